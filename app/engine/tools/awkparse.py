"""Reading an awk program (awk.py runs it): mawk 1.3.4's tokens (scan.c), its grammar (parse.y)
as far as layerlab runs it, its regular expressions, and its words for what it cannot read
(error.c: "line N: syntax error at or near X", "missing } near end of file", "runaway string
constant"). What layerlab does not run is refused as NotSimulated, never read as a syntax error:
getline, functions defined in the program, output to files and commands, system(), rand().
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import regex

from .. import budget


class NotSimulated(Exception):
    """A part of awk layerlab does not run."""


class AwkSyntax(Exception):
    """A compile error, as mawk words it after "awk: "."""


class AwkRuntime(Exception):
    """A run time error (error.c rt_error)."""


KEYWORDS = {"BEGIN", "END", "if", "else", "while", "for", "do", "break", "continue", "next", "exit",
            "print", "printf", "delete", "in", "getline", "function", "func", "return", "nextfile"}
REFUSED = {"getline", "function", "func", "return", "nextfile"}
BUILTINS = {"length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "tolower", "toupper",
            "int", "sqrt", "exp", "log", "sin", "cos", "atan2", "rand", "srand", "system", "close", "fflush"}
_OPS = ["**=", "+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "**",
        "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "="]
# after these a / divides; elsewhere it begins a regular expression (scan.c: the previous token)
_ENDS_OPERAND = {"num", "str", "name", "builtin", ")", "]", "++", "--", "ere"}
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "/": "/", "a": "\a", "b": "\b", "f": "\f", "r": "\r", "v": "\v"}
_NUMBER = re.compile(r"\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?")
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")

Node = tuple[Any, ...]  # (kind, ...): the syntax tree awk.py runs

# How deep a program may nest, counted so that the same program is read the same way wherever it
# runs (a RecursionError would depend on how deep the caller's stack already was). mawk's parser
# stack ends nesting too (parse.y's, about 200 entries: 191 parentheses, 63 subscripts in
# subscripts, "syntax error at or near (" past them); these bounds are lower, to stay under Python's
# stack with 30 levels of $( ) around awk. The parser counts its own nesting: each parenthesis
# passes four of its rules (19 parentheses are read), an operator, a $ or a brace one. A tree deeper
# than MAX_TREE_DEPTH (a chain of 4,000 `1+` is read without nesting, and run by nesting) is
# refused as well. Both raised RecursionError, told as "nests $( ) or sh -c more than 32 levels".
MAX_NESTING = 80
MAX_TREE_DEPTH = 150
# Parentheses one regular expression may nest: mawk's compiler refuses 63 (rexp.c's stack).
MAX_REGEX_GROUPS = 62
TOO_DEEP = "layerlab: the program nests parentheses, subscripts, operators or braces more deeply than the simulated awk reads"
REGEX_TOO_LARGE = "regular expression compile failed (resource exhaustion -- regular expression too large)"


@dataclass
class Token:
    kind: str  # num str ere name builtin funcname kw nl eof, or the operator itself
    text: str
    line: int
    value: Any = None


def escaped(text: str, i: int) -> tuple[str, int]:
    """What the backslash escape at text[i] (the character after the backslash) stands for, and
    where it ends; an unknown one keeps its backslash (scan.c rm_escape)."""
    c = text[i]
    if c in ESCAPES:
        return ESCAPES[c], i + 1
    if c in "01234567":
        j = i
        while j < len(text) and j < i + 3 and text[j] in "01234567":
            j += 1
        return chr(int(text[i:j], 8) & 0xFF), j
    return "\\" + c, i + 1


def unescape(text: str) -> str:
    """A command line's value (-v, -F, an operand's assignment) with its escapes read."""
    chars, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            ch, i = escaped(text, i + 1)
            chars.append(ch)
            continue
        chars.append(text[i])
        i += 1
    return "".join(chars)


# -- scanning -------------------------------------------------------------------------------------


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text, self.i, self.line = text, 0, 1
        self.toks: list[Token] = []

    def add(self, kind: str, text: str, value: Any = None) -> None:
        self.toks.append(Token(kind, text, self.line, value))

    def run(self) -> list[Token]:
        text = self.text
        while self.i < len(text):
            budget.current().step()
            c = text[self.i]
            if c == "\\" and text[self.i + 1 : self.i + 2] == "\n":
                self.i, self.line = self.i + 2, self.line + 1
            elif c in " \t\r":
                self.i += 1
            elif c == "#":
                end = text.find("\n", self.i)
                self.i = len(text) if end < 0 else end
            elif c == "\n":
                self.add("nl", "end of line")
                self.i, self.line = self.i + 1, self.line + 1
            elif c == '"':
                self.string()
            elif c == "/" and (not self.toks or self.toks[-1].kind not in _ENDS_OPERAND):
                self.regex()
            else:
                self.word_or_operator(c)
        self.add("eof", "end of file")
        return self.toks

    def string(self) -> None:
        text, j, out = self.text, self.i + 1, []
        while j < len(text) and text[j] != '"':
            if text[j] == "\n":
                break
            if text[j] == "\\" and j + 1 < len(text):
                if text[j + 1] == "\n":
                    j, self.line = j + 2, self.line + 1
                    continue
                ch, j = escaped(text, j + 1)
                out.append(ch)
                continue
            out.append(text[j])
            j += 1
        self.closed(j, out, "str", '"', "string constant")

    def regex(self) -> None:
        text, j, out = self.text, self.i + 1, []
        while j < len(text) and text[j] not in "/\n":
            if text[j] == "\\" and j + 1 < len(text):
                out.append("/" if text[j + 1] == "/" else text[j : j + 2])
                j += 2
            elif text[j] == "[":  # a / inside a bracket expression ends nothing
                k = bracket_end(text, j)
                out.append(text[j:k])
                j = k
            else:
                out.append(text[j])
                j += 1
        self.closed(j, out, "ere", "/", "regular expression")

    def closed(self, j: int, out: list[str], kind: str, mark: str, what: str) -> None:
        """The token a string or a regular expression makes, or mawk's error when its line ended
        first (scan.c: "runaway string constant", "runaway regular expression")."""
        if j >= len(self.text) or self.text[j] != mark:
            raise AwkSyntax(f"line {self.line}: runaway {what} {mark}{''.join(out)[:10]} ...")
        value = "".join(out)
        self.add(kind, mark + value + mark, value)
        self.i = j + 1

    def word_or_operator(self, c: str) -> None:
        text = self.text
        m = _NUMBER.match(text, self.i)
        if m:
            self.add("num", m.group(), float(m.group()))
            self.i = m.end()
            return
        m = _WORD.match(text, self.i)
        if m:
            word = m.group()
            self.i = m.end()
            kind = "kw" if word in KEYWORDS else "builtin" if word in BUILTINS else \
                "funcname" if text[self.i : self.i + 1] == "(" else "name"
            self.add(kind, word)
            return
        op = next((o for o in _OPS if text.startswith(o, self.i)), None)
        if op is None:  # (error.c unexpected_char: no "line" before the number)
            shown = f"'{c}'" if " " < c < "\x7f" else f"0x{ord(c) & 0xFF:02x}"
            raise AwkSyntax(f"{self.line}: unexpected character {shown}")
        self.add(op, op)
        self.i += len(op)


def scan(text: str) -> list[Token]:
    return _Scanner(text).run()


def bracket_end(text: str, j: int) -> int:
    """Where the bracket expression at text[j] ends (after its ]), or the text's end."""
    k = j + 1
    if text[k : k + 1] == "^":
        k += 1
    if text[k : k + 1] == "]":
        k += 1
    while k < len(text) and text[k] != "]":
        if text.startswith("[:", k) and text.find(":]", k + 2) > 0:
            k = text.find(":]", k + 2) + 2
            continue
        k += 2 if text[k] == "\\" else 1
    return min(k + 1, len(text))


