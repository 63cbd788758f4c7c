"""POSIX regular expressions (BRE and ERE) as glibc's regcomp reads them, turned into the `regex`
package's syntax: the grammar of posix/regcomp.c (peek_token, parse_expression, parse_dup_op,
parse_bracket_exp) with its error texts (posix/regerror messages), and POSIX's leftmost-longest
match (regex.POSIX). GNU sed and BusyBox sed (linked with glibc) share it.

GNU extensions kept: \\+ \\? \\| in a BRE, \\w \\W \\s \\S \\b \\B \\< \\> \\` \\'. An anchor
takes no repetition (regcomp.c: "^*" is an anchor and a literal star in a BRE, an error in an
ERE); a BRE's ^ anchors only first in the pattern, a group or an alternative, and its $ only last.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..regexsize import MAX_DEPTH, too_big

BADRPT = "Invalid preceding regular expression"
EBRACK = "Unmatched [, [^, [:, [., or [="
EPAREN = "Unmatched ( or \\("
ERPAREN = "Unmatched ) or \\)"
EBRACE = "Unmatched \\{"
BADBR = "Invalid content of \\{\\}"
ERANGE = "Invalid range end"
ECTYPE = "Invalid character class name"
ECOLLATE = "Invalid collation character"
EESCAPE = "Trailing backslash"
ESUBREG = "Invalid back reference"
ESIZE = "Regular expression too big"
DUP_MAX = 0x7FFF  # RE_DUP_MAX

# glibc's classes in a UTF-8 locale: ASCII as the C locale has them, letters beyond it by Unicode
CLASSES = {
    "alpha": r"a-zA-Z\p{L}", "digit": "0-9", "alnum": r"0-9a-zA-Z\p{L}", "upper": r"A-Z\p{Lu}",
    "lower": r"a-z\p{Ll}", "space": r" \t\n\r\f\v", "blank": r" \t", "punct": r"!-/:-@\[-`{-~",
    "print": r" -~\u00a0-\U0010ffff", "graph": r"!-~\u00a1-\U0010ffff", "cntrl": r"\x00-\x1f\x7f",
    "xdigit": "0-9A-Fa-f",
}
_GNU_OPS = {"w": r"\w", "W": r"\W", "s": r"\s", "S": r"\S", "b": r"\b", "B": r"\B", "<": r"\m", ">": r"\M",
            "`": r"\A", "'": r"\Z"}
_ANCHORS = {"b", "B", "<", ">", "`", "'"}


class RegexError(Exception):
    """regcomp refused the pattern: glibc's text for why."""


@dataclass(frozen=True)
class Token:
    kind: str  # char, any, bracket, open, close, alt, dup, interval, anchor, backref, op, end
    text: str = ""  # the character, the operator's letter, or what follows an open interval


