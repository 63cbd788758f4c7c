"""The live stream as an ASGI exchange, in-process: what a page's EventSource receives and when."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings
from app.web import stream
from app.web.app import create_app
from app.web.stream import frame


class Reader:
    """A browser's side of one stream: it asks once, then stays until leave()."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self._left = asyncio.Event()
        self._asked = False
        self._news = asyncio.Event()

    async def receive(self) -> dict[str, Any]:
        if not self._asked:
            self._asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await self._left.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: dict[str, Any]) -> None:
        self.messages.append(message)
        self._news.set()

    def leave(self) -> None:
        self._left.set()

    @property
    def body(self) -> str:
        return b"".join(m.get("body", b"") for m in self.messages if m["type"] == "http.response.body").decode()

    async def wait_for(self, text: str, timeout: float = 5.0) -> str:
        async def until() -> None:
            while text not in self.body:
                self._news.clear()
                await self._news.wait()

        await asyncio.wait_for(until(), timeout)
        return self.body

    @property
    def finished(self) -> bool:
        return any(m["type"] == "http.response.body" and not m.get("more_body") for m in self.messages)


def drive(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a test's coroutine on an event loop of its own thread: a browser test earlier in the same
    run may have left its own loop running on this one."""
    failure: list[BaseException] = []

    def body() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # handed to the test's thread
            failure.append(exc)

    worker = threading.Thread(target=body)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]


def scope(path: str, query: str = "", headers: list[tuple[bytes, bytes]] | None = None) -> dict[str, Any]:
    return {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "root_path": "",
            "query_string": query.encode(), "headers": headers or [], "scheme": "http", "http_version": "1.1",
            "server": ("testserver", 80), "client": ("127.0.0.1", 5000), "asgi": {"version": "3.0"}}


@pytest.fixture()
def app(tmp_path: Path) -> Any:
    return create_app(Settings(database_url=f"sqlite:///{tmp_path}/s.db"))


def counting(reads: list[int], read: Callable[[int], Any]) -> Callable[[int], Any]:
    """`read`, noting in `reads` each session it is asked for (to count a stream's database reads)."""

    def counted(session_id: int) -> Any:
        reads.append(session_id)
        return read(session_id)

    return counted


def owner_stream(app: Any, token: str, since: int) -> tuple[Reader, asyncio.Task[Any]]:
    """A reader of the session's own stream, opened at the version its page shows (on the running loop)."""
    reader = Reader()
    return reader, asyncio.create_task(app(scope(f"/s/{token}/events", f"since={since}"), reader.receive, reader.send))


def run(web: Any, session_id: int, line: str) -> int:
    """A command written by this process, announced as the routes announce it."""
    outcome = web.store.run_command(session_id, line)
    web.hub.publish(session_id, outcome.session.version, outcome.session)
    return int(outcome.session.version)


def test_a_stream_opened_at_the_pages_version_sends_only_what_changes(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()
    run(web, session.id, "touch first")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=1"), reader.receive, reader.send))
        await asyncio.sleep(0.2)
        start = reader.messages[0]
        assert start["status"] == 200
        assert (b"content-type", b"text/event-stream; charset=utf-8") in start["headers"]
        assert reader.body == ""  # the page already shows version 1
        version = await asyncio.to_thread(run, web, session.id, "touch second")
        body = await reader.wait_for(f"id: {version}\n")
        assert "second" in body and "hx-swap-oob" in body
        reader.leave()
        await asyncio.wait_for(task, 5)
        assert web.hub.count(session.id) == 0  # the reader left: nothing of it stays subscribed

    drive(main)


def test_after_a_drop_the_stream_resumes_from_the_last_event_the_reader_got(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()
    for name in ("a", "b", "c"):
        run(web, session.id, f"touch {name}")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=0", [(b"last-event-id", b"3")]),
                                       reader.receive, reader.send))
        await asyncio.sleep(0.2)
        assert reader.body == ""  # Last-Event-ID 3 is the newest version: nothing to resend
        reader.leave()
        await asyncio.wait_for(task, 5)

        reader = Reader()
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=1"), reader.receive, reader.send))
        body = await reader.wait_for("id: 3\n")
        assert body.startswith("id: 3\n")  # one frame takes the page from version 1 to 3
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def test_a_quiet_stream_is_kept_open_with_comment_lines(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(stream.serve(web, session, "en", "owner", None, "0", reader.receive, reader.send,
                                                ping=0.05))
        body = await reader.wait_for(": ping\n\n: ping\n\n")
        assert "data:" not in body
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def test_stopping_the_server_ends_every_stream(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        readers = [Reader() for _ in range(3)]
        tasks = [asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=0"), r.receive, r.send))
                 for r in readers]
        await asyncio.sleep(0.2)
        web.hub.close()
        await asyncio.wait_for(asyncio.gather(*tasks), 5)
        assert all(r.finished for r in readers)
        late = Reader()  # one that connects while the server stops ends at once too
        await asyncio.wait_for(app(scope(f"/s/{session.token}/events", "since=0"), late.receive, late.send), 5)
        assert late.finished

    drive(main)


def test_watchers_get_the_read_only_view_and_unknown_tokens_get_404(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()
    run(web, session.id, "touch a")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(app(scope(f"/w/{session.viewer_token}/events"), reader.receive, reader.send))
        body = await reader.wait_for("id: 1\n")
        assert "Watching live" in body and "/undo" not in body
        reader.leave()
        await asyncio.wait_for(task, 5)
        for path in (f"/s/{session.viewer_token}/events", "/w/nope/events", f"/w/{session.token}/events"):
            stranger = Reader()
            await app(scope(path), stranger.receive, stranger.send)
            assert stranger.messages[0]["status"] == 404, path

    drive(main)


def test_frames_split_data_only_where_the_protocol_ends_lines() -> None:
    assert frame("a\nb\r\nc\rd", 7) == b"id: 7\ndata: a\ndata: b\ndata: c\ndata: d\n\n"
    assert frame("x\u2028y", 1) == "id: 1\ndata: x\u2028y\n\n".encode()  # not a line end in SSE
    assert frame("", 2) == b"id: 2\ndata: \n\n"



def test_a_change_from_another_process_is_read_and_rendered_once_for_all_watchers(app: Any, tmp_path: Path) -> None:
    from app.store.sessions import Store

    web = app.state.web
    session = web.store.create_session()
    elsewhere = Store(f"sqlite:///{tmp_path}/s.db")  # a second process on the same database
    reads: list[int] = []
    counted = counting(reads, web.store.get)

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        readers = [Reader() for _ in range(6)]
        tasks = [asyncio.create_task(app(scope(f"/w/{session.viewer_token}/events", "since=0"), r.receive, r.send))
                 for r in readers]
        await asyncio.sleep(0.3)
        web.store.get = counted
        renders = web.renderer.cache.renders
        version = elsewhere.run_command(session.id, "touch shared").session.version
        web.hub.publish(session.id, version)  # as a NOTIFY brings it: no row
        for r in readers:
            assert "shared" in await r.wait_for(f"id: {version}\n")
        assert reads == [session.id]  # one read of the row for six watchers
        assert web.renderer.cache.renders == renders + 1  # and one render
        assert web.pending == {}  # nothing left waiting
        for r in readers:
            r.leave()
        await asyncio.wait_for(asyncio.gather(*tasks), 5)

    drive(main)


def test_a_stream_on_a_process_that_did_not_draw_the_page_still_sends_only_changes(app: Any, tmp_path: Path) -> None:
    web = app.state.web
    drawn_by = create_app(Settings(database_url=f"sqlite:///{tmp_path}/s.db")).state.web  # the other process
    session = drawn_by.store.create_session()
    drawn_by.store.run_command(session.id, "docker build -q -t feedback-node .")
    drawn_by.store.run_command(session.id, "ls")
    shown = drawn_by.store.get(session.id)
    drawn_by.renderer.draw(shown, "en", "owner")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader, task = owner_stream(app, session.token, shown.version)
        await asyncio.sleep(0.3)
        assert reader.body == ""
        version = drawn_by.store.run_command(session.id, "pwd").session.version
        web.hub.publish(session.id, version)  # the news, as a NOTIFY brings it
        body = await reader.wait_for(f"id: {version}\n")
        assert "/home/learner" in body  # the new terminal entry
        assert 'id="images-panel"' not in body  # the images did not change: not sent again
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def commands(body: str) -> list[str]:
    """The terminal entries a frame adds."""
    return re.findall(r'<span class="cmd">([^<]*)</span>', body)


def ids(body: str) -> list[int]:
    """The event ids of a stream's frames, in the order they came."""
    return [int(line[4:]) for line in body.split("\n") if line.startswith("id: ")]


def test_every_version_reaches_the_reader_in_order_across_many_changes_and_a_reconnect(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=0"), reader.receive, reader.send))
        await asyncio.sleep(0.2)
        for n in range(1, 6):  # one change at a time: each must arrive before the next is made
            version = await asyncio.to_thread(run, web, session.id, f"touch file{n}")
            assert version == n
            body = await reader.wait_for(f"id: {n}\n")
            assert f"file{n}" in body.split(f"id: {n}\n", 1)[1]
        assert ids(reader.body) == [1, 2, 3, 4, 5]
        reader.leave()
        await asyncio.wait_for(task, 5)

        # The connection drops after 5; two commands are made meanwhile; the browser comes back
        # with Last-Event-ID 5 and must get both, then each later change on its own.
        for n in (6, 7):
            await asyncio.to_thread(run, web, session.id, f"touch file{n}")
        again = Reader()
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=0", [(b"last-event-id", b"5")]),
                                       again.receive, again.send))
        body = await again.wait_for("id: 7\n")
        assert ids(body) == [7]  # one frame from 5 to 7, not the whole page from 0
        assert commands(body)[-2:] == ["touch file6", "touch file7"]  # the terminal gets what it missed
        assert 'data-version="7"' in body
        for n in (8, 9, 10):
            await asyncio.to_thread(run, web, session.id, f"touch file{n}")
            await again.wait_for(f"id: {n}\n")
        assert ids(again.body) == [7, 8, 9, 10]
        again.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def test_a_watcher_gets_every_version_too(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        task = asyncio.create_task(app(scope(f"/w/{session.viewer_token}/events", "since=0"),
                                       reader.receive, reader.send))
        await asyncio.sleep(0.2)
        for n in range(1, 5):
            await asyncio.to_thread(run, web, session.id, f"mkdir dir{n}")
            await reader.wait_for(f"id: {n}\n")
        assert ids(reader.body) == [1, 2, 3, 4]
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def test_a_change_the_writing_process_rendered_and_sent_along_is_passed_on_without_a_read_or_a_render(
        app: Any, tmp_path: Path) -> None:
    """On PostgreSQL a command's process renders its change for the learner's page and sends it along
    to the others (store.notify): a watcher of that page elsewhere gets those very bytes, neither read
    nor rendered there. A read-only watcher sees another page, and a change from a version the page
    does not show is another change: those are read and rendered here."""
    web = app.state.web
    web.hub.promise_seconds = 30  # (no waiting runs out here, however slow the machine)
    writer = create_app(Settings(database_url=f"sqlite:///{tmp_path}/s.db")).state.web  # the other process
    session = writer.store.create_session()
    writer.store.run_command(session.id, "touch one")
    shown = writer.store.get(session.id)
    writer.renderer.draw(shown, "en", "owner")  # the learner's page: its changes are drawn from here
    reads: list[int] = []
    counted = counting(reads, web.store.get_with_log)

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        owner, viewer = Reader(), Reader()
        tasks = [asyncio.create_task(app(scope(path, f"since={shown.version}"), r.receive, r.send))
                 for r, path in ((owner, f"/s/{session.token}/events"), (viewer, f"/w/{session.viewer_token}/events"))]
        await asyncio.sleep(0.3)
        web.store.get_with_log = counted
        renders = web.renderer.cache.renders
        outcome = writer.store.run_command(session.id, "touch three", promise=True)
        version = outcome.session.version
        web.hub.promise(session.id, version)  # the notice, promising the frame
        await asyncio.sleep(0.1)
        assert f"id: {version}\n" not in owner.body + viewer.body  # they wait for the frame rather than render
        html = writer.renderer.fragments(outcome.session, "en", "owner", shown.version)  # the writer's answer
        web.hub.framed(session.id, version, shown.version, "en", html)
        assert await owner.wait_for(f"id: {version}\n") == frame(html, version).decode()
        assert "three" in owner.body
        assert "three" in await viewer.wait_for(f"id: {version}\n")
        assert reads == [session.id]  # read once: for the viewer
        assert web.renderer.cache.renders == renders + 1
        # a frame from a version the page does not show (the one before it) does not fit it
        outcome = writer.store.run_command(session.id, "touch four", promise=True)
        web.hub.promise(session.id, outcome.session.version)
        stale = writer.renderer.fragments(outcome.session, "en", "owner", shown.version)
        web.hub.framed(session.id, outcome.session.version, shown.version, "en", stale)
        body = await owner.wait_for(f"id: {outcome.session.version}\n")
        assert "four" in body and frame(stale, outcome.session.version).decode() not in body
        assert reads == [session.id] * 2
        for r in (owner, viewer):
            r.leave()
        await asyncio.wait_for(asyncio.gather(*tasks), 5)

    drive(main)


@pytest.mark.parametrize("sent", ["nothing", "no frame", "another language"])
def test_a_promised_frame_that_does_not_come_or_does_not_fit_is_rendered_here(app: Any, tmp_path: Path,
                                                                              sent: str) -> None:
    """The writing process died before sending the frame, or sent "no frame" (too big to notify), or
    rendered the change in a language this watcher does not read: the watcher gets the version anyway,
    rendered here (after the wait for a frame that never comes, or at once)."""
    web = app.state.web
    # (waiting for a frame that never comes takes the whole wait; one that comes, or "no frame", ends
    # it: a long wait there tells the two apart however slow the machine)
    web.hub.promise_seconds = 0.3 if sent == "nothing" else 30
    writer = create_app(Settings(database_url=f"sqlite:///{tmp_path}/s.db")).state.web
    session = writer.store.create_session()
    shown = writer.store.get(session.id)

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader, task = owner_stream(app, session.token, shown.version)
        await asyncio.sleep(0.3)
        outcome = writer.store.run_command(session.id, "touch late", promise=True)
        version = outcome.session.version
        started = asyncio.get_running_loop().time()
        web.hub.promise(session.id, version)
        if sent == "no frame":
            web.hub.framed(session.id, version, shown.version, "en", None)
        elif sent == "another language":
            html = writer.renderer.fragments(outcome.session, "ko", "owner", shown.version)
            web.hub.framed(session.id, version, shown.version, "ko", html)
        body = await reader.wait_for(f"id: {version}\n", timeout=20)
        waited = asyncio.get_running_loop().time() - started
        assert "late" in body and "터미널" not in body  # rendered here, in the reader's language
        assert waited >= 0.3 if sent == "nothing" else waited < 20
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


class Stalled(Reader):
    """A reader whose connection takes the response's start and then nothing more, as a browser
    tab that stopped reading does once its socket's buffers are full."""

    async def send(self, message: dict[str, Any]) -> None:
        if message.get("body"):
            await asyncio.Event().wait()  # never set
        await super().send(message)


async def typed(app: Any, token: str, line: str) -> None:
    """A command typed in the page (an htmx POST), through the app as a server hands it over."""
    body = f"line={line.replace(' ', '+')}".encode()
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()
        return {"type": "http.disconnect"}

    answers: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        answers.append(message)

    post = scope(f"/s/{token}/run", headers=[(b"content-type", b"application/x-www-form-urlencoded"),
                                             (b"hx-request", b"true"), (b"host", b"testserver")])
    post["method"] = "POST"
    await app(post, receive, send)
    assert answers[0]["status"] == 200


def test_a_commands_own_task_sends_its_frame_to_the_streams_that_have_it_at_hand(app: Any) -> None:
    """The frame goes out in the turn of the event loop that answered the command, not at the next."""
    web = app.state.web
    session = web.store.create_session()
    run(web, session.id, "touch first")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        own, own_task = owner_stream(app, session.token, 1)
        other_tab, other_task = owner_stream(app, session.token, 1)
        korean = Reader()
        korean_task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=1&lang=ko"),
                                              korean.receive, korean.send))
        await asyncio.sleep(0.2)
        await typed(app, session.token, "touch second")
        # no turn of the loop since the answer: the streams rendered for in English have it already
        assert ids(own.body) == [2] and ids(other_tab.body) == [2]
        assert "second" in own.body
        assert korean.body == ""  # not rendered in Korean yet: its own task draws it, at its turn
        await korean.wait_for("id: 2\n")
        await asyncio.sleep(0.1)  # the woken streams find their readers have version 2: nothing twice
        assert ids(own.body) == [2] and ids(other_tab.body) == [2] and ids(korean.body) == [2]
        for reader in (own, other_tab, korean):
            reader.leave()
        await asyncio.wait_for(asyncio.gather(own_task, other_task, korean_task), 5)

    drive(main)


def test_a_stalled_reader_holds_up_no_other_stream_and_no_command(app: Any) -> None:
    web = app.state.web
    session = web.store.create_session()
    run(web, session.id, "touch first")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        stalled = Stalled()
        stalled_task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=1"),
                                               stalled.receive, stalled.send))
        readers = [owner_stream(app, session.token, 1) for _ in range(3)]
        await asyncio.sleep(0.2)
        commands = [asyncio.create_task(typed(app, session.token, "touch second"))]
        for reader, _ in readers:
            await reader.wait_for("id: 2\n", timeout=2)
        commands.append(asyncio.create_task(typed(app, session.token, "touch third")))
        for reader, _ in readers:
            await reader.wait_for("id: 3\n", timeout=2)
            assert ids(reader.body) == [2, 3]
        # every command was answered; at most one task waits on the stalled reader
        await asyncio.sleep(0.1)
        assert sum(not task.done() for task in commands) <= 1
        assert web.store.get(session.id).version == 3
        for reader, _ in readers:
            reader.leave()
        stalled.leave()
        stalled_task.cancel()
        for task in commands:
            task.cancel()
        await asyncio.wait_for(asyncio.gather(*(task for _, task in readers)), 5)

    drive(main)


def test_the_owners_other_tab_gets_its_frame_at_once_among_a_room_of_viewers(app: Any) -> None:
    """However many watch-link viewers a room holds (their frame is a render of its own, made once by
    the first of them at its turn), the owner's other tab is sent its frame with the answer."""
    web = app.state.web
    session = web.store.create_session()
    run(web, session.id, "touch first")

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        room = [Reader() for _ in range(8 * stream.HAND_OVER)]
        tasks = [asyncio.create_task(app(scope(f"/w/{session.viewer_token}/events", "since=1"), r.receive, r.send))
                 for r in room]
        tab, tab_task = owner_stream(app, session.token, 1)
        await asyncio.sleep(0.3)
        await typed(app, session.token, "touch second")
        assert ids(tab.body) == [2]  # before the loop turned again
        for viewer in room:
            await viewer.wait_for("id: 2\n")  # the room, at its own turns
        for r in [*room, tab]:
            r.leave()
        await asyncio.wait_for(asyncio.gather(*tasks, tab_task), 5)

    drive(main)
