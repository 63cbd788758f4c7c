"""What an open goal still misses, said from its own check: the command the goal looks for in the
learner's history (`ran`), what the goal's check command prints now (`run` + `expect`), or, when the
check finds no container or image of the name it looks at (the learner has not made it yet, or
removed it), that thing: a raw "No such container" reads like a fault to a learner who has not
started."""

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
    """`ran`: a command like `command` was not run yet. `check`: `command` prints `output` now.
    `absent`: `command` looks at the `thing` ("container", "image" or, when its output does not say,
    "object") named `output`, and there is none."""

    kind: str
    command: str
    output: str = ""
    thing: str = ""


# what the engine prints, as Docker 28.5.2 does, for a name that names nothing; "Unable to find
# image" only counts when the pull after it failed (a base image is pulled and runs)
_ABSENT = (
    (re.compile(r"No such container: (\S+)$"), "container"),
    (re.compile(r"No such image: (\S+)$"), "image"),
    (re.compile(r"^Unable to find image '([^']+)' locally$"), "image"),
    (re.compile(r"^Error: No such object: (\S+)$"), "object"),
)
_PULL_FAILED = "docker: Error response from daemon:"


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


def absent(goal: Goal, output: list[str]) -> tuple[str, str] | None:
    """The first thing the goal's check output says does not exist, as (kind, name); None when it
    names none (a line the goal expects to see is not a reason for the goal to be open)."""
    expected = set(goal.expect)
    for i, line in enumerate(output):
        if line in expected:
            continue
        for pattern, thing in _ABSENT:
            m = pattern.search(line)
            if m is None:
                continue
            if line.startswith("Unable") and not (i + 1 < len(output) and output[i + 1].startswith(_PULL_FAILED)):
                break
            return thing, m.group(1)
    return None


def _object_kind(lesson: Lesson, name: str) -> str:
    """What `docker inspect`'s "No such object" was about, from the name and the lesson's own lines:
    a reference with a tag, registry or digest is an image (container names have none of those); a
    name the lesson gives with --name is a container's, one it gives with -t/--tag an image's."""
    if any(c in name for c in ":/@"):
        return "image"
    given = re.escape(name) + r"(?=\s|$)"
    lines = lesson.start + lesson.solution
    if any(re.search(r"--name[\s=]" + given, line) for line in lines):
        return "container"
    if any(re.search(r"(?:\s-t|--tag)[\s=]" + given, line) for line in lines):
        return "image"
    return "object"


def _said(lesson: Lesson, goal: Goal, found: tuple[str, str | list[str]] | None) -> Missing | None:
    """What keeps the goal open (None: it is met), from what its own check found (checker.unmet)."""
    if found is None:
        return None
    kind, what = found
    if kind == "ran":
        return Missing("ran", example(str(what)) or "")
    command = " ; ".join(goal.run)
    gone = absent(goal, list(what))
    if gone is not None:
        thing, name = gone
        return Missing("absent", command, name, _object_kind(lesson, name) if thing == "object" else thing)
    first = next((line for line in what if line.strip()), "")
    return Missing("check", command, first[:_OUTPUT_SHOWN])


def explain(lesson: Lesson, world: World, history: list[str]) -> dict[str, Missing | None]:
    """For each goal, what it misses (None when it is met)."""
    found = unmet_goals(lesson, world, history)
    return {g.id: _said(lesson, g, found[g.id]) for g in lesson.goals}