class _Parser:
    """One pattern read left to right, glibc's way, into the `regex` package's syntax."""

    def __init__(self, pattern: str, ere: bool, multiline: bool, notbol: bool, paren_ord: bool) -> None:
        self.p, self.ere, self.multiline, self.notbol, self.paren_ord = pattern, ere, multiline, notbol, paren_ord
        self.i = 0
        self.groups = 0
        self.completed: set[int] = set()
        self.at_start = True  # nothing matched yet on the way here (for ^)

    # -- tokens (peek_token) ------------------------------------------------------------------------

    def token(self, caret_here: bool = False) -> Token:
        """The next token, consumed."""
        p, i = self.p, self.i
        if i >= len(p):
            return Token("end")
        c = p[i]
        self.i += 1
        if c == "\\":
            return self._escaped()
        if c == "[":
            return Token("bracket")
        if c == ".":
            return Token("any")
        if c == "*":
            return Token("dup", "*")
        if c == "^" and (self.ere or caret_here or i == 0):
            return Token("anchor", "^")
        if c == "$" and (self.ere or self._dollar_last()):
            return Token("anchor", "$")
        if self.ere and c in "+?":
            return Token("dup", c)
        if self.ere and c in "{}|()":
            return Token({"{": "interval", "}": "closedup", "|": "alt", "(": "open", ")": "close"}[c])
        return Token("char", c)

    def _escaped(self) -> Token:
        if self.i >= len(self.p):
            raise RegexError(EESCAPE)
        c = self.p[self.i]
        self.i += 1
        if not self.ere and c in "(){}|+?":
            return Token({"(": "open", ")": "close", "{": "interval", "}": "closedup", "|": "alt"}.get(c, "dup"), c)
        if c in "123456789":
            return Token("backref", c)
        if c in _GNU_OPS:
            return Token("anchor" if c in _ANCHORS else "op", c)
        return Token("char", c)

    def _dollar_last(self) -> bool:
        """A BRE's $ anchors at the pattern's end or before \\) or \\|."""
        rest = self.p[self.i:]
        return rest == "" or rest.startswith(("\\)", "\\|"))

    # -- grammar (parse_reg_exp, parse_branch, parse_expression) -------------------------------------

    def parse(self) -> str:
        out, tok = self.alternatives(0, self.token(caret_here=True))
        return out

    def alternatives(self, nest: int, tok: Token) -> tuple[str, Token]:
        """Branches; a back reference sees the groups closed before the alternation or in its
        own branch (parse_reg_exp's completed_bkref_map)."""
        branches = []
        at_start, initial, accumulated = self.at_start, set(self.completed), set()
        while True:
            self.at_start = at_start
            self.completed = set(initial)
            branch, tok = self.branch(nest, tok)
            accumulated |= self.completed
            branches.append(branch)
            if tok.kind != "alt":
                self.completed = accumulated
                return "|".join(branches), tok
            tok = self.token(caret_here=True)

    def branch(self, nest: int, tok: Token) -> tuple[str, Token]:
        parts: list[str] = []
        while tok.kind not in ("alt", "end") and not (nest and tok.kind == "close"):
            piece, tok = self.expression(nest, tok)
            parts.append(piece)
        return "".join(parts), tok

    def expression(self, nest: int, tok: Token) -> tuple[str, Token]:
        """One atom and the repetitions after it; the next token."""
        atom = self.atom(nest, tok)
        if atom is None:  # an anchor: no repetition follows it, the next token starts anew
            return self.anchor(tok), self.token()
        self.at_start = False
        tok = self.token()
        repeated = False
        while tok.kind in ("dup", "interval"):
            if repeated:
                atom = f"(?:{atom})"
            atom += self.repetition(tok)
            repeated = True
            tok = self.token()
            if not self.ere and (tok.kind == "interval" or tok == Token("dup", "*")):
                raise RegexError(BADRPT)  # a BRE takes no second * or \{ in a row
        return atom, tok

    def atom(self, nest: int, tok: Token) -> str | None:
        kind = tok.kind
        if kind in ("dup", "interval"):
            if self.ere or kind == "interval":
                raise RegexError(BADRPT)
            return regex.escape(tok.text)  # a BRE's leading *, \+ or \? is itself
        if kind == "close":
            if not self.paren_ord:
                raise RegexError(ERPAREN)
            return regex.escape(")")
        if kind == "anchor":
            return None
        return {"char": lambda: regex.escape(tok.text), "closedup": lambda: regex.escape("}"),
                "any": lambda: ".", "bracket": self.bracket, "open": lambda: self.group(nest),
                "backref": lambda: self.backref(tok.text), "op": lambda: _GNU_OPS[tok.text]}[kind]()

    def anchor(self, tok: Token) -> str:
        """An anchor. glibc's matcher, past a newline the pattern itself took, is in a line's
        context whatever REG_NEWLINE says (regexec.c build_trtable: dest_states_nl), so a ^
        after something and a $ before something match there too: N;s/a$\n^b/X/."""
        if tok.text == "^":
            if self.notbol:
                return "(?!)"
            return "^" if self.multiline or self.at_start else r"(?:^|(?<=\n))"
        if tok.text == "$":
            if self.multiline or re_at_end(self.p[self.i:], self.ere):
                return "$" if self.multiline else r"\Z"
            return r"(?:\Z|(?=\n))"
        return _GNU_OPS[tok.text]

    def group(self, nest: int) -> str:
        if nest >= MAX_DEPTH:  # read by recursion here and in the `regex` package: refused as too big (regexsize.py)
            raise RegexError(ESIZE)
        self.groups += 1
        number = self.groups
        inner, tok = self.alternatives(nest + 1, self.token(caret_here=True))
        if tok.kind != "close":
            raise RegexError(EPAREN)
        self.completed.add(number)
        return f"({inner})"

    def backref(self, digit: str) -> str:
        if int(digit) not in self.completed:
            raise RegexError(ESUBREG)
        return f"(?:\\{digit})"

    def repetition(self, tok: Token) -> str:
        if tok.kind == "dup":
            return {"*": "*", "+": "+", "?": "?"}[tok.text]
        low, high = self.interval()
        if high is None:
            return f"{{{low},}}"
        return f"{{{low}}}" if low == high else f"{{{low},{high}}}"

    def interval(self) -> tuple[int, int | None]:
        """parse_dup_op's {m,n}: its bounds, or glibc's error."""
        start, tok = self.number()
        if start == -1:
            if tok.kind == "char" and tok.text == ",":
                start = 0  # {,n} is {0,n}
            else:
                raise RegexError(BADBR)
        end: int | None = start
        if start != -2:
            if tok.kind == "closedup":
                end = start
            elif tok.kind == "char" and tok.text == ",":
                end, tok = self.number()
                end = None if end == -1 else end
            else:
                end = -2
        if start == -2 or end == -2:
            raise RegexError(EBRACE if tok.kind == "end" else BADBR)
        if (end is not None and start > end) or tok.kind != "closedup":
            raise RegexError(BADBR)
        if (end if end is not None else start) > DUP_MAX:
            raise RegexError(ESIZE)
        return start, end

    def number(self) -> tuple[int, Token]:
        """fetch_number: -1 when no digit came, -2 when something else did."""
        num = -1
        while True:
            tok = self.token()
            if tok.kind == "end":
                return -2, tok
            if tok.kind == "closedup" or (tok.kind == "char" and tok.text == ","):
                return num, tok
            if tok.kind != "char" or not tok.text.isdigit() or num == -2:
                num = -2
            else:
                num = int(tok.text) if num == -1 else min(DUP_MAX + 1, num * 10 + int(tok.text))

    # -- bracket expressions (parse_bracket_exp) -------------------------------------------------------

    def bracket(self) -> str:
        p = self.p
        negate = self.i < len(p) and p[self.i] == "^"
        if negate:
            self.i += 1
        items: list[str] = []
        first = True
        while True:
            if self.i >= len(p):
                raise RegexError(EBRACK)
            if p[self.i] == "]" and not first:
                self.i += 1
                break
            start = self.element(first)
            first = False
            if self.i + 1 < len(p) and p[self.i] == "-" and p[self.i + 1] != "]" and start[0] != "class":
                self.i += 1
                end = self.element(True)
                items.append(self.range_of(start, end))
            else:
                items.append(_set_item(start))
        if negate and self.multiline:
            items.append("\\n")
        return "[" + ("^" if negate else "") + "".join(items) + "]"

    def element(self, accept_hyphen: bool) -> tuple[str, str]:
        """One element: ("char", c) or ("class", name) (an equivalence class is its character)."""
        p = self.p
        if self.i >= len(p):
            raise RegexError(EBRACK)
        c = p[self.i]
        if c == "-" and self.i + 1 >= len(p):
            raise RegexError(EBRACK)
        if c == "[" and self.i + 1 < len(p) and p[self.i + 1] in ".=:":
            return self.symbol(p[self.i + 1])
        if c == "-" and not accept_hyphen and not (self.i + 1 < len(p) and p[self.i + 1] == "]"):
            raise RegexError(ERANGE)
        self.i += 1
        return "char", c

    def symbol(self, delim: str) -> tuple[str, str]:
        """[:name:], [=c=] or [.c.] (parse_bracket_symbol)."""
        end = self.p.find(delim + "]", self.i + 2)
        if end < 0:
            raise RegexError(EBRACK)
        name = self.p[self.i + 2:end]
        self.i = end + 2
        if delim == ":":
            if name not in CLASSES:
                raise RegexError(ECTYPE)
            return "class", name
        if len(name) != 1:
            raise RegexError(ECOLLATE)
        return "char", name

    def range_of(self, start: tuple[str, str], end: tuple[str, str]) -> str:
        if end[0] == "class" or start[1] > end[1]:
            raise RegexError(ERANGE)
        return _set_char(start[1]) + "-" + _set_char(end[1])


