"""The /dev a process sees: the runtime's in a container, the learner's machine's on the host.

A container's /dev is in none of its layers. Docker 28.5's default spec (moby v28.5.2
oci/defaults.go DefaultLinuxSpec) mounts a tmpfs there (mode=755), devpts on /dev/pts
(ptmxmode=0666, mode=0620, gid=5), mqueue on /dev/mqueue, and a tmpfs on /dev/shm that the daemon
replaces with the container's own (container/container_unix.go IpcMounts; mode=1777). runc v1.3.3,
the runc that release builds with (moby Dockerfile RUNC_VERSION), fills the tmpfs:
libcontainer/specconv/spec_linux.go AllowedDevices gives null, random, full, tty, zero and urandom
(character devices, mode 0666, root); libcontainer/rootfs_linux.go setupDevSymlinks links fd, stdin,
stdout, stderr and core (when the kernel has /proc/kcore, as Docker's hosts do) into /proc, and
setupPtmx links ptmx to pts/ptmx; console_linux.go mountConsole makes /dev/console, the terminal's
pseudo-terminal, only for a container with one (-t). The runtime makes it afresh at each start.

Neither docker diff, commit nor export reads these mounts (they read the layers), and docker cp
does not either: the daemon's own view of the container (daemon/containerfs_linux.go
openContainerFS) binds the volumes only, so it finds the init layer's /dev there
(app/engine/initlayer.py). A user mount on /dev replaces all of it (daemon/oci_linux.go WithMounts),
one on /dev/shm, /dev/pts or /dev/mqueue that mount alone.

Reading and writing a device (what the shell's redirections and the tools' inputs do) is here too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from .budget import OverBudget
from .fs import (
    BLOCK,
    CHAR,
    DIR,
    FILE,
    LINK,
    MAXSYMLINKS,
    ROOT_UID,
    FsError,
    Node,
    Tree,
    dir_node,
    is_under,
    normpath,
    parent_of,
)
from .world import Container, Mount

DEV = "/dev"
# The type of the runtime's mounts in a view (never in Container.mounts: inspect does not list them).
RUNTIME = "runtime"
TTY_GID = 5  # the tty group (devpts gid=5; Debian's and Alpine's /etc/group both name it tty)
DISK_GID = 6  # the disk group (Debian)
_GROUPS = {TTY_GID: "tty", DISK_GID: "disk"}


def char(major: int, minor: int, mode: int = 0o666, uid: int = ROOT_UID, gid: int = -1) -> Node:
    return Node(CHAR, "", 0, mode, uid, rdev=major * 256 + minor, gid=gid)


def link(target: str) -> Node:
    return Node(LINK, target, len(target.encode()), 0o777)


def major_minor(node: Node) -> tuple[int, int]:
    return divmod(node.rdev, 256)


def group_name(gid: int) -> str | None:
    """The name of a device's own group (a file's group is its owner's)."""
    return _GROUPS.get(gid)


# runc's default devices (spec_linux.go AllowedDevices) and links (rootfs_linux.go).
_RUNC_DEVICES = {
    "null": char(1, 3), "random": char(1, 8), "full": char(1, 7), "tty": char(5, 0),
    "zero": char(1, 5), "urandom": char(1, 9),
}
_STDIO_LINKS = {"fd": link("/proc/self/fd"), "stdin": link("/proc/self/fd/0"), "stdout": link("/proc/self/fd/1"),
                "stderr": link("/proc/self/fd/2"), "core": link("/proc/kcore")}
# The pseudo-terminal a container with -t gets: devpts' first, mode=0620 gid=5 (oci/defaults.go).
_PTS0 = char(136, 0, 0o620, gid=TTY_GID)
# Each mount's root as ls shows it: tmpfs (mode from the spec), mqueue (1777), devpts (0755).
_ROOTS = {"/dev": dir_node(mode=0o755), "/dev/pts": dir_node(mode=0o755),
          "/dev/mqueue": dir_node(mode=0o1777), "/dev/shm": dir_node(mode=0o1777)}


def _container_files(tty: bool) -> dict[str, dict[str, Node]]:
    dev: dict[str, Node] = {"/" + name: node for name, node in {**_RUNC_DEVICES, **_STDIO_LINKS}.items()}
    dev["/ptmx"] = link("pts/ptmx")
    for sub in ("/pts", "/shm", "/mqueue"):
        dev[sub] = dir_node()  # the mount points runc makes in the tmpfs
    pts = {"/ptmx": char(5, 2)}  # ptmxmode=0666
    if tty:
        dev["/console"] = _PTS0  # /dev/pts/0 bound over it
        pts["/0"] = _PTS0
    return {"/dev": dev, "/dev/pts": pts, "/dev/shm": {}, "/dev/mqueue": {}}


