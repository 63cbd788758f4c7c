"""printf's directives as each printf reads them: the length modifiers it skips, the conversion
character it knows or refuses, and bash's %q and %Q (shell quoting).

Checked against this machine's bash 5.2.15, dash 0.5.12, BusyBox 1.35 and coreutils 9.1:
  bash (builtins/printf.def): skips the modifiers "hjlLtz"; an unknown conversion is "`C': invalid
      format character", none at the format's end "`%5': missing format character", status 1.
  dash (bltin/printf.c): no modifiers; "%C: invalid directive" (the directive to its bad
      character), "missing format character", status 2; its output so far follows the message.
  BusyBox (coreutils/printf.c): strips "lLhz"; "%...: invalid format" naming the rest of the
      format from the directive, status 1; its output so far comes first.
  coreutils (src/printf.c): skips "hlLjtz"; "%C: invalid conversion specification", status 1.
"""

from __future__ import annotations

import re
import time

# %, flags, width, precision, any length modifiers, and the character after them (or none)
PIECE = re.compile(r"(%[-+ #0]*(?:\*|\d*)(?:\.(?:\*|\d*))?[hjlLtz]*.?)", re.S)
_PARTS = re.compile(r"%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([hjlLtz]*)(.?)", re.S)
# bash's also: %(FORMAT)T, the format to its matching parenthesis (one level inside it here)
BASH_PIECE = re.compile(r"(%[-+ #0]*(?:\*|\d*)(?:\.(?:\*|\d*))?[hjlLtz]*(?:\((?:[^()]|\([^()]*\))*\)T|.?))", re.S)
_TIME = re.compile(r"%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?[hjlLtz]*(\((?:[^()]|\([^()]*\))*\)T)", re.S)
_MODIFIERS = {"bash": "hjlLtz", "dash": "", "busybox": "lLhz", "coreutils": "hjlLtz"}
# the conversions layerlab carries out; `known` ones it does not (bash's %a, %(...)T, coreutils'
# %q...) are printed as written, as before, rather than refused as a printf that knows them would not
DONE = "sdibcxXoufFeEgG"
_KNOWN = {"bash": "aA(qQ", "dash": "aA", "busybox": "", "coreutils": "aA"}


Directive = tuple[str, str, str | None, str]  # flags, width, precision, conversion


class BadDirective(Exception):
    """A directive this printf refuses: its message (after the speaker), status and whether what
    it printed before comes out ahead of the message."""

    def __init__(self, message: str, status: int, output_first: bool) -> None:
        super().__init__(message)
        self.status = status
        self.output_first = output_first


def read(piece: str, kind: str, rest: str) -> Directive | None:
    """The directive `piece` as printf `kind` reads it: (flags, width, precision, conversion), or
    None when it is to be printed as written. `rest` is the format from the piece to its end."""
    timed = _TIME.fullmatch(piece) if kind == "bash" else None
    if timed is not None:  # bash's %(FORMAT)T: conversion "(FORMAT)T" (strftime's, on the argument)
        return timed.group(1), timed.group(2), timed.group(3), timed.group(4)
    m = _PARTS.fullmatch(piece)  # (only %% itself is a %: `%5%` is refused by all four)
    if m is None:
        return None
    flags, width, precision, mods, conv = m.groups()
    allowed = _MODIFIERS[kind]
    kept = len(mods) - len(mods.lstrip(allowed)) if allowed else 0
    before = len(piece) - len(mods) - len(conv)  # where the modifiers start
    if kept < len(mods):  # a modifier this printf does not skip is its conversion character
        conv = mods[kept]
    elif kind == "busybox" and kept and conv == "b":  # (its %b is taken before the modifiers are)
        conv = "\0"
    if piece == "%%" or (conv and conv in DONE) or (conv and conv in "qQ" and kind == "bash"):
        return flags, width, precision, conv
    if conv == "q" and kind == "coreutils" and piece == "%q":  # no flags, width nor precision (printf.c)
        return flags, width, precision, conv
    if conv and conv in _KNOWN[kind]:
        return None
    head = piece[:before + kept]
    if kind == "bash":
        raise BadDirective(f"`{conv}': invalid format character" if conv else f"`{head}': missing format character",
                           1, False)
    if kind == "dash":
        raise BadDirective(f"{head}{conv}: invalid directive" if conv else "missing format character", 2, False)
    if kind == "busybox":  # (it deletes the modifiers it skips from the format, then names the rest)
        raise BadDirective(f"{rest[:before]}{rest[before + kept:]}: invalid format", 1, True)
    raise BadDirective(f"{head}{conv}: invalid conversion specification", 1, True)


def strftime(fmt: str, seconds: int) -> str:
    """bash's %(FORMAT)T: strftime(3) of localtime(seconds) in UTC (no TZ is set), "%X" for an
    empty format, nothing when the result passes TIMELEN_MAX (128) bytes; a time localtime cannot
    hold is the epoch. %s, %z and %Z are written here (the C library's would read this process's
    zone), the rest by glibc's strftime."""
    try:
        when = time.gmtime(seconds)
    except (OverflowError, OSError, ValueError):
        when = time.gmtime(0)
        seconds = 0
    own = {"s": str(seconds), "z": "+0000", "Z": "UTC", "%": "%%"}
    fmt = re.sub(r"%([szZ%])", lambda m: own[m.group(1)].replace("%", "%%") if m.group(1) != "%" else "%%",
                 fmt or "%X")
    try:
        text = time.strftime(fmt, when)
    except ValueError:
        return ""
    return text if len(text.encode()) < 128 else ""


# sh_backslash_quote's table (lib/sh/shquote.c bstab): characters printf %q puts a backslash before
_BACKSLASHED = frozenset(" \t\n!\"$&'()*,;<>?[\\]^`{|}")


def quoted(text: str, utf8: bool) -> str:
    """bash's printf %q: '' for nothing; $'...' when a character is not printable (ansic_quote, in
    a C locale every byte past ASCII); else a backslash before each special character, a # or ~
    that starts the word and a ~ after : or = (sh_backslash_quote with flags 3)."""
    if text == "":
        return "''"
    if any(not _printable(c, utf8) for c in text):
        return _ansic(text, utf8)
    out = []
    for i, c in enumerate(text):
        if c in _BACKSLASHED or (c == "#" and i == 0) or (c == "~" and (i == 0 or text[i - 1] in ":=")):
            out.append("\\")
        out.append(c)
    return "".join(out)


def _printable(c: str, utf8: bool) -> bool:
    if c < "\x80":
        return " " <= c < "\x7f"
    return utf8 and c.isprintable()


_ANSIC = {"\x1b": "E", "\a": "a", "\v": "v", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\\": "\\",
          "'": "'"}


def _ansic(text: str, utf8: bool) -> str:
    """strtrans.c ansic_quote: $'...' with C escapes, other unprintable bytes as three octal digits."""
    out = ["$'"]
    for c in text:
        if c in _ANSIC:
            out.append("\\" + _ANSIC[c])
        elif _printable(c, utf8):
            out.append(c)
        else:
            out.extend(f"\\{b:03o}" for b in c.encode("utf-8", "surrogateescape"))
    out.append("'")
    return "".join(out)