def re_at_end(rest: str, ere: bool) -> bool:
    """Whether a $ ends its pattern, group or alternative (else something follows it in its
    branch, which only a newline it then takes lets match)."""
    return rest == "" or rest.startswith((")", "|") if ere else ("\\)", "\\|"))


def _set_char(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def _set_item(item: tuple[str, str]) -> str:
    return CLASSES[item[1]] if item[0] == "class" else _set_char(item[1])


@dataclass(frozen=True)
class Compiled:
    pattern: regex.Pattern[str]
    groups: int


@lru_cache(maxsize=512)
def compile_posix(source: str, ere: bool, icase: bool = False, multiline: bool = False, notbol: bool = False,
                  paren_ord: bool = False) -> Compiled:
    """The pattern and its group count; RegexError with glibc's text when regcomp refuses it.
    multiline: REG_NEWLINE (sed's M flag); notbol: REG_NOTBOL (^ never matches); paren_ord: an
    unmatched ) is itself (RE_UNMATCHED_RIGHT_PAREN_ORD)."""
    parser = _Parser(source, ere, multiline, notbol, paren_ord)
    body = parser.parse()
    flags = regex.POSIX | (regex.IGNORECASE if icase else 0) | (regex.MULTILINE if multiline else regex.DOTALL)
    if too_big(body):  # ((a{255}){255}){255}: 11 s to compile (regexsize.py)
        raise RegexError(ESIZE)
    try:
        pattern = regex.compile(body, flags)
    except regex.error as exc:  # a form glibc takes that the `regex` package does not
        raise RegexError(f"Invalid regular expression ({exc})") from None
    return Compiled(pattern, parser.groups)
