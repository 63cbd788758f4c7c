"""What the simulated programs share: reading their input files, and who the shell's user is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, ERRNO_TEXT, LINK, FsError
from ..toolkit import BUSYBOX, IO

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
