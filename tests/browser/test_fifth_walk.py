"""A fifth walk in Chromium, as three people: a Korean learner on a phone doing the first lessons with
the on-screen keyboard up, an instructor presenting to a class that watches, and a learner in a course's
760 px embed who uses only the keyboard (whose Tab order, dialogs, Escape and progress events held).
What they stumbled on, each kept fixed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import type_command
from tests.browser.test_one_screen import start_lesson

PHONE = {"width": 390, "height": 844}
KEYBOARD_UP = {"width": 390, "height": 430}  # what a 390x844 phone leaves above its keyboard
COMMAND = re.compile("^(Command|명령)$")

# Buttons, fields, selects, summaries, the question's choices (the whole label, not its radio) and
# links narrower or lower than a finger (44 CSS px, WCAG 2.5.5), among those in view. A link inside a
# sentence is exempt.
SMALL_TARGETS = """() => [...document.querySelectorAll(
    'button, input:not([type=hidden], [type=radio]), select, summary, a, label.choice')].filter((e) => {
  if (e.closest('.visually-hidden') || e.matches('.skip')) return false;
  if (e.tagName === 'A' && e.closest('p, li.goal, .lesson-text')) return false;
  // a command's ↵ in a sentence, as a link in one (WCAG 2.5.8's inline exception): a finger takes the
  // command by its code, the whole command wide (tests/browser/test_take_a_command.py)
  if (e.matches('button.take-it') && e.previousElementSibling && e.previousElementSibling.matches('code.take')) return false;
  const r = e.getBoundingClientRect();
  if (!r.width || !r.height || getComputedStyle(e).visibility === 'hidden') return false;
  if (r.bottom <= 0 || r.top >= innerHeight) return false;
  return r.width < 43.5 || r.height < 43.5;
}).map((e) => `${e.tagName} "${(e.textContent || e.value || '').trim().slice(0, 24)}" `
             + `${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`)"""


def within_viewport(page: Page, what: str) -> None:
    box = page.locator(what).bounding_box()
    height = page.viewport_size["height"]  # type: ignore[index]
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height + 0.5, (what, box, height)


def header_fits(page: Page) -> None:
    """The phone header's first row holds its controls: nothing runs past them or lies on another."""
    for what in (".site-row", ".site .controls"):
        assert page.locator(what).evaluate("(el) => el.scrollWidth <= el.clientWidth"), f"{what} runs over"
    select = page.locator("#timeline-select").bounding_box()
    dot = page.locator(".live-dot").bounding_box()
    assert select and dot and select["x"] + select["width"] <= dot["x"], "the live dot lies on the timeline"


