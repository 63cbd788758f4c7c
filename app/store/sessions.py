"""Sessions as event logs. The state of a session is the replay of its command chain.

Every input line is written before it is acknowledged. Undo, redo, reset and jumps are events too:
each moves the cursor (the command whose world is shown) and nothing is ever deleted, so the log
keeps the whole history and any earlier state can be shown again.
"""

from __future__ import annotations

import contextvars
import hmac
import json
import logging
import pickle
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import LargeBinary, bindparam, text
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.pool import PoolProxiedConnection, QueuePool
from sqlmodel import Column, Field, Session, SQLModel, create_engine, select

from app.caches import Bounded, MiB
from app.engine import OverTime, Result, apply, initial_world
from app.engine.attached import with_prompt
from app.engine.world import World

from .checkpoint import Checkpointer
from .models import FOLLOWS, Event, EventRow, ProgressRow, SessionRecord, SessionRow
from .outputs import kept

if TYPE_CHECKING:
    from .aio import AsyncStatements

log = logging.getLogger("layerlab.store")


class SnapshotRow(SQLModel, table=True):
    """A pickled world after a command, so opening a long session replays only its tail."""

    __tablename__ = "snapshots"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(index=True)
    cursor: int = Field(index=True)
    blob: bytes = Field(sa_column=Column(LargeBinary))


class NotFound(Exception):
    pass


class LogFull(Exception):
    """The session's log holds `max_events` entries: nothing more is written to it."""


class SessionFull(LogFull):
    """The session's rows would pass what one session may keep in the database (its log's text,
    max_log_bytes, or its snapshots, max_snapshot_bytes): nothing more is written to it."""

    def __init__(self, kept: int) -> None:
        super().__init__(kept)
        self.kept = kept


class ReplayTooLong(Exception):
    """A copy or a fork would run more than REPLAY_STEPS steps of engine work: nothing is written."""

    def __init__(self, steps: int) -> None:
        super().__init__(steps)
        self.steps = steps


# Steps of engine work a new session's first lines (a copy's or a fork's replay) may take in all.
# Each line of a log was charged once when it was typed, but a copy runs them all again, for a
# request: a log of lines at the budget's end (MAX_STEPS each) made one click cost an hour of CPU.
# The course's heaviest line takes about 950 steps; a full log (5,000) of the course's mix, 554,000.
REPLAY_STEPS = 5_000_000
# A snapshot is written every snapshot_every versions, and also where the lines written since the
# last one took this much work in all (about two lines at the budget's end): opening a session whose
# world is not at hand then runs at most this much again, where 49 lines at the budget's end took
# ~25 s of CPU. Counted per process, in memory (a restart starts the count again).
WORK_SNAPSHOT = 2_000_000
# What one session may keep in the database: the text of its log (lines, answers, outputs as the log
# keeps them, app/store/outputs.py) and its snapshots. Nothing bounded either: a log of 5,000
# commands that each printed 256 KiB of one-character lines was 10 GB, and a snapshot of a world
# holding 16 MiB of files is 17 MB, written every 50 commands and after every two lines at the
# budget's end. A full log of the course's mix (5,000 commands) keeps 3.4 MB of text and 15 MB of
# snapshots. (A session's log text is read whole when it is opened: it stays under LOG_BYTES.)
SESSION_LOG_BYTES = 32 * MiB
SESSION_SNAPSHOT_BYTES = 256 * MiB


class Busy(Exception):
    """Quick mode only: the work would have to wait (a lock another thread holds, a database another
    process is writing, an engine run past its deadline). Nothing was written: run it again where
    waiting is allowed (a worker thread)."""


class Overran(Busy):
    """Quick mode only: the engine ran past the loop's deadline (the line takes long; nothing written)."""


class Unavailable(OperationalError):
    """A lock or the database did not answer within the store's timeout (seen as the database being
    down: 503, nothing written)."""

    def __init__(self, what: str) -> None:
        super().__init__(what, None, Exception(what))


# Set while work runs on the event loop (see Web.call): nothing may wait there, so a lock that is
# held or a database that is busy raises Busy at once, and an engine run gets a deadline.
QUICK: contextvars.ContextVar[float | None] = contextvars.ContextVar("layerlab_quick", default=None)
QUICK_SECONDS = 0.02  # engine time one command may take on the event loop before it moves to a worker

# A line to write: the command line, the answer to its question (or None), and the event kind.
Line = tuple[str, str | None, str]


@dataclass
class Outcome:
    """What a write did: the session after it, the event appended (None when asking), the result."""

    session: SessionRecord
    event: Event | None
    result: Result | None
    prompt: list[str] | None = None
    promised: bool = False  # its notice promised other processes the rendered change (store.notify)


@dataclass
class Planned:
    """A command run at a session as read, and the statement that writes it (`Store._plan`)."""

    session: SessionRecord
    values: dict[str, object]
    result: Result
    promise: bool
    params: dict[str, object]


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits


SHORT_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes, easy to read off a projector


SHORT_LENGTH = 12  # 31**12: about 59.5 bits (the web layer also throttles guesses: see README)


def short_code() -> str:
    """A watch link a room can type: 12 characters, shown in groups of four; it only ever shows."""
    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(SHORT_LENGTH))


def sqlite_engine(url: str, timeout: float) -> Engine:
    """SQLite in WAL mode; a connection waits `timeout` for another writer, and not at all on the
    event loop (quick mode), where a writer from another process (a backup, the sqlite3 shell) must
    not be waited for: the work gives up at once and moves to a worker thread."""
    from pathlib import Path

    ms = max(1, int(timeout * 1000))
    path = url[len("sqlite:///"):]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": timeout})
    # the log is copied back into the database on a thread of its own, never inside a commit (see checkpoint.py)
    checkpointer = Checkpointer(path, timeout) if path and path != ":memory:" else None
    engine.checkpointer = checkpointer  # type: ignore[attr-defined]

    @sa_event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={ms}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        if checkpointer is not None:
            cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.close()

    if checkpointer is not None:
        sa_event.listen(engine, "commit", lambda _conn: checkpointer.committed())

    @sa_event.listens_for(engine, "checkout")
    def _patience(dbapi_conn, _record, _proxy):  # type: ignore[no-untyped-def]
        want = 0 if QUICK.get() is not None else ms
        if _record.info.get("busy_timeout") != want:
            dbapi_conn.execute(f"PRAGMA busy_timeout={want}")
            _record.info["busy_timeout"] = want

    return engine


