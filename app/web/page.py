"""Builds what a session page shows (view model, terminal, timeline, narration) for one version."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from app.caches import Bounded, MiB
from app.engine import attached
from app.engine.attached import PROMPT_FD
from app.engine.changes import diff_worlds
from app.engine.shell import LAYERLAB_HELP
from app.lessons.history import typed_at_host
from app.lessons.markdown import render
from app.lessons.missing import explain
from app.lessons.model import all_lessons, find
from app.store.models import FOLLOWS, RECREATE, Event, SessionRecord
from app.store.outputs import left_out, newest
from app.store.sessions import Store, redo_stack
from app.tutor.state import LessonState

from .i18n import N_, translations
from .mistakes import next_step
from .narrate import narrate
from .takeable import commands_in_html, split_commands, takeable_html
from .viewmodel import LazyView, region_inputs

TERMINAL_LINES = 400
# Characters the terminal draws in all, and of one command's output. A line may be long: 40 commands
# printing one line of 250,000 characters each made a 10 MB page (and a region that pushed every other
# learner's out of the render caches), where TERMINAL_LINES alone allowed 200 of them. An output past
# either bound is drawn from its newest lines, after a note of how many earlier ones are not shown.
TERMINAL_CHARS = 256 * 1024
ENTRY_CHARS = 64 * 1024
TIMELINE_STEPS = 100  # the newest commands the timeline lists; Undo and Reset reach further back


@dataclass
class TerminalEntry:
    version: int
    line: str
    output: list[tuple[int, str]]
    exit_code: int
    size: int = 0  # about what keeping this entry costs, in characters
    ps1: str | None = None  # the container shell's prompt it was typed at; None: the learner's own
    held: bool = False  # typed while a command held the terminal (a key, or a line as in a second terminal)
    ours: bool = False  # layerlab's own words (`help`), drawn in the reader's language
    cut: int = 0  # earlier lines of its output not drawn (past TERMINAL_LINES or ENTRY_CHARS)
    chars: int = 0  # characters drawn: the command line's and its output's


# What `help` prints, as a terminal entry's lines: the page translates them (the log keeps English)
_HELP_LINES = [(1, text) for text in LAYERLAB_HELP]


# Each event's output, parsed once: a terminal is drawn from up to TERMINAL_LINES lines of the newest
# events for every version, and parsing their JSON again each time was a third of a command's cost.
# (Keyed by the stored text itself: a string keeps its hash, and the events of a session's cached
# log are the same objects each time, so a lookup costs no comparison of the text.)
_PARSED: Bounded[str, tuple[list[tuple[int, str]], int, str | None, int]] = Bounded(
    8192, 32 * MiB, lambda parsed: 2 * parsed[1])


def _output(e: Event) -> tuple[list[tuple[int, str]], int, str | None, int]:
    """An event's terminal lines (stream, text), their size in characters, the prompt the next
    line is typed at when the terminal is then a container's (app/engine/attached.py with_prompt),
    and how many earlier lines of it the log did not keep (app/store/outputs.py)."""
    found = _PARSED.get(e.output)
    if found is None:
        lines, dropped = left_out([(int(fd), str(text)) for fd, text in json.loads(e.output)])
        marker = next((text for fd, text in lines if fd == PROMPT_FD), None)
        lines = [(fd, text) for fd, text in lines if fd != PROMPT_FD]
        found = _PARSED.put(e.output, (lines, sum(len(t) + 8 for _, t in lines) + len(e.output), marker, dropped))
    return found


@dataclass
class TimelineStep:
    version: int
    line: str
    current: bool
    in_chain: bool
    number: int  # its place among the session's commands, from 1


# Characters of a command line its timeline entry depends on: `truncate(48, leeway=5)` keeps a line
# of up to 53 whole and cuts a longer one within its first 45. The cache below was keyed by the whole
# line: 16,384 lines of 8,192 characters held 134 MB.
TIMELINE_LABEL = 54


@lru_cache(maxsize=16384)
def _timeline_option(version: int, number: int, line: str, current: bool, in_chain: bool, undone: str) -> str:
    """One entry of the timeline menu. A session's menu is drawn again with every command, and
    each entry but the newest is usually as before: drawn once, it is kept."""
    # Jinja's own `truncate` (whole words, 5 characters of leeway), as the template used it
    label = f"{number} · {do_truncate(None, line, 48, leeway=5)}" + ("" if in_chain else f" ({undone})")  # type: ignore[arg-type]
    return f'<option value="{version}"{" selected" if current else ""}>{escape(label)}</option>'


@dataclass
class PageState:
    session: SessionRecord
    view: LazyView
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
    lesson: LessonView | None = None
    timeline_earlier: int = 0  # commands before the first one the timeline lists
    ps1: str | None = None  # the container shell's prompt the next line is typed at; None: the learner's
    inside: tuple[str, str, str] | None = None  # (container, shell or command, "shell" or "held")
    raw: bool = False  # the held terminal is raw: Ctrl-P Ctrl-Q detaches
    inputs: dict[str, object] = field(default_factory=dict)  # per region: what it is drawn from

    @property
    def script(self) -> dict[str, object] | None:
        """A loaded demo script: its lines, the next position, the caption of the last step."""
        script = LessonState.loads(self.session.lesson_state).script
        if script is None:
            return None
        upcoming = next((ln for ln in script.lines[script.pos:] if not ln.lstrip().startswith("#")), None)
        return {"caption": script.caption, "next": upcoming, "done": script.done, "steps": script.steps}

    def timeline_html(self, undone: str) -> Markup:
        """The timeline menu's entries (`undone` is the word for a command an undo left behind)."""
        return Markup("".join(_timeline_option(t.version, t.number, t.line[:TIMELINE_LABEL], t.current, t.in_chain,
                                               undone) for t in self.timeline))

    @property
    def last_command(self) -> str:
        return self.terminal[-1].line if self.terminal else ""

    @property
    def embedded(self) -> bool:
        """Made by /embed: a compact page that talks to its parent window."""
        return LessonState.loads(self.session.lesson_state).embedded

    @property
    def base(self) -> str:
        """Where this view's links go: the owner's URL, or the read-only watch URL."""
        if self.role == "owner":
            return f"/s/{self.session.token}"
        return f"/w/{self.session.viewer_token}"


