"""The learner's path in real Chromium: build, run, save feedback, remove, volumes, reload, live tabs."""

from __future__ import annotations

import re
import time
from pathlib import Path

from playwright.sync_api import FrameLocator, Page, Route, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.serving import Server


def start_sandbox(page: Page, server: Server) -> str:
    page.goto(server.url + "/")
    page.get_by_role("button", name="Start a Sandbox").click()
    page.wait_for_url(re.compile(r"/s/[\w-]+$"))
    return page.url


def type_command(page: Page, line: str) -> None:
    box = page.get_by_label(re.compile("^(Command|명령)$"))  # DESIGN.md: the command input's name
    box.fill(line)
    box.press("Enter")
    expect(page.locator("#term-out .cmd").last).to_have_text(line)


def save_feedback(page: Page, title: str, text: str) -> None:
    app = page.frame_locator("iframe[data-browser-frame]")
    app.get_by_label("Title").fill(title)
    app.get_by_label("Document Text").fill(text)
    click_save(page, app)


def click_save(page: Page, app: FrameLocator) -> None:
    """Click the app's Save and see its form go out. A click on the app's window just after its page
    came was now and then lost in Chromium: the form filled, no request sent, no navigation (2 of 760
    saves in a loop here; once in CI). The app's pages run sandboxed in an origin, and so a process,
    of their own, and a click can reach the browser before that process has drawn the new page. A
    learner clicks again; so does this, and fails when no click ever posts the form."""
    for _ in range(3):
        try:
            with page.expect_request(lambda r: r.method == "POST" and "/app/" in r.url, timeout=3000):
                app.get_by_role("button", name="Save").click()
            return
        except PlaywrightTimeoutError:
            continue
    raise AssertionError("clicking Save never posted the app's form")


def test_file_lives_in_the_container_layer_then_in_a_named_volume(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    containers = page.get_by_role("region", name="Containers")
    expect(containers.get_by_role("article", name="Container feedback-app")).to_be_visible()

    save_feedback(page, "Awesome", "Docker is great")
    rw = containers.locator(".rw")
    expect(rw.get_by_text("awesome.txt")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("read-write layer of feedback-app")

    containers.get_by_role("button", name="Remove feedback-app").click()
    expect(page.locator("#term-out .cmd").last).to_have_text("docker rm -f feedback-app")
    expect(containers.locator("article.st-running")).to_have_count(0)
    expect(page.get_by_role("region", name="Host").get_by_text("awesome.txt")).to_have_count(0)

    # rename() cannot cross into a volume (EXDEV): the course's fix copies instead
    type_command(page, "sed -i 's/fs.rename(/fs.copyFile(/' server.js")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node")
    save_feedback(page, "Kept", "in a volume")
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_role("article", name="Volume feedback").get_by_text("kept.txt")).to_be_visible()
    containers.get_by_role("button", name="Remove feedback-app").click()
    expect(containers.locator("article.st-running")).to_have_count(0)
    expect(host.get_by_role("article", name="Volume feedback").get_by_text("kept.txt")).to_be_visible()

    page.reload()
    expect(page.get_by_role("region", name="Host").get_by_text("kept.txt")).to_be_visible()
    expect(page.locator("#term-out .cmd").last).to_have_text("docker rm -f feedback-app")


def test_a_second_tab_follows_live_and_the_session_survives_a_restart(page: Page, server: Server) -> None:
    url = start_sandbox(page, server)
    other = page.context.new_page()
    other.goto(url)
    expect(other.locator(".app")).to_have_attribute("data-live", "on")
    type_command(page, "docker volume create shared-notes")
    expect(other.get_by_role("region", name="Host").get_by_role("article", name="Volume shared-notes")).to_be_visible(
        timeout=5000)
    other.close()

    server.stop()
    server.start()
    page.goto(url)
    expect(page.get_by_role("region", name="Host").get_by_role("article", name="Volume shared-notes")).to_be_visible()
    expect(page.locator("#term-out .cmd").last).to_have_text("docker volume create shared-notes")


def test_keyboard_history_and_undo(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    type_command(page, "mkdir first")
    type_command(page, "mkdir second")
    box = page.get_by_label("Command")
    box.focus()
    box.press("ArrowUp")
    expect(box).to_have_value("mkdir second")
    box.press("ArrowUp")
    expect(box).to_have_value("mkdir first")
    page.get_by_role("button", name="Undo").click()
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_text("second/")).to_have_count(0)
    expect(host.get_by_text("first/")).to_be_visible()


def test_an_answer_overtaken_by_a_newer_one_is_not_swapped_in(page: Page, server: Server) -> None:
    # The app's window catching up after its form was saved (a GET of /fragments) can be answered
    # after the next command's answer, on another connection. Swapped in, it took the page back to
    # the version before that command, and the stream's frame for it was then skipped as shown
    # already (seen in CI as a lesson goal undone after `ls feedback`).
    start_sandbox(page, server)
    type_command(page, "mkdir first")
    held: list[tuple[Route, object]] = []
    page.route("**/fragments?*", lambda route: held.append((route, route.fetch())))
    page.evaluate("""() => {
      window.catchUps = 0;
      document.addEventListener("htmx:finally:request", (ev) => {
        if (String(ev.detail.ctx.request.action).includes("/fragments")) window.catchUps += 1;
      });
      window.htmx.ajax("GET", location.pathname + "/fragments?since=0", {swap: "none"});
    }""")
    deadline = time.monotonic() + 10
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(20)
    assert held, "the catch-up request never went out"
    type_command(page, "mkdir second")
    shown = page.locator("#version").get_attribute("data-version")
    route, drawn_before = held[0]
    route.fulfill(response=drawn_before)  # type: ignore[arg-type]
    page.wait_for_function("() => window.catchUps >= 1")
    expect(page.locator("#version")).to_have_attribute("data-version", shown or "")
    expect(page.locator("#term-out .cmd").last).to_have_text("mkdir second")
    expect(page.get_by_role("region", name="Host").get_by_text("second/")).to_be_visible()


def test_a_page_whose_stream_was_refused_goes_live_once_a_seat_is_free(page: Page, tmp_path: Path) -> None:
    # one live page per client here: the second waits, says it is not live, and tries again
    server = Server(tmp_path / "seats.db", {"LAYERLAB_STREAMS_PER_CLIENT": "1"})
    server.start()
    try:
        url = start_sandbox(page, server)
        expect(page.locator(".app")).to_have_attribute("data-live", "on")
        second = page.context.new_page()
        second.goto(url)
        expect(second.locator(".app")).not_to_have_attribute("data-live", "on")
        page.close()  # its seat is free
        expect(second.locator(".app")).to_have_attribute("data-live", "on", timeout=20_000)
        type_command(second, "mkdir after-the-wait")
        expect(second.get_by_role("region", name="Host").get_by_text("after-the-wait/")).to_be_visible()
    finally:
        server.stop()


def test_korean_page(page: Page, server: Server) -> None:
    url = start_sandbox(page, server)
    page.goto(url + "?lang=ko")
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.get_by_role("region", name="호스트")).to_be_visible()
    type_command(page, "docker volume create notes")
    expect(page.get_by_label("명령")).to_be_visible()  # the command box's name is Korean too
    expect(page.get_by_role("status")).to_contain_text("notes 볼륨")  # the noun after the name: 볼륨이