# -- regular expressions ----------------------------------------------------------------------

_CLASSES = {"alpha": "A-Za-z", "digit": "0-9", "alnum": "A-Za-z0-9", "upper": "A-Z", "lower": "a-z",
            "space": r" \t\n\r\f\v", "blank": r" \t", "punct": r"!-/:-@\[-`{-~", "print": r" -~",
            "graph": r"!-~", "cntrl": r"\x00-\x1f\x7f", "xdigit": "0-9A-Fa-f"}
_REGEX_CACHE: dict[str, regex.Pattern[str]] = {}


def ere(source: str) -> regex.Pattern[str]:
    """An awk (POSIX extended) regular expression as the regex module reads one: bracket
    expressions with their [:classes:], an escape meaning its character (in brackets too), the
    rest as an ERE. Matched with a time limit (awk.py search): a learner's pattern that backtracks
    without end ends the line with the budget's message."""
    found = _REGEX_CACHE.get(source)
    if found is not None:
        return found
    if group_depth(source) > MAX_REGEX_GROUPS:  # (the regex package's parser recursed past Python's stack)
        raise AwkRuntime(f"{REGEX_TOO_LARGE}\n{source}")
    out, i = [], 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            ch, i = escaped(source, i + 1)
            out.append(regex.escape(ch[-1]))
            continue
        k = bracket_end(source, i) if c == "[" else 0
        if k and source[k - 1] == "]" and k - i > 2:
            out.append(_bracket(source[i + 1 : k - 1]))
            i = k
            continue
        out.append(regex.escape(c) if c in "]}" else c)
        i += 1
    try:
        compiled = regex.compile("".join(out))
    except regex.error as exc:
        raise AwkRuntime(f"regular expression compile failed ({exc.msg})\n{source}") from None
    if len(_REGEX_CACHE) > 256:
        _REGEX_CACHE.clear()
    _REGEX_CACHE[source] = compiled
    return compiled


