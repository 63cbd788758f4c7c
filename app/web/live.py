"""Live updates: who watches which session, and one render per version however many watch."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

from app.caches import Bounded, MiB, text_size
from app.store.notify import PROMISE_SECONDS

# What a watcher hears: a session's new version, and the row itself when this process wrote it
# (so a stream need not read it back); changes from other processes come without a row.
Update = tuple[int, Any]
CLOSING: Update = (-1, None)  # not a version: the stream should end
FANOUT_CHUNK = 32  # streams woken by one change in one turn of the event loop (see Hub._offer)


class Watch:
    """One stream's mailbox: the newest update it has not taken yet, and what wakes it.

    An idle classroom is hundreds of these, so a watch is small: no queue, no task of its own, one
    future while its stream waits. Only the newest version matters to a page, so a newer update
    replaces an older one that was not taken yet (and CLOSING, once offered, stays)."""

    __slots__ = ("_wake", "reader", "update")

    def __init__(self) -> None:
        self.update: Update | None = None
        self._wake: asyncio.Future[None] | None = None
        self.reader: Any = None  # what its stream has sent and how it sends (stream.Reader)

    def offer(self, update: Update) -> None:
        """On the event loop."""
        held = self.update
        if held is not CLOSING and (held is None or update is CLOSING or update[0] >= held[0]):
            self.update = update
        self.poke()

    def poke(self) -> None:
        """Wake the stream (to take an update, or to notice its reader left)."""
        wake = self._wake
        if wake is not None and not wake.done():
            wake.set_result(None)

    async def next(self, timeout: float) -> Update | None:
        """The newest update, waiting up to `timeout` seconds for one; None when none came (or the
        stream was poked for another reason)."""
        if self.update is None:
            loop = asyncio.get_running_loop()
            wake = self._wake = loop.create_future()
            timer = loop.call_later(timeout, _settle, wake)
            try:
                await wake
            finally:
                timer.cancel()
                self._wake = None
        update, self.update = self.update, None
        return update


def frame(data: str, event_id: int) -> bytes:
    """One SSE event. Only CR, LF and CRLF end a line in the protocol, so only they split data."""
    lines = data.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\ndata: ")
    return f"id: {event_id}\ndata: {lines}\n\n".encode()


def _settle(wake: asyncio.Future[None]) -> None:
    if not wake.done():
        wake.set_result(None)


class Hub:
    """The watches of each session. publish() may be called from any thread; everything else, and
    every offer, happens on the event loop."""

    def __init__(self, promise_seconds: float = PROMISE_SECONDS) -> None:
        self._subs: dict[int, set[Watch]] = {}
        self._guard = threading.Lock()  # sessions() and count() may be asked from other threads
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closing = False
        # Changes another process rendered and sent (store.notify), as the SSE frames that carry
        # them, by (session, version, language, the version they go from); and the versions whose
        # frame was promised, with the timer that gives up waiting for it.
        self.frames: Bounded[tuple[int, int, str, int], bytes] = Bounded(1024, 16 * MiB, len)
        self._promised: dict[tuple[int, int], asyncio.TimerHandle] = {}
        self.promise_seconds = promise_seconds

    def subscribe(self, session_id: int) -> Watch:
        watch = Watch()
        with self._guard:
            self._subs.setdefault(session_id, set()).add(watch)
        if self.closing:
            watch.offer(CLOSING)
        return watch

    def unsubscribe(self, session_id: int, watch: Watch) -> None:
        with self._guard:
            subs = self._subs.get(session_id)
            if subs is not None:
                subs.discard(watch)
                if not subs:
                    del self._subs[session_id]

    def close(self) -> None:
        """The server is stopping: every stream hears CLOSING and ends, so shutdown need not wait for
        watchers to leave (their pages reconnect to the server that comes next)."""
        self.closing = True
        if self.loop is not None:
            self._on_loop(self._close_all)

    def _close_all(self) -> None:
        for watch in self._watches():
            watch.offer(CLOSING)

    def sessions(self) -> list[int]:
        with self._guard:
            return list(self._subs)

    def count(self, session_id: int | None = None) -> int:
        with self._guard:
            if session_id is None:
                return sum(len(s) for s in self._subs.values())
            return len(self._subs.get(session_id, ()))

    def publish(self, session_id: int, version: int, row: Any = None) -> None:
        if self.loop is not None and session_id in self._subs:
            self._on_loop(self._deliver, session_id, (version, row))

    def announce(self, session_id: int, version: int, row: Any) -> list[Watch]:
        """publish(), on the event loop, giving the watches woken: their streams take the update at the
        loop's next turn, and the caller may hand some of them their frame sooner (stream.hand_over)."""
        if self.loop is None or session_id not in self._subs:
            return []
        watches = self._watches(session_id)
        self._offer(watches, 0, (version, row))
        return watches

    def watched(self, session_id: int) -> bool:
        """Whether a stream here watches the session. Any thread."""
        return session_id in self._subs

    def promise(self, session_id: int, version: int) -> None:
        """Another process wrote this version and will send its rendered change: the watchers here
        hear of it with the frame (`framed`), or after `promise_seconds` without it. Any thread."""
        if self.loop is not None and session_id in self._subs:
            self._on_loop(self._await_frame, session_id, version)

    def _await_frame(self, session_id: int, version: int) -> None:
        assert self.loop is not None
        if (session_id, version) not in self._promised:
            self._promised[(session_id, version)] = self.loop.call_later(
                self.promise_seconds, self._frame_late, session_id, version)

    def _frame_late(self, session_id: int, version: int) -> None:
        self._promised.pop((session_id, version), None)
        self._deliver(session_id, (version, None))

    def framed(self, session_id: int, version: int, since: int, lang: str, html: str | None) -> None:
        """The rendered change from `since` to `version` another process sent (None: it sent none,
        render it here). Any thread."""
        if self.loop is not None and session_id in self._subs:
            self._on_loop(self._framed, session_id, version, since, lang, html)

    def _framed(self, session_id: int, version: int, since: int, lang: str, html: str | None) -> None:
        timer = self._promised.pop((session_id, version), None)
        if timer is not None:
            timer.cancel()
        if html is not None:
            self.frames.put((session_id, version, lang, since), frame(html, version))
        self._deliver(session_id, (version, None))

    def _deliver(self, session_id: int, update: Update) -> None:
        self._offer(self._watches(session_id), 0, update)

    def _offer(self, watches: list[Watch], start: int, update: Update) -> None:
        """Wake FANOUT_CHUNK streams, and the next ones at the loop's next turn. Woken at once, a room
        of 500 watching one instructor took the loop for 40 ms at each of the instructor's commands,
        and every learner's command that came meanwhile waited behind it; a turn of the loop reads
        what arrived before it runs what is ready."""
        end = start + FANOUT_CHUNK
        for watch in watches[start:end]:
            watch.offer(update)
        if end < len(watches):
            assert self.loop is not None
            self.loop.call_soon(self._offer, watches, end, update)

    def _watches(self, session_id: int | None = None) -> list[Watch]:
        with self._guard:
            if session_id is None:
                return [w for subs in self._subs.values() for w in subs]
            return list(self._subs.get(session_id, ()))

    def _on_loop(self, fn: Callable[..., None], *args: Any) -> None:
        """Run fn now when already on the loop (a route's announcement), else hand it over once
        (however many watch: one wake-up of the loop, not one per watcher)."""
        assert self.loop is not None
        try:
            here = asyncio.get_running_loop() is self.loop
        except RuntimeError:
            here = False
        if here:
            fn(*args)
        else:
            self.loop.call_soon_threadsafe(fn, *args)