def test_on_a_phone_the_command_line_stays_above_the_keyboard(page: Page, server: Server) -> None:
    """With the keyboard up, a phone's page is about 430 px high. The workspace kept a 30rem floor
    (480 px) under the header, so the command line sat below the keyboard: the learner typed
    `docker build` blind and saw neither the line nor its output. Now the workspace fits what is left,
    and Chrome on Android is asked to resize the page for the keyboard (interactive-widget)."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "kinds-of-data", "ko")
    box = page.get_by_label(COMMAND)
    box.focus()
    page.set_viewport_size(KEYBOARD_UP)
    within_viewport(page, "#command-input")
    for line in ["docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"]:
        type_command(page, line)
        expect(box).to_be_focused()
        within_viewport(page, "#command-input")
        # the end of what it printed is in view, just above the command line
        end = page.locator("#term-out > :last-child").bounding_box()
        assert end is not None and 0 <= end["y"] + end["height"] <= page.get_by_label(COMMAND).bounding_box()["y"], end  # type: ignore[index]
    assert page.evaluate("document.scrollingElement.scrollWidth") <= KEYBOARD_UP["width"]
    assert "interactive-widget=resizes-content" in (
        page.locator("meta[name=viewport]").get_attribute("content") or "")


def test_on_a_phone_every_control_is_a_finger_wide(page: Page, server: Server) -> None:
    """Undo, Redo and Reset were 31x29 px side by side (a thumb meant for Undo pressed Reset), the
    tabs 35 px high, the command line 31, a card's Stop and Remove 32, the app window's reload 27x23,
    and on the home page Start was 32 px high and the language links 16. Now each is at least 44 px
    each way, and the header's first row still holds them all without panning."""
    page.set_viewport_size(PHONE)
    page.goto(f"{server.url}/?lang=ko")
    assert page.evaluate(SMALL_TARGETS) == [], "home"
    start_lesson(page, server, "the-problem", "ko")
    page.evaluate("localStorage.setItem('layerlab-speed', 'off')")
    page.reload()
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    type_command(page, "curl -s -X POST --data-urlencode title=awesome --data-urlencode text=hi localhost:3000/create")
    type_command(page, "docker stop feedback-app")
    assert page.evaluate(SMALL_TARGETS) == [], "terminal"
    header_fits(page)
    page.locator("[data-more-toggle]").click()
    assert page.evaluate(SMALL_TARGETS) == [], "More"
    page.locator("[data-more-toggle]").click()
    for tab in ("picture", "browser", "lesson"):
        page.locator(f"[role=tab][data-tab={tab}]").click()
        assert page.evaluate(SMALL_TARGETS) == [], tab
    page.locator("[role=tab][data-tab=terminal]").click()
    box = page.get_by_label(COMMAND)
    box.fill("docker start feedback-app")
    box.press("Enter")
    expect(page.locator("form.predict")).to_be_visible()
    assert page.evaluate(SMALL_TARGETS) == [], "a question's choices"
    # each choice's radio keeps its own size, in one column (not stretched like the command line)
    boxes = [b for b in page.locator("form.predict input[name=choice]").evaluate_all(
        "(els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.width])")]
    assert len(boxes) == 3 and all(w < 30 for _, w in boxes) and len({round(x) for x, _ in boxes}) == 1, boxes


def test_lines_pasted_together_run_one_after_another(page: Page, server: Server) -> None:
    """Two commands copied from a lesson and pasted into the command line became one line (an input
    keeps no newline): "docker stop feedback-app docker start feedback-app", which docker took as two
    more container names. Now each pasted line runs in turn, as in a terminal, a question the lesson
    asks before one of them waits for its answer, and what follows the last newline stays unsent."""
    page.set_viewport_size({"width": 1440, "height": 900})
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    start_lesson(page, server, "the-problem", "en")
    lines = ["docker run -d -p 3000:80 --name feedback-app feedback-node",
             "curl -s -X POST --data-urlencode title=awesome --data-urlencode text=hi localhost:3000/create",
             "",
             "docker stop feedback-app",
             "docker start feedback-app",
             "docker ps -a --format '{{.Names}} {{.Status}}'"]
    page.evaluate("(t) => navigator.clipboard.writeText(t)", "\n".join(lines) + "\ndocker ps")
    box = page.get_by_label(COMMAND)
    box.focus()
    page.keyboard.press("Control+V")
    cmds = page.locator("#term-out .cmd")
    expect(cmds).to_have_count(3)  # the start's question waits for its answer
    form = page.locator("form.predict")
    expect(form).to_contain_text("docker start feedback-app")
    form.locator("input[name=choice]").first.check()
    form.get_by_role("button").click()
    expect(cmds).to_have_text([line for line in lines if line])
    expect(page.locator("#term-out")).to_contain_text("feedback-app Up")
    expect(page.get_by_label(COMMAND)).to_have_value("docker ps")  # the last line, not yet sent


