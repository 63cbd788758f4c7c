"""du, df and stat: sizes and file metadata as GNU coreutils or BusyBox print them."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import budget, devfs, localvolumes, procfs
from ..fs import BLOCK as BLOCK_DEVICE
from ..fs import CHAR, DIR, ERRNO_TEXT, LINK, FsError, Node, join, mode_bits, normpath
from ..toolkit import BUSYBOX, GNU, IO, ToolExit, _options
from ..views import ContainerView, inode_number
from ..world import EPOCH, Container, Mount
from .common import passwd_name

if TYPE_CHECKING:
    from ..shell import Shell

BLOCK = 4096


def human(n: float) -> str:
    """coreutils' human_readable with -h (powers of 1024, rounded up, one decimal below 10):
    also BusyBox's make_human_readable_str for du and df."""
    if n < 1024:
        return str(int(n))
    for unit in "KMGTP":
        n /= 1024
        if n < 1024 or unit == "P":
            if n < 10:
                value = math.ceil(n * 10) / 10
                return f"{value:.1f}{unit}" if value < 10 else f"{math.ceil(value)}{unit}"
            return f"{math.ceil(n)}{unit}"
    return str(n)


def bb_human(n: int) -> str:
    """BusyBox's make_human_readable_str (libbb/human_readable.c): always one rounded decimal."""
    if n == 0:
        return "0"
    val, frac, unit = n, 0, ""
    for u in "KMGTPE":
        if val < 1024:
            break
        frac = ((val % 1024) * 10 + 512) // 1024
        val //= 1024
        unit = u
    if frac >= 10:
        val, frac = val + 1, 0
    return f"{val}.{frac}{unit}" if unit else str(val)


def _walk(sh: Shell, path: str, out: list[tuple[str, int, bool] | str], shown: str) -> int:
    """Post-order sizes under path: (shown path, bytes, is a directory) for each entry, and in
    walk order the line for each folder the user may not open (_refused)."""
    node = sh.view.get(path)
    if node is None:
        return 0
    budget.current().step()
    total = sh.view.stat_size(path, node)[1] * 1024
    if node.kind == DIR:
        try:
            names = sh.view.children(path)
        except FsError as exc:
            out.append(_refused(sh, shown, exc))
            if sh.flavor == BUSYBOX:
                return total  # (its own line is not printed: du.c returns before print)
            names = []
        for name in names:
            total += _walk(sh, join(path, name), out, shown.rstrip("/") + "/" + name if shown != "/" else "/" + name)
    out.append((shown, total, node.kind == DIR))
    return total


def _refused(sh: Shell, shown: str, exc: FsError) -> str:
    """du's line for a folder it may not read. GNU du meets it as fts's FTS_DNR: "cannot read
    directory", and still counts and prints the folder's own size (coreutils src/du.c
    process_file); BusyBox's warn_opendir says "can't open" and du() returns the size so far
    without printing the folder (coreutils/du.c, libbb/xfuncs_printf.c)."""
    text = ERRNO_TEXT.get(exc.code, exc.code)
    if sh.flavor == GNU:
        return f"du: cannot read directory {sh.quote(shown)}: {text}"
    return f"du: can't open '{shown}': {text}"


def du(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "du", argv, "shacxkm")
    status = 0
    grand = 0
    for arg in operands or ["."]:
        entries: list[tuple[str, int, bool] | str] = []
        try:
            if sh.view.get(sh.path(arg)) is None:
                raise FsError("ENOENT", arg)
            grand += _walk(sh, sh.path(arg), entries, arg)
        except FsError as exc:
            text = ERRNO_TEXT.get(exc.code, exc.code)
            io.err(f"du: cannot access {sh.quote(arg)}: {text}" if sh.flavor == GNU else f"du: {arg}: {text}")
            status = 1
            continue
        status = _du_lines(sh, io, opts, entries) or status
    if "c" in opts:
        io.out(f"{_du_size(grand, opts, sh.flavor == BUSYBOX)}\ttotal")
    return status


