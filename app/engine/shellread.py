"""The read builtin and the input it takes its lines from, for `while read line; do ...; done < f`
and `... | while read a b; do ...; done`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import budget
from .toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from .shell import Shell


class Stdin(str):
    """A command's input that the shell's `read` takes one line at a time from: what it has read
    stays read for the commands after it (the other programs get what is left)."""

    pos: int
    _rest: tuple[int, str]

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
            self._rest = (self.pos, left)
        return self._rest[1]


def opened(text: str | None) -> str | None:
    """Input newly opened for a command (a pipe, a file, a here-document): read from its start."""
    return None if text is None else Stdin(text)


def _line(src: Stdin, raw: bool) -> tuple[str, bool]:
    """The next logical line and whether it ended with a newline; without -r a backslash before
    the newline joins the next line (POSIX read, "-r")."""
    text = src  # (str(src) would copy all of it at every line)
    out: list[str] = []
    while src.pos < len(text):
        end = text.find("\n", src.pos)
        piece = text[src.pos:] if end < 0 else text[src.pos:end]
        src.pos = len(text) if end < 0 else end + 1
        if not raw and piece.endswith("\\") and not piece.endswith("\\\\") and end >= 0:
            out.append(piece[:-1])
            continue
        out.append(piece)
        return "".join(out), end >= 0
    return "".join(out), False


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def read_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """read [-r] [-p PROMPT] [NAME...]: one line split at IFS into the names, the last taking the
    rest; status 1 at the end of input (bash builtins/read.def; dash src/miscbltin.c readcmd)."""
    args = argv[1:]
    raw = False
    while args and args[0].startswith("-") and len(args[0]) > 1:
        if args[0] == "-r":
            raw = True
        elif args[0] == "-p" and len(args) > 1:
            args = args[1:]  # the prompt is shown only when the input is a terminal
        args = args[1:]
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
    src = io.stdin if isinstance(io.stdin, Stdin) else Stdin(io.stdin or "")
    line, complete = _line(src, raw)
    if not args:  # REPLY keeps the line as it is
        sh.env["REPLY"] = line if raw else _unescape(line)
        return 0 if complete else 1
    _assign(sh, names, line, raw)
    return 0 if complete else 1


def _assign(sh: Shell, names: list[str], line: str, raw: bool) -> None:
    """Split at IFS whitespace (default space, tab, newline): one field a name, the rest to the last."""
    ifs = sh.env.get("IFS", " \t\n")
    blanks = "".join(c for c in ifs if c in " \t\n") or ""
    rest = line.strip(blanks) if blanks else line
    for k, name in enumerate(names):
        if k == len(names) - 1:
            value = rest
        else:
            parts = re.split(f"[{re.escape(ifs)}]", rest, maxsplit=1) if ifs and rest else [rest]
            value = parts[0]
            rest = parts[1].lstrip(blanks) if len(parts) > 1 else ""
        sh.env[name] = value if raw else _unescape(value)
