"""Movement without travel (issue 15): with reduced motion, or the speed Off, the same facts are shown
in place, still: the row a saved file landed in is lit inside its place, with the draft folder it
passed; a copy-up or a whiteout lights the image layer's file and the container's entry at once; a
removed container's layer fades where it is. And every speed does something: Slow and Normal travel,
Off lights, with reduced motion as without."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import save_feedback, type_command
from tests.browser.test_movement import RECORD, flown, running_app, travels

ROW = "#containers-region .rw [data-path='app/feedback/{}.txt']"
LIT = re.compile(r"\bstill-here\b")


@pytest.fixture
def reduced(browser: Browser) -> Iterator[Page]:
    """A page whose browser asks for reduced motion (Playwright's context option)."""
    context = browser.new_context(reduced_motion="reduce", viewport={"width": 1440, "height": 900})
    yield context.new_page()
    context.close()


def moved(page: Page, selector: str) -> str:
    """What would move the element: its transform and the animations it runs (none: nothing moves)."""
    return str(page.locator(selector).evaluate(
        "e => { const s = getComputedStyle(e); return s.transform + ' ' + s.translate; }"))


def test_reduced_motion_lights_where_the_saved_file_landed_without_moving_it(reduced: Page, server: Server) -> None:
    page = reduced
    running_app(page, server)
    expect(page.locator("body")).to_have_attribute("data-speed", "off")
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    row = page.locator(ROW.format("awesome"))
    expect(row).to_have_attribute("data-move", "app")
    # at once: the row, the layer that holds it and the draft folder it passed through
    expect(row).to_have_class(LIT)
    expect(page.locator("#containers-region .rw.still-place")).to_have_count(1)
    expect(page.locator("#containers-region .still-via")).to_have_count(1)
    assert moved(page, ROW.format("awesome")) == "none none"
    assert travels(page) == [] and page.locator("#travel-layer .travelling").count() == 0
    # a while later the light is out, and nothing ever travelled
    expect(row).not_to_have_class(LIT, timeout=5000)
    expect(page.locator(".still-place, .still-via, .still-from")).to_have_count(0)
    assert travels(page) == []


@pytest.mark.parametrize(("mount", "row", "place"), [
    ("-v feedback:/app/feedback ", "#host-vol-feedback [data-path='awesome.txt']", "#host-vol-feedback"),
    ('-v "$(pwd)/feedback:/app/feedback" ', "#host-project [data-path='feedback/awesome.txt']", "#host-project"),
], ids=["volume", "bind"])
def test_reduced_motion_lights_the_file_in_the_volume_or_the_bound_folder(
        reduced: Page, server: Server, mount: str, row: str, place: str) -> None:
    page = reduced
    running_app(page, server, mount)
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    expect(page.locator(row)).to_have_attribute("data-move", "app")
    expect(page.locator(row)).to_have_class(LIT)
    expect(page.locator(place)).to_have_class(re.compile(r"\bstill-place\b"))
    expect(page.locator("#containers-region .still-via")).to_have_count(1)  # the draft folder, in the container
    # and the draft copyFile left there: the file landed in the container's layer too
    draft = page.locator("#containers-region .rw [data-path='app/temp/awesome.txt']")
    expect(draft).to_have_attribute("data-draft", "feedback-app")
    expect(draft).to_have_class(LIT)
    expect(page.locator(row)).to_be_in_viewport()
    assert moved(page, row) == "none none" and travels(page) == []


def test_reduced_motion_lights_the_image_file_and_the_container_entry_at_once(reduced: Page, server: Server) -> None:
    page = reduced
    running_app(page, server)
    page.evaluate(RECORD)
    type_command(page, "docker exec feedback-app sh -c 'echo \"// edited\" >> /app/server.js'")
    up = page.locator("#containers-region .rw [data-path='app/server.js']")
    source = page.locator("#images-region .layer [data-path='/app/server.js']")
    expect(up).to_have_attribute("data-move", "up")
    expect(up).to_have_class(LIT)
    expect(source).to_have_class(re.compile(r"\bstill-from\b"))
    assert "still-here" in (up.get_attribute("class") or "") and "still-from" in (source.get_attribute("class") or "")
    # a whiteout: the image's file and the container's whiteout, lit together
    type_command(page, "docker exec feedback-app rm /app/pages/exists.html")
    gone = page.locator("#containers-region .rw [data-path='app/pages/exists.html']")
    hidden = page.locator("#images-region .layer [data-path='/app/pages/exists.html']")
    expect(gone).to_have_attribute("data-move", "hide")
    expect(gone).to_have_class(LIT)
    expect(hidden).to_have_class(re.compile(r"\bstill-from\b"))
    assert travels(page) == []


def test_reduced_motion_fades_a_removed_containers_layer_where_it_is(reduced: Page, server: Server) -> None:
    page = reduced
    running_app(page, server, "-v feedback:/app/feedback ")
    save_feedback(page, "awesome", "Docker is great")
    expect(page.locator("#host-vol-feedback").get_by_text("awesome.txt")).to_be_visible()
    type_command(page, "docker rm -f feedback-app")
    card = page.locator("#containers-region .container.is-leaving")
    expect(card).to_contain_text("removed")
    layer = card.locator(".rw")
    assert layer.evaluate("e => getComputedStyle(e).animationName") == "fade-gone"
    start = (layer.bounding_box() or {"height": 0})["height"]
    assert start > 20
    page.wait_for_timeout(700)
    # halfway: as tall as it was (it does not shrink or slide), paler
    assert (layer.bounding_box() or {"height": 0})["height"] == start
    assert 0 < float(layer.evaluate("e => getComputedStyle(e).opacity")) < 1
    expect(layer).to_be_hidden(timeout=3000)
    volume = page.locator("#host-vol-feedback")
    expect(volume).to_have_class(re.compile(r"\bis-kept\b"))
    expect(volume.locator(".kept-note")).to_be_visible()
    assert volume.evaluate("e => getComputedStyle(e).animationDuration") != "0s"  # lit, still


@pytest.mark.parametrize("reduce", [False, True], ids=["motion", "reduced-motion"])
def test_every_speed_shows_the_save(browser: Browser, server: Server, reduce: bool) -> None:
    context = browser.new_context(reduced_motion="reduce" if reduce else "no-preference",
                                  viewport={"width": 1440, "height": 900})
    page = context.new_page()
    try:
        running_app(page, server)
        page.evaluate(RECORD)
        speeds = page.get_by_role("group", name="Animation speed")
        made = []
        for speed in ("slow", "normal", "off"):
            speeds.get_by_role("button", name=speed.title()).click()
            expect(page.locator("body")).to_have_attribute("data-speed", speed)
            save_feedback(page, speed, f"saved at {speed}")
            row = page.locator(ROW.format(speed))
            expect(row).to_have_attribute("data-move", "app")
            if speed == "off":
                expect(row).to_have_class(LIT)
                page.wait_for_timeout(300)
                assert travels(page) == made  # lit, and nothing flew
            else:
                made.append(f"travelling t-app {speed}.txt")
                assert flown(page, len(made)) == made
                expect(row).not_to_have_class(LIT)
    finally:
        context.close()


def test_on_a_phone_with_reduced_motion_the_picture_tab_is_lit(reduced: Page, server: Server) -> None:
    page = reduced
    page.set_viewport_size({"width": 390, "height": 844})
    running_app(page, server)
    page.get_by_role("tab", name="App").click()
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    tab = page.get_by_role("tab", name="Picture")
    expect(tab).to_have_class(re.compile(r"\bstill-tab\b"))
    tab.click()
    row = page.locator(ROW.format("awesome"))
    expect(row).to_be_visible()
    expect(row).to_have_class(LIT)  # still lit when the picture is opened at once
    expect(tab).not_to_have_class(re.compile(r"\bstill-tab\b"))
    assert travels(page) == []
