"""expr: GNU coreutils 9.4's (src/expr.c: numbers of any size, `:`/match, substr, index, length,
`+ TOKEN`, short-circuit | and &) and BusyBox 1.37's (coreutils/expr.c: 64-bit numbers, `quote`,
byte counts, both sides of | and & always evaluated).

Status 0 when the value is neither null nor 0, 1 when it is, 2 for a syntax error. The pattern
of `:` is a POSIX basic regular expression anchored at the start; it is run here as the same
expression for the `regex` module with POSIX (leftmost-longest) matching. Strings compare by
code point, as in the C.UTF-8 locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from ..regexsize import too_big
from ..toolkit import BUSYBOX, IO, ToolExit
from .common import fail, quote_arg

if TYPE_CHECKING:
    from ..shell import Shell

Value = int | str
INVALID = 2  # expr.c EXPR_INVALID
_INT64 = 1 << 64


class BreError(Exception):
    """A pattern regcomp refuses, with the C library's message for it."""


def _interval(pattern: str, i: int) -> tuple[str, int]:
    """\\{m,n\\} from pattern[i] (just past the \\{): the interval, the index past its \\}."""
    end = pattern.find("\\}", i)
    if end < 0:
        raise BreError("Unmatched \\{")
    body = pattern[i:end]
    if not re.fullmatch(r"\d*(,\d*)?", body) or body in ("", ","):
        raise BreError("Invalid content of \\{\\}")
    low, comma, high = body.partition(",")
    if high and int(high) < int(low or "0"):
        raise BreError("Invalid content of \\{\\}")
    if max(int(high or "0"), int(low or "0")) > 0x7FFF:  # RE_DUP_MAX
        raise BreError("Regular expression too big")
    return "{" + (low or ("0" if comma else "")) + comma + high + "}", end + 2


def _bracket_item(pattern: str, j: int) -> tuple[str, str, int]:
    """One item of a bracket expression at pattern[j]: ("char", c), ("class", name), the index past it."""
    if pattern[j] == "[" and pattern[j + 1:j + 2] in (":", ".", "="):
        kind = pattern[j + 1]
        close = pattern.find(kind + "]", j + 2)
        if close < 0:
            raise BreError("Unmatched [, [^, [:, [., or [=")
        name = pattern[j + 2:close]
        if kind == ":":
            if name not in _CLASSES:
                raise BreError("Invalid character class name")
            return "class", name, close + 2
        if len(name) != 1:
            raise BreError("Invalid collation character")
        return "char", name, close + 2
    return "char", pattern[j], j + 1


_CLASSES = ("alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper",
            "xdigit")


