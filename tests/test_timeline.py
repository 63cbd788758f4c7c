"""Timeline jumps: any earlier command's world can be shown again, as a new entry of the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(rate_session=1000.0), Store(f"sqlite:///{tmp_path}/j.db")),
                      follow_redirects=False)


def post(client: TestClient, token: str, action: str, **form: str) -> int:
    return client.post(f"/s/{token}/{action}", data=form, headers={"HX-Request": "true"}).status_code



def world_volumes(client: TestClient, token: str) -> list[str]:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    return sorted(store.current_world(store.by_token(token)).volumes)  # type: ignore[arg-type]


def log(client: TestClient, token: str) -> list[tuple[str, int, int]]:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    return [(e.kind, e.parent, e.cursor) for e in store.events(store.by_token(token).id)]  # type: ignore[union-attr]


def test_jumping_shows_an_earlier_world_and_is_recorded(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for name in ("one", "two", "three"):
        assert post(client, token, "run", line=f"docker volume create {name}") == 200
    assert post(client, token, "jump", target="1") == 200
    assert world_volumes(client, token) == ["one"]
    menu = client.get(f"/s/{token}").text.split('id="timeline-select"', 1)[1].split("</select>", 1)[0]
    assert '<option value="1" selected>' in menu
    assert post(client, token, "jump", target="3") == 200  # forward again: nothing was lost
    assert world_volumes(client, token) == ["one", "three", "two"]
    assert post(client, token, "jump", target="0") == 200  # the start
    assert world_volumes(client, token) == []
    assert log(client, token) == [("cmd", 0, 1), ("cmd", 1, 2), ("cmd", 2, 3),
                                  ("jump", 3, 1), ("jump", 1, 3), ("jump", 3, 0)]


def test_a_command_after_a_jump_branches_from_there_and_redo_has_nothing_left(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for name in ("one", "two"):
        post(client, token, "run", line=f"docker volume create {name}")
    post(client, token, "undo")
    post(client, token, "jump", target="1")
    post(client, token, "run", line="docker volume create branch")
    assert world_volumes(client, token) == ["branch", "one"]
    before = log(client, token)
    assert post(client, token, "redo") == 200
    assert log(client, token) == before  # a jump clears what undo left to redo
    assert post(client, token, "jump", target="2") == 200  # the other branch is still there
    assert world_volumes(client, token) == ["one", "two"]


@pytest.mark.parametrize("target", ["4", "5", "99", "-1"])
def test_a_jump_to_anything_but_a_command_changes_nothing(client: TestClient, target: str) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    post(client, token, "run", line="docker volume create one")
    post(client, token, "run", line="docker volume create two")
    post(client, token, "undo")  # version 3
    post(client, token, "redo")  # version 4: neither is a command to jump to
    before = log(client, token)
    assert post(client, token, "jump", target=target) == 200
    assert log(client, token) == before
    assert world_volumes(client, token) == ["one", "two"]


def test_a_lessons_setup_is_the_floor_of_a_jump(client: TestClient) -> None:
    r = client.post("/lessons/the-problem")
    assert r.status_code == 303
    token = r.headers["location"].rsplit("/", 1)[1]
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    setup = store.by_token(token).version  # type: ignore[union-attr]
    assert setup > 0  # the lesson starts from its prepared state
    post(client, token, "run", line="docker volume create mine")
    post(client, token, "jump", target="0")
    assert store.by_token(token).cursor == setup  # type: ignore[union-attr]
    assert "mine" not in world_volumes(client, token)
