"""Live updates: who watches which session, and one render per version however many watch."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

# What a watcher hears: a session's new version, and the row itself when this process wrote it
# (so a stream need not read it back); changes from other processes come without a row.
Update = tuple[int, Any]
CLOSING: Update = (-1, None)  # not a version: the stream should end


class Hub:
    """Subscribers per session; publish() may be called from any thread."""

    def __init__(self) -> None:
        self._subs: dict[int, set[asyncio.Queue[Update]]] = {}
        self._guard = threading.Lock()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closing = False

    def subscribe(self, session_id: int) -> asyncio.Queue[Update]:
        q: asyncio.Queue[Update] = asyncio.Queue(maxsize=64)
        with self._guard:
            self._subs.setdefault(session_id, set()).add(q)
            if self.closing:
                q.put_nowait(CLOSING)
        return q

    def close(self) -> None:
        """The server is stopping: every stream hears CLOSING and ends, so shutdown need not wait for
        watchers to leave (their pages reconnect to the server that comes next)."""
        with self._guard:
            self.closing = True
            queues = [q for subs in self._subs.values() for q in subs]
        if self.loop is not None:
            for q in queues:
                self.loop.call_soon_threadsafe(_offer, q, CLOSING)

    def unsubscribe(self, session_id: int, q: asyncio.Queue[Update]) -> None:
        with self._guard:
            subs = self._subs.get(session_id)
            if subs is not None:
                subs.discard(q)
                if not subs:
                    del self._subs[session_id]

    def sessions(self) -> list[int]:
        with self._guard:
            return list(self._subs)

    def count(self, session_id: int | None = None) -> int:
        with self._guard:
            if session_id is None:
                return sum(len(s) for s in self._subs.values())
            return len(self._subs.get(session_id, ()))

    def publish(self, session_id: int, version: int, row: Any = None) -> None:
        with self._guard:
            queues = list(self._subs.get(session_id, ()))
        if not queues or self.loop is None:
            return
        for q in queues:
            self.loop.call_soon_threadsafe(_offer, q, (version, row))


def _offer(q: asyncio.Queue[Update], update: Update) -> None:
    if q.full():  # a slow watcher only needs the latest version
        with contextlib.suppress(asyncio.QueueEmpty):
            q.get_nowait()
    q.put_nowait(update)


async def newest(q: asyncio.Queue[Update]) -> Update:
    """Wait for an update, then take whatever else is queued: only the newest version matters
    (and CLOSING, once heard, wins)."""
    update = await q.get()
    while not q.empty() and update is not CLOSING:
        later = q.get_nowait()
        if later is CLOSING or later[0] >= update[0]:
            update = later
    return update


class RenderCache:
    """Rendered regions by (session, version, language, role): each version is rendered once."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[tuple[int, int, str, str], dict[str, str]] = OrderedDict()
        self._size = size
        self._guard = threading.Lock()
        self._pending: dict[tuple[int, int, str, str], threading.Lock] = {}
        self.renders = 0

    def peek(self, key: tuple[int, int, str, str]) -> dict[str, str] | None:
        with self._guard:
            return self._items.get(key)

    def get(self, key: tuple[int, int, str, str], make: Callable[[], dict[str, str]]) -> dict[str, str]:
        """The cached render, or make() it; concurrent callers for one key wait for one render."""
        with self._guard:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                return hit
            lock = self._pending.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                hit = self._items.get(key)
            if hit is not None:
                return hit
            value = make()
            with self._guard:
                self.renders += 1
                self._items[key] = value
                self._pending.pop(key, None)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return value