def _set_char(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def _bracket(pattern: str, i: int) -> tuple[str, int]:
    """A bracket expression from pattern[i] (the '['), as the regex module writes it; the index
    past it. A range whose end comes before its start matches nothing (GNU expr allows it)."""
    j = i + 1
    negate = pattern[j:j + 1] == "^"
    j += negate
    if j == len(pattern):
        raise BreError("Invalid regular expression")
    parts: list[str] = []
    first = True
    while j < len(pattern):
        if pattern[j] == "]" and not first:
            body = "".join(parts)
            if not body:
                return ("[\\s\\S]" if negate else "(?!)"), j + 1
            return "[" + ("^" if negate else "") + body + "]", j + 1
        first = False
        kind, item, j = _bracket_item(pattern, j)
        if kind == "class":
            parts.append(f"[:{item}:]")
        elif pattern[j:j + 1] == "-" and j + 1 < len(pattern) and pattern[j + 1] != "]":
            kind2, last, j = _bracket_item(pattern, j + 1)
            if kind2 == "class":
                raise BreError("Invalid range end")
            if last >= item:
                parts.append(_set_char(item) + "-" + _set_char(last))
        else:
            parts.append(_set_char(item))
    raise BreError("Unmatched [, [^, [:, [., or [=")


_ESCAPES = {"(": "(", ")": ")", "|": "|", "+": "+", "?": "?", "w": "\\w", "W": "\\W", "s": "\\s",
            "S": "\\S", "b": "\\b", "B": "\\B", "<": "\\m", ">": "\\M", "`": "\\A", "'": "\\Z"}


def _escape(pattern: str, i: int, depth: list[int], groups: int) -> tuple[str, int, int]:
    """A backslash sequence at pattern[i]: its translation, the index past it, the groups opened."""
    if i + 1 >= len(pattern):
        raise BreError("Trailing backslash")
    c = pattern[i + 1]
    if c == "(":
        depth.append(groups + 1)
        return "(", i + 2, groups + 1
    if c == ")":
        if not depth:
            raise BreError("Unmatched ) or \\)")
        depth.pop()
        return ")", i + 2, groups
    if c == "{":
        text, j = _interval(pattern, i + 2)
        return text, j, groups
    if c.isdigit() and c != "0":
        if int(c) > groups or int(c) in depth:
            raise BreError("Invalid back reference")
        return "\\" + c, i + 2, groups
    return _ESCAPES.get(c, regex.escape(c)), i + 2, groups


@dataclass
class _Bre:
    """The translation so far: where the last atom began (for a repeat of a repeat, a** or
    a*\\{2\\}, which Python's syntax refuses: the first repeat is grouped) and where each open group did."""

    out: str = ""
    atom: int = 0
    quantified: bool = False
    opened: list[int] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text in ("*", "+", "?") or text.startswith("{"):
            if self.quantified:
                self.out = self.out[:self.atom] + "(?:" + self.out[self.atom:] + ")"
            self.out += text
            self.quantified = True
            return
        if text == "(":
            self.opened.append(len(self.out))
        self.atom = self.opened.pop() if text == ")" and self.opened else len(self.out)
        self.out += text
        self.quantified = False


def bre(pattern: str) -> tuple[str, int]:
    """A POSIX basic regular expression (GNU's: \\+ \\? \\| too) as a `regex` pattern, and its
    number of \\( \\) groups."""
    built, i, groups = _Bre(), 0, 0
    depth: list[int] = []
    start = anchor = True  # where '*' and '\\{' are characters; where '^' is an anchor
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and start and pattern[i + 1:i + 2] == "{":
            built.add("\\{")  # an interval with nothing to repeat is a '{' (RE_CONTEXT_INVALID_DUP is off)
            i, start, anchor = i + 2, False, False
            continue
        if c == "\\":
            text, i, groups = _escape(pattern, i, depth, groups)
            if start and (text in ("+", "?") or text.startswith("{")):
                text = regex.escape(pattern[i - 1]) if text in ("+", "?") else regex.escape(text)
            built.add(text)
            start = anchor = text in ("(", "|")
            continue
        if c == "[":
            text, i = _bracket(pattern, i)
            built.add(text)
            start = anchor = False
            continue
        if c == "*" and start:
            text = "\\*"
        elif c == "^":
            text = "^" if anchor else "\\^"
        elif c == "$":
            text = "\\Z" if i + 1 == len(pattern) or pattern[i + 1:i + 3] in ("\\)", "\\|") else "\\$"
        else:
            text = c if c in ".*" else regex.escape(c)
        start = c == "^" and anchor
        anchor = False
        built.add(text)
        i += 1
    if depth:
        raise BreError("Unmatched ( or \\(")
    return built.out, groups


def match(text: str, pattern: str) -> tuple[regex.Match[str] | None, int]:
    """The anchored, longest match of a BRE at the start of text, and the pattern's group count."""
    translated, groups = bre(pattern)
    if too_big(translated):  # regexsize.py
        raise BreError("Regular expression too big")
    try:
        compiled = regex.compile(translated, regex.POSIX | regex.DOTALL)
    except regex.error:
        raise BreError("Invalid regular expression") from None
    return compiled.match(text), groups


# -- GNU -------------------------------------------------------------------------------------


def _looks_like_integer(s: str) -> bool:
    return re.fullmatch(r"-?[0-9]+", s) is not None


def _gnu_null(v: Value) -> bool:
    if isinstance(v, int):
        return v == 0
    return v == "" or re.fullmatch(r"-?0+", v) is not None


class _Gnu:
    """expr.c's recursive descent over the arguments (eval ... eval7)."""

    def __init__(self, sh: Shell, io: IO, args: list[str]) -> None:
        self.sh, self.io, self.args, self.i = sh, io, args, 0

    def error(self, text: str) -> ToolExit:
        return fail(self.io, f"expr: {text}", INVALID)

    def q(self, text: str) -> str:
        return quote_arg(self.sh, text)

    def nextarg(self, token: str) -> bool:
        if self.i < len(self.args) and self.args[self.i] == token:
            self.i += 1
            return True
        return False

    def more(self) -> bool:
        return self.i < len(self.args)

    def require_more(self) -> None:
        if not self.more():
            raise self.error(f"syntax error: missing argument after {self.q(self.args[self.i - 1])}")

    def toarith(self, v: Value) -> int:
        if isinstance(v, int):
            return v
        if not _looks_like_integer(v):
            raise self.error("non-integer argument")
        return int(v)

    def colon(self, s: Value, p: Value) -> Value:
        try:
            m, groups = match(str(s), str(p))
        except BreError as exc:
            raise self.error(str(exc)) from None
        if m is None:
            return "" if groups else 0
        if groups:
            return m.group(1) or ""
        return m.end()

    def eval7(self, evaluate: bool) -> Value:
        self.require_more()
        if self.nextarg("("):
            v = self.eval(evaluate)
            if not self.more():
                raise self.error(f"syntax error: expecting ')' after {self.q(self.args[self.i - 1])}")
            if not self.nextarg(")"):
                raise self.error(f"syntax error: expecting ')' instead of {self.q(self.args[self.i])}")
            return v
        if self.nextarg(")"):
            raise self.error("syntax error: unexpected ')'")
        self.i += 1
        return self.args[self.i - 1]

    def eval6(self, evaluate: bool) -> Value:
        if self.nextarg("+"):
            self.require_more()
            self.i += 1
            return self.args[self.i - 1]
        if self.nextarg("length"):
            return len(str(self.eval6(evaluate)))
        if self.nextarg("match"):
            s, p = self.eval6(evaluate), self.eval6(evaluate)
            return self.colon(s, p) if evaluate else s
        if self.nextarg("index"):
            s, chars = str(self.eval6(evaluate)), str(self.eval6(evaluate))
            return next((k for k, c in enumerate(s, 1) if c in chars), 0)
        if self.nextarg("substr"):
            s, pos, size = str(self.eval6(evaluate)), self.eval6(evaluate), self.eval6(evaluate)
            if not all(isinstance(v, int) or _looks_like_integer(v) for v in (pos, size)):
                return ""
            start, count = int(pos), int(size)
            if start < 1 or count < 1:
                return ""
            return s[start - 1:start - 1 + count]
        return self.eval7(evaluate)

    def eval5(self, evaluate: bool) -> Value:
        left = self.eval6(evaluate)
        while self.nextarg(":"):
            right = self.eval6(evaluate)
            if evaluate:
                left = self.colon(left, right)
        return left

    def eval4(self, evaluate: bool) -> Value:
        left = self.eval5(evaluate)
        while (op := next((o for o in ("*", "/", "%") if self.nextarg(o)), None)) is not None:
            right = self.eval5(evaluate)
            if evaluate:
                a, b = self.toarith(left), self.toarith(right)
                if op != "*" and b == 0:
                    raise self.error("division by zero")
                quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1) if op != "*" else 0
                left = a * b if op == "*" else quotient if op == "/" else a - b * quotient
        return left

    def eval3(self, evaluate: bool) -> Value:
        left = self.eval4(evaluate)
        while (op := next((o for o in ("+", "-") if self.nextarg(o)), None)) is not None:
            right = self.eval4(evaluate)
            if evaluate:
                a, b = self.toarith(left), self.toarith(right)
                left = a + b if op == "+" else a - b
        return left

    def eval2(self, evaluate: bool) -> Value:
        left = self.eval3(evaluate)
        while (op := next((o for o in ("<", "<=", "=", "==", "!=", ">=", ">") if self.nextarg(o)), None)) is not None:
            right = self.eval3(evaluate)
            a, b = str(left), str(right)
            keys: tuple[Value, Value] = (int(a), int(b)) if _looks_like_integer(a) and _looks_like_integer(b) else (a, b)
            left = int(_COMPARE[op](keys[0], keys[1])) if evaluate else 0
        return left

    def eval1(self, evaluate: bool) -> Value:
        left = self.eval2(evaluate)
        while self.nextarg("&"):
            right = self.eval2(evaluate and not _gnu_null(left))
            if _gnu_null(left) or _gnu_null(right):
                left = 0
        return left

    def eval(self, evaluate: bool) -> Value:
        left = self.eval1(evaluate)
        while self.nextarg("|"):
            right = self.eval1(evaluate and _gnu_null(left))
            if _gnu_null(left):
                left = 0 if _gnu_null(right) else right
        return left


