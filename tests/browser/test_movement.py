"""Movement that teaches (issue 15): a saved file travels from the app's window through /app/temp to
where it is kept, for the owner and for a watcher; a copy-up lifts the file out of its image layer;
`docker rm` collapses the container's layer while its volume stays. None of it with reduced motion,
and none of it in the way of typing."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import save_feedback, start_sandbox, type_command

# Records every traveller the page makes (they are removed when they land, so a poll could miss one).
RECORD = """() => {
  window.travels = [];
  new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
    if (n.classList && n.classList.contains("travelling")) window.travels.push(n.className + " " + n.textContent);
  }))).observe(document.body, {childList: true, subtree: true});
}"""


def travels(page: Page) -> list[str]:
    return list(page.evaluate("() => window.travels"))


def flown(page: Page, count: int) -> list[str]:
    """The travellers made, once `count` have been made (or 5 s passed) and all have landed."""
    for _ in range(50):
        if len(travels(page)) >= count:
            break
        page.wait_for_timeout(100)
    expect(page.locator("#travel-layer .travelling")).to_have_count(0, timeout=5000)
    return travels(page)


def running_app(page: Page, server: Server, mounts: str = "") -> str:
    url = start_sandbox(page, server)
    type_command(page, "sed -i 's/fs.rename(/fs.copyFile(/' server.js")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, f"docker run -d -p 3000:80 --name feedback-app {mounts}feedback-node")
    expect(page.frame_locator("iframe[data-browser-frame]").locator("button", has_text="Save")).to_be_attached()
    return url


def test_a_saved_file_travels_from_the_app_window_through_temp_into_the_layer(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    running_app(page, server)
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    row = page.locator("#containers-region .rw [data-path='app/feedback/awesome.txt']")
    expect(row).to_have_attribute("data-move", "app")
    traveller = page.locator("#travel-layer .travelling.t-app")
    expect(traveller).to_have_text("awesome.txt")
    # on its way the draft folder is lit and the row waits for it; nothing catches the pointer
    expect(page.locator("#containers-region .passing")).to_have_count(1)
    expect(row).to_have_class(re.compile(r"\bawaiting\b"))
    assert page.locator("#travel-layer").evaluate("e => getComputedStyle(e).pointerEvents") == "none"
    box = page.get_by_label("Command")
    box.fill("ls")  # typing goes on while it flies
    expect(box).to_have_value("ls")
    # it lands and is gone; the row is drawn in full
    expect(traveller).to_have_count(0, timeout=5000)
    expect(row).not_to_have_class(re.compile(r"\bawaiting\b"))
    assert travels(page) == ["travelling t-app awesome.txt"]
    # another command does not send it again
    type_command(page, "ls")
    page.wait_for_timeout(600)
    assert travels(page) == ["travelling t-app awesome.txt"]


def test_a_watcher_sees_the_file_travel_into_a_named_volume(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    running_app(page, server, "-v feedback:/app/feedback ")
    watch_url = server.url + (page.get_by_role("link", name="Watch").get_attribute("href") or "")
    viewer = page.context.browser.new_context(viewport={"width": 1440, "height": 900}).new_page()  # type: ignore[union-attr]
    viewer.goto(watch_url)
    expect(viewer.locator(".app")).to_have_attribute("data-live", "on")
    viewer.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    expect(viewer.locator("#host-vol-feedback [data-path='awesome.txt']")).to_have_attribute("data-move", "app")
    assert flown(viewer, 1) == ["travelling t-app awesome.txt"]
    viewer.context.close()


def test_no_traveller_with_reduced_motion(page: Page, server: Server) -> None:
    page.emulate_media(reduced_motion="reduce")
    running_app(page, server)
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    row = page.locator("#containers-region .rw [data-path='app/feedback/awesome.txt']")
    expect(row).to_have_attribute("data-move", "app")
    page.wait_for_timeout(800)
    assert travels(page) == []
    expect(row).not_to_have_class(re.compile(r"\bawaiting\b"))


def test_copy_up_lifts_the_file_out_of_its_image_layer_and_a_whiteout_crosses_it_out(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    running_app(page, server)
    page.evaluate(RECORD)
    type_command(page, "docker exec feedback-app sh -c 'echo \"// edited\" >> /app/server.js'")
    row = page.locator("#containers-region .rw [data-path='app/server.js']")
    expect(row).to_have_attribute("data-move", "up")
    # it leaves from the layer that holds the original, which is lit while it goes
    expect(page.locator("#images-region .layer [data-path='/app/server.js'].passing")).to_have_count(1)
    assert flown(page, 1) == ["travelling t-up server.js"]
    # a deletion: the whiteout goes from the image's file to the container's layer, crossed out
    type_command(page, "docker exec feedback-app rm /app/pages/exists.html")
    expect(page.locator("#containers-region .rw [data-path='app/pages/exists.html']")).to_have_attribute(
        "data-move", "hide")
    assert flown(page, 2) == ["travelling t-up server.js", "travelling t-hide ✕ exists.html"]


def test_rm_collapses_the_container_layer_and_the_volume_stays(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    running_app(page, server, "-v feedback:/app/feedback ")
    save_feedback(page, "awesome", "Docker is great")
    expect(page.locator("#host-vol-feedback").get_by_text("awesome.txt")).to_be_visible()
    page.get_by_role("group", name="Animation speed").get_by_role("button", name="Slow").click()
    type_command(page, "docker rm -f feedback-app")
    card = page.locator("#containers-region .container.is-leaving")
    expect(card).to_contain_text("removed")
    layer = card.locator(".rw")
    assert layer.evaluate("e => getComputedStyle(e).animationName") == "collapse"
    # the layer goes (it ends with no height), the card stays as a ghost with its mount
    start = (layer.bounding_box() or {"height": 0})["height"]
    assert start > 20
    for _ in range(60):  # Slow: 2 × 1.4 s
        if (layer.bounding_box() or {"height": 0})["height"] < 1:
            break
        page.wait_for_timeout(100)
    assert (layer.bounding_box() or {"height": 0})["height"] < 1
    expect(card.locator(".mount[data-dest='/app/feedback']")).to_be_visible()
    # the volume stays, lit and brought into view in the Host column, with the file in it
    volume = page.locator("#host-vol-feedback")
    expect(volume).to_have_class(re.compile(r"\bis-kept\b"))
    expect(volume.get_by_text("awesome.txt")).to_be_in_viewport()
    expect(volume.locator(".kept-note")).to_be_visible()
    expect(page.locator("path.wire.m-volume[data-from='host-vol-feedback']")).to_have_attribute(
        "d", re.compile(r"^M[\d.]+,[\d.]+ C"))


def test_on_a_phone_the_saved_file_flies_to_the_picture_tab(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    running_app(page, server)
    page.get_by_role("tab", name="App").click()
    page.evaluate(RECORD)
    save_feedback(page, "awesome", "Docker is great")
    traveller = page.locator("#travel-layer .travelling.t-app")
    expect(traveller).to_have_text("awesome.txt")
    expect(traveller).to_have_count(0, timeout=5000)
    assert travels(page) == ["travelling t-app awesome.txt"]
    page.get_by_role("tab", name="Picture").click()
    expect(page.locator("#containers-region .rw [data-path='app/feedback/awesome.txt']")).to_be_visible()
