"""The store's in-process caches agree with the database, also when another process writes."""

from __future__ import annotations

import threading
from pathlib import Path

from app.store.models import Event, SessionRecord
from app.store.sessions import Store


def test_a_log_read_for_a_row_in_hand_ends_at_that_rows_version(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/a.db")
    session = store.create_session()
    older = store.run_command(session.id, "touch a").session
    store.run_command(session.id, "touch b")
    assert [e.line for e in store.events(older.id, older.version)] == ["touch a"]
    assert [e.line for e in store.events(session.id)] == ["touch a", "touch b"]
    assert all(isinstance(e, Event) for e in store.events(session.id))


def test_another_process_writes_are_read_and_the_cached_log_grows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/b.db"
    here, there = Store(url), Store(url)  # two processes' stores on one database
    session = here.create_session()
    here.run_command(session.id, "touch a")
    assert len(there.events(session.id)) == 1  # `there` caches the log it read
    here.run_command(session.id, "touch b")
    fresh = there.get(session.id)
    assert [e.line for e in there.events(fresh.id, fresh.version)] == ["touch a", "touch b"]
    outcome = there.run_command(session.id, "touch c")
    assert outcome.session.version == 3
    assert [e.version for e in here.events(session.id, 3)] == [1, 2, 3]
    assert here.current_world(here.get(session.id)).host.get("/home/learner/feedback-app/c") is not None


def test_the_rows_handed_out_are_values_that_match_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/c.db"
    store = Store(url)
    session = store.create_session(kind="sandbox", learner="ana")
    after = store.run_command(session.id, "docker volume prune", None)
    assert isinstance(after.session, SessionRecord)
    assert after.session.pending_line == "docker volume prune"  # it asks first
    assert Store(url).get(session.id) == after.session
    answered = store.run_command(session.id, "docker volume prune", "y").session
    assert answered.pending_line is None and answered.version == 1
    assert Store(url).get(session.id) == answered
    assert store.by_token(session.token) == answered and store.by_viewer_token(session.viewer_token) == answered
    assert store.by_token(session.viewer_token) is None


def test_threads_writing_many_sessions_keep_every_log_contiguous(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/d.db")
    sessions = [store.create_session() for _ in range(4)]

    def work(n: int) -> None:
        for i in range(25):
            store.run_command(sessions[(n + i) % 4].id, f"touch f{n}-{i}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fresh = Store(store.url)
    for s in sessions:
        cached, stored = store.events(s.id), fresh.events(s.id)
        assert [e.version for e in cached] == list(range(1, 51))
        assert cached == stored
    assert store._locks == {}  # no writer left: no per-session lock kept (a long-running server would grow)


def test_expired_sessions_leave_no_cached_log_behind(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/e.db")
    session = store.create_session()
    store.run_command(session.id, "touch a")
    assert store.events(session.id)
    assert store.expire(idle_days=-1) == 1
    assert store.events(session.id) == ()


def test_a_commit_that_fails_leaves_nothing_behind_on_any_connection(tmp_path: Path) -> None:
    import sqlite3

    store = Store(f"sqlite:///{tmp_path}/f.db")
    session = store.create_session()
    store.run_command(session.id, "touch kept")

    def down(dbapi_connection: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    store.engine.dialect.do_commit = down  # type: ignore[method-assign]
    try:
        store.run_command(session.id, "touch lost")
    except Exception as exc:
        assert type(exc).__name__ == "OperationalError"
    else:
        raise AssertionError("the failed commit was not reported")
    finally:
        del store.engine.dialect.do_commit
    held = [store.engine.connect() for _ in range(4)]  # every pooled connection, and a new one
    for conn in held:
        raw = conn.connection.driver_connection
        assert not raw.in_transaction  # type: ignore[union-attr]
        assert raw.execute("SELECT version FROM sessions").fetchall() == [(1,)]  # type: ignore[union-attr]
        conn.close()
    elsewhere = Store(store.url)  # another process writes the version the failed command would have had
    assert elsewhere.run_command(session.id, "touch other").session.version == 2
    world = store.current_world(store.get(session.id))  # nothing of the failed command was kept here
    assert world.host.get("/home/learner/feedback-app/other") is not None
    assert world.host.get("/home/learner/feedback-app/lost") is None
    after = store.run_command(session.id, "touch next").session
    assert after.version == 3
    assert [e.line for e in Store(store.url).events(session.id)] == ["touch kept", "touch other", "touch next"]


def sessions_aged(store: Store, ages: dict[str, float]) -> dict[str, int]:
    """Sessions named by `ages`, each last used that many seconds ago."""
    from sqlmodel import Session as DB

    from app.store.models import SessionRow

    ids = {}
    for name, seconds in ages.items():
        sid = store.create_session().id
        with DB(store.engine) as db:
            row = db.get(SessionRow, sid)
            assert row is not None
            row.updated_at -= seconds
            db.add(row)
            db.commit()
        ids[name] = sid
    return ids


def left(store: Store, ids: dict[str, int]) -> list[str]:
    from app.store.sessions import NotFound

    out = []
    for name, sid in ids.items():
        try:
            store.get(sid)
            out.append(name)
        except NotFound:
            pass
    return out


def test_expiry_deletes_sessions_idle_past_the_limit_and_keeps_the_rest(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/x.db")
    ids = sessions_aged(store, {"month": 31 * 86400, "week": 7 * 86400, "hour": 3600, "now": 0})
    store.run_command(ids["month"], "touch a")  # used now: no longer idle
    assert store.expire(idle_days=6) == 1
    assert left(store, ids) == ["month", "hour", "now"]


def test_past_keep_the_least_recently_used_idle_sessions_go_but_never_ones_in_use(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/k.db")
    ids = sessions_aged(store, {"3h": 3 * 3600, "1h": 3600 + 60, "2h": 2 * 3600, "10m": 600, "now": 0, "old": 40 * 86400})
    assert store.expire(idle_days=30, keep=4) == 2  # the one past 30 days, and the least recently used idle one
    assert left(store, ids) == ["1h", "2h", "10m", "now"]
    assert store.expire(idle_days=30, keep=1) == 2  # every idle one goes, oldest first...
    assert left(store, ids) == ["10m", "now"]
    assert store.expire(idle_days=30, keep=0) == 0  # ...but sessions in use stay, however full the store is
    assert left(store, ids) == ["10m", "now"]
    assert store.expire(idle_days=30, keep=0, in_use_seconds=300) == 1
    assert left(store, ids) == ["now"]


def test_the_log_is_copied_back_on_a_thread_of_its_own_and_stays_small(tmp_path: Path) -> None:
    """A commit never checkpoints (it ran on the event loop and froze every page while it copied);
    a thread does, every `every` commits, holding the writers' turn so the copy catches up."""
    store = Store(f"sqlite:///{tmp_path}/c.db")
    checkpointer = store.engine.checkpointer  # type: ignore[attr-defined]
    checkpointer.every = 32
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    session = store.create_session("sandbox")
    wal = tmp_path / "c.db-wal"
    sizes = []
    for i in range(400):
        store.run_command(session.id or 0, f"echo {'x' * 200} {i} > f{i % 7}.txt")
        if i % 50 == 49:
            checkpointer.wait()
            sizes.append(wal.stat().st_size)
    checkpointer.wait()
    assert checkpointer.runs >= 400 // 32 - 1
    assert checkpointer.last_thread not in (None, threading.get_ident())
    busy, frames, copied = checkpointer.last
    assert busy == 0 and frames == copied > 0  # all of it copied: the next writer starts the log again
    # about what 32 commands write, not what 400 do (SQLite starts the log again from its beginning;
    # the file never shrinks, and grows a little when a copy could not reach the end); SQLite's own
    # checkpoints in the commits kept it at 4 MiB
    assert max(sizes) < 2 * 1024 * 1024
    assert store.by_token(session.token).version == 400 + session.version