_COMPARE: dict[str, Callable[[Value, Value], bool]] = {
    "<": lambda a, b: a < b,  # type: ignore[operator]
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    "=": lambda a, b: a == b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
}


def _gnu_expr(sh: Shell, argv: list[str], io: IO) -> int:
    args = argv[1:]
    if len(args) == 1 and args[0] in ("--help", "--version"):
        io.err(f"layerlab: expr {args[0]} is not simulated")
        return 126
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        io.err("expr: missing operand")
        io.err("Try 'expr --help' for more information.")
        return INVALID
    parser = _Gnu(sh, io, args)
    value = parser.eval(True)
    if parser.more():
        raise parser.error(f"syntax error: unexpected argument {quote_arg(sh, args[parser.i])}")
    io.out(str(value))
    return 1 if _gnu_null(value) else 0


# -- BusyBox ---------------------------------------------------------------------------------


def _wrap64(n: int) -> int:
    n %= _INT64
    return n - _INT64 if n >= 1 << 63 else n


def _bb_toarith(v: Value) -> Value:
    """toarith: strtoll over the whole string (blanks and a sign before it allowed)."""
    if isinstance(v, int):
        return v
    m = re.fullmatch(r"[ \t\n\v\f\r]*([+-]?[0-9]+)", v)
    if m is None:
        return v
    return max(-(1 << 63), min((1 << 63) - 1, int(m.group(1))))


