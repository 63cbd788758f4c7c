"""What every simulated program is built from: where its lines go (IO, the terminal), its entry
in a program table, its early exit, its option parsing and usage errors, the two message
flavours (GNU, BusyBox). Below the shell and every tool module, so they import it and not each other."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import budget
from .archive import terminal_note
from .budget import MAX_OUTPUT, human_size

if TYPE_CHECKING:
    from .shell import Shell

OUT = 1


ERR = 2


GNU = "gnu"


BUSYBOX = "busybox"


class Output(list[tuple[int, str]]):
    """A program's (fd, line) pairs, as a container's output keeps them: a line printed without its
    newline stays open, and the same stream's next text goes on with it (printf a; printf b: ab)."""

    open_fd = 0  # the stream whose last line is open, or 0

    def add(self, fd: int, text: str, end: str = "\n") -> None:
        """Append fd's text; end "" leaves its new last line open."""
        pieces = text.split("\n")
        if self.open_fd == fd and self:
            self[-1] = (fd, self[-1][1] + pieces.pop(0))
        self.extend((fd, line) for line in pieces)
        self.open_fd = fd if end == "" else 0

    def lines(self) -> Lines:
        """The texts of both streams, as one capture (open when the output ended without a newline)."""
        lines = Lines(text for _, text in self)
        lines.open = self.open_fd != 0
        return lines


class Terminal(Output):
    """The learner's terminal: (fd, line) pairs, keeping at most MAX_OUTPUT characters of them.

    Past the cap lines are only counted (never split or stored), so printing more costs nothing.
    """

    def __init__(self, cap: int = MAX_OUTPUT) -> None:
        super().__init__()
        self.cap = cap
        self.kept = 0
        self.dropped = 0

    def add(self, fd: int, text: str, end: str = "\n") -> None:
        """A terminal shows both streams' bytes in the order they come: text on the other stream goes
        on with a line left open (`printf a; echo b >&2` shows "ab"; coreutils' printf flushes "12 "
        before its warning, which follows on that line), the line then marked as the newer stream's."""
        if self.open_fd and self.open_fd != fd and self:
            self.open_fd = fd
        super().add(fd, text, end)

    def show(self, fd: int, text: str, end: str = "\n") -> None:
        n = len(text) + len(end)
        if self.dropped:
            self.dropped += n
            return
        room = self.cap - self.kept
        if n <= room:
            self.kept += n
            self.add(fd, text, end)
            return
        self.open_fd = 0
        # keep the whole lines that fit (searching only the part that can), count the rest
        cut = text.rfind("\n", 0, room)
        if cut >= 0:
            self.kept += cut + 1
            self.extend((fd, line) for line in text[:cut].split("\n"))
        self.dropped += n - (cut + 1)

    def note(self) -> str | None:
        """The one truncation note, when something was dropped."""
        if not self.dropped:
            return None
        return (f"layerlab: output truncated: this command printed {human_size(self.kept + self.dropped)}; "
                f"the terminal keeps the first {self.cap // 1024} KiB")


LONG_OPEN_LINE = 1 << 20


class Lines(list[str]):
    """Captured output as lines; `open` when the last one has no newline yet (printf abc)."""

    open: bool = False

    def add(self, text: str, end: str = "\n") -> None:
        """Append text, going on with an open last line; end "" leaves the new last line open."""
        pieces = text.split("\n")
        if self.open and self:
            # the open line is made again whole: past a megabyte, a step per 256 characters of it
            # (printf "%s" of 32 KB, again and again with no newline, took 3.2 s for 300)
            if len(self[-1]) > LONG_OPEN_LINE:
                budget.current().step(len(self[-1]) >> 8)
            self[-1] += pieces.pop(0)
        self.extend(pieces)
        self.open = end == ""

    def text(self) -> str:
        """The bytes a reader of this capture gets: a newline after each line but an open last one."""
        if not self:
            return ""
        return "\n".join(self) + ("" if self.open else "\n")


class PipeClosed(BaseException):
    """The reader at a pipe's other end is gone (head has its lines): the writer's next write gets
    SIGPIPE and the program ends there. A BaseException, so a tool's own error handling lets it by."""


SIGPIPE_STATUS = 128 + 13
PIPE_BUFFER = 65536  # what a Linux pipe holds before its writer waits (pipe(7))
# While set, a pipe never closes on its writer: the docker CLI's work is the daemon's, which goes on
# when the CLI is gone, so a `docker build | head` is never cut in the middle of the world's change.
PIPE_SHIELD: ContextVar[bool] = ContextVar("PIPE_SHIELD", default=False)


