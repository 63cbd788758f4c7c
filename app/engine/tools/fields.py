"""cut and tr: GNU coreutils 9.4's (src/cut.c with src/set-fields.c, src/tr.c) and BusyBox 1.37's
(coreutils/cut.c, coreutils/tr.c), with their own texts for every error.

Text in the simulator is characters. cut -b and -c count bytes, as both cut.c do (GNU's -c is
-b, BusyBox's works on char): a line is cut as its UTF-8 bytes and a character split in two
shows as U+FFFD. tr works on characters: its sets are characters, its classes ([:alpha:] ...)
are the C library's in a UTF-8 locale (ASCII only), and where tr.c's 256 byte values matter (a
complemented set) a character past U+00FF stands in the complement as byte 255 would.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from .. import budget
from ..budget import regex_error
from ..fs import ERRNO_TEXT
from ..toolkit import BUSYBOX, IO
from .common import Getopt, busybox_usage, fail, load, quote_arg, quotef, usage_error
from .sedregex import RegexError, compile_posix

if TYPE_CHECKING:
    from ..shell import Shell

INF = (1 << 64) - 1  # set-fields.c: an open range ends at UINTMAX_MAX
_BB_INT_MAX = (1 << 31) - 1

CUT_USAGE = """[OPTIONS] [FILE]...

Print selected fields from FILEs to stdout

\t-b LIST\tOutput only bytes from LIST
\t-c LIST\tOutput only characters from LIST
\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)
\t-O SEP\tField delimeter for output (default = -d for -f, one space for -F)
\t-D\tDon't sort/collate sections or match -fF lines without delimeter
\t-f LIST\tPrint only these fields (-d is single char)
\t-F LIST\tPrint only these fields (-d is regex)
\t-s\tOutput only lines containing delimiter
\t-n\tIgnored"""

_CUT_LONGS = {"bytes": "b:", "characters": "c:", "fields": "f:", "delimiter": "d:", "only-delimited": "s",
              "output-delimiter": "output-delimiter:", "complement": "complement", "zero-terminated": "z"}


def split_records(data: str, sep: str = "\n") -> list[str]:
    """The records of a text (a last one without its separator still counts)."""
    if not data:
        return []
    return (data[:-1] if data.endswith(sep) else data).split(sep)


def from_bytes(data: bytes) -> str:
    """Bytes a program wrote, as the terminal shows them (a broken UTF-8 sequence as U+FFFD)."""
    return data.decode("utf-8", errors="replace")


# -- GNU cut ---------------------------------------------------------------------------------


class _Usage(Exception):
    """A FATAL_ERROR of set-fields.c or cut.c: the text, then the usage's "Try" line."""


def _field_number(spec: str, i: int, value: int, positions: bool, quote: Callable[[str], str]) -> int:
    value = value * 10 + int(spec[i])
    if value >= INF:
        j = i
        while j > 0 and spec[j - 1].isascii() and spec[j - 1].isdigit():
            j -= 1
        k = i
        while k < len(spec) and spec[k].isascii() and spec[k].isdigit():
            k += 1
        what = "byte/character offset" if positions else "field number"
        raise _Usage(f"{what} {quote(spec[j:k])} is too large")
    return value


def _range_end(pairs: list[tuple[int, int]], initial: int, value: int, lhs: bool, rhs: bool,
               texts: dict[str, str]) -> None:
    """A range closed by ',' or a blank or the end (set_fields): -M, N-M or N-."""
    if not lhs and not rhs:
        raise _Usage("invalid range with no endpoint: -")
    if not rhs:
        pairs.append((initial, INF))
        return
    if value < initial:
        raise _Usage("invalid decreasing range")
    pairs.append((initial, value))


def set_fields(spec: str, positions: bool, quote: Callable[[str], str]) -> list[tuple[int, int]]:
    """The ranges a -b/-c/-f LIST names, sorted and merged (set-fields.c set_fields)."""
    texts = {"from1": "byte/character positions are numbered from 1" if positions else "fields are numbered from 1"}
    pairs: list[tuple[int, int]] = []
    initial, value, lhs, rhs, dash = 1, 0, False, False, False
    i = 0
    while True:
        c = spec[i] if i < len(spec) else ""
        if c == "-":
            if dash:
                raise _Usage("invalid byte or character range" if positions else "invalid field range")
            dash, i = True, i + 1
            if lhs and not value:
                raise _Usage(texts["from1"])
            initial, value = (value if lhs else 1), 0
        elif c in (",", " ", "\t", ""):
            if dash:
                dash = False
                _range_end(pairs, initial, value, lhs, rhs, texts)
            elif value == 0:
                raise _Usage(texts["from1"])
            else:
                pairs.append((value, value))
            value = 0
            if not c:
                break
            i, lhs, rhs = i + 1, False, False
        elif "0" <= c <= "9":
            rhs, lhs = (True, lhs) if dash else (rhs, True)
            value = _field_number(spec, i, value, positions, quote)
            i += 1
        else:
            what = "invalid byte/character position" if positions else "invalid field value"
            raise _Usage(f"{what} {quote(spec[i:])}")
    return _merged(pairs)