class RenderCache:
    """Rendered regions by (session, version, language, role): each version is rendered once.
    Bounded in entries and in bytes (`caches.Bounded`)."""

    def __init__(self, size: int = 256, max_bytes: int = 128 * MiB) -> None:
        self._items: Bounded[tuple[int, int, str, str], dict[str, str]] = Bounded(size, max_bytes, text_size)
        self._guard = threading.Lock()
        self._pending: dict[tuple[int, int, str, str], threading.Lock] = {}
        self.renders = 0

    @property
    def bytes(self) -> int:
        return self._items.bytes

    def __len__(self) -> int:
        return len(self._items)

    def peek(self, key: tuple[int, int, str, str]) -> dict[str, str] | None:
        return self._items.peek(key)

    def get(self, key: tuple[int, int, str, str], make: Callable[[], dict[str, str]]) -> dict[str, str]:
        """The cached render, or make() it; concurrent callers for one key wait for one render."""
        hit = self._items.get(key)
        if hit is not None:
            return hit
        with self._guard:
            lock = self._pending.setdefault(key, threading.Lock())
        with lock:
            hit = self._items.peek(key)
            if hit is not None:
                return hit
            value = make()
            with self._guard:
                self.renders += 1
                self._pending.pop(key, None)
            self._items.put(key, value)
        return value
