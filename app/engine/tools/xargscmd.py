"""xargs: GNU findutils 4.9.0's (xargs/xargs.c with lib/buildcmd.c) and BusyBox 1.37's
(findutils/xargs.c).

It reads items from standard input (or -a FILE) and runs the command (echo when none is given)
with as many as fit, or -n at a time, or one input line each with -I. GNU splits at blanks and
newlines with '...', "..." and \\ quoting (a quote may not span a line), runs the command once
even with no input unless -r, and stops at an unmatched quote after running what it has;
BusyBox's quotes may span lines, an empty '' is dropped, and it too runs once with no input
unless -r (xargs_main sets OPT_NO_EMPTY only after the first turn; -I implies -r).

The command is looked up as execvp would: a program the host or the image has (a shell builtin
such as cd is not one). Each run's input is empty (GNU opens /dev/null for it). Exit status: 0;
123 when a run exited 1-125 (the others still run); 124 and a stop when one exited 255; 127
when the command is not found; 126 when layerlab cannot run it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import budget
from ..fs import DIR, ERRNO_TEXT, FsError
from ..toolkit import BUSYBOX, IO, ToolExit
from .common import Getopt, fail, load, quote_arg, quotef, usage_error
from .fields import bb_number

if TYPE_CHECKING:
    from ..shell import Shell
    from ..toolkit import Tool

_GNU_LONGS = {"null": "0", "arg-file": "a:", "delimiter": "d:", "eof": "e::", "replace": "I::", "max-lines": "l::",
              "max-args": "n:", "open-tty": "o", "interactive": "p", "no-run-if-empty": "r", "max-chars": "s:",
              "verbose": "t", "show-limits": "show-limits", "exit": "x", "max-procs": "P:",
              "process-slot-var": "process-slot-var:"}
# the shell's own commands that are also programs on PATH (the rest, cd or export, are not)
_PROGRAMS_TOO = ("echo", "true", "false", "pwd", "printf", "test", "[", "kill")
_UNMATCHED = "unmatched {} quote; by default quotes are special to xargs unless you use the -0 option"
XARGS_USAGE = """[OPTIONS] [PROG ARGS]

Run PROG on every item given by stdin

\t-0\tNUL terminated input
\t-a FILE\tRead from FILE instead of stdin
\t-o\tReopen stdin as /dev/tty
\t-r\tDon't run command if input is empty
\t-t\tPrint the command on stderr before execution
\t-p\tAsk user whether to run each command
\t-E STR,-e[STR]\tSTR stops input processing
\t-I STR\tReplace STR within PROG ARGS with input line
\t-n N\tPass no more than N args to PROG
\t-s N\tPass command line of no more than N bytes
\t-P N\tRun up to N PROGs in parallel
\t-x\tExit if size is exceeded"""


class _Stop(Exception):
    """xargs ends now with this status (its message already said)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@dataclass
class _Runner:
    """Runs the command for each batch and keeps xargs' exit status."""

    sh: Shell
    io: IO
    verbose: bool
    busybox: bool
    status: int = 0
    runs: int = 0

    def find(self, name: str) -> Tool | None:
        """What execvp would run for name (None: not found)."""
        base = name.rsplit("/", 1)[-1]
        if "/" not in name and base not in _PROGRAMS_TOO and base in _shell_only():
            return None
        return self.sh.resolve(name)

    def run(self, argv: list[str]) -> None:
        """One run of the command with its arguments; _Stop when xargs must end."""
        budget.current().step()
        self.runs += 1
        if self.verbose:
            shown = argv if self.busybox else [quotef(a, colon=False) for a in argv]
            self.io.err(" ".join(shown))
        fn = self.find(argv[0])
        if fn is None or getattr(fn, "__name__", "") == "_not_executable":  # the shell's refusal of a path
            denied = self._not_runnable(argv[0])
            self.io.err(f"xargs: {argv[0]}: {'Permission denied' if denied else 'No such file or directory'}")
            raise _Stop(126 if denied else 127)
        status = self.sh.execute(argv, self.io.child(stdin=""))
        if getattr(fn, "__name__", "") == "not_simulated":
            raise _Stop(126)
        if status == 255:
            self.io.err(f"xargs: {argv[0]}: exited with status 255; aborting")
            raise _Stop(124)
        if status:
            self.status = 123


    def _not_runnable(self, name: str) -> bool:
        """A path that names a folder or a file without x: execvp's EACCES."""
        if "/" not in name:
            return False
        try:
            node = self.sh.view.get(self.sh.path(name))
        except FsError:
            return False
        return node is not None and (node.kind == DIR or not node.mode & 0o111)


