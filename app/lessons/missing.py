"""What an open goal still misses, said from its own check: the command the goal looks for in the
learner's history (`ran`), or what the goal's check command prints now (`run` + `expect`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.world import World

from .checker import unmet_goals
from .model import Goal, Lesson

_META = re.compile(r"[\[\]{}()*+?|^$\\]")
_OUTPUT_SHOWN = 120  # characters of the check's first line of output


@dataclass(frozen=True)
class Missing:
    """`ran`: a command like `command` was not run yet. `check`: `command` prints `output` now."""

    kind: str
    command: str
    output: str = ""


def example(pattern: str) -> str | None:
    """A command a `ran` pattern matches, as a learner would type it (None when the pattern is too
    clever to read back): optional parts left out, the first plain alternative taken."""
    s = re.sub(r"^\(\?i\)", "", pattern).lstrip("^").rstrip("$")
    for _ in range(4):  # innermost groups first
        s = re.sub(r"\((?:\?:)?[^()]*\)\?", "", s)  # an optional group
        s = re.sub(r"\((?:\?:)?([^()]*)\)", lambda m: _plain_alternative(m.group(1)), s)
    s = re.sub(r"\[[^\]]*\][?*]", "", s)  # an optional character class
    s = re.sub(r"(\\.|[^\\])\?", "", s)  # an optional character
    s = re.sub(r"\\s[+*]?", " ", s).replace(r"\b", "")
    s = re.sub(r"\.[*+]", " … ", s)
    s = re.sub(r"\\([./\-=:\"'])", r"\1", s)
    if _META.search(s):
        return None
    return " ".join(s.split()).strip(" …") or None


def _plain_alternative(body: str) -> str:
    options = body.split("|")
    plain = [o for o in options if not _META.search(re.sub(r"\\s[+*]?", " ", o))]
    return plain[0] if plain else options[0]


def _said(goal: Goal, found: tuple[str, str | list[str]] | None) -> Missing | None:
    """What keeps the goal open (None: it is met), from what its own check found (checker.unmet)."""
    if found is None:
        return None
    kind, what = found
    if kind == "ran":
        return Missing("ran", example(str(what)) or "")
    first = next((line for line in what if line.strip()), "")
    return Missing("check", " ; ".join(goal.run), first[:_OUTPUT_SHOWN])


def explain(lesson: Lesson, world: World, history: list[str]) -> dict[str, Missing | None]:
    """For each goal, what it misses (None when it is met)."""
    found = unmet_goals(lesson, world, history)
    return {g.id: _said(g, found[g.id]) for g in lesson.goals}
