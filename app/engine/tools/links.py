"""ln -s: symbolic links, in GNU coreutils' words (src/ln.c) and BusyBox's (coreutils/ln.c).

A link holds its target as written; what reads through it follows it (devfs.resolve), a loop
failing with ELOOP. Hard links (ln without -s) share one file, one inode, between two names;
the simulated trees keep a file's bytes under each name, with no inode two names could share,
so a hard link is not made. ln says so, after each error it or link(2) would give first: the
source missing or a folder (ln.c), the new name's folder missing, the name taken, a read-only
file system, another mount (EXDEV: a volume's file cannot be linked into the container's root),
a file the user neither owns nor may read and write (fs/namei.c may_linkat: Ubuntu sets
fs.protected_hardlinks, and the sysctl is the host kernel's), no right to write the folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, ERRNO_TEXT, FILE, ROOT_UID, FsError, Node, basename, join, parent_of
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


def _hard_link(sh: Shell, io: IO, target: str, name: str, force: bool) -> int:
    """ln without -s: the errors it gives before linking (BusyBox names the link when link(2)
    refuses a folder), those link(2) gives, else layerlab's note."""
    try:
        node = sh.view.get(sh.path(target))
        code = None if node is not None else "ENOENT"
    except FsError as exc:
        node, code = None, exc.code
    if code is not None or node is None:
        io.err(f"ln: {target}: {ERRNO_TEXT[code or 'ENOENT']}" if sh.flavor == BUSYBOX
               else f"ln: failed to access {sh.quote(target)}: {ERRNO_TEXT[code or 'ENOENT']}")
        return 1
    if node.kind == DIR:
        io.err(f"ln: {name}: {ERRNO_TEXT['EPERM']}" if sh.flavor == BUSYBOX
               else f"ln: {target}: hard link not allowed for directory")
        return 1
    said = _forced_over(sh, target, name) if force else None
    if said is None:
        code = _link_refusal(sh, sh.path(target), sh.path(name), node, force)
        said = _link_failed(sh, target, name, code) if code else None
    if said is not None:
        io.err(said)
        return 1
    io.err("layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link")
    return NOT_SIMULATED


def _forced_over(sh: Shell, target: str, name: str) -> str | None:
    """GNU ln -f's refusals before it removes the name (ln.c do_link): a folder there, or the
    source itself (with no other hard link, the same inode is the same name)."""
    if sh.flavor == BUSYBOX:
        return None  # BusyBox unlinks and links: link(2) then answers for a folder (EEXIST)
    try:
        there = sh.view.get(sh.path(name))
        same = there is not None and sh.view.real(sh.path(name)) == sh.view.real(sh.path(target))
    except FsError:
        return None
    if there is not None and there.kind == DIR:
        return f"ln: {name}: cannot overwrite directory"
    if same:
        return f"ln: {sh.quote(target)} and {sh.quote(name)} are the same file"
    return None


def _link_refusal(sh: Shell, src: str, dst: str, node: Node, force: bool) -> str | None:
    """The errno link(2) would fail with, in the kernel's order (fs/namei.c do_linkat: the new
    name's folder, the name taken, a read-only mount, another mount, may_linkat, then may_create
    in vfs_link), else None."""
    view = sh.view
    try:
        dst = view.real(dst)
        parent = view.get(parent_of(dst))
        if parent is None or parent.kind != DIR:
            return "ENOENT" if parent is None else "ENOTDIR"
        there = view.get(dst)
        if there is not None and (not force or there.kind == DIR):
            return "EEXIST"
        view._writable(view.locate(dst), dst)  # EROFS (the host's: EACCES where learner may not write)
        if view.locate(view.real(src)).device != view.locate(parent_of(dst)).device:
            return "EXDEV"
        if not _may_link(sh, node):
            return "EPERM"
        view._may_write(dst, True)
    except FsError as exc:
        return exc.code
    return None


def _may_link(sh: Shell, node: Node) -> bool:
    """fs/namei.c may_linkat with protected_hardlinks: the owner (or root, CAP_FOWNER) links
    anything; another user only a regular file, not set-user-ID nor executable set-group-ID,
    that it may read and write."""
    uid = sh.view.uid
    if uid in (ROOT_UID, node.uid):
        return True
    group = node.gid if node.gid != -1 else node.uid
    shift = 3 if group in sh.view.groups else 0
    readable_writable = (node.mode >> shift) & 0o6 == 0o6
    return node.kind == FILE and not node.mode & 0o4000 and node.mode & 0o2010 != 0o2010 and readable_writable


def _link_failed(sh: Shell, target: str, name: str, code: str) -> str:
    """ln's words for a link(2) that failed: BusyBox names the link (bb_simple_perror_msg); GNU
    names the link alone when the name is taken or the disk refuses, else both (ln.c do_link)."""
    text = ERRNO_TEXT.get(code, code)
    if sh.flavor == BUSYBOX:
        return f"ln: {name}: {text}"
    if code in ("EEXIST", "EROFS", "ENOSPC"):
        return f"ln: failed to create hard link {sh.quote(name)}: {text}"
    return f"ln: failed to create hard link {sh.quote(name)} => {sh.quote(target)}: {text}"


def ln(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "ln", argv, "sfnvT")
    _operands_ok(sh, io, opts, operands)
    pairs = _pairs(sh, io, opts, operands)
    status = 0
    for target, name in pairs:
        if "s" not in opts:
            status = _hard_link(sh, io, target, name, "f" in opts) or status
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
