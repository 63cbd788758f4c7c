"""A database with no room left to write (a full disk): every write is refused with a 503 that says
so, nothing half-written, what was saved before kept, the log told once, and the next write after room
is made goes through. SQLite is capped with PRAGMA max_page_count, which makes it fail as a full disk
does (SQLITE_FULL, "database or disk is full")."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import event

from app.store.sessions import Store
from tests.test_limits import make, new_session, run, version


def capped(tmp_path: Path) -> tuple[Store, list[int]]:
    """A store whose connections may grow the database only to cap[0] pages (0: no cap)."""
    store = Store(f"sqlite:///{tmp_path}/l.db")
    cap = [0]

    @event.listens_for(store.engine, "checkout")
    def _cap(dbapi_conn, _record, _proxy):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA max_page_count={cap[0] or 1073741823}")
        cur.close()

    return store, cap


def test_a_full_disk_refuses_the_write_says_so_and_keeps_what_was_saved(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store, cap = capped(tmp_path)
    with make(tmp_path, store, rate_session=100_000, rate_client=100_000) as client:
        token = new_session(client)
        assert run(client, token, "echo before > kept.txt").status_code == 200
        saved = version(client, token)
        pages = store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
        cap[0] = int(pages or 1)
        store.engine.dispose()  # (the cap applies from each connection's next checkout)
        big = "x" * 8000
        with caplog.at_level(logging.ERROR, logger="layerlab.web"):
            answers = [run(client, token, f"echo {n} {big} >> big.txt") for n in range(3)]
        assert {a.status_code for a in answers} == {503}, [a.text[:200] for a in answers]
        assert all("disk is full, so nothing was saved. What you did before is kept" in a.text for a in answers)
        told = [r.getMessage() for r in caplog.records if r.name == "layerlab.web"]
        assert len(told) == 1 and told[0].startswith("the database has no room to write: database or disk is full")
        korean = client.post(f"/s/{token}/run", data={"line": f"echo {big} >> big.txt"},
                             headers={"HX-Request": "true", "Accept-Language": "ko"})
        assert korean.status_code == 503 and "서버의 디스크가 가득 차서" in korean.text
        assert version(client, token) == saved  # nothing half-written

        cap[0] = 0
        store.engine.dispose()
        answer = run(client, token, "cat kept.txt")
        assert answer.status_code == 200 and "before" in answer.text
        assert version(client, token) == saved + 1