def build_state(store: Store, session: SessionRecord, lang: str, role: str) -> PageState:
    events = store.events(session.id, session.version)
    world = store.world_at(session, session.cursor, events)
    chain = store.chain(events, session.cursor)
    last = events[-1] if events else None
    before = None
    narration: list[str] = []
    t = translations(lang)
    if last is not None and last.kind == "cmd" and last.cursor == session.cursor:
        before = store.world_at(session, last.parent, events)
        told = _recreated_from(last, chain)  # a Re-create's two lines are told as one change
        since = before if told is None else store.world_at(session, told, events)
        narration = narrate(diff_worlds(since, world), t, before=since, after=world) or [
            t.gettext("Nothing in images, containers or volumes changed.")]
        slip = next_step(last.line, [text for _, text in _output(last)[0]], last.exit_code, before, world, t)
        if slip is not None:  # what to do next comes first: the narration shows three lines
            narration.insert(0, slip)
    elif last is not None and last.kind not in ("cmd", "setup"):
        narration = [_move_sentence(last, chain, t, floor(events))]
    terminal = _terminal(chain)
    timeline, timeline_earlier = _timeline(events, chain, session.cursor)
    lesson = lesson_view(session, world, chain, lang) if session.kind != "sandbox" else None
    # the question a pending command asked, as the store kept it with the command
    prompt = json.loads(session.pending_prompt) if session.pending_line and session.pending_prompt and \
        role == "owner" else None
    tail_parent = None
    if last is not None and last.kind == "cmd" and last.cursor == session.cursor and last.line != "clear":
        tail_parent = last.version - 1  # that version showed the chain up to this command's parent
    line = last.line if before is not None and last is not None else ""
    state = PageState(session, LazyView(world, before, line), terminal, timeline, narration,
                     world.cwd.replace("/home/learner", "~"), session.cursor > floor(events),
                     bool(redo_stack(events)), prompt, role, lang, tail_parent=tail_parent, lesson=lesson,
                     timeline_earlier=timeline_earlier, ps1=attached.prompt(world), inside=attached.badge(world),
                     raw=bool(world.attached and world.attached.raw))
    # What each region draws from: a region whose inputs did not change is neither drawn nor sent
    # again (the controls are left out: their timeline changes with every command).
    state.inputs = region_inputs(world, before, line) | {
        # (with nothing to tell, it suggests a first command: which depends on the images there are)
        "narration": (tuple(narration), None if narration else state.view.app_image),
        "stage": (state.script, state.last_command, role, state.base),
        "prompt": (role, state.base, lesson.question if lesson else None, prompt, state.cwd, state.ps1, state.inside,
                   state.raw),
        "lesson": (role, state.base, state.embedded, lesson),
    }
    return state


