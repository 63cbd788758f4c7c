"""A learner completes the demo-app lesson in real Chromium, in English and in Korean."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import save_feedback, type_command

TEXT = {
    "en": {"lesson": "Lesson", "start": "Start The demo app", "done": "✓ completed", "host": "Host"},
    "ko": {"lesson": "레슨", "start": "시작 데모 앱", "done": "✓ 완료", "host": "호스트"},
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_demo_app_lesson_by_typing_and_clicking(page: Page, server: Server, lang: str) -> None:
    t = TEXT[lang]
    page.goto(f"{server.url}/?lang={lang}")
    page.get_by_role("button", name=t["start"]).click()
    lesson = page.get_by_role("region", name=t["lesson"])
    goals = lesson.locator(".goal")
    expect(goals).to_have_count(4)
    expect(lesson.locator(".goal.done")).to_have_count(0)

    type_command(page, "docker build -t feedback-node .")
    expect(goals.nth(0)).to_have_class("goal done")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    expect(goals.nth(1)).to_have_class("goal done")
    save_feedback(page, "awesome", "Docker is great")
    expect(goals.nth(2)).to_have_class("goal done")
    type_command(page, "ls feedback")
    expect(goals.nth(3)).to_have_class("goal done")
    expect(lesson.locator(".complete")).to_be_visible()

    page.goto(f"{server.url}/?lang={lang}")
    expect(page.locator('li[data-lesson="demo-app"] .state')).to_have_text(t["done"])
