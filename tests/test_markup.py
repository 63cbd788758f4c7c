"""Pages whose markup an HTML parser reads as written: no block inside a paragraph (a parser closes
the <p> there, so the page is not the tree its template says), and the scripted demo's lesson list
starts on the session's own lesson."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.model import find
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app

# elements that end an open <p> (the HTML standard's list, "p" end tag omission)
CLOSES_P = {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
            "menu", "nav", "ol", "p", "pre", "section", "table", "ul"}


class BlockInParagraph(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open_p = 0
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CLOSES_P and self.open_p:
            self.found.append(f"<{tag} {dict(attrs)}> inside a <p>")
            self.open_p = 0
        if tag == "p":
            self.open_p = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self.open_p = 0


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def test_a_completed_lesson_page_has_no_block_inside_a_paragraph(client: TestClient) -> None:
    lesson = find("the-problem")
    assert lesson is not None
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.create_session(lesson.id, setup=lesson.start, lines=[(ln, None, "cmd") for ln in lesson.solution])
    page = client.get(f"/s/{session.token}").text
    assert "Lesson complete!" in page and "Next lesson" in page
    checker = BlockInParagraph()
    checker.feed(page)
    assert checker.found == []
    assert f'<option value="{lesson.id}" selected>' in page  # the demo's lesson list starts here


def test_the_sandbox_lists_lessons_with_none_chosen(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    assert " selected>" not in client.get(f"/s/{token}").text.split('id="script-lesson"')[1].split("</select>")[0]
