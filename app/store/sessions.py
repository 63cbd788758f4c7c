"""Sessions as event logs. The state of a session is the replay of its command chain.

Every input line is written before it is acknowledged. Undo, redo, reset and jumps are events too:
each moves the cursor (the command whose world is shown) and nothing is ever deleted, so the log
keeps the whole history and any earlier state can be shown again.
"""

from __future__ import annotations

import hmac
import json
import pickle
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import LargeBinary
from sqlalchemy import event as sa_event
from sqlmodel import Column, Field, Session, SQLModel, create_engine, select

from app.engine import Result, apply, initial_world
from app.engine.world import World

from .models import EventRow, SessionRow


class SnapshotRow(SQLModel, table=True):
    """A pickled world after a command, so opening a long session replays only its tail."""

    __tablename__ = "snapshots"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(index=True)
    cursor: int = Field(index=True)
    blob: bytes = Field(sa_column=Column(LargeBinary))


class NotFound(Exception):
    pass


@dataclass
class Outcome:
    """What a write did: the session after it, the event appended (None when asking), the result."""

    session: SessionRow
    event: EventRow | None
    result: Result | None
    prompt: list[str] | None = None


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits


SHORT_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes, easy to read off a projector


def short_code() -> str:
    """A watch link a room can type: 10 characters (about 49 bits), and it only ever shows."""
    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(10))