def _recreated_from(last: Event, chain: list[Event]) -> int | None:
    """The version before the click that wrote `last` with the lines before it, when that click was
    a Re-create (its `docker rm -f NAME` and the run of NAME again, app/tutor/recreate.py): the
    store marks them (Event.action). None when last is a line on its own, as every line of a log
    written before the mark is. The narration told only the run ("Container feedback-app was
    created"), never that the old layer, and awesome.txt in it, was gone: lesson 3's point, lost on
    the button that makes it. (It used to recognise the two lines by their shape and by being
    written within a second of each other.)"""
    if last.action != FOLLOWS:
        return None
    by_version = {e.version: e for e in chain}
    first: Event | None = last
    while first is not None and first.action == FOLLOWS:
        first = by_version.get(first.parent)
    if first is None or first.kind != "cmd" or first.action != RECREATE:
        return None
    return first.parent


def floor(events: tuple[Event, ...]) -> int:
    """The version a lesson's start script ends at: undo and reset go no further back."""
    return max((e.version for e in events if e.kind == "setup"), default=0)


@dataclass
class GoalView:
    id: str
    title: str
    why: str
    done: bool  # reached, now or earlier: a goal once reached stays reached
    undone: bool = False  # reached earlier, but a later command undid it
    missing: Markup | None = None  # an open goal: what its check finds missing now
    parts: tuple[tuple[str, bool], ...] = ()  # the title in pieces, each marked if it is a command (takeable)


@dataclass
class LessonView:
    id: str
    title: str
    html: str  # the lesson text, rendered from Markdown (raw HTML in it is not allowed)
    goals: list[GoalView]
    hints: list[str]  # the ones shown so far
    more_hints: bool
    solution: list[str] | None  # shown after the learner confirms
    question: dict[str, object] | None  # a prediction to make before the pending command runs
    revealed: list[dict[str, object]]  # predictions made, with the answer and why
    complete: bool
    next_id: str | None
    hint_parts: list[tuple[tuple[str, bool], ...]] = field(default_factory=list)  # each hint, in pieces (GoalView.parts)
    html_takes: str = ""  # `html` with each command a button that puts it in the command line (app.web.takeable)


def lesson_view(session: SessionRecord, world: object, chain: list[Event], lang: str) -> LessonView | None:

    lesson = find(session.kind)
    if lesson is None:
        return None
    history = typed_at_host(chain)
    why_not = explain(lesson, world, history)  # type: ignore[arg-type]
    status = {gid: m is None for gid, m in why_not.items()}
    state = LessonState.loads(session.lesson_state)
    # the hints shown whose goals are not all reached yet, and whether one more is left to offer
    offered = lesson.open_hints({g.id for g in lesson.goals if status[g.id] or g.id in state.reached})
    hints = [lesson.hints[i].get(lang) for i in state.hints if i in offered]
    question = None
    pending = state.asking
    if pending is not None:
        p = lesson.predict[pending.index]
        question = {"index": pending.index, "line": pending.line, "text": p.question.get(lang),
                    "choices": [c.get(lang) for c in p.choices]}
    revealed = []
    for key, choice in state.answered.items():
        p = lesson.predict[key]
        revealed.append({"question": p.question.get(lang), "chosen": p.choices[choice].get(lang),
                         "right": int(choice) == p.answer, "answer": p.choices[p.answer].get(lang),
                         "explain": p.explain.get(lang)})
    order = list(all_lessons())
    idx = next(i for i, item in enumerate(order) if item.id == lesson.id)
    view = LessonView(
        lesson.id, lesson.title.get(lang), _markdown(lesson.text.get(lang)),
        [GoalView(g.id, g.title.get(lang), g.why.get(lang), status[g.id] or g.id in state.reached,
                  g.id in state.reached and not status[g.id],
                  None if g.id in state.reached else _missing_text(why_not[g.id], lang)) for g in lesson.goals],
        hints, any(i not in state.hints for i in offered),
        list(lesson.solution) if state.solution else None, question, revealed,
        all(status[g.id] or g.id in state.reached for g in lesson.goals), order[idx + 1].id if idx + 1 < len(order) else None)
    return _with_takes(view, lang)