def container_mounts(c: Container) -> list[Mount]:
    """The runtime's mounts under /dev that the container's own mounts leave (oci_linux.go WithMounts)."""
    users = {m.destination for m in c.mounts}
    if DEV in users:
        return []
    return [Mount(RUNTIME, dest, rw=True) for dest in _ROOTS if dest not in users]


def runtime_tree(c: Container, dest: str) -> Tree:
    """What the runtime mount at dest holds now: kept with the container's tmpfs trees while it runs
    (a stop drops it, app/engine/lifecycle.py exit_container), made afresh when first looked at."""
    tree = c.tmpfs.get(dest)
    if tree is None:
        tree = Tree(dict(_container_files(c.tty)[dest]))
        c.tmpfs[dest] = tree
    return tree


# config.DefaultShmSize (moby v28.5.2 daemon/config/config.go), which adaptContainerSettings
# (daemon/daemon_unix.go) sets when the CLI sends 0; half the host's RAM is tmpfs's own default
DEFAULT_SHM = 64 << 20
DEV_TMPFS_K = 65_536  # the runtime's /dev: size=65536k (runc libcontainer/rootfs_linux.go, /proc/mounts)
TMPFS_DEFAULT_K = 8_172_072
PAGE = 4096


def shm_bytes(c: Container) -> int:
    """HostConfig.ShmSize: --shm-size in bytes, else the daemon's default."""
    return getattr(c, "shm_size", 0) or DEFAULT_SHM


