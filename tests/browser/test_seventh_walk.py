"""A seventh walk in Chromium: a first-time Korean learner on a phone through lessons 1-5 with taps and
the hints; an English learner in the 760 px embed with only the keyboard through lessons 6-9; an
instructor at 1920x1080 in presenter mode with a watcher's tab, stepping the timeline back and forth.
What they stumbled on, each kept fixed."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import type_command
from tests.browser.test_one_screen import start_lesson
from tests.browser.test_sixth_walk import FRAME, LAPTOP, PHONE, run_feedback_app, version


def watch_link(page: Page, server: Server) -> str:
    href = page.locator("a.watch").first.get_attribute("href")
    assert href and href.startswith("/w/"), href
    return server.url + href


def test_a_watchers_save_says_it_was_not_sent_and_whose_app_it_is(page: Page, server: Server,
                                                                    browser: Browser) -> None:
    """On a watch link the app's window showed the owner's form, and Save did nothing at all: the
    window's sandbox allowed no forms, so Chromium dropped the post without a word. Now the post goes
    out and the window answers, in the watcher's language, that it was not sent, that the app runs in
    the owner's session, and how to try it (Fork); nothing is recorded in the owner's session."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "demo-app")
    run_feedback_app(page)
    before = version(page)
    for lang, says in (("en", "someone else’s session"), ("ko", "다른 사람의 세션")):
        context = browser.new_context(viewport=LAPTOP)
        watcher = context.new_page()
        watcher.goto(watch_link(page, server) + f"?lang={lang}")
        app = watcher.frame_locator(FRAME)
        app.get_by_label("Title").fill("awesome")
        app.get_by_label("Document Text").fill("Docker is great")
        with watcher.expect_response(lambda r: r.request.method == "POST" and "/app/3000/create" in r.url) as sent:
            app.get_by_role("button", name="Save").click()
        assert sent.value.status == 403
        expect(app.locator("h1")).to_have_text("Not sent" if lang == "en" else "보내지 않음")
        expect(app.locator("body")).to_contain_text(says)
        expect(app.locator("body")).to_contain_text("Fork" if lang == "en" else "복사해서 이어 하기")
        if lang == "ko":  # broken between words, as Korean is on the page around it (not "세" / "션을")
            assert app.locator("p").first.evaluate("(p) => getComputedStyle(p).wordBreak") == "keep-all"
        # the window's Reload brings the owner's form back
        watcher.locator("[data-browser-reload]").click()
        expect(app.get_by_label("Title")).to_be_visible()
        context.close()
    page.wait_for_timeout(300)
    assert version(page) == before  # nothing was recorded
    expect(page.locator("#term-out .cmd").last).to_have_text(re.compile("^docker run "))


def line_box(page: Page, text: str) -> dict[str, float]:
    """The first terminal output line holding `text`: its height, its line height, its width, and the
    terminal's visible and scrolled widths."""
    found = page.evaluate("""(text) => {
      const line = [...document.querySelectorAll('#term-out .out')].find((el) => el.textContent.includes(text));
      if (!line) return null;
      const term = document.getElementById('term-out');
      return {height: line.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(line).lineHeight),
              width: line.scrollWidth, client: term.clientWidth, scroll: term.scrollWidth};
    }""", text)
    assert found is not None, text
    return dict(found)


