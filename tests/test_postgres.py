"""PostgreSQL and two `layerlab serve` processes: changes cross processes, writes stay contiguous."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.store.sessions import Store
from tests.pgserver import PgServer, binaries, free_port

ROOT = Path(__file__).parents[1]

if binaries() is None:
    pytest.fail("PostgreSQL binaries are missing: scripts/bootstrap installs Debian's postgresql", pytrace=False)


@pytest.fixture(scope="module")
def pg() -> Iterator[str]:
    server = PgServer()
    url = server.start()
    yield url
    server.stop()


class Proc:
    def __init__(self, url: str) -> None:
        self.port = free_port()
        env = dict(os.environ, LAYERLAB_DATABASE_URL=url, LAYERLAB_PORT=str(self.port),
                   LAYERLAB_RATE_SESSION="1000", LAYERLAB_RATE_CLIENT="1000")
        self.proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], env=env, cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("layerlab serve did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def run(self, token: str, line: str) -> int:
        body = urllib.parse.urlencode({"line": line}).encode()
        req = urllib.request.Request(f"{self.url}/s/{token}/run", data=body, headers={"HX-Request": "true"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def two(pg: str) -> Iterator[tuple[Proc, Proc]]:
    a, b = Proc(pg), Proc(pg)
    yield a, b
    a.stop()
    b.stop()


def new_session(p: Proc) -> str:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(
            urllib.request.Request(f"{p.url}/sessions", data=b"", method="POST"))
    except urllib.error.HTTPError as exc:
        return str(exc.headers["location"]).rsplit("/", 1)[1]
    raise AssertionError("no redirect")


def test_a_command_sent_to_one_process_reaches_a_watcher_on_the_other(two: tuple[Proc, Proc]) -> None:
    a, b = two
    token = new_session(a)
    seen: list[str] = []
    ready = threading.Event()

    def watch() -> None:
        with urllib.request.urlopen(f"{b.url}/s/{token}/events", timeout=20) as stream:
            for raw in stream:
                line = raw.decode().strip()
                if line.startswith("id:"):
                    seen.append(line[3:].strip())
                    ready.set()
                    if line[3:].strip() == "1":
                        return

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    assert ready.wait(10), "the watcher on B got no first message"
    started = time.monotonic()
    assert a.run(token, "docker volume create crossed") == 200
    t.join(10)
    assert "1" in seen, f"the change made on A never reached B's stream: {seen}"
    assert time.monotonic() - started < 5


def test_a_watcher_on_another_process_gets_the_change_as_the_learners_page_was_answered(two: tuple[Proc, Proc]) -> None:
    """The process that took a command sends the change it rendered for the learner's page along
    (store.notify): the other process passes those very bytes on. (Rendered there, the change would
    differ: that process drew the page's version when the stream opened, the writer never did, so its
    answer carries every region.)"""
    a, b = two
    token = new_session(a)
    frames: dict[str, str] = {}
    ready = threading.Event()

    def watch() -> None:
        with urllib.request.urlopen(f"{b.url}/s/{token}/events?since=0", timeout=20) as stream:
            current, data = "", []
            ready.set()
            for raw in stream:
                line = raw.decode().rstrip("\n")
                if line.startswith("id: "):
                    current, data = line[4:], []
                elif line.startswith("data: "):
                    data.append(line[6:])
                elif not line and current:
                    frames[current] = "\n".join(data)
                    if current == "1":
                        return

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    assert ready.wait(10)
    time.sleep(0.5)  # the stream is subscribed
    req = urllib.request.Request(f"{a.url}/s/{token}/run", data=b"line=docker+volume+create+along",
                                 headers={"HX-Request": "true"})
    with urllib.request.urlopen(req, timeout=30) as r:
        answered = r.read().decode()
    t.join(10)
    assert "along" in answered and 'id="images-panel"' in answered  # the writer drew every region
    assert frames.get("1") == answered


def test_a_hundred_concurrent_commands_through_both_processes_stay_contiguous(two: tuple[Proc, Proc], pg: str) -> None:
    a, b = two
    token = new_session(a)
    errors: list[BaseException] = []

    def send(p: Proc, i: int) -> None:
        # (a session's bucket holds bursts of 30 a process: past that a command is refused with 429
        # and a page tries again, as this does; what is checked is that each lands once, in order)
        for _ in range(50):
            try:
                assert p.run(token, f"touch n{i}") == 200
                return
            except urllib.error.HTTPError as exc:
                if exc.code != 429:
                    errors.append(exc)
                    return
                time.sleep(0.05)
            except BaseException as exc:
                errors.append(exc)
                return
        errors.append(RuntimeError(f"touch n{i} refused 50 times"))

    threads = [threading.Thread(target=send, args=((a, b)[i % 2], i)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    store = Store(pg)
    events = store.events(store.by_token(token).id)  # type: ignore[union-attr]
    assert [e.version for e in events] == list(range(1, 101))
    assert sorted(e.line for e in events) == sorted(f"touch n{i}" for i in range(100))
    world = store.current_world(store.by_token(token))  # type: ignore[arg-type]
    assert all(world.host.get(f"/home/learner/feedback-app/n{i}") is not None for i in range(100))
    store.engine.dispose()


def test_the_listener_reconnects_and_resyncs_after_its_connection_drops(pg: str) -> None:
    import psycopg

    from app.store.notify import Listener, psycopg_dsn

    heard: list[tuple[int, int]] = []
    resyncs: list[float] = []
    name = "layerlab-test-listener"  # so that only this listener's connection is cut
    listener = Listener(f"{pg}?application_name={name}", lambda sid, ver: heard.append((sid, ver)),
                        lambda: resyncs.append(time.monotonic()))
    listener.start()
    try:
        assert listener.connected.wait(10)
        with psycopg.connect(psycopg_dsn(pg), autocommit=True) as admin:
            admin.execute("SELECT pg_notify('layerlab', '7:1')")
            deadline = time.monotonic() + 5
            while (7, 1) not in heard and time.monotonic() < deadline:
                time.sleep(0.05)
            assert heard == [(7, 1)] and resyncs == []
            # The listener's connection dies (a restarted database, a network cut): notices sent
            # meanwhile are lost, so once back it must re-sync every stream it serves.
            killed = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE application_name = %s", (name,)).fetchall()
            assert killed == [(True,)]
            deadline = time.monotonic() + 15
            while not resyncs and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(resyncs) == 1, "no re-sync after the connection came back"
            assert listener.connected.wait(5)
            admin.execute("SELECT pg_notify('layerlab', '7:2')")
            deadline = time.monotonic() + 5
            while (7, 2) not in heard and time.monotonic() < deadline:
                time.sleep(0.05)
            assert heard == [(7, 1), (7, 2)]  # and it hears new notices again
    finally:
        listener.stop()



def test_a_watching_process_reads_the_row_and_the_new_events_in_one_query(pg: str) -> None:
    from sqlalchemy import event

    writer, watcher = Store(pg), Store(pg)
    session = writer.create_session("sandbox", seed=3, setup=["ls"])
    sid = session.id or 0
    for line in ("touch a", "docker volume create v"):
        writer.run_command(sid, line)
    statements: list[str] = []
    event.listen(watcher.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert watcher.get_with_log(sid).version == 3
    writer.run_command(sid, "touch b")
    row = watcher.get_with_log(sid)
    assert len(statements) == 2  # one query for each read, the events read along
    assert row.version == 4
    assert watcher.events(sid, row.version) == writer.events(sid, row.version)  # from what was read along
    assert len(statements) == 2
    writer.engine.dispose()
    watcher.engine.dispose()


def test_a_command_read_before_another_process_wrote_is_run_again_on_what_that_wrote(
        pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL a command is written only if its session is still at the version it was read at
    (Store._run_one_unlocked): when another process writes between the read and the write, the
    command is run again on the new state and written after it, never beside it."""
    from app.store import sessions

    a, b = Store(pg), Store(pg)
    sid = a.create_session("sandbox", seed=3).id or 0
    real = sessions.run_engine
    runs: list[str] = []

    def meanwhile(world: object, line: str, answer: str | None) -> object:
        runs.append(line)
        if line == "touch mine" and len(runs) == 1:
            b.run_command(sid, "touch theirs")  # another process writes first
        return real(world, line, answer)  # type: ignore[arg-type]

    monkeypatch.setattr(sessions, "run_engine", meanwhile)
    outcome = a.run_command(sid, "touch mine")
    monkeypatch.setattr(sessions, "run_engine", real)
    # run again from a fresh read (this process replays what the other wrote to get there)
    assert runs[0] == runs[-1] == "touch mine" and runs.count("touch mine") == 2
    events = Store(pg).events(sid)
    assert [(e.version, e.line, e.parent) for e in events] == [(1, "touch theirs", 0), (2, "touch mine", 1)]
    assert outcome.session.version == 2 and outcome.session.cursor == 2
    world = b.current_world(b.get(sid))
    assert world.host.get("/home/learner/feedback-app/theirs") is not None
    assert world.host.get("/home/learner/feedback-app/mine") is not None
    for store in (a, b):
        store.engine.dispose()