class _LoopRefusingPool(QueuePool):
    """PostgreSQL's pool, which work in quick mode (on the event loop, see Web.call) cannot draw
    from: Busy before anything could wait on the network (a connection to open, a pool to wait on,
    a statement's round trip), and the work runs again on a worker thread."""

    def connect(self) -> PoolProxiedConnection:
        if QUICK.get() is not None:
            raise Busy("the database")
        return super().connect()


def postgres_engine(url: str, timeout: float) -> Engine:
    """PostgreSQL through psycopg 3. A server that is slow, locked or unreachable answers within
    `timeout`: connecting, each statement and each lock wait give up then, and so does the kernel for
    data the server never acknowledges (tcp_user_timeout: a dropped network). A server that is frozen
    but still acknowledges is caught by the request's own deadline (Web.in_thread, middleware.Guard)."""
    ms = max(1, int(timeout * 1000))
    engine = create_engine(url, poolclass=_LoopRefusingPool, pool_size=10, max_overflow=20, pool_timeout=timeout,
                           connect_args={"connect_timeout": max(1, round(timeout)), "tcp_user_timeout": ms,
                                         "options": f"-c statement_timeout={ms} -c lock_timeout={ms}"})

    # A connection is checked before use only when it has lain in the pool a while (a restarted
    # server has closed it): checking each one was a round trip per checkout, four per command,
    # for connections used a few milliseconds before.
    @sa_event.listens_for(engine, "checkin")
    def _rested(_dbapi_conn, record):  # type: ignore[no-untyped-def]
        record.info["checked_in"] = time.monotonic()

    @sa_event.listens_for(engine, "checkout")
    def _alive(dbapi_conn, record, _proxy):  # type: ignore[no-untyped-def]
        if time.monotonic() - record.info.get("checked_in", 0.0) > IDLE_CHECK_SECONDS:
            try:
                dbapi_conn.execute("SELECT 1")
                if not dbapi_conn.autocommit:
                    dbapi_conn.rollback()  # what the SELECT began: the connection is handed out as it was
            except Exception as exc:  # the pool drops it and tries another (or a new one)
                raise DisconnectionError() from exc

    return engine


IDLE_CHECK_SECONDS = 1.0


def _track_backends(engine: Engine, backends: set[int]) -> None:
    """Keep `backends` the server process ids of the engine's open connections."""

    @sa_event.listens_for(engine, "connect")
    def _opened(dbapi_conn, record):  # type: ignore[no-untyped-def]
        record.info["backend"] = dbapi_conn.info.backend_pid
        backends.add(record.info["backend"])

    @sa_event.listens_for(engine, "close")
    def _closed(_dbapi_conn, record):  # type: ignore[no-untyped-def]
        backends.discard(record.info.get("backend", -1))

    @sa_event.listens_for(engine, "invalidate")
    def _dropped(_dbapi_conn, record, _exc):  # type: ignore[no-untyped-def]
        backends.discard(record.info.get("backend", -1))


def _drop_after_failed_commit(context):  # type: ignore[no-untyped-def]
    """A COMMIT that fails leaves the connection's transaction in an unknown state. Measured on
    SQLite: still open with the failed command's rows in it, and pooled as it was, so the next writer
    on it read that command back and its own commit would have written it. Treated as a lost
    connection, it is discarded instead of pooled. (No statement: a commit, not a query.)"""
    if context.statement is None:
        context.is_disconnect = True


