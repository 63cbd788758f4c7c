"""Ctrl-C at a command's [y/N] question ends it as in a terminal: the question shows ^C, nothing is
pruned, and the command line is back (a learner who pressed it before was left with the question)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.test_live_page import start_sandbox, type_command
from tests.serving import Server


def test_ctrl_c_at_a_prune_question_cancels_it(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    type_command(page, "docker volume create keep1")
    box = page.get_by_label(re.compile("^(Command|명령)$"))
    box.fill("docker volume prune -a")
    box.press("Enter")
    answer = page.locator("#answer-input")
    expect(answer).to_be_focused()
    answer.press("Control+c")
    entry = page.locator("#term-out .entry").last
    expect(entry).to_contain_text("Are you sure you want to continue? [y/N] ^C")
    expect(answer).to_have_count(0)
    type_command(page, "docker volume ls -q")
    expect(page.locator("#term-out .entry").last.locator(".out")).to_have_text(["keep1"])
