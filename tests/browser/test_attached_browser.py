"""A container's shell in real Chromium (issue 17, point 22): the prompt, the badge, the card, the
keys."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox, type_command


def test_run_it_busybox_sh_then_exit(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    prompt = page.locator("#term-prompt .ps1")
    expect(prompt).to_have_text("learner@layerlab:~/feedback-app$")
    type_command(page, "docker run -it --name bx busybox sh")
    expect(prompt).to_have_text("/ #")
    expect(page.locator("#term-prompt .badge")).to_have_text("inside bx (sh)")
    card = page.get_by_role("region", name="Containers").get_by_role("article", name="Container bx")
    expect(card).to_have_class(re.compile(r"\bis-attached\b"))

    type_command(page, "touch /x")
    expect(page.locator("#term-out .cmdline").last.locator(".ps1")).to_have_text("/ #")
    expect(card.locator(".rw").get_by_text("x", exact=True)).to_be_visible()

    # Ctrl-C in the command box reaches the shell: the line is dropped and $? is 130
    box = page.get_by_label(re.compile("^(Command|명령)$"))
    box.press("Control+c")
    expect(page.locator("#term-out .cmd").last).to_have_text("^C")
    expect(page.locator("#term-out .exit").last).to_have_text("[130]")

    type_command(page, "exit")
    expect(prompt).to_have_text("learner@layerlab:~/feedback-app$")
    expect(page.locator("#term-prompt .badge")).to_have_count(0)
    expect(card).not_to_have_class(re.compile(r"\bis-attached\b"))
    expect(card.locator(".status")).to_contain_text("Exited (130)")
