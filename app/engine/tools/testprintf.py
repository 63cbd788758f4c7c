"""test, [ and printf: builtins of bash, dash and BusyBox ash (and programs in every image)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import budget, devfs
from ..fs import BLOCK, CHAR, DIR, FILE, LINK, FsError
from ..toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from ..shell import Shell

_FILE_TESTS = "efdsxrwcbLh"
_INT_OPS = {"-eq": int.__eq__, "-ne": int.__ne__, "-lt": int.__lt__, "-le": int.__le__, "-gt": int.__gt__,
            "-ge": int.__ge__}


class _TestError(Exception):
    pass


def _prefix(sh: Shell, name: str) -> str:
    """Who speaks: the shell running the builtin (bash: `bash: [:`, dash: `sh: 1: [:`, ash: `sh:`)."""
    if sh.name == "bash":
        return f"bash: {name}: "
    return "sh: " if sh.flavor == BUSYBOX else f"sh: 1: {name}: "


def _number(sh: Shell, text: str) -> int:
    if not re.fullmatch(r"\s*[+-]?\d+\s*", text):
        raise _TestError(f"{text}: integer expression expected" if sh.name == "bash" else f"{text}: bad number"
                         if sh.flavor != BUSYBOX else f"invalid number '{text}'")
    return int(text)


def _file_test(sh: Shell, op: str, arg: str) -> bool:
    try:
        if op in "Lh":  # the link itself (lstat)
            return bool(arg) and getattr(sh.view.get(sh.path(arg)), "kind", "") == LINK
        node = devfs.resolve(sh.view.get, sh.path(arg))[1] if arg else None
    except FsError:
        return False
    if node is None:
        return False
    kind = node.kind
    if kind == LINK:  # one of /dev's links into /proc, which the simulator does not keep: fd is a folder there
        kind = DIR if node.data == "/proc/self/fd" else ""
    return {"e": True, "f": kind == FILE, "d": kind == DIR, "s": kind == DIR or (kind == FILE and node.size > 0),
            "c": kind == CHAR, "b": kind == BLOCK, "x": bool(node.mode & 0o111), "r": True, "w": True}[op]


def _evaluate(sh: Shell, args: list[str]) -> bool:
    """POSIX test's rules by argument count (the forms a learner writes)."""
    if args and args[0] == "!":
        return not _evaluate(sh, args[1:])
    if not args:
        return False
    if len(args) == 1:
        return args[0] != ""
    if len(args) == 2:
        op, arg = args
        if op in ("-z", "-n"):
            return (arg == "") == (op == "-z")
        if len(op) == 2 and op[0] == "-" and op[1] in _FILE_TESTS:
            return _file_test(sh, op[1], arg)
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
    if name == "[":
        if not args or args[-1] != "]":
            io.err(_prefix(sh, "[") + ("missing `]'" if sh.name == "bash" else "missing ]"))
            return 2
        args = args[:-1]
    try:
        return 0 if _evaluate(sh, args) else 1
    except _TestError as exc:
        io.err(_prefix(sh, name) + str(exc))
        return 2


_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "a": "\a", "r": "\r", "0": "\0", '"': '"'}


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


class _Stop(Exception):
    """A \\c: no further output (the text before it is kept)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _unescape_stopping(text: str) -> str:
    """_unescape, where \\c ends all output (raises _Stop with what came before it)."""
    out = ""
    pos = 0
    for m in re.finditer(r"\\(.)", text):
        out += text[pos:m.start()]
        if m.group(1) == "c":
            raise _Stop(out)
        out += _ESCAPES.get(m.group(1), "\\" + m.group(1))
        pos = m.end()
    return out + text[pos:]


def _convert(spec: str, conv: str, arg: str) -> str:
    # A width or precision is text to make before anything is printed: `printf '%0999999999d' 1`
    # is twenty characters that asked for a gigabyte. It is charged first, so a line past the
    # budget ends without making it.
    sizes = [int(n) for n in re.findall(r"\d+", spec.lstrip("-+ #0"))]
    budget.current().stream(max(sizes, default=0))
    if conv == "s":
        return ("%" + spec + "s") % arg
    if conv == "b":
        return _unescape_stopping(arg)  # every printf stops at a \\c in a %b argument
    if conv == "c":
        return arg[:1]
    m = re.match(r"\s*([+-]?\d+)", arg)
    number = int(m.group(1)) if m else 0
    return ("%" + spec + conv) % number


def printf(sh: Shell, argv: list[str], io: IO, builtin: bool = False) -> int:
    """The format is reused until the arguments run out (POSIX printf). A \\c ends all output: in
    a %b argument for every printf, in the format too for GNU coreutils printf.c (print_esc_char)
    and BusyBox printf.c (print_formatted), while the bash and dash builtins (builtin=True) print
    a \\c in the format as it is (bash builtins/printf.def tescape, dash bltin/printf.c
    conv_escape)."""
    if len(argv) < 2:
        io.err("printf: usage: printf [-v var] format [arguments]" if sh.name == "bash"
               else "printf: missing operand" if sh.flavor != BUSYBOX else "printf: usage: printf FORMAT [ARG]...")
        return 2 if sh.name == "bash" else 1
    fmt, args = argv[1], argv[2:]
    pieces = re.split(r"(%[-+ #0]*\d*(?:\.\d+)?[sdibcxXou%])", fmt)
    literal = _unescape if builtin else _unescape_stopping
    out = ""
    try:
        while True:
            used = 0
            for piece in pieces:
                m = re.fullmatch(r"%([-+ #0]*\d*(?:\.\d+)?)([sdibcxXou%])", piece)
                if m is None:
                    out += literal(piece)
                elif m.group(2) == "%":
                    out += "%"
                else:
                    arg = args[used] if used < len(args) else ""
                    used += 1
                    out += _convert(m.group(1), m.group(2).replace("i", "d"), arg)
            args = args[used:]
            if not args or not used:
                break
    except _Stop as stop:
        out += stop.text
    io.write(out)  # only the newlines the format has: printf abc | wc -c counts 3
    return 0
