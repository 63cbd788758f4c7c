"""What the routes share: settings, the store, the tutor, the renderer, the live hub, and how work
that touches the store is run for async code (`Web.call`)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool

from app.settings import Settings
from app.store.aio import AsyncStatements, Late
from app.store.models import SessionRecord
from app.store.notify import Notifier
from app.store.sessions import QUICK, QUICK_SECONDS, Busy, Overran, Store
from app.tutor import Tutor

from .collector import Collector
from .guards import Limits, StreamSeats
from .lanes import SlowLane
from .live import Hub
from .render import Renderer
from .windowlang import WindowLangs

T = TypeVar("T")

# When the request being answered is answered late (by middleware.Guard), on the loop's clock: work
# in the slow lane is given up a little before, so that its answer can say what became of it.
REQUEST_DEADLINE: ContextVar[float | None] = ContextVar("layerlab_request_deadline", default=None)


class Overlong(Late):
    """A terminal line in the slow lane was not done by the request's deadline. `running`: it had
    started, goes on, and its session's pages hear of it once it is written; else it was still
    waiting for its turn behind long lines, and was given up (it never runs). Not the database."""

    def __init__(self, running: bool) -> None:
        super().__init__("running" if running else "waiting")
        self.running = running


class Web:
    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.database_url, settings.snapshot_every, timeout=settings.db_timeout)
        self.store.max_events = settings.max_events  # every route that writes to a log obeys it
        self.tutor = Tutor(self.store)
        self.renderer = Renderer(self.store)
        self.hub = Hub()
        self.collector = Collector(settings.gc_full_seconds)
        self.limits = Limits(settings.rate_session, settings.rate_client)
        self.seats = StreamSeats(settings.streams_per_client)
        self.slow = SlowLane()  # terminal lines that take long (see lanes.py)
        self.window_langs = WindowLangs()  # the language of each session's page, for its app window
        self.last_expiry = 0.0
        self.pending: dict[tuple[object, ...], asyncio.Future[Any]] = {}  # reads and renders streams share, on the loop
        self.background: set[asyncio.Future[Any]] = set()  # tasks nobody awaits, kept until done
        self.notifier: Notifier | None = None  # PostgreSQL: sends rendered changes to other processes
        # PostgreSQL: a command's statements, awaited on the event loop (Store.run_command_awaiting)
        self.statements: AsyncStatements | None = None

    def send_along(self, session: SessionRecord, lang: str, since: int | None, html: str) -> None:
        """The rendered change a command's notice promised to other processes (store.notify): sent
        by the notifier, on its own connection, so this never waits for the database."""
        if self.notifier is not None:
            self.notifier.send(session.id or 0, session.version, since, lang, html)

    async def call(self, fn: Callable[..., T], *args: Any, quick: bool = True, at_hand: bool = False,
                   lane: tuple[str, str] | None = None) -> T:
        """Run work that reads or writes the store (and renders what changed) for async code. The
        work must be one atomic write at most (see `Store.run_lines`): it may be run twice.

        On SQLite, quick work runs right here, on the event loop. A command is about a millisecond
        of CPU either way, and one interpreter lock means a worker thread would not run beside the
        loop anyway. The hop to a worker and back costs a quarter of a millisecond of CPU by itself
        on these machines. Worse, with several workers the one holding SQLite's write lock kept
        losing the interpreter to the others, so at 200 commands a second writes queued behind it
        for 20-50 ms. (A commit here seldom waits on the disk: in WAL mode with synchronous=NORMAL it
        does not sync.)

        Nothing may wait on the loop, though: every other page would wait too. So the work runs there
        in the store's quick mode (`store.QUICK`): a lock held by a worker, a database another process
        is writing, or an engine run longer than `QUICK_SECONDS` stop it with Busy before anything is
        written, and it runs again on a worker thread, where waiting is allowed (up to the store's
        timeout). Work that may take long anyway (`quick=False`: see `tutor.quick_line`) goes straight
        to a worker, where the interpreter still switches back to the loop every few milliseconds. On
        PostgreSQL every statement is a network round trip, which the loop must not wait for: there
        only work the caller expects to find at hand (`at_hand`: the answer to a command this process
        just wrote, a version its streams render from the log and worlds it keeps) starts on the loop,
        and quick mode stops it at its first statement (Busy, from the pool: see store
        _LoopRefusingPool); all other work goes to a worker thread. At 200 learners on two processes,
        sending every render to a worker cost the process taking the commands a fifth more CPU.

        `lane` (a client address and a session's token) marks a terminal line: one that is not quick,
        or whose engine run passes the loop's deadline, goes to the slow lane (lanes.py) instead of
        the shared workers, and the session's next lines start there for a while."""
        if quick and (at_hand or not self.store.postgres):
            mark = QUICK.set(time.monotonic() + QUICK_SECONDS)
            try:
                return fn(*args)
            except Overran:
                if lane is not None:
                    self.slow.ran_long(lane[1])
                    quick = False
            except (Busy, OperationalError):
                pass  # nothing was written: run it where waiting is allowed
            finally:
                QUICK.reset(mark)
        if lane is not None and not quick:
            return await self.in_lane(lane[0], fn, *args)
        return await self.in_thread(fn, *args)

    async def in_lane(self, client: str, fn: Callable[..., T], *args: Any) -> T:
        """fn in the slow lane, not waited for past the request's deadline (Overlong): still waiting
        for its turn then, it never runs; running, it goes on, and what it wrote is announced."""
        started = False

        def turn() -> None:
            nonlocal started
            started = True

        loop = asyncio.get_running_loop()
        timeout = self.settings.request_seconds
        deadline = REQUEST_DEADLINE.get()
        if deadline is not None:
            timeout = max(0.0, min(timeout, deadline - loop.time()))
        task = asyncio.ensure_future(self.slow.run(client, fn, *args, on_turn=turn))
        done, _ = await asyncio.wait((task,), timeout=timeout)
        if not done:
            if started:
                task.add_done_callback(self._announce)
            else:
                task.cancel()
                task.add_done_callback(_consume)
            raise Overlong(started)
        return task.result()

    def _announce(self, task: asyncio.Future[Any]) -> None:
        """A line in the lane done after its request was answered: its session's pages hear of the
        version it wrote (as `actions.answer` would have had them)."""
        if task.cancelled() or task.exception() is not None:
            return
        session = getattr(task.result(), "session", None)
        if isinstance(session, SessionRecord):
            self.hub.publish(session.id or 0, session.version, session)

    async def in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """fn on a worker thread, given up (Late) when it has not finished within the request deadline:
        a database that is frozen rather than down never answers, and the learner must hear so."""
        task = asyncio.ensure_future(run_in_threadpool(fn, *args))
        done, _ = await asyncio.wait((task,), timeout=self.settings.request_seconds)
        if not done:
            task.add_done_callback(_consume)
            raise Late()
        return task.result()

    def keep(self, task: asyncio.Future[Any]) -> None:
        """Hold a task nobody awaits until it is done (the loop keeps only weak references)."""
        self.background.add(task)
        task.add_done_callback(self.background.discard)


def _consume(task: asyncio.Future[Any]) -> None:
    """A task given up on: take its outcome, so it is not reported as never retrieved."""
    if not task.cancelled():
        task.exception()
