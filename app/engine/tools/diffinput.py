"""What diff compares: an operand found as stat(2) finds it (a file, a folder, standard input, a
pipe a process substitution holds, a name that is missing) and read once, and a folder's names.
Shared by GNU's diff (diffcmd.py) and BusyBox's (diffbusybox.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, FsError
from ..world import EPOCH

if TYPE_CHECKING:
    from ..shell import Shell
    from ..toolkit import IO

FILE, FOLDER, MISSING = "file", "dir", "missing"


@dataclass
class Operand:
    """One side of a comparison: kind FILE, FOLDER or MISSING (-N's absent file), else the errno
    name stat(2) failed with; path the resolved path ('' for standard input and devices);
    mtime the simulated clock's seconds (a file's last touch, else the world's start; now, for
    standard input and a pipe, as fstat tells; 0 for an absent file)."""

    name: str
    kind: str
    path: str = ""
    mtime: int = 0
    device: str | None = None
    text: str | None = None

    @property
    def is_dir(self) -> bool:
        return self.kind == FOLDER


def stat_operand(sh: Shell, io: IO, name: str) -> Operand:
    """stat NAME (following links), or standard input for '-'."""
    if name == "-":
        text, io.stdin = io.stdin or "", ""
        return Operand(name, FILE, mtime=sh.world.clock, text=text)
    path = sh.path(name)
    kind = sh.device(path)
    if kind is not None:
        when = sh.world.clock if isinstance(kind, devfs.Pipe) or kind == devfs.STDIN else EPOCH
        return Operand(name, FILE, mtime=when, device=kind)
    try:
        real, node = devfs.resolve(sh.view.get, path)
    except FsError as exc:
        return Operand(name, exc.code)
    if node is None:
        return Operand(name, "ENOENT")
    return Operand(name, FOLDER if node.kind == DIR else FILE, real, node.mtime or EPOCH)


def read_operand(sh: Shell, io: IO, op: Operand) -> str | None:
    """The bytes of a FILE operand, read once; None when it cannot be opened (op.kind then
    holds the errno name)."""
    if op.text is not None:
        return op.text
    if op.device is not None:
        op.text = devfs.read_device(op.device, op.name, io.stdin, None, f"{op.name}:{sh.world.clock}")
        return op.text
    if op.kind == MISSING:
        return ""
    node = sh.view.get(op.path)
    if node is None or not sh.view.readable(node):
        op.kind = "EACCES" if node is not None else "ENOENT"
        return None
    op.text = node.data
    return op.text


def same_file(a: Operand, b: Operand) -> bool:
    """The two operands are one file (same path once links are followed)."""
    return bool(a.path) and a.path == b.path and a.kind == b.kind == FILE


def names_in(sh: Shell, op: Operand) -> list[str] | None:
    """A folder's names in byte order (the C locale's strcoll), or None when it cannot be read."""
    if op.kind == MISSING:
        return []
    try:
        return sorted(sh.view.children(op.path))
    except FsError as exc:
        op.kind = exc.code
        return None


def join(folder: str, name: str) -> str:
    """file_name_concat / concat_path_file: one '/' between the two."""
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def stamp(seconds: int, nanos: bool = True) -> str:
    """A header's time as diff writes it, in UTC (the container's and the host's zone)."""
    when = datetime.fromtimestamp(seconds, UTC)
    return when.strftime("%Y-%m-%d %H:%M:%S") + (".000000000" if nanos else "") + " +0000"


def posix_stamp(seconds: int) -> str:
    """-c's time in the C locale: "%a %b %e %T %Y"."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%a %b %e %H:%M:%S %Y")
