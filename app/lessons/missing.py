"""What an open goal still misses, said from its own check: the command the goal looks for in the
learner's history (`ran`), the line of what the goal's check prints now that misses (`run` + `expect`;
never a line the goal expects, which would read as if it were met) or the expected line it does not
print, or, when the check finds no container or image of the name it looks at (the learner has not
made it yet, or removed it), that thing: a raw "No such container" reads like a fault to a learner
who has not started."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.world import World

from .checker import unmet_goals
from .matching import line_matches
from .model import Goal, Lesson

_META = re.compile(r"[\[\]{}()*+?|^$\\]")
_OUTPUT_SHOWN = 120  # characters of the check's first line of output


@dataclass(frozen=True)
class Missing:
    """`ran`: a command like `command` was not run yet (with `thing` "part": a command with `command`
    in it, a pattern that matches anywhere in the line, such as `:/app`, which is no command). `check`: `command` prints `output` now, the
    first line of its output that does not fit what the goal expects. `unseen`: every line `command`
    prints fits, but the line the goal expects, `output` as the lesson writes it ("" when the lesson
    gives it as a pattern too clever to read back), is not among them.
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


def _states(expect: list[str], out: list[str]) -> list[tuple[int, int, str]]:
    """Where matching out against expect (as matching.lines_match does) stops: each (i, j, why) with
    why "line" (out[j] does not fit expect[i], or nothing more was expected) or "unseen" (the output
    ended before expect[i]). A line a "..." before expect[i] may skip is not a stop, unless expect[i]
    is in the part after the last "...", which the output's last lines must fit."""
    m, n = len(expect), len(out)
    tail = max((k + 1 for k, e in enumerate(expect) if e == "..."), default=0)
    seen: set[tuple[int, int]] = set()
    todo, stops = [(0, 0)], []
    while todo:
        i, j = todo.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == m:
            stops += [(i, j, "line")] if j < n else []
        elif expect[i] == "...":
            todo += [(i + 1, k) for k in range(j, n + 1)]
        elif j == n:
            stops.append((i, j, "unseen"))
        elif line_matches(expect[i], out[j]):
            todo.append((i + 1, j + 1))
        elif i == 0 or expect[i - 1] != "..." or (i >= tail and n - j == m - i):
            stops.append((i, j, "line"))
    return stops


def _near(pattern: str, expect: list[str], out: list[str]) -> str | None:
    """The output line that fits a "(re)" pattern but for its (?!…) parts: what it sees instead of
    the line it looks for (the heading still "Your Feedback", a bind where none should be)."""
    if not pattern.endswith(" (re)") or "(?!" not in pattern:
        return None
    body = pattern[:-5]
    while "(?!" in body:
        start = body.index("(?!")
        depth, k = 0, start
        for k in range(start, len(body)):
            depth += {"(": 1, ")": -1}.get(body[k], 0) if body[k - 1:k] != "\\" else 0
            if depth == 0:
                break
        body = body[:start] + body[k + 1:]
    near = pattern.replace(pattern[:-5], body, 1)
    fits = [line for line in out if line_matches(near, line) and not _expected(expect, line)]
    return fits[0] if fits else None


def _expected(expect: list[str], line: str) -> bool:
    return any(e != "..." and line_matches(e, line) for e in expect)


def miss(expect: list[str], out: list[str]) -> tuple[str, str]:
    """Why out does not fit expect, said by one line: ("check", the first output line that does not
    fit where the match got furthest), or ("unseen", the expected line that is not there, readable;
    "" when it is a pattern that does not read back). A line the goal expects somewhere is never the
    one shown: it does not explain the miss."""
    stops = sorted(_states(expect, out), key=lambda s: (-s[0], s[2] != "line", s[1]))
    i, j, why = stops[0] if stops else (len(expect), 0, "line")
    if why == "line" and (i == len(expect) or not _expected(expect, out[j])):
        return "check", next((line for line in out[j:] if line.strip() and not _expected(expect, line)), "")
    pattern = expect[i]
    near = _near(pattern, expect, out)
    if near is not None:
        return "check", near
    if not pattern.endswith(" (re)"):
        return "unseen", pattern
    said = example(pattern[:-5]) if "(?" not in pattern else None
    if not said and not any(line.strip() for line in out):
        return "check", ""  # it prints nothing yet
    return "unseen", said or ""


def _said(lesson: Lesson, goal: Goal, found: tuple[str, str | list[str]] | None) -> Missing | None:
    """What keeps the goal open (None: it is met), from what its own check found (checker.unmet)."""
    if found is None:
        return None
    kind, what = found
    if kind == "ran":
        anchored = re.sub(r"^\(\?i\)", "", str(what)).startswith("^")
        return Missing("ran", example(str(what)) or "", thing="" if anchored else "part")
    command = " ; ".join(goal.run)
    gone = absent(goal, list(what))
    if gone is not None:
        thing, name = gone
        return Missing("absent", command, name, _object_kind(lesson, name) if thing == "object" else thing)
    how, line = miss(list(goal.expect), list(what))
    return Missing(how, _named_command(goal, what, how, line), line[:_OUTPUT_SHOWN])


def _named_command(goal: Goal, printed: str | list[str], how: str, line: str) -> str:
    """The check command a goal's explanation names, when the check runs several: the one that
    printed the line that misses, or, for a line not printed yet, the first that printed nothing
    the goal expects. Named all together, a helper container's run among them read as something
    the learner should have typed."""
    whole = " ; ".join(goal.run)
    ends = getattr(printed, "ends", None)
    if not isinstance(printed, list) or ends is None or len(goal.run) != len(ends) or len(goal.run) < 2:
        return whole
    if how == "check":
        k = printed.command_of(printed.index(line)) if line and line in printed else None  # type: ignore[attr-defined]
        return goal.run[k] if k is not None else whole
    starts = [0, *ends[:-1]]
    silent = [k for k, (a, b) in enumerate(zip(starts, ends, strict=True))
              if not any(_expected(list(goal.expect), out) for out in printed[a:b])]
    return goal.run[silent[0]] if silent else whole


def explain(lesson: Lesson, world: World, history: list[str]) -> dict[str, Missing | None]:
    """For each goal, what it misses (None when it is met)."""
    found = unmet_goals(lesson, world, history)
    return {g.id: _said(lesson, g, found[g.id]) for g in lesson.goals}
