"""How much of a pipe its reader takes before it exits, for the programs that stop reading early:
head (its lines or bytes), grep (-m NUM selected lines; -q, -l, -L the first), sed (at q or Q),
the shell's read (one line), and the programs and builtins that read nothing at all. The writer
of the pipe gets SIGPIPE once that much and a pipe buffer more is written (toolkit.PipeLines).

Each answer comes from the reader's own words, read as the program reads them (grep's options,
sed's script run over the lines written so far): None when it reads its input to the end, or when
its words leave that open (an expansion, an option this file does not read)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from .. import budget
from ..fs import FsError
from ..toolkit import BUSYBOX, IO, NOTHING, Lines, PipeClosed, PipeLines, Reads, Stop, Tool, ToolExit
from .awk import awk_reads
from .findgrep import _compile, _grep_opts
from .sedbusybox import STDIN, Run, UsageError, busybox_sed, options
from .sedcmd import GnuFiles, GnuSed
from .sedexec import Opened, Out, Runner

if TYPE_CHECKING:
    from ..shell import Shell

# Programs (and builtins) that never read their standard input: a pipe into one closes when it exits.
READS_NOTHING = frozenset((
    "true", "false", ":", "echo", "printf", "pwd", "exit", "cd", "export", "unset", "test", "[", "sleep",
    "ls", "date", "touch", "mkdir", "rm", "rmdir", "whoami", "uname", "hostname", "id", "nproc", "seq",
    "yes", "basename", "dirname", "readlink", "realpath", "ln", "chmod", "stat", "du", "df", "mount",
    "umount", "which", "ps",
))


def _quiet() -> IO:
    return IO([], capture_out=Lines(), capture_err=Lines(), stdin="")


def head_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """head -n N / -c N / -N over its standard input (10 lines by default); nothing when it reads
    files instead; None when the count is not a plain number (-n -5 reads it all, 1K)."""
    words = argv[1:]
    lines: int | None = 10
    size: int | None = None
    operands, i = [], 0
    while i < len(words):
        word, i = words[i], i + 1
        if word in ("-q", "-v", "--quiet", "--silent", "--verbose"):
            continue
        if word == "-" or not word.startswith("-"):
            operands.append(word)
            continue
        if word in ("-n", "-c") and i < len(words):
            kind, count, i = word[1], words[i], i + 1
        elif word.startswith(("--lines=", "--bytes=")):
            kind, count = word[2], word[8:]
        elif word[:2] in ("-n", "-c"):
            kind, count = word[1], word[2:]
        else:
            kind, count = "n", word[1:]
        if not count.isdigit():
            return None
        lines, size = (int(count), None) if kind in ("n", "l") else (None, int(count))
    if operands and "-" not in operands:
        return NOTHING
    return Reads(size=size) if lines is None else Reads(_after(lines))


def _after(count: int) -> Stop:
    return lambda lines, complete: count if complete >= count else None


def read_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """The shell's read takes one line (a byte at a time from a pipe, so no more); with -n, -N or
    -d it may take less or more: left open."""
    if any(w.startswith(("-n", "-N", "-d", "-u")) for w in argv[1:]):
        return None
    return Reads(_after(1))


def grep_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """grep stops reading at -m's count of selected lines (GNU: at once for 0), and at the first
    with -q, -l or -L (GNU grep's done_on_match; BusyBox grep_file returns there). A usage error
    or a bad pattern ends it before it reads; files named instead of - are read instead."""
    try:
        parsed = _grep_opts(sh, argv, _quiet())
        pattern = _compile(parsed.opts, parsed.patterns)
    except (ToolExit, regex.error):
        return NOTHING
    if (parsed.rest and "-" not in parsed.rest) or (parsed.opts & {"r", "R"} and sh.flavor != BUSYBOX):
        return NOTHING
    first = parsed.opts & {"q", "l", "L"}
    count = 1 if first else parsed.max_count
    if count is None or len(parsed.rest) > 1:
        return None
    if count == 0:
        return NOTHING if sh.flavor != BUSYBOX else Reads(_after(1))
    invert = "v" in parsed.opts
    state = [0, 0]  # lines looked at, lines selected

    def stop(lines: list[str], complete: int) -> int | None:
        spent = budget.current()
        while state[0] < complete:
            spent.step()
            state[0] += 1
            if (pattern.search(lines[state[0] - 1]) is not None) != invert:
                state[1] += 1
                if state[1] == count:
                    return state[0]
        return None

    return Reads(stop)


class _Wanting(Exception):
    """sed has read all the pipe holds so far and wants more: it has not quit yet."""


class _ProbeFiles(GnuFiles):
    """GNU sed's files for a run over a pipe's lines so far: the lines as its standard input, w
    files and -i's output thrown away (the real run writes them), other files read as they are."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.lines: list[str] = []
        self.piped: Opened | None = None

    def open_write(self, name: str) -> Out:
        return Out(lambda text: None, self.delim)

    def open(self, name: str) -> Opened | str:
        if name == "-" and not self.in_place:
            self.piped = Opened("-", self.lines)
            return self.piped
        return super().open(name)

    def begin_in_place(self, opened: Opened) -> Out:
        return Out(lambda text: None, self.delim)

    def end_in_place(self, opened: Opened) -> None:
        return None

    def finish(self) -> None:
        self.buffer.clear()


class _ProbeRunner(Runner):
    """GNU sed's cycle, wanting more at the end of the lines (never at `$`: more may come)."""

    def at_end(self) -> bool:
        cur = self.cur
        return cur is not None and isinstance(self.fs, _ProbeFiles) and cur is self.fs.piped and not cur.left()

    def read_line(self) -> bool:
        if self.at_end():
            raise _Wanting
        return super().read_line()

    def test_eof(self) -> bool:
        if self.at_end():
            raise _Wanting
        return super().test_eof()


class _ProbeSed(GnuSed):
    files_class = _ProbeFiles
    runner_class = _ProbeRunner


class _ProbeRun(Run):
    """BusyBox sed's cycle over the lines so far (it reads one line ahead, as sed.c does): the
    lines as its standard input, wanting more at their end; `taken`, how many it has read."""

    lines: ClassVar[list[str]] = []  # each probe's class has its own (_busybox_probe)
    made: ClassVar[list[_ProbeRun]] = []
    taken = 0

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.made.append(self)

    def open(self, name: str) -> str | None:
        if name == STDIN:
            return "\n".join(self.lines) + "\n"
        return super().open(name)

    def get_next_line(self) -> tuple[str | None, str]:
        on_pipe = bool(self.names) and self.names[0] == STDIN and self.chunks is not None
        if on_pipe and self.chunks is not None and self.pos >= len(self.chunks):
            raise _Wanting
        got = super().get_next_line()
        if self.names and self.names[0] == STDIN:
            self.taken = self.pos
        return got


def _gnu_probe(sh: Shell, argv: list[str], lines: list[str]) -> int | None:
    sed = _ProbeSed(sh, _quiet())
    assert isinstance(sed.files, _ProbeFiles)
    sed.files.lines = lines
    try:
        sed.main(argv)
    except _Wanting:
        return None
    except ToolExit:
        return 0
    return 0 if sed.files.piped is None else sed.files.piped.pos


def _busybox_probe(sh: Shell, argv: list[str], lines: list[str]) -> int | None:
    made: list[_ProbeRun] = []
    probe = type("Probe", (_ProbeRun,), {"lines": lines, "made": made})
    try:
        busybox_sed(sh, argv, _quiet(), probe)
    except _Wanting:
        return None
    except ToolExit:
        return 0
    return made[-1].taken if made else 0


def sed_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """sed quits at q or Q (and a usage or script error ends it before it reads): its script is
    run over the pipe's lines so far, again each time they have doubled, until it quits there."""
    if sh.flavor == BUSYBOX:
        try:
            if options(argv).in_place is not None:
                return NOTHING
        except UsageError:
            return NOTHING
    probe = _busybox_probe if sh.flavor == BUSYBOX else _gnu_probe
    due = [1]

    def stop(lines: list[str], complete: int) -> int | None:
        if complete < due[0]:
            return None
        due[0] = 2 * complete
        return probe(sh, argv, lines[:complete])

    return Reads(stop)


# Filters that write as they read, what they read deciding what they write (a `$` address of sed's
# waits for the end, so such a script is left out): when the pipe they write into closes early,
# they die of SIGPIPE there, and the pipe they read from closes a buffer later (yes | grep y | head -2).
STREAMING = frozenset(("cat", "tr", "cut", "rev", "grep", "sed", "awk", "mawk"))
_SED_END = re.compile(r"(^|[;{}\n!]\s*)\$")

Maker = Callable[[], "Reads | None"]


def maker(sh: Shell, argv: list[str], fn: Tool, after: Maker | None) -> Maker:
    """What makes a fresh Reads for the pipe into argv (each reading keeps its own count), given
    the maker of the pipe argv writes into, when that one closes early."""
    name = argv[0].rsplit("/", 1)[-1]
    streams = after is not None and name in STREAMING and not (name == "sed" and any(_SED_END.search(w) for w in argv)) \
        and not (name in ("awk", "mawk") and any("END" in w for w in argv))  # (an END block writes after reading)

    def make() -> Reads | None:
        own = reads(sh, argv)
        if after is None or not streams or (own is not None and own.stop is None):
            return own  # bytes (head -c), nothing, or a reader that passes nothing on
        passed = _passes_on(sh, argv, fn, after)
        return Reads(passed if own is None or own.stop is None else _either(own.stop, passed))

    return make


def _either(first: Stop, second: Stop) -> Stop:
    def stop(lines: list[str], complete: int) -> int | None:
        found = first(lines, complete)
        return found if found is not None else second(lines, complete)
    return stop


def _passes_on(sh: Shell, argv: list[str], fn: Tool, after: Maker) -> Stop:
    """Whether the filter has died of its own closed output pipe within the lines so far: a filter
    that takes each line alone (grep, cut, tr, rev, cat) is run over each new batch of lines into
    one pipe like the one it writes into, and dies within the batch after which that pipe closed;
    sed and awk (whose cycles carry their spaces, ranges and variables on) are run over the first
    1, 2, 4 ... of the lines, and dies within the first of those whose pipe closes (at most twice what it read)."""
    state = {"due": 1, "seen": 0}
    kept = PipeLines(NOTHING)  # the pipe the batches go into (made at the first batch)

    def run(text: str, pipe: PipeLines) -> bool | None:
        pipe.inside = True
        io = IO([], capture_out=pipe, capture_err=Lines(), stdin=text)
        try:
            fn(sh, list(argv), io)
        except PipeClosed:
            return True
        except ToolExit:
            return None
        except FsError:
            return False
        return False

    def batches(lines: list[str], complete: int) -> int | None:
        nonlocal kept
        if state["seen"] == 0:
            downstream = after()
            if downstream is None:
                return None
            kept = PipeLines(downstream)
        start, state["seen"] = state["seen"], complete
        closed = run("\n".join(lines[start:complete]) + "\n", kept)
        return 0 if closed is None else complete if closed else None

    def doubling(lines: list[str], complete: int) -> int | None:
        while state["due"] <= complete:
            size = state["due"]
            state["due"] = 2 * size
            downstream = after()
            if downstream is None:  # the pipe it writes into is read to its end: it never closes on it
                return None
            closed = run("\n".join(lines[:size]) + "\n", PipeLines(downstream))
            if closed is None or closed:
                return 0 if closed is None else size
        return None

    return doubling if argv[0].rsplit("/", 1)[-1] in ("sed", "awk", "mawk") else batches


def cat_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """cat reads its files instead of its input unless one of them is -."""
    files = [w for w in argv[1:] if w == "-" or not w.startswith("-")]
    return NOTHING if files and "-" not in files else None


EARLY: dict[str, Callable[[Shell, list[str]], Reads | None]] = {
    "head": head_reads, "grep": grep_reads, "sed": sed_reads, "read": read_reads, "cat": cat_reads,
    "awk": awk_reads, "mawk": awk_reads,
}


def reads(sh: Shell, argv: list[str]) -> Reads | None:
    """How much of a pipe argv's program reads, when it stops early (None: to the end)."""
    name = argv[0].rsplit("/", 1)[-1]
    if name in EARLY:
        return EARLY[name](sh, argv)
    return NOTHING if name in READS_NOTHING else None
