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


LONG = ('docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" '
        '-v /app/node_modules feedback-node')


def test_a_long_command_keeps_to_one_line_in_presenter_mode(page: Page, server: Server) -> None:
    """The walk at 1920x1080: a long last command wrapped to two 48 px lines and squeezed the picture.
    It stays one line, as big as fits (a short one keeps the big size), whole in its title."""
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(server.url + "/")
    page.evaluate("""(s) => {
        const f = document.createElement('form'); f.method = 'post'; f.action = '/demo';
        const i = document.createElement('textarea'); i.name = 'script'; i.value = s; f.append(i);
        document.body.append(f); f.submit(); }""", f"# Build the image\ndocker build -t feedback-node .\n{LONG}\ndocker ps")
    page.wait_for_url("**present=1")
    line = page.locator(".stage .last-command")
    step = page.locator("[data-step]")
    size = "e => parseFloat(getComputedStyle(e).fontSize)"
    page.keyboard.press("n")
    expect(line.locator("code")).to_have_text("docker build -t feedback-node .")
    assert line.evaluate(size) == 32  # 2rem: a short command is as big as before
    expect(page.locator(".script-bar .next-line")).to_contain_text("feedback-node")
    assert page.locator(".script-bar .next-line").evaluate("e => e.getClientRects().length") == 1
    page.keyboard.press("n")
    expect(line.locator("code")).to_have_text(LONG)
    expect(line).to_have_attribute("title", LONG)
    page.wait_for_function("() => document.querySelector('.stage .last-command').style.fontSize !== ''")
    assert 20 <= line.evaluate(size) < 32  # smaller, never below the page's own type (the terminal's is 16 px)
    assert line.locator("code").evaluate("e => e.getClientRects().length") == 1  # one line
    assert line.evaluate("e => e.scrollWidth <= e.clientWidth + 1")  # and whole, at 1920 px
    box = line.bounding_box()
    assert box is not None and box["height"] < 40, box
    expect(step).to_be_visible()
    picture = page.locator("#picture").bounding_box()
    assert picture is not None and picture["height"] > 380, picture  # (the two lines left it 354 px)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1920
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "presenter-long-command.png"))