def test_watcher_sees_the_owner_type_within_a_second_and_cannot_type(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    watch_url = server.url + page.get_by_role("link", name="Watch").get_attribute("href")
    viewer = page.context.browser.new_context().new_page()
    viewer.goto(watch_url)
    expect(viewer.get_by_text("Watching live (read-only)")).to_be_visible()
    expect(viewer.get_by_label("Command")).to_have_count(0)
    expect(viewer.locator(".app")).to_have_attribute("data-live", "on")
    type_command(page, "docker volume create live-notes")
    expect(viewer.get_by_role("region", name="Host").get_by_role("article", name="Volume live-notes")).to_be_visible(
        timeout=1000)
    expect(viewer.locator("#term-out .cmd").last).to_have_text("docker volume create live-notes", timeout=1000)
    viewer.context.close()


def test_alt_z_undoes(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    type_command(page, "mkdir made-here")
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_text("made-here/")).to_be_visible()
    page.keyboard.press("Alt+z")
    expect(host.get_by_text("made-here/")).to_have_count(0)


def test_the_page_goes_live_even_when_the_stream_extension_arrives_late(page: Page, server: Server) -> None:
    # htmx starts on a timer when it runs after the page has loaded; the SSE extension must be
    # there by then, however slowly it arrives, or the page never opens its stream.
    url = start_sandbox(page, server)
    late = page.context.new_page()

    def slowly(route: Route) -> None:
        time.sleep(0.5)
        route.continue_()

    late.route("**/static/vendor/hx-sse.min.js", slowly)
    late.goto(url)
    expect(late.locator(".app")).to_have_attribute("data-live", "on")
    type_command(page, "docker volume create late-notes")
    expect(late.get_by_role("region", name="Host").get_by_role("article", name="Volume late-notes")).to_be_visible()


def test_the_share_link_follows_the_state_shown(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    link = page.locator("[data-share-link]")
    for line in ("mkdir a", "mkdir b", "mkdir c"):
        type_command(page, line)
    expect(link).to_have_text(re.compile(r"/copy/[\w-]+/3$"))
    page.get_by_role("button", name="Undo").click()
    expect(link).to_have_text(re.compile(r"/copy/[\w-]+/2$"))  # the state after the second command