def _shell_only() -> frozenset[str]:
    from ..shell import BUILTINS

    return frozenset(BUILTINS)


# -- GNU's reading ---------------------------------------------------------------------------


@dataclass
class _Input:
    """The text xargs reads and where it is in it."""

    data: str
    pos: int = 0
    lineno: int = 0  # lines read for -L (a line ending in a blank goes on)
    nul_warned: bool = False

    def getc(self) -> str | None:
        if self.pos >= len(self.data):
            return None
        self.pos += 1
        return self.data[self.pos - 1]


class _Unmatched(Exception):
    """A quote without its mate (the quote character)."""

    @property
    def kind(self) -> str:
        return "double" if self.args[0] == '"' else "single"


@dataclass
class _Line:
    """read_line's state for one call."""

    state: str = "space"
    quote: str = ""
    first: bool = True
    seen: bool = False
    buf: list[str] = field(default_factory=list)


def _read_line(inp: _Input, io: IO, replace: bool, eof_str: str | None) -> Iterator[str | None]:
    """GNU read_line: each argument it pushes (with -I, the line, once); a final None when the
    input (or the -E string) has ended. _Unmatched for a quote left open at a newline or the end."""
    st = _Line()
    c: str | None = None
    while True:
        prev, c = c, inp.getc()
        if c is None:
            text = "".join(st.buf)
            if not st.buf:
                yield None
                return
            if st.state == "quote":
                raise _Unmatched(st.quote)
            if st.first and eof_str is not None and text == eof_str:
                yield None
                return
            yield text
            return
        ended = _read_char(st, inp, io, c, prev, replace)
        if ended is None:
            continue
        if eof_str is not None and ended == eof_str:
            yield None
            return
        yield ended
        if c == "\n":
            return
        st.buf, st.state, st.first = [], "space", False


def _read_char(st: _Line, inp: _Input, io: IO, c: str, prev: str | None, replace: bool) -> str | None:
    """One character of read_line: the argument it ends (at a blank or a newline), else None."""
    if st.state == "space":
        if c in " \t\n\v\f\r":
            return None
        st.state = "norm"
    if st.state == "norm":
        ended, keep = _read_norm(st, inp, c, prev, replace)
        if ended is not None or not keep:
            return ended
    elif st.state == "quote":
        if c == "\n":
            raise _Unmatched(st.quote)
        if c == st.quote:
            st.state, st.seen = "norm", True
            return None
    else:
        st.state = "norm"
    if c == "\0" and not inp.nul_warned:
        io.err("xargs: WARNING: a NUL character occurred in the input.  It cannot be passed through in the "
               "argument list.  Did you mean to use the --null option?")
        inp.nul_warned = True
    st.buf.append(c)
    return None


def _read_norm(st: _Line, inp: _Input, c: str, prev: str | None, replace: bool) -> tuple[str | None, bool]:
    """read_line's NORM state: (the argument a blank or newline ends, whether c is kept)."""
    if c == "\n":
        if prev not in (" ", "\t"):
            inp.lineno += 1
        if not st.buf and not st.seen:
            st.state = "space"
            return None, False
        return "".join(st.buf), False
    st.seen = True
    if not replace and c in " \t":
        return "".join(st.buf), False
    if c == "\\":
        st.state = "backslash"
        return None, False
    if c in "'\"":
        st.state, st.quote = "quote", c
        return None, False
    return None, True


