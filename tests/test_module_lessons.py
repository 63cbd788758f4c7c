"""Lessons 10-14 edit files through the page's editor (issue 19): hints send the learner there, the
solutions are the here-document lines the editor records, and a save from the editor is asked the
lesson's question first, as the same line typed is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.model import all_lessons
from app.settings import Settings
from app.store.sessions import Store
from app.tutor import LessonState
from app.tutor.turn import PROJECT, heredoc_line
from app.web.app import create_app

MODULE = ("live-reload", "copy-vs-bind", "dockerignore", "env", "build-args")
EDITS = re.compile(r"\bsed\s+-i\b|>>")


def _lessons() -> list:  # type: ignore[type-arg]
    found = [lesson for lesson in all_lessons() if lesson.id in MODULE]
    assert len(found) == len(MODULE)
    return found


def test_no_solution_or_hint_of_the_module_edits_a_file_with_sed_or_an_append() -> None:
    for lesson in _lessons():
        assert not [s for s in lesson.solution if EDITS.search(s)], lesson.id
        for hint in lesson.hints:
            for lang in ("en", "ko"):
                assert not EDITS.search(hint.get(lang)), (lesson.id, hint.get(lang))


def test_each_solution_edit_is_the_line_the_editor_records_for_that_content() -> None:
    edits = 0
    for lesson in _lessons():
        for line in lesson.solution:
            head, _, rest = line.partition("\n")
            opened = re.fullmatch(r"cat > (\S+) <<'(EOF\d*)'", head)
            if opened is None:
                continue
            path, delimiter = opened.groups()
            assert rest.endswith("\n" + delimiter)
            content = rest[: -len(delimiter)]
            assert heredoc_line(PROJECT, f"{PROJECT}/{path}", content) == line
            edits += 1
    assert edits == 10


def test_the_hints_name_the_editor() -> None:
    for lesson in _lessons():
        assert any("editor" in h.get("en") for h in lesson.hints), lesson.id
        assert any("편집기" in h.get("ko") or "파일 편집" in h.get("ko") for h in lesson.hints), lesson.id


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = Settings(rate_session=1000.0, rate_client=1000.0)
    return TestClient(create_app(settings, Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def _state(client: TestClient, token: str) -> LessonState:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    return LessonState.loads(store.by_token(token).lesson_state)  # type: ignore[union-attr]


def _logged(client: TestClient, token: str) -> list[str]:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    return [e.line for e in store.events(session.id) if e.kind == "cmd"]


def test_a_save_from_the_editor_is_asked_the_lessons_question_first(client: TestClient) -> None:
    token = client.post("/lessons/dockerignore").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/run", data={"line": "touch .dockerignore"}, headers={"HX-Request": "true"})
    before = _logged(client, token)
    r = client.post(f"/s/{token}/edit", data={"path": ".dockerignore", "content": "node_modules\n"},
                    headers={"HX-Request": "true"})
    assert "the lesson asks what will happen" in r.text
    asked = _state(client, token).asking
    assert asked is not None and asked.line == "cat > .dockerignore <<'EOF'\nnode_modules\nEOF"
    assert _logged(client, token) == before  # nothing saved yet
    client.post(f"/s/{token}/predict", data={"choice": "2"}, headers={"HX-Request": "true"})
    assert _logged(client, token) == [*before, asked.line]
    assert _state(client, token).asking is None
