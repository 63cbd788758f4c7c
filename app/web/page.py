"""Builds what a session page shows (view model, terminal, timeline, narration) for one version."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.engine.changes import diff_worlds
from app.store.models import EventRow, SessionRow
from app.store.sessions import Store, redo_stack

from .i18n import translations
from .narrate import narrate
from .viewmodel import SessionView, to_view

TERMINAL_LINES = 400


@dataclass
class TerminalEntry:
    version: int
    line: str
    output: list[tuple[int, str]]
    exit_code: int


@dataclass
class TimelineStep:
    version: int
    line: str
    current: bool
    in_chain: bool


@dataclass
class PageState:
    session: SessionRow
    view: SessionView
    terminal: list[TerminalEntry]
    timeline: list[TimelineStep]
    narration: list[str]
    cwd: str
    can_undo: bool
    can_redo: bool
    prompt: list[str] | None
    role: str  # owner or viewer
    lang: str
    tail_parent: int | None = None  # when the newest entry only appends to the terminal: the version before
    extra: dict[str, object] = field(default_factory=dict)


def build_state(store: Store, session: SessionRow, lang: str, role: str) -> PageState:
    events = store.events(session.id or 0)
    world = store.world_at(session, session.cursor, events)
    chain = store.chain(events, session.cursor)
    last = events[-1] if events else None
    before = None
    narration: list[str] = []
    t = translations(lang)
    if last is not None and last.kind == "cmd" and last.cursor == session.cursor:
        before = store.world_at(session, last.parent, events)
        narration = narrate(diff_worlds(before, world), t)
    elif last is not None and last.kind != "cmd":
        narration = [_move_sentence(last, chain, t)]
    terminal = _terminal(chain)
    timeline = _timeline(events, chain, session.cursor)
    prompt = None
    if session.pending_line and role == "owner":
        from app.engine import apply
        result = apply(world, session.pending_line)
        prompt = result.prompt
    tail_parent = None
    if last is not None and last.kind == "cmd" and last.cursor == session.cursor and last.line != "clear":
        tail_parent = last.version - 1  # that version showed the chain up to this command's parent
    return PageState(session, to_view(world, before), terminal, timeline, narration,
                     world.cwd.replace("/home/learner", "~"), session.cursor != 0,
                     bool(redo_stack(events)), prompt, role, lang, tail_parent=tail_parent)



def _move_sentence(event: EventRow, chain: list[EventRow], t: object) -> str:
    gettext = t.gettext  # type: ignore[attr-defined]
    if event.cursor == 0:
        return gettext("Back at the start: nothing built, nothing running")
    line = chain[-1].line if chain else ""
    return gettext("Showing the state after: {command}").format(command=line)


def _terminal(chain: list[EventRow]) -> list[TerminalEntry]:
    out: list[TerminalEntry] = []
    total = 0
    for e in reversed(chain):
        if e.line == "clear":
            break
        lines = [(int(fd), str(text)) for fd, text in json.loads(e.output)]
        total += len(lines) + 1
        out.append(TerminalEntry(e.version, e.line, lines, e.exit_code))
        if total > TERMINAL_LINES:
            break
    out.reverse()
    return out


def _timeline(events: list[EventRow], chain: list[EventRow], cursor: int) -> list[TimelineStep]:
    in_chain = {e.version for e in chain}
    return [TimelineStep(e.version, e.line, e.version == cursor, e.version in in_chain)
            for e in events if e.kind == "cmd"]