def _read_string(inp: _Input, delim: str) -> Iterator[str | None]:
    """GNU read_string (-0, -d): one item up to the delimiter (an empty one too); None at the end."""
    buf: list[str] = []
    while True:
        c = inp.getc()
        if c is None:
            yield "".join(buf) if buf else None
            if buf:
                yield None
            return
        if c == delim:
            inp.lineno += 1
            yield "".join(buf)
            return
        buf.append(c)


# -- GNU options and the run -----------------------------------------------------------------


@dataclass
class _GnuOptions:
    delim: str | None = None
    eof_str: str | None = None
    replace: str | None = None
    max_args: int = 0
    max_lines: int = 0
    run_empty: bool = True
    verbose: bool = False
    arg_file: str = "-"
    exit_if_exceeded: bool = False


def _parse_num(sh: Shell, io: IO, text: str, letter: str, least: int, fatal: bool = True) -> int:
    """xargs.c parse_num: strtol's number of at least `least`, else its message (and, fatal, the usage)."""
    if re.fullmatch(r"[ \t\n\v\f\r]*[+-]?[0-9]+", text) is None:
        io.err(f'xargs: invalid number "{text}" for -{letter} option')
        raise usage_error(sh, io, "xargs", "")
    value = int(text.strip())
    if value < least:
        io.err(f"xargs: value {text} for -{letter} option should be >= {least}")
        if fatal:
            raise usage_error(sh, io, "xargs", "")
        value = least
    return value


def _delimiter(io: IO, text: str) -> str:
    """xargs.c get_input_delimiter: one character, or a backslash escape (\\n, \\t, \\0, \\x41...)."""
    if len(text) == 1:
        return text
    letters = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
    if text.startswith("\\") and text[1:2] in letters:
        return letters[text[1]]
    if text.startswith("\\") and (text[1:2] == "x" or text[1:2].isdigit()):
        digits, base = (text[2:], 16) if text[1] == "x" else (text[1:], 8)
        try:
            value = int(digits, base)
        except ValueError:
            raise fail(io, f"xargs: Invalid escape sequence {text} in input delimiter specification; "
                       f"trailing characters {digits.lstrip('0123456789abcdefABCDEF')} not recognised.") from None
        if value > 255:
            raise fail(io, f"xargs: Invalid escape sequence {text} in input delimiter specification; character "
                       f"values must not exceed {'ff' if base == 16 else '377'}.")
        return chr(value)
    if text.startswith("\\"):
        raise fail(io, f"xargs: Invalid escape sequence {text} in input delimiter specification.")
    raise fail(io, f"xargs: Invalid input delimiter specification {text}: the delimiter must be either a single "
               "character or an escape sequence starting with \\.")


def _gnu_option(sh: Shell, io: IO, o: _GnuOptions, key: str, value: str | None) -> None:
    """One option, as xargs.c main's switch takes it (-I, -L and -n each cancel the others)."""
    if key in ("0", "d"):
        o.delim = "\0" if key == "0" else _delimiter(io, value or "")
    elif key in ("E", "e"):
        o.eof_str = value or None
    elif key in ("I", "i", "L", "l", "n"):
        _gnu_batch_option(sh, io, o, key, value)
    elif key in ("s", "P"):
        _parse_num(sh, io, value or "", key, 1 if key == "s" else 0, fatal=key == "P")
    elif key in ("p", "show-limits"):
        io.err(f"layerlab: xargs {'-p' if key == 'p' else '--show-limits'} is not simulated")
        raise ToolExit(126)
    else:
        o.run_empty = o.run_empty and key != "r"
        o.verbose = o.verbose or key == "t"
        o.exit_if_exceeded = o.exit_if_exceeded or key == "x"
        o.arg_file = (value or "-") if key == "a" else o.arg_file


def _gnu_batch_option(sh: Shell, io: IO, o: _GnuOptions, key: str, value: str | None) -> None:
    """-I, -L (-l) and -n: each takes the place of the others (a -n 1 after -I is ignored)."""
    if key in ("I", "i"):
        o.replace, o.max_args, o.max_lines = value or "{}", 0, 0
    elif key in ("L", "l"):
        o.max_lines = _parse_num(sh, io, value, key, 1) if value is not None else 1
        o.max_args, o.replace = 0, None
    else:
        o.max_args = _parse_num(sh, io, value or "", "n", 1)
        o.max_lines = 0
        if o.replace is not None and o.max_args != 1:
            o.replace = None
        elif o.replace is not None:
            o.max_args = 0


