"""Tables: a session and its ordered log of events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class SessionRow(SQLModel, table=True):
    __tablename__ = "sessions"

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(index=True, unique=True)
    viewer_token: str = Field(index=True, unique=True)
    short: str = Field(default="", index=True)  # a short code for the watch link, read-only
    seed: int = 0
    kind: str = "sandbox"  # sandbox or a lesson id
    created_at: float = 0.0
    updated_at: float = 0.0
    version: int = 0  # number of events so far
    cursor: int = 0  # the event whose world is shown (0: the initial world)
    pending_line: str | None = None  # a command waiting for the learner's answer
    learner: str = Field(default="", index=True)  # whose progress this session counts for
    lesson_state: str = "{}"  # JSON: predictions answered, hints shown, solution shown
    pending_prompt: str | None = None  # JSON: the question the pending command asked, as the terminal shows it
    # characters of its log's lines, answers and outputs (Store.max_log_bytes); 0 for a session
    # written before the column was added, which starts counting there
    log_bytes: int = 0


class ProgressRow(SQLModel, table=True):
    """A learner's progress in one lesson: the goals reached so far, and whether all were."""

    __tablename__ = "progress"
    __table_args__ = (UniqueConstraint("learner", "lesson"),)

    id: int | None = Field(default=None, primary_key=True)
    learner: str = Field(index=True)
    lesson: str
    goals: str = "[]"  # JSON list of goal ids reached
    completed: bool = False
    updated_at: float = 0.0


class EventRow(SQLModel, table=True):
    """One entry of a session's log. kind: cmd, undo, redo, reset, jump."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("session_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(index=True, foreign_key="sessions.id")
    version: int
    kind: str
    line: str = ""
    answer: str | None = None
    parent: int = 0  # for cmd: the cursor it was applied on
    cursor: int = 0  # the cursor after this event
    exit_code: int = 0
    output: str = "[]"  # JSON list of [fd, text]: derived, kept to draw the terminal without replay
    created_at: float = 0.0
    # for cmd: the page action that wrote this line with others in one click: its name on its first
    # line (RECREATE), FOLLOWS on each line the same click wrote after it, "" for a line on its own
    # (typed, a script's step; and every line of a log written before this column was added)
    action: str = ""


# What the store hands out: plain frozen values, not ORM objects. Reading a row into one costs
# microseconds, and a value shared between threads (the live hub passes the written row to every
# stream) cannot be changed under anyone's feet. Their fields are the tables' columns.


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    token: str
    viewer_token: str
    short: str
    seed: int
    kind: str
    created_at: float
    updated_at: float
    version: int
    cursor: int
    pending_line: str | None
    learner: str
    lesson_state: str
    pending_prompt: str | None = None
    log_bytes: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    session_id: int
    version: int
    kind: str
    line: str
    answer: str | None
    parent: int
    cursor: int
    exit_code: int
    output: str
    created_at: float
    action: str = ""


RECREATE = "recreate"  # Event.action: the first line of a Re-create (app/tutor/recreate.py)
FOLLOWS = "+"  # Event.action: a line the same click wrote after the one before it
