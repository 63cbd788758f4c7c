"""The rules of a learner's turn, over the store: what a line, a click or a form does to a session.

Each method makes one atomic write at most (see `Store.run_lines`), so the web layer may run it
again on a worker thread when the event loop could not finish it (`store.Busy`)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote_plus

from app.engine import Result
from app.engine.fs import FILE
from app.engine.shellparse import here_documents_open
from app.engine.world import Container, World
from app.lessons.checker import evaluate, given
from app.lessons.history import typed_at_host
from app.lessons.model import Lesson
from app.lessons.model import find as find_lesson
from app.store.models import RECREATE, SessionRecord
from app.store.sessions import Line, LogFull, Outcome, SessionFull, Store

from .recreate import recreate_lines
from .state import Asking, LessonState, Script, changing, changing_after

MAX_LINE = 8192  # characters in one command line, typed or recorded for a click
MAX_SCRIPT = 20_000  # characters of a demo script
MAX_SCRIPT_LINES = 500


def N_(text: str) -> str:
    """Marks a message for the catalog; the web layer translates it."""
    return text


EDIT_ASKED = N_("Before this is saved, the lesson asks what will happen: close the editor and answer in the "
                "terminal, and the file is saved then.")
ANSWER_FIRST = N_("The lesson asks a question first: answer it in the terminal, then save again.")
ASKED = N_("Before this is sent, the lesson asks what will happen: answer in the terminal, and the form is "
           "sent then.")
# (a line typed while a question waits, from another tab of the session, say: it is not run)
LINE_WAITS = N_("The lesson asks a question first: answer it in the terminal, then run your command again.")
INSIDE_SHELL = N_("The terminal is inside a container's shell, and layerlab records each save as the curl line "
                  "typed in the terminal: leave the shell first (exit or Ctrl-D), then save again.")
EDIT_INSIDE_SHELL = N_("The terminal is inside a container's shell, and layerlab records each save as the shell line "
                       "that writes the file: leave the shell first (exit or Ctrl-D), then save again.")
RECREATE_INSIDE_SHELL = N_("The terminal is inside a container's shell, where Re-create's docker commands cannot run: "
                           "leave the shell first (exit or Ctrl-D), then re-create the container.")
LINE_TOO_LONG = N_("That command is {n} characters long; the terminal takes at most {max}.")
EDIT_TOO_LONG = N_("This file is too long to save as one terminal line ({n} characters; at most {max}): it was not saved.")
EDIT_NOT_FOUND = N_("There is no such file in the project folder: it was not saved.")
FORM_TOO_LONG = N_("This form holds more text than one terminal line can carry (at most %(max)s characters), "
                   "so it was not sent. Shorten it and save again.")


@dataclass(frozen=True)
class Notice:
    """A message instead of a command: the catalog's text and its values."""

    text: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    """What a turn did: the session after it, the version the learner's page shows (None: not
    known, so every region is sent), a notice instead of a command, the result."""

    session: SessionRecord
    since: int | None = None
    notice: Notice | None = None
    result: Result | None = None
    promised: bool = False  # other processes were promised the rendered change (Store.run_command)


def quick_line(line: str) -> bool:
    """Whether a terminal line should start on the event loop: one short command. A line can chain
    hundreds of commands (`a; b; ...`): measured, 350 chained builds took 155 ms. Those go to a
    worker thread at once (see Web.call); the others start on the loop and move there when they run
    past its deadline (store.QUICK_SECONDS), before anything is written. A build is one command: the
    course's costs 0.3 ms cached and 3 ms not, and a learner's 600-step Dockerfile (750 ms) gives the
    loop up at the deadline. (Builds used to go to a worker at once: at 200 learners, a build holding
    SQLite's write turn there sent the quick commands behind it to workers too, and the threads
    fighting for the interpreter cost a third more CPU per command.)"""
    return len(line) <= 512 and not any(c in line for c in ";&|\n`") and "$(" not in line