def tmpfs_pages_k(size: int) -> int:
    """A tmpfs's size in KiB once the kernel took size=BYTES: whole pages (mm/shmem.c
    shmem_parse_one: DIV_ROUND_UP(size, PAGE_SIZE))."""
    return -(-size // PAGE) * PAGE // 1024


def shm_k(c: Container) -> int:
    """/dev/shm's size in KiB: the daemon mounts it with size=ShmSize (daemon/oci_linux.go WithMounts)."""
    return tmpfs_pages_k(shm_bytes(c))


def tmpfs_used_k(tree: Tree | None, top: str = "/") -> int:
    """What a tmpfs's files take, in KiB, as df reads it (mm/shmem.c: the pages its files hold,
    each file's bytes rounded up to whole 4 KiB pages; a folder and a short link take none, a
    link's target of 128 bytes or more a page of its own: shmem_symlink). top: where the tmpfs's
    root is in tree (a tmpfs volume's, in the host's)."""
    if tree is None:
        return 0
    pages = 0
    for _, node in tree.walk(top):
        if node.kind == LINK:
            pages += 1 if len(node.data) >= 128 else 0
        elif node.kind == FILE:
            pages += file_pages(node.size)
    return pages * PAGE // 1024


def file_pages(size: int) -> int:
    """The 4 KiB pages a tmpfs file of size bytes holds."""
    return -(-size // PAGE)


def root_node(dest: str) -> Node:
    return _ROOTS[dest]


def dir_size(fs: str, entries: int) -> int:
    """A directory's st_size: devpts says 0; tmpfs, devtmpfs and mqueue count 20 per entry plus 40
    for . and .. (mm/shmem.c BOGO_DIRENT_SIZE, ipc/mqueue.c DIRENT_SIZE)."""
    return 0 if fs == "devpts" else 40 + 20 * entries


# ---------------------------------------------------------------------------------------------
# The learner's machine (a Debian-like host): devtmpfs with what systemd-udev makes, the same
# pseudo-filesystems below it, and the learner's terminal as /dev/pts/0.

def _host_files() -> dict[str, dict[str, Node]]:
    dev: dict[str, Node] = {"/" + name: node for name, node in _STDIO_LINKS.items()}
    dev.update({
        "/console": char(5, 1, 0o620, gid=TTY_GID), "/full": char(1, 7), "/kmsg": char(1, 11, 0o644),
        "/null": char(1, 3), "/ptmx": char(5, 2, gid=TTY_GID), "/random": char(1, 8), "/tty": char(5, 0, gid=TTY_GID),
        "/urandom": char(1, 9), "/zero": char(1, 5),
        "/sda": Node(BLOCK, "", 0, 0o660, rdev=8 * 256, gid=DISK_GID),
        "/sda1": Node(BLOCK, "", 0, 0o660, rdev=8 * 256 + 1, gid=DISK_GID),
    })
    for sub in ("/pts", "/shm", "/mqueue"):
        dev[sub] = dir_node()
    pts = {"/ptmx": char(5, 2, 0o000), "/0": char(136, 0, 0o620, uid=1000, gid=TTY_GID)}
    return {"/dev": dev, "/dev/pts": pts, "/dev/shm": {}, "/dev/mqueue": {}}


_HOST: dict[str, Tree] = {dest: Tree(files).freeze() for dest, files in _host_files().items()}


def host_mount(path: str) -> str | None:
    """The host's /dev mount that holds path, if any (the deepest)."""
    best = None
    for dest in _HOST:
        if is_under(path, dest) and (best is None or len(dest) > len(best)):
            best = dest
    return best


def host_tree(dest: str) -> Tree:
    return _HOST[dest]


def fs_of(dest: str) -> str:
    """The filesystem type mounted at a /dev mount point."""
    return {"/dev/pts": "devpts", "/dev/mqueue": "mqueue"}.get(dest, "tmpfs")


# ---------------------------------------------------------------------------------------------
# What reading and writing a device does.

NULL, ZERO, FULL, RANDOM, TTY = "null", "zero", "full", "random", "tty"
STDIN, STDOUT, STDERR = "stdin", "stdout", "stderr"
_BY_RDEV = {(1, 3): NULL, (1, 5): ZERO, (1, 7): FULL, (1, 8): RANDOM, (1, 9): RANDOM, (5, 0): TTY,
            (5, 1): TTY, (136, 0): TTY}
_STDIO = {"/proc/self/fd/0": STDIN, "/proc/self/fd/1": STDOUT, "/proc/self/fd/2": STDERR}


def resolve(get: Callable[[str], Node | None], path: str) -> tuple[str, Node | None]:
    """Follow the symbolic links path ends in (/dev's ptmx -> pts/ptmx, a learner's ln -s): where
    it ends and what is there (None: a dangling link). A link into /proc stays a link (the
    simulator keeps no /proc: core's target is missing). More than MAXSYMLINKS links, as a loop
    has, is ELOOP."""
    for _ in range(MAXSYMLINKS + 1):
        node = get(path)
        if node is None or node.kind != LINK or node.data.startswith("/proc/self/"):
            return path, node
        path = normpath(node.data, parent_of(path))
    raise FsError("ELOOP", path)


def device_of(get: Callable[[str], Node | None], path: str) -> str | None:
    """What path opens, when it is a device or one of /dev's links to the process's own streams:
    null, zero, full, random, tty, stdin, stdout or stderr; None for anything else.

    get is the view's lookup (path -> Node | None, may raise FsError). The simulator keeps no /proc,
    so the links into /proc/self/fd are followed here: /dev/stdout, and /dev/fd/1 through /dev/fd.
    """
    if normpath(path) in _STDIO:
        return _STDIO[normpath(path)]  # /proc/self/fd/1 itself
    try:
        path, node = resolve(get, path)
        if node is None and path.startswith(DEV + "/"):
            parent = get(parent_of(path))
            if parent is not None and parent.kind == LINK and parent.data == "/proc/self/fd":
                return _STDIO.get("/proc/self/fd/" + path.rsplit("/", 1)[1])
    except FsError:
        return None
    if node is None:
        return None
    if node.kind == LINK:
        return _STDIO.get(node.data)
    if node.kind == CHAR:
        return _BY_RDEV.get(major_minor(node))
    return None


class Pipe(str):
    """The kind of a pipe the shell holds open as /dev/fd/N (bash's process substitution,
    app/engine/shellprocsub.py): reading it takes what its command wrote, once (a second read finds
    its end); what is written to it is kept for its command to read."""

    fd: int
    data: str
    written: list[str]

    def __new__(cls, fd: int, data: str = "") -> Pipe:
        made = super().__new__(cls, "pipe")
        made.fd, made.data, made.written = fd, data, []
        return made


ENDLESS = (ZERO, RANDOM)
_CHUNK = 1 << 16  # the most a bounded read takes from an endless device


def endless(path: str) -> OverBudget:
    """Reading all of /dev/zero or /dev/urandom never ends; the simulator stops the line instead."""
    return OverBudget(f"layerlab: {path} never runs out: a program reading all of it runs until it is stopped; "
                      f"read a part, e.g. head -c 16 {path}; nothing was changed", 1)


def read_device(kind: str, path: str, stdin: str | None, want: int | None = None, seed: str = "") -> str:
    """The bytes a read of the device gives: want bytes of an endless one (else it raises OverBudget)."""
    if kind in ENDLESS:
        if want is None or want > _CHUNK:
            raise endless(path)
        if kind == ZERO:
            return "\0" * want
        # deterministic stand-in bytes (ASCII, so each is one byte): the simulator has no randomness
        out = ""
        block = seed.encode()
        while len(out) < want:
            block = hashlib.sha256(block).digest()
            out += "".join(chr(b & 0x7F) for b in block)
        return out[:want]
    if kind == STDIN:
        return stdin or ""
    if isinstance(kind, Pipe):
        text, kind.data = kind.data, ""
        return text[:want] if want is not None else text
    return ""  # null, full and the terminal's streams: end of file at once


def write_device(kind: str) -> None:
    """Check a write to the device: /dev/full refuses it (ENOSPC); the others take it."""
    if kind == FULL:
        raise FsError("ENOSPC")


def kind_letter(node: Node) -> str:
    """ls -l's first column letter."""
    return {DIR: "d", CHAR: "c", BLOCK: "b", LINK: "l"}.get(node.kind, "-")