class Store:
    def __init__(self, url: str, snapshot_every: int = 50, cache_size: int = 2048, timeout: float = 3.0,
                 max_events: int = 1_000_000) -> None:
        """`timeout`: seconds a statement, a connection or a lock may take before the store gives up
        (Unavailable: the learner reads that the database is not answering, and nothing is written)."""
        self.timeout = timeout
        self.max_events = max_events
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        self.engine = sqlite_engine(url, timeout) if url.startswith("sqlite:///") else postgres_engine(url, timeout)
        sa_event.listen(self.engine, "handle_error", _drop_after_failed_commit)
        self.postgres = self.engine.dialect.name == "postgresql"
        # The PostgreSQL backends of this store's connections (and of the notifier's and the awaited
        # statements', which add theirs): what they notify is not heard back (store.notify.Listener),
        # since this process's own streams had each change it wrote from the route that wrote it.
        self.backends: set[int] = set()
        if self.postgres:
            _track_backends(self.engine, self.backends)
        # Reads on PostgreSQL run outside a transaction: no BEGIN before them and no ROLLBACK after,
        # two round trips fewer for each. (SQLite does not begin a transaction for a read anyway.)
        self._reader = self.engine.execution_options(isolation_level="AUTOCOMMIT") if self.postgres else self.engine
        self.url = url
        SQLModel.metadata.create_all(self.engine)
        self._add_missing_columns()
        self.snapshot_every = max(1, snapshot_every)
        self.max_log_bytes = SESSION_LOG_BYTES
        self.max_snapshot_bytes = SESSION_SNAPSHOT_BYTES
        self._work_since: dict[int, int] = {}  # session -> work of the lines written since its last snapshot
        # Worlds at hand, bounded in count and in the bytes of their files (a world may hold 16 MiB)
        self._worlds: Bounded[tuple[int, int], World] = Bounded(cache_size, WORLD_BYTES, world_bytes)
        self._locks: dict[int, list[Any]] = {}  # session -> [its lock, how many hold or wait]
        self._locks_guard = threading.Lock()
        self._write_lock = threading.Lock()
        checkpointer = getattr(self.engine, "checkpointer", None)
        if checkpointer is not None:
            checkpointer.writers = self._write_lock  # this process's writers wait while the log is copied
        # Each session's log as far as this process has read it. Events never change once written
        # and versions run 1, 2, 3 ... with no gaps, so a cached log is only ever extended.
        self._logs: OrderedDict[int, tuple[Event, ...]] = OrderedDict()
        self._logged = 0  # bytes of the events held in _logs (a command's output may be 64 KiB and more)
        self._log_budget = LOG_BYTES
        self._logs_guard = threading.Lock()
        # Goals each learner's progress is known to hold, per lesson (read or written here): goals
        # are only ever added, so a command that reaches none beyond them needs no database at all.
        self._progress_known: Bounded[tuple[str, str], frozenset[str]] = Bounded(8192, 4 * MiB, lambda g: 64 * (1 + len(g)))
        # Sessions as this process last read or wrote them, by token (PostgreSQL: see kept_session)
        self._kept: OrderedDict[str, SessionRecord] = OrderedDict()
        self._kept_guard = threading.Lock()
        self._statements()

    def _statements(self) -> None:
        """Hot statements are built once: building a select costs more than running it on SQLite."""
        S, E = SessionRow.__table__, EventRow.__table__  # type: ignore[attr-defined]
        keys = ("id", "token", "viewer_token", "short")
        columns = [f.name for f in fields(SessionRecord)]
        assert sorted(columns) == sorted(S.c.keys()), "SessionRecord's fields are the table's columns"
        self._sqlite_by = {key: f"SELECT {', '.join(columns)} FROM sessions WHERE {key} = ?" for key in keys}
        self._pg_by = {key: f"SELECT {', '.join(columns)} FROM sessions WHERE {key} = %s" for key in keys}
        # A command's two writes on SQLite, for the driver itself (see _append)
        self._sqlite_event_cols = [c.name for c in E.c if c.name != "id"]
        self._sqlite_i_event = (f"INSERT INTO events ({', '.join(self._sqlite_event_cols)}) "
                                f"VALUES ({', '.join('?' * len(self._sqlite_event_cols))})")
        self._sqlite_u_moved = ("UPDATE sessions SET version = ?, cursor = ?, pending_line = NULL, pending_prompt = NULL,"
                                " updated_at = ?, log_bytes = log_bytes + ? WHERE id = ?")
        self._q_log = select(E).where(E.c.session_id == bindparam("sid")).where(
            E.c.version > bindparam("after")).order_by(E.c.version)
        self._i_session = S.insert()
        self._s_cols, self._e_cols = list(S.c.keys()), list(E.c.keys())
        self._q_with_log = text(  # a session and the events after the `after` first, in one query
            f"SELECT {', '.join(f's.{c} AS s_{c}' for c in self._s_cols)}, "
            f"{', '.join(f'e.{c} AS e_{c}' for c in self._e_cols)} FROM sessions s LEFT JOIN events e"
            " ON e.session_id = s.id AND e.version > :after AND e.version <= s.version"
            " WHERE s.id = :sid ORDER BY e.version")
        self._i_event = E.insert()
        self._i_snapshot = SnapshotRow.__table__.insert()  # type: ignore[attr-defined]
        self._u_session = S.update().where(S.c.id == bindparam("b_id"))
        self._u_moved = self._u_session.values(version=bindparam("b_version"), cursor=bindparam("b_cursor"),
                                               pending_line=None, pending_prompt=None,
                                               updated_at=bindparam("b_updated"))
        if self.postgres:
            # PostgreSQL: the event, the session's move and the notice in one statement (one round
            # trip, not three): data-modifying CTEs run once each, whether or not the query reads them.
            self._i_appended = text(
                "WITH moved AS (UPDATE sessions SET version = :b_version, cursor = :b_cursor, pending_line = NULL, pending_prompt = NULL,"
                " updated_at = :b_updated, log_bytes = log_bytes + :b_bytes WHERE id = :b_id),"
                " event AS (INSERT INTO events (session_id, version, kind, line, answer, parent, cursor, exit_code,"
                " output, created_at, action) VALUES (:session_id, :version, :kind, :line, :answer, :parent, :cursor,"
                " :exit_code, :output, :created_at, :action) RETURNING id)"
                " SELECT id, pg_notify('layerlab', :b_notice) FROM event")
            # The same, written only if the session is still at the version and the lesson state it
            # was read at (no row comes back when another process wrote first, or changed the lesson
            # state: see kept_session): one statement, outside any transaction.
            # (for the driver itself, in its own style of named parameters: see _row)
            self._pg_appended_if = re.sub(r":(\w+)", r"%(\1)s", (
                "WITH moved AS (UPDATE sessions SET version = :b_version, cursor = :b_cursor, pending_line = NULL, pending_prompt = NULL,"
                " updated_at = :b_updated, log_bytes = log_bytes + :b_bytes"
                " WHERE id = :b_id AND version = :b_expected AND lesson_state = :b_state RETURNING id),"
                " event AS (INSERT INTO events (session_id, version, kind, line, answer, parent, cursor, exit_code,"
                " output, created_at, action) SELECT :session_id, :version, :kind, :line, :answer, :parent, :cursor,"
                " :exit_code, :output, :created_at, :action FROM moved RETURNING id)"
                " SELECT id, pg_notify('layerlab', :b_notice) FROM event"))
        self._q_snapshot_bytes = text("SELECT COALESCE(SUM(LENGTH(blob)), 0) FROM snapshots WHERE session_id = :sid")
        if self.postgres:
            # whether that write was done (its event is there): asked when its connection broke
            self._pg_event_made = ("SELECT id FROM events WHERE session_id = %(session_id)s AND version = %(version)s"
                                   " AND created_at = %(created_at)s")

    def _add_missing_columns(self) -> None:
        """Columns added after a database was made (create_all only creates missing tables)."""
        from sqlalchemy import inspect, text

        insp = inspect(self.engine)
        with self.engine.begin() as conn:
            for table in SQLModel.metadata.sorted_tables:
                if not insp.has_table(table.name):
                    continue
                have = {c["name"] for c in insp.get_columns(table.name)}
                for col in table.columns:
                    if col.name not in have:
                        kind = col.type.compile(dialect=self.engine.dialect)
                        default = col.default.arg if col.default is not None and not callable(col.default.arg) else None
                        literal = "''" if isinstance(default, str) and not default else repr(default) if default is not None else "NULL"
                        conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {kind} DEFAULT {literal}'))

    # -- sessions -------------------------------------------------------------------------------

    def create_session(self, kind: str = "sandbox", seed: int | None = None, learner: str = "",
                       setup: Sequence[str] = (), lines: Sequence[Line] = (),
                       lesson_state: dict[str, Any] | None = None) -> SessionRecord:
        """A new session with its first lines (a lesson's start script as 'setup' events, then `lines`,
        e.g. the commands a copy replays), all written in one transaction or not at all."""
        now = time.time()
        values = dict(token=new_token(), viewer_token=new_token(), short=short_code(),
                      seed=secrets.randbelow(2**31) if seed is None else seed, kind=kind, created_at=now,
                      updated_at=now, version=0, cursor=0, pending_line=None, pending_prompt=None, learner=learner,
                      lesson_state=json.dumps(lesson_state or {}), log_bytes=0)
        todo = [(line, None, "setup") for line in setup] + list(lines)
        if len(todo) > self.max_events:
            raise LogFull(len(todo))
        world = initial_world(int(values["seed"]))  # type: ignore[call-overload]
        results = []
        spent = 0
        for line, answer, _ in todo:
            result = run_engine(world, line, answer)
            results.append(result)
            world = result.world
            spent += result.work
            if spent > REPLAY_STEPS:
                raise ReplayTooLong(spent)
        with self._writing(), self.engine.begin() as conn:
            new_id = conn.execute(self._i_session, values).inserted_primary_key[0]  # type: ignore[index]
            row = SessionRecord(id=int(new_id), **values)  # type: ignore[arg-type]
            for (line, answer, event_kind), result in zip(todo, results, strict=True):
                row, _ = self._append(conn, row, self._event(row, line, answer, event_kind, result), result.world,
                                      result.work)
        if todo:
            self._remember((row.id or 0, row.version), world)
        return row

    def count_sessions(self) -> int:
        from sqlalchemy import func

        with Session(self.engine) as db:
            return int(db.exec(select(func.count()).select_from(SessionRow)).one())

    def expire(self, idle_days: float, keep: int | None = None, in_use_seconds: float = 3600) -> int:
        """Delete sessions idle for idle_days; past `keep` sessions, also the least recently used of
        those idle for in_use_seconds. A session used more recently than that is someone's work in
        progress and is never evicted: when only those are left, the store stays full and new
        sessions are refused (README: "idle ones expire first, then new sessions are refused")."""
        from sqlalchemy import delete, func

        now = time.time()
        cutoff = now - idle_days * 86400
        in_use = now - in_use_seconds
        with self._writing(), Session(self.engine) as db:
            old = list(db.exec(select(SessionRow.id).where(SessionRow.updated_at < cutoff)).all())
            if keep is not None:
                total = int(db.exec(select(func.count()).select_from(SessionRow)).one())
                if total - len(old) > keep:
                    extra = db.exec(select(SessionRow.id).where(SessionRow.updated_at >= cutoff)
                                    .where(SessionRow.updated_at < in_use)
                                    .order_by(SessionRow.updated_at).limit(total - len(old) - keep)).all()
                    old += list(extra)
            if old:
                db.exec(delete(EventRow).where(EventRow.session_id.in_(old)))  # type: ignore[attr-defined]
                db.exec(delete(SnapshotRow).where(SnapshotRow.session_id.in_(old)))  # type: ignore[attr-defined]
                db.exec(delete(SessionRow).where(SessionRow.id.in_(old)))  # type: ignore[union-attr]
                db.commit()
        gone = set(old)
        self._worlds.drop(lambda key: key[0] not in gone)
        with self._logs_guard:
            for sid in gone & set(self._logs):
                self._logged -= log_bytes(self._logs.pop(sid))
        return len(old)

    def set_lesson_state(self, session_id: int, state: dict[str, object]) -> SessionRecord:
        return self._update(session_id, lesson_state=json.dumps(state))

    def change_lesson_state(self, session_id: int, change: Callable[[dict[str, Any]], object]) -> SessionRecord:
        """Read, change (in place) and write the session's lesson state under its lock, so two tabs
        changing it at once (a hint and a step) both count."""
        with self.lock(session_id), self._writing(), self.engine.begin() as conn:
            session = self._locked(conn, session_id)
            state = json.loads(session.lesson_state or "{}")
            change(state)
            values = {"lesson_state": json.dumps(state)}
            conn.execute(self._u_session.values(**values), {"b_id": session_id})
        changed = replace(session, **values)  # type: ignore[arg-type]
        self._kept_moved(changed)
        return changed

    def cancel_prompt(self, session_id: int) -> SessionRecord:
        return self._update(session_id, pending_line=None, pending_prompt=None)

    def _update(self, session_id: int, **values: object) -> SessionRecord:
        """Change some of the session's fields (not its log), under its lock."""
        with self.lock(session_id), self._writing(), self.engine.begin() as conn:
            session = self._locked(conn, session_id)
            conn.execute(self._u_session.values(**values), {"b_id": session_id})
        changed = replace(session, **values)  # type: ignore[arg-type]
        self._kept_moved(changed)
        return changed

    def record_progress(self, learner: str, lesson: str, reached: list[str], total: int) -> None:
        """Add goals reached to the learner's progress (goals once reached stay reached). Asked after
        every command of a lesson; it reads the database only when a goal may be new to it."""
        if not learner:
            return
        known = self._progress_known.get((learner, lesson))
        if known is not None and known.issuperset(reached):
            return
        with self._writing(), Session(self.engine) as db:
            row = db.exec(select(ProgressRow).where(ProgressRow.learner == learner)
                          .where(ProgressRow.lesson == lesson)).first()
            if row is None:
                row = ProgressRow(learner=learner, lesson=lesson)
            goals = sorted(set(json.loads(row.goals)) | set(reached))
            if goals == json.loads(row.goals) and row.id is not None:
                self._progress_known.put((learner, lesson), frozenset(goals))
                return
            row.goals = json.dumps(goals)
            row.completed = len(goals) >= total
            row.updated_at = time.time()
            db.add(row)
            db.commit()
        self._progress_known.put((learner, lesson), frozenset(goals))

    def progress(self, learner: str) -> dict[str, tuple[list[str], bool]]:

        if not learner:
            return {}
        with Session(self.engine) as db:
            rows = db.exec(select(ProgressRow).where(ProgressRow.learner == learner)).all()
        return {r.lesson: (json.loads(r.goals), r.completed) for r in rows}

    def by_token(self, token: str) -> SessionRecord | None:
        return self._lookup("token", token)

    def by_viewer_token(self, token: str) -> SessionRecord | None:
        return self._lookup("viewer_token", token)

    def by_short(self, code: str) -> SessionRecord | None:
        code = code.replace("-", "").lower()
        # 10 characters: a code given before codes grew to 12
        if len(code) not in (10, SHORT_LENGTH) or any(c not in SHORT_ALPHABET for c in code):
            return None
        return self._lookup("short", code)

    def _lookup(self, column: str, token: str) -> SessionRecord | None:
        if not token or len(token) > 64:
            return None
        with self._reader.connect() as conn:
            found = self._row(conn, column, token)
        if found is None:
            return None
        return found if hmac.compare_digest(str(getattr(found, column)).encode(), token.encode()) else None

    def get(self, session_id: int) -> SessionRecord:
        with self._reader.connect() as conn:
            found = self._row(conn, "id", session_id)
        if found is None:
            raise NotFound(session_id)
        return found

    def get_with_log(self, session_id: int) -> SessionRecord:
        """The session, with the events of its log this process has not read yet read along (on
        PostgreSQL in one query: a watcher on another process than the writer's reads each new
        version in one round trip, not two)."""
        if not self.postgres:
            return self.get(session_id)
        with self._logs_guard:
            have = len(self._logs.get(session_id, ()))
        with self._reader.connect() as conn:
            rows = conn.execute(self._q_with_log, {"sid": session_id, "after": have}).mappings().all()
        if not rows:
            raise NotFound(session_id)
        found = SessionRecord(**{c: rows[0][f"s_{c}"] for c in self._s_cols})
        fetched = tuple(Event(**{c: r[f"e_{c}"] for c in self._e_cols}) for r in rows if r["e_id"] is not None)
        with self._logs_guard:
            log = self._logs.get(session_id, ())
        if fetched and len(log) == have:
            self._keep_log(session_id, log + fetched)
        return found

    def _row(self, conn: Connection, column: str, value: object, lock: bool = False) -> SessionRecord | None:
        """The session whose `column` is `value`; with `lock`, locked until commit (PostgreSQL).

        The statement goes straight to the driver: SQLAlchemy's statement and result handling took
        60 of the 95 µs a lookup cost on SQLite, and 140 of the 290 µs of CPU on PostgreSQL, and each
        command makes two or three. (SQLite has no row locks: there this process's writers take
        turns, see `_writing`. A locked read begins the transaction the framework's way, so the
        caller's commit ends it.)"""
        if not self.postgres:
            found = self._driver(conn, self._sqlite_by[column], (value,)).fetchone()
        elif lock:
            if not conn.in_transaction():
                conn.begin()
            found = self._driver(conn, self._pg_by[column] + " FOR UPDATE", (value,)).fetchone()
        else:
            found = self._driver(conn, self._pg_by[column], (value,)).fetchone()
        return None if found is None else SessionRecord(*found)

    def _driver(self, conn: Connection, sql: str, params: Any) -> Any:
        """A statement straight to the driver (its cursor), for the statements every command makes:
        SQLAlchemy's handling of a statement cost more CPU than the database's work on it. Its errors
        are raised as SQLAlchemy raises them (OperationalError and the rest), and a connection the
        database dropped is taken out of the pool, as SQLAlchemy does for its own statements."""
        try:
            return conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
        except self.engine.dialect.loaded_dbapi.Error as exc:
            dialect = self.engine.dialect
            dropped = dialect.is_disconnect(exc, conn.connection.dbapi_connection, None)  # type: ignore[arg-type]
            if dropped:
                conn.invalidate(exc)
            raise DBAPIError.instance(sql, params, exc, dialect.loaded_dbapi.Error, dialect=dialect,
                                      connection_invalidated=dropped) from exc

    def sessions_by_tokens(self, tokens: list[str]) -> list[SessionRecord]:
        rows = [r for r in (self.by_token(t) for t in tokens[:20]) if r is not None]
        return sorted(rows, key=lambda r: -r.updated_at)

    def events(self, session_id: int, upto: int | None = None, conn: Connection | None = None) -> tuple[Event, ...]:
        """The session's log, oldest first: up to version `upto` (the version of the row in hand, so a
        command written meanwhile does not show up beside an older row), else all of it."""
        with self._logs_guard:
            have = self._logs.get(session_id, ())
            if have:
                self._logs.move_to_end(session_id)
        if upto is not None and len(have) >= upto:
            return have if len(have) == upto else have[:upto]
        with nullcontext(conn) if conn is not None else self._reader.connect() as reader:
            fetched = reader.execute(self._q_log, {"sid": session_id, "after": len(have)}).mappings().all()
        log = have + tuple(Event(**m) for m in fetched)
        self._keep_log(session_id, log)
        return log if upto is None or len(log) <= upto else log[:upto]

    def _keep_log(self, session_id: int, log: tuple[Event, ...]) -> None:
        if not log or log[-1].version != len(log):
            return  # not the contiguous log it must be: never cache a gap
        with self._logs_guard:
            old = self._logs.get(session_id, ())
            if len(old) >= len(log):
                return
            self._logs[session_id] = log
            self._logs.move_to_end(session_id)
            self._logged += log_bytes(log[len(old):])
            while self._logged > self._log_budget and len(self._logs) > 1:
                _, dropped = self._logs.popitem(last=False)
                self._logged -= log_bytes(dropped)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """SQLite lets one connection write at a time, and a connection kept waiting sleeps in steps
        of up to 100 ms before it retries: this process's writers take turns here instead, and take
        microseconds. (PostgreSQL locks rows, so writers to different sessions need not wait.)"""
        if self.postgres:
            yield
            return
        with self._waiting_for(self._write_lock, "the database"):
            yield

    @contextmanager
    def _waiting_for(self, lock: threading.Lock, what: str) -> Iterator[None]:
        """Hold lock; on the event loop only if it is free now (else Busy), elsewhere waiting at most
        the store's timeout (else Unavailable)."""
        if QUICK.get() is not None:
            if not lock.acquire(blocking=False):
                raise Busy(what)
        elif not lock.acquire(timeout=self.timeout):
            raise Unavailable(f"{what} did not answer within {self.timeout:g} s")
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def lock(self, session_id: int) -> Iterator[None]:
        """This process's writers to one session take turns. An entry lives only while someone holds
        or waits for it, so the table does not grow with every session the process ever touched."""
        with self._locks_guard:
            entry = self._locks.get(session_id)
            if entry is None:
                entry = self._locks[session_id] = [threading.Lock(), 0]
            entry[1] += 1
        try:
            with self._waiting_for(entry[0], "this session"):
                yield
        finally:
            with self._locks_guard:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._locks[session_id]

    # -- worlds ---------------------------------------------------------------------------------

    def chain(self, events: tuple[Event, ...] | list[Event], cursor: int) -> list[Event]:
        """The commands whose replay gives the world at cursor, oldest first."""
        out: list[Event] = []
        v = cursor
        while v:
            e = events[v - 1]  # versions run 1, 2, 3 ...
            out.append(e)
            v = e.parent
        out.reverse()
        return out

    def world_at(self, session: SessionRecord, cursor: int, events: tuple[Event, ...] | None = None) -> World:
        key = (session.id or 0, cursor)
        cached = self._cached(key)
        if cached is not None:
            return cached
        if cursor == 0:
            world = initial_world(session.seed)
            self._remember(key, world)
            return world
        evs = events if events is not None else self.events(session.id, session.version)
        chain = self.chain(evs, cursor)
        start = 0
        world: World | None = None
        for i in range(len(chain) - 1, -1, -1):
            hit = self._cached((session.id or 0, chain[i].version))
            if hit is not None:
                world, start = hit, i + 1
                break
        if world is None:
            world, start = self._load_snapshot(session, chain)
        for e in chain[start:]:
            world = run_engine(world, e.line, e.answer).world
            if e.version % self.snapshot_every == 0:
                self._remember((session.id or 0, e.version), world)
        self._remember(key, world)
        return world

    def _load_snapshot(self, session: SessionRecord, chain: list[Event]) -> tuple[World, int]:
        """The newest snapshot on the chain and how many of its commands it covers, else the start.
        Snapshots are written every snapshot_every versions, and after much work (WORK_SNAPSHOT): one
        of the latter newer than the last of the former is among the chain's last snapshot_every."""
        versions = sorted({e.version for e in chain if e.version % self.snapshot_every == 0} |
                          {e.version for e in chain[-self.snapshot_every:]})
        P = SnapshotRow.__table__  # type: ignore[attr-defined]
        while versions:
            with self._reader.connect() as conn:
                best = conn.execute(select(P.c.cursor, P.c.blob).where(P.c.session_id == session.id)
                                    .where(P.c.cursor.in_(versions)).order_by(P.c.cursor.desc()).limit(1)).first()
            if best is None:
                break
            try:
                world = pickle.loads(best.blob)
                if not isinstance(world, World):
                    raise TypeError(f"a {type(world).__name__}, not a World")
            except Exception as exc:  # any unreadable snapshot: the log below it is the truth
                # A snapshot is only a shortcut through the log: one that cannot be read (a damaged
                # row, or one written by a version of layerlab whose world no longer reads back) is
                # passed over for an older one, or the log from its start, rather than making the
                # session one that no page can open.
                log.warning("session %s: the snapshot at #%s cannot be read (%s: %s); replaying past it",
                            session.id, best.cursor, type(exc).__name__, exc)
                versions = [v for v in versions if v < best.cursor]
                continue
            return world, [e.version for e in chain].index(best.cursor) + 1
        return initial_world(session.seed), 0

    def _cached(self, key: tuple[int, int]) -> World | None:
        return self._worlds.get(key)

    def world_at_hand(self, session: SessionRecord) -> bool:
        """Whether the world at the session's cursor is kept here (else drawing it replays its lines)."""
        return (session.id or 0, session.cursor) in self._worlds

    def _remember(self, key: tuple[int, int], world: World) -> None:
        self._worlds.put(key, world)

    def current_world(self, session: SessionRecord) -> World:
        return self.world_at(session, session.cursor)

    # -- writes ---------------------------------------------------------------------------------

    def _locked(self, conn: Connection, session_id: int) -> SessionRecord:
        """The session row, locked until commit: several processes write one session in turn."""
        found = self._row(conn, "id", session_id, lock=True)
        if found is None:
            raise NotFound(session_id)
        return found

    def _append(self, conn: Connection, session: SessionRecord, event: dict[str, object],
                world: World | None = None, work: int = 0) -> tuple[SessionRecord, Event]:
        """Write the next event of the log and move the session to it (inside the caller's transaction)."""
        version = session.version + 1
        values, moved = self._appending(session, event)
        self._room(session, moved)
        if self.postgres:
            new_id = conn.execute(self._i_appended, values | moved | {"b_notice": f"{session.id}:{version}"}).first()[0]  # type: ignore[index]
        else:
            # Straight to the driver, as _row's reads: SQLAlchemy's statement handling cost more than
            # SQLite's own work for these two (about 90 of the 130 µs they took). The transaction is
            # begun the framework's way, so the caller's commit commits them.
            if not conn.in_transaction():
                conn.begin()
            new_id = self._driver(conn, self._sqlite_i_event, [values[c] for c in self._sqlite_event_cols]).lastrowid
            self._driver(conn, self._sqlite_u_moved, (moved["b_version"], moved["b_cursor"], moved["b_updated"],
                                                      moved["b_bytes"], moved["b_id"]))
        row = Event(id=int(new_id), **values)  # type: ignore[arg-type]
        if world is not None:
            if self._snapshot_due(session.id or 0, version, work):
                blob = pickle.dumps(world)
                held = conn.execute(self._q_snapshot_bytes, {"sid": session.id}).scalar_one()
                if held + len(blob) > self.max_snapshot_bytes:
                    raise SessionFull(held + len(blob))
                conn.execute(self._i_snapshot, {"session_id": session.id, "cursor": version, "blob": blob})
                self._work_since[session.id or 0] = 0
            else:
                self._worked(session.id or 0, work)
        return self._moved_to(session, row), row

    def _snapshot_due(self, session_id: int, version: int, work: int) -> bool:
        return version % self.snapshot_every == 0 or self._work_since.get(session_id, 0) + work >= WORK_SNAPSHOT

    def _worked(self, session_id: int, work: int) -> None:
        if len(self._work_since) > 100_000:  # (a count lost only lets one more snapshot's worth run again)
            self._work_since.clear()
        self._work_since[session_id] = self._work_since.get(session_id, 0) + work

    @staticmethod
    def _appending(session: SessionRecord, event: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
        """The next event's row, and the parameters that move the session to it."""
        values = dict(session_id=session.id, version=session.version + 1, line="", answer=None, exit_code=0,
                      output="[]", created_at=time.time(), action="") | event
        moved = {"b_id": session.id, "b_version": session.version + 1, "b_cursor": values["cursor"],
                 "b_updated": values["created_at"], "b_bytes": event_bytes(values["line"], values["answer"], values["output"])}
        return values, moved

    def _room(self, session: SessionRecord, moved: dict[str, object]) -> None:
        """Past max_log_bytes of log text the session takes no more (SessionFull: nothing written)."""
        after = session.log_bytes + int(moved["b_bytes"])  # type: ignore[call-overload]
        if after > self.max_log_bytes:
            raise SessionFull(after)

    @staticmethod
    def _moved_to(session: SessionRecord, row: Event) -> SessionRecord:
        return replace(session, version=row.version, cursor=row.cursor, pending_line=None, pending_prompt=None,
                       updated_at=row.created_at, log_bytes=session.log_bytes + event_bytes(row.line, row.answer, row.output))

    def _run_one_unlocked(self, session_id: int, line: str, answer: str | None, kind: str,
                          promise: bool = False, read: SessionRecord | None = None) -> Outcome | None:
        """run_lines for one line on PostgreSQL, in two round trips instead of five: the session read
        without a lock, then the event written and the session moved in one statement that does
        nothing if another process wrote first (then all again, from a fresh read). None when the line
        needs the transaction's path: it asks a question, its version takes a snapshot, or others kept
        writing first. With `promise`, the notice tells other processes that the rendered change
        will follow (the caller then sends it, or "no frame": see store.notify). `read`: the session
        as the caller just read it, to start from instead of reading it again (one round trip fewer:
        if it is behind, the write does nothing and the session is read afresh, as above)."""
        with self.lock(session_id):
            for _ in range(3):
                with self._reader.connect() as conn:
                    session = read if read is not None and read.id == session_id else self._row(conn, "id", session_id)
                    read = None
                    if session is None:
                        raise NotFound(session_id)
                    planned = self._plan(session, self.world_at(session, session.cursor), line, answer, kind, promise)
                    if planned is None:
                        return None
                    written = self._driver(conn, self._pg_appended_if, planned.params).fetchone()
                if written is None:
                    continue  # another process wrote this session first: read it again
                return self._written(planned, written[0])
        return None

    def _plan(self, session: SessionRecord, world: World, line: str, answer: str | None, kind: str,
              promise: bool) -> Planned | None:
        """The one statement that writes `line` run at the session as read (see _run_one_unlocked),
        or None when the line needs the transaction's path (a snapshot's version, a question)."""
        if (session.version + 1) % self.snapshot_every == 0:
            return None
        if session.version + 1 > self.max_events:
            raise LogFull(session.version)
        result = run_engine(world, line, answer)
        if result.prompt is not None or self._snapshot_due(session.id or 0, session.version + 1, result.work):
            return None
        values, moved = self._appending(session, self._event(session, line, answer, kind, result))
        self._room(session, moved)
        return Planned(session, values, result, promise, values | moved | {
            "b_expected": session.version, "b_state": session.lesson_state,
            "b_notice": f"{session.id}:{session.version + 1}{':f' if promise else ''}"})

    def _written(self, planned: Planned, event_id: int) -> Outcome:
        """A planned write was made: the session moved on, its world and event kept at hand."""
        row = Event(id=int(event_id), **planned.values)  # type: ignore[arg-type]
        session = self._moved_to(planned.session, row)
        self._worked(session.id or 0, planned.result.work)
        self._remember((session.id or 0, row.version), planned.result.world)
        self._logged_one(session, row)
        self._keep(session)  # the learner's next command starts from it (kept_session)
        return Outcome(session, row, planned.result, promised=planned.promise)

    async def run_command_awaiting(self, db: AsyncStatements, session: SessionRecord, line: str,
                                   promise: bool = False) -> Outcome | None:
        """run_command for a session just read, on PostgreSQL, from the event loop itself: the engine
        runs there (in quick mode: past its deadline, Busy) and the write is awaited, so no thread
        takes part. A worker thread and the loop handing each command to each other, and fighting
        for the interpreter meanwhile, made most of a command's latency on PostgreSQL (each hand-over
        waited up to the interpreter's switch interval, 5 ms, for the other thread to let go).
        None when it cannot be done so, with nothing written: the world is not at hand, the session
        is being written by this process already, its version takes a snapshot or another process
        wrote first (the caller then takes the usual path, on a worker)."""
        sid = session.id or 0
        world = self._cached((sid, session.cursor))
        if world is None:
            return None
        mark = QUICK.set(time.monotonic() + QUICK_SECONDS)
        try:
            with self.lock(sid):
                planned = self._plan(session, world, line, None, "cmd", promise)
                QUICK.reset(mark)
                mark = None
                if planned is None:
                    return None
                # (sent again, if its kept connection broke, unless the event it adds is there: see fetchone)
                made = (self._pg_event_made, {k: planned.params[k] for k in ("session_id", "version", "created_at")})
                written = await db.fetchone(self._pg_appended_if, planned.params, made=made)
                if written is None:
                    self._forget_kept(session.token)  # behind what was written since: read it next time
                    return None
                return self._written(planned, written[0])
        except Overran:
            raise  # the line takes long: the caller sends it where long lines go (nothing written)
        except Busy:
            return None
        finally:
            if mark is not None:
                QUICK.reset(mark)

    async def by_token_awaiting(self, db: AsyncStatements, token: str) -> SessionRecord | None:
        """by_token from the event loop, awaited (see run_command_awaiting)."""
        if not token or len(token) > 64:
            return None
        found = await db.fetchone(self._pg_by["token"], (token,), read=True)
        if found is None:
            return None
        session = SessionRecord(*found)
        if not hmac.compare_digest(session.token.encode(), token.encode()):
            return None
        self._keep(session)
        return session

    def kept_session(self, token: str) -> SessionRecord | None:
        """The session as this process last read or wrote it, if it still keeps it: what a learner's
        next command starts from on PostgreSQL without reading the session first (one awaited round
        trip of two). It may be behind what another process wrote since, or a lesson state changed
        there: the awaited write moves the session only from this version and this lesson state
        (`_pg_appended_if`), so such a command writes nothing and goes the usual way, which reads."""
        with self._kept_guard:
            session = self._kept.get(token)
            if session is not None:
                self._kept.move_to_end(token)
            return session

    def _keep(self, session: SessionRecord) -> None:
        with self._kept_guard:
            self._kept[session.token] = session
            self._kept.move_to_end(session.token)
            while len(self._kept) > KEPT_SESSIONS:
                self._kept.popitem(last=False)

    def _kept_moved(self, session: SessionRecord) -> None:
        """A session this process wrote: the kept copy follows it (only a session already kept)."""
        with self._kept_guard:
            if session.token in self._kept:
                self._kept[session.token] = session

    def _forget_kept(self, token: str) -> None:
        with self._kept_guard:
            self._kept.pop(token, None)

    def _logged_one(self, session: SessionRecord, row: Event) -> None:
        """A committed event joins the cached log when the log reached the one before it."""
        with self._logs_guard:
            have = self._logs.get(session.id)
        if have is not None and len(have) == row.version - 1:
            self._keep_log(session.id, have + (row,))

    @staticmethod
    def _event(session: SessionRecord, line: str, answer: str | None, kind: str, result: Result,
               action: str = "") -> dict[str, object]:
        return dict(kind=kind, line=line, answer=answer, parent=session.cursor, cursor=session.version + 1,
                    exit_code=result.exit_code,
                    output=json.dumps(kept(with_prompt(result.lines, result.world)), ensure_ascii=False),
                    action=action)

    def run_command(self, session_id: int, line: str, answer: str | None = None, kind: str = "cmd",
                    promise: bool = False, read: SessionRecord | None = None) -> Outcome:
        """Apply line at the session's cursor and append it to the log (or record the question).
        `promise`: the caller will render the change and send it to other processes if the notice
        promised it (`Outcome.promised`); `read`: the session as the caller just read it (both
        PostgreSQL only, see _run_one_unlocked)."""
        if self.postgres:
            done = self._run_one_unlocked(session_id, line, answer, kind, promise, read)
            if done is not None:
                return done
        return self.run_lines(session_id, [(line, answer, kind)])

    def run_lines(self, session_id: int, lines: Sequence[Line], auto_answer: str | None = None,
                  change: Callable[[dict[str, Any], list[Result]], object] | None = None,
                  action: str = "") -> Outcome:
        """Apply lines in turn at the session's cursor and append them to its log, with `change`
        made to its lesson state, all in one transaction: an action made of several commands (a
        re-create, a script's step) is written whole or not at all. A line that asks a question
        takes `auto_answer` when given; else the question is recorded (for the last line only: the
        lines before it are written, the ones after it are not run). `action` names the click the
        lines are written for: its first line is marked with it, the others as following it
        (Event.action), so the page tells them as one change without guessing."""
        with self.lock(session_id):
            with self.engine.connect() as conn:
                session = self._locked(conn, session_id)
                world = self.world_at(session, session.cursor)
                todo: list[tuple[str, str | None, str, Result]] = []
                asking: tuple[str, Result] | None = None
                for line, answer, kind in lines:
                    result = run_engine(world, line, answer)
                    if result.prompt is not None and answer is None and auto_answer is not None:
                        answer, result = auto_answer, run_engine(world, line, auto_answer)
                    if result.prompt is not None:
                        asking = (line, result)
                        break
                    todo.append((line, answer, kind, result))
                    world = result.world
                if session.version + len(todo) > self.max_events:
                    raise LogFull(session.version)
                state = None
                if change is not None:  # it may look at what the lines did
                    state = json.loads(session.lesson_state or "{}")
                    change(state, [result for *_, result in todo])
                row: Event | None = None
                rows: list[Event] = []
                with self._writing():
                    for n, (line, answer, kind, result) in enumerate(todo):
                        mark = (FOLLOWS if n else action) if action else ""
                        session, row = self._append(conn, session,
                                                    self._event(session, line, answer, kind, result, mark),
                                                    result.world, result.work)
                        rows.append(row)
                    later: dict[str, object] = {}
                    if state is not None:
                        later["lesson_state"] = json.dumps(state)
                    if asking is not None:
                        later.update(pending_line=asking[0], pending_prompt=json.dumps(asking[1].prompt),
                                     updated_at=time.time())
                    if later:
                        conn.execute(self._u_session.values(**later), {"b_id": session_id})
                        session = replace(session, **later)  # type: ignore[arg-type]
                    conn.commit()
            for row, (_, _, _, result) in zip(rows, todo, strict=True):
                self._remember((session_id, row.version), result.world)
                self._logged_one(session, row)
            self._kept_moved(session)
            if asking is not None:
                return Outcome(session, row, asking[1], prompt=asking[1].prompt)
            return Outcome(session, row, todo[-1][3] if todo else None)

    def move(self, session_id: int, kind: str, target: int | None = None) -> Outcome:
        """undo, redo, reset or jump (to target): a new event that moves the cursor."""
        with self.lock(session_id):
            with self.engine.connect() as conn:
                session = self._locked(conn, session_id)
                events = self.events(session_id, session.version, conn)
                new_cursor = self._target(events, session.cursor, kind, target)
                if new_cursor is None or new_cursor == session.cursor:
                    return Outcome(session, None, None)
                if session.version >= self.max_events:
                    raise LogFull(session.version)
                with self._writing():
                    session, row = self._append(conn, session, dict(kind=kind, parent=session.cursor, cursor=new_cursor))
                    conn.commit()
            self._logged_one(session, row)
            self._kept_moved(session)
            return Outcome(session, row, None)

    def _target(self, events: tuple[Event, ...], cursor: int, kind: str, target: int | None) -> int | None:
        by_version = {e.version: e for e in events}
        floor = max((e.version for e in events if e.kind == "setup"), default=0)
        if kind == "undo":
            return by_version[cursor].parent if cursor > floor else None
        if kind == "redo":
            stack = redo_stack(events)
            return stack[-1] if stack else None
        if kind == "reset":
            return floor
        if kind == "jump":
            if target == 0 or target == floor:
                return floor
            e = by_version.get(target or -1)
            return e.version if e is not None and e.kind == "cmd" else None
        raise ValueError(kind)


WORLD_BYTES = 512 * MiB  # files of the worlds kept at hand (counted once per tree, however many share it)
LOG_BYTES = 64 * MiB  # session logs kept at hand
KEPT_SESSIONS = 4096  # sessions kept by token (Store.kept_session): a SessionRecord is a few hundred bytes
_tree_bytes: Bounded[int, int] = Bounded(200_000, 1 << 62, lambda size: 0)  # a tree's bytes by its revision


def world_bytes(world: World) -> int:
    """About how many bytes a world's files take (trees are measured once per revision)."""
    trees = [world.host, *(layer.tree for layer in world.layers.values())]
    for c in world.containers.values():
        trees.append(c.rw)
        trees.extend(c.tmpfs.values())
    total = 4096
    for tree in trees:
        size = _tree_bytes.get(tree.rev)
        if size is None:
            size = _tree_bytes.put(tree.rev, sum(len(n.data) + 128 for n in tree.entries.values()))
        total += size
    return total


def event_bytes(line: object, answer: object, output: object) -> int:
    """Characters of an event's text as SessionRecord.log_bytes counts them."""
    return len(str(line or "")) + len(str(answer or "")) + len(str(output or ""))


def log_bytes(events: Sequence[Event]) -> int:
    return sum(len(e.output) + len(e.line) + 256 for e in events)


def run_engine(world: World, line: str, answer: str | None) -> Result:
    """apply(), with the event loop's deadline when running there (past it: Busy, nothing written)."""
    deadline = QUICK.get()
    if deadline is None:
        return apply(world, line, answer)
    try:
        return apply(world, line, answer, deadline=deadline)
    except OverTime:
        raise Overran("the engine") from None


def redo_stack(events: tuple[Event, ...] | list[Event]) -> list[int]:
    """Cursors an undo or a reset left behind, newest last; a new command or a jump clears them."""
    stack: list[int] = []
    for e in events:
        if e.kind in ("cmd", "jump"):
            stack.clear()
        elif e.kind == "reset":
            stack[:] = [e.parent]
        elif e.kind == "undo":
            stack.append(e.parent)
        elif e.kind == "redo" and stack:
            stack.pop()
    return stack
