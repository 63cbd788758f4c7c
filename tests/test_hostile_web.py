"""Requests crafted against the web app, in-process: cookies a client writes itself are believed only
when they look like what the server gives out."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.web.deps import LEARNER_COOKIE, LEARNER_ID
from tests.test_limits import make


def start(client: TestClient, learner: str | None) -> tuple[str, str]:
    """A new session sent with this learner cookie (None: none): the learner stored with it, and the
    one the answer's cookie gives the browser."""
    client.cookies.clear()
    headers = {"cookie": f"{LEARNER_COOKIE}={learner}"} if learner is not None else {}
    answer = client.post("/sessions", headers=headers)
    assert answer.status_code == 303
    token = answer.headers["location"].rsplit("/", 1)[1]
    found = client.app.state.web.store.by_token(token)  # type: ignore[attr-defined]
    assert found is not None
    return str(found.learner), answer.cookies[LEARNER_COOKIE]


def test_a_learner_cookie_the_server_never_gave_is_not_stored(tmp_path: Path) -> None:
    with make(tmp_path, rate_client=100_000) as client:
        for crafted in ("x" * 60_000, "a" * 15, "a b;c" * 8):
            # it was stored with each session the client started, in an indexed column
            stored, given = start(client, crafted)
            assert LEARNER_ID.fullmatch(stored) and len(stored) == 32
            assert given == stored  # the browser is given a real one
        client.cookies.clear()
        assert client.get("/", headers={"cookie": f"{LEARNER_COOKIE}={'x' * 60_000}"}).status_code == 200


def test_a_learner_cookie_the_server_gave_goes_on_counting(tmp_path: Path) -> None:
    with make(tmp_path, rate_client=100_000) as client:
        first, _ = start(client, None)
        assert start(client, first) == (first, first)
        client.cookies.clear()
        moved = client.get(f"/me/{first}")  # a progress link, as before
        assert moved.status_code == 303 and moved.cookies[LEARNER_COOKIE] == first
