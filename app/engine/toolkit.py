"""What every simulated program is built from: where its lines go (IO, the terminal), its entry
in a program table, its early exit, its option parsing and usage errors, the two message
flavours (GNU, BusyBox). Below the shell and every tool module, so they import it and not each other."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import budget
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


class Lines(list[str]):
    """Captured output as lines; `open` when the last one has no newline yet (printf abc)."""

    open: bool = False

    def add(self, text: str, end: str = "\n") -> None:
        """Append text, going on with an open last line; end "" leaves the new last line open."""
        pieces = text.split("\n")
        if self.open and self:
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


class PipeLines(Lines):
    """A pipe into a reader that stops after `lines` lines or `size` bytes (head -n, head -c) and
    exits: once the pipe holds that much and a full pipe buffer more, the writer gets SIGPIPE."""

    def __init__(self, lines: int | None = None, size: int | None = None) -> None:
        super().__init__()
        self.lines, self.size, self.written = lines, size, 0
        self.limit = size + PIPE_BUFFER if size is not None else None
        # made while a docker command runs (a pipe inside its container): that command's shield is not this pipe's
        self.inside = PIPE_SHIELD.get()

    def add(self, text: str, end: str = "\n") -> None:
        super().add(text, end)
        self.written += len(text.encode()) + len(end)
        if self.limit is None and self.lines is not None and len(self) - (1 if self.open else 0) >= self.lines:
            self.limit = self.written + PIPE_BUFFER  # the reader has its lines once these are read
        if self.limit is not None and self.written > self.limit and (self.inside or not PIPE_SHIELD.get()):
            raise PipeClosed


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
    """Print file content as it is: a last line without a newline stays without one (IO.write)."""
    io.write(data)


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
