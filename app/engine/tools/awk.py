"""awk on the learner's host: mawk 1.3.4 (Ubuntu's awk), the part of the language a learner types
after a pipe: `docker ps -a | awk 'NR > 1 {print $1}'`, `docker volume ls | awk '{print $2}'`,
`awk -F: '{print $1}' /etc/passwd`, sums and counts in END, printf, if/else, loops, arrays.

What it runs: BEGIN and END, patterns (expressions, /regex/, ranges `p1, p2`), print and printf
to standard output, if/else, while, do-while, for (;;) and for (k in a), break, continue, next,
exit, delete, the operators (?: || && in ~ !~ < <= == != > >= concatenation + - * / % ^ ! and
unary minus, ++ -- and the assignments), fields and NF, NR, FNR, FS (" ", one character, or a
regular expression), OFS, ORS, FILENAME, RSTART, RLENGTH, SUBSEP, CONVFMT, OFMT, ENVIRON, and the
built-in functions length substr index split sub gsub match sprintf tolower toupper int sqrt exp
log sin cos atan2 (substr, printf's conversions and gsub's empty matches as mawk's code has them;
arrays in awkarray.py, walked in mawk's order). Operands are files ("-" standard input) or var=value assignments; -F fs, -v
var=value, -f progfile. Values are numbers, strings, and input text that compares as a number
when it looks like one (POSIX's numeric strings); a number prints as an integer when it is one,
else by OFMT (%.6g).

What it refuses, saying so rather than guessing (awkparse.py): getline, functions defined in the
program, output to files and commands, system(), rand(), an RS other than a newline. Errors are
mawk's texts (error.c, fin.c: `awk: cannot open "f" (No such file or directory)`, status 2).
Work is charged to the line's budget per statement and per loop turn, text to its stream, and
each regular expression match has a time limit, so a runaway program ends at a limit as any
runaway line does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .. import budget
from ..fs import ERRNO_TEXT
from ..toolkit import IO, NOTHING, Lines, Reads
from .awkarray import MawkArray
from .awkparse import AwkRuntime, AwkSyntax, Node, NotSimulated, ere, parse, unescape
from .common import load

if TYPE_CHECKING:
    from ..shell import Shell


class _Next(Exception):
    pass


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class StrNum(str):
    """Text from input (a field, $0, a -v or operand assignment, ENVIRON, split's pieces): it
    compares as a number when it looks like one (POSIX "numeric string")."""


class _Uninit:
    """A variable never assigned: "" and 0 at once."""


UNINIT: Any = _Uninit()
Value = Any  # float | str | StrNum | UNINIT
Rules = list[tuple[Node | None, Node | None, Node | None]]

# what strtod reads: blanks, a sign, then a hex number, inf or nan, or a decimal one
_STRTOD = re.compile(r"([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?"
                     r"|(?i:inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))")
MAX_LONG = (1 << 63) - 1
MAX_STRING = 1 << 24  # characters one string may hold (the line's stream budget bounds them all)
# A builtin, a match, a split or a conversion that reads a text longer than LONG_TEXT charges a
# step per 2^TEXT_SHIFT characters of it: each is one C call, 1-4 ms a megabyte, but `s ~ /x/`,
# tolower(s), split(s, a, "x"), `$0 = s` or `s + 0` over a megabyte in a loop ran past 10 s.
LONG_TEXT = 4096
TEXT_SHIFT = 6
MAX_FIELD = 32767  # mawk's MAX_SPLIT: "$N exceeds maximum field"
MAX_INT = 0x7FFFFFFF  # mawk's Max_Int: a subscript this big is looked up by its text (d_to_I)
_ARITY = {"length": (0, 1), "substr": (2, 3), "index": (2, 2), "split": (2, 3), "sub": (2, 3), "gsub": (2, 3),
          "match": (2, 2), "sprintf": (1, 1 << 30), "tolower": (1, 1), "toupper": (1, 1), "int": (1, 1),
          "sqrt": (1, 1), "exp": (1, 1), "log": (1, 1), "sin": (1, 1), "cos": (1, 1), "atan2": (2, 2),
          "close": (1, 1), "fflush": (0, 1)}
_FORMAT = re.compile(r"%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])")


def strtod(text: str) -> tuple[float, int]:
    """C's strtod: the number at the start of text and where it ends (0 when there is none)."""
    if len(text) > LONG_TEXT:
        _charge_text(len(text))
    m = _STRTOD.match(text, len(text) - len(text.lstrip(" \t\n\r\f\v")))  # (a regex skipping a megabyte of blanks: 0.1 s)
    if m is None:
        return 0.0, 0
    word = m.group(1)
    try:
        if "x" in word.lower() and not word.lower().lstrip("+-").startswith(("inf", "nan")):
            sign = -1.0 if word.startswith("-") else 1.0
            body = word.lstrip("+-")
            return sign * float.fromhex(body if "p" in body.lower() else body + "p0"), m.end()
        if word.lower().lstrip("+-").startswith("nan"):
            return (-math.nan if word.startswith("-") else math.nan), m.end()
        return float(word), m.end()
    except (ValueError, OverflowError):
        return (-math.inf if word.startswith("-") else math.inf), m.end()


def to_num(v: Value) -> float:
    """A value as a number: what strtod reads at a string's start, else 0 (cast.c cast1_to_d)."""
    if isinstance(v, float):
        return v
    if v is UNINIT:
        return 0.0
    return strtod(v)[0]


def number_text(d: float, fmt: str) -> str:
    """A number as text: an integral one that fits in 64 bits as an integer, else by CONVFMT or
    OFMT (cast.c DoubleToString, print.c print_cell)."""
    if d.is_integer() and -MAX_LONG <= d < 2.0 ** 64:
        return str(int(d))
    if math.isnan(d):
        return "-nan" if math.copysign(1, d) < 0 else "nan"
    if math.isinf(d):
        return "-inf" if d < 0 else "inf"
    try:
        return fmt % d
    except (TypeError, ValueError):
        return f"{d:.6g}"


def looks_numeric(text: str) -> bool:
    """cast.c check_strnum: blanks around, a digit, sign or dot first, a digit or dot last, and
    strtod reads all of it."""
    body = text.strip(" \t\n\r\f\v")
    if not body or body[0] not in "0123456789+-." or body[-1] not in "0123456789.":
        return False
    return strtod(body)[1] == len(body)


def is_numeric(v: Value) -> bool:
    return isinstance(v, float) or v is UNINIT or (isinstance(v, StrNum) and looks_numeric(v))


def _charge_text(n: int) -> None:
    budget.current().step(n >> TEXT_SHIFT)


def search(rx: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    if len(text) > LONG_TEXT:
        _charge_text(len(text))
    try:
        return rx.search(text, timeout=budget.current().regex_timeout())
    except TimeoutError:
        raise budget.regex_error("awk") from None


def split_text(text: str, fs: str, by_regex: bool = False) -> list[str]:
    """Fields as FS splits them: " " runs of blanks, "" each character, one other character
    itself, else a regex."""
    if len(text) > LONG_TEXT:
        _charge_text(len(text))
    if fs == " " and not by_regex:
        return _charged(text.split())
    if not text:
        return []
    if not fs:  # a field a character: charged before they are made (split(s, a, "") of 8 MB held the line 10 s)
        budget.current().step(len(text))
        return list(text)
    if len(fs) == 1 and fs != "\\" and not by_regex:
        return _charged(text.split(fs))
    try:
        return _charged(ere(fs).split(text, timeout=budget.current().regex_timeout()))
    except TimeoutError:
        raise budget.regex_error("awk") from None


def _charged(fields: list[str]) -> list[str]:
    """Fields a split made, a step each (each becomes a value, and split()'s an array element)."""
    budget.current().step(len(fields))
    return fields


class Awk:
    """One run of a program: its variables, arrays and the record being read."""

    def __init__(self, io: IO, env: dict[str, str]) -> None:
        self.io = io
        self.vars: dict[str, Value] = {
            "FS": " ", "OFS": " ", "ORS": "\n", "RS": "\n", "NR": 0.0, "NF": 0.0, "FNR": 0.0, "FILENAME": "",
            "SUBSEP": "\x1c", "RSTART": UNINIT, "RLENGTH": UNINIT, "CONVFMT": "%.6g", "OFMT": "%.6g"}
        self.arrays: dict[str, MawkArray] = {"ENVIRON": MawkArray()}
        for name, value in env.items():  # (init.c load_environ: each by its text, in the environment's order)
            found = self.arrays["ENVIRON"].find(name, True)
            assert found is not None
            found.value = StrNum(value)
        self.fields: list[Value] = [StrNum("")]
        self.ranges: dict[int, bool] = {}
        self.exit_status = 0
        self.statements: dict[str, Callable[[Node], None]] = {
            "block": self._block, "expr": lambda n: self.eval(n[1]), "print": self._print, "printf": self._print,
            "if": self._if, "while": self._while, "do": self._do, "for": self._for, "forin": self._forin,
            "break": self._raise(_Break), "continue": self._raise(_Continue), "next": self._raise(_Next),
            "exit": self._exit, "delete": self._delete}
        self.operators: dict[str, Callable[[Node], Value]] = {
            "num": lambda n: n[1], "str": lambda n: n[1], "group": lambda n: self.eval(n[1]),
            "var": self._var, "field": lambda n: self.get_field(to_num(self.eval(n[1]))),
            "index": self._element,
            "ere": lambda n: 1.0 if search(ere(n[1]), str(self.fields[0])) else 0.0,
            "concat": self._concat, "neg": lambda n: -to_num(self.eval(n[1])), "pos": lambda n: to_num(self.eval(n[1])),
            "!": lambda n: 0.0 if self.truth(self.eval(n[1])) else 1.0,
            "&&": lambda n: 1.0 if self.truth(self.eval(n[1])) and self.truth(self.eval(n[2])) else 0.0,
            "||": lambda n: 1.0 if self.truth(self.eval(n[1])) or self.truth(self.eval(n[2])) else 0.0,
            "cmp": lambda n: 1.0 if self.compare(n[1], self.eval(n[2]), self.eval(n[3])) else 0.0,
            "~": self._match, "!~": self._match,
            "in": lambda n: 1.0 if self.array(n[2]).find(self.key(n[1]), False) is not None else 0.0,
            "?:": lambda n: self.eval(n[2]) if self.truth(self.eval(n[1])) else self.eval(n[3]),
            "assign": lambda n: self.assign(n[1], n[2], n[3]), "pre": self._step, "post": self._step,
            "call": lambda n: self.call(n[1], n[2]), "subsep": self.key}
        for op in "+-*/%^":
            self.operators[op] = self._arith

    # values
    def text(self, v: Value, fmt: str | None = None) -> str:
        if isinstance(v, float):
            return number_text(v, fmt or str(self.vars["CONVFMT"]))
        return "" if v is UNINIT else str(v)

    def truth(self, v: Value) -> bool:
        if isinstance(v, float):
            return v != 0
        if v is UNINIT:
            return False
        if isinstance(v, StrNum) and looks_numeric(v):
            return to_num(v) != 0
        return v != ""

    # the record and its fields
    def set_record(self, line: str) -> None:
        self.fields = [StrNum(line)]
        self._split_fields()

    def _split_fields(self) -> None:
        parts = split_text(str(self.fields[0]), self.text(self.vars["FS"]))
        self.fields = [self.fields[0]] + [StrNum(p) for p in parts]
        self.vars["NF"] = float(len(parts))

    def get_field(self, n: float) -> Value:
        i = int(n) if math.isfinite(n) else -1
        if i < 0:
            raise AwkRuntime(f"negative field index ${i}")
        return self.fields[i] if i < len(self.fields) else StrNum("")  # (mawk: "" and not a number)

    def set_field(self, n: float, value: Value) -> None:
        i = int(n) if math.isfinite(n) else -1
        if i < 0:
            raise AwkRuntime(f"negative field index ${i}")
        if i > MAX_FIELD:
            raise AwkRuntime(f"${i} exceeds maximum field({MAX_FIELD})")
        if i == 0:
            self.fields[0] = StrNum(self.text(value))
            self._split_fields()
            return
        while len(self.fields) <= i:
            self.fields.append(UNINIT)
        self.fields[i] = value
        self.vars["NF"] = float(len(self.fields) - 1)
        self._rebuild()

    def _rebuild(self) -> None:
        record = self.text(self.vars["OFS"]).join(self.text(f) for f in self.fields[1:])
        budget.current().stream(len(record))
        self.fields[0] = StrNum(record)

    def set_nf(self, n: float) -> None:
        k = max(0, int(n)) if math.isfinite(n) else 0
        if k > MAX_FIELD:
            raise AwkRuntime(f"${k} exceeds maximum field({MAX_FIELD})")
        self.fields = (self.fields + [UNINIT] * k)[: k + 1]
        self.vars["NF"] = float(k)
        self._rebuild()

    # statements
    def run(self, node: Node) -> None:
        budget.current().step()
        self.statements[node[0]](node)

    def _block(self, node: Node) -> None:
        for s in node[1]:
            self.run(s)

    @staticmethod
    def _raise(kind: type[Exception]) -> Callable[[Node], None]:
        def raising(node: Node) -> None:
            raise kind
        return raising

    def _if(self, node: Node) -> None:
        if self.truth(self.eval(node[1])):
            self.run(node[2])
        elif node[3] is not None:
            self.run(node[3])

    def _while(self, node: Node) -> None:
        while self.truth(self.eval(node[1])) and not self._turn(node[2]):
            pass

    def _do(self, node: Node) -> None:
        while not self._turn(node[1]) and self.truth(self.eval(node[2])):
            pass

    def _for(self, node: Node) -> None:
        _, init, cond, step, body = node
        if init is not None:
            self.eval(init)
        while (cond is None or self.truth(self.eval(cond))) and not self._turn(body):
            if step is not None:
                self.eval(step)

    def _forin(self, node: Node) -> None:
        _, var, array, body = node
        keys = self.array(array).loop_keys()
        budget.current().step(len(keys))  # (array.c array_loop_vector: all the keys gathered first)
        for key in keys:
            self.store(("var", var), key)  # (execute.c ALOOP: the key as a string, not a number)
            if self._turn(body):
                break

    def _exit(self, node: Node) -> None:
        raise _Exit(int(to_num(self.eval(node[1]))) & 0xFF if node[1] is not None else self.exit_status)

    def _delete(self, node: Node) -> None:
        _, name, key = node
        if key is None:
            self.array(name).clear()
        else:
            self.array(name).delete(self.key(key))

    def _turn(self, body: Node) -> bool:
        """One turn of a loop's body: True when it breaks."""
        budget.current().step()
        try:
            self.run(body)
        except _Break:
            return True
        except _Continue:
            pass
        return False

    def _print(self, node: Node) -> None:
        kind, args = node
        if kind == "print":
            ofmt = str(self.vars["OFMT"])
            values = [self.fields[0]] if not args else [self.eval(a) for a in args]
            text = self.text(self.vars["OFS"]).join(self.text(v, ofmt) for v in values) + self.text(self.vars["ORS"])
        else:
            text = self.sprintf([self.eval(a) for a in args], "printf")
        if len(text) > LONG_TEXT:  # written whole, wherever it goes (8 KB printed in a loop: 1.7 s)
            _charge_text(len(text))
        self.io.write(text)

    def array(self, name: str) -> MawkArray:
        if name in self.vars:
            raise AwkRuntime(f"can't use scalar {name} as array")
        return self.arrays.setdefault(name, MawkArray())

    def key(self, node: Node) -> int | str:
        """A subscript as mawk looks it up (array.c array_find): an integral number by its value,
        any other number by its CONVFMT text, a string (input text too) by its text."""
        if node[0] == "subsep":
            return self.text(self.vars["SUBSEP"]).join(self.text(self.eval(k)) for k in node[1])
        value = self.eval(node)
        if isinstance(value, float) and value.is_integer() and abs(value) < MAX_INT:
            return int(value)
        return self.text(value)

    def _element(self, node: Node) -> Value:
        found = self.array(node[1]).find(self.key(node[2]), True)
        assert found is not None
        if found.value is None:
            found.value = UNINIT
        return found.value

    # expressions
    def eval(self, node: Node) -> Value:
        budget.current().step()  # each operator a step: a loop's body of many is many (a[i]=i ran 1.8 s to the budget)
        return self.operators[node[0]](node)

    def _var(self, node: Node) -> Value:
        if node[1] in self.arrays:
            raise AwkRuntime(f"can't use array {node[1]} in scalar context")
        return self.vars.get(node[1], UNINIT)

    def _concat(self, node: Node) -> Value:
        out = self.text(self.eval(node[1])) + self.text(self.eval(node[2]))
        budget.current().stream(len(out))
        if len(out) > MAX_STRING:
            raise AwkRuntime("string too long")
        return out

    def _match(self, node: Node) -> Value:
        subject = self.text(self.eval(node[1]))
        found = search(self.regex(node[2]), subject) is not None
        return 1.0 if found == (node[0] == "~") else 0.0

    def _step(self, node: Node) -> Value:
        where = self.place(node[2])
        old = to_num(self.load(where))
        new = old + (1 if node[1] == "++" else -1)
        self.put(where, new)
        return new if node[0] == "pre" else old

    def _arith(self, node: Node) -> Value:
        return self.arith(node[0], to_num(self.eval(node[1])), to_num(self.eval(node[2])))

    def regex(self, node: Node) -> regex.Pattern[str]:
        return ere(node[1]) if node[0] == "ere" else ere(self.text(self.eval(node)))

    @staticmethod
    def arith(op: str, a: float, b: float) -> float:
        if op in "/%" and b == 0:  # (no trap: IEEE's inf, or a NaN printed -nan, as on Ubuntu's build)
            return -math.nan if op == "%" or a == 0 or math.isnan(a) else math.copysign(math.inf, a)
        try:
            if op == "^":
                return math.pow(a, b)
            return {"+": a + b, "-": a - b, "*": a * b}[op] if op in "+-*" else a / b if op == "/" else math.fmod(a, b)
        except OverflowError:
            return math.inf
        except ValueError:
            return math.nan

    def compare(self, op: str, a: Value, b: Value) -> bool:
        """execute.c compare: as numbers when both are, else as text; one of them greater, less,
        or neither (so a NaN is equal to anything)."""
        x: Any
        y: Any
        if is_numeric(a) and is_numeric(b):
            x, y = to_num(a), to_num(b)
        else:
            x, y = self.text(a), self.text(b)
        c = (x > y) - (x < y)
        return {"<": c < 0, "<=": c <= 0, "==": c == 0, "!=": c != 0, ">": c > 0, ">=": c >= 0}[op]

    def assign(self, op: str, target: Node, value_node: Node) -> Value:
        """target op= value: where target is is found first, once (its subscript or field number
        evaluated before the value, as mawk pushes the address first), then the value."""
        where = self.place(target)
        value = self.eval(value_node)
        if op != "=":
            value = self.arith(op[0], to_num(self.load(where)), to_num(value))
        if value is UNINIT:
            value = StrNum("")
        self.put(where, value)
        return value

    def place(self, target: Node) -> tuple[str, Any]:
        """Where an assignment's target is: a variable's name, a field's number, an array's entry."""
        kind = target[0]
        if kind == "var":
            if target[1] in self.arrays:
                raise AwkRuntime(f"can't assign to array {target[1]}")
            return ("var", target[1])
        if kind == "field":
            return ("field", to_num(self.eval(target[1])))
        found = self.array(target[1]).find(self.key(target[2]), True)
        assert found is not None
        if found.value is None:
            found.value = UNINIT
        return ("entry", found)

    def load(self, where: tuple[str, Any]) -> Value:
        kind, at = where
        if kind == "var":
            return self.vars.get(at, UNINIT)
        return self.get_field(at) if kind == "field" else at.value

    def put(self, where: tuple[str, Any], value: Value) -> None:
        kind, at = where
        if kind == "var":
            if at == "NF":
                self.set_nf(to_num(value))
            else:
                self.vars[at] = value
        elif kind == "field":
            self.set_field(at, value)
        else:
            at.value = value

    def store(self, target: Node, value: Value) -> None:
        self.put(self.place(target), value)

    # built-in functions
    def call(self, name: str, args: list[Node]) -> Value:
        low, high = _ARITY[name]
        if not low <= len(args) <= high:
            raise AwkSyntax(f"line 1: wrong number of arguments in call to {name}")
        special = {"length": self._length, "sub": self._sub, "gsub": self._sub, "split": self._split,
                   "match": self._match_fn}
        if name in special:
            return special[name](name, args)
        values = [self.eval(a) for a in args]
        long = sum(len(v) for v in values if isinstance(v, str))
        if long > LONG_TEXT:  # substr, index, tolower, toupper, sprintf read their texts whole
            _charge_text(long)
        if name == "substr":
            return self.substr(values)
        if name == "index":
            return float(self.text(values[0]).find(self.text(values[1])) + 1)
        if name == "sprintf":
            return self.sprintf(values)
        if name in ("tolower", "toupper"):
            return self.text(values[0]).lower() if name == "tolower" else self.text(values[0]).upper()
        if name in ("close", "fflush"):
            return 0.0 if name == "fflush" else -1.0
        return _math(name, [to_num(v) for v in values])

    def _length(self, name: str, args: list[Node]) -> Value:
        if args and args[0][0] == "var" and args[0][1] in self.arrays:
            return float(len(self.arrays[args[0][1]]))
        return float(len(self.text(self.eval(args[0]) if args else self.fields[0])))

    def _match_fn(self, name: str, args: list[Node]) -> Value:
        m = search(self.regex(args[1]), self.text(self.eval(args[0])))
        self.vars["RSTART"] = float(m.start() + 1) if m else 0.0
        self.vars["RLENGTH"] = float(m.end() - m.start()) if m else -1.0
        return self.vars["RSTART"]

    def substr(self, values: list[Value]) -> str:
        """bi_funct.c bi_substr: the start and the length truncated to integers; a start before
        the string gives up as many characters of the length as it is before position 1 less one
        (substr(s, 0) is all of s, substr(s, -1, 3) its first four)."""
        s = self.text(values[0])
        if not s:
            return ""
        n = d_to_i(to_num(values[2])) if len(values) > 2 else len(s)
        i = d_to_i(to_num(values[1])) - 1
        if i > len(s):
            n = 0
        if i < 0:
            n = _int32(n - (i + 1))  # C int arithmetic: substr(s, -1e18, 1e18) wraps to nothing
            i = 0
        n = min(n, len(s) - i)
        return s[i : i + n] if n > 0 else ""

    def _split(self, name: str, args: list[Node]) -> Value:
        text = self.text(self.eval(args[0]))
        if args[1][0] != "var":
            raise AwkSyntax("line 1: type error in arg(2) in call to split")
        by_regex = len(args) > 2 and args[2][0] == "ere"
        fs = args[2][1] if by_regex else self.text(self.eval(args[2]) if len(args) > 2 else self.vars["FS"])
        parts = split_text(text, fs, by_regex)
        self.array(args[1][1]).load([StrNum(p) for p in parts])
        return float(len(parts))

    def _sub(self, name: str, args: list[Node]) -> Value:
        rx = self.regex(args[0])
        target = args[2] if len(args) > 2 else ("field", ("num", 0.0))
        if target[0] not in ("var", "field", "index"):
            raise AwkSyntax(f"line 1: {name}() third arg is not a variable")
        repl = self.text(self.eval(args[1]))
        result, count = substitute(rx, repl, self.text(self.eval(target)), name == "gsub")
        budget.current().stream(len(result))
        if count:
            self.store(target, result)
        return float(count)

    def sprintf(self, values: list[Value], name: str = "sprintf") -> str:
        """printf's format with its arguments (C's conversions, as print.c do_printf passes them on).
        Too few arguments is a run time error; printf has written what came before it."""
        fmt = self.text(values[0])
        args = list(values[1:])
        out: list[str] = []
        i = 0
        while i < len(fmt):
            j = fmt.find("%", i)
            m = _FORMAT.match(fmt, j) if j >= 0 else None
            if m is None:
                out.append(fmt[i:])
                break
            out.append(fmt[i:j])
            i = m.end()
            flags, width, prec, conv = m.groups()
            if conv == "%":
                out.append("%")
                continue
            width = str(int(to_num(args.pop(0)))) if width == "*" and args else width
            prec = str(int(to_num(args.pop(0)))) if prec == "*" and args else prec
            if not args:
                if name == "printf":
                    self.io.write("".join(out))
                raise AwkRuntime(f"not enough arguments passed to {name}(\"{fmt}\")")
            if any(part and part.lstrip("-").isdigit() and abs(int(part)) > 1 << 20 for part in (width, prec)):
                raise AwkRuntime("sprintf buffer too small")
            head = "%" + flags + (width or "") + ("." + prec if prec is not None else "")
            out.append(self._convert(head, conv, args.pop(0), fmt))
        text = "".join(out)
        budget.current().stream(len(text))
        return text

    def _convert(self, head: str, conv: str, arg: Value, fmt: str) -> str:
        if conv in "di":  # (%d of 2**63 or more goes unsigned: print.c do_printf)
            n = to_num(arg)
            return (head + "d") % (d_to_ul(n) if conv == "d" and n >= MAX_LONG else d_to_l(n))
        if conv in "ouxX":
            return (head + ("d" if conv == "u" else conv)) % d_to_ul(to_num(arg))
        if conv == "c":  # a number is a character code (one byte), a string gives its first byte
            code = d_to_i(to_num(arg)) if is_numeric(arg) else ord((self.text(arg) or "\0")[0])
            return (head + "s") % (chr(code % 256) if code % 256 < 128 else "\ufffd")
        if conv == "s":
            return (head + "s") % self.text(arg)
        if conv in "eEfFgG":
            n = to_num(arg)
            return (head + conv) % n if math.isfinite(n) else _not_finite(head, conv, n)
        raise AwkRuntime(f"bad conversion character in format \"{fmt}\"")


def _not_finite(head: str, conv: str, n: float) -> str:
    """C's printf of an infinity or a NaN: its sign (a NaN's too, -nan), no zero padding."""
    flags = re.match(r"%([-+ #0]*)(\d*)", head)
    assert flags is not None
    sign = "-" if math.copysign(1, n) < 0 else "+" if "+" in flags[1] else " " if " " in flags[1] else ""
    word = sign + ("nan" if math.isnan(n) else "inf")
    word = word.upper() if conv.isupper() else word
    width = int(flags[2] or 0)
    return word.ljust(width) if "-" in flags[1] else word.rjust(width)


def d_to_i(d: float) -> int:
    """cast.c d_to_I: truncated, clamped to Max_Int (a NaN converts as x86-64 does: INT_MIN)."""
    if math.isnan(d):
        return -MAX_INT - 1
    return MAX_INT if d >= MAX_INT else -MAX_INT if d < 0 and -d > MAX_INT else int(d)


def _int32(n: int) -> int:
    """An int's value after C arithmetic that overflowed, as it wraps on x86-64."""
    return (n + 2**31) % 2**32 - 2**31


def d_to_l(d: float) -> int:
    """cast.c d_to_L, as d_to_I with 64 bits."""
    if math.isnan(d):
        return -MAX_LONG - 1
    return MAX_LONG if d >= MAX_LONG else -MAX_LONG if d < 0 and -d > MAX_LONG else int(d)


def d_to_ul(d: float) -> int:
    """cast.c d_to_UL: a negative number wraps around 2**64 (printf "%x", -4 is fffffffffffffffc)."""
    top = (1 << 64) - 1
    if math.isnan(d):
        return 1 << 63
    if d >= 2.0 ** 64:
        return top
    if d < 0:
        return (top + int(d) + 1) & top if -d < 2.0 ** 64 else 1
    return int(d)


def _math(name: str, xs: list[float]) -> float:
    if name in ("log", "sqrt") and xs[0] < 0:
        return -math.nan  # (glibc's NaN for these, its sign bit set: printed -nan)
    try:
        if name == "int":
            return float(math.trunc(xs[0])) if math.isfinite(xs[0]) else xs[0]
        if name == "atan2":
            return math.atan2(xs[0], xs[1])
        return float(getattr(math, name)(xs[0]))
    except (ValueError, OverflowError):
        return math.inf if name == "exp" else math.nan


def substitute(rx: regex.Pattern[str], repl: str, text: str, every: bool) -> tuple[str, int]:
    """sub and gsub: the text with the first (every) match replaced, and how many were. An empty
    match right where the one before ended is passed over (gsub(/a*/, "-") of "aaa" is "-", as
    mawk's and POSIX's; Python's own sub would also replace the empty match at the end)."""
    out: list[str] = []
    pos, prev_end, count = 0, -1, 0
    pieces = _replacement(repl)
    if len(text) > LONG_TEXT:
        _charge_text(len(text))
    while pos <= len(text):
        # a search of the regex module costs about four steps' time, each piece of the replacement one
        # (cf. sed's): gsub over 4 MB of matches ran 3.9 s to the budget
        budget.current().step(4 + len(pieces))
        m = search_from(rx, text, pos)
        if m is None:
            break
        start, end = m.span()
        if start == end == prev_end:
            if start >= len(text):
                break
            out.append(text[pos : start + 1])
            pos = start + 1
            continue
        out.append(text[pos:start])
        matched = m.group()
        out.extend(matched if piece is None else piece for piece in pieces)
        count += 1
        prev_end = pos = end
        if start == end:
            if start < len(text):
                out.append(text[start])
            pos = start + 1
        if not every:
            break
    out.append(text[pos:])
    return "".join(out), count


def search_from(rx: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    try:
        return rx.search(text, pos, timeout=budget.current().regex_timeout())
    except TimeoutError:
        raise budget.regex_error("awk") from None


def _replacement(repl: str) -> list[str | None]:
    """sub's and gsub's replacement as its pieces, read once: None where & puts what matched, the
    text between as it stands (\\& a plain &, \\\\ a backslash)."""
    pieces: list[str | None] = []
    text: list[str] = []
    i = 0
    while i < len(repl):
        if repl[i] == "\\" and repl[i + 1 : i + 2] in ("&", "\\"):
            text.append(repl[i + 1])
            i += 2
            continue
        if repl[i] == "&":
            pieces.extend([*(["".join(text)] if text else []), None])
            text = []
        else:
            text.append(repl[i])
        i += 1
    return pieces + (["".join(text)] if text else [])


# -- the command ----------------------------------------------------------------------------------

class _Usage(Exception):
    pass


class _Fatal(Exception):
    pass


# init.c usage(), 1.3.4-20240123's: mawk with no arguments says it on its standard error, status 0
_USAGE = """Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W compat        pre-POSIX 2001.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W posix         stricter POSIX checking.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W usage         show this message and exit."""


@dataclass
class Invocation:
    program: str
    operands: list[str]
    assigns: list[str]
    fs: str | None


def _invocation(sh: Shell, argv: list[str], io: IO) -> Invocation | None:
    """The options and the program (init.c process_cmdline), None when there is no program (mawk
    then ends at once, status 0)."""
    args = argv[1:]
    inv = Invocation("", [], [], None)
    files: list[str] = []
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-":
            if not files:
                return None
            break
        if a == "--":
            break
        if a[1] not in "Fvf" or a.startswith("--"):
            if a[1] == "W" or a.startswith("--"):
                raise NotSimulated("mawk's -W option or a long option")
            raise _Usage(f"not an option: {a}")
        if len(a) == 2 and not args:
            raise _Usage(f"option {a} lacks argument")
        _option(inv, files, a[1], a[2:] if len(a) > 2 else args.pop(0))
    for path in files:
        text, err = load(sh, io, path)
        if text is None:
            raise _Fatal(f"cannot open \"{path}\" ({ERRNO_TEXT.get(err or '', err)})")
        inv.program += text + "\n"
    if not files:
        if not args:
            return None
        inv.program = args.pop(0)
    inv.operands = args
    return inv


def _option(inv: Invocation, files: list[str], letter: str, value: str) -> None:
    if letter == "F":
        inv.fs = value
    elif letter == "v":
        if not _ASSIGNMENT.match(value):
            raise _Usage(f"improper assignment: -v {value}")
        inv.assigns.append(value)
    else:
        files.append(value)


# a command line's var=value (an operand, or -v's value)
_ASSIGNMENT = re.compile(r"([A-Za-z_][A-Za-z_0-9]*)=")


def _assignment(machine: Awk, text: str) -> bool:
    m = _ASSIGNMENT.match(text)
    if m is None:
        return False
    machine.store(("var", m.group(1)), StrNum(unescape(text[m.end():])))
    return True


def _started(inv: Invocation, io: IO, env: dict[str, str]) -> Awk:
    """A run of the program with -F's and -v's values set, before BEGIN."""
    machine = Awk(io, env)
    if inv.fs is not None:
        machine.vars["FS"] = unescape(inv.fs)
    for a in inv.assigns:
        _assignment(machine, a)
    return machine


def awk(sh: Shell, argv: list[str], io: IO) -> int:
    """awk [-F fs] [-v var=value] [-f progfile | 'program'] [file | var=value ...]"""
    try:
        return _awk(sh, argv, io)
    except NotSimulated as exc:
        io.err(f"layerlab: awk: {exc} is not simulated yet")
        return 126


def _awk(sh: Shell, argv: list[str], io: IO) -> int:
    machine: Awk | None = None
    if len(argv) == 1:
        io.err(_USAGE)
        return 0
    try:
        inv = _invocation(sh, argv, io)
        if inv is None:
            return 0
        begin, rules, end = parse(inv.program)
        machine = _started(inv, io, {k: v for k, v in sh.env.items() if k in sh.exported})
        return _main(sh, io, machine, inv, begin, rules, end)
    except (_Usage, _Fatal, AwkSyntax) as exc:
        io.err(f"awk: {exc}")
    except AwkRuntime as exc:
        io.err(f"awk: run time error: {exc}")
        if machine is not None:  # (error.c rt_where)
            v = machine.vars
            io.err(f"\tFILENAME=\"{machine.text(v['FILENAME'])}\" FNR={machine.text(v['FNR'])} NR={machine.text(v['NR'])}")
    return 2


def _main(sh: Shell, io: IO, machine: Awk, inv: Invocation, begin: list[Node], rules: Rules, end: list[Node]) -> int:
    status = 0
    try:
        for block in begin:
            machine.run(block)
        if rules or end:
            if machine.text(machine.vars["RS"]) != "\n":
                raise NotSimulated("a record separator (RS) other than a newline")
            for name, text in _inputs(sh, io, machine, inv.operands):
                machine.vars["FILENAME"] = name
                machine.vars["FNR"] = 0.0
                for line in _records(text):
                    _record(machine, line, rules)
    except _Exit as done:
        status = machine.exit_status = done.status
    try:
        for block in end:
            machine.run(block)
    except _Exit as done:
        status = done.status
    return status


def _record(machine: Awk, line: str, rules: Rules) -> None:
    """The next record read: NR and FNR counted, its fields split, the rules run on it."""
    machine.vars["NR"] = to_num(machine.vars["NR"]) + 1
    machine.vars["FNR"] = to_num(machine.vars["FNR"]) + 1
    machine.set_record(line)
    try:
        for n, (first, second, action) in enumerate(rules):
            budget.current().step()
            if second is None:
                if first is None or machine.truth(machine.eval(first)):
                    _act(machine, action)
                continue
            # a range: from a record the first matches to one the second matches, both in it
            on = machine.ranges.get(n, False) or (first is not None and machine.truth(machine.eval(first)))
            if on:
                machine.ranges[n] = not machine.truth(machine.eval(second))
                _act(machine, action)
    except _Next:
        pass


def _act(machine: Awk, action: Node | None) -> None:
    if action is None:
        machine.run(("print", []))
    else:
        machine.run(action)


def _records(text: str) -> list[str]:
    if not text:
        return []
    return (text[:-1] if text.endswith("\n") else text).split("\n")


def _inputs(sh: Shell, io: IO, machine: Awk, operands: list[str]) -> Iterator[tuple[str, str]]:
    """The input files in turn ("-" standard input, none at all standard input too), with the
    operands that are assignments made as they are reached (fin.c next_main)."""
    files = False
    for arg in operands:
        if arg == "" or _assignment(machine, arg):
            continue
        files = True
        text, err = load(sh, io, arg)
        if text is None:
            raise _Fatal(f"cannot open \"{arg}\" ({ERRNO_TEXT.get(err or '', err)})")
        yield arg, text
    if not files:
        text, io.stdin = io.stdin or "", ""
        yield "", text


def awk_reads(sh: Shell, argv: list[str]) -> Reads | None:
    """How much of a pipe awk reads before it exits (tools/early.py): nothing when it stops before
    reading (an error, a program of BEGIN alone, files named instead of its input); up to the
    record its `exit` ends it at, found by running the program over the pipe's lines so far (again
    each time they have doubled, as sed's probe); else all of it."""
    quiet = IO([], capture_out=Lines(), capture_err=Lines(), stdin="")
    try:
        inv = _invocation(sh, argv, quiet)
        begin, rules, end = parse(inv.program) if inv is not None else ([], [], [])
    except (NotSimulated, _Usage, _Fatal, AwkSyntax, AwkRuntime, budget.OverBudget):
        return NOTHING
    named = [a for a in (inv.operands if inv else []) if a and not _ASSIGNMENT.match(a)]
    if inv is None or not (rules or end) or (named and "-" not in named):
        return NOTHING
    if named or not any(_exits(node) for node in (*begin, *(r[2] for r in rules if r[2]), *(r[0] for r in rules if r[0]))):
        return None
    due = [1]

    def stop(lines: list[str], complete: int) -> int | None:
        if complete < due[0]:
            return None
        due[0] = 2 * complete
        return _probe(sh, inv, begin, rules, lines[:complete])

    return Reads(stop)


def _exits(node: Any) -> bool:
    if isinstance(node, tuple):
        return (bool(node) and node[0] == "exit") or any(_exits(part) for part in node)
    if isinstance(node, list):
        return any(_exits(part) for part in node)
    return False


def _probe(sh: Shell, inv: Invocation, begin: list[Node], rules: Rules, lines: list[str]) -> int | None:
    """The records awk has read when its exit ends it, over these lines; None when it reads on."""
    machine = _started(inv, IO([], capture_out=Lines(), capture_err=Lines(), stdin=""), {})
    try:
        for block in begin:
            machine.run(block)
        for line in lines:
            _record(machine, line, rules)
    except _Exit:
        return int(to_num(machine.vars["NR"]))
    except (NotSimulated, AwkSyntax, AwkRuntime):
        return int(to_num(machine.vars["NR"]))
    return None
