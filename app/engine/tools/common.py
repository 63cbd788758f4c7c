"""What the simulated programs share: reading their input files, who the shell's user is, and
(for the text and path programs) glibc's getopt_long, coreutils' quoting of names in messages and
BusyBox's usage text."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, ERRNO_TEXT, LINK, FsError
from ..toolkit import BUSYBOX, IO, ToolExit

if TYPE_CHECKING:
    from ..shell import Shell

HOST_USER = ("learner", 1000)


def read_input(sh: Shell, io: IO, tool: str, arg: str, want: int | None = None) -> str | None:
    """The text of a file operand ('-' is standard input), or None after the tool's message.
    want: the most bytes the tool reads (head -c), which bounds a read of an endless device."""
    if arg == "-":
        return io.stdin or ""
    kind = sh.device(sh.path(arg))
    if kind is not None:
        return devfs.read_device(kind, arg, io.stdin, want, f"{sh.path(arg)}:{sh.world.clock}")
    try:
        node = devfs.resolve(sh.view.get, sh.path(arg))[1]
        code = (None if node is not None and node.kind not in (DIR, LINK)
                else ("ENOENT" if node is None else "EISDIR"))
    except FsError as exc:
        node, code = None, exc.code
    if code is None and node is not None and not sh.view.readable(node):
        code = "EACCES"  # the learner and the host's /etc/shadow
    if code is None and node is not None:
        return node.data
    io.err(open_error(sh, tool, arg, code or "ENOENT"))
    return None


def open_error(sh: Shell, tool: str, arg: str, code: str) -> str:
    """How each tool says it cannot read a file (coreutils' and BusyBox's own wordings)."""
    text = ERRNO_TEXT.get(code, code)
    if sh.flavor == BUSYBOX:
        # libbb: fopen_or_warn says "tool: FILE: error"; open_or_warn and xopen say "can't open"
        if tool in ("head", "wc", "grep"):
            return f"{tool}: {arg}: {text}"
        return f"{tool}: can't open '{arg}': {text}"
    if code == "EISDIR" and tool in ("head", "tail"):
        return f"{tool}: error reading {sh.quote(arg)}: {text}"
    if tool in ("head", "tail"):
        return f"{tool}: cannot open {sh.quote(arg)} for reading: {text}"
    if tool == "sort":
        return f"sort: cannot read: {arg}: {text}"
    return f"{tool}: {arg}: {text}"


def lines_of(text: str) -> list[str]:
    """A file's lines without their newlines (a last line without one still counts)."""
    if not text:
        return []
    return (text[:-1] if text.endswith("\n") else text).split("\n")


def passwd_name(sh: Shell, uid: int, table: str = "/etc/passwd") -> str | None:
    """The name the image's passwd (or group) file gives an id."""
    if sh.where == "host":
        return HOST_USER[0] if uid == HOST_USER[1] else "root" if uid == 0 else None
    node = sh.view.get(table)
    for line in (node.data if node is not None else "").split("\n"):
        parts = line.split(":")
        if len(parts) > 2 and parts[2] == str(uid):
            return parts[0]
    return None


def current_uid(sh: Shell) -> int:
    return int(getattr(sh.view, "uid", 0))


# -- what the text and path programs share (fields, paths, digests, exprcmd, xargscmd, reverse) --

BUSYBOX_BANNER = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary."
_SHELL_SPECIAL = set(" \t\n\"$&'()*;<>?[\\^`|!=:")


def busybox_usage(io: IO, applet: str, usage: str) -> ToolExit:
    """bb_show_usage (libbb/appletlib.c): the banner, then "Usage: APPLET" and the applet's
    //usage: text, on standard error; the applet exits 1."""
    io.err(BUSYBOX_BANNER)
    io.err("")
    io.err(f"Usage: {applet} {usage}")
    return ToolExit(1)


def quotef(name: str, colon: bool = True, utf8: bool = True) -> str:
    """gnulib quotef (shell-escape quoting, ':' too), as coreutils names a file in an error: bare
    when nothing in it is special to a shell, else in quotes; a control character as $'\\NNN'.
    colon=False: shell_escape_quoting_style alone (xargs -t, coreutils printf %q); utf8=False: the
    C locale, where each byte past ASCII is unprintable too (its octal, as a control's)."""
    special = _SHELL_SPECIAL if colon else _SHELL_SPECIAL - {":"}

    def unprintable(c: str) -> bool:
        return ord(c) < 32 or c == "\x7f" or (not utf8 and ord(c) > 127)

    if name and not any(c in special or unprintable(c) for c in name) \
            and name[0] not in "#~":
        return name
    if not any(unprintable(c) for c in name):
        return f'"{name}"' if "'" in name and not set(name) & set('"$`\\') else "'" + name.replace("'", "'\\''") + "'"
    named = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
    text = "'"
    for control, run in itertools.groupby(name, unprintable):
        if control:
            text += "'$'" + "".join(named.get(c) or "".join(f"\\{b:03o}" for b in c.encode()) for c in run) + "''"
        else:
            text += "".join("'\\''" if c == "'" else c for c in run)
    text += "'"
    return text[:-2] if text.endswith("''") and len(text) > 2 else text