Stop = Callable[[list[str], int], "int | None"]
"""A reader that exits before its input ends (head -n, sed 5q, grep -m 1): given the pipe's lines and
how many of them are complete so far, the number of lines it reads before it exits, once that is known."""


@dataclass(frozen=True)
class Reads:
    """How much of a pipe its reader takes before it exits, as the reader's words say (tools.early):
    the lines `stop` counts, or `size` bytes (head -c); Reads(size=0) reads nothing (true, head FILE)."""

    stop: Stop | None = None
    size: int | None = None


NOTHING = Reads(size=0)


class PipeLines(Lines):
    """A pipe into a reader that exits early: once the pipe holds what the reader reads and a full
    pipe buffer more, the writer gets SIGPIPE (PipeClosed); so does a write after a sleep, once the
    reader had all it reads before it (the reader is gone by then). A writer that stops before, fits."""

    def __init__(self, reads: Reads) -> None:
        super().__init__()
        self.reads = reads
        self.later: list[Callable[[], None]] = []  # what the writer says once the reader has gone (say_after)
        self.stop, self.written, self.seen = reads.stop, 0, 0
        self.done_at: float | None = None  # the line's seconds slept when the reader had all it reads
        self.limit = reads.size + PIPE_BUFFER if reads.size is not None else None
        if reads.size == 0:
            self.done_at = budget.current().slept  # a reader that reads nothing is gone at once
        # made while a docker command runs (a pipe inside its container): that command's shield is not this pipe's
        self.inside = PIPE_SHIELD.get()

    def add(self, text: str, end: str = "\n") -> None:
        super().add(text, end)
        self.written += len(text.encode()) + len(end)
        slept = budget.current().slept
        if self.limit is None and self.stop is not None:
            complete = len(self) - (1 if self.open else 0)
            if complete > self.seen:
                self.seen = complete
                read = self.stop(self, complete)
                if read is not None:  # the reader has these lines once they are read
                    self.limit = sum(len(line.encode()) + 1 for line in self[:read]) + PIPE_BUFFER
        if self.limit is None:
            return
        if self.done_at is None and self.written >= self.limit - PIPE_BUFFER:
            self.done_at = slept  # the reader has all it reads: it exits now
        late = self.done_at is not None and slept > self.done_at  # the writer slept past the reader's exit
        if (self.written > self.limit or late) and (self.inside or not PIPE_SHIELD.get()):
            raise PipeClosed


class StdoutGone(BaseException):
    """An attached docker CLI's standard output is a pipe whose reader went while the container's
    process wrote to it (`docker run busybox yes | head -3`): the CLI ends there, the process runs on."""


class Unread(Lines):
    """A container process's lines up to where its attached CLI's stdout pipe closed (StdoutGone)."""


def cli_pipe(io: IO) -> PipeLines | None:
    """A pipe of its own that closes where io's standard output pipe (one that closes early) does,
    to follow what a container's process writes toward it; None when io's output is no such pipe."""
    pipe = io.capture_out
    if not isinstance(pipe, PipeLines):
        return None
    follower = PipeLines(pipe.reads)
    follower.inside = True  # it closes whatever the docker command's shield
    return follower


def reader_gone(io: IO) -> bool:
    """io's standard output is a pipe whose reader has read all it reads (and exited): the next
    write into it fails, however little the pipe holds."""
    pipe = io.capture_out
    return isinstance(pipe, PipeLines) and pipe.limit is not None and pipe.written >= pipe.limit - PIPE_BUFFER


def say_after(io: IO, text: str) -> None:
    """An error a writer prints on its terminal once the reader of its output pipe has gone: after
    what that reader printed (the pipeline prints it at its end); at once when it goes elsewhere."""
    pipe = io.capture_out
    if isinstance(pipe, PipeLines) and io.capture_err is None:
        pipe.later.append(lambda: io.err(text))
    else:
        io.err(text)


def split_text(text: str) -> tuple[str, str]:
    """Text as out() takes it: its lines without the final newline, and the end it had ("" when none)."""
    return (text[:-1], "\n") if text.endswith("\n") else (text, "")


