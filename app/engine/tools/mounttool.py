"""mount and umount inside a container: the mount table to read, and no mounting.

Without operands both BusyBox's mount (util-linux/mount.c: getmntent over /proc/mounts, "%s on %s
type %s (%s)") and util-linux's list the table, `-t TYPE` keeping one type. Mounting or unmounting
needs CAP_SYS_ADMIN, which Docker's default capabilities leave out, so the kernel answers EPERM:
BusyBox says "permission denied (are you root?)" and "can't unmount X: Operation not permitted";
util-linux 2.33 (libmount's mount exit codes) "mount: X: permission denied." and
"umount: X: umount failed: Operation not permitted.", status 32; a user who is not root is
stopped before that ("only root can do that", status 1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import procfs
from ..fs import normpath
from ..toolkit import BUSYBOX, IO
from .common import current_uid

if TYPE_CHECKING:
    from ..shell import Shell

MOUNT_FAILURE = 32  # util-linux's MNT_EX_FAIL


def _table(sh: Shell) -> list[list[str]]:
    c = getattr(sh.view, "c", None)
    if c is None:
        return []
    return [line.split(" ")[:4] for line in procfs.mount_lines(sh.world, c, list(getattr(sh.view, "mounts", [])))]


def _listing_type(argv: list[str]) -> tuple[bool, str | None]:
    """(only listing, the -t type): listing when no operand is given."""
    kind, operands, i = None, [], 1
    while i < len(argv):
        a = argv[i]
        if a in ("-t", "--types") and i + 1 < len(argv):
            kind, i = argv[i + 1], i + 2
            continue
        if a.startswith("-t") and len(a) > 2:
            kind = a[2:]
        elif not a.startswith("-"):
            operands.append(a)
        i += 1
    return not operands, kind


def mount(sh: Shell, argv: list[str], io: IO) -> int:
    listing, kind = _listing_type(argv)
    if listing:
        for dev, point, fstype, options in _table(sh):
            if kind is None or fstype == kind:
                io.out(f"{dev} on {point} type {fstype} ({options})")
        return 0
    target = normpath([a for a in argv[1:] if not a.startswith("-")][-1], sh.cwd)
    if sh.flavor == BUSYBOX:
        io.err("mount: permission denied (are you root?)")
        return 1
    if current_uid(sh) != 0:
        io.err("mount: only root can do that")
        return 1
    io.err(f"mount: {target}: permission denied.")
    return MOUNT_FAILURE


def umount(sh: Shell, argv: list[str], io: IO) -> int:
    operands = [a for a in argv[1:] if not a.startswith("-")]
    if not operands:
        if sh.flavor == BUSYBOX:
            io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
        else:
            io.err("umount: bad usage")
            io.err("Try 'umount --help' for more information.")
        return 1
    status = 0
    for operand in operands:
        target = normpath(operand, sh.cwd)
        if sh.flavor == BUSYBOX:
            io.err(f"umount: can't unmount {target}: Operation not permitted")
            status = 1
        elif current_uid(sh) != 0:
            io.err(f"umount: {target}: must be superuser to unmount.")
            status = MOUNT_FAILURE
        else:
            io.err(f"umount: {target}: umount failed: Operation not permitted.")
            status = MOUNT_FAILURE
    return status