def quote_arg(sh: Shell, text: str) -> str:
    """gnulib quote() (locale_quoting_style), as coreutils names an operand in a message: in
    ‘’ in a UTF-8 locale, '' in the C locale (a container's), a backslash, a control character
    and the closing quote escaped (and, in the C locale, each byte past ASCII in octal)."""
    utf8 = bool(getattr(sh, "utf8", False))
    close = "\u2019" if utf8 else "'"
    named = {"\\": "\\\\", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
             "\v": "\\v"}
    out = []
    for c in text:
        if c in named:
            out.append(named[c])
        elif ord(c) < 32 or ord(c) == 127:
            out.append(f"\\{ord(c):03o}")
        elif c == close:
            out.append("\\" + c)
        elif ord(c) > 127 and not utf8:
            out.append("".join(f"\\{b:03o}" for b in c.encode()))
        else:
            out.append(c)
    return ("\u2018" if utf8 else "'") + "".join(out) + close


def load(sh: Shell, io: IO, arg: str) -> tuple[str | None, str | None]:
    """A file operand's text ('-' is standard input) or the errno name that stopped its reading:
    (text, None) or (None, code), for a tool that words its own message. Standard input is read
    once: a second '-' finds it at its end."""
    if arg == "-":
        text, io.stdin = io.stdin or "", ""
        return text, None
    kind = sh.device(sh.path(arg))
    if kind is not None:
        return devfs.read_device(kind, arg, io.stdin, None, f"{sh.path(arg)}:{sh.world.clock}"), None
    try:
        node = devfs.resolve(sh.view.get, sh.path(arg))[1]
    except FsError as exc:
        return None, exc.code
    if node is None:
        return None, "ENOENT"
    if node.kind in (DIR, LINK):
        return None, "EISDIR"
    if not sh.view.readable(node):
        return None, "EACCES"  # the learner and the host's /etc/shadow
    return node.data, None


class GetoptError(Exception):
    """A usage error getopt_long reports (its text, without the program's name)."""


@dataclass
class Options:
    """What getopt_long found: each option in order as (key, value), and the operands."""

    found: list[tuple[str, str | None]]
    operands: list[str]

    def has(self, *keys: str) -> bool:
        return any(k in keys for k, _ in self.found)

    def last(self, key: str) -> str | None:
        """The value the option was last given (None when it was not given)."""
        values = [v for k, v in self.found if k == key]
        return values[-1] if values else None


def _long_match(name: str, longs: dict[str, str]) -> tuple[str, str]:
    """The long option a (possibly abbreviated) name means, and its spec: glibc getopt_long
    takes an exact name, else a prefix of one option (or of several that are the same option)."""
    if name in longs:
        return name, longs[name]
    found = [n for n in longs if n.startswith(name)]
    if not found:
        raise LookupError
    if len({longs[n] for n in found}) > 1:
        raise GetoptError("ambiguous")
    return found[0], longs[found[0]]


def _long_option(argv: list[str], i: int, longs: dict[str, str]) -> tuple[int, tuple[str, str | None]]:
    """The long option at argv[i] (glibc's texts for its errors): the next index, (key, value)."""
    text = argv[i][2:]
    name, eq, value = text.partition("=")
    try:
        full, spec = _long_match(name, longs)
    except LookupError:
        raise GetoptError(f"unrecognized option '--{text}'") from None
    except GetoptError:
        found = " ".join(f"'--{n}'" for n in longs if n.startswith(name))
        raise GetoptError(f"option '--{text}' is ambiguous; possibilities: {found}") from None
    key, wants = spec.rstrip(":"), len(spec) - len(spec.rstrip(":"))
    if not wants:
        if eq:
            raise GetoptError(f"option '--{full}' doesn't allow an argument")
        return i + 1, (key, None)
    if eq or wants == 2:
        return i + 1, (key, value if eq else None)
    if i + 1 >= len(argv):
        raise GetoptError(f"option '--{full}' requires an argument")
    return i + 2, (key, argv[i + 1])