def _with_takes(view: LessonView, lang: str) -> LessonView:
    """The lesson's commands made things to take into the command line: its text's command code
    spans, and the commands its goal titles and hints name (app.web.takeable says which are)."""
    known = _known_commands(lang)
    for goal in view.goals:
        goal.parts = split_commands(goal.title, known)
    view.hint_parts = [split_commands(h, known) for h in view.hints]
    view.html_takes = takeable_html(view.html, translations(lang).gettext("Put in the terminal"))
    return view


@lru_cache(maxsize=4)
def _known_commands(lang: str) -> tuple[str, ...]:
    """Every command the lessons' data holds in a language: solutions, goals' checks, and the
    commands their Markdown shows (a hint of one lesson often names a command of another)."""
    found: list[str] = []
    for lesson in all_lessons():
        found += lesson.solution
        found += [line for goal in lesson.goals for line in goal.run]
        found += commands_in_html(_markdown(lesson.text.get(lang)))
    return tuple(dict.fromkeys(found))


# what an open goal misses when its check looks at a container or image that does not exist
_ABSENT_TEXT = {"container": N_("Not done yet: there is no container {container} to check."),
                "image": N_("Not done yet: there is no image {image} to check."),
                "object": N_("Not done yet: there is nothing named {name} to check.")}
_ABSENT_NAME = {"container": "container", "image": "image"}


def _missing_text(found: object, lang: str) -> Markup | None:
    """What an open goal misses, in words, from its check (app.lessons.missing)."""
    if found is None:
        return None
    gettext = translations(lang).gettext
    kind, command, output = found.kind, found.command, found.output  # type: ignore[attr-defined]
    code = Markup("<code>{}</code>").format
    if kind == "ran":
        if not command:
            return Markup(escape(gettext("Not done yet: a command this goal asks for has not run.")))
        if found.thing == "part":  # type: ignore[attr-defined]  # (":/app" is no command: a part of one)
            return Markup(escape(gettext("Not done yet: no command with {part} in it has run."))).format(part=code(command))
        return Markup(escape(gettext("Not done yet: no command like {command} has run."))).format(command=code(command))
    if kind == "absent":  # the check's container or image is not there: not made yet, or removed
        thing = found.thing  # type: ignore[attr-defined]
        return Markup(escape(gettext(_ABSENT_TEXT[thing]))).format(**{_ABSENT_NAME.get(thing, "name"): code(output)})
    if kind == "unseen":  # every line it prints fits, but the one the goal looks for is not there
        if not output:
            return Markup(escape(gettext("Checked with {command}: it does not print the line this goal looks for yet."))).format(
                command=code(command))
        return Markup(escape(gettext("Checked with {command}: it does not print {output} yet."))).format(
            command=code(command), output=code(output))
    if not output:
        return Markup(escape(gettext("Checked with {command}: it prints nothing yet."))).format(command=code(command))
    return Markup(escape(gettext("Checked with {command}, which prints: {output}"))).format(
        command=code(command), output=code(output))


def _markdown(text: str) -> str:

    return render(text)



def _move_sentence(event: Event, chain: list[Event], t: object, start: int = 0) -> str:
    gettext = t.gettext  # type: ignore[attr-defined]
    if event.cursor == start:
        return gettext("Back at the start: nothing built, nothing running")
    line = chain[-1].line if chain else ""
    return gettext("Showing the state after: {command}").format(command=line)


# A chain's terminal, kept by the event at its tip (the event itself, not its version: a session's
# log read again gives new event objects, and a reused session id then finds nothing). The terminal
# after a command is the one before it plus one entry, so it is extended rather than drawn from the
# newest TERMINAL_LINES lines again: that walk was a sixth of a command's CPU.
# (Sized by what a terminal adds: its entries' lines are the parsed outputs _PARSED holds, and
# consecutive terminals share all their entries but one.)
_TERMINALS: Bounded[int, tuple[Event, tuple[TerminalEntry, ...], int]] = Bounded(
    4096, 16 * MiB, lambda kept: 64 + 8 * len(kept[1]) + (kept[1][-1].size if kept[1] else 0))


