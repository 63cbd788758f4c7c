"""Whiteouts per container in Chromium (issue 15): pointing at a container's whiteout, or focusing it,
lights the image layer's file it hides, and the other way round; the lesson page with a whiteout lit
still (reduced motion) and pointed at has no axe-core violations, in English and Korean."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from app.lessons.model import all_lessons
from tests.browser.conftest import AXE, Server
from tests.browser.test_accessibility import violations
from tests.browser.test_live_page import start_sandbox, type_command

LIT = re.compile(r"\bhl\b")


def test_pointing_at_a_whiteout_lights_the_image_file_it_hides(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_sandbox(page, server)
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    type_command(page, "docker exec feedback-app rm /app/package.json")
    whiteout = page.locator("#containers-region .rw [data-path='app/package.json']")
    hidden = page.locator("#images-region .layer [data-path='/app/package.json'][data-place]")
    expect(whiteout).to_contain_text("hides the image’s file")
    expect(hidden).to_have_count(1)
    expect(hidden).to_contain_text("hidden in feedback-app")
    other = page.locator("#images-region .layer [data-path='/app/server.js']")
    expect(hidden).not_to_have_class(LIT)
    whiteout.hover()
    expect(hidden).to_have_class(LIT)
    expect(whiteout).to_have_class(LIT)
    expect(other).not_to_have_class(LIT)
    page.mouse.move(5, 5)
    expect(hidden).not_to_have_class(LIT)
    # from the keyboard, and from the image's side
    hidden.focus()
    expect(whiteout).to_have_class(LIT)
    page.get_by_label("Command").focus()
    expect(whiteout).not_to_have_class(LIT)
    whiteout.focus()
    expect(hidden).to_have_class(LIT)
    # hidden in two containers: either one's whiteout lights it, and only that one's
    type_command(page, "docker run -d --name other feedback-node")
    type_command(page, "docker exec other rm /app/package.json")
    expect(hidden).to_contain_text("hidden in other")
    theirs = page.locator("#containers-region [data-container=other] .rw [data-path='app/package.json']")
    mine = page.locator("#containers-region [data-container=feedback-app] .rw [data-path='app/package.json']")
    theirs.hover()
    expect(hidden).to_have_class(LIT)
    expect(mine).not_to_have_class(LIT)
    hidden.hover()
    expect(mine).to_have_class(LIT)
    expect(theirs).to_have_class(LIT)


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not in .cache (scripts/bootstrap fetches it)")
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_lesson_page_with_a_whiteout_lit_and_pointed_at_has_no_violations(
        browser: Browser, server: Server, lang: str) -> None:
    # (axe is injected as an inline script, which the page's CSP rightly forbids)
    context = browser.new_context(bypass_csp=True, reduced_motion="reduce", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{server.url}/?lang={lang}")
        page.locator('li[data-lesson="under-the-hood"]').get_by_role("button").first.click()
        line = "docker exec feedback-app rm /app/pages/exists.html"
        box = page.get_by_label(re.compile("^(Command|명령)$"))
        box.fill(line)
        box.press("Enter")
        # the lesson asks what will happen first: answered as a learner who read it would
        (lesson,) = [x for x in all_lessons() if x.id == "under-the-hood"]
        (answer,) = [q.answer for q in lesson.predict if re.search(q.when, line)]
        page.locator(".predict input[type=radio]").nth(answer).check()
        page.locator(".predict button[type=submit]").click()
        expect(page.locator("#term-out .cmd").last).to_have_text(line)
        whiteout = page.locator("#containers-region .rw [data-path='app/pages/exists.html']")
        expect(whiteout).to_have_class(re.compile(r"\bstill-here\b"))  # lit where it is, still
        whiteout.hover()
        expect(page.locator("#images-region [data-path='/app/pages/exists.html']")).to_have_class(LIT)
        assert violations(page) == []
    finally:
        context.close()