def _du_lines(sh: Shell, io: IO, opts: set[str], entries: list[tuple[str, int, bool] | str]) -> int:
    """Print one operand's walk: its size lines as -s and -a choose, its refusals where met;
    1 when there was one."""
    status = 0
    for i, entry in enumerate(entries):
        if isinstance(entry, str):
            io.err(entry)
            status = 1
            continue
        shown, size, is_dir = entry
        last = i == len(entries) - 1
        if "s" in opts and not last:
            continue
        if not is_dir and "a" not in opts and not last:
            continue
        io.out(f"{_du_size(size, opts, sh.flavor == BUSYBOX)}\t{shown}")
    return status


def _du_size(n: int, opts: set[str], busybox: bool = False) -> str:
    if "h" in opts:
        return bb_human(n) if busybox else human(n)
    return str(n // (1024 * 1024) if "m" in opts else n // 1024)


# The disk under the container's overlay root and the daemon's binds (/etc/hosts and friends)
DISK_K = 61_202_244
DISK_USED_K = 14_263_612


def _mount_row(sh: Shell, c: Container | None, m: Mount) -> tuple[str, int, int, str]:
    """A container mount's row: a tmpfs with what its files take (devfs.tmpfs_used_k), an image
    mount its own overlay (on the disk), a volume or bind the disk."""
    if m.type == "tmpfs":
        used = devfs.tmpfs_used_k(c.tmpfs.get(m.destination)) if c is not None else 0
        size = devfs.tmpfs_pages_k(m.tmpfs_size) if m.tmpfs_size else devfs.TMPFS_DEFAULT_K
        return ("tmpfs", size, used, m.destination)
    if m.type == "volume" and localvolumes.is_tmpfs(sh.world, m.source):
        used = devfs.tmpfs_used_k(sh.world.host, localvolumes.volume_backing(sh.world, m.source))
        size = devfs.tmpfs_pages_k(localvolumes.tmpfs_volume_size(sh.world, m.source))
        return ("tmpfs", size, used, m.destination)
    return ("overlay" if m.type == "image" else "/dev/sda1", DISK_K, DISK_USED_K, m.destination)


def _df_rows(sh: Shell, every: bool = False) -> list[tuple[str, int, int, str]]:
    """(file system, size, used, mount point) in 1K blocks, as /proc/mounts lists them; every:
    each mount of a device, as a FILE operand is looked up among them all."""
    if sh.where == "host":
        return [("tmpfs", 1_634_416, 2_176, "/run"), ("/dev/sda1", DISK_K, DISK_USED_K, "/"),
                ("tmpfs", 8_172_072, 0, "/dev/shm"), ("tmpfs", 5_120, 4, "/run/lock")]
    c = sh.view.c if isinstance(sh.view, ContainerView) else None
    rows = [("overlay", DISK_K, DISK_USED_K, "/"),
            ("tmpfs", devfs.DEV_TMPFS_K, devfs.tmpfs_used_k(c.tmpfs.get("/dev")) if c else 0, "/dev")]
    if c is not None and all(m.destination != "/dev/shm" for m in c.mounts):  # a user mount there replaces it
        rows.append(("shm", devfs.shm_k(c), devfs.tmpfs_used_k(c.tmpfs.get("/dev/shm")), "/dev/shm"))
    for m in getattr(sh.view, "mounts", [])[::-1]:
        if m.type not in (devfs.RUNTIME, procfs.PROC):  # the rows above (df leaves out devpts, mqueue and proc)
            rows.append(_mount_row(sh, c, m))
    busybox = sh.flavor == BUSYBOX or every
    for name in ("/etc/resolv.conf", "/etc/hostname", "/etc/hosts"):
        # GNU df shows one mount of a device (the shortest mount point); BusyBox shows each
        if busybox or name == "/etc/hosts":
            rows.append(("/dev/sda1", DISK_K, DISK_USED_K, name))
    rows += [("tmpfs", 8_172_072, 0, p) for p in ("/proc/acpi", "/proc/scsi", "/sys/firmware")]
    if not busybox:
        keep: dict[str, tuple[str, int, int, str]] = {}
        for row in rows:
            if row[0] == "/dev/sda1" and "/dev/sda1" in keep:
                if len(row[3]) >= len(keep["/dev/sda1"][3]):
                    continue
            keep[row[0] if row[0] == "/dev/sda1" else row[3]] = row
        rows = [r for r in rows if r in keep.values()]
    return rows


def bb_percent(used: int, available: int) -> int:
    """BusyBox df.c's Use%: to the nearest percent of used + available, both halved until the total is
    below INT_MAX / 101 (GNU's df rounds up instead)."""
    total = used + available
    if not total:
        return 0
    while total >= (2**31 - 1) // 101:
        total, used = total >> 1, used >> 1
    return (used * 100 + total // 2) // total


def df(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils df.c's columns (widths from the widest cell) or BusyBox df.c's fixed widths."""
    opts, operands = _options(sh, io, "df", argv, "hkPTa")
    found = _df_operands(sh, operands) if operands else list(_df_rows(sh))
    status = 1 if any(isinstance(r, str) for r in found) else 0
    if sh.flavor == BUSYBOX:  # the header, then each operand's row or error in turn (BusyBox df.c)
        io.out(f"{'Filesystem':<20}{'Size' if 'h' in opts else '1K-blocks':>10}{'Used':>10}{'Available':>10} Use% Mounted on")
        for row in found:
            if isinstance(row, str):
                io.err(row)
                continue
            fs, size, used, mnt = row
            cells = [bb_human(x * 1024) if "h" in opts else str(x) for x in (size, used, size - used)]
            io.out(f"{fs:<20}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}{bb_percent(used, size - used):>4}% {mnt}")
        return status
    for row in found:  # coreutils df.c stats every operand first
        if isinstance(row, str):
            io.err(row)
    rows = [r for r in found if not isinstance(r, str)]
    use = [(fs, size, used, size - used, mnt) for fs, size, used, mnt in rows]
    if not rows:
        return status  # coreutils df.c prints its table only when a file system was processed
    head = ["Filesystem", "Size" if "h" in opts else "1K-blocks", "Used", "Avail" if "h" in opts else "Available",
            "Use%", "Mounted on"]
    table = [head] + [[fs, *(human(x * 1024) if "h" in opts else str(x) for x in (size, used, avail)),
                       f"{math.ceil(used * 100 / size) if size and used else 0}%" if size else "-", mnt]
                      for fs, size, used, avail, mnt in use]
    widths = [max(len(r[i]) for r in table) for i in range(6)]
    widths[0] = max(widths[0], 14)
    widths[1] = max(widths[1], 5 if "h" in opts else 9)
    widths[2] = max(widths[2], 5)
    widths[3] = max(widths[3], 5)
    for r in table:
        io.out(f"{r[0]:<{widths[0]}} {r[1]:>{widths[1]}} {r[2]:>{widths[2]}} {r[3]:>{widths[3]}} "
               f"{r[4]:>{widths[4]}} {r[5]}")
    return status


def _df_operands(sh: Shell, operands: list[str]) -> list[tuple[str, int, int, str] | str]:
    """df FILE...: for each, the mount whose mount point holds it (the longest), or the error for a
    missing one (coreutils df.c: stat's error; BusyBox df.c find_mount_point: "can't find mount
    point")."""
    every = _df_rows(sh, every=True)
    found: list[tuple[str, int, int, str] | str] = []
    for arg in operands:
        path = normpath(arg, sh.cwd)
        if sh.view.get(path) is None and sh.device(path) is None:
            found.append(f"df: {arg}: can't find mount point" if sh.flavor == BUSYBOX
                         else f"df: {arg}: No such file or directory")
            continue
        held = [r for r in every if path == r[3] or path.startswith(r[3].rstrip("/") + "/")]
        found.append(max(held, key=lambda r: len(r[3])))
    return found


def _mode_text(node: Node) -> str:
    return devfs.kind_letter(node) + mode_bits(node.mode)


def _kind_text(node: Node) -> str:
    special = {DIR: "directory", CHAR: "character special file", BLOCK_DEVICE: "block special file",
               LINK: "symbolic link"}
    if node.kind in special:
        return special[node.kind]
    return "regular file" if node.size else "regular empty file"


def _group(sh: Shell, node: Node, owner: str) -> tuple[int, str]:
    """A file's group id and name: its owner's, or a device's own (tty, disk)."""
    if node.gid >= 0:
        return node.gid, devfs.group_name(node.gid) or passwd_name(sh, node.gid, "/etc/group") or str(node.gid)
    return node.uid, passwd_name(sh, node.uid, "/etc/group") or owner


def _stat_lines(sh: Shell, arg: str, node: Node) -> list[str]:
    when = datetime.fromtimestamp(EPOCH, UTC).strftime("%Y-%m-%d %H:%M:%S.000000000")
    zone = "" if sh.flavor == BUSYBOX else " +0000"
    owner = passwd_name(sh, node.uid) or "UNKNOWN"
    gid, group = _group(sh, node, owner)
    size, kib = sh.view.stat_size(sh.path(arg), node)
    blocks = kib * 2
    old = sh.flavor == BUSYBOX or _buster(sh)
    device = "Device: 31h/49d" if old else "Device: 0,49"
    inode = inode_number(sh.path(arg))
    links = f"{sh.view.links(sh.path(arg), node)}"
    if node.kind in (CHAR, BLOCK_DEVICE):  # stat.c: the device's numbers, in hex where %t,%T print them
        major, minor = devfs.major_minor(node)
        links = f"{links:<5} Device type: " + (f"{major:x},{minor:x}" if old else f"{major},{minor}")
    name = arg
    if node.kind == LINK:  # %N shows where a link points (BusyBox quotes both names)
        name = f"'{arg}' -> '{node.data}'" if sh.flavor == BUSYBOX else f"{arg} -> {node.data}"
    lines = [
        f"  File: {name}",  # %N quotes only a name that needs it (GNU) or a link (BusyBox)
        f"  Size: {size:<10}\tBlocks: {blocks:<10} IO Block: {BLOCK:<6} {_kind_text(node)}",
        f"{device}\tInode: {inode:<10}  Links: {links}",
        f"Access: ({node.mode & 0o7777:04o}/{_mode_text(node)})  Uid: ({node.uid:>5}/{owner:>8})   "
        f"Gid: ({gid:>5}/{group:>8})",
        f"Access: {when}{zone}", f"Modify: {when}{zone}", f"Change: {when}{zone}",
    ]
    if sh.flavor == GNU:
        lines.append(" Birth: -" if old else f" Birth: {when}{zone}")
    return lines


def _buster(sh: Shell) -> bool:
    """coreutils 8.30 (Debian 10, node:14) still printed the device as %Dh/%dd."""
    node = sh.view.get("/etc/debian_version") if sh.where != "host" else None
    return node is not None and node.data.startswith("10.")


def _format(sh: Shell, fmt: str, arg: str, node: Node) -> str:
    owner = passwd_name(sh, node.uid) or "UNKNOWN"
    gid, group = _group(sh, node, owner)
    values = {"n": arg, "s": str(sh.view.stat_size(sh.path(arg), node)[0]), "a": f"{node.mode & 0o7777:o}",
              "A": _mode_text(node), "U": owner, "G": group,
              "u": str(node.uid), "g": str(gid), "F": _kind_text(node), "%": "%",
              "h": str(sh.view.links(sh.path(arg), node)), "i": str(inode_number(sh.path(arg)))}
    out, i = "", 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            out += values.get(fmt[i + 1], "?")
            i += 2
        else:
            out += fmt[i]
            i += 1
    return out


def stat(sh: Shell, argv: list[str], io: IO) -> int:
    args = argv[1:]
    fmt = None
    if args[:1] in (["-c"], ["--format"]) and len(args) > 1:
        fmt, args = args[1], args[2:]
    elif args and args[0].startswith("--format="):
        fmt, args = args[0].split("=", 1)[1], args[1:]
    if not args:
        io.err("stat: missing operand")
        if sh.flavor == GNU:
            io.err("Try 'stat --help' for more information.")
        raise ToolExit(1)
    status = 0
    for arg in args:
        try:
            node = sh.view.get(sh.path(arg))
        except FsError:
            node = None
        if node is None:
            io.err(f"stat: cannot statx {sh.quote(arg)}: No such file or directory" if sh.flavor == GNU and
                   not _buster(sh) else f"stat: cannot stat {sh.quote(arg)}: No such file or directory"
                   if sh.flavor == GNU else f"stat: can't stat '{arg}': No such file or directory")
            status = 1
            continue
        for line in [_format(sh, fmt, arg, node)] if fmt is not None else _stat_lines(sh, arg, node):
            io.out(line)
    return status