def test_quick_work_never_draws_a_postgresql_connection(pg: str) -> None:
    """On the event loop (quick mode, Web.call) PostgreSQL's pool refuses at once, before a
    connection could be opened or waited for: the work runs again on a worker thread. What a process
    has at hand (the log and worlds it keeps) is still read there."""
    from app.store.sessions import QUICK, QUICK_SECONDS, Busy

    store = Store(pg)
    session = store.create_session("sandbox", seed=5)
    sid = session.id or 0
    store.run_command(sid, "touch kept")
    store.events(sid)  # read once: kept at hand
    store.engine.pool.dispose()  # no connection is open now: drawing one would connect
    mark = QUICK.set(time.monotonic() + QUICK_SECONDS)
    try:
        with pytest.raises(Busy):
            store.by_token(session.token)
        with pytest.raises(Busy):
            store.run_command(sid, "touch more")
        assert [e.line for e in store.events(sid, 1)] == ["touch kept"]  # the log this process keeps
    finally:
        QUICK.reset(mark)
    assert store.engine.pool.checkedout() == 0
    assert [e.line for e in Store(pg).events(sid)] == ["touch kept"]  # nothing was written
    store.engine.dispose()


def in_a_loop_of_its_own(work: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run `work` to the end on an event loop of its own thread (the browser tests' driver may hold
    one in the main thread), with its exceptions raised here."""
    import asyncio

    failed: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(work())
        except BaseException as exc:  # raised again below, in the test's thread
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]


def test_a_process_does_not_hear_back_what_its_own_connections_notify(pg: str) -> None:
    """A process's streams have each change it wrote from the route that wrote it: hearing the notice
    (and the frame) back cost a tenth of a command's CPU. Another process's changes are heard."""
    import asyncio
    import time

    from app.store.aio import AsyncStatements
    from app.store.notify import Listener

    mine, theirs = Store(pg), Store(pg)
    sid = mine.create_session("sandbox", seed=3).id or 0
    heard: list[tuple[int, int]] = []
    listener = Listener(pg, lambda s, v: heard.append((s, v)), lambda: None, own=mine.backends)
    listener.start()
    assert listener.connected.wait(10)
    mine.run_command(sid, "touch by-a-worker")  # version 1: through the store's pool

    async def awaited() -> None:  # version 2: through the awaited statements, their backend added
        statements = AsyncStatements(pg, 3.0, own=mine.backends)
        session = await mine.by_token_awaiting(statements, mine.get(sid).token)
        assert session is not None
        outcome = await mine.run_command_awaiting(statements, session, "touch awaited")
        assert outcome is not None and outcome.session.version == 2
        theirs.run_command(sid, "touch by-another-process")  # version 3
        deadline = time.monotonic() + 10
        while not heard and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # (the connections still open: their notices are still their own)
        await statements.close()

    in_a_loop_of_its_own(awaited)
    listener.stop()
    assert heard == [(sid, 3)]
    assert [e.line for e in Store(pg).events(sid)] == ["touch by-a-worker", "touch awaited", "touch by-another-process"]
    mine.engine.dispose()
    theirs.engine.dispose()


def test_an_awaited_command_another_process_wrote_before_is_left_to_the_usual_path(pg: str) -> None:
    """The awaited write (Store.run_command_awaiting) moves the session only from the version it was
    read at: when another process wrote first, nothing is written and the caller runs it the usual way."""
    from app.store.aio import AsyncStatements

    a, b = Store(pg), Store(pg)
    sid = a.create_session("sandbox", seed=3).id or 0
    a.current_world(a.get(sid))  # the world at hand, as after the page was drawn

    async def awaited() -> None:
        statements = AsyncStatements(pg, 3.0)
        session = await a.by_token_awaiting(statements, a.get(sid).token)
        assert session is not None
        other = ("y" if session.token[0] == "x" else "x") + session.token[1:]  # (a token may start with x)
        assert await a.by_token_awaiting(statements, other) is None
        b.run_command(sid, "touch theirs")  # meanwhile
        assert await a.run_command_awaiting(statements, session, "touch mine") is None
        await statements.close()

    in_a_loop_of_its_own(awaited)
    assert [e.line for e in Store(pg).events(sid)] == ["touch theirs"]
    a.engine.dispose()
    b.engine.dispose()


def test_the_listener_and_the_notifier_run_on_the_loop_they_are_started_from(pg: str) -> None:
    """No thread of their own: as threads, every notice and every frame waited for the interpreter
    lock behind the busy event loop, up to the switch interval at each hand-over. A frame handed over
    on the loop or from a route's worker thread reaches a listener in another process whole."""
    import asyncio

    from app.store.notify import Listener, Notifier

    heard: list[tuple[object, ...]] = []
    threads: list[set[str]] = []

    async def work() -> None:
        listener = Listener(pg, lambda s, v: heard.append(("change", s, v)), lambda: None,
                            on_promise=lambda s, v: heard.append(("promise", s, v)),
                            on_frame=lambda *found: heard.append(("frame", *found)))
        notifier = Notifier(pg)
        listener.start(asyncio.get_running_loop())
        notifier.start(asyncio.get_running_loop())
        threads.append({t.name for t in threading.enumerate() if t.name.startswith("layerlab")})
        deadline = time.monotonic() + 10
        while not (listener.connected.is_set() and notifier.own) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        notifier.send(7, 2, 1, "ko", "<p>on the loop</p>")
        await asyncio.to_thread(notifier.send, 7, 3, 2, "en", "<p>from a worker</p>")
        while len(heard) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await notifier.closed()
        await listener.closed()
        assert not notifier.own  # its connection closed, its backend forgotten

    in_a_loop_of_its_own(work)
    assert threads == [set()]
    assert heard == [("frame", 7, 2, 1, "ko", "<p>on the loop</p>"), ("frame", 7, 3, 2, "en", "<p>from a worker</p>")]


def test_an_awaited_line_that_runs_long_says_so_and_writes_nothing(pg: str) -> None:
    """On the loop a line gets the quick deadline: past it the caller hears Overran (and sends the
    line to the slow lane, see web/lanes.py), not just 'not here', and nothing was written."""
    from app.store.aio import AsyncStatements
    from app.store.sessions import Overran

    a = Store(pg)
    sid = a.create_session("sandbox", seed=3).id or 0
    a.current_world(a.get(sid))

    async def awaited() -> None:
        statements = AsyncStatements(pg, 3.0)
        session = await a.by_token_awaiting(statements, a.get(sid).token)
        assert session is not None
        with pytest.raises(Overran):
            await a.run_command_awaiting(statements, session, "seq 999999999")
        assert await a.run_command_awaiting(statements, session, "touch quick") is not None
        await statements.close()

    in_a_loop_of_its_own(awaited)
    assert [e.line for e in Store(pg).events(sid)] == ["touch quick"]
    a.engine.dispose()


def test_the_first_command_after_postgresql_restarts_is_saved() -> None:
    """Every connection a process keeps is broken once PostgreSQL restarts. The command's session
    read finds one so and is sent again on a new connection; the command is written once."""
    server = PgServer()
    url = server.start()
    proc = Proc(url)
    try:
        token = new_session(proc)
        for line in ("touch before", "touch again"):  # a few connections kept
            assert proc.run(token, line) == 200
        server.restart()
        assert proc.run(token, "touch after") == 200
        assert proc.run(token, "ls") == 200
        store = Store(url)
        session = store.by_token(token)
        assert session is not None
        lines = [e.line for e in store.events(session.id, session.version) if e.kind == "cmd"]
        assert lines == ["touch before", "touch again", "touch after", "ls"]
    finally:
        proc.stop()
        server.stop()


def test_a_kept_session_behind_another_process_s_lesson_state_writes_nothing(pg: str) -> None:
    """A process keeps each session as it last wrote it (Store.kept_session), and a learner's next
    command starts from that without reading it. A lesson state another process changed since (a
    question asked before a command, say) does not move the version, so the awaited write also
    checks the lesson state: nothing is written, the kept copy is dropped, and a fresh read decides."""
    from app.store.aio import AsyncStatements

    a, b = Store(pg), Store(pg)
    sid = a.create_session("sandbox", seed=3).id or 0
    token = a.get(sid).token
    a.current_world(a.get(sid))

    async def awaited() -> None:
        statements = AsyncStatements(pg, 3.0)
        assert a.kept_session(token) is None
        read = await a.by_token_awaiting(statements, token)
        assert read is not None and a.kept_session(token) == read
        done = await a.run_command_awaiting(statements, read, "touch first")
        assert done is not None
        kept = a.kept_session(token)
        assert kept == done.session and kept == a.get(sid)  # as the database has it, without reading
        b.change_lesson_state(sid, lambda state: state.update(asking={"index": 0, "line": "touch second"}))
        assert await a.run_command_awaiting(statements, kept, "touch second") is None
        assert a.kept_session(token) is None
        fresh = await a.by_token_awaiting(statements, token)
        assert fresh is not None and '"asking"' in fresh.lesson_state
        await statements.close()

    in_a_loop_of_its_own(awaited)
    assert [e.line for e in Store(pg).events(sid)] == ["touch first"]
    a.engine.dispose()
    b.engine.dispose()


def test_a_learner_s_next_command_is_one_awaited_statement_and_lands_after_another_process_s(pg: str) -> None:
    """On PostgreSQL a command typed on the page is awaited on the event loop: the first reads the
    session and writes, each next one only writes (from the session as the process kept it). When
    another process wrote in between, the write finds the session moved, writes nothing, and the
    command is run on what that process wrote and written after it."""
    from starlette.testclient import TestClient

    from app.settings import Settings
    from app.web.app import create_app

    settings = Settings(database_url=pg, rate_session=1000, rate_client=1000)  # type: ignore[call-arg]
    other = Store(pg)
    with TestClient(create_app(settings, Store(pg)), follow_redirects=False) as client:
        web = client.app.state.web  # type: ignore[attr-defined]
        token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
        assert client.get(f"/s/{token}").status_code == 200
        sent: list[str] = []
        real = web.statements.fetchone

        async def counted(statement: str, params: object, read: bool = False, **more: object) -> object:
            sent.append("read" if read else "write")
            return await real(statement, params, read=read, **more)

        web.statements.fetchone = counted
        for n, line in enumerate(["touch one", "touch two", "touch three"]):
            answer = client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
            assert answer.status_code == 200, answer.text
            assert sent == (["read", "write"] if n == 0 else ["write"]), (line, sent)
            sent.clear()
        sid = other.by_token(token).id or 0  # type: ignore[union-attr]
        other.run_command(sid, "touch theirs")
        answer = client.post(f"/s/{token}/run", data={"line": "touch four"}, headers={"HX-Request": "true"})
        assert answer.status_code == 200, answer.text
        assert sent[0] == "write"  # from the kept session: it writes nothing, then the usual path
        sent.clear()
        assert client.post(f"/s/{token}/run", data={"line": "touch five"},
                           headers={"HX-Request": "true"}).status_code == 200
        assert sent == ["write"]  # kept again from the usual path's write
    events = other.events(sid)
    assert [e.line for e in events[-5:]] == ["touch two", "touch three", "touch theirs", "touch four", "touch five"]
    assert [e.version for e in events] == list(range(1, len(events) + 1))
    other.engine.dispose()


def test_the_lines_of_one_click_are_marked_in_the_log_on_postgresql(pg: str) -> None:
    """A Re-create's lines carry their mark (events.action) through PostgreSQL's own insert
    statements, which name their columns; a line written alone carries none."""
    store = Store(pg)
    sid = store.create_session().id or 0
    store.run_lines(sid, [("touch a", None, "cmd"), ("touch b", None, "cmd")], action="recreate")
    store.run_command(sid, "touch c")
    assert [(e.line, e.action) for e in Store(pg).events(sid)] == [
        ("touch a", "recreate"), ("touch b", "+"), ("touch c", "")]


def test_a_sessions_log_text_is_counted_and_bounded_on_postgresql(pg: str) -> None:
    """The one-statement write (_pg_appended_if) and the transaction's (_i_appended, a snapshot's
    version) both add a command's text to the session's count; past the bound nothing is written."""
    from app.store.sessions import SessionFull

    store = Store(pg, snapshot_every=3)
    store.max_log_bytes = 150_000
    sid = store.create_session().id or 0
    line = "printf 'x%.0s' {1..60000}"
    for _ in range(2):
        store.run_command(sid, line)
    store.run_command(sid, "pwd")  # version 3: a snapshot's, written in the transaction
    fresh = Store(pg).get(sid)
    assert fresh.version == 3 and fresh.log_bytes == sum(len(e.line) + len(e.output) for e in store.events(sid))
    with pytest.raises(SessionFull):
        store.run_command(sid, line)
    assert Store(pg).get(sid).version == 3
