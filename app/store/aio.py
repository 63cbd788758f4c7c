"""PostgreSQL from the event loop itself, for the statements of a learner's command (the write, and
the session read for its token when the process does not keep it): awaited on a few connections of their own, so the command needs
no worker thread (see Store.run_command_awaiting for why that matters)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.exc import DBAPIError

from .notify import psycopg_dsn

log = logging.getLogger("layerlab.aio")
_closing: set[asyncio.Future[None]] = set()  # connections being closed (the loop keeps only weak references)


class Late(Exception):
    """Work did not finish in time: a request past its deadline (LAYERLAB_DB_TIMEOUT, doubled), or a
    statement sent that no answer came for. Whether it was done is unknown, so nothing may run it
    again: the learner reads that it may not have been saved."""


class AsyncStatements:
    """Up to `size` connections in autocommit, opened when first needed. A statement that finds them
    all in use waits for one (on the loop: nothing else waits), up to the timeout (then Busy, and the
    caller takes the usual path). With fewer, or with the caller sent to a worker when none was
    free, half the commands at 200 learners went the usual way after a wasted read."""

    def __init__(self, url: str, timeout: float, size: int = 8, own: set[int] | None = None) -> None:
        self.dsn = psycopg_dsn(url)
        self.own = own if own is not None else set()  # its connections' backends (see notify.Listener)
        self.timeout = timeout
        self.size = size
        self._idle: list[Any] = []
        self._open = 0
        self._freed: asyncio.Condition | None = None
        self.closed = False

    async def _take(self) -> Any | None:
        """An idle connection, or None when a new one may be opened; Busy past the timeout."""
        from .sessions import Busy

        if self._freed is None:
            self._freed = asyncio.Condition()
        async with self._freed:
            try:
                await asyncio.wait_for(self._freed.wait_for(lambda: bool(self._idle) or self._open < self.size),
                                       self.timeout)
            except TimeoutError:
                raise Busy("the database") from None
            if self._idle:
                return self._idle.pop()
            self._open += 1
            return None

    async def _release(self, conn: Any | None) -> None:
        """A connection back (None: one fewer open), and a waiting statement told."""
        if conn is not None:
            self._idle.append(conn)
        else:
            self._open -= 1
        if self._freed is not None:
            async with self._freed:
                self._freed.notify()

    async def _connect(self) -> Any:
        import psycopg

        ms = max(1, int(self.timeout * 1000))
        conn = await psycopg.AsyncConnection.connect(
            self.dsn, autocommit=True, connect_timeout=max(1, round(self.timeout)), tcp_user_timeout=ms,
            options=f"-c statement_timeout={ms} -c lock_timeout={ms}")
        self.own.add(conn.info.backend_pid)
        return conn

    async def fetchone(self, sql: str, params: Any, read: bool = False,
                       made: tuple[str, Any] | None = None) -> tuple[Any, ...] | None:
        """The statement's first row (None: no row), or Busy when no connection was free or could be
        opened within the timeout (nothing was sent). The driver's errors are raised as SQLAlchemy raises them (OperationalError: the
        page says the database is not answering); no answer within the timeout is `Late`.

        A `read` (a statement that changes nothing) that finds its kept connection broken, as every
        kept connection is after PostgreSQL restarts, is sent again once on a new connection, the
        other kept ones dropped: the first command after a restart used to fail ("the database is
        not answering") though the database was back. A write may be sent again so too when `made`
        is a read that finds what it wrote (a row only it writes): if that finds it, the write was
        done before the connection broke, and what `made` found is the answer."""
        import psycopg

        from .sessions import Busy

        if self.closed:
            raise Busy("the database")
        conn = await self._take()
        kept = conn is not None
        if conn is None:
            try:
                conn = await asyncio.wait_for(self._connect(), self.timeout)
            except BaseException as exc:
                await self._release(None)
                if isinstance(exc, psycopg.Error):
                    raise DBAPIError.instance(None, None, exc, psycopg.Error) from exc
                if isinstance(exc, (TimeoutError, OSError)):
                    raise Busy("the database") from exc  # nothing was sent
                raise
        try:
            cur = await asyncio.wait_for(conn.execute(sql, params), self.timeout)
            row = await cur.fetchone()
        except BaseException as exc:
            # the connection's state is unknown (a statement in flight, a dropped server): not reused
            await self._release(None)
            closing = asyncio.ensure_future(_close(conn, self.own))
            _closing.add(closing)
            closing.add_done_callback(_closing.discard)
            if kept and (read or made is not None) and isinstance(exc, psycopg.OperationalError) and conn.broken:
                return await self._again(sql, params, made, type(exc).__name__)
            if isinstance(exc, psycopg.Error):
                raise DBAPIError.instance(sql, params, exc, psycopg.Error) from exc
            if isinstance(exc, TimeoutError):
                raise Late() from exc
            raise
        if self.closed:
            await self._release(None)
            await _close(conn, self.own)
        else:
            await self._release(conn)
        return row  # type: ignore[no-any-return]

    async def _again(self, sql: str, params: Any, made: tuple[str, Any] | None, why: str) -> tuple[Any, ...] | None:
        """A statement sent on a kept connection found broken, sent again once on a new one (see
        fetchone), unless `made` finds that the write was done."""
        log.warning("a kept database connection was broken (%s): sending the statement again on a new one%s",
                    why, ", if it was not done" if made is not None else "")
        await self._drop_idle()
        if made is not None:
            found = await self.fetchone(*made, read=True)
            if found is not None:
                return found
        return await self.fetchone(sql, params)

    async def _drop_idle(self) -> None:
        """Close every kept connection (one was found broken: so are the others, as a rule)."""
        stale, self._idle = self._idle, []
        for old in stale:
            await self._release(None)
            await _close(old, self.own)

    async def close(self) -> None:
        self.closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            self._open -= 1
            await _close(conn, self.own)


async def _close(conn: Any, own: set[int] | None = None) -> None:
    if own is not None:
        own.discard(conn.info.backend_pid)
    try:
        await asyncio.wait_for(conn.close(), 1.0)
    except Exception:  # a connection being dropped: nothing more to do with it
        log.debug("closing a connection failed", exc_info=True)
