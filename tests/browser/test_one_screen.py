"""One screen to learn on (issue 15): what a learner needs is in view together, on a laptop, a phone,
an embed and a projector."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from app.lessons.model import all_lessons
from tests.browser.conftest import Server
from tests.browser.test_live_page import save_feedback, type_command

LESSONS = [lesson.id for lesson in all_lessons()]  # every lesson the catalog has, the module's five too
# LAYERLAB_SCREENSHOTS=docs/screenshots keeps the pictures the tests look at
SHOTS = Path(os.environ["LAYERLAB_SCREENSHOTS"]) if os.environ.get("LAYERLAB_SCREENSHOTS") else None


def start_lesson(page: Page, server: Server, lesson: str, lang: str = "en") -> None:
    page.goto(f"{server.url}/?lang={lang}")
    page.locator(f'li[data-lesson="{lesson}"] form button').click()
    page.wait_for_url(re.compile(r"/s/[\w-]+$"))


def in_view(page: Page, what: Locator, name: str) -> None:
    """what is shown, and its whole box lies inside the viewport (nothing to scroll to)."""
    expect(what).to_be_visible()
    box = what.bounding_box()
    size = page.viewport_size
    assert box is not None and size is not None, name
    assert box["x"] >= 0 and box["y"] >= 0, (name, box)
    assert box["x"] + box["width"] <= size["width"] + 0.5, (name, box, size)
    assert box["y"] + box["height"] <= size["height"] + 0.5, (name, box, size)


def one_screen(page: Page) -> None:
    """The command line, the three columns' tops, the app's window and the current goal, in view."""
    in_view(page, page.get_by_label(re.compile("^(Command|명령)$")), "command line")
    for region in ("host", "containers", "images"):
        in_view(page, page.locator(f"#{region}-region > h2"), region)
    in_view(page, page.locator("#browser-region .chrome"), "app window's address bar")
    browser = page.locator("#browser-region").bounding_box()
    assert browser is not None and browser["y"] + browser["height"] <= page.viewport_size["height"]  # type: ignore[index]
    goal = page.locator("#lesson-panel .goal[aria-current=step], #lesson-panel .complete").first
    in_view(page, goal, "current goal")
    assert page.evaluate("document.scrollingElement.scrollTop") == 0


def test_every_lesson_fits_one_screen_at_1440x900(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    for lesson in LESSONS:
        start_lesson(page, server, lesson)
        one_screen(page)
        # the columns are drawn left to right as Host, Containers, Images
        xs = [page.locator(f"#{r}-region").bounding_box()["x"] for r in ("host", "containers", "images")]  # type: ignore[index]
        assert xs == sorted(xs), (lesson, xs)


def test_working_through_a_lesson_stays_on_one_screen(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save_feedback(page, "awesome", "Docker is great")
    expect(page.locator("#containers-region .rw").get_by_text("awesome.txt")).to_be_visible()
    one_screen(page)
    header = page.locator("header.site")
    # long lines wrap as in a terminal: nothing to scroll sideways, and the newest line is in view
    out = page.locator("#term-out")
    assert out.evaluate("e => e.scrollWidth <= e.clientWidth")
    expect(out.locator(".cmd").last).to_contain_text("localhost:3000/create")
    assert out.evaluate("e => e.scrollHeight - e.scrollTop - e.clientHeight < 2")
    assert out.evaluate("e => e.scrollHeight > e.clientHeight")  # the build's output fills it: it scrolls inside
    # the header stays put while the page below it scrolls to the table
    page.locator("#table-region summary").scroll_into_view_if_needed()
    assert page.evaluate("document.scrollingElement.scrollTop") > 0
    in_view(page, header.get_by_role("button", name=re.compile("Undo")), "Undo")
    in_view(page, header.locator(".progress"), "progress")
    expect(header.locator(".progress")).to_have_text("3 of 4 goals")


def test_long_lists_scroll_inside_their_column(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "mkdir many && touch " + " ".join(f"many/file-{i}.txt" for i in range(1, 81)))
    host = page.locator("#host-region")
    expect(host.get_by_text("file-1.txt", exact=True)).to_be_attached()
    assert host.evaluate("e => e.scrollHeight > e.clientHeight + 100")  # it scrolls inside the column
    one_screen(page)


def test_the_lesson_folds_and_stays_folded(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "named-volumes")
    lesson = page.get_by_role("region", name="Lesson")
    fold = lesson.get_by_role("button", name=re.compile("Fold"))
    expect(fold).to_have_attribute("aria-expanded", "true")
    expect(lesson.locator(".lesson-text")).to_be_visible()
    width_open = page.locator("#host-region").bounding_box()["width"]  # type: ignore[index]
    fold.focus()
    page.keyboard.press("Enter")
    unfold = lesson.get_by_role("button", name=re.compile("Show the lesson"))
    expect(unfold).to_have_attribute("aria-expanded", "false")
    expect(lesson.locator(".lesson-text")).to_be_hidden()
    assert page.locator("#host-region").bounding_box()["width"] > width_open  # type: ignore[index]
    one_screen(page)  # the goal to reach now is still on screen, on the folded lesson's line
    page.reload()
    expect(lesson.get_by_role("button", name=re.compile("Show the lesson"))).to_have_attribute("aria-expanded", "false")
    unfold.click()
    expect(lesson.locator(".lesson-text")).to_be_visible()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_phone_page_never_pans_sideways(page: Page, server: Server, lang: str) -> None:
    """The header's controls scroll within their own row. Its hidden labels (for screen readers) were
    placed against the sticky header instead, past the screen's edge, so once a command was in the
    timeline the whole page panned sideways under a finger (by 92 px in Korean)."""
    page.set_viewport_size({"width": 390, "height": 844})
    start_lesson(page, server, "demo-app", lang)
    type_command(page, "docker build -q -t feedback-node .")
    for tab in page.get_by_role("tab").all():
        tab.click()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, (lang, tab.inner_text())
    row = page.locator(".site-row")  # nothing in the row runs past its edge: the rest is behind More
    assert row.evaluate("e => e.scrollWidth <= e.clientWidth"), lang
    page.locator("[data-more-toggle]").click()
    in_view(page, page.locator(".site-row .prefs"), "the preferences, under More")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, lang


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_on_a_phone_watch_speed_and_language_are_behind_more(page: Page, server: Server, lang: str) -> None:
    """The walk at 390x844: Watch, the speed buttons and the language switch were reachable only by
    scrolling the header's row sideways, with nothing to say it scrolled. They fold behind a More
    button at the row's end (a disclosure: keyboard and screen readers too)."""
    page.set_viewport_size({"width": 390, "height": 844})
    start_lesson(page, server, "demo-app", lang)
    type_command(page, "docker build -q -t feedback-node .")  # the timeline is in the row too
    more = page.get_by_role("button", name={"en": "More", "ko": "더 보기"}[lang])
    in_view(page, more, "More")
    header = page.locator("header.site")
    for name, what in (("Undo", "button"), ("Redo", "button")):
        in_view(page, header.get_by_role(what, name=re.compile({"Undo": "Undo|실행 취소", "Redo": "Redo|다시 실행"}[name])), name)
    in_view(page, header.get_by_role("combobox"), "timeline")
    speed = header.get_by_role("group")
    watch = header.get_by_role("link", name=re.compile("^(Watch|지켜보기)"))
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(more).to_have_attribute("aria-controls", "header-more")
    expect(speed).to_be_hidden()
    expect(watch).to_be_hidden()
    tabs_y = page.get_by_role("tablist").bounding_box()["y"]  # type: ignore[index]
    more.focus()
    page.keyboard.press("Enter")
    expect(more).to_have_attribute("aria-expanded", "true")
    for what, name in ((watch, "Watch"), (speed, "speed"), (header.get_by_role("navigation"), "language")):
        in_view(page, what, name)
    assert page.get_by_role("tablist").bounding_box()["y"] > tabs_y  # a row of its own, above the tabs  # type: ignore[index]
    page.keyboard.press("Tab")
    expect(watch).to_be_focused()  # the next stop after More is what it opened
    speed.get_by_role("button").nth(2).click()  # Off
    expect(page.locator("body")).to_have_attribute("data-speed", "off")
    watch.focus()
    page.keyboard.press("Escape")
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(more).to_be_focused()
    expect(speed).to_be_hidden()
    in_view(page, page.get_by_label(re.compile("^(Command|명령)$")), "command line")  # the workspace fits again
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_phone_has_tabs_that_work_by_keyboard(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    start_lesson(page, server, "named-volumes")
    tabs = page.get_by_role("tablist")
    terminal, picture, app, lesson = (tabs.get_by_role("tab", name=n) for n in ("Terminal", "Picture", "App", "Lesson"))
    expect(terminal).to_have_attribute("aria-selected", "true")
    in_view(page, page.get_by_label("Command"), "command line")
    expect(page.locator("#host-region")).to_be_hidden()
    terminal.focus()
    page.keyboard.press("ArrowRight")
    expect(picture).to_be_focused()
    expect(picture).to_have_attribute("aria-selected", "true")
    expect(terminal).to_have_attribute("aria-selected", "false")
    expect(page.get_by_label("Command")).to_be_hidden()
    for region in ("containers", "host"):
        in_view(page, page.locator(f"#{region}-region > h2"), region)
    page.keyboard.press("ArrowRight")
    expect(app).to_have_attribute("aria-selected", "true")
    in_view(page, page.locator("#browser-region .chrome"), "app window")
    page.keyboard.press("End")
    expect(lesson).to_have_attribute("aria-selected", "true")
    in_view(page, page.locator("#lesson-panel .goal[aria-current=step]"), "current goal")
    page.keyboard.press("ArrowRight")  # wraps round to the first
    expect(terminal).to_be_focused()
    expect(terminal).to_have_attribute("aria-selected", "true")
    in_view(page, page.get_by_label("Command"), "command line")
    # each tab names the view it shows, and only the chosen one is in the tab order
    assert terminal.get_attribute("aria-controls") == "terminal-region"
    assert [t.get_attribute("tabindex") for t in (picture, app, lesson)] == ["-1", "-1", "-1"]
    # a phone page is one screen per view, not thousands of pixels
    assert page.evaluate("document.scrollingElement.scrollHeight") < 2 * 844


def test_embed_at_760_shows_the_terminal_and_the_picture_with_the_lesson_folded(page: Page, server: Server) -> None:
    for width in (1000, 760):
        page.set_viewport_size({"width": width, "height": 760})
        page.goto(f"{server.url}/embed/named-volumes?lang=en&fresh=1")
        page.wait_for_url(re.compile(r"/e/[\w-]+"))
        fold = page.locator("[data-lesson-fold]")
        expect(fold).to_have_attribute("aria-expanded", "false")
        expect(page.locator("#lesson-panel .lesson-text")).to_be_hidden()
        in_view(page, page.locator("#lesson-panel .goal[aria-current=step]"), "current goal")
        in_view(page, page.get_by_label("Command"), "command line")
        in_view(page, page.locator("#term-out"), "terminal")
        for region in ("host", "containers", "images"):
            in_view(page, page.locator(f"#{region}-region > h2"), region)
        box = page.locator("#picture").bounding_box()
        assert box is not None and box["height"] > 200, box  # a picture, not a sliver


def test_presenter_mode_at_1920x1080_shows_the_caption_and_the_watch_link(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(server.url + "/")
    page.evaluate("""() => {
        const f = document.createElement('form'); f.method = 'post'; f.action = '/demo';
        const i = document.createElement('input'); i.name = 'lesson'; i.value = 'named-volumes'; f.append(i);
        document.body.append(f); f.submit(); }""")
    page.wait_for_url("**present=1")
    step = page.locator("[data-step]")
    for _ in range(2):
        label = step.inner_text()
        page.keyboard.press("n")
        expect(step).not_to_have_text(label)
    in_view(page, page.locator(".stage .last-command"), "the command just run, as the caption")
    in_view(page, step, "next step")
    in_view(page, page.locator(".present-watch .short-link"), "watch link")
    in_view(page, page.locator(".present-watch .qr"), "QR code")
    one_screen(page)
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 20  # projector-sized type


def test_a_laptop_and_a_big_screen_keep_one_row_and_one_screen_in_both_languages(page: Page, server: Server) -> None:
    """After the header's compact forms (an embed's, a phone's): at 1440x900 and 1920x1080 the words
    stay, the header keeps to one row, and the terminal, the picture and the app are in view together."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "named-volumes")
    type_command(page, 'docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" '
                       '-v /app/node_modules feedback-node:volumes')
    session = page.url
    for size in ({"width": 1440, "height": 900}, {"width": 1920, "height": 1080}):
        page.set_viewport_size(size)
        for lang in ("en", "ko"):
            page.goto(f"{session}?lang={lang}")
            header = page.locator("header.site")
            heights = header.evaluate("h => [h.offsetHeight, h.querySelector('.brand').offsetHeight]")
            assert heights[0] < 2 * heights[1] + 10, (size, lang, heights)
            expect(header.get_by_role("button", name=re.compile("^(↶ Undo|↶ 실행 취소)$"))).to_be_visible()
            expect(header.get_by_role("button", name=re.compile("More|더 보기"))).to_be_hidden()
            expect(header.get_by_role("group")).to_be_visible()  # the speed, in the row
            one_screen(page)
            in_view(page, page.locator("#term-out"), "terminal")
            assert page.evaluate("document.documentElement.scrollWidth") <= size["width"], (size, lang)


MOUNTS = ('docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /app/node_modules '
          '--tmpfs /app/temp -v "$(pwd)/pages:/app/pages:ro" feedback-node:volumes')


def joined(page: Page, wire: Locator, mount: Locator) -> bool:
    """The line ends at the mount point on the container's side and at the Host column's folder (or
    its edge, when the folder is scrolled away); asked again until the line is redrawn (a frame)."""
    for _ in range(20):
        d = wire.get_attribute("d") or ""
        pic, box, host = (page.locator("#picture").bounding_box(), mount.bounding_box(),
                          page.locator("#host-region").bounding_box())
        m = re.fullmatch(r"M([\d.]+),([\d.]+) C\S+ \S+ ([\d.]+),([\d.]+)", d)
        if m and pic and box and host:
            x2, _y2, x1, y1 = (float(v) for v in m.groups())
            if (abs(pic["x"] + x1 - box["x"]) < 1.5 and box["y"] - 1 <= pic["y"] + y1 <= box["y"] + box["height"] + 1
                    and host["x"] < pic["x"] + x2 <= host["x"] + host["width"] + 1):
                return True
        page.wait_for_timeout(100)
    return False


def test_each_mount_is_joined_to_where_its_bytes_live(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "named-volumes")
    type_command(page, MOUNTS)
    card = page.get_by_role("article", name="Container feedback-app")
    expect(card).to_be_visible()
    where = {"volume": ("/app/feedback", "host-vol-feedback"), "bind": ("/app/pages", "host-p-pages"),
             "tmpfs": ("/app/temp", "host-memory")}
    for kind, (destination, target) in where.items():
        mount = card.locator(f"li.mount.m-{kind}", has_text=destination)
        expect(mount).to_have_attribute("data-mount-target", target)
        host_end = page.locator(f"#host-region [id='{target}']")
        expect(host_end).to_be_attached()
        mount.scroll_into_view_if_needed()
        wire = page.locator(f"#picture svg.wires path.wire.m-{kind}[data-from='{target}']")
        expect(wire).to_have_attribute("d", re.compile(r"^M[\d.]+,[\d.]+ C"))
        assert joined(page, wire, mount), kind
    # the container sits on its image: a line joins the card to the image's top layer
    image = page.locator("#images-region article.image", has_text="feedback-node:volumes").first
    image_id = image.get_attribute("id") or ""
    expect(card).to_have_attribute("data-image-target", image_id)
    card.scroll_into_view_if_needed()
    expect(page.locator(f"path.wire.m-image[data-from='{image_id}']")).to_have_attribute(
        "d", re.compile(r"^M[\d.]+,[\d.]+ C"))
    # pointing at a mount lights up the volume it uses, on the Host, and the line between them
    card.locator("li.mount.m-volume", has_text="/app/feedback").hover()
    expect(page.locator("#host-vol-feedback")).to_have_class(re.compile(r"\bhl\b"))
    expect(page.locator("path.wire.m-volume[data-from='host-vol-feedback']")).to_have_class(re.compile(r"\bhl\b"))
    page.mouse.move(5, 5)
    expect(page.locator("#host-vol-feedback")).not_to_have_class(re.compile(r"\bhl\b"))
    # the keyboard reaches a mount too
    card.locator("li.mount.m-bind").focus()
    expect(page.locator("#host-p-pages")).to_have_class(re.compile(r"\bhl\b"))
    # the anonymous node_modules volume is one folded row on the Host, as in the container's tree
    anon = page.locator("#host-region article.volume", has_text="anonymous")
    expect(anon.locator(".f.k-summary")).to_have_text(re.compile(r"node_modules/\s+\d+ entries"))
    expect(anon.locator(".f")).to_have_count(1)
    # the words stay for screen readers: the table says where each file lives
    expect(page.locator("#table-region table", has_text="Lives in")).to_be_attached()
    # from the keyboard, the volume a mount uses comes into view in the Host column
    page.locator("#host-region").evaluate("e => { e.scrollTop = 0; }")
    card.locator("li.mount.m-volume", has_text="/app/feedback").focus()
    in_view(page, page.locator("#host-vol-feedback > h4"), "the volume on the Host")
    expect(page.locator("#host-vol-feedback")).to_have_class(re.compile(r"\bhl\b"))
    in_view(page, card.locator("li.mount.m-volume", has_text="/app/feedback"), "the mount")
    shoot(page, "mounts-1440x900")


def shoot(page: Page, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(1500)  # new things have landed (the animations are over)
        page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_the_saved_file_in_the_container_layer_at_every_size(page: Page, server: Server) -> None:
    """The moment the demo-app lesson is about, on each screen: the app saved awesome.txt, and it is in
    the container's read-write layer."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save_feedback(page, "awesome", "Docker is great")
    saved = page.locator("#containers-region .rw").get_by_text("awesome.txt")
    expect(saved).to_be_visible()
    session = page.url
    for lang in ("en", "ko"):
        page.goto(f"{session}?lang={lang}")
        one_screen(page)
        in_view(page, saved, "the saved file")
        shoot(page, f"lesson-1440x900-{lang}")
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{session}?lang=en&present=1")
    one_screen(page)
    in_view(page, saved, "the saved file")
    in_view(page, page.locator(".present-watch .qr"), "QR code")
    shoot(page, "presenter-1920x1080")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{session}?lang=en")
    page.get_by_role("tab", name="Picture").click()
    in_view(page, saved, "the saved file, one tap away")
    shoot(page, "phone-390x844-picture")
    page.get_by_role("tab", name="Terminal").click()
    in_view(page, page.get_by_label("Command"), "command line")
    shoot(page, "phone-390x844-terminal")


def test_the_saved_file_in_an_embed_at_760(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1000, "height": 760})
    page.goto(f"{server.url}/embed/demo-app?lang=en")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save_feedback(page, "awesome", "Docker is great")
    saved = page.locator("#containers-region .rw").get_by_text("awesome.txt")
    expect(saved).to_be_visible()
    in_view(page, saved, "the saved file")
    in_view(page, page.locator("#term-out"), "terminal")
    in_view(page, page.get_by_label("Command"), "command line")
    shoot(page, "embed-1000x760")


def test_each_layer_is_drawn_once(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "echo '// changed' >> server.js")
    type_command(page, "docker build -t feedback-node .")  # the old image keeps its layers, untagged
    images = page.locator("#images-region")
    expect(images.locator("article.image")).to_have_count(3)  # feedback-node, <none>, node:14
    # the npm install layer both builds share: its files are listed once, the other card points to it
    expect(images.locator(".layer .f.k-summary", has_text="node_modules/")).to_have_count(1)
    expect(images.locator(".drawn-in")).to_have_count(3)  # WORKDIR, COPY package.json, RUN npm install
    expect(images.locator(".drawn-in").first).to_have_text("same layer as in feedback-node:latest")


def test_the_app_window_shows_its_whole_form_save_included(page: Page, server: Server) -> None:
    for size in ({"width": 1440, "height": 900}, {"width": 1000, "height": 760}):
        page.set_viewport_size(size)
        start_lesson(page, server, "named-volumes")
        type_command(page, "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node:volumes")
        app = page.frame_locator("iframe[data-browser-frame]")
        frame = page.locator("iframe[data-browser-frame]").bounding_box()
        save = app.get_by_role("button", name="Save").bounding_box()
        assert frame is not None and save is not None
        # inside the window's page with nothing to scroll, and the window inside the screen
        assert frame["y"] <= save["y"] and save["y"] + save["height"] <= frame["y"] + frame["height"], (size, save, frame)
        assert frame["y"] + frame["height"] <= size["height"]
        assert app.locator("html").evaluate("e => e.scrollTop") == 0


def test_on_a_phone_the_first_view_is_drawn_before_the_script_runs_and_the_timeline_keeps_its_name(
        page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    # the page as served (no script) already shows one view: nothing jumps when the tabs start
    html = page.request.get(page.url).text()
    assert re.search(r'<div class="app"[^>]* data-tab="terminal"', html)
    expect(page.get_by_role("combobox", name="Timeline")).to_be_visible()