def _entry(chain: list[Event], i: int) -> tuple[TerminalEntry, int]:
    """Event i of the chain as a terminal entry, and the lines it takes (its own, and the command's)."""
    e = chain[i]
    lines, size, _, dropped = _output(e)
    marker = _output(chain[i - 1])[2] if i else None  # the prompt this line was typed at
    held = marker == attached.HELD
    ours = marker is None and lines == _HELP_LINES
    lines, cut = _newest(lines, size)
    cut += dropped
    chars = sum(len(t) for _, t in lines) + len(e.line)
    if cut:
        size = chars + 8 * len(lines)
    entry = TerminalEntry(e.version, e.line, lines, e.exit_code, size, None if held else marker, held, ours, cut,
                          chars)
    return entry, _lines(entry)


def _lines(entry: TerminalEntry) -> int:
    """Lines an entry takes: its command's, its output's and the note of what is not shown."""
    return len(entry.output) + 1 + (entry.cut > 0)


def _newest(lines: list[tuple[int, str]], size: int) -> tuple[list[tuple[int, str]], int]:
    """An output's newest lines within TERMINAL_LINES and ENTRY_CHARS, and how many earlier ones
    are left out (outputs.newest: the log keeps by the same rule)."""
    if len(lines) <= TERMINAL_LINES and size <= ENTRY_CHARS:
        return lines, 0
    return newest(lines, TERMINAL_LINES, ENTRY_CHARS)


def _ends_terminal(e: Event) -> bool:
    """A `clear` or the lesson's setup: the terminal shows nothing from before it."""
    return e.line == "clear" or e.kind == "setup"


def _terminal(chain: list[Event]) -> list[TerminalEntry]:
    """The newest entries of the chain, back to the last `clear` or setup, until they take more than
    TERMINAL_LINES lines (the entry that crosses the line is shown whole) or would take more than
    TERMINAL_CHARS characters (the newest is shown, whatever it takes)."""
    if not chain:
        return []
    tip = chain[-1]
    kept = _TERMINALS.get(id(tip))
    if kept is not None and kept[0] is tip:
        return list(kept[1])
    before = _TERMINALS.get(id(chain[-2])) if len(chain) > 1 else None
    if before is not None and before[0] is chain[-2]:
        if _ends_terminal(tip):
            entries: list[TerminalEntry] = []
            total = 0
        else:
            entry, lines = _entry(chain, len(chain) - 1)
            entries, total = [*before[1], entry], before[2] + lines
            chars = sum(e.chars for e in entries)
            # drop the oldest entries while the rest still take more than TERMINAL_LINES lines, or
            # all of them more than TERMINAL_CHARS characters
            drop = 0
            while drop < len(entries) - 1 and (total - _lines(entries[drop]) > TERMINAL_LINES
                                               or chars > TERMINAL_CHARS):
                total -= _lines(entries[drop])
                chars -= entries[drop].chars
                drop += 1
            entries = entries[drop:]
    else:
        entries, total, chars = [], 0, 0
        for i in range(len(chain) - 1, -1, -1):
            if _ends_terminal(chain[i]):
                break
            entry, lines = _entry(chain, i)
            chars += entry.chars
            if entries and chars > TERMINAL_CHARS:
                break
            total += lines
            entries.append(entry)
            if total > TERMINAL_LINES:
                break
        entries.reverse()
    _TERMINALS.put(id(tip), (tip, tuple(entries), total))
    return entries


def _timeline(events: tuple[Event, ...], chain: list[Event], cursor: int) -> tuple[list[TimelineStep], int]:
    """The newest TIMELINE_STEPS commands, numbered from the session's start, and how many came
    before them. A long session's menu would otherwise grow with every command, and it is sent
    again with each one."""
    in_chain = {e.version for e in chain}
    commands = [e for e in events if e.kind == "cmd"]
    earlier = max(0, len(commands) - TIMELINE_STEPS)
    return [TimelineStep(e.version, e.line, e.version == cursor, e.version in in_chain, earlier + i + 1)
            for i, e in enumerate(commands[earlier:])], earlier
