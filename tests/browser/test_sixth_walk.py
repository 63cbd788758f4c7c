"""A sixth walk in Chromium: a Korean learner at 1440x900 through bind mounts, read-only, managing
volumes and under the hood; an English learner in the 760 px embed using only the keyboard; an
instructor presenting with a watcher's tab. What they stumbled on, each kept fixed."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from app.lessons.model import all_lessons
from tests.browser.conftest import Server
from tests.browser.test_live_page import click_save, type_command
from tests.browser.test_one_screen import start_lesson

LAPTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
COMMAND = re.compile("^(Command|명령)$")
FRAME = "iframe[data-browser-frame]"


def version(page: Page) -> int:
    return int(page.locator("#version").get_attribute("data-version") or -1)


def run_feedback_app(page: Page) -> None:
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    expect(page.frame_locator(FRAME).get_by_label("Title")).to_be_visible()


def focus_in_form(page: Page, field: str) -> bool:
    """Whether the keyboard's focus is on the app window's field (the page's focus on its iframe,
    and the iframe's on the field)."""
    return bool(page.evaluate("document.activeElement && document.activeElement.matches('iframe[data-browser-frame]')")) \
        and page.frame_locator(FRAME).locator(f"#{field}").evaluate("(el) => document.activeElement === el")


def test_after_a_save_the_keyboard_is_back_on_the_command_line(page: Page, server: Server) -> None:
    """After Save in the app's window the keyboard's focus stayed inside it: the learner pressed
    Shift+Tab four times to get back to the command line, where the next step (ls, docker rm) is
    typed. Now the save gives the focus back to the command line; a learner still typing in the form
    keeps it there while the session changes meanwhile (a command from another tab)."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "demo-app")
    run_feedback_app(page)
    app = page.frame_locator(FRAME)
    app.get_by_label("Title").fill("awesome")
    app.get_by_label("Document Text").fill("Docker is great")
    before = version(page)
    app.get_by_label("Title").press("Enter")  # the keyboard's Save: Enter in the title's field
    expect(page.locator("#term-out .cmd").last).to_contain_text("localhost:3000/create")
    expect(page.get_by_label(COMMAND)).to_be_focused()
    assert version(page) == before + 1
    page.keyboard.type("ls feedback")  # typed at once, no Shift+Tab
    page.keyboard.press("Enter")
    expect(page.locator("#term-out .cmd").last).to_have_text("ls feedback")

    # typing in the form while the session moves on: the focus stays in the form
    app.get_by_label("Title").click()
    app.get_by_label("Title").type("sec")
    token = page.url.rstrip("/").split("/")[-1]
    page.request.post(f"{server.url}/s/{token}/run", form={"line": "docker ps"})
    expect(page.locator("#term-out .cmd").last).to_have_text("docker ps")
    page.wait_for_timeout(300)
    app.get_by_label("Title").type("ond")
    assert focus_in_form(page, "title")
    expect(app.get_by_label("Title")).to_have_value("second")
    # a click on Save goes out and gives the focus back as well
    click_save(page, app)
    expect(page.locator("#term-out .cmd").last).to_contain_text("title=second")
    expect(page.get_by_label(COMMAND)).to_be_focused()


def test_reloading_the_app_window_leaves_the_focus_where_it_is(page: Page, server: Server) -> None:
    """Only a save moves the focus: the window's Reload (the page loads it again) keeps it on the
    button, and a link followed inside the window (no save, nothing recorded) keeps it inside."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "demo-app")
    run_feedback_app(page)
    reload = page.locator("[data-browser-reload]")
    reload.focus()
    with page.expect_response(re.compile(r"/app/3000/$")):
        page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    expect(reload).to_be_focused()
    app = page.frame_locator(FRAME)
    before = version(page)
    link = app.get_by_role("link", name="Feedback")
    link.focus()
    with page.expect_response(re.compile(r"/app/3000/$")):
        link.press("Enter")
    expect(app.get_by_label("Title")).to_be_visible()
    page.wait_for_timeout(300)
    assert version(page) == before
    assert page.evaluate("document.activeElement.matches('iframe[data-browser-frame]')")


def test_on_a_phone_the_timeline_says_where_the_session_is(page: Page, server: Server) -> None:
    """On a phone the timeline's select had room for "3 · c" of its entry. It now shows the place
    among the commands ("3/3 ▾"), whole, and still opens the list of commands to jump to."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "kinds-of-data", "ko")
    for line in ["docker images", "docker ps", "docker volume ls"]:
        type_command(page, line)
    now = page.locator(".timeline-now")
    expect(now).to_be_visible()
    expect(now).to_have_text("3/3")
    assert now.evaluate("(el) => el.scrollWidth <= el.clientWidth"), "the place is cut"
    select = page.locator("#timeline-select").bounding_box()
    shown = now.bounding_box()
    assert select and shown and abs(select["x"] - shown["x"]) < 1 and abs(select["width"] - shown["width"]) < 1, \
        "a tap on what shows opens the select"
    page.get_by_role("button", name=re.compile("실행 취소|Undo")).click()
    expect(now).to_have_text("2/3")
    page.locator("#timeline-select").select_option(label="1 · docker images")
    expect(now).to_have_text("1/3")
    page.set_viewport_size(LAPTOP)  # wider, the select names its command itself
    expect(now).to_be_hidden()
    expect(page.locator("#timeline-select")).to_be_visible()


def test_enter_on_an_empty_line_prints_a_fresh_prompt(page: Page, server: Server) -> None:
    """Enter on an empty command line showed nothing; a terminal prints a fresh prompt under the last
    line. Nothing goes to the server and the session keeps its version (bash neither runs nor keeps
    an empty line), and the next command still comes after the prompts."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "kinds-of-data")
    type_command(page, "docker images")
    before = version(page)
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    box = page.get_by_label(COMMAND)
    box.press("Enter")
    box.fill("   ")
    box.press("Enter")
    blank = page.locator("#term-out > .blank-prompt")
    expect(blank).to_have_count(2)
    expect(blank.last).to_have_text("$")
    expect(box).to_have_value("")
    expect(box).to_be_focused()
    page.wait_for_timeout(300)
    assert posts == [] and version(page) == before
    type_command(page, "docker ps")
    assert page.locator("#term-out > :last-child").evaluate("(el) => el.classList.contains('entry')"), \
        "the command's answer comes after the prompts"
    # inside a container's shell the fresh prompt is the shell's
    type_command(page, "docker run -it --name box busybox sh")
    expect(page.locator("[data-terminal-form] label .ps1.inside")).to_be_visible()
    prompt = (page.locator("[data-terminal-form] label .ps1").text_content() or "").strip()
    box.press("Enter")
    expect(page.locator("#term-out > .blank-prompt").last).to_have_text(prompt)
    assert prompt.endswith("#"), prompt


def answer_if_asked(page: Page) -> None:
    """A question the lesson asks before a line runs: any answer lets it run."""
    form = page.locator("form.predict")
    page.wait_for_timeout(200)
    if form.count():
        form.locator("input[name=choice]").first.check()
        form.get_by_role("button").click()
        expect(form).to_have_count(0)


def in_panel_view(page: Page, what: str) -> bool:
    """Whether `what` lies inside the visible part of the lesson panel's scrolling box."""
    return bool(page.locator(what).first.evaluate("""(el) => {
      let p = el.parentElement;
      while (p && !(['auto', 'scroll'].includes(getComputedStyle(p).overflowY) && p.scrollHeight > p.clientHeight)) p = p.parentElement;
      const r = el.getBoundingClientRect(), c = (p || document.documentElement).getBoundingClientRect();
      return r.top >= c.top - 1 && r.top < c.bottom - 20;
    }"""))


def test_a_goal_reached_brings_the_next_one_into_the_panels_view(page: Page, server: Server) -> None:
    """The answer to the lesson's question is brought into the panel's view, below the goals; the
    goal reached by the next command then left the panel there, and the learner saw neither the
    next goal nor, at the end, "Lesson complete!" and its Next lesson. Now a goal reached brings the
    next one into view (the answer that comes with a command is read first)."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "bind-mounts", "ko")
    type_command_asked(page, 'docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app" '
                       "feedback-node:volumes")
    expect(page.locator("#lesson-panel .revealed")).to_have_count(1)
    assert in_panel_view(page, "#lesson-panel .revealed"), "the answer is read first"
    assert not in_panel_view(page, "#lesson-panel .goal[data-goal=node-modules]")  # (what the learner met)
    type_command(page, "docker logs feedback-app")
    expect(page.locator("#lesson-panel .goal[data-goal=crash]")).to_have_class(re.compile(r"\bdone\b"))
    expect(page.locator("#lesson-panel .goal[aria-current=step]")).to_have_attribute("data-goal", "node-modules")
    page.wait_for_timeout(200)
    assert in_panel_view(page, "#lesson-panel .goal[aria-current=step]"), "the next goal is out of view"


def type_command_asked(page: Page, line: str) -> None:
    box = page.get_by_label(COMMAND)
    box.fill(line)
    box.press("Enter")
    answer_if_asked(page)
    expect(page.locator("#term-out .cmd").last).to_have_text(line)


def test_the_header_keeps_its_height_when_the_lesson_is_done(page: Page, server: Server) -> None:
    """The header's "✓ 4 of 4 goals" took the margin of the panel's "Lesson complete!" (both are
    .complete): the header grew 7 px at the lesson's end and the whole board moved down under it."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "demo-app", "ko")
    header = page.locator(".site")
    before = header.evaluate("(el) => el.offsetHeight")
    for line in ["docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node",
                 "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' "
                 "localhost:3000/create", "ls feedback"]:
        type_command_asked(page, line)
    expect(page.locator(".controls .progress.complete")).to_be_visible()
    assert header.evaluate("(el) => el.offsetHeight") == before


def test_the_last_answer_and_the_way_on_are_read_together(page: Page, server: Server) -> None:
    """Lesson 9's last question (docker commit) is answered by the very command that completes the
    lesson: its answer was brought into view, and "Lesson complete!" with its Next lesson stayed
    above it, out of the panel's view. The way on now follows the answers, in view with the last."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "under-the-hood", "ko")
    lesson = next(x for x in all_lessons() if x.id == "under-the-hood")
    for line in lesson.solution[:-1]:
        type_command_asked(page, line)
    expect(page.locator("#lesson-panel .complete")).to_be_visible()
    page.wait_for_timeout(200)
    assert in_panel_view(page, "#lesson-panel .revealed >> nth=-1"), "the last answer is read first"
    assert in_panel_view(page, "#lesson-panel .complete"), "Next lesson is out of view"
    expect(page.locator("#lesson-panel .complete").get_by_role("button", name=re.compile("다음 레슨"))).to_be_visible()


def test_a_save_held_for_the_question_shows_its_answer_once_sent(page: Page, server: Server) -> None:
    """Lesson 4 asks what a save will do before it goes out; the window says "Not sent yet: answer in
    the terminal, and the form is sent then". Answered, the form went out (its curl line ran and
    hung on EXDEV), and the window still said "Not sent yet". It now shows what the app answered:
    nothing, "Waiting for localhost…", as for a save that hangs. The keyboard goes to the question,
    then back to the command line."""
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "anonymous-volumes")
    type_command(page, "echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile")
    type_command(page, "docker build -t feedback-node:volumes .")
    type_command(page, "docker run -d -p 3000:80 --rm --name feedback-app feedback-node:volumes")
    app = page.frame_locator(FRAME)
    app.get_by_label("Title").fill("awesome")
    app.get_by_label("Document Text").fill("Docker is great")
    click_save(page, app)
    expect(app.get_by_role("heading", name="Not sent yet")).to_be_visible()
    choice = page.locator("form.predict input[name=choice]")
    expect(choice.first).to_be_focused()
    choice.nth(2).check()
    page.locator("form.predict").get_by_role("button").click()
    expect(page.locator("#term-out .cmd").last).to_contain_text("localhost:3000/create")
    expect(app.get_by_role("heading", name="Waiting for localhost…")).to_be_visible()
    expect(page.get_by_label(COMMAND)).to_be_focused()


def test_in_the_embed_a_saves_draft_left_in_the_layer_is_in_view(page: Page, server: Server) -> None:
    """In the course's 760 px embed, lesson 4's save that hangs on EXDEV leaves its draft in the
    container's read-write layer, and the narration names it there; the draft sat under the
    Containers column's fold (only a file that travels, one the save moved, was brought into view).
    A new file in a container's layer is now brought into view in its column as well."""
    page.set_viewport_size({"width": 1000, "height": 760})
    page.goto(f"{server.url}/embed/anonymous-volumes?lang=en")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    type_command(page, "echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile")
    type_command(page, "docker build -t feedback-node:volumes .")
    type_command(page, "docker run -d -p 3000:80 --rm --name feedback-app feedback-node:volumes")
    type_command_asked(page, "curl -s -m 2 -X POST --data-urlencode title=awesome --data-urlencode "
                             "'text=Docker is great' localhost:3000/create")
    draft = page.locator("#containers-region .rw li[data-path$='temp/awesome.txt']")
    expect(draft).to_have_count(1)
    page.wait_for_timeout(300)
    box, col = draft.bounding_box(), page.locator("#containers-region").bounding_box()
    assert box and col and col["y"] <= box["y"] and box["y"] + box["height"] <= col["y"] + col["height"], (box, col)
