"""A session's lesson state, typed. It is stored as JSON in the session row (`lesson_state`) and
changed only through `Store.change_lesson_state`, which holds the session's lock for the whole
read, change and write."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.engine import Result


@dataclass
class Asking:
    """A prediction asked before a command runs: which question, and the command waiting for it."""

    index: int
    line: str


@dataclass
class Script:
    """A presenter's script: its lines (`#` lines are captions), the next one, the caption shown."""

    lines: list[str]
    pos: int = 0
    caption: str = ""

    @property
    def done(self) -> int:
        """Commands run so far (captions do not count)."""
        return sum(1 for line in self.lines[: self.pos] if not line.lstrip().startswith("#"))

    @property
    def steps(self) -> int:
        return sum(1 for line in self.lines if not line.lstrip().startswith("#"))


@dataclass
class LessonState:
    asking: Asking | None = None
    answered: dict[int, int] = field(default_factory=dict)  # question -> the choice made
    hints: list[int] = field(default_factory=list)  # the hints shown, by their place in the lesson, in order
    solution: bool = False  # the solution was asked for
    script: Script | None = None
    embedded: bool = False  # the session lives in an iframe (/embed/)
    reached: list[str] = field(default_factory=list)  # goals reached at some point: they stay reached

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> LessonState:
        asking = raw.get("asking")
        script = raw.get("script")
        return cls(
            asking=Asking(int(asking["index"]), str(asking["line"])) if asking else None,
            answered={int(k): int(v) for k, v in (raw.get("answered") or {}).items()},
            hints=_shown(raw.get("hints")),
            solution=bool(raw.get("solution", False)),
            script=Script([str(x) for x in script["lines"]], int(script.get("pos", 0)), str(script.get("caption", "")))
            if script else None,
            embedded=bool(raw.get("embedded", False)),
            reached=[str(g) for g in raw.get("reached") or []],
        )

    @classmethod
    def loads(cls, text: str | None) -> LessonState:
        return cls.from_dict(json.loads(text or "{}"))

    def to_dict(self) -> dict[str, Any]:
        """The stored form: only what is set, with the keys the rows have always had."""
        out: dict[str, Any] = {}
        if self.asking is not None:
            out["asking"] = {"index": self.asking.index, "line": self.asking.line}
        if self.answered:
            out["answered"] = {str(k): v for k, v in self.answered.items()}
        if self.hints:
            out["hints"] = self.hints
        if self.solution:
            out["solution"] = True
        if self.script is not None:
            out["script"] = {"lines": self.script.lines, "pos": self.script.pos, "caption": self.script.caption}
        if self.embedded:
            out["embedded"] = True
        if self.reached:
            out["reached"] = list(self.reached)
        return out


def _shown(raw: object) -> list[int]:
    """The hints shown: a list of their places; rows written before hints followed the goals hold
    how many were shown, the first ones."""
    if isinstance(raw, list):
        return [int(i) for i in raw]
    return list(range(int(raw or 0)))  # type: ignore[call-overload]


def changing(change: Callable[[LessonState], object]) -> Callable[..., None]:
    """A change of the typed state, as the store applies changes: to the stored dict, in place (the
    store may pass what the lines run with it did; this change does not look)."""
    return changing_after(lambda state, _results: change(state))


def changing_after(change: Callable[[LessonState, list[Result]], object]) -> Callable[..., None]:
    """A change that depends on what the lines run with it did (their results, in order)."""

    def apply(raw: dict[str, Any], results: list[Result] | None = None) -> None:
        state = LessonState.from_dict(raw)
        change(state, results or [])
        raw.clear()
        raw.update(state.to_dict())

    return apply
