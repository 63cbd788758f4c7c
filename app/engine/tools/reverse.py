"""tac and rev: GNU coreutils 9.4's tac (src/tac.c), util-linux 2.39's rev (text-utils/rev.c),
and BusyBox 1.37's (coreutils/tac.c, util-linux/rev.c).

tac writes each file's records last first, a record keeping the separator that ends it (a last
line without its newline runs into the one written after it, "cb\\na\\n" for "a\\nb\\nc"); -b puts
the separator before, -s names another one. rev reverses the characters of each line, its
newline kept at the end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import budget
from ..fs import ERRNO_TEXT
from ..toolkit import BUSYBOX, IO, ToolExit
from .common import Getopt, load, quotef

if TYPE_CHECKING:
    from ..shell import Shell

REV_USAGE = "[FILE]...\n\nReverse lines of FILE"
TAC_USAGE = "[FILE]...\n\nConcatenate FILEs and print them in reverse"


def _errno(code: str | None) -> str:
    return ERRNO_TEXT.get(code or "ENOENT", code or "")


def records(data: str, sep: str = "\n", before: bool = False) -> list[str]:
    """The records of a text, each with its separator (after it, or with before, in front)."""
    budget.current().step(data.count(sep) + 1)
    if before:
        parts = re.split(f"(?={re.escape(sep)})", data)
        return [p for p in parts if p]
    return [p for p in re.split(f"(?<={re.escape(sep)})", data) if p]


def _gnu_tac(sh: Shell, argv: list[str], io: IO) -> int:
    parser = Getopt(sh, io, "tac", argv, "brs:", {"before": "b", "regex": "r", "separator": "s:"})
    sep, before = "\n", False
    for key, value in parser:
        if key == "r":
            io.err("layerlab: tac -r (a separator that is a regular expression) is not simulated")
            raise ToolExit(126)
        before = before or key == "b"
        sep = (value or "\0") if key == "s" else sep  # an empty one is the NUL that ends the string (tac.c)
    status = 0
    for arg in parser.operands or ["-"]:
        data, code = load(sh, io, arg)
        if data is None and code == "EISDIR":
            # ext4 lets tac seek a folder's end, then the read fails; overlayfs' merged folder does not seek
            io.err(f"tac: {quotef(arg)}: read error: {_errno('EINVAL' if sh.where == 'host' else 'EISDIR')}")
        elif data is None:
            io.err(f"tac: failed to open {sh.quote(arg)} for reading: {_errno(code)}")
        else:
            io.write("".join(reversed(records(data, sep, before))))
            continue
        status = 1
    return status


def _bb_tac(sh: Shell, argv: list[str], io: IO) -> int:
    """tac_main: the files read last first into one list of lines, written once all are read."""
    names = Getopt(sh, io, "tac", argv, "", usage=TAC_USAGE)
    names.all()
    lines: list[str] = []
    status = 0
    for arg in reversed(names.operands or ["-"]):
        data, code = load(sh, io, arg)
        if data is None:
            io.err(f"tac: {arg}: {_errno(code)}")
            status = 1
            continue
        lines = list(reversed(records(data))) + lines
    io.write("".join(lines))
    return status


def tac(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_tac(sh, argv, io)
    return _gnu_tac(sh, argv, io)


def _reversed_line(record: str, sep: str) -> str:
    body, end = (record[:-1], sep) if record.endswith(sep) else (record, "")
    return body[::-1] + end


def _util_linux_rev(sh: Shell, argv: list[str], io: IO) -> int:
    parser = Getopt(sh, io, "rev", argv, "Vh0", {"zero": "0"})
    sep = "\n"
    for key, _ in parser:
        if key in "Vh":
            io.err(f"layerlab: rev -{key} is not simulated")
            raise ToolExit(126)
        sep = "\0"
    status = 0
    for arg in parser.operands or ["-"]:
        data, code = load(sh, io, arg)
        if data is None and code == "EISDIR":
            io.err(f"rev: {arg}: 0: {_errno(code)}")  # ferror after no line: warn("%s: %ju", file, line)
        elif data is None:
            io.err(f"rev: cannot open {arg}: {_errno(code)}")
        else:
            io.write("".join(_reversed_line(r, sep) for r in records(data, sep)))
            continue
        status = 1
    return status


def _bb_rev(sh: Shell, argv: list[str], io: IO) -> int:
    """rev_main: a line with a character the C locale cannot read (past ASCII) stays as it is
    (mbstowcs fails, the line is written unreversed)."""
    names = Getopt(sh, io, "rev", argv, "", usage=REV_USAGE)
    names.all()
    status = 0
    for arg in names.operands or ["-"]:
        data, code = load(sh, io, arg)
        if data is None and code == "EISDIR":
            continue  # fgets fails on a folder: nothing, and no message
        if data is None:
            io.err(f"rev: {arg}: {_errno(code)}")
            status = 1
            continue
        io.write("".join(r if not r.isascii() else _reversed_line(r, "\n") for r in records(data)))
    return status


def rev(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_rev(sh, argv, io)
    return _util_linux_rev(sh, argv, io)