def test_on_a_phone_the_narration_of_a_save_to_a_volume_is_read_whole(page: Page, server: Server) -> None:
    """Lesson 5 on a phone, in Korean: saving feedback through the named volume is told in two
    sentences, the draft in /app/temp (lost with the container) and the copy in the volume (kept).
    The narration box held three lines, so the learner read only the first, ending in "함께
    사라집니다" (lost with it), and the volume's sentence lay below the box's fold."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "named-volumes", "ko")
    type_command(page, "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes")
    type_command(page, "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' "
                       "localhost:3000/create")
    said = page.locator("#narration-text p")
    expect(said).to_have_count(2)
    expect(said.last).to_contain_text("feedback 볼륨")
    box = page.locator(".narration")
    assert box.evaluate("(el) => el.scrollHeight <= el.clientHeight + 1"), "part of the narration is below the fold"
    within_viewport(page, "#narration-text p >> nth=1")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_on_a_phone_a_finished_lessons_header_keeps_its_row(page: Page, server: Server, lang: str) -> None:
    """With the lesson done, "✓ 목표 3개 중 3개" grew by its check mark, and the timeline's select
    (3rem wide in its 44 px form) ran under the live dot. The progress now wraps and the select keeps
    to its form."""
    page.set_viewport_size(PHONE)
    start_lesson(page, server, "kinds-of-data", lang)
    for line in ["docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node",
                 "curl -s -X POST --data-urlencode title=first --data-urlencode 'text=hello' localhost:3000/create",
                 "docker volume create keep"]:
        type_command(page, line)
    expect(page.locator(".controls .progress")).to_have_class(re.compile(r"\bcomplete\b"))
    header_fits(page)


# Every text in view with its size in px, where it sits (a column's id, the header...) and what it says.
TEXT_SIZES = """() => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const e = n.parentElement;
    if (!n.data.trim() || e.closest('.visually-hidden, .below, dialog, option')) continue;
    const r = e.getBoundingClientRect();
    if (!r.width || r.bottom < 0 || r.top > innerHeight || getComputedStyle(e).visibility === 'hidden') continue;
    out.push([parseFloat(getComputedStyle(e).fontSize), e.className, n.data.trim().slice(0, 30)]);
  }
  return out;
}"""


def test_presenter_mode_is_readable_from_the_back_of_the_room(page: Page, server: Server) -> None:
    """Presenter mode set the page's type to 20 px, but what was sized in rem stayed at 16 px's scale:
    the legend 11 px, the layers' and volumes' chips and tags 12, the terminal 15, a container's and an
    image's name 15 and the columns' headings 16, below the 20 px files they head. Now nothing in view
    is under 13 px, and names and headings are at least as large as the files under them."""
    page.set_viewport_size({"width": 1920, "height": 1080})
    start_lesson(page, server, "named-volumes", "en")
    type_command(page, "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes")
    type_command(page, "curl -s -X POST --data-urlencode title=awesome --data-urlencode text=hi localhost:3000/create")
    page.goto(page.url + "?present=1")
    expect(page.locator("body")).to_have_class(re.compile(r"\bpresent\b"))
    small = [t for t in page.evaluate(TEXT_SIZES) if t[0] < 13]
    assert small == [], small
    files = page.locator("#picture .f .name").first.evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)")
    for what in ("#host-region > h2", "#containers-region > h2", "#images-region > h2",
                 "#containers-panel .cname", "#images-panel .iname"):
        size = page.locator(what).first.evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)")
        assert size >= files, (what, size, files)
    size = page.locator("#term-out .cmd").first.evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)")
    assert size >= 16, size


def test_on_a_phone_earlier_commands_come_back_without_an_arrow_key(page: Page, server: Server) -> None:
    """Lesson 5 runs the same long `docker run ... -v feedback:/app/feedback` twice. Up-arrow brings a
    command back, but a phone's keyboard has no arrows: the learner typed its 95 characters again with
    their thumbs. A ↑ button beside Run does what the key does, and the focus (the keyboard) stays."""
    run = "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes"
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "named-volumes", "ko")
    up = page.get_by_role("button", name="이전 입력")
    expect(up).to_be_hidden()  # a keyboard with arrows has ↑ already
    page.set_viewport_size(PHONE)
    type_command(page, run)
    type_command(page, "docker volume ls")
    box = page.get_by_label(COMMAND)
    box.focus()
    up.click()
    expect(box).to_have_value("docker volume ls")
    expect(box).to_be_focused()
    up.click()
    expect(box).to_have_value(run)
    up.click()  # the oldest stays
    expect(box).to_have_value(run)
    box.press("ArrowDown")
    expect(box).to_have_value("docker volume ls")