def _gnu_batches(o: _GnuOptions, inp: _Input, io: IO, runner: _Runner, initial: list[str]) -> None:
    """main's loop without -I: arguments pushed (-n runs a full batch at once), -L lines, the last run."""
    pending: list[str] = []
    while True:
        reader = _read_string(inp, o.delim) if o.delim is not None else _read_line(inp, io, False, o.eof_str)
        try:
            items = list(_pushing(reader, o, runner, initial, pending))
        except _Unmatched as exc:
            if pending and not o.max_lines and not o.exit_if_exceeded:
                runner.run(initial + pending)  # exec_if_possible
            io.err(f"xargs: {_UNMATCHED.format(exc.kind)}")
            raise _Stop(1) from None
        if None in items:
            break
        if o.max_lines and inp.lineno >= o.max_lines:
            runner.run(initial + pending)
            pending.clear()
            inp.lineno = 0
    if pending or (o.run_empty and runner.runs == 0):
        runner.run(initial + pending)


def _pushing(reader: Iterator[str | None], o: _GnuOptions, runner: _Runner, initial: list[str],
             pending: list[str]) -> Iterator[str | None]:
    """bc_push_arg for each argument read: a run as soon as -n of them are there."""
    for item in reader:
        if item is not None:
            pending.append(item)
            if o.max_args and len(pending) >= o.max_args:
                runner.run(initial + pending)
                pending.clear()
        yield item


def _gnu_replace(o: _GnuOptions, inp: _Input, io: IO, runner: _Runner, initial: list[str]) -> None:
    """-I: one run per input line, the string replaced in every argument but the command's name."""
    assert o.replace is not None
    while True:
        reader = _read_string(inp, o.delim) if o.delim is not None else _read_line(inp, io, True, o.eof_str)
        try:
            item = next(reader)
        except _Unmatched as exc:
            io.err(f"xargs: {_UNMATCHED.format(exc.kind)}")
            raise _Stop(1) from None
        if item is None:
            return
        runner.run([initial[0], *(a.replace(o.replace, item) for a in initial[1:])])


def _gnu_xargs(sh: Shell, argv: list[str], io: IO) -> int:
    o = _GnuOptions()
    parser = Getopt(sh, io, "xargs", argv, "+0a:E:e::i::I:l::L:n:oprs:txP:d:", _GNU_LONGS)
    for key, value in parser:
        _gnu_option(sh, io, o, key, value)
    if o.eof_str is not None and o.delim is not None:
        io.err("xargs: warning: the -E option has no effect if -0 or -d is used.\n")
    data = _arg_file(sh, io, o.arg_file, busybox=False)
    initial = parser.operands or ["echo"]
    runner = _Runner(sh, io, o.verbose, busybox=False)
    inp = _Input(data)
    try:
        if o.replace is not None:
            _gnu_replace(o, inp, io, runner, initial)
        else:
            _gnu_batches(o, inp, io, runner, initial)
    except _Stop as stop:
        return stop.status
    return runner.status


def _arg_file(sh: Shell, io: IO, name: str, busybox: bool) -> str:
    if name == "-":
        return io.stdin or ""
    data, code = load(sh, io, name)
    if data is None:
        text = ERRNO_TEXT.get(code or "ENOENT", code or "")
        raise fail(io, f"xargs: can't open '{name}': {text}" if busybox
                   else f"xargs: Cannot open input file {quote_arg(sh, name)}: {text}")
    return data


# -- BusyBox ---------------------------------------------------------------------------------


@dataclass
class _BbState:
    """process_stdin's globals (they last from one batch to the next)."""

    state: str = "norm"
    quote: str = ""


