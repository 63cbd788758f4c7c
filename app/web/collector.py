"""When Python's garbage collector looks at what: young objects soon, the others only in a full pass
every few minutes.

Reference counting frees what a request makes the moment the request is done with it. The collector
is only for objects that refer to one another in a cycle, and a server under load makes few of them:
in a 28 s run of `benchmarks/run.py` with the collector off (200 learners, 1,000 watchers), one pass
at the end found 8,811 such objects among 354,261 alive. But the generational collector walks every
object that survives one pass again in the older generations' passes. A learner's session, its
worlds, renders and its connection outlive several young passes, so with the old generations
collected as usual (GC_THRESHOLDS 20,000/5/10 until this module), passes over 100,000-odd objects
took 40-60 ms every few seconds under that load, and the commands that arrived meanwhile waited:
that was most of the update latency's 99th percentile.

So the young generation is collected as CPython does by default (a pass after 700 more tracked
objects: each takes well under a millisecond), and what survives it is walked again only in a full
pass every `every` seconds (LAYERLAB_GC_FULL_SECONDS), run on the event loop between requests. A
cycle that dies after its young pass waits for that full pass: a few minutes' worth of the few
cycles a server makes. When the process has grown by `GROWTH` bytes since the last full pass, the
next check (every `CHECK_SECONDS`) makes one at once, so a flood of connections that each left a
cycle behind could not pile them up for minutes. What exists when the server starts (modules,
classes, functions: about 100,000 objects) is frozen once and walked by no pass at all.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

YOUNG = 700  # tracked objects made (net of those freed) before a young pass: CPython's default
NEVER = 1 << 30  # the older generations' thresholds: their passes never come by themselves
GROWTH = 256 << 20  # bytes the process may grow by (resident memory) before a full pass comes early
CHECK_SECONDS = 5.0
log = logging.getLogger("layerlab.collector")


def resident_bytes() -> int | None:
    """The process's resident memory, where the system says (Linux); else None."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


class Collector:
    """Sets the collector's thresholds while the server runs (and puts the old ones back when it
    stops) and makes a full pass every `every` seconds on the event loop, or sooner when the process
    grows by `growth` bytes (`resident` tells its size)."""

    def __init__(self, every: float, growth: int = GROWTH,
                 resident: Callable[[], int | None] = resident_bytes) -> None:
        self.every = every
        self.growth = growth
        self.resident = resident
        self.full_passes = 0
        self.longest_ms = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._before: tuple[int, int, int] | None = None
        self._last_full = time.monotonic()  # when the last full pass was made (or the collector was made)
        self._size_after = resident()  # the process's size after it

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        # Once per process: an app started again in the same process, as tests do, would freeze
        # whatever the last one left.
        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()
        self._before = gc.get_threshold()
        gc.set_threshold(YOUNG, NEVER, NEVER)
        self._last_full, self._size_after = time.monotonic(), self.resident()
        self._timer = loop.call_later(min(CHECK_SECONDS, self.every), self._check, loop)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._before is not None:
            gc.set_threshold(*self._before)
            self._before = None

    def full_pass(self) -> int:
        """Collect every generation now; the number of objects found unreachable."""
        started = time.perf_counter()
        found = gc.collect()
        took = (time.perf_counter() - started) * 1000
        self.full_passes += 1
        self.longest_ms = max(self.longest_ms, took)
        self._last_full = time.monotonic()
        self._size_after = self.resident()
        log.info("full collection: %d unreachable objects, %.1f ms", found, took)
        return found

    def due(self) -> bool:
        """Whether a full pass is due: `every` seconds since the last, or the process has grown by
        `growth` bytes since."""
        if time.monotonic() - self._last_full >= self.every:
            return True
        size = self.resident()
        return size is not None and self._size_after is not None and size - self._size_after >= self.growth

    def _check(self, loop: asyncio.AbstractEventLoop) -> None:
        if self.due():
            self.full_pass()
        self._timer = loop.call_later(min(CHECK_SECONDS, self.every), self._check, loop)
