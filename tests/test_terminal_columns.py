"""A terminal line laid out in columns is marked so that a phone keeps it whole (and scrolls the
terminal sideways) rather than wrapping its columns into each other; a sentence is not marked, nor
are layerlab's own notes (the `help` guide), which wrap as prose."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.test_web import new_session, run


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def lines(client: TestClient, token: str) -> dict[str, str]:
    """Each terminal output line's text -> its classes."""
    page = client.get(f"/s/{token}").text
    return {html.unescape(re.sub(r"<[^>]+>", "", text)): classes
            for classes, text in re.findall(r'<div class="(out[^"]*)">(.*?)</div>', page, re.S)}


def test_lines_in_columns_are_marked_and_sentences_are_not(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "help")
    run(client, token, "docker build -t feedback-node .")
    run(client, token, "ls -l")
    run(client, token, "docker run nosuch")
    seen = lines(client, token)
    step = next(t for t in seen if "=> [2/5] WORKDIR /app" in t)
    assert "cols" in seen[step].split()  # BuildKit's progress and its timing column
    rows = [t for t in seen if re.match(r"^[-d]rw", t)]
    assert len(rows) >= 7 and all("cols" in seen[t].split() for t in rows)  # ls -l
    said = next(t for t in seen if "pull access denied" in t)
    assert "cols" not in seen[said].split()
    guide = next(t for t in seen if t.startswith("Images:"))  # layerlab's own guide: prose
    assert "cols" not in seen[guide].split()
    assert "cols" not in seen["total 28"].split()