def group_depth(source: str) -> int:
    """How deep the parentheses of an ERE nest (escaped ones and those in brackets aside)."""
    depth = deepest = i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = bracket_end(source, i)
            continue
        depth += c == "("
        depth -= c == ")" and depth > 0
        deepest = max(deepest, depth)
        i += 1
    return deepest


def _bracket(body: str) -> str:
    """A bracket expression's inside (without its [ ]) as the regex module's class."""
    out, i = ["["], 0
    if body.startswith("^"):
        out.append("^")
        i = 1
    if body[i : i + 1] == "]":
        out.append("\\]")
        i += 1
    while i < len(body):
        end = body.find(":]", i + 2) if body.startswith("[:", i) else -1
        if end > 0:
            out.append(_CLASSES.get(body[i + 2 : end], ""))
            i = end + 2
            continue
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            ch, i = escaped(body, i + 1)
            c = ch[-1]
        else:
            i += 1
        out.append("\\" + c if c in "[]\\^" else c)
    return "".join(out) + "]"


# -- parsing --------------------------------------------------------------------------------------

_ENDS_SIMPLE = (";", "nl", "}", "eof")
_ASSIGNMENTS = ("=", "+=", "-=", "*=", "/=", "%=", "^=", "**=")
_LVALUES = ("var", "field", "index")


_F = TypeVar("_F", bound=Callable[..., Any])


def _nesting(rule: _F) -> _F:
    """A rule that may call itself again, through others: one more level while it runs."""
    @functools.wraps(rule)
    def nested(self: Parser, *args: Any) -> Any:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise AwkSyntax(TOO_DEEP)
        found = rule(self, *args)
        self.depth -= 1
        return found
    return nested  # type: ignore[return-value]