def test_buildkit_progress_lines_keep_their_timing_column_on_a_phone(page: Page, server: Server) -> None:
    """On a phone (390x844) each BuildKit progress line wrapped, its timing column (`0.1s`) falling
    under the step's text, and docker ps's columns ran into each other. A line laid out in columns
    now stays one line and the terminal scrolls sideways, as a terminal's does; a sentence still wraps
    at the screen's edge; at 1440x900 the build's lines fit as before, with nothing to scroll."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "demo-app", "ko")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run feedback-nod")  # (a typo: Docker's answer is a sentence)
    step = line_box(page, "=> [2/5] WORKDIR /app")
    assert step["height"] < 1.5 * step["lineHeight"], step  # one line: the timing beside its step
    assert step["scroll"] > step["client"], step  # the rest is a sideways scroll away
    term = page.locator("#term-out")
    term.evaluate("(el) => { el.scrollLeft = el.scrollWidth; }")
    assert term.evaluate("(el) => el.scrollLeft") > 0
    said = line_box(page, "pull access denied")
    assert said["height"] > 1.5 * said["lineHeight"], said  # wrapped, not scrolled
    assert said["width"] <= said["client"] + 1, said

    page.set_viewport_size(LAPTOP)
    page.wait_for_timeout(300)
    step = line_box(page, "=> [2/5] WORKDIR /app")
    assert step["height"] < 1.5 * step["lineHeight"], step
    assert step["width"] <= step["client"] + 1, step


UNCOVERED = """(el) => {
  const b = el.getBoundingClientRect();
  const hit = document.elementFromPoint(b.left + Math.min(20, b.width / 2), b.top + b.height / 2);
  return b.top >= 0 && b.bottom <= innerHeight && Boolean(hit) && el.contains(hit);
}"""


def test_on_a_phone_the_picture_shows_the_saved_file_in_its_layer(page: Page, server: Server) -> None:
    """A Korean learner on a phone looked at the image in the Picture tab, saved feedback on the App
    tab and went back to the Picture: the file's row in the read-write layer lay under the card's
    sticky name (it stuck 2.1rem down, under a column title that does not stick on a phone), and
    the layer's label was scrolled away. Now the row and its layer's label are both in view, neither
    covered."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "kinds-of-data", "ko")
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    page.locator("[role=tab][data-tab=picture]").click()
    page.locator("#picture").evaluate("(el) => { el.scrollTop = el.scrollHeight; }")  # down at the image
    page.locator("[role=tab][data-tab=browser]").click()
    app = page.frame_locator(FRAME)
    app.get_by_label("Title").fill("first")
    app.get_by_label("Document Text").fill("hello")
    app.get_by_role("button", name="Save").click()
    row = page.locator("#containers-region .rw [data-move][data-path='app/feedback/first.txt']")
    expect(row).to_be_attached()
    page.locator("[role=tab][data-tab=picture]").click()
    page.wait_for_timeout(300)
    assert row.evaluate(UNCOVERED), "the saved file's row is hidden"
    label = page.locator("#containers-region .rw h4 .chip").first
    expect(label).to_have_text("읽기-쓰기 레이어")
    assert label.evaluate(UNCOVERED), "the read-write layer's label is out of view"
    # scrolled on past the card's top, its name sticks at the picture's very top: nothing shows above it
    name = page.locator("#containers-region .container > h3").first
    page.locator("#picture").evaluate("(el) => { el.scrollTop += 120; }")
    gap = name.evaluate("(h) => h.getBoundingClientRect().top - document.getElementById('picture').getBoundingClientRect().top")
    assert abs(gap) < 2, gap


PRESENTER = {"width": 1920, "height": 1080}
IN_ITS_COLUMN = """(el) => {
  const col = el.closest('.panel');
  const c = col.getBoundingClientRect(), r = el.getBoundingClientRect();
  return r.top >= c.top && r.bottom <= c.bottom && r.height > 0;
}"""


def test_a_save_into_a_volume_shows_the_mount_that_leads_there(page: Page, server: Server) -> None:
    """An instructor at 1920x1080 in presenter mode saved feedback through -v feedback:/app/feedback:
    the Host column lit awesome.txt in the volume feedback, but the card's mount /app/feedback, the
    other end of the line to it, lay under the Containers column's fold, so the room saw no
    connection. Now the mount is brought into view in its column with the volume's file."""
    page.set_viewport_size(PRESENTER)
    start_lesson(page, server, "named-volumes")
    page.goto(page.url + "?present=1")
    type_command(page, "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback "
                       "feedback-node:volumes")
    app = page.frame_locator(FRAME)
    app.get_by_label("Title").fill("awesome")
    app.get_by_label("Document Text").fill("Docker is great")
    app.get_by_role("button", name="Save").click()
    saved = page.locator("#host-vol-feedback [data-move]")
    expect(saved).to_have_count(1)
    mount = page.locator("#containers-region .mount[data-place='vol:feedback']")
    expect(mount).to_have_count(1)
    page.wait_for_timeout(2500)  # (the file has travelled)
    assert saved.evaluate(IN_ITS_COLUMN), "the saved file is out of view"
    assert mount.evaluate(IN_ITS_COLUMN), "the mount that leads to the volume is out of view"


EMBED = {"width": 1000, "height": 760}


def answer_question(page: Page) -> None:
    """The lesson's question before the line runs, answered with the keyboard (Space picks the
    focused first choice, Enter sends it)."""
    form = page.locator("form.predict")
    expect(form).to_be_visible()
    expect(form.locator("input[name=choice]").first).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    expect(form).to_have_count(0)


def test_a_whiteout_made_in_a_named_container_is_in_view_in_the_embed(page: Page, server: Server) -> None:
    """In the 760 px embed an English learner typed `docker exec feedback-app rm
    /app/pages/exists.html`: the line names feedback-app, and bringing the named card into view
    scrolled it back to its top after its whiteout had been brought into view, so the whiteout the
    lesson is about lay under the Containers column's fold. The row that changed wins; the card is
    still outlined, its name stuck above the row."""
    page.set_viewport_size(EMBED)
    page.goto(f"{server.url}/embed/under-the-hood?lang=en")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    box = page.get_by_label("Command")
    box.focus()
    page.keyboard.type("docker exec feedback-app rm /app/pages/exists.html")
    page.keyboard.press("Enter")
    answer_question(page)
    row = page.locator("#containers-region .rw [data-move='hide']")
    expect(row).to_have_count(1)
    expect(page.locator('#containers-region [data-container="feedback-app"]')).to_have_class(re.compile(r"\bis-named\b"))
    page.wait_for_timeout(2500)  # (the whiteout has crossed its file out)
    assert row.evaluate(IN_ITS_COLUMN), "the whiteout is under the column's fold"
    assert row.evaluate(UNCOVERED), "the whiteout is covered"
