"""The operators of ${...}: bash's "Shell Parameter Expansion", and where dash or BusyBox ash differ.

${P-w} ${P=w} ${P?w} ${P+w} (each with ':' too), ${#P}, ${P#pat} ${P##pat} ${P%pat} ${P%%pat},
${P/pat/rep} ${P//pat/rep} ${P/#pat/rep} ${P/%pat/rep}, ${P:off} ${P:off:len}, ${P^} ${P^^} ${P,}
${P,,} ${P~} ${P~~}, and bash's ${!P} ${!prefix*} ${!prefix@} ${P@op}. Sources: bash subst.c
(parameter_brace_expand, verify_substring_values, parameter_brace_expand_error,
parameter_brace_expand_indir, parameter_brace_transform), dash src/expand.c and src/parser.c,
BusyBox shell/ash.c (subevalvar, varunset). dash takes only the POSIX ones; ash adds / // and
substrings, not /# /% or case.

The caller (shellparse._Lexer) supplies the values and expands the words; each pattern match is
charged to the line's budget, so a hostile ${x//?/xxxxxxxx} chain ends as other work does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from . import budget
from .escapes import BASH as ESCAPES_BASH
from .escapes import FORMAT, unescape

BASH, DASH, ASH = "bash", "dash", "ash"  # the shell reading the line (shellparse.DIALECT)

GLOB = "\x00"  # marks a live * ? [ in a pattern (shellparse.GLOB)
# Set in the variables a word is expanded with while `set -u` is on (no variable has a NUL in its name)
NOUNSET = "\x00nounset"
# the operators that test whether their parameter is set: set -u leaves them to it
_TESTING = ("-", ":-", "=", ":=", "?", ":?", "+", ":+")


class ParameterError(Exception):
    """An expansion the shell refuses: it says so and the rest of the line does not run.

    kind: "unset" (${P?w}), "bad" (bad substitution; name is the text bash names: the word, the
    double-quoted part or the here-document it is in), "assign" (${1=w}), "substring" (bash: a
    length that counts back past the offset; name is its expression), bash's "indirect" (${!P} with
    P unset), "varname" (${!P} with P's value no name), "transform" (bash 5.2's ${P@op} with an
    op it lacks: a bad substitution that, as ${P?w}, ends a non-interactive shell), "prompt"
    (${P@P} of a value with \\, $ or `, whose prompt expansion layerlab does not simulate) and
    "unbound" (set -u: an unset parameter expanded without an operator that tests it)."""

    where: str | None = None  # how the message begins, taken where it happened (a function's frame)

    def __init__(self, kind: str, name: str, word: str | None = None, colon: bool = False) -> None:
        super().__init__(kind, name)
        self.kind = kind
        self.name = name
        self.word = word  # ${P?w}: the expanded w, None without one
        self.colon = colon

    def said(self, dialect: str, where: str) -> str:
        """The shell's line after where, how its messages begin (shellprefix.py): bash
        report_error/internal_error, dash sh_error, ash ash_msg_and_raise_error."""
        if self.kind in ("bad", "transform"):
            return {BASH: f"{where}{self.name}: bad substitution", ASH: f"{where}syntax error: bad substitution"}.get(
                dialect, f"{where}Bad substitution")
        if self.kind == "assign":
            return f"{where}${self.name}: cannot assign in this way" if dialect == BASH else \
                f"{where}{self.name}: bad variable name"
        if self.kind == "subscript":  # arrayfunc.c err_badarraysub
            return f"{where}{self.name}: bad array subscript"
        if self.kind == "substring":
            return f"{where}{self.name}: substring expression < 0"
        if self.kind == "indirect":
            return f"{where}{self.name}: invalid indirect expansion"
        if self.kind == "varname":
            return f"{where}{self.name}: invalid variable name"
        if self.kind == "prompt":  # decode_prompt_string and the expansions after it: not simulated
            return f"layerlab: {self.name}: bash's prompt expansion of \\ escapes, $ and ` is not simulated yet"
        if self.kind == "unbound":  # bash error.c err_unboundvar; dash expand.c varunset, as ${P?}
            return f"{where}{self.name}: {'unbound variable' if dialect == BASH else 'parameter not set'}"
        if self.word:
            return f"{where}{self.name}: {self.word}"
        if dialect == BASH:
            return f"{where}{self.name}: parameter {'null or not set' if self.colon else 'not set'}"
        return f"{where}{self.name}: parameter not set{' or null' if self.colon else ''}"

    @property
    def fatal(self) -> bool:
        """bash: whether a non-interactive shell ends on it (expand_wdesc_fatal, FORCE_EOF) rather
        than dropping the command (DISCARD): ${P?w}, and 5.2's unknown ${P@op}."""
        return self.kind in ("unset", "transform", "unbound")  # (set -u: subst.c expand_wdesc_fatal)

    def status(self, dialect: str, mode: str) -> int:
        """$? after it: bash 1 (EXECUTION_FAILURE), but a `bash -c` string that ${P?w} ends exits
        127 (shell.c run_one_command: FORCE_EOF); dash and ash 2 (their sh_error)."""
        if dialect != BASH:
            return 2
        return 127 if self.fatal and mode == "-c" else 1

    def subshell_status(self, dialect: str) -> int:
        """A ( ) subshell's (or a piped compound command's) exit status: bash's execute_in_subshell
        catches the jump itself and exits 1 whatever it was (execute_cmd.c); dash and ash exit 2."""
        return 1 if dialect == BASH else 2

    def ends_script(self, dialect: str) -> bool:
        """Whether a script (not an interactive shell) ends with it: in bash only the fatal ones
        do; the rest drop the command (DISCARD). dash and ash end on every one."""
        return dialect != BASH or self.fatal


class Source(Protocol):
    """What the operators need from the word being expanded (shellparse._Lexer)."""

    checking: bool  # the line is being read, not run: nothing is assigned, no error is raised

    @property
    def dialect(self) -> str: ...  # BASH, DASH or ASH

    @property
    def release(self) -> str: ...  # bash's: "5.2" (the terminal's) or "5.0" (node:14's Debian buster)

    def value(self, name: str) -> str | None: ...
    def params(self) -> list[str]: ...
    def names(self) -> list[str]: ...  # the shell's variables' names
    def join(self, name: str, values: list[str]) -> str: ...
    def subword(self, text: str) -> str: ...
    def subpattern(self, text: str) -> str: ...
    def arith(self, text: str) -> int: ...
    def assign(self, name: str, value: str) -> None: ...


_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|[0-9]+|[-?#@*$!]")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
# The operators each shell's parser takes after the name, longest first.
_OPERATORS = {
    DASH: (":-", ":=", ":?", ":+", "-", "=", "?", "+", "##", "#", "%%", "%"),
    ASH: (":-", ":=", ":?", ":+", "-", "=", "?", "+", "##", "#", "%%", "%", "//", "/", ":"),
    BASH: (":-", ":=", ":?", ":+", "-", "=", "?", "+", "##", "#", "%%", "%", "//", "/#", "/%", "/",
           "^^", "^", ",,", ",", "~~", "~", ":", "@"),
}
# ${P@op}: the transformations each bash takes (subst.c valid_parameter_transform; 5.0's
# parameter_brace_transform looks at op's first character only, 5.2's at a single one).
_TRANSFORMS = {"5.0": "aAEPQ", "5.2": "aAKkEPQUuL"}
_PREFIX = re.compile(r"!([A-Za-z_][A-Za-z_0-9]*)([*@])")


@dataclass(frozen=True)
class Braced:
    """One ${...} split: the parameter, the operator ("" for none, "len" for ${#P}) and its word."""

    name: str
    op: str
    word: str
    indirect: bool = False  # bash's ${!P...}: the parameter P's value names


def is_name(text: str) -> bool:
    """Whether text is a variable's name (bash legal_identifier)."""
    return _IDENT.fullmatch(text) is not None


def split(inside: str, dialect: str) -> Braced:
    """${inside} read as the dialect's parser reads it; a ParameterError("bad") when it cannot.
    bash reads ${!prefix*} ${!prefix@} (op "names*", "names@") and ${!P...} (subst.c
    parameter_brace_expand: want_indir); dash and ash take ${!...} as $! followed by a bad operator."""
    if dialect == BASH and inside[:1] == "!" and (inside[1:2].isalnum() or inside[1:2] in ("_", "#", "?")):
        m = _PREFIX.fullmatch(inside)
        if m:
            return Braced(m.group(1), "names" + m.group(2), "")
        b = split(inside[1:], dialect)
        if b.op == "len" or not (_IDENT.fullmatch(b.name) or b.name.isdigit() or b.name in "#?"):
            raise ParameterError("bad", f"${{{inside}}}")
        return Braced(b.name, b.op, b.word, True)
    rest = inside[1:]
    if inside.startswith("#") and rest and (_IDENT.fullmatch(rest) or rest.isdigit() or rest in ("@", "*", "#", "?", "$", "!", "-")):
        return Braced(rest, "len", "")
    m = _NAME.match(inside)
    if m is None:
        raise ParameterError("bad", f"${{{inside}}}")
    name, rest = m.group(), inside[m.end():]
    if not rest:
        return Braced(name, "", "")
    op = next((o for o in _OPERATORS.get(dialect, _OPERATORS[BASH]) if rest.startswith(o)), None)
    if op is None or (op == ":" and (dialect == DASH or rest == ":")):  # ${P:} has no offset
        raise ParameterError("bad", f"${{{inside}}}")
    return Braced(name, op, rest[len(op):])


def expand(b: Braced, src: Source, inside: str) -> str:
    """The value of one ${...} (src.join makes the text of $@ and $* operated on one by one)."""
    if b.indirect:
        return _indirect(b, src, inside)
    if b.op.startswith("names"):  # ${!prefix*} ${!prefix@}: sorted as variables.c sort_variables
        return src.join(b.op[-1], [n for n in src.names() if n.startswith(b.name)])
    if b.op == "@":
        made = _transform(b, src, inside)
        _looked_up_again(b, src)
        return made
    value = src.value(b.name)  # once: bash's $RANDOM is a new number at each reading
    if b.op not in _TESTING and b.name not in "@*" and value is None and src.value(NOUNSET) is not None \
            and not src.checking:
        raise ParameterError("unbound", b.name)  # set -u (subst.c parameter_brace_expand: err_unboundvar)
    _looked_up_again(b, src)
    if b.op == "len":
        return str(len(src.params())) if b.name in "@*" else str(len(value or ""))
    if b.op in ("", "-", ":-", "=", ":=", "?", ":?", "+", ":+"):
        return _default(b, src, value)
    if b.op == ":":
        return _substring(b, src, value)
    values = src.params() if b.name in "@*" else [value or ""]
    if b.op in ("#", "##", "%", "%%"):
        pat = compile_pattern(src.subpattern(b.word))
        done = [remove(v, pat, b.op) for v in values]
    elif b.op[0] == "/":
        done = _replace_all(b, src, values)
    else:
        pat = compile_pattern(src.subpattern(b.word) if b.word else GLOB + "?")
        done = [convert_case(v, pat, b.op) for v in values]
    return src.join(b.name, done) if b.name in "@*" else done[0]


def _default(b: Braced, src: Source, value: str | None) -> str:
    """- = ? + (with ':' an empty value counts as unset); = assigns, ? refuses."""
    if not b.op:
        return value or ""
    is_set = value is not None and (value != "" or not b.op.startswith(":"))
    kind = b.op[-1]
    if src.checking:  # the words are read (their $( ) checked), nothing else happens
        src.subword(b.word)
        return ""
    if kind == "+":
        return src.subword(b.word) if is_set else ""
    if is_set:
        return value or ""
    if kind == "-":
        return src.subword(b.word)
    if kind == "?":
        raise ParameterError("unset", b.name, src.subword(b.word) if b.word else None, b.op.startswith(":"))
    word = src.subword(b.word)
    if not _IDENT.fullmatch(b.name):
        raise ParameterError("assign", b.name)
    src.assign(b.name, word)
    return word


def _indirect(b: Braced, src: Source, inside: str) -> str:
    """${!P...}: the operator applied to the parameter P's value names (subst.c
    parameter_brace_expand_indir): P unset is "invalid indirect expansion", a value that is no
    parameter's name "invalid variable name"; ${!P?} names itself !P."""
    target = src.value(b.name)
    if src.checking:
        target = b.name
    elif target is None and _IDENT.fullmatch(b.name):
        raise ParameterError("indirect", b.name)
    elif target is not None and not _NAME.fullmatch(target):
        raise ParameterError("varname", target)
    try:
        return expand(Braced(b.name if target is None else target, b.op, b.word), src, inside)
    except ParameterError as exc:
        if exc.kind == "unset":
            exc.name = "!" + b.name
        elif exc.kind == "assign":  # ${!P=w} assigns to the name, which must be a variable's
            raise ParameterError("varname", exc.name) from None
        raise


def _transform(b: Braced, src: Source, inside: str) -> str:
    """${P@op} (bash "Shell Parameter Expansion", subst.c parameter_brace_transform): an unset P
    gives nothing before op is even looked at (but for a and A); an op this bash lacks is a bad
    substitution, fatal in 5.2 as ${P?w} is. $@ and $* are transformed one by one."""
    positional = b.name in "@*"
    value = src.value(b.name)
    op = b.word[:1]
    if (value is None and op not in ("a", "A")) or src.checking:
        return src.join(b.name, []) if positional else ""
    release = src.release
    if not op or op not in _TRANSFORMS.get(release, _TRANSFORMS["5.2"]) or (release != "5.0" and len(b.word) > 1):
        raise ParameterError("bad" if release == "5.0" else "transform", f"${{{inside}}}")
    if positional:
        params = src.params()
        if op == "A":
            return "set -- " + " ".join(quote_reusable(v) for v in params) if params else ""
        return src.join(b.name, [transform(op, b.name, v, inside) for v in params])
    if value is None:  # a and A of an unset variable
        return ""
    return transform(op, b.name if _IDENT.fullmatch(b.name) else "", value, inside)


def transform(op: str, name: str, value: str, inside: str = "") -> str:
    """One value transformed: Q (and K, k on a string) quoted to be read back, E its backslash
    escapes as $'...' reads them, U L u upper, lower, first upper, a its attributes, A an
    assignment that recreates it (name "" for a parameter that is no variable). layerlab keeps no
    attributes (export, readonly): a says none, A makes a plain NAME='value'."""
    if op in "QKk":
        return quote_reusable(value)
    if op == "E":
        return unescape(value, ESCAPES_BASH, FORMAT).split("\0", 1)[0]
    if op in "ULu":
        change = str.lower if op == "L" else str.upper
        head = value if op != "u" else value[:1]
        return "".join(c if len(change(c)) != 1 else change(c) for c in head) + value[len(head):]
    if op == "A":
        return f"{name}={quote_reusable(value)}" if name else ""
    if op == "P" and any(c in value for c in "\\$`"):
        raise ParameterError("prompt", f"${{{inside}}}")
    return value if op == "P" else ""


def quote_reusable(value: str) -> str:
    """bash's ${P@Q} (lib/sh/shquote.c sh_quote_reusable): '' for nothing, $'...' when a character
    is not printable (strtrans.c ansic_quote), else in single quotes with ' as '\\''."""
    if not value:
        return "''"
    if not value.isprintable():  # each distinct character looked at once (it was each character: 10 s of
        budget.current().step(len(value) >> 2)  # set -x over control characters), and charged as written
        return "$'" + value.translate({ord(c): _ansic(c) for c in set(value)}) + "'"
    if value == "'":
        return "\\'"
    return "'" + value.replace("'", "'\\''") + "'"


_ANSIC = {"\x1b": "\\E", "\a": "\\a", "\v": "\\v", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
          "\t": "\\t", "\\": "\\\\", "'": "\\'"}


def _ansic(c: str) -> str:
    if c in _ANSIC:
        return _ANSIC[c]
    if c.isprintable():
        return c
    return "".join(f"\\{byte:03o}" for byte in c.encode("utf-8", "surrogateescape"))


def _looked_up_again(b: Braced, src: Source) -> None:
    """bash looks a variable up again for ${#P} (once more) and the operators other than - = ? +
    (twice more: subst.c parameter_brace_expand), and each lookup of RANDOM draws a number."""
    if b.name == "RANDOM" and src.dialect == BASH and b.op not in _TESTING and b.op and not src.checking:
        for _ in range(1 if b.op == "len" else 2):
            src.value(b.name)


def _substring(b: Braced, src: Source, value: str | None) -> str:
    """${P:off} ${P:off:len}: offset and length are arithmetic; a negative one counts from the end."""
    off_text, colon, len_text = b.word.partition(":")
    if src.checking:
        return ""
    positional = b.name in "@*"  # (the value read before the offset's arithmetic)
    items: list[str] | str = ([src.value("0") or ""] + src.params()) if positional else (value or "")
    off = src.arith(off_text) if off_text.strip() else 0
    size = len(items)
    start = off + size if off < 0 else off  # $1 is index 1 of [$0, $1, ...]
    length = (src.arith(len_text) if len_text.strip() else 0) if colon else None
    end = _substring_end(b, src, start, size, length, len_text, positional)
    if end is None:
        return src.join(b.name, []) if positional else ""
    part = items[start:end]
    return src.join(b.name, list(part)) if positional and isinstance(part, list) else str(part)


def _substring_end(b: Braced, src: Source, start: int, size: int, length: int | None, text: str,
                   positional: bool) -> int | None:
    """Where the substring ends, None when it is empty; bash refuses a length that counts back past
    the offset (and any negative one on $@); ash makes such a length the rest of the value."""
    dialect = src.dialect
    if start < 0 or start > size or (dialect == ASH and start == size):
        return None
    if length is None:
        return size
    if length >= 0:
        return min(start + length, size)
    if dialect == ASH:
        rest = size - start + length
        return size if rest < 0 else start + rest
    if positional or length + size < start:
        raise ParameterError("substring", text)
    return length + size


def _replace_all(b: Braced, src: Source, values: list[str]) -> list[str]:
    """${P/pat/rep} and the rest: the pattern ends at the first unquoted '/' (ash: /# and /% are
    plain / with a pattern that starts with # or %)."""
    pat_text, slash, rep_text = _split_slash(b.word)
    if not pat_text and b.op in ("/", "//"):
        return values  # an empty pattern replaces nothing; /# and /% put rep at an end
    pat = compile_pattern(src.subpattern(pat_text))
    rep = src.subword(rep_text) if slash else ""
    return [replace(v, pat, rep, b.op) for v in values]


def _split_slash(word: str) -> tuple[str, str, str]:
    i = 0
    while i < len(word):
        c = word[i]
        if c == "\\":
            i += 2
            continue
        if c in "'\"":
            end = word.find(c, i + 1)
            i = len(word) if end < 0 else end + 1
            continue
        if c == "/":
            return word[:i], "/", word[i + 1:]
        i += 1
    return word, "", ""


# -- shell patterns --------------------------------------------------------------------------------

Token = tuple[str, str]  # ("c", char) a literal, ("?", "") any char, ("[", spec) a set, ("*", "")

_CLASSES = {
    "alpha": str.isalpha, "digit": str.isdigit, "alnum": str.isalnum, "upper": str.isupper,
    "lower": str.islower, "space": str.isspace, "blank": lambda c: c in " \t",
    "punct": lambda c: c.isprintable() and not c.isalnum() and not c.isspace(),
    "xdigit": lambda c: c in "0123456789abcdefABCDEF", "print": str.isprintable,
    "cntrl": lambda c: not c.isprintable(),
}


@dataclass(frozen=True)
class Pattern:
    """A shell pattern split at its stars: head, the segments between stars, tail (fnmatch with
    * ? [...]; a quoted character is literal). Matching a segment never backtracks, so one match
    costs at most the text times the pattern."""

    head: tuple[Token, ...]
    middle: tuple[tuple[Token, ...], ...]
    tail: tuple[Token, ...]
    star: bool

    @property
    def least(self) -> int:
        return len(self.head) + sum(len(s) for s in self.middle) + len(self.tail)

    def matches(self, s: str) -> bool:
        """Whether the pattern matches all of s (a pathname component, a case word)."""
        return self.fullmatch(s, 0, len(s))

    def fullmatch(self, s: str, lo: int, hi: int) -> bool:
        budget.current().step()
        if not self.star:
            return hi - lo == len(self.head) and _at(self.head, s, lo)
        if hi - lo < self.least or not _at(self.head, s, lo) or not _at(self.tail, s, hi - len(self.tail)):
            return False
        pos, end = lo + len(self.head), hi - len(self.tail)
        for seg in self.middle:
            found = _find(seg, s, pos, end)
            if found < 0:
                return False
            pos = found + len(seg)
        return True


def compile_pattern(marked: str) -> Pattern:
    """A pattern whose live * ? [ are marked with GLOB (the rest literal) as a Pattern. Reading it
    is a step per two characters: a word of a megabyte with a `[` in it (`a[$i]=$x`, no array
    assignment here) was read as a pattern twenty times in 4.7 s, all free."""
    budget.current().step(len(marked) >> 1)
    toks = _tokens(marked)
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok[0] == "*":
            parts.append([])
        else:
            parts[-1].append(tok)
    if len(parts) == 1:
        return Pattern(tuple(parts[0]), (), (), False)
    middle = tuple(tuple(p) for p in parts[1:-1] if p)
    return Pattern(tuple(parts[0]), middle, tuple(parts[-1]), True)


def unmark(marked: str) -> list[tuple[str, bool]]:
    """A marked pattern's characters, each with whether it is live (GLOB before it) or literal."""
    plain: list[tuple[str, bool]] = []
    i = 0
    while i < len(marked):
        live = marked[i] == GLOB and i + 1 < len(marked)
        plain.append((marked[i + 1], True) if live else (marked[i], False))
        i += 2 if live else 1
    return plain


def _tokens(marked: str) -> list[Token]:
    plain = unmark(marked)
    out: list[Token] = []
    j = 0
    while j < len(plain):
        c, live = plain[j]
        j += 1
        if live and c in "*?":
            out.append((c, ""))
        elif live and c == "[":
            end = _set_end(plain, j)
            if end < 0:
                out.append(("c", "["))
            else:
                out.append(("[", "".join(p[0] for p in plain[j:end])))
                j = end + 1
        else:
            out.append(("c", c))
    return out


def _set_end(plain: list[tuple[str, bool]], j: int) -> int:
    """The index of the ']' that closes a set opened before j, -1 when none does."""
    k = j + 1 if j < len(plain) and plain[j][0] in "!^" else j
    k += 1 if k < len(plain) and plain[k][0] == "]" else 0  # a ] first is a member
    while k < len(plain):
        if plain[k][0] == "[" and plain[k + 1:k + 2] and plain[k + 1][0] == ":":
            close = next((m for m in range(k + 2, len(plain) - 1) if plain[m][0] == ":" and plain[m + 1][0] == "]"), -1)
            if close > 0:
                k = close + 2
                continue
        if plain[k][0] == "]":
            return k
        k += 1
    return -1


def _in_set(spec: str, c: str) -> bool:
    negate = spec[:1] in ("!", "^")
    body = spec[1:] if negate else spec
    found = False
    i = 0
    while i < len(body) and not found:
        if body.startswith("[:", i) and ":]" in body[i + 2:]:
            end = body.index(":]", i + 2)
            test = _CLASSES.get(body[i + 2:end])
            found = bool(test and test(c))
            i = end + 2
        elif i + 2 < len(body) and body[i + 1] == "-":
            found = body[i] <= c <= body[i + 2]
            i += 3
        else:
            found = body[i] == c
            i += 1
    return found != negate


def _one(tok: Token, c: str) -> bool:
    kind, data = tok
    return kind == "?" or (kind == "c" and data == c) or (kind == "[" and _in_set(data, c))


def _at(seg: tuple[Token, ...], s: str, i: int) -> bool:
    if i < 0 or i + len(seg) > len(s):
        return False
    return all(_one(tok, s[i + k]) for k, tok in enumerate(seg))


def _find(seg: tuple[Token, ...], s: str, pos: int, end: int) -> int:
    """The leftmost place in s[pos:end] where seg matches, -1 when none."""
    if all(kind == "c" for kind, _ in seg):
        found = s.find("".join(data for _, data in seg), pos, end)
        budget.current().step(((found if found >= 0 else end) - pos) >> 6)
        return found
    rx = _regex(seg, s, pos, end, False)
    if rx is not None:
        m = rx.search(s, pos, end)
        budget.current().step(((m.start() if m else end) - pos) >> 6)
        return m.start() if m else -1
    last, shift = end - len(seg), 4 if end - pos <= _SHORT else 0  # (a place tried in Python is a step)
    for i in range(pos, last + 1):
        if _at(seg, s, i):
            budget.current().step((i - pos) >> shift)
            return i
    budget.current().step((last - pos) >> shift)
    return -1


def _rfind(seg: tuple[Token, ...], s: str, pos: int, end: int) -> int:
    """The rightmost place in s[pos:end] where seg matches, -1 when none."""
    if all(kind == "c" for kind, _ in seg):
        found = s.rfind("".join(data for _, data in seg), pos, end)
        budget.current().step((end - (found if found >= 0 else pos)) >> 6)
        return found
    rx = _regex(seg, s, pos, end, True)
    if rx is not None:
        m = rx.match(s, pos, end)
        budget.current().step((end - pos) >> 6)
        return m.end() if m else -1
    first, shift = end - len(seg), 4 if end - pos <= _SHORT else 0
    for i in range(first, pos - 1, -1):
        if _at(seg, s, i):
            budget.current().step((first - i) >> shift)
            return i
    budget.current().step((first - pos) >> shift)
    return -1


# A segment with ? or [...] is searched in a long text as a regular expression that matches the same
# characters: each set made the class of the characters of the text it holds (so [[:alpha:]] means
# str.isalpha, as _in_set does), when the text has at most _MAX_ALPHABET distinct ones; a regex of
# one length does not backtrack. The Python loop it replaces took 1.1 s for `${x//[a]/b}` over a
# megabyte; a text up to _SHORT characters (a file name, a case word) is still tried in Python.
_SHORT = 256
_MAX_ALPHABET = 4096


@lru_cache(maxsize=64)
def _compiled(seg: tuple[Token, ...], chars: frozenset[str], last: bool) -> re.Pattern[str]:
    parts = []
    for kind, data in seg:
        if kind == "c":
            parts.append(re.escape(data))
        elif kind == "?":
            parts.append(".")
        else:
            members = "".join(re.escape(c) for c in sorted(chars) if _in_set(data, c))
            parts.append(f"[{members}]" if members else "(?!)")
    body = "".join(parts)
    return re.compile(f".*(?={body})" if last else body, re.S)  # last: where the rightmost match starts


def _regex(seg: tuple[Token, ...], s: str, pos: int, end: int, last: bool) -> re.Pattern[str] | None:
    if end - pos <= _SHORT:
        return None
    budget.current().step((end - pos) >> 6)
    chars = frozenset(s[pos:end])
    if len(chars) > _MAX_ALPHABET:
        return None
    budget.current().step(len(chars) * len(seg) >> 2)  # charged cached or not: the same line, the same steps
    return _compiled(seg, chars, last)


def remove(value: str, pat: Pattern, op: str) -> str:
    """${P#pat} ${P##pat} (the shortest or longest prefix it matches removed), ${P%pat} ${P%%pat}."""
    n, least = len(value), pat.least
    if op[0] == "#":
        if not pat.star:
            return value[least:] if least <= n and pat.fullmatch(value, 0, least) else value
        k = _prefix_end(value, pat, 0, len(op) == 2)
        return value if k is None else value[k:]
    if not pat.star:
        return value[:n - least] if least <= n and pat.fullmatch(value, n - least, n) else value
    i = _suffix_start(value, pat, len(op) == 2)
    return value if i is None else value[:i]


# A starred pattern head*M1*M2*tail is matched without trying each end (bash's remove_pattern tries
# each, and so did this: `${x%%*a}` over a megabyte 1.2 s): the middles placed leftmost after the head
# (or rightmost before the tail) fit within a span exactly when they fit within any larger one, so
# the ends that match are the tail's (or head's) places past that point. Same matches, one pass.


def _prefix_end(value: str, pat: Pattern, i: int, longest: bool) -> int | None:
    """Where the shortest (longest) match of a starred pat that starts at i ends, None when none does."""
    budget.current().step()
    n, head, tail = len(value), len(pat.head), len(pat.tail)
    if n - i < pat.least or not _at(pat.head, value, i):
        return None
    pos = i + head
    for seg in pat.middle:  # leftmost, each after the one before
        found = _find(seg, value, pos, n - tail)
        if found < 0:
            return None
        pos = found + len(seg)
    at = _rfind(pat.tail, value, pos, n) if longest else _find(pat.tail, value, pos, n)
    return None if at < 0 else at + tail


def _suffix_start(value: str, pat: Pattern, longest: bool) -> int | None:
    """Where the longest (shortest) match of a starred pat that ends at the end starts, None when none."""
    budget.current().step()
    n, head, tail = len(value), len(pat.head), len(pat.tail)
    if n < pat.least or not _at(pat.tail, value, n - tail):
        return None
    end = n - tail
    for seg in reversed(pat.middle):  # rightmost, each before the one after
        found = _rfind(seg, value, head, end)
        if found < 0:
            return None
        end = found
    at = _find(pat.head, value, 0, end) if longest else _rfind(pat.head, value, 0, end)
    return None if at < 0 else at


def _longest_at(value: str, pat: Pattern, i: int) -> int | None:
    """Where the longest match of pat that starts at i ends, None when none does."""
    if not pat.star:
        k = i + pat.least
        return k if k <= len(value) and pat.fullmatch(value, i, k) else None
    return _prefix_end(value, pat, i, True)


def replace(value: str, pat: Pattern, rep: str, op: str) -> str:
    """${P/pat/rep} (the first longest match), // (every one), /# (at the start), /% (at the end)."""
    n = len(value)
    if op == "/#":
        k = _longest_at(value, pat, 0)
        return value if k is None else rep + value[k:]
    if op == "/%":
        i = _suffix_start(value, pat, True) if pat.star else \
            (n - pat.least if n >= pat.least and pat.fullmatch(value, n - pat.least, n) else None)
        return value if i is None else value[:i] + rep
    if not pat.star and pat.head and all(kind == "c" for kind, _ in pat.head):
        literal = "".join(data for _, data in pat.head)
        budget.current().step(n >> 6)
        budget.current().stream(len(rep) * (value.count(literal) if op == "//" else 1))
        return value.replace(literal, rep, -1 if op == "//" else 1)
    if not value:
        return rep if pat.fullmatch(value, 0, 0) else value
    if pat.star:
        return _replace_starred(value, pat, rep)
    if pat.head:
        return _replace_fixed(value, pat.head, rep, op == "//")
    return value  # an empty pattern (a quoted ""): nothing is replaced


def _replace_starred(value: str, pat: Pattern, rep: str) -> str:
    """A starred pattern's first match runs to the tail's last place, so / and // replace it once:
    the leftmost start whose middles fit before that place (_suffix_start's pass) is where it is.
    Trying each start took 0.6 s for `${x//a*/b}` over a megabyte, uncharged."""
    n, tail = len(value), len(pat.tail)
    last = _rfind(pat.tail, value, 0, n)
    if last < 0:
        return value
    start = _suffix_start(value[:last + tail], pat, True)
    if start is None:
        return value
    budget.current().stream(len(rep))  # the text it makes is held as it is made
    return value[:start] + rep + value[last + tail:]


def _replace_fixed(value: str, seg: tuple[Token, ...], rep: str, every: bool) -> str:
    """A pattern of one length (? and sets, no star): each leftmost match apart, a step each (it
    was a match tried at each place, 1.1 s to the budget's end for `${x//?/b}` over a megabyte)."""
    out: list[str] = []
    spent, i, size = budget.current(), 0, len(seg)
    rx = _regex(seg, value, 0, len(value), False)
    found = (m.start() for m in rx.finditer(value)) if rx is not None else _places(seg, value)
    for j in found:
        spent.step()
        if rep:
            spent.stream(len(rep))
        out += (value[i:j], rep)
        i = j + size
        if not every:
            break
    out.append(value[i:])
    return "".join(out)


def _places(seg: tuple[Token, ...], value: str) -> Iterator[int]:
    """Where seg matches, each after the one before ends (a text of too many distinct characters)."""
    j = _find(seg, value, 0, len(value))
    while j >= 0:
        yield j
        j = _find(seg, value, j + len(seg), len(value))


def convert_case(value: str, pat: Pattern, op: str) -> str:
    """${P^} ${P^^} upper, ${P,} ${P,,} lower, ${P~} ${P~~} swap (bash): the first character, or
    every one, that the pattern (one character; any without one) matches. Whether it matches depends
    on the character alone, so each distinct one is tried once (each place was: `${x^^}` over a
    megabyte 0.6 s and a list of a million characters, 64 MB)."""
    change = {"^": str.upper, ",": str.lower, "~": str.swapcase}[op[0]]
    if len(op) == 1 or not value:
        return change(value[0]) + value[1:] if value and pat.matches(value[0]) else value
    budget.current().step(len(value) >> 6)
    table = {ord(c): change(c) for c in set(value) if pat.matches(c)}
    return value.translate(table)