def _merged(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(pairs, key=lambda p: p[0]):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _complement(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """set-fields.c complement_rp: the ranges between and around the given ones."""
    out: list[tuple[int, int]] = []
    if pairs[0][0] > 1:
        out.append((1, pairs[0][0] - 1))
    for (_, hi), (lo, _) in itertools.pairwise(pairs):
        if hi + 1 != lo:
            out.append((hi + 1, lo - 1))
    if pairs[-1][1] < INF:
        out.append((pairs[-1][1] + 1, INF))
    return out


@dataclass
class _CutSpec:
    """What cut's options ask for."""

    list_: str | None = None
    bytes_: bool = False
    delim: str | None = None
    out_delim: str | None = None
    suppress: bool = False
    complement: bool = False
    eol: str = "\n"
    ranges: list[tuple[int, int]] = field(default_factory=list)


def _cut_option(spec: _CutSpec, key: str, value: str | None) -> None:
    """One option, checked as cut.c's loop checks it when getopt_long returns it."""
    if key in "bcf":
        if spec.list_ is not None:
            raise _Usage("only one list may be specified")
        spec.list_, spec.bytes_ = value, spec.bytes_ or key != "f"
    elif key == "d":
        assert value is not None
        if len(value.encode()) > 1:
            raise _Usage("the delimiter must be a single character")
        spec.delim = value or "\0"
    elif key == "output-delimiter":
        spec.out_delim = value or "\0"  # an empty one is a NUL byte (cut.c)
    elif key == "s":
        spec.suppress = True
    elif key == "z":
        spec.eol = "\0"
    elif key == "complement":
        spec.complement = True


def _gnu_cut_spec(sh: Shell, io: IO, argv: list[str]) -> tuple[_CutSpec, list[str]]:
    spec = _CutSpec()
    parser = Getopt(sh, io, "cut", argv, "b:c:d:f:nsz", _CUT_LONGS)
    try:
        for key, value in parser:
            _cut_option(spec, key, value)
        if spec.list_ is None:
            raise _Usage("you must specify a list of bytes, characters, or fields")
        if spec.bytes_ and spec.delim is not None:
            raise _Usage("an input delimiter may be specified only when operating on fields")
        if spec.bytes_ and spec.suppress:
            raise _Usage("suppressing non-delimited lines makes sense\n\tonly when operating on fields")
        spec.ranges = set_fields(spec.list_, spec.bytes_, lambda t: quote_arg(sh, t))
    except _Usage as exc:
        raise usage_error(sh, io, "cut", str(exc)) from None
    if spec.complement:
        spec.ranges = _complement(spec.ranges)
    return spec, parser.operands or ["-"]


def _selected(ranges: list[tuple[int, int]], k: int) -> bool:
    return any(lo <= k <= hi for lo, hi in ranges)


def _gnu_cut_line(spec: _CutSpec, line: str) -> str | None:
    """One record as cut_bytes or cut_fields writes it (None: -s drops it)."""
    if spec.bytes_:
        data = line.encode()
        out = bytearray()
        ranges = spec.ranges
        for k in range(1, len(data) + 1):
            if not _selected(ranges, k):
                continue
            if spec.out_delim is not None and out and any(lo == k for lo, _ in ranges):
                out += spec.out_delim.encode()
            out.append(data[k - 1])
        return from_bytes(bytes(out))
    delim = spec.delim if spec.delim is not None else "\t"
    if delim not in line:
        return None if spec.suppress else line
    parts = line.split(delim)
    picked = [p for k, p in enumerate(parts, 1) if _selected(spec.ranges, k)]
    return (spec.out_delim if spec.out_delim is not None else delim).join(picked)


def _gnu_cut_text(spec: _CutSpec, data: str) -> str:
    if spec.delim == spec.eol and not spec.bytes_:
        # -d $'\n': the whole input is one record whose fields are its lines (cut.c, last '\n' kept out)
        records = [data[:-1] if data.endswith(spec.eol) else data] if data else []
    else:
        records = split_records(data, spec.eol)
    budget.current().step(len(records) + len(data) // 64)
    out = []
    for record in records:
        cut = _gnu_cut_line(spec, record)
        if cut is not None:
            out.append(cut + spec.eol)
    return "".join(out)


def _gnu_cut(sh: Shell, argv: list[str], io: IO) -> int:
    spec, files = _gnu_cut_spec(sh, io, argv)
    status = 0
    for arg in files:
        data, code = load(sh, io, arg)
        if data is None:
            io.err(f"cut: {quotef(arg)}: {_errno(code)}")
            status = 1
            continue
        io.write(_gnu_cut_text(spec, data))
    return status


def _errno(code: str | None) -> str:
    return ERRNO_TEXT.get(code or "ENOENT", code or "")


# -- BusyBox cut -----------------------------------------------------------------------------


def bb_number(io: IO, tool: str, text: str, lo: int = 0, hi: int = _BB_INT_MAX) -> int:
    """libbb xatou_range: digits only (no sign, no blank), within lo..hi, else the applet dies."""
    if not text or not text.isascii() or not text.isdigit():
        raise fail(io, f"{tool}: invalid number '{text}'")
    value = int(text)
    if not lo <= value <= hi:
        raise fail(io, f"{tool}: number {text} is not in {lo}..{hi} range")
    return value


def _bb_lists(io: IO, spec: str, sort: bool) -> list[tuple[int, int]]:
    """cut_main's list parsing: zero-based (start, end) pairs, "N-" ending at INT_MAX."""
    lists: list[tuple[int, int]] = []
    for token in spec.split(","):
        if not token:
            continue  # "it's actually legal to pass an empty list"
        first, dash, rest = token.partition("-")
        start = bb_number(io, "cut", first) if first else 0
        start -= 1 if start else 0
        if not dash:
            end = start
        elif not rest:
            end = _BB_INT_MAX
        else:
            end = bb_number(io, "cut", rest)
            if end < start:
                raise fail(io, f"cut: {end}<{start}")
            end -= 1
        lists.append((start, end))
    if not lists:
        raise fail(io, "cut: missing list of positions")
    return sorted(lists, key=lambda p: p[0]) if sort else lists


def _bb_cut_chars(line: str, lists: list[tuple[int, int]]) -> str:
    data = line.encode()
    printed = [False] * len(data)
    out = bytearray()
    for start, end in lists:
        spos = start
        while spos < len(data):
            if not printed[spos]:
                printed[spos] = True
                out.append(data[spos])
            spos += 1
            if spos > end:
                break
    return from_bytes(bytes(out))


def _bb_line_wanted(linenum: int, lists: list[tuple[int, int]]) -> bool:
    """cut -d $'\\n': whether this line is one the lists name (cut.c's "cut by lines" walk)."""
    cl = 0
    spos = lists[0][0]
    if linenum < spos:
        return False
    while spos < linenum:
        spos += 1
        if spos > lists[cl][1]:
            cl += 1
            if cl >= len(lists):
                return False
            spos = lists[cl][0]
            if linenum < spos:
                return False
    return True


@dataclass
class _BbFields:
    """BusyBox cut's field state for one line (cut_file's variables)."""

    line: str
    lists: list[tuple[int, int]]
    delim: str
    nosort: bool
    rx: regex.Pattern[str] | None
    uu: int = 0
    start: int = 0
    end: int = 0
    dcount: int = 0
    cl: int = 0


def _bb_next_delimiter(f: _BbFields) -> bool:
    """Move to the next delimiter; False when there is none before the line's end."""
    if f.rx is not None:
        try:  # a backtracking delimiter is bounded as every learner's regex is (budget.py)
            m = f.rx.search(f.line, f.uu, timeout=budget.current().regex_timeout())
        except TimeoutError:
            raise regex_error("cut") from None
        if m is None:
            f.uu = len(f.line)
            return False
        f.end, f.uu = m.start(), max(m.end(), m.start() + 1)
        return True
    f.end, f.uu = f.uu, f.uu + 1
    return f.line[f.end] == f.delim


def _bb_line_end(f: _BbFields, suppress: bool) -> bool:
    """The line's end reached: False when -s drops a line without a delimiter."""
    if not f.cl and not f.dcount and f.rx is None:
        if suppress:
            return False
    elif f.dcount < f.lists[f.cl][0]:
        f.start = len(f.line)
    f.end = len(f.line)
    return True


def _bb_cut_fields(f: _BbFields, odelim: str, suppress: bool) -> str | None:
    """cut_file's "cut by fields" loop, step for step (None: -s drops the line)."""
    linelen, pieces = len(f.line), list[str]()
    while True:
        if f.end == linelen or f.dcount > f.lists[f.cl][1]:
            f.cl += 1
            if f.cl >= len(f.lists):
                break
            if f.nosort:
                f.start = f.dcount = f.uu = 0
            f.end = 0
        if f.uu == linelen:
            if not _bb_line_end(f, suppress):
                return None
        else:
            if not _bb_next_delimiter(f):
                continue
            f.dcount += 1
            if f.dcount - 1 < f.lists[f.cl][0]:
                f.start = f.uu
                continue
        if f.end != f.start or f.rx is None:
            pieces.append((odelim if pieces else "") + f.line[f.start:f.end])
        f.start = f.uu
        if not f.dcount:
            break
    return "".join(pieces)


def _bb_cut_options(sh: Shell, io: IO, argv: list[str]) -> tuple[dict[str, str | None], list[str]]:
    parser = Getopt(sh, io, "cut", argv, "b:c:f:d:O:sDF:n", usage=CUT_USAGE)
    opts: dict[str, str | None] = {}
    for key, value in parser:
        if key in "bcfF" and any(k in opts for k in "bcfF"):
            raise busybox_usage(io, "cut", CUT_USAGE)  # "b--bcfF:c--bcfF:..." in getopt32's spec
        opts[key] = value
    if not any(k in opts for k in "bcfF"):
        raise fail(io, "cut: expected a list of bytes, characters, or fields")
    if not any(k in opts for k in "fF"):
        if "s" in opts:
            raise fail(io, "cut: suppressing non-delimited lines makes sense only when operating on fields")
        if "d" in opts:
            raise fail(io, "cut: a delimiter may be specified only when operating on fields")
    return opts, parser.operands or ["-"]


def _bb_cut_regex(io: IO, opts: dict[str, str | None]) -> regex.Pattern[str] | None:
    """-F's delimiter as xregcomp compiles it (REG_EXTENDED), before a file is read: glibc's text for
    a pattern it refuses (`-d '('` was a regex.error out of the engine), one too big refused before
    it compiles (regexsize.py)."""
    if "F" not in opts:
        return None
    delim = opts.get("d") or "[[:space:]]+"
    try:
        return compile_posix(delim, True).pattern
    except RegexError as exc:
        raise fail(io, f"cut: bad regex '{delim}': {exc}") from None


def _bb_cut_text(opts: dict[str, str | None], lists: list[tuple[int, int]], data: str,
                 rx: regex.Pattern[str] | None) -> str:
    regex_mode = rx is not None
    delim = opts.get("d") or ("[[:space:]]+" if regex_mode else "\t")
    odelim = opts.get("O")
    odelim = odelim if odelim is not None else (" " if regex_mode else delim)
    out = []
    lines = split_records(data)
    budget.current().step(len(lines) + len(data) // 64)
    for n, line in enumerate(lines):
        if any(k in opts for k in "bc"):
            out.append(_bb_cut_chars(line, lists) + "\n")
        elif delim[0] == "\n" and not regex_mode:
            if _bb_line_wanted(n, lists):
                out.append(line + "\n")
        else:
            f = _BbFields(line, lists, delim[0], "D" in opts, rx)
            cut = _bb_cut_fields(f, odelim, "s" in opts)
            if cut is not None:
                out.append(cut + "\n")
    return "".join(out)


def _bb_cut(sh: Shell, argv: list[str], io: IO) -> int:
    opts, files = _bb_cut_options(sh, io, argv)
    spec = next(v for k, v in opts.items() if k in "bcfF") or ""
    lists = _bb_lists(io, spec, "D" not in opts)
    rx = _bb_cut_regex(io, opts)
    status = 0
    for arg in files:
        data, code = load(sh, io, arg)
        if data is None and code == "EISDIR":
            continue  # getline fails on a folder and cut reads it as the end (no message)
        if data is None:
            io.err(f"cut: {arg}: {_errno(code)}")  # fopen_or_warn_stdin
            status = 1
            continue
        io.write(_bb_cut_text(opts, lists, data, rx))
    return status


def cut(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_cut(sh, argv, io)
    return _gnu_cut(sh, argv, io)


# -- GNU tr ----------------------------------------------------------------------------------

_CLASSES = ("alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper",
            "xdigit")


def _in_class(name: str, c: int) -> bool:
    """glibc's <ctype.h> class of a byte in a UTF-8 locale: ASCII only."""
    if c > 127:
        return False
    ch = chr(c)
    return {
        "alnum": ch.isalnum(), "alpha": ch.isalpha(), "blank": ch in " \t", "cntrl": c < 32 or c == 127,
        "digit": ch.isdigit(), "graph": 33 <= c <= 126, "lower": ch.islower(), "print": 32 <= c <= 126,
        "punct": 33 <= c <= 126 and not ch.isalnum(), "space": ch in " \t\n\v\f\r", "upper": ch.isupper(),
        "xdigit": ch in "0123456789abcdefABCDEF",
    }[name]


def class_members(name: str) -> list[int]:
    return [c for c in range(256) if _in_class(name, c)]


@dataclass
class _Element:
    """One construct of a tr set: its characters (codes), or a repeated one; a class's name."""

    codes: list[int] | range
    cls: str | None = None
    repeat: int | None = None  # [c*n]: n copies of codes[0]; 0 until string2's length fills it in
    equiv: bool = False

    @property
    def length(self) -> int:
        return self.repeat if self.repeat is not None else len(self.codes)

    def at(self, k: int) -> int:
        return self.codes[0] if self.repeat is not None else self.codes[k]


class _TrError(Exception):
    """A message tr prints before it exits 1 (without the usage's "Try" line)."""


def _unquote(io: IO, text: str) -> list[tuple[int, bool]]:
    """tr.c unquote: each character of a set with whether it was escaped (\\n, \\\\, \\NNN ...)."""
    out: list[tuple[int, bool]] = []
    letters = {"\\": 92, "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
    i = 0
    while i < len(text):
        if text[i] != "\\":
            out.append((ord(text[i]), False))
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if not nxt:
            io.err("tr: warning: an unescaped backslash at end of string is not portable")
            out.append((92, False))
            i += 1
        elif nxt in letters:
            out.append((letters[nxt], True))
            i += 2
        elif "0" <= nxt <= "7":
            code, i = _octal(io, text, i + 1)
            out.append((code, True))
        else:
            out.append((ord(nxt), True))
            i += 2
    return out


def _octal(io: IO, text: str, i: int) -> tuple[int, int]:
    """Up to three octal digits from text[i]; a third that would pass \\377 is left (with a warning)."""
    code, j = int(text[i]), i + 1
    if j < len(text) and "0" <= text[j] <= "7":
        code, j = code * 8 + int(text[j]), j + 1
        if j < len(text) and "0" <= text[j] <= "7":
            if code * 8 + int(text[j]) < 256:
                return code * 8 + int(text[j]), j + 1
            d1, d2, d3 = text[i], text[i + 1], text[j]
            io.err(f"tr: warning: the ambiguous octal escape \\{d1}{d2}{d3} is being\n"
                   f"\tinterpreted as the 2-byte sequence \\0{d1}{d2}, {d3}")
    return code, j


def _printable(codes: list[int]) -> str:
    """tr.c make_printable_str: a set's text for a message."""
    named = {92: "\\", 7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}
    return "".join(named.get(c) or (chr(c) if 32 <= c < 127 or c > 255 else f"\\{c:03o}") for c in codes)


def _printable_char(c: int) -> str:
    """tr.c make_printable_char: the character, or \\NNN when it is not printable."""
    return chr(c) if 32 <= c < 127 or c > 255 else f"\\{c:03o}"


class _Set:
    """A parsed tr set (tr.c build_spec_list) with its statistics (get_spec_stats)."""

    def __init__(self, io: IO, text: str, quote: Callable[[str], str]) -> None:
        self.quote = quote
        self.es = _unquote(io, text)
        self.elems: list[_Element] = []
        self._build()
        self.length = 0
        self.stats()

    def _match(self, k: int, ch: str) -> bool:
        return k < len(self.es) and self.es[k] == (ord(ch), False)

    def _build(self) -> None:
        es, i = self.es, 0
        while i + 2 < len(es):
            if self._match(i, "["):
                done = self._bracket(i)
                if done is not None:
                    i = done
                    continue
            if self._match(i + 1, "-"):
                first, last = es[i][0], es[i + 2][0]
                if last < first:
                    raise _TrError(f"range-endpoints of '{_printable_char(first)}-{_printable_char(last)}' are in "
                                   "reverse collating sequence order")
                self.elems.append(_Element(range(first, last + 1)))
                i += 3
            else:
                self.elems.append(_Element([es[i][0]]))
                i += 1
        self.elems.extend(_Element([c]) for c, _ in es[i:])

    def _bracket(self, i: int) -> int | None:
        """[:class:], [=c=] or [c*n] at i: the index past it, or None (then '[' is a character)."""
        es = self.es
        if self._match(i + 1, ":") or self._match(i + 1, "="):
            kind = chr(es[i + 1][0])
            close = next((k for k in range(i + 2, len(es) - 1)
                          if es[k] == (ord(kind), False) and es[k + 1] == (93, False)), None)
            if close is not None:
                name = [c for c, _ in es[i + 2:close]]
                if not name:
                    raise _TrError("missing character class name '[::]'" if kind == ":"
                                   else "missing equivalence class character '[==]'")
                text = "".join(map(chr, name))
                if kind == ":" and text in _CLASSES:
                    self.elems.append(_Element(class_members(text), cls=text))
                    return close + 2
                if kind == "=" and len(name) == 1:
                    self.elems.append(_Element(name, equiv=True))
                    return close + 2
                if not self._star_digits_bracket(i + 2):
                    raise _TrError(f"invalid character class {self.quote(_printable(name))}" if kind == ":"
                                   else f"{_printable(name)}: equivalence class operand must be a single character")
        return self._repeat(i)

    def _star_digits_bracket(self, k: int) -> bool:
        if not self._match(k, "*"):
            return False
        for j in range(k + 1, len(self.es)):
            c, escaped = self.es[j]
            if not chr(c).isdigit() or escaped:
                return self._match(j, "]")
        return False

    def _repeat(self, i: int) -> int | None:
        """[c*] or [c*n] (tr.c find_bracketed_repeat): n octal when it starts with 0."""
        es = self.es
        if not self._match(i + 2, "*"):
            return None
        for k in range(i + 3, len(es)):
            if es[k][1]:
                return None
            if es[k][0] == 93:
                digits = "".join(chr(c) for c, _ in es[i + 3:k])
                base = 8 if digits.startswith("0") else 10
                ok = digits == "" or all(d in "01234567"[:base] or (base == 10 and d in "89") for d in digits)
                if not ok:
                    raise _TrError(f"invalid repeat count {self.quote(_printable([ord(d) for d in digits]))} "
                                   "in [c*n] construct")
                self.elems.append(_Element([es[i + 1][0]], repeat=int(digits, base) if digits else 0))
                return k + 1
        return None

    def stats(self) -> None:
        lengths = [e.length for e in self.elems if e.repeat != 0]
        self.length = sum(lengths)
        self.indefinite = [e for e in self.elems if e.repeat == 0]
        self.has_class = any(e.cls for e in self.elems)
        self.restricted = any(e.cls not in (None, "upper", "lower") for e in self.elems)
        self.has_equiv = any(e.equiv for e in self.elems)

    def chars(self) -> list[int]:
        cursor, out = _Cursor(self.elems), []
        while (c := cursor.next()[0]) is not None:
            out.append(c)
        return out


class _Cursor:
    """tr.c get_next over a set: its characters one by one, with the [:upper:]/[:lower:] each came from."""

    def __init__(self, elems: list[_Element]) -> None:
        self.elems, self.i, self.k = elems, 0, 0

    def next(self) -> tuple[int | None, str | None]:
        while self.i < len(self.elems) and self.elems[self.i].length == 0:
            self.i += 1
        if self.i >= len(self.elems):
            return None, None
        e = self.elems[self.i]
        code = e.at(self.k)
        budget.current().step()
        self.k += 1
        if self.k >= e.length:
            self.i, self.k = self.i + 1, 0
        return code, e.cls if e.cls in ("upper", "lower") else None

    def skip(self) -> None:
        """skip_construct: on past the element being read."""
        self.i, self.k = self.i + 1, 0


@dataclass
class _Tr:
    """What tr's options ask for."""

    complement: bool = False
    delete: bool = False
    squeeze: bool = False
    truncate: bool = False


def _case_classes(s1: _Set, s2: _Set) -> None:
    """validate_case_classes: [:upper:] and [:lower:] in string2 must line up with one in string1;
    each pair counts as one character."""
    c1: int | None = 0
    c2: int | None = 0
    cur1, cur2 = _Cursor(s1.elems), _Cursor(s2.elems)
    new1 = new2 = True
    while c1 is not None and c2 is not None:
        c1, cls1 = cur1.next()
        c2, cls2 = cur2.next()
        if new2 and cls2 is not None and not (new1 and cls1 is not None):
            raise _TrError("misaligned [:upper:] and/or [:lower:] construct")
        if cls2 is not None:
            cur1.skip()
            cur2.skip()
            s1.length -= 25
            s2.length -= 25
        new1, new2 = cur1.k == 0, cur2.k == 0


def _extend(s1: _Set, s2: _Set) -> None:
    """string2_extend: string2's last character repeated up to string1's length."""
    last = s2.elems[-1]
    if last.cls is not None:
        raise _TrError("when translating with string1 longer than string2,\n"
                       "the latter string must not end with a character class")
    char = last.codes[0] if last.repeat is not None else last.codes[-1]
    s2.elems.append(_Element([char], repeat=s1.length - s2.length))
    s2.length = s1.length


def _validate(opts: _Tr, s1: _Set, s2: _Set | None, translating: bool) -> None:
    """tr.c validate, check for check, in its order."""
    if opts.complement:
        s1.length = 256 - len({c for c in s1.chars() if c < 256})
    if s1.indefinite:
        raise _TrError("the [c*] repeat construct may not appear in string1")
    if s2 is None:
        return
    if s1.length >= s2.length and len(s2.indefinite) == 1:
        s2.indefinite[0].repeat = s1.length - s2.length
        s2.length = s1.length
    if len(s2.indefinite) > 1:
        raise _TrError("only one [c*] repeat construct may appear in string2")
    if translating:
        _validate_translation(opts, s1, s2)
    elif s2.indefinite:
        raise _TrError("the [c*] construct may appear in string2 only when translating")


def _validate_translation(opts: _Tr, s1: _Set, s2: _Set) -> None:
    if s2.has_equiv:
        raise _TrError("[=c=] expressions may not appear in string2 when translating")
    if s2.restricted:
        raise _TrError("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'")
    if not opts.complement and s2.has_class:
        _case_classes(s1, s2)
    if s1.length > s2.length and not opts.truncate:
        if s2.length == 0:
            raise _TrError("when not truncating set1, string2 must be non-empty")
        _extend(s1, s2)
    if opts.complement and s1.has_class:
        chars = s2.chars()
        if not (s2.length == s1.length and chars and len(set(chars)) == 1):
            raise _TrError("when translating with complemented character classes,\n"
                           "string2 must map all characters in the domain to one")


def _translation(opts: _Tr, s1: _Set, s2: _Set) -> dict[int, int]:
    """The xlate table tr.c builds (only the characters it changes)."""
    xlate: dict[int, int] = {}
    if opts.complement:
        listed = set(s1.chars())
        cursor = _Cursor(s2.elems)
        for i in range(256):
            if i not in listed:
                c = cursor.next()[0]
                if c is None:
                    break
                xlate[i] = c
        return xlate
    cur1, cur2 = _Cursor(s1.elems), _Cursor(s2.elems)
    while True:
        c1, cls1 = cur1.next()
        c2, cls2 = cur2.next()
        if (cls1, cls2) == ("lower", "upper"):
            xlate.update({c: c - 32 for c in range(97, 123)})
        elif (cls1, cls2) == ("upper", "lower"):
            xlate.update({c: c + 32 for c in range(65, 91)})
        elif c1 is None or c2 is None:
            break
        else:
            xlate[c1] = c2
        if cls2 is not None:
            cur1.skip()
            cur2.skip()
    return xlate


def _member(chars: set[int], complement: bool) -> Callable[[int], bool]:
    return (lambda c: c not in chars) if complement else (lambda c: c in chars)


def _squeezed(text: list[int], wanted: Callable[[int], bool]) -> list[int]:
    out: list[int] = []
    for c in text:
        if out and out[-1] == c and wanted(c):
            continue
        out.append(c)
    return out


def _tr_run(opts: _Tr, s1: _Set, s2: _Set | None, data: str) -> str:
    """What tr writes for its input: delete, translate, then squeeze (tr.c main's four cases)."""
    text = [ord(c) for c in data]
    budget.current().step(len(text) // 64 + 1)
    if opts.delete:
        gone = _member(set(s1.chars()), opts.complement)
        text = [c for c in text if not gone(c)]
        if opts.squeeze and s2 is not None:
            text = _squeezed(text, _member(set(s2.chars()), False))
    elif s2 is not None:
        xlate = _translation(opts, s1, s2)
        beyond = xlate.get(255) if opts.complement else None
        listed = set(s1.chars()) if beyond is not None else set()
        text = [xlate.get(c, beyond if beyond is not None and c > 255 and c not in listed else c) for c in text]
        if opts.squeeze:
            text = _squeezed(text, _member(set(s2.chars()), False))
    elif opts.squeeze:
        text = _squeezed(text, _member(set(s1.chars()), opts.complement))
    return "".join(map(chr, text))


def _tr_operands(sh: Shell, io: IO, opts: _Tr, operands: list[str]) -> None:
    """The operand count tr.c main wants for its options, and its messages."""
    n = len(operands)
    least = 1 + (opts.delete == opts.squeeze)
    most = 1 + (opts.delete <= opts.squeeze)
    if n < least:
        if n == 0:
            raise usage_error(sh, io, "tr", "missing operand")
        io.err(f"tr: missing operand after {quote_arg(sh, operands[-1])}")
        io.err("Two strings must be given when both deleting and squeezing repeats." if opts.squeeze
               else "Two strings must be given when translating.")
        raise usage_error(sh, io, "tr", "")
    if n > most:
        io.err(f"tr: extra operand {quote_arg(sh, operands[most])}")
        if n == 2:
            io.err("Only one string may be given when deleting without squeezing repeats.")
        raise usage_error(sh, io, "tr", "")


def _gnu_tr(sh: Shell, argv: list[str], io: IO) -> int:
    opts = _Tr()
    parser = Getopt(sh, io, "tr", argv, "+AcCdst", {"complement": "c", "delete": "d", "squeeze-repeats": "s",
                                                     "truncate-set1": "t"})
    for key, _ in parser:
        opts.complement |= key in "cC"
        opts.delete |= key == "d"
        opts.squeeze |= key == "s"
        opts.truncate |= key == "t"
    operands = parser.operands
    _tr_operands(sh, io, opts, operands)
    translating = len(operands) == 2 and not opts.delete
    try:
        quote = lambda t: quote_arg(sh, t)  # noqa: E731
        s1 = _Set(io, operands[0], quote)
        s2 = _Set(io, operands[1], quote) if len(operands) == 2 else None
        _validate(opts, s1, s2, translating)
    except _TrError as exc:
        raise fail(io, f"tr: {exc}") from None
    io.write(_tr_run(opts, s1, s2, io.stdin or ""))
    return 0


# -- BusyBox tr ------------------------------------------------------------------------------

TR_USAGE = """[-cds] STRING1 [STRING2]

Translate, squeeze, or delete characters from stdin, writing to stdout

\t-c\tTake complement of STRING1
\t-d\tDelete input characters coded STRING1
\t-s\tSqueeze multiple output characters of STRING2 into one character"""

_BB_CLASSES = ("alpha", "alnum", "digit", "lower", "upper", "space", "blank", "punct", "cntrl", "xdigit")


def _bb_escape(text: str, i: int) -> tuple[int, int]:
    """libbb bb_process_escape_sequence at text[i] (just past the backslash): the code, the index after."""
    q, base, digits, n = i, 8, 0, 0
    if q < len(text) and text[q] == "x":
        q, base, digits = q + 1, 16, 1
    while True:
        ch = text[q] if q < len(text) else ""
        d = int(ch, 16) if ch and ch in "0123456789abcdefABCDEF" else 99
        if d >= base:
            if base == 16:
                digits -= 1
                if digits == 0:
                    return 92, i
            break
        if n * base + d > 255:
            break
        n, q, digits = n * base + d, q + 1, digits + 1
        if digits >= 3:
            break
    if digits:
        return n, q
    ch = text[q] if q < len(text) else ""
    letters = {"a": 7, "b": 8, "e": 27, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
    return (letters[ch], q + 1) if ch and ch in letters else (92, q)


def _bb_class(name: str) -> list[int]:
    """tr.c expand's characters for [:name:], in its order."""
    digits, upper, lower = list(range(48, 58)), list(range(65, 91)), list(range(97, 123))
    table = {"alpha": upper + lower, "alnum": digits + upper + lower, "digit": digits, "lower": lower,
             "upper": upper, "space": [9, 10, 11, 12, 13, 32], "blank": [9, 32],
             "punct": [c for c in range(128) if 32 < c < 127 and not chr(c).isalnum()],
             "cntrl": [c for c in range(128) if c < 32 or c == 127],
             "xdigit": digits + list(range(65, 71)) + list(range(97, 103))}
    return table[name]


def _bb_bracket(io: IO, arg: str, i: int) -> tuple[list[int], int] | None:
    """[:class:] or [=c=] at arg[i] (the '['): its characters and the index past it; None: '[' is itself."""
    kind = arg[i + 1] if i + 1 < len(arg) else ""
    if kind == ":":
        size = 8 if arg[i + 2:i + 3] == "x" else 7
        word = arg[i + 2:i + 2 + size]
        if word.endswith(":]") and word[:-2] in _BB_CLASSES:
            return _bb_class(word[:-2]), i + 2 + size
        return None
    if kind == "=":
        rest = arg[i + 2:]
        if not rest or rest[1:3] != "=]":
            raise busybox_usage(io, "tr", TR_USAGE)
        return [ord(rest[0])], i + 5
    return None


def _bb_expand(io: IO, arg: str) -> list[int]:
    """tr.c expand: a set's characters (escapes, ranges, classes, [=c=]; no [c*n])."""
    out: list[int] = []
    i = 0
    while i < len(arg):
        cur, nxt = (_bb_escape(arg, i + 1) if arg[i] == "\\" else (ord(arg[i]), i + 1))
        if nxt < len(arg) and arg[nxt] == "-":
            if nxt + 1 >= len(arg):
                out.append(cur)  # "0-": '0' now, '-' on the next turn
                i = nxt
                continue
            end, after = ((_bb_escape(arg, nxt + 2)) if arg[nxt + 1] == "\\" else (ord(arg[nxt + 1]), nxt + 2))
            out.extend(range(cur, end + 1))
            budget.current().step(max(0, end - cur) // 64)
            i = after
            continue
        if cur == 91:
            found = _bb_bracket(io, arg, nxt - 1)
            if found is not None:
                out.extend(found[0])
                i = found[1]
                continue
        out.append(cur)
        i = nxt
    return out


def _bb_tr(sh: Shell, argv: list[str], io: IO) -> int:
    parser = Getopt(sh, io, "tr", argv, "+Ccds", usage=TR_USAGE)
    opts = {k for k, _ in parser}
    operands = parser.operands
    if not 1 <= len(operands) <= 2:
        raise busybox_usage(io, "tr", TR_USAGE)
    set1 = _bb_expand(io, operands[0])
    if opts & {"c", "C"}:
        listed = set(set1)
        set1 = [c for c in range(256) if c not in listed]
    vector: dict[int, int] = {}
    set2: list[int] = []
    if len(operands) == 2:
        if not operands[1]:
            raise fail(io, "tr: STRING2 cannot be empty")
        set2 = _bb_expand(io, operands[1])
        last = 48
        for j, c in enumerate(set1):
            last = set2[j] if j < len(set2) else last
            vector[c] = last
    io.write(_bb_tr_run(opts, set1, set2, vector, io.stdin or ""))
    return 0


def _bb_tr_run(opts: set[str], set1: list[int], set2: list[int], vector: dict[int, int], data: str) -> str:
    """tr_main's loop: delete what is in STRING1, map, squeeze a repeat of a character of either set."""
    invec, outvec = set(set1), set(set2)
    complemented = bool(opts & {"c", "C"})
    beyond = vector.get(255) if complemented else None  # a character past U+00FF stands as byte 255
    out: list[int] = []
    last = -1
    budget.current().step(len(data) // 64 + 1)
    for ch in data:
        c = ord(ch)
        inside = c in invec or (complemented and c > 255)
        if "d" in opts and inside:
            continue
        coded = vector.get(c, beyond if beyond is not None and c > 255 else c)
        if "s" in opts and last == coded and (inside or coded in outvec):
            continue
        out.append(coded)
        last = coded
    return "".join(map(chr, out))


def tr(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_tr(sh, argv, io)
    return _gnu_tr(sh, argv, io)