def script_lines(text: str) -> list[str]:
    """A script's steps, one a line, but a here-document's lines (up to its delimiter, kept as
    written) go with the line that opens it, as a shell reads them."""
    out: list[str] = []
    for ln in text[:MAX_SCRIPT].splitlines():
        if out and here_documents_open(out[-1]):
            out[-1] += "\n" + ln
        elif ln.strip():
            out.append(ln.rstrip())
    return out[:MAX_SCRIPT_LINES]


def curl_line(port: int, url: str, pairs: list[tuple[str, str]]) -> str:
    """The command line a post of the app's form stands for (`url` as the browser sent it). Like a
    typed line it holds at most MAX_LINE characters: a longer form is not sent (`Tutor.app_form`)."""
    fields = " ".join(_form_field(k, v) for k, v in pairs)
    return f"curl -s -X POST {fields} {shlex.quote(f'localhost:{port}{url}')}"


def _form_field(name: str, value: str) -> str:
    """One field of the form as curl sends what the browser sent. `--data-urlencode name=content`
    encodes the content only (curl tool_getparam.c data_urlencode: the name up to the first `=` goes
    as written), so a name holding `& = + %` is written encoded, as the browser sent it: written as
    it is, `a&title` made the app read a second field, title. A field with no name (which a browser
    never sends) goes with -d, since `--data-urlencode =content` sends the content alone."""
    if not name:
        return f"-d {shlex.quote('=' + quote_plus(value))}"
    if any(ch in name for ch in "&=+%"):
        name = quote_plus(name)
    return f"--data-urlencode {shlex.quote(f'{name}={value}')}"


PROJECT = "/home/learner/feedback-app"
EDITABLE_BYTES = 64 * 1024  # a file the editor offers: a project's text file, not a build's output


def editable_files(world: World) -> list[str]:
    """The project folder's files the page's editor offers (paths under it), node_modules aside."""
    prefix = PROJECT + "/"
    return sorted(p[len(prefix):] for p, node in world.host.entries.items()
                  if p.startswith(prefix) and node.kind == FILE and node.size <= EDITABLE_BYTES
                  and "/node_modules/" not in "/" + p[len(prefix):])


def heredoc_line(cwd: str, path: str, content: str) -> str:
    """The shell line that writes `content` into `path`: `cat > PATH <<'EOF'`, the lines, `EOF`. The
    delimiter is quoted, so nothing in the lines is expanded, and is chosen to be no line of the
    content. (A here-document ends every line with a newline: a file is saved with a final one.)"""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if content and not content.endswith("\n"):
        content += "\n"
    lines = set(content.split("\n"))
    delimiter = next(d for d in ("EOF", *(f"EOF{n}" for n in range(1, len(lines) + 2))) if d not in lines)
    if path.startswith(cwd.rstrip("/") + "/"):
        shown = path[len(cwd.rstrip("/")) + 1:]
    elif path.startswith("/home/learner/"):
        shown = "~/" + shlex.quote(path[len("/home/learner/"):])
    else:
        shown = path
    shown = shown if shown.startswith("~/") else shlex.quote(shown)
    return f"cat > {shown} <<'{delimiter}'\n{content}{delimiter}"


