"""test, [ and printf: builtins of bash, dash and BusyBox ash (and programs in every image)."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import budget, devfs, shellassign, shellprocsub
from ..escapes import ARGUMENT, FORMAT, Missing, Stop, unescape
from ..fs import BLOCK, CHAR, DIR, FILE, LINK, FsError, Node
from ..toolkit import BUSYBOX, IO, Terminal
from . import printfdirectives
from .cnumbers import format_float, format_int, strtod, strtoimax
from .common import quotef

if TYPE_CHECKING:
    from ..shell import Shell

ERANGE_TEXT = "Numerical result out of range"  # glibc's strerror(ERANGE)
_FILE_TESTS = "efdsxrwcbLhpSugk"
_INT_OPS = {"-eq": int.__eq__, "-ne": int.__ne__, "-lt": int.__lt__, "-le": int.__le__, "-gt": int.__gt__,
            "-ge": int.__ge__}


class _TestError(Exception):
    pass


def _prefix(sh: Shell, name: str) -> str:
    """Who speaks: the shell running the builtin (bash: `bash: [:`, dash: `sh: 1: [:`, ash: `sh:`)."""
    return "sh: " if sh.flavor == BUSYBOX and sh.name != "bash" else sh.who(name)


def _number(sh: Shell, text: str) -> int:
    if not re.fullmatch(r"\s*[+-]?\d+\s*", text):
        raise _TestError(f"{text}: integer expression expected" if sh.name == "bash" else f"{text}: bad number"
                         if sh.flavor != BUSYBOX else f"invalid number '{text}'")
    return int(text)


def file_test(sh: Shell, op: str, arg: str) -> bool:
    """test's and [[ ]]'s unary file operators: -p is true of the pipe a process substitution's
    /dev/fd/N leads to (shellprocsub.entry), -S of no file here (the simulator keeps no sockets)."""
    piped = shellprocsub.entry(sh, sh.path(arg), op not in "Lh") if arg else None
    try:
        if piped is not None:
            node: Node | None = piped
            if op in "Lh":
                return piped.kind == LINK
        elif op in "Lh":  # the link itself (lstat)
            return bool(arg) and getattr(sh.view.get(sh.path(arg)), "kind", "") == LINK
        else:
            node = devfs.resolve(sh.view.get, sh.path(arg))[1] if arg else None
    except FsError:
        return False
    if node is None:
        return False
    kind = node.kind
    if kind == LINK:  # one of /dev's links into /proc, which the simulator does not keep: fd is a folder there
        kind = DIR if node.data == "/proc/self/fd" else ""
    return {"e": True, "f": kind == FILE, "d": kind == DIR, "s": kind == DIR or (kind == FILE and node.size > 0),
            "c": kind == CHAR, "b": kind == BLOCK, "x": bool(node.mode & 0o111), "r": True, "w": True,
            "p": kind == shellprocsub.FIFO, "S": False,
            "u": bool(node.mode & 0o4000), "g": bool(node.mode & 0o2000), "k": bool(node.mode & 0o1000)}[op]


def _evaluate(sh: Shell, args: list[str]) -> bool:
    """POSIX test's rules by argument count (the forms a learner writes), after any number of `!`
    (counted in a loop: 3,000 of them recursed past Python's stack)."""
    bangs = 0
    while bangs < len(args) and args[bangs] == "!":
        bangs += 1
    return _evaluate_plain(sh, args[bangs:]) != (bangs % 2 == 1)


def _evaluate_plain(sh: Shell, args: list[str]) -> bool:
    if not args:
        return False
    if len(args) == 1:
        return args[0] != ""
    if len(args) == 2:
        op, arg = args
        if op in ("-z", "-n"):
            return (arg == "") == (op == "-z")
        if len(op) == 2 and op[0] == "-" and op[1] in _FILE_TESTS:
            return file_test(sh, op[1], arg)
        if op == "-t":  # a descriptor open on a terminal (isatty)
            return _number(sh, arg) in _TERMINALS.get()
        is_set = _IS_SET.get()
        if op == "-v" and is_set is not None:  # bash's own test (test.c unary_test): a variable set
            return is_set(arg)
        raise _TestError(f"{op}: unary operator expected")
    if len(args) == 3:
        left, op, right = args
        if op in ("=", "=="):
            return left == right
        if op == "!=":
            return left != right
        if op in _INT_OPS:
            return bool(_INT_OPS[op](_number(sh, left), _number(sh, right)))
        raise _TestError(f"{op}: binary operator expected")
    raise _TestError("too many arguments")


def test(sh: Shell, argv: list[str], io: IO) -> int:
    name = argv[0].rsplit("/", 1)[-1]
    args = argv[1:]
    if name in ("[", "[["):  # BusyBox ash's [[ (test.c, BASH_TEST2) wants its ]] as [ wants ]
        close = "]" * len(name)
        if not args or args[-1] != close:
            io.err(_prefix(sh, name) + ("missing `]'" if sh.name == "bash" else f"missing {close}"))
            return 2
        args = args[:-1]
    held = _TERMINALS.set(terminals(sh, io))
    builtin = sh.name == "bash" and "/" not in argv[0]  # (coreutils' test has no -v)
    checks = _IS_SET.set((lambda arg: shellassign.is_set(sh, arg, io)) if builtin else None)
    try:
        return 0 if _evaluate(sh, args) else 1
    except _TestError as exc:
        io.err(_prefix(sh, name) + str(exc))
        return 2
    finally:
        _TERMINALS.reset(held)
        _IS_SET.reset(checks)


# the descriptors of the test running now that are a terminal (test -t FD)
_TERMINALS: ContextVar[frozenset[int]] = ContextVar("test_terminals", default=frozenset())
# bash's test -v NAME of the test running now (None for a test that has no -v)
_IS_SET: ContextVar[Callable[[str], bool] | None] = ContextVar("test_is_set", default=None)


def terminals(sh: Shell, io: IO) -> frozenset[int]:
    """The descriptors of a command that are a terminal: the learner's terminal, or a container's
    with -t, for its input when nothing was redirected into it, its output and errors when they
    are not captured (a pipe, a $( ), a file)."""
    c = getattr(sh.view, "c", None)
    if not isinstance(io.sink, Terminal) and not getattr(c, "tty", False):
        return frozenset()
    return frozenset(fd for fd, free in ((0, not io.stdin), (1, io.capture_out is None), (2, io.capture_err is None))
                     if free)


class _Fatal(Exception):
    """coreutils printf's error(EXIT_FAILURE, ...): the rest of the format is not printed (`partial`:
    what the piece being read printed before it)."""

    def __init__(self, message: str, partial: str = "") -> None:
        super().__init__(message)
        self.partial = partial


INT_MAX = 2**31 - 1
# a piece of the format read: a directive, None (printed as written), or a refusal to say there
Read = printfdirectives.Directive | None | printfdirectives.BadDirective


@dataclass
class _Printf:
    """One run of printf: whose it is (bash, dash, coreutils or BusyBox), where its warnings go
    and whether an argument failed to read as a number (the status is then 1 in all four)."""

    sh: Shell
    io: IO
    builtin: bool
    failed: bool = False
    sofar: str = ""  # what the run has made before the directive being converted
    written: int = 0  # how much of it a warning has already sent out ahead of itself

    def flush_before_warning(self) -> None:
        """What stdout holds goes out ahead of a warning: bash's completed lines (its stdout is
        line-buffered), coreutils' and BusyBox's all of it (gnulib error() and bb_error_msg
        flush stdout first: `printf 'a%d|\\n' 1 x` shows "a" before "sh: invalid number"); dash's
        none (its output follows)."""
        kind = self.kind
        if kind == "dash":
            return
        upto = self.sofar.rfind("\n") + 1 if kind == "bash" else len(self.sofar)
        if upto > self.written:
            self.io.write(self.sofar[self.written:upto])
            self.written = upto

    @property
    def kind(self) -> str:
        if self.sh.flavor == BUSYBOX:
            return "busybox"
        if self.builtin:
            return "bash" if self.sh.name == "bash" else "dash"
        return "coreutils"

    def escaped(self, text: str, where: str, stops: bool) -> str:
        try:
            return unescape(text, self.kind, where, stops)
        except Missing as exc:
            raise _Fatal(f"printf: {exc}", exc.text) from None

    def convert(self, flags: str, width: int, precision: int | None, conv: str, arg: str) -> str:
        # A width or precision is text to make before anything is printed: `printf '%0999999999d' 1`
        # is twenty characters that asked for a gigabyte. It is charged first, so a line past the
        # budget ends without making it.
        budget.current().stream(max(width, precision or 0))
        if conv == "s":
            return ("%" + flags + (str(width) if width else "")
                    + ("." + str(precision) if precision is not None else "") + "s") % arg
        if conv == "q" and self.kind == "coreutils":  # quotearg's shell_escape_quoting_style (printf.c)
            return quotef(arg, colon=False, utf8=self.utf8_locale())
        if conv in "qQ":  # bash's: the argument quoted for the shell (%Q: cut to the precision first)
            if conv == "Q" and precision is not None:
                arg, precision = arg[:precision], None
            return ("%" + flags + (str(width) if width else "")
                    + ("." + str(precision) if precision is not None else "") + "s") % printfdirectives.quoted(arg, self.utf8_locale())
        if conv == "b":
            return self.escaped(arg, ARGUMENT, True)  # every printf stops at a \\c in a %b argument
        if conv == "c":
            return arg[:1]
        if conv in "fFeEgG":
            return format_float(flags, width, precision, conv, float(self.number(arg, True)))
        value = int(self.number(arg, False, unsigned=conv in "ouxX"))
        return format_int(flags, width, precision, conv, value)

    def utf8_locale(self) -> bool:
        """Whether the shell's locale (LC_ALL, else LC_CTYPE, else LANG, as setlocale reads them)
        is UTF-8: characters past ASCII are then printable to %q (a C locale has bytes only)."""
        env = self.sh.env
        name = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
        return name.upper().replace("-", "").endswith(".UTF8")

    def directive(self, m: printfdirectives.Directive, args: list[str], at: int) -> tuple[str, int]:
        """One directive with the arguments from `at` on: what it prints, how many it took (a `*`
        width or precision takes one before the value)."""
        flags, width, precision = m[0], m[1], m[2]
        used = 0
        if width == "*":
            given = self.star(_arg(args, at + used, "0"), "field width")
            used += 1
            flags, width = flags + ("-" if given < 0 else ""), str(abs(given))
        if precision == "*":
            wanted = self.star(_arg(args, at + used, "0"), "precision")
            used += 1
            precision = str(wanted) if wanted >= 0 else None  # a negative one is none
        arg = _arg(args, at + used, "")
        conv = m[3]
        if conv == "q" and self.kind == "coreutils" and at + used >= len(args):
            return "", used + 1  # printf.c prints %q only of an argument there is
        if conv.endswith(")T"):  # bash's %(FORMAT)T: the time, then printed as %s is
            given = int(self.number(arg, False)) if at + used < len(args) else -1
            arg, conv = printfdirectives.strftime(conv[1:-2], self.time_of(given)), "s"
        text = self.convert(flags, int(width or 0), int(precision or 0) if precision is not None else None,
                            conv.replace("i", "d"), arg)
        return text, used + 1

    def time_of(self, given: int) -> int:
        """%(...)T's seconds: -1 now (the simulated clock), -2 when the shell started ($SECONDS'
        start), else the argument (builtins/printf.def)."""
        if given == -1:
            return self.sh.world.clock
        if given == -2:
            return int(getattr(self.sh, "started", 0) or self.sh.world.clock)
        return given

    def star(self, arg: str, what: str) -> int:
        """A width or precision given as `*`: the next argument, read as each printf reads it
        (bash getint, dash getuintmax, coreutils vstrtoimax, BusyBox get_width_prec's bb_strtoi)."""
        if self.kind == "busybox":
            if not re.fullmatch(r"[+-]?[0-9]+", arg) or abs(int(arg)) > INT_MAX:
                self._warn(f"invalid number '{arg}'")
                return 0
            return int(arg)
        value = int(self.number(arg, False))
        if -INT_MAX - 1 <= value <= INT_MAX:
            return value
        if self.kind == "coreutils" and (what == "field width" or value > 0):
            raise _Fatal(f"printf: invalid {what}: {self.sh.lquote(arg)}")
        if self.kind == "bash":  # getint: printf_erange, then the nearest int
            self.io.err(f"{self.sh.who('printf')}warning: {arg}: {ERANGE_TEXT}")
        return max(-INT_MAX - 1, min(INT_MAX, value))

    def number(self, arg: str, floating: bool, unsigned: bool = False) -> int | float:
        """arg read as C reads it, said as this printf says a text that is not all a number: bash
        keeps what it read (builtins/printf.def getintmax, getfloatmax; common.c sh_invalidnum),
        dash too (bltin/printf.c check_conversion), coreutils too (printf.c verify_numeric), and
        BusyBox prints 0 (printf.c multiconvert). A leading quote is the next character's code."""
        kind = self.kind
        if kind == "busybox":
            arg = arg.lstrip(" \t\n\v\f\r") if not floating else arg
        if arg[:1] in ("'", '"'):
            return self._char_code(arg, kind)
        parsed = strtod(arg) if floating else strtoimax(arg, unsigned)
        complete = parsed.end == len(arg)
        if kind == "busybox":
            # bb_strtoll wants a letter or digit first and nothing after (0 then); conv_strtod
            # makes 0 of a text with more after the number; ERANGE is an error, an integer's 0
            if not complete or not (floating or re.match(r"[+]?-?[0-9A-Za-z]", arg)):
                self._warn(f"invalid number '{arg}'")
                return 0
            if parsed.erange:
                self._warn(f"invalid number '{arg}'")
                return parsed.value if floating else 0
            return parsed.value
        if not complete:
            self._not_a_number(arg, parsed.end == 0, kind)
        elif parsed.erange:
            self._out_of_range(arg, kind)
        return parsed.value

    def _char_code(self, arg: str, kind: str) -> int:
        if len(arg) < 2:
            return 0
        # bash reads a whole character (asciicode), coreutils too in a UTF-8 locale; dash and
        # BusyBox take the first byte ((unsigned char) cp[1])
        wide = kind == "bash" or (kind == "coreutils" and self.sh.utf8)
        code = ord(arg[1]) if wide else arg[1].encode()[0]
        if kind == "coreutils" and len(arg) > 2:
            self.io.err(f"printf: warning: {arg[2:]}: character(s) following character constant have been ignored")
        return code

    def _not_a_number(self, arg: str, nothing: bool, kind: str) -> None:
        self.failed = True
        self.flush_before_warning()
        if kind == "bash":
            what = ("invalid octal number" if re.match(r"0[0-9]", arg) else
                    "invalid hex number" if arg.startswith("0x") else "invalid number")
            self.io.err(f"{self.sh.who('printf')}{arg}: {what}")
        elif kind == "dash":
            what = "expected numeric value" if nothing else "not completely converted"
            self.io.err(f"{self.sh.who('printf')}{arg}: {what}")
        else:
            what = "expected a numeric value" if nothing else "value not completely converted"
            self.io.err(f"printf: {self.sh.lquote(arg)}: {what}")

    def _out_of_range(self, arg: str, kind: str) -> None:
        text = ERANGE_TEXT
        self.flush_before_warning()
        if kind == "bash":  # printf_erange: a warning, the status stays 0
            self.io.err(f"{self.sh.who('printf')}warning: {arg}: {text}")
            return
        self.failed = True
        if kind == "dash":
            self.io.err(f"{self.sh.who('printf')}{arg}: {text}")
        else:
            self.io.err(f"printf: {self.sh.lquote(arg)}: {text}")

    def _warn(self, text: str) -> None:
        self.failed = True
        self.flush_before_warning()
        self.io.err(f"sh: {text}")  # bb_error_msg names the applet: ash's builtin runs as "sh"


def _directives(pieces: list[str], fmt: str, kind: str) -> list[tuple[str, Read]]:
    """Each piece of the format with its directive read (printfdirectives.read), a refusal kept
    in its place: printf says it only when it comes to it, after what it printed before."""
    out: list[tuple[str, Read]] = []
    at = 0
    for i, piece in enumerate(pieces):
        m: Read = None
        if i % 2:  # (re.split: the directives at the odd places)
            try:
                m = printfdirectives.read(piece, kind, fmt[at:])
            except printfdirectives.BadDirective as bad:
                m = bad
        out.append((piece, m))
        at += len(piece)
    return out


def _refused(sh: Shell, io: IO, bad: printfdirectives.BadDirective, out: str, run: _Printf) -> int:
    """A directive printf does not know: its message where each printf puts it against its output
    (bash's stdout is line-buffered: the lines finished before it, then the message, then the rest;
    dash writes its output after the message; BusyBox and coreutils flush theirs first)."""
    kind = run.kind  # (BusyBox's applet run by ash speaks as sh; run as the container's process, as printf)
    in_ash = run.builtin or bool(sh.mode or sh.reads)
    said = {"bash": sh.who("printf"), "dash": sh.who("printf"), "busybox": "sh: " if in_ash else "printf: ",
            "coreutils": "printf: "}[kind] + str(bad)
    if bad.output_first:
        io.write(out)
        io.err(said)
    elif kind == "bash":
        done, newline, rest = out.rpartition("\n")
        io.write(done + newline)
        io.err(said)
        io.write(rest)
    else:
        io.err(said)
        io.write(out)
    return bad.status


def _arg(args: list[str], i: int, missing: str) -> str:
    return args[i] if i < len(args) else missing


def printf(sh: Shell, argv: list[str], io: IO, builtin: bool = False) -> int:
    """The format is reused until the arguments run out (POSIX printf). A \\c ends all output: in
    a %b argument for every printf, in the format too for GNU coreutils printf.c (print_esc_char)
    and BusyBox printf.c (print_formatted), while the bash and dash builtins (builtin=True) print
    a \\c in the format as it is (bash builtins/printf.def tescape, dash bltin/printf.c
    conv_escape). A first "--" ends the options in each of them."""
    if len(argv) > 1 and argv[1] == "--":
        argv = [argv[0], *argv[2:]]
    if len(argv) < 2:
        io.err("printf: usage: printf [-v var] format [arguments]" if sh.name == "bash"
               else "printf: missing operand" if sh.flavor != BUSYBOX else "printf: usage: printf FORMAT [ARG]...")
        return 2 if sh.name == "bash" else 1
    fmt, args = argv[1], argv[2:]
    pieces = (printfdirectives.BASH_PIECE if builtin and sh.name == "bash" and sh.flavor != BUSYBOX
              else printfdirectives.PIECE).split(fmt)
    run = _Printf(sh, io, builtin)
    # The format is read again from the first argument it has not used (an offset: a slice of the
    # rest at each round made `printf '%s' {1..100000}` copy five billion list entries, 6 s), and
    # each round is a step of the line's budget, whatever it prints.
    out, base, spent, held = "", 0, budget.current(), 0
    matched = _directives(pieces, fmt, run.kind)
    try:
        while True:
            spent.step(1 + (len(out) >> 12) - (held >> 12))  # and a step per 4 KiB made, as text held costs
            spent.holds(held := len(out), "printf")
            used = 0
            for piece, m in matched:
                if isinstance(m, printfdirectives.BadDirective):
                    raise m
                if m is None or (m[3] == "F" and sh.flavor == BUSYBOX):  # BusyBox has no %F
                    out += run.escaped(piece, FORMAT, not builtin)
                elif m[3] == "%":
                    out += "%"
                else:
                    run.sofar = out
                    text, took = run.directive(m, args, base + used)
                    out, used = out + text, used + took
            base += used
            if base >= len(args) or not used:
                break
    except Stop as stop:
        out += stop.text
    except printfdirectives.BadDirective as bad:
        return _refused(sh, io, bad, out[run.written:], run)
    except _Fatal as fatal:
        out = (out + fatal.partial)[run.written:]
        # error(EXIT_FAILURE): the message, then what stdout still held (the lines before it went at their newline)
        done, _, rest = out.rpartition("\n")
        io.write(done + "\n" if _ else "")
        io.err(str(fatal))
        io.write(rest)
        return 1
    io.write(out[run.written:])  # only the newlines the format has: printf abc | wc -c counts 3
    return 1 if run.failed else 0
