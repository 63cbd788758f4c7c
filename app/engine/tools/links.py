"""ln -s: symbolic links, in GNU coreutils' words (src/ln.c) and BusyBox's (coreutils/ln.c).

A link holds its target as written; what reads through it follows it (devfs.resolve), a loop
failing with ELOOP. Hard links (ln without -s) share one file between two names, which the
simulated trees do not model: ln says so, after the errors it would give first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, ERRNO_TEXT, FsError, basename, join
from ..toolkit import BUSYBOX, IO, ToolExit, _missing, _options

if TYPE_CHECKING:
    from ..shell import Shell

NOT_SIMULATED = 126
_BUSYBOX_USAGE = (
    "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.",
    "",
    "Usage: ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR",
    "",
    "Create a link LINK or DIR/TARGET to the specified TARGET(s)",
    "",
    "\t-s\tMake symlinks instead of hardlinks",
    "\t-f\tRemove existing destinations",
    "\t-n\tDon't dereference symlinks - treat like normal file",
    "\t-b\tMake a backup of the target (if exists) before link operation",
    "\t-S SUF\tUse suffix instead of ~ when making backup files",
    "\t-T\tTreat LINK as a file, not DIR",
    "\t-v\tVerbose",
)


def _is_dir(sh: Shell, arg: str, follow: bool) -> bool:
    """Whether arg names a folder (through links unless -n or -T says not to)."""
    try:
        node = devfs.resolve(sh.view.get, sh.path(arg))[1] if follow else sh.view.get(sh.path(arg))
    except FsError:
        return False
    return node is not None and node.kind == DIR


def _pairs(sh: Shell, io: IO, opts: set[str], operands: list[str]) -> list[tuple[str, str]]:
    """(target, link name) for each link to make: one operand makes ./NAME, a folder last takes
    each target's name inside it (ln.c: the target directory, found through links unless -n)."""
    follow = not opts & {"n", "T"}
    if len(operands) == 1:
        return [(operands[0], basename(operands[0].rstrip("/")) or operands[0])]
    *targets, last = operands
    if "T" not in opts and _is_dir(sh, last, follow):
        return [(t, join(last, basename(t.rstrip("/")) or t)) for t in targets]
    if len(targets) > 1 and sh.flavor != BUSYBOX:
        try:
            missing = devfs.resolve(sh.view.get, sh.path(last))[1] is None
        except FsError as exc:
            raise _fail(io, f"ln: target {sh.quote(last)}: {ERRNO_TEXT[exc.code]}") from None
        text = ERRNO_TEXT["ENOENT" if missing else "ENOTDIR"]
        raise _fail(io, f"ln: target {sh.quote(last)}: {text}")
    return [(t, last) for t in targets]


def _fail(io: IO, text: str) -> ToolExit:
    io.err(text)
    return ToolExit(1)


def _operands_ok(sh: Shell, io: IO, opts: set[str], operands: list[str]) -> None:
    """coreutils' operand errors (missing, -T's extra one); BusyBox shows its usage."""
    if sh.flavor == BUSYBOX:
        if not operands:
            for line in _BUSYBOX_USAGE:
                io.err(line)
            raise ToolExit(1)
        if "T" in opts and len(operands) > 2:
            raise _fail(io, "ln: -T accepts 2 args max")
        return
    if not operands:
        raise _missing(io, "ln", "missing file operand")
    if "T" in opts and len(operands) != 2:
        raise _missing(io, "ln", f"missing destination file operand after {sh.quote(operands[0])}"
                       if len(operands) < 2 else f"extra operand {sh.quote(operands[2])}")


def _hard_link(sh: Shell, io: IO, target: str, name: str) -> int:
    """ln without -s: the errors it gives before linking (BusyBox names the link when link(2)
    refuses a folder), else layerlab's note."""
    try:
        node = sh.view.get(sh.path(target))
        code = None if node is not None else "ENOENT"
    except FsError as exc:
        node, code = None, exc.code
    if code is not None:
        io.err(f"ln: {target}: {ERRNO_TEXT[code]}" if sh.flavor == BUSYBOX
               else f"ln: failed to access {sh.quote(target)}: {ERRNO_TEXT[code]}")
        return 1
    if node is not None and node.kind == DIR:
        io.err(f"ln: {name}: {ERRNO_TEXT['EPERM']}" if sh.flavor == BUSYBOX
               else f"ln: {target}: hard link not allowed for directory")
        return 1
    io.err("layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link")
    return NOT_SIMULATED


def ln(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "ln", argv, "sfnvT")
    _operands_ok(sh, io, opts, operands)
    pairs = _pairs(sh, io, opts, operands)
    status = 0
    for target, name in pairs:
        if "s" not in opts:
            status = _hard_link(sh, io, target, name) or status
            continue
        path = sh.path(name)
        try:
            existing = sh.view.get(path)
            if "f" in opts and existing is not None:
                if existing.kind == DIR and sh.flavor != BUSYBOX:
                    io.err(f"ln: {name}: cannot overwrite directory")
                    status = 1
                    continue
                sh.view.remove(path)
            if "v" in opts and sh.flavor == BUSYBOX:  # BusyBox says it before it links
                io.out(f"'{name}' -> '{target}'")
            sh.view.symlink(path, target)
        except FsError as exc:
            text = ERRNO_TEXT.get(exc.code, exc.code)
            io.err(f"ln: {name}: {text}" if sh.flavor == BUSYBOX
                   else f"ln: failed to create symbolic link {sh.quote(name)}: {text}")
            status = 1
            continue
        if "v" in opts and sh.flavor != BUSYBOX:
            io.out(f"{sh.quote(name)} -> {sh.quote(target)}")
    return status