@dataclass
class IO:
    """Where a command's lines go: to the terminal (a list of (fd, text)) or into a buffer.

    Text held in a buffer (a pipe, a $( ), a redirect, a container's output) is charged to the
    command line's budget before it is split, so an endless producer stops at the limit.
    """

    sink: list[tuple[int, str]]
    capture_out: Lines | None = None
    capture_err: Lines | None = None
    stdin: str | None = None
    # the terminal's stream each goes to when it is not captured: `>&2` sends stdout to stderr's
    out_fd: int = OUT
    err_fd: int = ERR

    def out(self, text: str, end: str = "\n") -> None:
        """Print text as lines; end="" leaves the last one open, so what follows goes on with it."""
        self._emit(self.out_fd, text, self.capture_out, end)

    def err(self, text: str, end: str = "\n") -> None:
        self._emit(self.err_fd, text, self.capture_err, end)

    def write(self, text: str) -> None:
        """Print text exactly as a program writes it: only the newlines it has."""
        if text:
            self.out(*split_text(text))

    def _emit(self, fd: int, text: str, capture: Lines | None, end: str = "\n") -> None:
        if capture is not None:
            budget.current().stream(len(text) + len(end))
            capture.add(text, end)
        elif isinstance(self.sink, Terminal):
            self.sink.show(fd, text, end)
        else:
            budget.current().stream(len(text) + len(end))
            if isinstance(self.sink, Output):
                self.sink.add(fd, text, end)
            else:
                self.sink.extend((fd, line) for line in text.split("\n"))

    def child(self, capture_out: Lines | None = None, stdin: str | None = None) -> IO:
        if capture_out is not None:
            return IO(self.sink, capture_out, self.capture_err, stdin, OUT, self.err_fd)
        return IO(self.sink, self.capture_out, self.capture_err, stdin, self.out_fd, self.err_fd)


Tool = Callable[["Shell", list[str], IO], int]


@dataclass
class ToolSpec:
    fn: Tool
    where: frozenset[str]  # "host", "gnu", "busybox"


def _split_opts(args: list[str], known: str) -> tuple[set[str], list[str], str | None]:
    """Short options (combined like -rf) and operands; the first unknown option letter."""
    opts: set[str] = set()
    rest: list[str] = []
    bad: str | None = None
    done = False
    for a in args:
        if done or a == "-" or not a.startswith("-"):
            rest.append(a)
        elif a == "--":
            done = True
        elif a.startswith("--"):
            long = {"--recursive": "r", "--force": "f", "--parents": "p", "--all": "a"}.get(a)
            if long and long in known:
                opts.add(long)
            elif bad is None:
                bad = a
        else:
            for ch in a[1:]:
                if ch in known:
                    opts.add(ch)
                elif bad is None:
                    bad = ch
    return opts, rest, bad


class ToolExit(Exception):
    """A tool ends early (its usage error already printed) with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _options(sh: Shell, io: IO, tool_name: str, argv: list[str], known: str) -> tuple[set[str], list[str]]:
    """argv's short options and operands; an unknown option is reported as the tool reports it
    and ends the tool (ToolExit)."""
    opts, operands, bad = _split_opts(argv[1:], known)
    if bad is not None:
        raise ToolExit(_bad_option(sh, tool_name, bad, io))
    return opts, operands


def _missing(io: IO, tool_name: str, what: str, try_help: bool = True) -> ToolExit:
    """A missing operand, said as coreutils says it (the 'Try' line where the tool prints one)."""
    io.err(f"{tool_name}: {what}")
    if try_help:
        io.err(f"Try '{tool_name} --help' for more information.")
    return ToolExit(1)


def _bad_option(sh: Shell, tool_name: str, bad: str, io: IO) -> int:
    if sh.flavor == BUSYBOX:
        io.err(f"{tool_name}: unrecognized option: {bad.lstrip('-')}" if bad.startswith("--")
               else f"{tool_name}: invalid option -- '{bad}'")
        io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
        return 1
    if bad.startswith("--"):
        io.err(f"{tool_name}: unrecognized option '{bad}'")
    else:
        io.err(f"{tool_name}: invalid option -- '{bad}'")
    io.err(f"Try '{tool_name} --help' for more information.")
    return 2 if tool_name == "ls" else 1


def emit_text(io: IO, data: str) -> None:
    """Print file content as it is: a last line without a newline stays without one (IO.write);
    on a terminal, a note in place of an archive's binary bytes (app/engine/archive.py)."""
    # a container's main process writes into its log, which the CLI may yet send down a pipe
    note = terminal_note(data) if io.capture_out is None and isinstance(io.sink, Terminal) else None
    io.write(data if note is None else note + "\n")


def _bre_to_python(bre: str) -> str:
    out = ""
    i = 0
    while i < len(bre):
        c = bre[i]
        if c == "\\" and i + 1 < len(bre):
            n = bre[i + 1]
            out += {"(": "(", ")": ")", "{": "{", "}": "}", "+": "+", "?": "?", "|": "|"}.get(n, "\\" + n)
            i += 2
            continue
        if c in "(){}+?|":
            out += "\\" + c
        else:
            out += c
        i += 1
    return out
