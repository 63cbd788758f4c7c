"""Arithmetic expansion, $(( )): the shell's integer expressions (bash "Shell Arithmetic", POSIX 2.6.4).

Signed 64-bit integers; variables by name (an unset or empty one is 0; a value that is not a number
is read as an expression in turn, as bash does); the C operators, ?:, assignments and ++/--.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from . import budget

_MASK = (1 << 64) - 1
_TOKEN = re.compile(r"\s*(0[xX][0-9A-Fa-f]+|\d+|[A-Za-z_][A-Za-z_0-9]*|\*\*=?|<<=?|>>=?|&&|\|\||\+\+|--|[<>=!]=|"
                    r"[-+*/%&^|]=|[-+*/%<>=!~&^|?:(),])")
# Binary operators by precedence, lowest first (bash expr.c; dash and ash alike, without **).
_LEVELS = (("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", "<=", ">", ">="), ("<<", ">>"), ("+", "-"),
           ("*", "/", "%"))
_ASSIGN = frozenset({"=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|="})
# Parentheses and variables read as expressions one $(( )) may nest: a variable whose value names
# itself (x=x) ends here, as bash's recursion check does (expr.c "expression recursion level exceeded").
MAX_DEPTH = 24


class ArithError(Exception):
    """An expression the shell cannot evaluate: what went wrong and where (bash's error token)."""

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
    def __init__(self, text: str, env: MutableMapping[str, str], depth: int) -> None:
        self.text = text
        self.env = env
        self.depth = depth
        self.toks: list[tuple[str, int]] = []  # (token, where it starts)
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
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

    def assign(self, live: bool) -> int:
        tok = self.peek()
        nxt = self.toks[self.k + 1][0] if self.k + 1 < len(self.toks) else ""
        if tok and (tok[0].isalpha() or tok[0] == "_") and nxt in _ASSIGN:
            self.k += 2
            value = self.assign(live)
            if nxt != "=":
                value = self.binary(nxt[:-1], self.variable(tok), value, live, self.k)
            if live:
                self.env[tok] = str(value)
            return value
        return self.ternary(live)

    def ternary(self, live: bool) -> int:
        cond = self.level(0, live)
        if self.peek() != "?":
            return cond
        self.k += 1
        yes = self.comma(live and cond != 0)
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
        base = self.unary(live)
        if self.peek() != "**":
            return base
        self.k += 1
        at = self.k
        exp = self.power(live)
        if exp < 0 and live:
            raise self.fail("exponent", at)
        return _signed(pow(base, max(exp, 0), 1 << 64)) if live else 0

    def unary(self, live: bool) -> int:
        tok = self.peek()
        if tok in ("-", "+", "!", "~"):
            self.k += 1
            value = self.unary(live)
            return {"-": _signed(-value), "+": value, "!": int(value == 0), "~": _signed(~value)}[tok]
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
        return _Eval(raw, self.env, self.depth + 1).run()

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
    try:
        if tok[:2] in ("0x", "0X"):
            return _signed(int(tok, 16))
        if len(tok) > 1 and tok[0] == "0":
            return _signed(int(tok, 8))
        return _signed(int(tok))
    except ValueError:
        raise ev.fail("operator", k) from None


def evaluate(expression: str, env: MutableMapping[str, str]) -> int:
    """The value of an expanded $(( )) expression; assignments in it set variables in env."""
    return _Eval(expression, env, 0).run()
