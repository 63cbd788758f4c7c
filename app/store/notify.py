"""Cross-process change notices on PostgreSQL, and the frames that follow them.

A command's write notifies "session:version" on CHANNEL in the same statement (see the store). When
the writing process is about to render that version's change for the learner's page anyway (a
command typed on a page), the notice says so ("session:version:f") and the rendered change follows on
FRAMES, compressed: a watcher's process then sends it on instead of reading the version back and
rendering it again. A promised frame that does not come within PROMISE_SECONDS (its writer died,
say) is rendered where it is watched, as any other version is. A listener per process hands all of
it to the local hub, and re-synchronises after a dropped connection.

The listener and the notifier run on the server's event loop, on connections of their own: as
threads, each notice and each frame waited for the interpreter lock behind a busy loop (up to the
switch interval, 5 ms, at every hand-over), and two processes at 200 learners took 17.6 ms from
a command to its frame on the other process at the median (10.5 ms with that interval cut to
0.5 ms, which is what pointed here)."""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import logging
import threading
import zlib
from collections.abc import Callable, Coroutine
from typing import Any

CHANNEL = "layerlab"
FRAMES = "layerlab_frame"
PROMISE_SECONDS = 0.5  # how long watchers elsewhere wait for a promised frame before rendering it
# PostgreSQL refuses a payload of 8,000 bytes or more: a change bigger than that compressed goes out
# as "no frame", and is rendered where it is watched.
MAX_PAYLOAD = 7900
MAX_QUEUED = 4096  # frames waiting for the notifier; past this they are dropped
log = logging.getLogger("layerlab.notify")


def frame_payload(session_id: int, version: int, since: int | None, lang: str, html: str) -> str:
    """A FRAMES payload: whose change it is (session, version, from version `since`, language) and
    the rendered change, compressed; empty ("no frame") when it would not fit, or when it was drawn
    from nothing (`since` None: every region, which a watcher renders as cheaply itself)."""
    head = f"{session_id}:{version}:{since or 0}:{lang}:"
    if since is None:
        return head
    body = base64.b64encode(zlib.compress(html.encode(), 6)).decode()
    return head + body if len(head) + len(body) <= MAX_PAYLOAD else head


def parse_frame(payload: str, wanted: Callable[[int], bool] | None = None) -> tuple[int, int, int, str, str | None] | None:
    """(session, version, since, language, change or None) from a FRAMES payload; None if malformed
    (or for a session `wanted` says nobody here watches: it is not decompressed)."""
    parts = payload.split(":", 4)
    if len(parts) != 5 or not all(p.isdigit() for p in parts[:3]):
        return None
    if wanted is not None and not wanted(int(parts[0])):
        return None
    sid, version, since, lang, body = parts
    try:
        html = zlib.decompress(base64.b64decode(body, validate=True)).decode() if body else None
    except (ValueError, zlib.error):
        return None
    return int(sid), int(version), int(since), lang, html


def psycopg_dsn(url: str) -> str:
    """postgresql+psycopg://u:p@h/db -> postgresql://u:p@h/db (what psycopg.connect takes)."""
    return "postgresql" + url.split("://", 1)[0].split("+", 1)[0][len("postgresql"):] + "://" + url.split("://", 1)[1]


class OnALoop:
    """Work that runs as a task on the event loop it is given (the server's, from its own thread), or
    without one (a script, a test) on a loop in a thread of its own. stop() from any thread. (A loop
    is never guessed: the thread that starts it may have one that is not served, as a browser
    driver's is.)"""

    def __init__(self, name: str) -> None:
        self.name = name
        self._stop = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread: int | None = None  # the thread the loop runs in
        self._task: asyncio.Task[None] | None = None

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        if loop is None:
            threading.Thread(target=asyncio.run, args=(self._on_own_loop(),), name=self.name, daemon=True).start()
        else:
            self._attach(loop)

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop, self.loop_thread = loop, threading.get_ident()
        self._task = loop.create_task(self._quietly(self.serve()), name=self.name)
        if self._stop.is_set():  # (stopped before it started)
            self._task.cancel()

    async def _on_own_loop(self) -> None:
        self._attach(asyncio.get_running_loop())
        assert self._task is not None
        await asyncio.gather(self._task, return_exceptions=True)

    @staticmethod
    async def _quietly(work: Coroutine[Any, Any, None]) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            await work

    def stop(self) -> None:
        self._stop.set()
        loop, task = self.loop, self._task
        if loop is None or task is None or loop.is_closed():
            return
        if threading.get_ident() == self.loop_thread:
            task.cancel()
        else:
            loop.call_soon_threadsafe(task.cancel)

    async def closed(self) -> None:
        """stop(), then wait for the task to end (on the loop it runs on)."""
        self.stop()
        if self._task is not None and self.loop is asyncio.get_running_loop():
            await asyncio.gather(self._task, return_exceptions=True)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    async def serve(self) -> None:
        raise NotImplementedError