class _Bb:
    """BusyBox expr.c's eval ... eval7 (errors: "syntax error", "non-numeric argument")."""

    def __init__(self, io: IO, args: list[str]) -> None:
        self.io, self.args, self.i = io, args, 0

    def die(self, text: str) -> ToolExit:
        return fail(self.io, f"expr: {text}", INVALID)

    def nextarg(self, token: str) -> bool:
        if self.i < len(self.args) and self.args[self.i] == token:
            self.i += 1
            return True
        return False

    def take(self) -> str:
        if self.i >= len(self.args):
            raise self.die("syntax error")
        self.i += 1
        return self.args[self.i - 1]

    def colon(self, s: Value, p: Value) -> Value:
        text, pattern = str(s), str(p)
        if pattern.startswith("^"):
            self.io.err(f"expr: warning: '{pattern}': using '^' as the first character\n"
                        "of a basic regular expression is not portable; it is ignored")
        try:
            m, groups = match(text, pattern)
        except BreError as exc:
            raise self.die(f"bad regex '{pattern}': {exc}") from None
        if m is None:
            return "" if groups else 0
        if groups and m.start(1) >= 0:
            return m.group(1)
        return len(text[:m.end()].encode())

    def eval7(self) -> Value:
        if self.i >= len(self.args):
            raise self.die("syntax error")
        if self.nextarg("("):
            v = self.eval()
            if not self.nextarg(")"):
                raise self.die("syntax error")
            return v
        if self.nextarg(")"):
            raise self.die("syntax error")
        return self.take()

    def eval6(self) -> Value:
        key = self.args[self.i] if self.i < len(self.args) else None
        if key not in ("quote", "length", "match", "index", "substr"):
            return self.eval7()
        self.i += 1
        if key == "quote":
            return self.take()
        if key == "length":
            return len(str(self.eval6()).encode())
        s = self.eval6()
        if key == "match":
            return self.colon(s, self.eval6())
        if key == "index":
            data, chars = str(s).encode(), set(str(self.eval6()).encode())
            return next((k for k, c in enumerate(data, 1) if c in chars), 0)
        pos, size = _bb_toarith(self.eval6()), _bb_toarith(self.eval6())
        data = str(s).encode()
        if not isinstance(pos, int) or not isinstance(size, int) or pos > len(data) or pos <= 0 or size <= 0:
            return ""
        return data[pos - 1:pos - 1 + size].decode("utf-8", errors="replace")

    def eval5(self) -> Value:
        left = self.eval6()
        while self.nextarg(":"):
            left = self.colon(left, self.eval6())
        return left

    def arith(self, left: Value, right: Value, op: str) -> int:
        a, b = _bb_toarith(left), _bb_toarith(right)
        if not isinstance(a, int) or not isinstance(b, int):
            raise self.die("non-numeric argument")
        if op in "+-*":
            return _wrap64(a + b if op == "+" else a - b if op == "-" else a * b)
        if b == 0:
            raise self.die("division by zero")
        quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        return _wrap64(quotient if op == "/" else a - b * quotient)

    def eval4(self) -> Value:
        left = self.eval5()
        while (op := next((o for o in ("*", "/", "%") if self.nextarg(o)), None)) is not None:
            left = self.arith(left, self.eval5(), op)
        return left

    def eval3(self) -> Value:
        left = self.eval4()
        while (op := next((o for o in ("+", "-") if self.nextarg(o)), None)) is not None:
            left = self.arith(left, self.eval4(), op)
        return left

    def eval2(self) -> Value:
        left = self.eval3()
        while (op := next((o for o in ("<", "<=", "=", "==", "!=", ">=", ">") if self.nextarg(o)), None)) is not None:
            a, b = _bb_toarith(left), _bb_toarith(self.eval3())
            keys: tuple[Value, Value] = (a, b) if isinstance(a, int) and isinstance(b, int) else (str(a), str(b))
            left = int(_COMPARE[op](keys[0], keys[1]))
        return left

    def eval1(self) -> Value:
        left = self.eval2()
        while self.nextarg("&"):
            right = self.eval2()
            if _bb_null(left) or _bb_null(right):
                left = 0
        return left

    def eval(self) -> Value:
        left = self.eval1()
        while self.nextarg("|"):
            right = self.eval1()
            if _bb_null(left):
                left = right
        return left


def _bb_null(v: Value) -> bool:
    return v == 0 if isinstance(v, int) else v in ("", "0")


def _bb_expr(io: IO, argv: list[str]) -> int:
    if len(argv) < 2:
        raise fail(io, "expr: too few arguments", INVALID)
    parser = _Bb(io, argv[1:])
    value = parser.eval()
    if parser.i < len(parser.args):
        raise parser.die("syntax error")
    io.out(str(value))
    return 1 if _bb_null(value) else 0


def expr(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_expr(io, argv)
    return _gnu_expr(sh, argv, io)
