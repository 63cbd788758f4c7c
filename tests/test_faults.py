"""Faults of the database under a learner's command, injected in-process: a database gone read-only,
and a commit that fails after the engine ran. Nothing accepted is lost, nothing refused is half
written, the page and the log agree, and the learner reads what is true."""

from __future__ import annotations

import logging
import sqlite3
import sqlite3.dbapi2
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import event

from app.store.sessions import Store
from tests.test_limits import make, new_session, run, version


def test_a_read_only_database_is_told_as_read_only_and_keeps_what_was_saved(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = Store(f"sqlite:///{tmp_path}/l.db")
    reading = [False]

    @event.listens_for(store.engine, "checkout")
    def _mode(dbapi_conn, _record, _proxy):  # type: ignore[no-untyped-def]
        # SQLITE_READONLY, as a database file or disk made read-only gives it
        dbapi_conn.execute(f"PRAGMA query_only={int(reading[0])}")

    with make(tmp_path, store, rate_session=100_000, rate_client=100_000) as client:
        token = new_session(client)
        assert run(client, token, "echo before > kept.txt").status_code == 200
        saved = version(client, token)
        reading[0] = True
        store.engine.dispose()
        with caplog.at_level(logging.ERROR, logger="layerlab.web"):
            answers = [run(client, token, "echo after > kept.txt") for _ in range(2)]
        # it was "not answering right now ... try again in a moment": it answers, and refuses
        assert {a.status_code for a in answers} == {503}
        assert all("database is read-only right now, so nothing was saved. What you did before is kept"
                   in a.text.replace("&#39;", "'") for a in answers)
        told = [r.getMessage() for r in caplog.records if r.name == "layerlab.web"]
        assert told == ["the database is read-only: attempt to write a readonly database"]
        korean = client.post(f"/s/{token}/run", data={"line": "pwd"},
                             headers={"HX-Request": "true", "Accept-Language": "ko"})
        assert korean.status_code == 503 and "데이터베이스가 읽기 전용이라" in korean.text
        assert version(client, token) == saved
        assert "echo after" not in client.get(f"/s/{token}").text

        reading[0] = False
        store.engine.dispose()
        answer = run(client, token, "cat kept.txt")
        assert answer.status_code == 200 and "before" in answer.text and "after" not in answer.text
        assert version(client, token) == saved + 1


class _FailingCommits(sqlite3.Connection):
    """A connection whose commits fail while `failing` says so: the transaction is rolled back and
    the commit raises SQLITE_IOERR, as a disk that fails under a write makes SQLite do."""

    failing: ClassVar[list[int]] = [0]  # commits still to fail

    def commit(self) -> None:
        if self.in_transaction and _FailingCommits.failing[0] > 0:
            _FailingCommits.failing[0] -= 1
            self.rollback()
            raise sqlite3.OperationalError("disk I/O error")
        super().commit()


def test_a_commit_that_fails_after_the_engine_ran_writes_nothing_and_once_it_passes_writes_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    connect = sqlite3.dbapi2.connect  # (what SQLAlchemy's driver calls)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", lambda *a, **k: connect(*a, **k, factory=_FailingCommits))
    store = Store(f"sqlite:///{tmp_path}/l.db")
    with make(tmp_path, store, rate_session=100_000, rate_client=100_000) as client:
        token = new_session(client)
        saved = version(client, token)

        _FailingCommits.failing[0] = 10**6  # every commit, wherever the command runs
        refused = run(client, token, "echo lost > f.txt")
        assert refused.status_code == 503 and "nothing was saved" in refused.text
        assert version(client, token) == saved
        assert "echo lost" not in client.get(f"/s/{token}").text

        # one commit: a short command tried on the event loop runs again on a worker and is written
        _FailingCommits.failing[0] = 1
        answer = run(client, token, "echo kept > f.txt")
        assert answer.status_code == 200
        assert version(client, token) == saved + 1  # written once
        _FailingCommits.failing[0] = 0
        after = run(client, token, "ls f.txt; cat f.txt")
        assert after.status_code == 200 and "kept" in after.text and "lost" not in after.text