def tree_depth(tree: Any) -> int:
    """How deep the syntax tree nests (tuples and lists), walked without recursion."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node if isinstance(child, tuple | list))
    return deepest


class Parser:
    """parse.y's grammar by recursive descent: a program is BEGIN and END blocks and pattern-action
    rules; statements and expressions with awk's precedence (POSIX "Expressions in awk")."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks, self.i = toks, 0
        self.parens = self.braces = self.depth = 0
        self.no_gt = False  # in print's list an unparenthesized > is output redirection
        self.keyword_statements: dict[str, Callable[[], Node]] = {
            "if": self.if_statement, "while": self.while_statement, "do": self.do_statement,
            "for": self.for_statement, "break": self.bare, "continue": self.bare, "next": self.bare,
            "exit": self.exit_statement, "delete": self.delete_statement, "print": self.print_statement,
            "printf": self.print_statement}

    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def at(self, *kinds: str) -> bool:
        t = self.tok
        return t.kind in kinds or (t.kind == "kw" and t.text in kinds)

    def peek(self, n: int = 1) -> Token:
        return self.toks[min(self.i + n, len(self.toks) - 1)]

    def take(self) -> Token:
        t = self.tok
        self.i += 1
        return t

    def expect(self, kind: str) -> Token:
        if not self.at(kind):
            self.error()
        return self.take()

    def error(self) -> None:
        """yyerror: what the token the parser stopped at says (error.c)."""
        t = self.tok
        if t.kind == "kw" and t.text in REFUSED:
            raise NotSimulated(t.text)
        shown = t.value if t.kind == "str" else t.text
        if self.parens and t.kind in ("nl", ";", "eof", "}"):  # (error.c missing_rparen)
            raise AwkSyntax(f"line {t.line}: missing ) near {shown}")
        if self.braces and (t.kind == "eof" or (t.kind == "kw" and t.text in ("BEGIN", "END"))):  # (missing_rbrace)
            raise AwkSyntax(f"line {t.line}: missing }} near {shown}")
        raise AwkSyntax(f"line {t.line}: syntax error at or near {shown}")

    def nls(self) -> None:
        while self.at("nl"):
            self.take()

    def terminators(self) -> None:
        while self.at("nl", ";"):
            self.take()

    def program(self) -> tuple[list[Node], list[tuple[Node | None, Node | None, Node | None]], list[Node]]:
        """(BEGIN blocks, rules as (pattern, range end, action), END blocks)."""
        begin: list[Node] = []
        end: list[Node] = []
        rules: list[tuple[Node | None, Node | None, Node | None]] = []
        self.terminators()
        while not self.at("eof"):
            if self.at("function", "func"):
                raise NotSimulated("a function defined in the program")
            if self.at("BEGIN", "END"):
                which = self.take().text
                self.nls()
                if not self.at("{"):
                    self.error()
                (begin if which == "BEGIN" else end).append(self.block())
            else:
                rules.append(self.rule())
            if not self.at("eof", "nl", ";") and self.toks[self.i - 1].kind != "}":
                self.error()
            self.terminators()
        return begin, rules, end

    def rule(self) -> tuple[Node | None, Node | None, Node | None]:
        if self.at("{"):
            return None, None, self.block()
        first = self.expr()
        second = None
        if self.at(","):
            self.take()
            self.nls()
            second = self.expr()
        return first, second, self.block() if self.at("{") else None

    def block(self) -> Node:
        self.expect("{")
        self.braces += 1
        stmts = []
        self.terminators()
        while not self.at("}"):
            if self.at("eof"):
                self.error()
            stmts.append(self.statement())
            self.terminators()
        self.take()
        self.braces -= 1
        return ("block", stmts)

    def simple_end(self) -> None:
        if self.at(";", "nl"):
            self.take()
        elif not self.at("}", "eof"):
            self.error()

    @_nesting
    def statement(self) -> Node:
        budget.current().step()
        t = self.tok
        if self.at("{"):
            return self.block()
        if t.kind == "kw" and t.text in self.keyword_statements:
            return self.keyword_statements[t.text]()
        if t.kind == "kw" and t.text in REFUSED:
            raise NotSimulated(t.text)
        if self.at(";"):
            self.take()
            return ("block", [])
        e = self.expr()
        self.simple_end()
        return ("expr", e)

    def body(self) -> Node:
        """A statement a loop or an if runs (a lone ; for none)."""
        self.nls()
        if self.at(";"):
            self.take()
            return ("block", [])
        return self.statement()

    def bare(self) -> Node:  # break, continue, next
        word = self.take().text
        self.simple_end()
        return (word,)

    def if_statement(self) -> Node:
        self.take()
        cond = self.paren_expr()
        then = self.body()
        save = self.i
        self.terminators()
        if self.at("else"):
            self.take()
            return ("if", cond, then, self.body())
        self.i = save
        return ("if", cond, then, None)

    def while_statement(self) -> Node:
        self.take()
        cond = self.paren_expr()
        if self.at(";"):
            self.take()
            return ("while", cond, ("block", []))
        return ("while", cond, self.body())

    def do_statement(self) -> Node:
        self.take()
        body = self.body()
        self.terminators()
        if not self.at("while"):
            self.error()
        self.take()
        cond = self.paren_expr()
        self.simple_end()
        return ("do", body, cond)

    def exit_statement(self) -> Node:
        self.take()
        value = None if self.at(*_ENDS_SIMPLE) else self.expr()
        self.simple_end()
        return ("exit", value)

    def delete_statement(self) -> Node:
        self.take()
        name = self.expect("name").text
        key = self.subscript() if self.at("[") else None
        self.simple_end()
        return ("delete", name, key)

    def paren_expr(self) -> Node:
        self.expect("(")
        self.parens += 1
        e = self.expr()
        self.expect(")")
        self.parens -= 1
        return e

    def for_statement(self) -> Node:
        self.take()
        self.expect("(")
        self.parens += 1
        if self.at("name") and self.peek().kind == "kw" and self.peek().text == "in" and self.peek(2).kind == "name" \
                and self.peek(3).kind == ")":
            var, array = self.take().text, self.toks[self.i + 1].text
            self.i += 3
            self.parens -= 1
            return ("forin", var, array, self.body())
        init = None if self.at(";") else self.expr()
        self.expect(";")
        self.nls()
        cond = None if self.at(";") else self.expr()
        self.expect(";")
        self.nls()
        step = None if self.at(")") else self.expr()
        self.expect(")")
        self.parens -= 1
        if self.at(";"):
            self.take()
            return ("for", init, cond, step, ("block", []))
        return ("for", init, cond, step, self.body())

    def print_statement(self) -> Node:
        word = self.take().text
        args: list[Node] = []
        if self.at("(") and self.closes_print_list():
            self.take()
            self.parens += 1
            args = self.expr_list()
            self.expect(")")
            self.parens -= 1
        elif not self.at(*_ENDS_SIMPLE, ">", ">>", "|"):
            self.no_gt = True
            try:
                args = self.expr_list()
            finally:
                self.no_gt = False
        if self.at(">", ">>", "|"):
            raise NotSimulated("print or printf to a file or a command")
        self.simple_end()
        if word == "printf" and not args:
            self.error()
        return (word, args)

    def closes_print_list(self) -> bool:
        """Whether the ( after print or printf closes where the statement ends: print (a, b)."""
        depth, j = 0, self.i
        while j < len(self.toks):
            kind = self.toks[j].kind
            depth += kind == "("
            depth -= kind == ")"
            if depth == 0:
                return self.toks[j + 1].kind in (*_ENDS_SIMPLE, ">", ">>", "|") if j + 1 < len(self.toks) else True
            if kind == "eof":
                return False
            j += 1
        return False

    def expr_list(self) -> list[Node]:
        out = [self.expr()]
        while self.at(","):
            self.take()
            self.nls()
            out.append(self.expr())
        return out

    def subscript(self) -> Node:
        self.expect("[")
        saved, self.no_gt = self.no_gt, False
        keys = self.expr_list()
        self.no_gt = saved
        self.expect("]")
        return ("subsep", keys) if len(keys) > 1 else keys[0]

    # expressions, lowest precedence first
    @_nesting
    def expr(self) -> Node:
        budget.current().step()
        cond = self.binary(0)
        if self.at("?"):
            self.take()
            self.nls()
            a = self.expr()
            self.nls()
            self.expect(":")
            self.nls()
            return ("?:", cond, a, self.expr())
        if self.at(*_ASSIGNMENTS) and cond[0] in _LVALUES:
            op = self.take().text.replace("**", "^")
            self.nls()
            return ("assign", op, cond, self.expr())
        return cond

    # the binary operators by level, lowest first (POSIX awk's table); "cmp" does not chain
    _LEVELS: tuple[tuple[str, ...], ...] = (("||",), ("&&",), ("in",), ("~", "!~"), ("cmp",), ("concat",),
                                            ("+", "-"), ("*", "/", "%"))

    def binary(self, level: int) -> Node:
        if level == len(self._LEVELS):
            return self.unary()
        ops = self._LEVELS[level]
        left = self.binary(level + 1)
        if ops == ("cmp",):  # (parse.y: %left EQ NEQ LT LTE GT GTE)
            while self.at("<", "<=", "==", "!=", ">", ">="):
                if self.no_gt and self.at(">", ">="):
                    # in print's list the scanner reads > as output redirection, and >= as > and =
                    if self.at(">="):
                        raise AwkSyntax(f"line {self.tok.line}: syntax error at or near =")
                    return left
                op = self.take().text
                left = ("cmp", op, left, self.binary(level + 1))
            return left
        while True:
            if ops == ("concat",):
                if not self.starts_operand():
                    return left
                left = ("concat", left, self.binary(level + 1))
            elif ops == ("in",) and self.at("in"):
                self.take()
                left = ("in", left, self.expect("name").text)
            elif ops != ("in",) and self.at(*ops):
                op = self.take().text
                if op in ("||", "&&"):
                    self.nls()
                left = (op, left, self.binary(level + 1))
            else:
                return left

    def starts_operand(self) -> bool:
        """Whether the next token begins an operand a concatenation goes on with (a - b and a + b
        are arithmetic there; `a !b` is a and !b, as mawk's grammar reads it)."""
        t = self.tok
        if t.kind == "kw" and t.text == "getline":
            raise NotSimulated("getline")
        return t.kind in ("num", "str", "ere", "name", "funcname", "builtin", "$", "(", "++", "--", "!")

    @_nesting
    def unary(self) -> Node:
        if self.at("!", "-", "+"):
            op = self.take().text
            return ({"!": "!", "-": "neg", "+": "pos"}[op], self.unary())
        return self.power()

    def power(self) -> Node:
        base = self.postfix()
        if self.at("^", "**"):
            self.take()
            return ("^", base, self.unary())  # right-associative, and -x binds on its right
        return base

    @_nesting
    def postfix(self) -> Node:
        if self.at("++", "--"):
            op = self.take().text
            target = self.postfix()
            if target[0] not in _LVALUES:
                self.error()
            return ("pre", op, target)
        e = self.primary()
        if self.at("++", "--") and e[0] in _LVALUES:
            return ("post", self.take().text, e)
        return e

    @_nesting
    def primary(self) -> Node:
        t = self.tok
        if t.kind in ("num", "str", "ere"):
            self.take()
            return (t.kind, t.value)
        if t.kind == "$":
            self.take()
            if self.at("++", "--", "-", "!"):
                return ("field", self.unary() if not self.at("++", "--") else self.postfix())
            return ("field", self.primary())
        if t.kind == "(":
            return self.group()
        if t.kind == "name":
            self.take()
            return ("index", t.text, self.subscript()) if self.at("[") else ("var", t.text)
        if t.kind == "builtin":
            return self.builtin()
        if t.kind == "funcname":
            raise NotSimulated("a function defined in the program")
        self.error()
        raise AssertionError

    def group(self) -> Node:
        self.take()
        self.parens += 1
        saved, self.no_gt = self.no_gt, False
        keys = self.expr_list()
        self.expect(")")
        self.parens -= 1
        self.no_gt = saved
        if len(keys) == 1:
            return ("group", keys[0])
        if not self.at("in"):  # (a, b) in array
            self.error()
        self.take()
        return ("in", ("subsep", keys), self.expect("name").text)

    def builtin(self) -> Node:
        name = self.take().text
        if name in ("system", "rand", "srand"):
            raise NotSimulated(f"{name}()")
        args: list[Node] = []
        if self.at("("):
            self.take()
            self.parens += 1
            saved, self.no_gt = self.no_gt, False
            if not self.at(")"):
                args = self.expr_list()
            self.expect(")")
            self.parens -= 1
            self.no_gt = saved
        elif name != "length":
            self.error()
        return ("call", name, args)


def parse(text: str) -> tuple[list[Node], list[tuple[Node | None, Node | None, Node | None]], list[Node]]:
    try:
        program = Parser(scan(text)).program()
    except RecursionError:  # a stack already deep ($( ) and sh -c around awk): still awk's answer
        raise AwkSyntax(TOO_DEEP) from None
    if tree_depth(program) > MAX_TREE_DEPTH:
        raise AwkSyntax(TOO_DEEP)
    return program
