"""The read builtin and the input it takes its lines from, for `while read line; do ...; done < f`
and `... | while read a b; do ...; done`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import budget, shellarrays
from .toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from .shell import Shell


class FileText(str):
    """Input read from a regular file (`< file`), as a program's fstat tells it from a pipe's: GNU wc
    sizes its columns by a regular file's size (wc.c compute_number_width), a pipe's at least 7."""


class Stdin(str):
    """A command's input that the shell's `read` takes one line at a time from: what it has read
    stays read for the commands after it (the other programs get what is left)."""

    pos: int
    _rest: tuple[int, str]
    regular = False  # opened from a regular file: what is left of it is FileText

    def __new__(cls, text: str) -> Stdin:
        made = super().__new__(cls, text)
        made.pos = 0
        made._rest = (0, text)
        return made

    def rest(self) -> str:
        """What is left, for a program that reads it. Each new copy is charged to the line's budget
        (a loop reading a large file line by line would otherwise copy it at every pass), a step per
        KiB: it is a copy, not text moved through a pipe (charged to MAX_STREAM, it refused
        `while read l; do printf '%s\\n' $l; done < f` of a 5,000-line file, 23 kB)."""
        if self._rest[0] != self.pos:
            left = self[self.pos:]
            budget.current().step(len(left) >> 10)
            self._rest = (self.pos, FileText(left) if self.regular else left)
        return self._rest[1]


def opened(text: str | None) -> str | None:
    """Input newly opened for a command (a pipe, a file, a here-document): read from its start."""
    return None if text is None else Stdin(text)


def opened_file(text: str) -> Stdin:
    """A regular file's text opened for a command (`< file`): read from its start, known as a file's."""
    made = Stdin(text)
    made.regular = True
    made._rest = (0, FileText(text))
    return made


def _line(src: Stdin, raw: bool, delim: str = "\n", count: int | None = None,
          exact: bool = False) -> tuple[str, bool]:
    """The next logical line and whether it ended with its delimiter; without -r a backslash before
    the delimiter joins what follows (POSIX read, "-r"). bash's -d DELIM ends it at DELIM ("" is the
    NUL byte), -n N after N characters at most, -N N after exactly N, delimiters and all."""
    text = src  # (str(src) would copy all of it at every line)
    if count is not None:
        return _counted(src, raw, delim, count, exact)
    delim = delim or "\0"
    out: list[str] = []
    while src.pos < len(text):
        end = text.find(delim, src.pos)
        piece = text[src.pos:] if end < 0 else text[src.pos:end]
        src.pos = len(text) if end < 0 else end + len(delim)
        if not raw and piece.endswith("\\") and not piece.endswith("\\\\") and end >= 0:
            out.append(piece[:-1])
            continue
        out.append(piece)
        return "".join(out), end >= 0
    return "".join(out), False


def _counted(src: Stdin, raw: bool, delim: str, count: int, exact: bool) -> tuple[str, bool]:
    """-n N and -N N: characters one at a time (a backslash and what it escapes are one without -r).
    A window with no backslash to join is cut whole, a step per 64 characters; the rest a step per
    4 (ten `read -n 999999` of a megabyte took 3.1 s, a character at a time and free)."""
    text, taken, start = src, 0, src.pos
    window = text[start:start + count]
    if raw or "\\" not in window:
        budget.current().step(len(window) >> 6)
        end = -1 if exact else window.find(delim or "\0")
        src.pos += len(window) if end < 0 else end + 1
        return (window, len(window) == count) if end < 0 else (window[:end], True)
    budget.current().step(len(window) >> 2)
    out: list[str] = []
    while taken < count and src.pos < len(text):
        ch = text[src.pos]
        src.pos += 1
        if not exact and ch == (delim or "\0"):
            return "".join(out), True
        if ch == "\\" and not raw and src.pos < len(text):
            ch = text[src.pos]
            src.pos += 1
        out.append(ch)
        taken += 1
    return "".join(out), taken == count


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


_READ_USAGE = ("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] "
               "[-t timeout] [-u fd] [name ...]")
# the letters each shell's read takes, and which of them take a word (bash builtins/read.def, dash
# src/miscbltin.c readcmd: only -p and -r, BusyBox shell_builtin_read: p t u d n s r)
_READ_FLAGS = {"bash": ("ers", "adinNptu"), "dash": ("r", "p"), "ash": ("rs", "ptund")}


def read_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """read [-r] [-p PROMPT] [-d DELIM] [-n N] ... [NAME...]: one line split at IFS into the names,
    the last taking the rest; status 1 at the end of input (bash builtins/read.def; dash
    src/miscbltin.c readcmd). -s and -e change nothing without a terminal; -t's timeout is never
    reached (the input is all there); -a NAME makes each field an element of an array; bash's -u
    (another descriptor) is not simulated."""
    parsed = _read_options(sh, argv[1:], io)
    if isinstance(parsed, int):
        return parsed
    opts, args = parsed
    names = args or ([] if sh.name != "bash" and sh.flavor != BUSYBOX else ["REPLY"])
    if not names:
        io.err(f"{sh.who('read')}arg count")  # dash: a name is required
        return 2
    bad = next((n for n in names if not n.isidentifier()), None)
    if bad is not None:
        io.err(f"{sh.who('read')}`{bad}': not a valid identifier" if sh.name == "bash"
               else f"{sh.who('read', line=False)}'{bad}': bad variable name" if sh.flavor == BUSYBOX
               else f"{sh.who('read')}{bad}: bad variable name")
        return 2 if sh.name != "bash" and sh.flavor != BUSYBOX else 1
    raw = "r" in opts
    count = opts.get("N", opts.get("n"))
    src = io.stdin if isinstance(io.stdin, Stdin) else Stdin(io.stdin or "")
    line, complete = _line(src, raw, opts.get("d", "\n"), int(count) if count is not None else None, "N" in opts)
    if "a" in opts:  # -a NAME: every field an element of the array NAME
        if not opts["a"].isidentifier():
            io.err(f"{sh.who('read')}`{opts['a']}': not a valid identifier")
            return 1
        refused = _refused(sh, opts["a"], io) or (opts["a"] in sh.assoc and _not_indexed(sh, opts["a"], io))
        if refused:
            return refused
        shellarrays.assign_array(sh.arrays, sh.env, opts["a"], _fields(sh, line, raw), False)
        return 0 if complete else 1
    if not args:  # REPLY keeps the line as it is
        return _bind(sh, "REPLY", line if raw else _unescape(line), io) or (0 if complete else 1)
    return _assign(sh, names, line, raw, io) or (0 if complete else 1)


def _not_indexed(sh: Shell, name: str, io: IO) -> int:
    io.err(f"{sh.who('read')}{name}: not an indexed array")
    return 1


def _refused(sh: Shell, name: str, io: IO) -> int:
    """A readonly name: bash says so (status 1, the other names still set), dash and ash say it
    is read only (status 2)."""
    from .shellbuiltins import BASH_READONLY

    if name not in sh.readonly and not (sh.name == "bash" and name in BASH_READONLY):
        return 0
    if sh.name == "bash":
        io.err(f"{sh.who()}{name}: readonly variable")
        return 1
    io.err(f"{sh.who('read')}{name}: is read only")
    return 2


def _bind(sh: Shell, name: str, value: str, io: IO) -> int:
    """A name read (bind_read_variable): an array's element 0 (an associative one's key "0")."""
    from .shellassign import scalar

    refused = _refused(sh, name, io)
    if not refused:
        sh.env[name] = value
        scalar(sh, name, value)
    return refused


def _fields(sh: Shell, line: str, raw: bool) -> list[str]:
    """The line split at IFS, every field apart (read -a: subst.c list_string's field splitting):
    IFS whitespace runs and one other IFS character with the whitespace around it each end a
    field; a backslash (without -r) makes the next character plain."""
    pieces, ifs = _pieces(line, raw), sh.env.get("IFS", " \t\n")
    pos, fields = _skip_blanks(pieces, 0, ifs), []
    while pos < len(pieces.text):
        budget.current().step(2)  # each field made is two steps, as the shell's own splitting charges
        word, pos = _word(pieces, pos, ifs)
        fields.append(word)
    return fields


class Pieces:
    """A line read: its characters, and which of them a backslash escaped (None when none did).
    It was a list of (character, escaped) pairs: a megabyte line made a million, 66 MB, and was
    walked a character at a time; with nothing escaped the fields are cut with regular expressions."""

    __slots__ = ("escaped", "text")

    def __init__(self, text: str, escaped: bytearray | None) -> None:
        self.text = text
        self.escaped = escaped

    def plain(self, i: int) -> bool:
        return self.escaped is None or not self.escaped[i]


def _pieces(line: str, raw: bool) -> Pieces:
    budget.current().step(len(line) >> 6)
    if raw or "\\" not in line:
        return Pieces(line, None)
    budget.current().step(len(line) >> 1)  # and walked a character at a time
    chars: list[str] = []
    escaped = bytearray()
    i = 0
    while i < len(line):
        was = line[i] == "\\" and i + 1 < len(line)
        i += was
        chars.append(line[i])
        escaped.append(was)
        i += 1
    return Pieces("".join(chars), escaped)


@lru_cache(maxsize=16)
def _runs(ifs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The regexes of a run of IFS whitespace and of a run of characters not in IFS."""
    blanks = "".join(re.escape(c) for c in ifs if c in " \t\n")
    others = "".join(re.escape(c) for c in ifs)
    return re.compile(f"[{blanks}]*" if blanks else ""), re.compile(f"[^{others}]*" if others else "(?s:.*)")


def _skip_blanks(pieces: Pieces, pos: int, ifs: str) -> int:
    text = pieces.text
    if pieces.escaped is None:
        m = _runs(ifs)[0].match(text, pos)
        return m.end() if m else pos
    while pos < len(text) and pieces.plain(pos) and text[pos] in ifs and text[pos] in " \t\n":
        pos += 1
    return pos


def _word(pieces: Pieces, pos: int, ifs: str) -> tuple[str, int]:
    """The next field from pos, and where the one after it starts: past the whitespace after it and
    one other IFS character with its whitespace (general.c get_word_from_string)."""
    start, text = pos, pieces.text
    if pieces.escaped is None:
        m = _runs(ifs)[1].match(text, pos)
        pos = m.end() if m else pos
    else:
        while pos < len(text) and (not pieces.plain(pos) or text[pos] not in ifs):
            pos += 1
    word = text[start:pos]
    pos = _skip_blanks(pieces, pos, ifs)
    if pos < len(text) and pieces.plain(pos) and text[pos] in ifs and text[pos] not in " \t\n":
        pos = _skip_blanks(pieces, pos + 1, ifs)
    return word, pos


def _read_options(sh: Shell, args: list[str], io: IO) -> tuple[dict[str, str], list[str]] | int:
    """The options, clustered or not (-rp PROMPT), and the names after them; a status when refused."""
    shell = sh.dialect()
    alone, with_word = _READ_FLAGS[shell]
    opts: dict[str, str] = {}
    while args and args[0].startswith("-") and len(args[0]) > 1:
        word, args = args[0], args[1:]
        if word == "--":
            break
        for k, letter in enumerate(word[1:], 1):
            if letter in alone:
                opts[letter] = ""
                continue
            if letter not in with_word:
                return _read_refused(sh, shell, f"-{letter}: invalid option", f"Illegal option -{letter}", io)
            value = word[k + 1:] or (args.pop(0) if args else None)
            if value is None:
                return _read_refused(sh, shell, f"-{letter}: option requires an argument",
                                     f"No arg for -{letter} option", io)
            if letter in "nN" and not value.isdigit():
                io.err(f"{sh.who('read')}{value}: invalid number")
                return 1 if shell == "bash" else 2
            if letter == "u" and shell == "bash":
                io.err("layerlab: read -u is not simulated")
                return 2
            opts[letter] = value
            break
    return opts, args


def _read_refused(sh: Shell, shell: str, bash: str, dash: str, io: IO) -> int:
    if shell == "bash":
        io.err(f"{sh.who('read')}{bash}")
        io.err(_READ_USAGE)
        return 2
    io.err(f"{sh.who('read')}{dash}" if shell == "dash" else f"{sh.who('read', line=False)}{bash}")
    return 2


def _assign(sh: Shell, names: list[str], line: str, raw: bool, io: IO) -> int:
    """One field a name, the rest of the line to the last (builtins/read.def): unless that rest is
    one field and a delimiter, its IFS whitespace at the end taken off."""
    ifs = sh.env.get("IFS", " \t\n")
    pieces = _pieces(line, raw)
    text = pieces.text
    pos = _skip_blanks(pieces, 0, ifs)
    status = 0
    for name in names[:-1]:
        word, pos = _word(pieces, pos, ifs) if pos < len(text) else ("", pos)
        status = status or _bind(sh, name, word, io)
        if status > 1:
            return status
    word, end = _word(pieces, pos, ifs) if pos < len(text) else ("", pos)
    if end < len(text):
        stop = len(text)
        while stop > pos and pieces.plain(stop - 1) and text[stop - 1] in ifs and text[stop - 1] in " \t\n":
            stop -= 1
        word = text[pos:stop]
    return status or _bind(sh, names[-1], word, io)
