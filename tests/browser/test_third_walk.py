"""A third learner's walk in Chromium, through the nine lessons in English and Korean, with the
mistakes a learner makes: what they stumbled on, each kept fixed."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import type_command
from tests.browser.test_one_screen import start_lesson

# Where each element's text wraps: the character before each line break and the one after it.
WRAPS = """(els) => els.map((el) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = "", top = null;
  const breaks = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.length; i++) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const box = r.getClientRects()[0];
      if (box && box.width) {  // (a space at a line's end may have no box)
        if (top !== null && box.top > top + 2) breaks.push(text.slice(-1) + n.data[i]);
        top = box.top;
      }
      text += n.data[i];
    }
  }
  return {text, breaks};
})"""


def wraps(where: Locator) -> list[dict[str, object]]:
    return where.evaluate_all(WRAPS)  # type: ignore[no-any-return]


def test_paths_wrap_after_a_slash_not_inside_a_name(page: Page, server: Server) -> None:
    """At 1440x900 the image card's layer listed /app/pages/exists.html as "/app/pages/exists.htm"
    and "l" on the next line, and lesson 5's goal named /var/lib/docker/volumes/feedb… ack/_data:
    a path wraps after one of its slashes (or a hyphen, or at a space), never anywhere in a name."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    type_command(page, "docker build -t feedback-node .")
    names = page.locator("#images-panel .layer .f > .name")
    expect(names.filter(has_text="/app/pages/exists.html")).to_have_count(1)
    seen = wraps(names)
    wrapped = [n for n in seen if n["breaks"]]
    assert wrapped, "no name in the image card is long enough to wrap at this size"
    for n in wrapped:
        assert all(str(b)[0] in "/-" for b in n["breaks"]), n  # type: ignore[attr-defined]

    start_lesson(page, server, "named-volumes")
    titles = wraps(page.locator(".goal .gtitle"))
    long = [t for t in titles if "/var/lib/docker/volumes/feedback/_data" in str(t["text"])]
    assert long and long[0]["breaks"], titles
    for t in titles:
        assert all(str(b)[0] in "/ -:" for b in t["breaks"]), t  # type: ignore[attr-defined]


def test_a_slip_is_followed_by_what_to_do_next_in_view(page: Page, server: Server) -> None:
    """The run typed before the build printed Docker's "pull access denied ... repository does not
    exist", and the narration said only that nothing changed; a typo printed "command not found".
    The narration, in view above the picture, now says what to do next, and what it promises works."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "kinds-of-data", "ko")
    type_command(page, "dokcer build -t feedback-node .")
    narration = page.locator("#narration-text")
    expect(narration).to_contain_text("docker 명령인가요? ↑ 키로 줄을 다시 불러와 고치세요.")
    box = page.get_by_label("명령")
    box.press("ArrowUp")
    expect(box).to_have_value("dokcer build -t feedback-node .")
    box.fill("")
    page.goto(page.url.split("?")[0] + "?lang=en")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    expect(narration).to_contain_text("build it first with docker build -t feedback-node .")
    shown = narration.locator("p").first.bounding_box()
    assert shown is not None and shown["y"] >= 0 and shown["y"] + shown["height"] <= 900, shown
    type_command(page, "docker build -t feedback-node .")
    expect(narration).not_to_contain_text("build it first")
