"""Goals are checked on a throwaway copy of the world: apply() never changes the world it is given."""

from __future__ import annotations

import re
from dataclasses import replace

from app.caches import Bounded
from app.engine import apply, initial_world
from app.engine.world import World

from .matching import lines_match
from .model import Goal, Lesson, Predict


def unmet(goal: Goal, world: World, history: list[str]) -> tuple[str, str | list[str]] | None:
    """What keeps goal open: ("ran", the pattern no command of the learner's matched), or ("check",
    what the goal's check commands print now); None when the world and the history meet it."""
    for pattern in goal.ran:
        if not any(re.search(pattern, line) for line in history):
            return "ran", pattern
    if goal.run:
        w = at_host(world)
        out = Printed()
        for line in goal.run:
            result = apply(w, line)
            out.extend(result.text)
            out.ends.append(len(out))
            w = result.world
        if not lines_match(list(goal.expect), out):
            return "check", out
    return None


def at_host(world: World) -> World:
    """The world as the learner's own prompt sees it, where a goal's check lines run: a goal is about
    the machine, wherever the terminal is. While it is inside a container's shell (`docker exec -it
    feedback-app sh`) or held by a command (`docker logs -f`), a line goes to that shell or command
    (engine.apply, attached.step): the checks' `docker ...` lines answered `sh: docker: not found`
    there, and every goal reached looked undone until the learner left."""
    return world if world.attached is None else replace(world, attached=None)


def given(predict: Predict, world: World) -> bool:
    """Whether what a question takes as given holds in world (its if_run prints its if_expect)."""
    if not predict.if_run:
        return True
    world = at_host(world)
    out: list[str] = []
    for line in predict.if_run:
        result = apply(world, line)
        out.extend(result.text)
        world = result.world
    return lines_match(list(predict.if_expect), out)


class Printed(list[str]):
    """What a goal's check commands printed, one list, and where each command's lines end (`ends`:
    the lines printed up to the end of each), so what misses can be laid at the one that printed it."""

    def __init__(self) -> None:
        super().__init__()
        self.ends: list[int] = []

    def command_of(self, index: int) -> int | None:
        """Which command printed line `index` (None: unknown)."""
        return next((k for k, end in enumerate(self.ends) if index < end), None)


Unmet = tuple[str, "str | list[str]"] | None
# the last worlds' answers, each kept with its world (so its id() is not reused while the entry lives)
_checked: Bounded[tuple[str, int, tuple[str, ...]], tuple[World, dict[str, Unmet]]] = Bounded(256, 256, lambda _: 1)


def unmet_goals(lesson: Lesson, world: World, history: list[str]) -> dict[str, Unmet]:
    """unmet() of each of the lesson's goals, by goal id. A command's answer asks this twice for the
    same world (the tutor, for the goals reached; the page, for what each open goal misses), and the
    goals' check commands were a third of a lesson command's CPU: the last worlds' answers are kept
    (worlds are never changed once made: apply() makes a new one)."""
    key = (lesson.id, id(world), tuple(history))
    hit = _checked.get(key)
    if hit is not None and hit[0] is world:
        return hit[1]
    return _checked.put(key, (world, {g.id: unmet(g, world, history) for g in lesson.goals}))[1]


def evaluate(lesson: Lesson, world: World, history: list[str]) -> dict[str, bool]:
    return {gid: found is None for gid, found in unmet_goals(lesson, world, history).items()}


def start_world(lesson: Lesson, seed: int = 0) -> World:
    w = initial_world(seed)
    for line in lesson.start:
        w = apply(w, line).world
    return w


def _hint_problems(lesson: Lesson, done: set[str]) -> list[str]:
    """With the goals done so far, the first hint a learner who asks gets must be about the first
    goal not reached yet (checked when the lesson's hints name their goals)."""
    first = next((g.id for g in lesson.goals if g.id not in done), None)
    offered = lesson.open_hints(done)
    if first is None or not any(h.goals for h in lesson.hints):
        return []
    if not offered or first not in lesson.hints[offered[0]].goals:
        return [f"{lesson.id}: no hint is about goal {first}, the first one open"]
    return []


def check_lesson(lesson: Lesson) -> list[str]:
    """Problems with a lesson: goals met at the start, goals its solution does not reach, a goal
    open along the solution that the first hint offered is not about."""
    problems: list[str] = []
    world = start_world(lesson)
    at_start = evaluate(lesson, world, [])
    problems += [f"{lesson.id}: goal {gid} is already met at the start" for gid, ok in at_start.items() if ok]
    history: list[str] = []
    done: set[str] = set()  # reached along the way (a goal once reached stays reached)
    problems += _hint_problems(lesson, done)
    asked: set[int] = set()
    for line in lesson.solution:
        for i, p in enumerate(lesson.predict):
            if i not in asked and re.search(p.when, line):
                asked.add(i)
                if not given(p, world):
                    problems.append(f"{lesson.id}: the question for {p.when!r} is asked by the solution when "
                                    "what it takes as given does not hold")
        result = apply(world, line)
        if result.prompt is not None:
            result = apply(world, line, answer="y")
        world = result.world
        history.append(line)
        if any(h.goals for h in lesson.hints):
            done |= {gid for gid, ok in evaluate(lesson, world, history).items() if ok}
            problems += [p for p in _hint_problems(lesson, done) if p not in problems]
    at_end = evaluate(lesson, world, history)
    problems += [f"{lesson.id}: the solution does not reach goal {gid}" for gid, ok in at_end.items() if not ok]
    for i, hint in enumerate(lesson.hints):
        if not hint.en.strip() or not hint.ko.strip():
            problems.append(f"{lesson.id}: hint {i + 1} is empty")
    for p in lesson.predict:
        if not any(re.search(p.when, line) for line in lesson.solution):
            problems.append(f"{lesson.id}: the question for {p.when!r} is never asked by the solution")
    return problems
