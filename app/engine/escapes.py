"""Backslash escapes as printf's format, its %b arguments and `echo -e` read them, in each of the four
implementations the simulator has (bash builtins/printf.def tescape and echo.def; dash
src/bltin/printf.c conv_escape; GNU coreutils src/printf.c print_esc; BusyBox libbb
process_escape_sequence.c): `\\033` and `\\x1b` are ESC, `\\u00e9` is é where Unicode escapes exist.
"""

from __future__ import annotations

import re

BASH, DASH, COREUTILS, BUSYBOX = "bash", "dash", "coreutils", "busybox"

_LETTERS = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ESC = {BASH: "eE", COREUTILS: "e", BUSYBOX: "e", DASH: "e"}
_HEX = {BASH, COREUTILS, BUSYBOX}  # \xHH (dash has none)
_UNICODE = {BASH, COREUTILS}  # \uHHHH, \UHHHHHHHH
FORMAT, ARGUMENT, ECHO = "format", "argument", "echo"


class Missing(Exception):
    """GNU coreutils: \\x without a hex digit, or \\u / \\U without all 4 / 8 ("missing hexadecimal
    number in escape", and printf stops there with status 1); `text` is what came before it."""

    def __init__(self, text: str) -> None:
        super().__init__("missing hexadecimal number in escape")
        self.text = text


class Stop(Exception):
    """A \\c: no further output; `text` is what came before it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def unescape(text: str, kind: str, where: str = FORMAT, stops: bool = False) -> str:
    """text with its escapes read as `kind` reads them in a printf format, a %b argument or echo's
    words. Octal: in a format \\NNN is one to three digits, a leading 0 among them (`\\0101` is
    \\010 then 1); in a %b argument \\0 may lead three more; bash's echo takes only \\0NNN;
    the others' read their words as %b does. With `stops`, \\c raises Stop (else it stays)."""
    if "\\" not in text:
        return text
    if where == ECHO and kind != BASH:  # dash's, coreutils' and BusyBox's echo read \\NNN too
        where = ARGUMENT
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != "\\" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        if e == "c" and stops:
            raise Stop("".join(out))
        if e in _LETTERS:
            out.append(_LETTERS[e])
            i += 2
        elif (e == '"' and kind == COREUTILS) or (e in "\"'?" and kind == BASH and where == FORMAT):
            out.append(e)  # bash's printf format takes \\" \\' \\? as the character; coreutils \\" everywhere
            i += 2
        elif e in _ESC[kind]:
            out.append("\x1b")
            i += 2
        elif e in "01234567" and (where != ECHO or e == "0"):
            led = e == "0" and where != FORMAT  # \\0 then up to three digits
            m = re.match(r"[0-7]{0,3}" if led else r"[0-7]{1,3}", text[i + 2:] if led else text[i + 1:])
            digits = m.group(0) if m else ""
            out.append(chr(int(digits or "0", 8) & 0xFF))
            i += (2 if led else 1) + len(digits)
        elif e == "x" and kind in _HEX:
            i = _code(text, i, r"[0-9A-Fa-f]{1,2}", out, kind)
        elif e in "uU" and kind in _UNICODE:
            width = 4 if e == "u" else 8
            i = _code(text, i, f"[0-9A-Fa-f]{{{width if kind == COREUTILS else 1},{width}}}", out, kind)
        else:
            out.append("\\" + e)
            i += 2
    return "".join(out)


def _code(text: str, i: int, digits: str, out: list[str], kind: str) -> int:
    """\\xHH, \\uHHHH or \\UHHHHHHHH at i: its character appended (the escape as written when no digit
    follows or the code is past Unicode's), the index after it returned."""
    m = re.match(digits, text[i + 2:])
    if m is None and kind == COREUTILS:
        raise Missing("".join(out))
    if m is None or int(m.group(0), 16) > 0x10FFFF:
        out.append(text[i:i + 2])
        return i + 2
    out.append(chr(int(m.group(0), 16)))
    return i + 2 + len(m.group(0))
