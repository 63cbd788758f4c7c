"""Cross-process change notices on PostgreSQL, and the frames that follow them.

A command's write notifies "session:version" on CHANNEL in the same statement (see the store). When
the writing process is about to render that version's change for the learner's page anyway (a
command typed on a page), the notice says so ("session:version:f") and the rendered change follows on
FRAMES, compressed: a watcher's process then sends it on instead of reading the version back and
rendering it again. A promised frame that does not come within PROMISE_SECONDS (its writer died,
say) is rendered where it is watched, as any other version is. A listener thread per process hands
all of it to the local hub, and re-synchronises after a dropped connection."""

from __future__ import annotations

import base64
import logging
import queue
import threading
import time
import zlib
from collections.abc import Callable

CHANNEL = "layerlab"
FRAMES = "layerlab_frame"
PROMISE_SECONDS = 0.5  # how long watchers elsewhere wait for a promised frame before rendering it
# PostgreSQL refuses a payload of 8,000 bytes or more: a change bigger than that compressed goes out
# as "no frame", and is rendered where it is watched.
MAX_PAYLOAD = 7900
MAX_QUEUED = 4096  # frames waiting for the notifier's thread; past this they are dropped
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


class Listener:
    """LISTEN on a dedicated connection; call on_change(session_id, version) for each notice, or
    on_promise(session_id, version) when a frame was promised with it, and on_frame(session_id,
    version, since, lang, html or None) for each frame (without on_promise and on_frame, a promised
    notice is an ordinary one and frames are not listened to)."""

    def __init__(self, url: str, on_change: Callable[[int, int], None], on_resync: Callable[[], None],
                 on_promise: Callable[[int, int], None] | None = None,
                 on_frame: Callable[[int, int, int, str, str | None], None] | None = None,
                 watched: Callable[[int], bool] | None = None, own: set[int] | None = None) -> None:
        self.dsn = psycopg_dsn(url)
        # backends of this process's connections: what they notify is not heard (the process's own
        # streams had it from the route; hearing it back cost a tenth of a command's CPU on one process)
        self.own = own if own is not None else set()
        self.on_change = on_change
        self.on_resync = on_resync
        self.on_promise = on_promise if on_frame is not None else None
        self.on_frame = on_frame
        self.watched = watched  # whether anyone here watches a session: frames for others are not unpacked
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="layerlab-listen", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import psycopg

        delay = 0.2
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if self.on_frame is not None:
                        conn.execute(f"LISTEN {FRAMES}")
                    self.connected.set()
                    if not first:
                        self.on_resync()  # notices may have been missed while disconnected
                    first = False
                    delay = 0.2
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            if note.pid not in self.own:
                                self._heard(note.channel, note.payload)
            except Exception as exc:  # the connection dropped: wait, reconnect, resync
                self.connected.clear()
                log.warning("listener reconnecting after: %s", type(exc).__name__)
                time.sleep(delay)
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


class Notifier:
    """Sends FRAMES notices from a thread of its own, on a dedicated connection: whoever hands one
    over (the event loop, after answering a command) never waits for the database. Notices handed
    over while one is being sent go out together, in one statement. Those that cannot be sent (the
    connection dropped) are dropped: their watchers render those versions themselves."""

    def __init__(self, url: str, own: set[int] | None = None) -> None:
        self.dsn = psycopg_dsn(url)
        self.own = own if own is not None else set()  # its connection's backend joins these (see Listener)
        # A SimpleQueue, not a deque and an Event: setting an Event takes a lock its waiting thread
        # takes too, and the event loop then waited (up to the interpreter's switch interval, 5 ms)
        # for that thread to let go of it; a SimpleQueue's put never waits. Measured with py-spy at
        # 100 learners on PostgreSQL: Event.set was a tenth of the event loop's samples.
        self._queue: queue.SimpleQueue[tuple[int, int, int | None, str, str] | None] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="layerlab-notify", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._queue.put(None)

    def send(self, session_id: int, version: int, since: int | None, lang: str, html: str) -> None:
        """The change from `since` to `version` (None: drawn from nothing, sent as "no frame"). It is
        compressed on this notifier's thread: zlib lets go of the interpreter while it works, and the
        event loop would then wait for it back behind the worker threads."""
        if self._queue.qsize() < MAX_QUEUED:  # (a notifier that cannot keep up drops: watchers render)
            self._queue.put((session_id, version, since, lang, html))

    def _take(self, timeout: float) -> list[str]:
        """What was handed over: waiting up to `timeout` for the first, then all that is there."""
        out = []
        try:
            item = self._queue.get(timeout=timeout)
            while True:
                if item is not None:
                    out.append(frame_payload(*item))
                item = self._queue.get_nowait()
        except queue.Empty:
            return out

    def _run(self) -> None:
        import psycopg

        delay = 0.2
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True) as conn:
                    backend = conn.info.backend_pid
                    self.own.add(backend)
                    delay = 0.2
                    try:
                        while not self._stop.is_set():
                            batch = self._take(1.0)
                            if batch:
                                conn.execute(f"SELECT pg_notify('{FRAMES}', p) FROM unnest(%s::text[]) AS p", (batch,))
                    finally:
                        self.own.discard(backend)
            except Exception as exc:  # the connection dropped: what was being sent is lost; reconnect
                log.warning("frame notifier reconnecting after: %s", type(exc).__name__)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