def _bb_char(st: _BbState, word: list[str], c: str) -> bool:
    """One character of process_stdin: True when it is a blank that may end the word."""
    if st.state == "backslash":
        st.state = "norm"
        word.append(c)
    elif st.state == "quote":
        if c != st.quote:
            word.append(c)
        else:
            st.quote, st.state = "", "norm"
    elif c in " \t\n\v\f\r":
        return True
    elif c == "\\":
        st.state = "backslash"
    elif c in "'\"":
        st.quote, st.state = c, "quote"
    else:
        word.append(c)
    return False


def _bb_words(inp: _Input, st: _BbState, most: int, eof_str: str | None) -> tuple[list[str], bool]:
    """process_stdin (quotes, backslash): at most `most` words; True when the input has ended."""
    words: list[str] = []
    word: list[str] = []
    while True:
        c = inp.getc()
        if c is None and not word:
            return words, True
        if (c is not None and not _bb_char(st, word, c)) or not word:
            continue
        if st.quote:
            raise _Unmatched(st.quote)
        text = "".join(word)
        if eof_str is not None and text == eof_str:
            inp.pos = len(inp.data)
            return words, True
        words.append(text)
        word = []
        if len(words) >= most or c is None:
            return words, c is None


def _bb_nul_words(inp: _Input, most: int) -> tuple[list[str], bool]:
    """process0_stdin: items ended by NUL (or the end)."""
    words: list[str] = []
    while len(words) < most:
        if inp.pos >= len(inp.data):
            return words, True
        end = inp.data.find("\0", inp.pos)
        end = len(inp.data) if end < 0 else end
        words.append(inp.data[inp.pos:end])
        inp.pos = end + 1
    return words, inp.pos >= len(inp.data)


def _bb_line(inp: _Input, eol: str) -> str | None:
    """process_stdin_with_replace: the next line that is not empty, without its leading blanks."""
    while True:
        c = inp.getc()
        if c is None:
            return None
        if c == eol or c in " \t\n\v\f\r":
            continue
        end = inp.data.find(eol, inp.pos)
        end = len(inp.data) if end < 0 else end
        line = c + inp.data[inp.pos:end]
        inp.pos = end + 1
        return line


def _bb_options(sh: Shell, io: IO, argv: list[str]) -> tuple[dict[str, str | None], list[str]]:
    parser = Getopt(sh, io, "xargs", argv, "+trn:s:e::E:opx0I:i::P:a:", {"no-run-if-empty": "r"}, usage=XARGS_USAGE)
    opts: dict[str, str | None] = {}
    for key, value in parser:
        if key in "ns":
            bb_number(io, "xargs", value or "", 1)
        elif key == "P":
            bb_number(io, "xargs", value or "")
        elif key == "p":
            io.err("layerlab: xargs -p is not simulated")
            raise ToolExit(126)
        opts["e" if key == "E" else "I" if key == "i" else key] = value if key not in "iI" else (value or "{}")
    return opts, parser.operands or ["echo"]


def _bb_xargs(sh: Shell, argv: list[str], io: IO) -> int:
    opts, initial = _bb_options(sh, io, argv)
    inp = _Input(_arg_file(sh, io, opts.get("a") or "-", busybox=True))
    runner = _Runner(sh, io, "t" in opts, busybox=True)
    eof_str = opts.get("e") or None
    most = int(opts.get("n") or 1 << 31)
    no_empty = "r" in opts or "I" in opts
    st = _BbState()
    try:
        while True:
            if "I" in opts:
                line = _bb_line(inp, "\0" if "0" in opts else "\n")
                if line is None:
                    break
                pat = opts["I"] or "{}"
                runner.run([a.replace(pat, line) for a in initial])
                continue
            words, ended = _bb_nul_words(inp, most) if "0" in opts else _bb_words(inp, st, most, eof_str)
            if not words and no_empty:
                break
            no_empty = True
            runner.run(initial + words)
            if ended and not words:
                break
    except _Unmatched as exc:
        raise fail(io, f"xargs: unmatched {exc.kind} quote") from None
    except _Stop as stop:
        return stop.status
    return runner.status


def xargs(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_xargs(sh, argv, io)
    return _gnu_xargs(sh, argv, io)