class Store:
    def __init__(self, url: str, snapshot_every: int = 50, cache_size: int = 512) -> None:
        if url.startswith("sqlite:///"):
            from pathlib import Path

            path = url[len("sqlite:///"):]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

            @sa_event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()
        else:
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://"):]
            self.engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        self.postgres = self.engine.dialect.name == "postgresql"
        self.url = url
        SQLModel.metadata.create_all(self.engine)
        self._add_missing_columns()
        self.snapshot_every = max(1, snapshot_every)
        self._worlds: OrderedDict[tuple[int, int], World] = OrderedDict()
        self._cache_size = cache_size
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()

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
                       setup: tuple[str, ...] | list[str] = ()) -> SessionRow:
        """A new session; setup lines (a lesson's start script) run first as 'setup' events."""
        now = time.time()
        row = SessionRow(token=new_token(), viewer_token=new_token(), seed=secrets.randbelow(2**31) if seed is None else seed,
                         kind=kind, created_at=now, updated_at=now, learner=learner, short=short_code())
        with Session(self.engine) as db:
            db.add(row)
            db.commit()
            db.refresh(row)
        for line in setup:
            row = self.run_command(row.id or 0, line, kind="setup").session
        return row

    def count_sessions(self) -> int:
        from sqlalchemy import func

        with Session(self.engine) as db:
            return int(db.exec(select(func.count()).select_from(SessionRow)).one())

    def expire(self, idle_days: float, keep: int | None = None) -> int:
        """Delete sessions idle for idle_days (and, past `keep` sessions, the least recently used)."""
        from sqlalchemy import delete

        cutoff = time.time() - idle_days * 86400
        with Session(self.engine) as db:
            old = list(db.exec(select(SessionRow.id).where(SessionRow.updated_at < cutoff)).all())
            if keep is not None:
                total = len(db.exec(select(SessionRow.id)).all())
                if total - len(old) > keep:
                    extra = db.exec(select(SessionRow.id).where(SessionRow.updated_at >= cutoff)
                                    .order_by(SessionRow.updated_at).limit(total - len(old) - keep)).all()
                    old += list(extra)
            if old:
                db.exec(delete(EventRow).where(EventRow.session_id.in_(old)))  # type: ignore[attr-defined]
                db.exec(delete(SnapshotRow).where(SnapshotRow.session_id.in_(old)))  # type: ignore[attr-defined]
                db.exec(delete(SessionRow).where(SessionRow.id.in_(old)))  # type: ignore[union-attr]
                db.commit()
        for key in [k for k in self._worlds if k[0] in set(old)]:
            del self._worlds[key]
        return len(old)

    def set_lesson_state(self, session_id: int, state: dict[str, object]) -> SessionRow:
        with self.lock(session_id), Session(self.engine) as db:
            row = self._locked(db, session_id)
            if row is None:
                raise NotFound(session_id)
            row.lesson_state = json.dumps(state)
            db.add(row)
            db.commit()
            db.refresh(row)
            return row

    def record_progress(self, learner: str, lesson: str, reached: list[str], total: int) -> None:
        """Add goals reached to the learner's progress (goals once reached stay reached)."""
        if not learner:
            return
        from .models import ProgressRow

        with Session(self.engine) as db:
            row = db.exec(select(ProgressRow).where(ProgressRow.learner == learner)
                          .where(ProgressRow.lesson == lesson)).first()
            if row is None:
                row = ProgressRow(learner=learner, lesson=lesson)
            goals = sorted(set(json.loads(row.goals)) | set(reached))
            if goals == json.loads(row.goals) and row.id is not None:
                return
            row.goals = json.dumps(goals)
            row.completed = len(goals) >= total
            row.updated_at = time.time()
            db.add(row)
            db.commit()

    def progress(self, learner: str) -> dict[str, tuple[list[str], bool]]:
        from .models import ProgressRow

        if not learner:
            return {}
        with Session(self.engine) as db:
            rows = db.exec(select(ProgressRow).where(ProgressRow.learner == learner)).all()
        return {r.lesson: (json.loads(r.goals), r.completed) for r in rows}

    def by_token(self, token: str) -> SessionRow | None:
        return self._lookup(SessionRow.token, token)

    def by_viewer_token(self, token: str) -> SessionRow | None:
        return self._lookup(SessionRow.viewer_token, token)

    def by_short(self, code: str) -> SessionRow | None:
        if len(code) != 10 or any(c not in SHORT_ALPHABET for c in code):
            return None
        with Session(self.engine) as db:
            row = db.exec(select(SessionRow).where(SessionRow.short == code)).first()
        return row if row is not None and hmac.compare_digest(row.short, code) else None

    def _lookup(self, column: object, token: str) -> SessionRow | None:
        if not token or len(token) > 64:
            return None
        with Session(self.engine) as db:
            row = db.exec(select(SessionRow).where(column == token)).first()  # type: ignore[arg-type]
        if row is None:
            return None
        stored = row.token if column is SessionRow.token else row.viewer_token
        return row if hmac.compare_digest(stored.encode(), token.encode()) else None

    def get(self, session_id: int) -> SessionRow:
        with Session(self.engine) as db:
            row = db.get(SessionRow, session_id)
        if row is None:
            raise NotFound(session_id)
        return row

    def sessions_by_tokens(self, tokens: list[str]) -> list[SessionRow]:
        rows = [r for r in (self.by_token(t) for t in tokens[:20]) if r is not None]
        return sorted(rows, key=lambda r: -r.updated_at)

    def events(self, session_id: int) -> list[EventRow]:
        with Session(self.engine) as db:
            return list(db.exec(select(EventRow).where(EventRow.session_id == session_id)
                                .order_by(EventRow.version)).all())  # type: ignore[arg-type]

    def lock(self, session_id: int) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(session_id, threading.Lock())

    # -- worlds ---------------------------------------------------------------------------------

    def chain(self, events: list[EventRow], cursor: int) -> list[EventRow]:
        """The commands whose replay gives the world at cursor, oldest first."""
        by_version = {e.version: e for e in events}
        out: list[EventRow] = []
        v = cursor
        while v:
            e = by_version[v]
            out.append(e)
            v = e.parent
        out.reverse()
        return out

    def world_at(self, session: SessionRow, cursor: int, events: list[EventRow] | None = None) -> World:
        key = (session.id or 0, cursor)
        cached = self._worlds.get(key)
        if cached is not None:
            self._worlds.move_to_end(key)
            return cached
        if cursor == 0:
            world = initial_world(session.seed)
            self._remember(key, world)
            return world
        evs = events if events is not None else self.events(session.id or 0)
        chain = self.chain(evs, cursor)
        start = 0
        world: World | None = None
        for i in range(len(chain) - 1, -1, -1):
            hit = self._worlds.get((session.id or 0, chain[i].version))
            if hit is not None:
                world, start = hit, i + 1
                break
        if world is None:
            world, start = self._load_snapshot(session, chain)
        for e in chain[start:]:
            world = apply(world, e.line, e.answer).world
            if e.version % self.snapshot_every == 0:
                self._remember((session.id or 0, e.version), world)
        self._remember(key, world)
        return world

    def _load_snapshot(self, session: SessionRow, chain: list[EventRow]) -> tuple[World, int]:
        versions = [e.version for e in chain]
        if versions:
            with Session(self.engine) as db:
                rows = db.exec(select(SnapshotRow).where(SnapshotRow.session_id == session.id)
                               .where(SnapshotRow.cursor.in_(versions))).all()  # type: ignore[attr-defined]
            best = max(rows, key=lambda r: r.cursor, default=None)
            if best is not None:
                return pickle.loads(best.blob), versions.index(best.cursor) + 1
        return initial_world(session.seed), 0

    def _remember(self, key: tuple[int, int], world: World) -> None:
        self._worlds[key] = world
        self._worlds.move_to_end(key)
        while len(self._worlds) > self._cache_size:
            self._worlds.popitem(last=False)

    def current_world(self, session: SessionRow) -> World:
        return self.world_at(session, session.cursor)

    # -- writes ---------------------------------------------------------------------------------

    def _locked(self, db: Session, session_id: int) -> SessionRow | None:
        """The session row, locked until commit: several processes write one session in turn."""
        return db.exec(select(SessionRow).where(SessionRow.id == session_id).with_for_update()).first()

    def _notify(self, db: Session, session_id: int, version: int) -> None:
        """Tell every process (PostgreSQL NOTIFY, sent at commit): only the session and its version."""
        if self.postgres:
            from sqlalchemy import text

            db.exec(text("SELECT pg_notify('layerlab', :payload)").bindparams(payload=f"{session_id}:{version}"))  # type: ignore[call-overload]

    def run_command(self, session_id: int, line: str, answer: str | None = None, kind: str = "cmd") -> Outcome:
        """Apply line at the session's cursor and append it to the log (or record the question)."""
        with self.lock(session_id), Session(self.engine) as db:
            session = self._locked(db, session_id)
            if session is None:
                raise NotFound(session_id)
            world = self.world_at(session, session.cursor)
            result = apply(world, line, answer)
            now = time.time()
            if result.prompt is not None:
                session.pending_line = line
                session.updated_at = now
                db.add(session)
                db.commit()
                db.refresh(session)
                return Outcome(session, None, result, prompt=result.prompt)
            version = session.version + 1
            row = EventRow(session_id=session_id, version=version, kind=kind, line=line, answer=answer,
                           parent=session.cursor, cursor=version, exit_code=result.exit_code,
                           output=json.dumps(result.lines, ensure_ascii=False), created_at=now)
            session.version = version
            session.cursor = version
            session.pending_line = None
            session.updated_at = now
            db.add(row)
            db.add(session)
            if version % self.snapshot_every == 0:
                db.add(SnapshotRow(session_id=session_id, cursor=version, blob=pickle.dumps(result.world)))
            self._notify(db, session_id, version)
            db.commit()
            db.refresh(row)
            db.refresh(session)
            self._remember((session_id, version), result.world)
            return Outcome(session, row, result)

    def cancel_prompt(self, session_id: int) -> SessionRow:
        with self.lock(session_id), Session(self.engine) as db:
            session = self._locked(db, session_id)
            if session is None:
                raise NotFound(session_id)
            session.pending_line = None
            db.add(session)
            db.commit()
            db.refresh(session)
            return session

    def move(self, session_id: int, kind: str, target: int | None = None) -> Outcome:
        """undo, redo, reset or jump (to target): a new event that moves the cursor."""
        with self.lock(session_id), Session(self.engine) as db:
            session = self._locked(db, session_id)
            if session is None:
                raise NotFound(session_id)
            events = list(db.exec(select(EventRow).where(EventRow.session_id == session_id)
                                  .order_by(EventRow.version)).all())  # type: ignore[arg-type]
            new_cursor = self._target(events, session.cursor, kind, target)
            if new_cursor is None or new_cursor == session.cursor:
                return Outcome(session, None, None)
            version = session.version + 1
            row = EventRow(session_id=session_id, version=version, kind=kind, parent=session.cursor,
                           cursor=new_cursor, created_at=time.time())
            session.version = version
            session.cursor = new_cursor
            session.pending_line = None
            session.updated_at = row.created_at
            db.add(row)
            db.add(session)
            self._notify(db, session_id, version)
            db.commit()
            db.refresh(row)
            db.refresh(session)
            return Outcome(session, row, None)

    def _target(self, events: list[EventRow], cursor: int, kind: str, target: int | None) -> int | None:
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


def redo_stack(events: list[EventRow]) -> list[int]:
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
