"""A container's shell and a held terminal in real Chromium (issue 17, points 22 and 23): the
prompt, the badge, the card, the keys, and axe on the held page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import AXE, Server
from tests.browser.test_accessibility import violations
from tests.browser.test_live_page import start_sandbox, type_command

if not AXE.exists():
    pytest.skip("axe-core is not in .cache (scripts/bootstrap fetches it)", allow_module_level=True)


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


def test_a_held_terminal_has_its_buttons_and_no_axe_violations(browser: Browser, server: Server) -> None:
    context = browser.new_context(bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    try:
        start_sandbox(page, server)
        type_command(page, "docker build -t feedback-node .")
        type_command(page, "docker run -it -p 3000:80 --name feedback-app feedback-node")
        held = page.locator("#term-prompt .attached")
        expect(held.locator(".badge")).to_have_text("docker run is attached to feedback-app")
        expect(held.get_by_role("button", name="Ctrl-P Ctrl-Q")).to_be_visible()
        page.wait_for_timeout(300)
        assert violations(page) == []
        held.get_by_role("button", name="Ctrl-P Ctrl-Q").click()
        expect(page.locator("#term-out .cmd").last).to_have_text("^P^Q")
        expect(page.locator("#term-prompt .attached")).to_have_count(0)
        running = page.get_by_role("region", name="Containers").get_by_role("article", name="Container feedback-app")
        expect(running).to_have_class(re.compile(r"\bst-running\b"))
    finally:
        context.close()