class Tutor:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- the terminal ---------------------------------------------------------------------------

    def line(self, session: SessionRecord, line: str, answer: str | None, promise: bool = False) -> Turn:
        """A terminal line, or the answer to the question a command asked. `promise`: the caller
        renders the change and sends it on when the turn says it was promised (Store.run_command)."""
        step = self.line_step(session, line, answer)
        if isinstance(step, Turn):
            return step
        if step is None:
            if session.pending_line is not None and answer is not None:
                return Turn(self.store.run_command(session.id or 0, session.pending_line, answer[:100]).session)
            return self._ask(session, line.strip("\r\n"), promise)
        outcome = self.store.run_command(session.id or 0, step, promise=promise, read=session)
        return self.ran(session, outcome)

    def line_step(self, session: SessionRecord, line: str, answer: str | None) -> Turn | str | None:
        """What a terminal line comes to without touching the store: the turn when nothing is to be
        written, the line when it is a command to run as it is, None for the rest (the answer to a
        pending question, a question the lesson asks first)."""
        line = line.strip("\r\n")
        if len(line) > MAX_LINE:
            return Turn(session, notice=Notice(LINE_TOO_LONG, {"n": len(line), "max": MAX_LINE}))
        state = LessonState.loads(session.lesson_state)
        if state.asking is not None:
            return Turn(session, notice=Notice(LINE_WAITS))  # the prediction is answered first
        if session.pending_line is not None and answer is not None:
            return None
        if not line.strip():
            return Turn(session)
        if session.version >= self.store.max_events:
            raise LogFull(session.version)
        if session.log_bytes >= self.store.max_log_bytes:
            raise SessionFull(session.log_bytes)
        # (what a question takes as given is checked by _ask, off the event loop: it needs the world)
        return None if self.prediction_for(session, state, line, check_given=False) is not None else line

    def _ask(self, session: SessionRecord, line: str, promise: bool = False) -> Turn:
        question = self.prediction_for(session, LessonState.loads(session.lesson_state), line)
        if question is None:  # its regex matched, but what the question takes as given does not hold
            return self.ran(session, self.store.run_command(session.id or 0, line, promise=promise, read=session))

        def ask(s: LessonState) -> None:
            s.asking = Asking(question, line)

        return Turn(self.store.change_lesson_state(session.id or 0, changing(ask)), since=session.version)

    @staticmethod
    def ran(session: SessionRecord, outcome: Outcome) -> Turn:
        """The turn of a command run from `session` (as the learner's page showed it)."""
        return Turn(outcome.session, since=session.version, result=outcome.result, promised=outcome.promised)

    def prediction_for(self, session: SessionRecord, state: LessonState, line: str,
                       check_given: bool = True) -> int | None:
        """The question to ask before `line` runs in this lesson, if one is still open and what it
        takes as given holds in the session's world (not looked at without `check_given`). None for
        a line typed in a container's shell: the questions are about the learner's own commands, and
        there `docker stop ...` answers `docker: not found` (and `sed ... server.js` edits the
        container's copy)."""
        lesson = self.lesson(session)
        if lesson is None:
            return None
        for i, p in enumerate(lesson.predict):
            if i in state.answered or not re.search(p.when, line):
                continue
            if not check_given:
                return i
            world = self.store.current_world(session)
            if world.attached is not None and world.attached.shell:
                return None
            if not p.if_run or given(p, world):
                return i
        return None

    def predict(self, session: SessionRecord, choice: int) -> Turn:
        """The learner's prediction, and the command it was asked before, in one write. A docker
        command that Docker refuses (`docker rm` of a running container, say) did not do what the
        question is about: nothing is revealed and the question stays open, to be asked before the
        next try, unless the lesson says the refusal is the answer (`refusal_answers`: lesson 8's
        docker volume rm of a volume in use). (Other failures are often the point: the app's save
        hanging on EXDEV.)"""
        asking = LessonState.loads(session.lesson_state).asking
        lesson = self.lesson(session)
        if asking is None or lesson is None or not 0 <= choice < len(lesson.predict[asking.index].choices):
            return Turn(session)
        refusal_answers = lesson.predict[asking.index].refusal_answers

        def answered(s: LessonState, results: list[Result]) -> None:
            s.asking = None
            refused = asking.line.lstrip().startswith("docker") and any(r.exit_code for r in results) \
                and not refusal_answers
            if not refused:
                s.answered[asking.index] = choice

        outcome = self.store.run_lines(session.id or 0, [(asking.line, None, "cmd")], change=changing_after(answered))
        # The page showed its version with the question in it, a lesson state the session no longer
        # has: every region goes out. (Compared with the version as drawn before the question, a
        # refused command left the lesson state as it was then, the question's form seemed already
        # gone and stayed on the page, where the command line should be, until a reload.)
        return Turn(outcome.session, since=None, result=outcome.result)

    def cancel(self, session: SessionRecord) -> Turn:
        return Turn(self.store.cancel_prompt(session.id or 0))

    def move(self, session: SessionRecord, kind: str, target: int | None) -> Turn:
        """undo, redo, reset or a jump on the timeline."""
        return Turn(self.store.move(session.id or 0, kind, target).session)

    # -- the lesson panel -----------------------------------------------------------------------

    def hint(self, session: SessionRecord) -> Turn:
        """One more hint: the first not shown yet about the first goal not reached (goals reached
        stay reached: progress() keeps them in the state)."""
        lesson = self.lesson(session)

        def one_more(s: LessonState) -> None:
            offered = lesson.open_hints(set(s.reached)) if lesson is not None else []
            nxt = next((i for i in offered if i not in s.hints), None)
            if nxt is not None:
                s.hints = [*s.hints, nxt]

        return Turn(self.store.change_lesson_state(session.id or 0, changing(one_more)))

    def solution(self, session: SessionRecord) -> Turn:
        def shown(s: LessonState) -> None:
            s.solution = True

        return Turn(self.store.change_lesson_state(session.id or 0, changing(shown)))

    # -- scripts --------------------------------------------------------------------------------

    def load_script(self, session: SessionRecord, text: str, lesson_id: str = "") -> Turn:
        """A demo script (command lines; `#` lines are captions), or a lesson's solution: in a session
        of another lesson (a Sandbox, say) the lesson's starting commands come first."""
        if lesson_id:
            found = find_lesson(lesson_id)
            start = list(found.start) if found and found.id != session.kind else []
            text = "\n".join([*start, *found.solution]) if found else ""
        lines = script_lines(text)

        def load(s: LessonState) -> None:
            s.script = Script(lines)

        return Turn(self.store.change_lesson_state(session.id or 0, changing(load)))

    def step(self, session: SessionRecord) -> Turn:
        """The script's next command, run for real; the comments before it become the caption.
        The command and the script's new position are written together."""
        script = LessonState.loads(session.lesson_state).script
        if script is None:
            return Turn(session)
        pos, caption = script.pos, []
        while pos < len(script.lines) and script.lines[pos].lstrip().startswith("#"):
            caption.append(script.lines[pos].lstrip("# ").strip())
            pos += 1
        done = pos >= len(script.lines)
        text = " ".join(caption) or (script.caption if done else "")

        def advance(s: LessonState) -> None:
            if s.script is not None:
                s.script.pos, s.script.caption = pos + (0 if done else 1), text

        if done:
            return Turn(self.store.change_lesson_state(session.id or 0, changing(advance)))
        # a scripted prune says yes, as a presenter would
        outcome = self.store.run_lines(session.id or 0, [(script.lines[pos], None, "cmd")], auto_answer="y",
                                       change=changing(advance))
        return Turn(outcome.session, since=session.version, result=outcome.result)

    # -- buttons and the app's window -------------------------------------------------------------

    def recreate(self, session: SessionRecord, name: str) -> Turn:
        """Remove a container and run it again as it was: both commands are written, or neither.
        Neither while the terminal is inside a container's shell (the page hides the button then,
        but a tab drawn before may still send it): there the lines would run in that shell, print
        `docker: not found` and be recorded as if the container had been made again."""
        world = self.store.current_world(session)
        container: Container | None = world.container_by_name(name)
        if container is None:
            return Turn(session)
        if world.attached is not None and world.attached.shell:
            return Turn(session, notice=Notice(RECREATE_INSIDE_SHELL))
        lines: list[Line] = [(line, None, "cmd") for line in recreate_lines(world, container)]
        outcome = self.store.run_lines(session.id or 0, lines, action=RECREATE)
        return Turn(outcome.session, since=session.version, result=outcome.result)

    def app_form(self, session: SessionRecord, port: int, url: str, pairs: list[tuple[str, str]]) -> Turn:
        """A post of the app's form, recorded as the curl line it stands for. A lesson's question about
        it is asked first, as for the same line typed (and the form waits while a question is open)."""
        state = LessonState.loads(session.lesson_state)
        if state.asking is not None:
            return Turn(session, notice=Notice(ANSWER_FIRST))
        inside = self.store.current_world(session).attached
        if inside is not None and inside.shell:  # the line would run in the container's shell
            return Turn(session, notice=Notice(INSIDE_SHELL))
        line = curl_line(port, url, pairs)
        if len(line) > MAX_LINE:
            return Turn(session, notice=Notice(FORM_TOO_LONG, {"max": f"{MAX_LINE:,}"}))
        question = self.prediction_for(session, state, line)
        if question is not None:
            def ask(s: LessonState) -> None:
                s.asking = Asking(question, line)

            return Turn(self.store.change_lesson_state(session.id or 0, changing(ask)), notice=Notice(ASKED))
        outcome = self.store.run_command(session.id or 0, line)
        return Turn(outcome.session, since=session.version, result=outcome.result)

    def edit_file(self, session: SessionRecord, path: str, content: str) -> Turn:
        """A file of the project folder saved from the page's editor, recorded as the shell line that
        writes it (a here-document), so the log, undo, watchers and `layerlab sim` all see a command."""
        state = LessonState.loads(session.lesson_state)
        if state.asking is not None:
            return Turn(session, notice=Notice(ANSWER_FIRST))
        world = self.store.current_world(session)
        if path not in editable_files(world):
            return Turn(session, notice=Notice(EDIT_NOT_FOUND))
        if world.attached is not None and world.attached.shell:  # `cat > server.js` would write the container's
            return Turn(session, notice=Notice(EDIT_INSIDE_SHELL))
        line = heredoc_line(world.cwd, PROJECT + "/" + path, content)
        if len(line) > MAX_LINE:
            return Turn(session, notice=Notice(EDIT_TOO_LONG, {"n": len(line), "max": MAX_LINE}))
        question = self.prediction_for(session, state, line)  # as for the same line typed
        if question is not None:
            def ask(s: LessonState) -> None:
                s.asking = Asking(question, line)

            return Turn(self.store.change_lesson_state(session.id or 0, changing(ask)), notice=Notice(EDIT_ASKED))
        outcome = self.store.run_command(session.id or 0, line)
        return Turn(outcome.session, since=session.version, result=outcome.result)

    def world(self, session: SessionRecord) -> World:
        return self.store.current_world(session)

    # -- sessions -------------------------------------------------------------------------------

    @staticmethod
    def lesson(session: SessionRecord) -> Lesson | None:
        return None if session.kind == "sandbox" else find_lesson(session.kind)

    def progress(self, session: SessionRecord) -> SessionRecord:
        """Goals reached so far are kept: in the session (a goal once reached stays reached, and the
        page says when a later command undid it) and in the learner's progress. Writes only when a
        goal is new."""
        lesson = self.lesson(session)
        if lesson is None:
            return session
        events = self.store.events(session.id, session.version)
        world = self.store.world_at(session, session.cursor, events)
        history = typed_at_host(self.store.chain(events, session.cursor))
        reached = [gid for gid, ok in evaluate(lesson, world, history).items() if ok]
        if session.learner:
            self.store.record_progress(session.learner, lesson.id, reached, len(lesson.goals))
        kept = LessonState.loads(session.lesson_state).reached
        new = [gid for gid in reached if gid not in kept]
        if not new:
            return session

        def keep(s: LessonState) -> None:
            s.reached = [*s.reached, *(gid for gid in new if gid not in s.reached)]

        return self.store.change_lesson_state(session.id or 0, changing(keep))

    def copy_lines(self, session: SessionRecord, version: int) -> list[Line] | None:
        """The lines whose replay gives the session as it was at `version` (None: no such version)."""
        events = self.store.events(session.id, session.version)
        if version and not any(e.version == version and e.kind in ("cmd", "setup") for e in events):
            return None
        return [(e.line, e.answer, e.kind) for e in self.store.chain(events, version)] if version else []

    def fork_lines(self, session: SessionRecord) -> list[Line]:
        """The lines that made the session's current state."""
        chain = self.store.chain(self.store.events(session.id, session.version), session.cursor)
        return [(e.line, e.answer, e.kind) for e in chain]
