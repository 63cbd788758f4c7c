"""Lessons as validated data: one folder per lesson with lesson.toml, en.md and ko.md."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
LANGS = ("en", "ko")
DATA = Path(__file__).parent / "data"


class LessonError(Exception):
    """A lesson folder that does not follow the format; the message says where and what."""


@dataclass(frozen=True)
class Text:
    en: str
    ko: str

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Hint(Text):
    """A hint, and the goals it helps reach (`goals = [...]` in lesson.toml): once they are all
    reached it is not offered any more. A hint that names no goal is always offered."""

    goals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Goal:
    id: str
    title: Text
    why: Text
    run: tuple[str, ...] = ()  # command lines run on a throwaway copy of the world
    expect: tuple[str, ...] = ()  # their output, in transcript line syntax
    ran: tuple[str, ...] = ()  # regexes: each must match a command the learner ran


@dataclass(frozen=True)
class Predict:
    when: str  # regex on a command line about to run
    question: Text
    choices: tuple[Text, ...]
    answer: int
    explain: Text
    # what the question takes as given, checked as a goal is (`if_run` printing `if_expect`) on the
    # world the line is about to run in: asked only when it holds ("after you saved awesome.txt" was
    # asked of a learner who had saved nothing, and the answer praised as right)
    if_run: tuple[str, ...] = ()
    if_expect: tuple[str, ...] = ()
    # Docker refusing the line is what the question is about ("Will docker volume rm feedback work
    # now?"): the answer is revealed then too, where a refused docker line otherwise keeps the
    # question open for the next try (app/tutor/turn.py predict)
    refusal_answers: bool = False


@dataclass(frozen=True)
class Lesson:
    id: str
    order: int
    title: Text
    text: Text  # Markdown
    goals: tuple[Goal, ...]
    hints: tuple[Hint, ...]
    solution: tuple[str, ...]
    start: tuple[str, ...] = ()
    predict: tuple[Predict, ...] = ()
    allowed: tuple[str, ...] = ()
    folder: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def open_hints(self, done: set[str]) -> list[int]:
        """The hints still worth offering, given the goals done: those about the first goal not yet
        reached first, then those of the goals after it (hints that name no goal come first); a hint
        whose goals are all reached is left out."""
        order = {g.id: i for i, g in enumerate(self.goals)}
        keyed = []
        for i, hint in enumerate(self.hints):
            left = [order[g] for g in hint.goals if g not in done]
            if hint.goals and not left:
                continue
            keyed.append((min(left, default=-1), i))
        return [i for _, i in sorted(keyed)]


def _text(raw: object, where: str) -> Text:
    if not isinstance(raw, dict):
        raise LessonError(f"{where}: expected a table with en and ko")
    missing = [lang for lang in LANGS if not isinstance(raw.get(lang), str) or not raw[lang].strip()]
    if missing:
        raise LessonError(f"{where}: missing or empty text for {', '.join(missing)}")
    return Text(raw["en"].strip(), raw["ko"].strip())


def _hint(raw: object, where: str, goals: tuple[Goal, ...]) -> Hint:
    text = _text(raw, where)
    named = _lines(raw.get("goals") if isinstance(raw, dict) else None, f"{where}.goals")
    unknown = [g for g in named if g not in {goal.id for goal in goals}]
    if unknown:
        raise LessonError(f"{where}.goals: no goal with the id {', '.join(unknown)}")
    return Hint(text.en, text.ko, named)


def _lines(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise LessonError(f"{where}: expected a list of strings")
    return tuple(raw)


def load_lesson(folder: Path) -> Lesson:
    """Read and validate one lesson folder."""
    meta, where = _meta(folder)
    lid = meta.get("id")
    if not isinstance(lid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", lid):
        raise LessonError(f"{where}: id must be lowercase letters, digits and dashes")
    order = meta.get("order")
    if not isinstance(order, int):
        raise LessonError(f"{where}: order must be a whole number")
    goals = _goals(meta, where)
    hints = tuple(_hint(h, f"{where} hints[{i}]", goals) for i, h in enumerate(meta.get("hints") or []))
    if not hints:
        raise LessonError(f"{where}: a lesson needs at least one hint")
    solution = _lines(meta.get("solution"), f"{where}.solution")
    if not solution:
        raise LessonError(f"{where}: a lesson needs a reference solution")
    texts = _texts(folder)
    return Lesson(lid, order, _text(meta.get("title"), f"{where}.title"), Text(texts["en"], texts["ko"]),
                  goals, hints, solution, _lines(meta.get("start"), f"{where}.start"),
                  _predicts(meta, where), _lines(meta.get("allowed"), f"{where}.allowed"), folder.name)


def _meta(folder: Path) -> tuple[dict[str, Any], str]:
    """lesson.toml, parsed and of the format this loader reads, and how errors name it."""
    meta_path = folder / "lesson.toml"
    if not meta_path.exists():
        raise LessonError(f"{folder.name}: no lesson.toml")
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(f"{folder.name}/lesson.toml: {exc}") from None
    where = f"{folder.name}/lesson.toml"
    if meta.get("format_version") != FORMAT_VERSION:
        raise LessonError(f"{where}: format_version must be {FORMAT_VERSION}")
    return meta, where


def _texts(folder: Path) -> dict[str, str]:
    texts = {}
    for lang in LANGS:
        md = folder / f"{lang}.md"
        if not md.exists() or not md.read_text(encoding="utf-8").strip():
            raise LessonError(f"{folder.name}: {lang}.md is missing or empty")
        texts[lang] = md.read_text(encoding="utf-8")
    return texts


def _goals(meta: dict[str, Any], where: str) -> tuple[Goal, ...]:
    goals = []
    seen: set[str] = set()
    for i, g in enumerate(meta.get("goals") or []):
        gw = f"{where} goals[{i}]"
        gid = g.get("id")
        if not isinstance(gid, str) or not gid or gid in seen:
            raise LessonError(f"{gw}: each goal needs a unique id")
        seen.add(gid)
        goal = Goal(gid, _text(g.get("title"), f"{gw}.title"), _text(g.get("why"), f"{gw}.why"),
                    _lines(g.get("run"), f"{gw}.run"), _lines(g.get("expect"), f"{gw}.expect"),
                    _lines(g.get("ran"), f"{gw}.ran"))
        if not goal.run and not goal.ran:
            raise LessonError(f"{gw}: a goal needs run/expect or ran")
        if goal.run and "expect" not in g:
            raise LessonError(f"{gw}: run without expect (write expect = [] for no output)")
        for pattern in goal.ran:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise LessonError(f"{gw}.ran: {pattern!r}: {exc}") from None
        goals.append(goal)
    if not goals:
        raise LessonError(f"{where}: a lesson needs at least one goal")
    return tuple(goals)


def _predicts(meta: dict[str, Any], where: str) -> tuple[Predict, ...]:
    predicts = []
    for i, p in enumerate(meta.get("predict") or []):
        pw = f"{where} predict[{i}]"
        choices = tuple(_text(c, f"{pw}.choices[{k}]") for k, c in enumerate(p.get("choices") or []))
        answer = p.get("answer")
        if len(choices) < 2 or not isinstance(answer, int) or not 0 <= answer < len(choices):
            raise LessonError(f"{pw}: needs two or more choices and an answer index among them")
        if_run = _lines(p.get("if_run"), f"{pw}.if_run")
        if if_run and "if_expect" not in p:
            raise LessonError(f"{pw}: if_run without if_expect")
        predicts.append(Predict(str(p.get("when", "")), _text(p.get("question"), f"{pw}.question"), choices, answer,
                                _text(p.get("explain"), f"{pw}.explain"), if_run,
                                _lines(p.get("if_expect"), f"{pw}.if_expect"), p.get("refusal_answers") is True))
    return tuple(predicts)


@lru_cache(maxsize=1)
def all_lessons(root: str = str(DATA)) -> tuple[Lesson, ...]:
    """Every lesson under root, in course order; raises LessonError for the first bad one."""
    lessons = [load_lesson(p) for p in sorted(Path(root).iterdir()) if p.is_dir() and not p.name.startswith(".")]
    ids = [lesson.id for lesson in lessons]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise LessonError(f"duplicate lesson ids: {', '.join(sorted(dup))}")
    return tuple(sorted(lessons, key=lambda lesson: (lesson.order, lesson.id)))


def find(lesson_id: str) -> Lesson | None:
    return next((lesson for lesson in all_lessons() if lesson.id == lesson_id), None)