class Listener(OnALoop):
    """LISTEN on a dedicated connection; call on_change(session_id, version) for each notice, or
    on_promise(session_id, version) when a frame was promised with it, and on_frame(session_id,
    version, since, lang, html or None) for each frame (without on_promise and on_frame, a promised
    notice is an ordinary one and frames are not listened to). The callbacks run on the event loop;
    on_resync, which reads the database, on a worker thread."""

    def __init__(self, url: str, on_change: Callable[[int, int], None], on_resync: Callable[[], None],
                 on_promise: Callable[[int, int], None] | None = None,
                 on_frame: Callable[[int, int, int, str, str | None], None] | None = None,
                 watched: Callable[[int], bool] | None = None, own: set[int] | None = None) -> None:
        super().__init__("layerlab-listen")
        self.dsn = psycopg_dsn(url)
        # backends of this process's connections: what they notify is not heard (the process's own
        # streams had it from the route; hearing it back cost a tenth of a command's CPU on one process)
        self.own = own if own is not None else set()
        self.on_change = on_change
        self.on_resync = on_resync
        self.on_promise = on_promise if on_frame is not None else None
        self.on_frame = on_frame
        self.watched = watched  # whether anyone here watches a session: frames for others are not unpacked
        self.connected = threading.Event()

    async def serve(self) -> None:
        import psycopg

        delay = 0.2
        first = True
        while not self.stopping:
            try:
                async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True, connect_timeout=5) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if self.on_frame is not None:
                        await conn.execute(f"LISTEN {FRAMES}")
                    self.connected.set()
                    if not first:
                        await asyncio.to_thread(self.on_resync)  # notices may have been missed while disconnected
                    first = False
                    delay = 0.2
                    async for note in conn.notifies():
                        if note.pid not in self.own:
                            self._heard(note.channel, note.payload)
            except Exception as exc:  # the connection dropped: wait, reconnect, resync
                self.connected.clear()
                log.warning("listener reconnecting after: %s", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _heard(self, channel: str, payload: str) -> None:
        if channel == FRAMES:
            found = parse_frame(payload, self.watched)
            if found is not None and self.on_frame is not None:
                self.on_frame(*found)
            return
        sid, ver, flag = (payload.split(":", 2) + [""])[:3]
        if not (sid.isdigit() and ver.isdigit()):
            return
        if flag == "f" and self.on_promise is not None:
            self.on_promise(int(sid), int(ver))
        else:
            self.on_change(int(sid), int(ver))


class Notifier(OnALoop):
    """Sends FRAMES notices on a dedicated connection: whoever hands one over (the route, after
    answering a command; any thread) never waits for the database. Notices handed over while one is
    being sent go out together, in one statement. Those that cannot be sent (the connection dropped)
    are dropped: their watchers render those versions themselves."""

    def __init__(self, url: str, own: set[int] | None = None) -> None:
        super().__init__("layerlab-notify")
        self.dsn = psycopg_dsn(url)
        self.own = own if own is not None else set()  # its connection's backend joins these (see Listener)
        # (a deque's append and popleft are atomic: a route on a worker thread may hand over too)
        self._items: collections.deque[tuple[int, int, int | None, str, str]] = collections.deque()
        self._wake: asyncio.Event | None = None

    def send(self, session_id: int, version: int, since: int | None, lang: str, html: str) -> None:
        """The change from `since` to `version` (None: drawn from nothing, sent as "no frame")."""
        if len(self._items) >= MAX_QUEUED:  # (a notifier that cannot keep up drops: watchers render)
            return
        self._items.append((session_id, version, since, lang, html))
        wake, loop = self._wake, self.loop
        if wake is None or loop is None or wake.is_set():
            return  # (not serving yet: what waits is sent once it is)
        if threading.get_ident() == self.loop_thread:
            wake.set()
        else:
            loop.call_soon_threadsafe(wake.set)

    async def serve(self) -> None:
        import psycopg

        wake = self._wake = asyncio.Event()
        delay = 0.2
        while not self.stopping:
            try:
                async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True, connect_timeout=5) as conn:
                    backend = conn.info.backend_pid
                    self.own.add(backend)
                    delay = 0.2
                    try:
                        while True:
                            if not self._items:
                                await wake.wait()
                            wake.clear()
                            batch = [frame_payload(*self._items.popleft()) for _ in range(len(self._items))]
                            if batch:
                                await conn.execute(f"SELECT pg_notify('{FRAMES}', p) FROM unnest(%s::text[]) AS p",
                                                   (batch,))
                    finally:
                        self.own.discard(backend)
            except Exception as exc:  # the connection dropped: what was being sent is lost; reconnect
                log.warning("frame notifier reconnecting after: %s", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
