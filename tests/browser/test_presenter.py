"""A scripted demo of the named-volumes lesson stepped through to the end in presenter mode."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server

SHOTS = Path(os.environ.get("LAYERLAB_SCREENSHOTS", "")) if os.environ.get("LAYERLAB_SCREENSHOTS") else None


def test_named_volumes_demo_in_presenter_mode_by_keyboard(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(server.url + "/")
    page.evaluate("""() => {
        const f = document.createElement('form'); f.method = 'post'; f.action = '/demo';
        const i = document.createElement('input'); i.name = 'lesson'; i.value = 'named-volumes'; f.append(i);
        document.body.append(f); f.submit(); }""")
    page.wait_for_url("**present=1")
    expect(page.locator("body")).to_have_class("session present")
    step = page.locator("[data-step]")
    total = int(step.inner_text().split("/")[-1].rstrip(")"))
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    for n in range(1, total + 1):
        page.keyboard.press("n")
        if n < total:
            expect(step).to_contain_text(f"({n + 1}/{total})")
    expect(page.get_by_text("End of the script.")).to_be_visible()
    lesson = page.get_by_role("region", name="Lesson")
    expect(lesson.locator(".complete")).to_be_visible()
    expect(page.locator(".qr")).to_be_visible()
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "presenter-named-volumes.png"))
