"""The app's window keeps the port picked and the page reached while the page around it updates."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import click_save, type_command


def test_lesson_3_saves_second_through_the_form_on_port_3001(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    page.locator('li[data-lesson="the-problem"]').get_by_role("button").first.click()
    page.wait_for_url(re.compile(r"/s/[\w-]+$"))
    goal = page.get_by_role("region", name="Lesson").locator('.goal[data-goal="isolated"]')
    expect(goal.locator(".missing")).to_contain_text("there is no container feedback-app2 to check")  # what its check finds
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    type_command(page, "docker run -d -p 3001:80 --name feedback-app2 feedback-node")
    page.get_by_label("Address").select_option("3001")
    frame = page.locator("iframe[data-browser-frame]")
    expect(frame).to_have_attribute("src", re.compile(r"/app/3001/$"))
    app = page.frame_locator("iframe[data-browser-frame]")
    app.get_by_label("Title").fill("second")
    app.get_by_label("Document Text").fill("Only here")
    click_save(page, app)
    expect(page.locator("#term-out .cmd").last).to_contain_text("localhost:3001/create")
    expect(page.get_by_label("Address")).to_have_value("3001")
    expect(frame).to_have_attribute("src", re.compile(r"/app/3001/$"))
    # the window stays on the app's answer, through later updates too
    type_command(page, "docker exec feedback-app2 ls /app/feedback")
    expect(page.locator("#term-out .entry").last).to_contain_text("second.txt")
    expect(page.get_by_label("Address")).to_have_value("3001")
    type_command(page, "docker exec feedback-app ls /app/feedback")
    expect(page.locator("#term-out .entry").last).not_to_contain_text("second.txt")
    lesson = page.get_by_role("region", name="Lesson")
    expect(lesson.locator('.goal[data-goal="isolated"]')).to_have_class(re.compile(r"\bdone\b"))
    expect(goal.locator(".missing")).to_have_count(0)

    # a page reached inside the window stays while the page around it changes
    inner = next(f for f in page.frames if "/app/3001/" in f.url)
    inner.goto(inner.url + "feedback/second.txt")
    expect(app.locator("body")).to_contain_text("Only here")
    type_command(page, "docker volume create unrelated")
    expect(page.get_by_role("region", name="Host").get_by_role("article", name="Volume unrelated")).to_be_visible()
    expect(page.get_by_label("Address")).to_have_value("3001")
    assert inner.url.endswith("/app/3001/feedback/second.txt")
    expect(app.locator("body")).to_contain_text("Only here")
