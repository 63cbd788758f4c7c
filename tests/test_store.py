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
