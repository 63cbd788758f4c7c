"""The slow lane: terminal lines that take long run here, one at a time, the clients waiting taking turns.

A line's engine work is bounded (app/engine/budget.py), but a bound of a tenth of a second is still
a hundred ordinary commands. Such a line used to start on the event loop, run there until its
deadline (store.QUICK_SECONDS), then go to the worker threads every request shares (three: see
app.py). One client sending one-word heavy lines (`seq 999999999`) from five sessions at once held
all three workers and took the loop for 20 ms at each: another learner's `ls` took 750 ms, and a
page's reads waited behind it too. Here such lines queue apart, one thread runs them, and each
client address waiting gets its turn in order: the others' commands and pages keep the loop and the
shared workers, and one client's pile of heavy lines delays only that client.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")

REMEMBERED = 10_000  # sessions whose last line ran long, remembered (newest kept)
HEAVY_FOR = 60.0  # seconds a session whose line ran long starts its lines here


class SlowLane:
    """`slots` threads for long work; waiting work is queued per client, served round-robin.
    Everything but the thread's own work happens on the event loop."""

    def __init__(self, slots: int = 1) -> None:
        self.slots = slots
        self.running = 0
        self._limiter = anyio.CapacityLimiter(slots)
        self._waiting: OrderedDict[str, deque[asyncio.Future[None]]] = OrderedDict()
        self._ran_long: OrderedDict[str, float] = OrderedDict()

    def ran_long(self, key: str) -> None:
        """A line of this session ran past the loop's deadline: its next ones start here."""
        self._ran_long[key] = time.monotonic()
        self._ran_long.move_to_end(key)
        while len(self._ran_long) > REMEMBERED:
            self._ran_long.popitem(last=False)

    def runs_long(self, key: str) -> bool:
        when = self._ran_long.get(key)
        return when is not None and time.monotonic() - when < HEAVY_FOR

    def waiting(self, client: str | None = None) -> int:
        if client is not None:
            return len(self._waiting.get(client, ()))
        return sum(len(q) for q in self._waiting.values())

    async def run(self, client: str, fn: Callable[..., T], *args: Any,
                  on_turn: Callable[[], None] | None = None) -> T:
        """fn(*args) on the lane's thread once it is this client's turn (`on_turn` is called then, on
        the loop). Cancelled while waiting, it never runs; cancelled while running, the thread
        finishes first (its turn ends then)."""
        await self._turn(client)
        if on_turn is not None:
            on_turn()
        try:
            return await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)
        finally:
            self._next()

    async def _turn(self, client: str) -> None:
        if self.running < self.slots and not self._waiting:
            self.running += 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(client, deque()).append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self._next()  # the turn came as the wait was given up: pass it on
            else:
                self._forget(client, turn)
            raise

    def _forget(self, client: str, turn: asyncio.Future[None]) -> None:
        queue = self._waiting.get(client)
        if queue is not None and turn in queue:
            queue.remove(turn)
            if not queue:
                del self._waiting[client]

    def _next(self) -> None:
        """A slot is free: the client first in line gets it, then goes to the back of the line."""
        while self._waiting:
            client, queue = next(iter(self._waiting.items()))
            turn = queue.popleft()
            del self._waiting[client]
            if queue:
                self._waiting[client] = queue
            if not turn.done():
                turn.set_result(None)
                return
        self.running -= 1
