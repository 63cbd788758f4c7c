"""Arithmetic expansion, $(( )): the shell's integer expressions (bash "Shell Arithmetic", POSIX 2.6.4).

Signed 64-bit integers; variables by name (an unset or empty one is 0; a value that is not a number
is read as an expression in turn, as bash does); the C operators, ?:, assignments and ++/--.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from . import budget

_MASK = (1 << 64) - 1
_OPERATORS = r"[A-Za-z_][A-Za-z_0-9]*|\*\*=?|<<=?|>>=?|&&|\|\||\+\+|--|[<>=!]=|[-+*/%&^|]=|[-+*/%<>=!~&^|?:(),]"
# dash reads a number as C's strtoimax does (0x.., 0.., decimal) and the rest after it as the next
# token; bash and BusyBox ash take every letter, digit, @, _ and # after a digit into the number
# (expr.c readtok), which then has to be one (strlong: base#digits, 0x.., 0..)
_TOKEN = re.compile(r"\s*(0[xX][0-9A-Fa-f]+|\d+|" + _OPERATORS + ")")
_TOKEN_WIDE = re.compile(r"\s*(\d[0-9A-Za-z@_#]*|" + _OPERATORS + ")")
# bash reads NAME[SUBSCRIPT] as one variable, an array's element (expr.c readtok: skipsubscript);
# the mapping it is evaluated with finds the element (shellassign.ArithEnv)
_TOKEN_BASH = re.compile(r"\s*(\d[0-9A-Za-z@_#]*|[A-Za-z_][A-Za-z_0-9]*\[[^\]]*\]|" + _OPERATORS + ")")
# Binary operators by precedence, lowest first (bash expr.c; dash and ash alike, without **).
_LEVELS = (("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", "<=", ">", ">="), ("<<", ">>"), ("+", "-"),
           ("*", "/", "%"))
_ASSIGN = frozenset({"=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|="})
# Parentheses and variables read as expressions one $(( )) may nest: a variable whose value names
# itself (x=x) ends here, as bash's recursion check does (expr.c "expression recursion level exceeded").
MAX_DEPTH = 24


class ArithError(Exception):
    """An expression the shell cannot evaluate: what went wrong and where (bash's error token)."""

    where: str | None = None  # how the message begins, taken where it happened (a function's frame)

    def __init__(self, kind: str, expression: str, token: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.expression = expression
        self.token = token


# What each shell says (bash expr.c evalerror; dash src/arith_yacc.c yyerror; BusyBox shell/math.c).
_WORDS = {
    "div0": ("division by 0", "division by zero", "divide by zero"),
    "operand": ("syntax error: operand expected", "expecting primary", "arithmetic syntax error"),
    "operator": ("syntax error: invalid arithmetic operator", "expecting EOF", "arithmetic syntax error"),
    "junk": ("syntax error in expression", "expecting EOF", "arithmetic syntax error"),
    "paren": ("missing `)'", "expecting ')'", "arithmetic syntax error"),
    "colon": ("`:' expected for conditional expression", "expecting ':'", "malformed ?: operator"),
    "assign": ("attempted assignment to non-variable", "expecting EOF", "arithmetic syntax error"),
    "exponent": ("exponent less than 0", "expecting EOF", "exponent less than 0"),
    "recursion": ("expression recursion level exceeded", "expecting primary", "expression recursion loop detected"),
    "base": ("value too great for base", "expecting EOF", "arithmetic syntax error"),
    "badbase": ("invalid arithmetic base", "expecting EOF", "arithmetic syntax error"),
    "badint": ("invalid integer constant", "expecting EOF", "arithmetic syntax error"),
    "badnum": ("invalid number", "expecting EOF", "arithmetic syntax error"),
}


def message(exc: ArithError, shell: str, where: str, command: str = "") -> str:
    """The error line of bash, dash (sh) or BusyBox ash (ash) for exc, after where (the shell's
    prefix, shellprefix.py); command: the bash command that evaluated it (`((`), named first as
    evalerror names this_command_name."""
    bash, dash, ash = _WORDS[exc.kind]
    if shell == "bash":
        name = f"{command}: " if command else ""
        return f'{where}{name}{exc.expression.lstrip()}: {bash} (error token is "{exc.token}")'
    if shell == "ash":
        return f"{where}{ash}"
    return f'{where}arithmetic expression: {dash}: "{exc.expression}"'


def _signed(n: int) -> int:
    n &= _MASK
    return n - (1 << 64) if n >> 63 else n


class _Eval:
    def __init__(self, text: str, env: MutableMapping[str, str], depth: int, dialect: str = "bash") -> None:
        self.text = text
        self.env = env
        self.depth = depth
        self.wide = dialect != "dash"  # bash's and ash's numbers (strlong)
        self.dialect = dialect
        self.toks: list[tuple[str, int]] = []  # (token, where it starts)
        pos = 0
        token = _TOKEN_BASH if dialect == "bash" else _TOKEN_WIDE if self.wide else _TOKEN
        while pos < len(text):
            m = token.match(text, pos)
            if m is None:
                if text[pos:].strip():
                    self.toks.append(("\x00", len(text) - len(text[pos:].lstrip())))
                break
            self.toks.append((m.group(1), m.start(1)))
            pos = m.end()
        self.k = 0

    def peek(self) -> str:
        return self.toks[self.k][0] if self.k < len(self.toks) else ""

    def rest(self, k: int | None = None) -> str:
        k = self.k if k is None else k
        return self.text[self.toks[k][1]:] if k < len(self.toks) else ""

    def fail(self, kind: str, k: int | None = None) -> ArithError:
        return ArithError(kind, self.text, self.rest(k))

    def run(self) -> int:
        if not self.toks:
            return 0
        value = self.comma(True)
        if self.k < len(self.toks):
            tok = self.peek()
            raise self.fail("operator" if tok == "\x00" else "junk")
        return value

    def comma(self, live: bool) -> int:
        value = self.assign(live)
        while self.peek() == ",":
            self.k += 1
            value = self.assign(live)
        return value

    # The right-associative chains (x=y=z=1, - - -1, 2**3**2) are read in a loop and worked out
    # from the right, the order bash's recursion works them in: x=x=...= 3,000 times, or as many
    # `-`, recursed past Python's stack (a RecursionError, told as $( ) nested 32 levels).
    def assign(self, live: bool) -> int:
        targets: list[tuple[str, str]] = []
        while True:
            tok = self.peek()
            nxt = self.toks[self.k + 1][0] if self.k + 1 < len(self.toks) else ""
            if not (tok and (tok[0].isalpha() or tok[0] == "_") and nxt in _ASSIGN):
                break
            self.k += 2
            budget.current().step()
            targets.append((tok, nxt))
        value = self.ternary(live)
        for tok, nxt in reversed(targets):
            if nxt != "=":
                value = self.binary(nxt[:-1], self.variable(tok), value, live, self.k)
            if live:
                self.env[tok] = str(value)
        return value

    def ternary(self, live: bool) -> int:
        cond = self.level(0, live)
        if self.peek() != "?":
            return cond
        self.k += 1
        self.depth += 1  # a ?: inside a ?: nests as a parenthesis does
        if self.depth > MAX_DEPTH:
            raise self.fail("recursion")
        yes = self.comma(live and cond != 0)
        self.depth -= 1
        if self.peek() != ":":
            raise self.fail("colon")
        self.k += 1
        no = self.ternary(live and cond == 0)
        return yes if cond else no

    def level(self, n: int, live: bool) -> int:
        if n == len(_LEVELS):
            return self.power(live)
        left = self.level(n + 1, live)
        while self.peek() in _LEVELS[n]:
            op = self.peek()
            self.k += 1
            if op == "&&":
                right = self.level(n + 1, live and left != 0)
                left = int(left != 0 and right != 0)
            elif op == "||":
                right = self.level(n + 1, live and left == 0)
                left = int(left != 0 or right != 0)
            else:
                at = self.k
                left = self.binary(op, left, self.level(n + 1, live), live, at)
        return left

    def power(self, live: bool) -> int:
        bases, ats = [self.unary(live)], []
        while self.peek() == "**":
            self.k += 1
            ats.append(self.k)
            bases.append(self.unary(live))
        value = bases.pop()
        while bases:
            base, at = bases.pop(), ats.pop()
            if value < 0 and live:
                raise self.fail("exponent", at)
            value = _signed(pow(base, max(value, 0), 1 << 64)) if live else 0
        return value

    def unary(self, live: bool) -> int:
        signs = []
        while (tok := self.peek()) in ("-", "+", "!", "~"):
            self.k += 1
            budget.current().step()
            signs.append(tok)
        value = self.operand(live)
        for tok in reversed(signs):
            value = {"-": _signed(-value), "+": value, "!": int(value == 0), "~": _signed(~value)}[tok]
        return value

    def operand(self, live: bool) -> int:
        tok = self.peek()
        if tok in ("++", "--"):
            self.k += 1
            name = self.peek()
            if not name or not (name[0].isalpha() or name[0] == "_"):
                raise self.fail("operand")
            self.k += 1
            value = _signed(self.variable(name) + (1 if tok == "++" else -1))
            if live:
                self.env[name] = str(value)
            return value
        return self.primary(live)

    def primary(self, live: bool) -> int:
        tok = self.peek()
        budget.current().step()
        if tok == "(":
            self.k += 1
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise self.fail("recursion")
            value = self.comma(live)
            self.depth -= 1
            if self.peek() != ")":
                raise self.fail("paren")
            self.k += 1
            return value
        if tok and tok[0].isdigit():
            self.k += 1
            return _number(tok, self, self.k - 1)
        if tok and (tok[0].isalpha() or tok[0] == "_"):
            self.k += 1
            value = self.variable(tok)
            post = self.peek()
            if post in ("++", "--"):
                self.k += 1
                if live:
                    self.env[tok] = str(_signed(value + (1 if post == "++" else -1)))
            return value
        if tok == "\x00":
            raise self.fail("operator")
        # an operator where an operand belongs: bash names the token before it (or the end)
        raise ArithError("operand", self.text, self.rest(self.k - 1) if self.k else self.rest())

    def variable(self, name: str) -> int:
        raw = (self.env.get(name) or "").strip()
        if not raw:
            return 0
        if re.fullmatch(r"[-+]?\d+", raw):
            return _signed(int(raw))
        if self.depth >= MAX_DEPTH:
            raise ArithError("recursion", self.text, name)
        return _Eval(raw, self.env, self.depth + 1, self.dialect).run()

    def binary(self, op: str, a: int, b: int, live: bool, at: int) -> int:
        if op in ("/", "%") and b == 0:
            if not live:
                return 0
            raise self.fail("div0", at)
        if op in ("/", "%"):
            q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)  # C division truncates toward zero
            return _signed(q if op == "/" else a - q * b)
        return {
            "+": lambda: _signed(a + b), "-": lambda: _signed(a - b), "*": lambda: _signed(a * b),
            "<<": lambda: _signed(a << (b & 63)), ">>": lambda: a >> (b & 63),
            "<": lambda: int(a < b), "<=": lambda: int(a <= b), ">": lambda: int(a > b), ">=": lambda: int(a >= b),
            "==": lambda: int(a == b), "!=": lambda: int(a != b),
            "&": lambda: a & b, "^": lambda: a ^ b, "|": lambda: a | b,
        }[op]()


def _number(tok: str, ev: _Eval, k: int) -> int:
    if ev.wide:
        return _signed(_strlong(tok, ev, k))
    try:
        if tok[:2] in ("0x", "0X"):
            return _signed(int(tok, 16))
        if len(tok) > 1 and tok[0] == "0":
            return _signed(int(tok, 8))
        return _signed(int(tok))
    except ValueError:
        raise ev.fail("operator", k) from None


def _strlong(tok: str, ev: _Eval, k: int) -> int:
    """bash expr.c strlong: 0x.. hexadecimal, 0.. octal, BASE#DIGITS for a base from 2 to 64
    (digits, then a-z, A-Z, @, _; below 37 the letters' case does not count), else decimal. An
    error names the expression as far as the number, and the number (readtok cuts the text there)."""
    start = ev.toks[k][1]

    def fail(kind: str) -> ArithError:
        return ArithError(kind, ev.text[: start + len(tok)], tok)

    base, found, rest = 10, False, tok
    if tok[0] == "0" and len(tok) > 1:
        base, found, rest = (16, True, tok[2:]) if tok[1] in "xX" else (8, True, tok[1:])
    value = 0
    for i, c in enumerate(rest):
        if c == "#":
            if found:
                raise fail("badnum")
            if not 2 <= value <= 64:
                raise fail("badbase")
            base, value, found = value, 0, True
            if i + 1 >= len(rest) or rest[i + 1] == "#":
                raise fail("badint")
            continue
        digit = _digit(c, base)
        if digit >= base:
            raise fail("base")
        value = value * base + digit
    return value


def _digit(c: str, base: int) -> int:
    if c.isdigit():
        return ord(c) - ord("0")
    if "a" <= c <= "z":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + (10 if base <= 36 else 36)
    return 62 if c == "@" else 63


def evaluate(expression: str, env: MutableMapping[str, str], dialect: str = "bash") -> int:
    """The value of an expanded $(( )) expression; assignments in it set variables in env."""
    return _Eval(expression, env, 0, dialect).run()
