"""A fourth learner's walk in Chromium, through the under-the-hood lesson and the volumes, in Korean
and English, at a laptop's, a projector's, a phone's and an embed's size: what it stumbled on, each
kept fixed (tests/test_fourth_walk.py has what needs no browser)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_one_screen import start_lesson

COMMIT = "docker commit feedback-app feedback-node:snapshot"


def send(page: Page, line: str) -> None:
    """Types a line that the lesson asks a question about first (type_command waits for its output)."""
    box = page.get_by_label(re.compile("^(Command|명령)$"))
    box.fill(line)
    box.press("Enter")


def answer_question(page: Page, choice: int) -> None:
    form = page.locator("form.predict")
    form.locator("input[name=choice]").nth(choice).check()
    form.get_by_role("button").click()


def in_its_column(what: Locator) -> bool:
    """Whether what's top lies inside the visible part of the column (or picture) that scrolls it."""
    return bool(what.evaluate("""(el) => {
      let col = el.parentElement;
      while (col && !(['auto', 'scroll'].includes(getComputedStyle(col).overflowY) && col.scrollHeight > col.clientHeight))
        col = col.parentElement;
      const c = (col || document.documentElement).getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= c.top && r.top + 20 <= Math.min(c.bottom, innerHeight) && r.height > 0;
    }"""))


@pytest.mark.parametrize(("lang", "size", "tab"), [
    ("ko", {"width": 1440, "height": 900}, ""),
    ("en", {"width": 1920, "height": 1080}, ""),
    ("ko", {"width": 390, "height": 844}, "picture"),
])
def test_the_image_a_commit_makes_is_brought_into_view(page: Page, server: Server, lang: str,
                                                      size: dict[str, int], tab: str) -> None:
    """docker commit draws the new image's card first in the Images column, and the column stayed
    scrolled where the copy-up had taken it, down at feedback-node's layers: the committed layer,
    what the lesson's last goal is about, was out of sight, and the narration called it a build.
    Now the new card is brought into view, and the narration tells what a commit did."""
    start_lesson(page, server, "under-the-hood", lang)
    page.set_viewport_size(size)
    page.evaluate("localStorage.setItem('layerlab-speed', 'off')")
    page.reload()
    send(page, "docker exec feedback-app rm /app/pages/exists.html")
    answer_question(page, 2)
    expect(page.locator("#term-out .cmd")).to_have_count(1)
    if tab:
        page.locator(f"[role=tab][data-tab={tab}]").click()
    # the column (on a phone, the picture) scrolled down to the image's layers
    page.locator("#images-panel .layer").last.evaluate("(el) => el.scrollIntoView({block: 'end'})")
    if tab:
        page.locator("[role=tab][data-tab=terminal]").click()
    send(page, COMMIT)
    answer_question(page, 0)
    expect(page.locator("#term-out .cmd")).to_have_count(2)
    card = page.locator("#images-panel article.image", has=page.locator("h3 .iname", has_text="feedback-node:snapshot"))
    expect(card).to_have_class(re.compile(r"\bis-new\b"))
    if tab:
        page.locator(f"[role=tab][data-tab={tab}]").click()
    title = card.locator("h3")
    page.wait_for_timeout(300)
    assert in_its_column(title), "the committed image's card is out of sight"
    top = card.locator(".layer").first
    expect(top).to_contain_text("/app/pages/exists.html")
    said = page.locator("#narration-text")
    expect(said).to_contain_text("feedback-node:snapshot")
    expect(said).to_contain_text("맨 위 레이어" if lang == "ko" else "is now the top layer of the new image")


@pytest.mark.parametrize(("lang", "size"), [("ko", {"width": 1440, "height": 900}),
                                            ("en", {"width": 1920, "height": 1080})])
def test_the_answer_to_a_prediction_is_brought_into_view_in_the_lesson_panel(page: Page, server: Server, lang: str,
                                                                           size: dict[str, int]) -> None:
    """Answered wrongly ("only the appended line"), the copy-up's question was revealed under the
    goals of the lesson's side panel, below its fold: the learner saw the copy-up happen and never
    read why their answer was not quite right."""
    start_lesson(page, server, "under-the-hood", lang)
    page.set_viewport_size(size)
    page.evaluate("localStorage.setItem('layerlab-speed', 'off')")
    page.reload()
    send(page, "docker exec feedback-app sh -c 'echo \"<p>Edited</p>\" >> /app/pages/feedback.html'")
    answer_question(page, 2)
    answer = page.locator("#lesson-panel .revealed.wrong")
    expect(answer).to_have_count(1)
    page.wait_for_timeout(300)
    assert in_its_column(answer), "the answer is below the lesson panel's fold"
    assert page.evaluate("document.scrollingElement.scrollTop") == 0  # the page itself stays put
    # the next answer is brought into view in its turn, and a page opened afresh is left as it is
    send(page, "docker exec feedback-app rm /app/pages/exists.html")
    answer_question(page, 2)
    expect(page.locator("#lesson-panel .revealed.right")).to_have_count(1)
    page.wait_for_timeout(300)
    assert in_its_column(page.locator("#lesson-panel .revealed.right"))