def _short_options(argv: list[str], i: int, short: str) -> tuple[int, list[tuple[str, str | None]]]:
    """The cluster of short options at argv[i] (-abc, -fLIST, -f LIST)."""
    found: list[tuple[str, str | None]] = []
    text = argv[i]
    for j in range(1, len(text)):
        ch = text[j]
        at = short.find(ch) if ch != ":" else -1
        if at < 0:
            raise GetoptError(f"invalid option -- '{ch}'")
        wants = len(short[at + 1:]) - len(short[at + 1:].lstrip(":"))
        if not wants:
            found.append((ch, None))
            continue
        rest = text[j + 1:]
        if rest or wants == 2:
            found.append((ch, rest or None))
            return i + 1, found
        if i + 1 >= len(argv):
            raise GetoptError(f"option requires an argument -- '{ch}'")
        found.append((ch, argv[i + 1]))
        return i + 2, found
    return i + 1, found


class Getopt:
    """argv as glibc's getopt_long reads it: options anywhere (a leading '+' in short: up to the
    first operand), '--' ending them, "x:" an option with an argument, "x::" one whose argument is
    optional; longs maps each long name to its key ('f:' for --fields=LIST, 'complement' for a
    long-only flag); --help and --version answer that layerlab does not show them. Iterating gives
    each option as (key, value) in order, so a tool's own check of an early option comes before a
    usage error later on the line, as in the real program; then .operands holds the operands. A
    usage error is said as glibc says it, then coreutils' "Try" line (status), or BusyBox's usage."""

    def __init__(self, sh: Shell, io: IO, tool: str, argv: list[str], short: str,
                 longs: dict[str, str] | None = None, usage: str | None = None, status: int = 1,
                 named_try: bool = False) -> None:
        self.sh, self.io, self.tool, self.argv = sh, io, tool, argv
        self.named_try = named_try  # diffutils' try_help: "diff: Try 'diff --help' ..." (its error())
        self.stop = short.startswith("+")
        self.short = short.lstrip("+")
        self.longs = {**(longs or {}), "help": "help", "version": "version"}
        self.usage, self.status = usage, status
        self.operands: list[str] = []

    def __iter__(self) -> Iterator[tuple[str, str | None]]:
        argv, i = self.argv, 1
        try:
            while i < len(argv):
                a = argv[i]
                if a == "--":
                    self.operands.extend(argv[i + 1:])
                    return
                if a.startswith("--"):
                    i, option = _long_option(argv, i, self.longs)
                    if option[0] in ("help", "version"):
                        self.io.err(f"layerlab: {self.tool} {a} is not simulated")
                        raise ToolExit(126)
                    yield option
                elif a.startswith("-") and a != "-":
                    i, options = _short_options(argv, i, self.short)
                    yield from options
                elif self.stop:
                    self.operands.extend(argv[i:])
                    return
                else:
                    self.operands.append(a)
                    i += 1
        except GetoptError as exc:
            self.io.err(f"{self.tool}: {exc}")
            if self.sh.flavor == BUSYBOX and self.usage is not None:
                raise busybox_usage(self.io, self.tool, self.usage) from None
            named = f"{self.tool}: " if self.named_try else ""
            self.io.err(f"{named}Try '{self.tool} --help' for more information.")
            raise ToolExit(self.status) from None

    def all(self) -> Options:
        """Every option and operand (for a tool that checks its options only after reading them)."""
        found = list(self)
        return Options(found, self.operands)


def stdout_write_error(flavor: str, writer: str, text: str) -> str:
    """What a program says when its standard output, a file, cannot take its bytes (ENOSPC on a
    full tmpfs): gnulib close_stdout's "write error" for most; coreutils head and tail
    (xwrite_stdout) and dd name standard output; BusyBox head fails in fflush_stdout_and_exit."""
    if writer == "dd" or (flavor != BUSYBOX and writer in ("head", "tail")):
        return f"{writer}: error writing 'standard output': {text}"
    if flavor == BUSYBOX and writer == "head":
        return f"head: standard output: {text}"
    return f"{writer}: write error: {text}"


def usage_error(sh: Shell, io: IO, tool: str, text: str, usage: str | None = None, status: int = 1) -> ToolExit:
    """coreutils' error(0, 0, text) then usage(EXIT_FAILURE): the "Try" line; BusyBox's usage
    when it gives none (text None)."""
    if text:
        io.err(f"{tool}: {text}")
    if sh.flavor == BUSYBOX and usage is not None:
        return busybox_usage(io, tool, usage)
    io.err(f"Try '{tool} --help' for more information.")
    return ToolExit(status)


def fail(io: IO, text: str, status: int = 1) -> ToolExit:
    """error(EXIT_FAILURE, ...) and bb_error_msg_and_die: the message, and the tool ends."""
    io.err(text)
    return ToolExit(status)
