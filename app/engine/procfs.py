"""The /proc a container's processes see: above all its mount table, the kernel's own account of
where each of the container's folders lives.

`cat /proc/mounts` (or `mount`) inside a container shows what the storage lessons draw: the root
is an overlay whose lowerdir is the image's layers (by their short links, the init layer first)
and whose upperdir is the container's own layer; each volume and bind mount is a separate mount
of the host's disk; --tmpfs folders are memory. The lines and their order follow what runc makes
from the spec moby v28.5.2 writes (oci/defaults.go DefaultLinuxSpec: proc, /dev, devpts, sysfs,
cgroup2, mqueue, shm; daemon/oci_linux.go WithMounts: the container's mounts after them, tmpfs
with "noexec,nosuid,nodev"; ReadonlyPaths, then MaskedPaths: a masked folder gets a read-only
tmpfs, a masked file /dev/null bound over it). Options are as Linux 6.8 prints them
(fs/proc_namespace.c show_vfsmnt, mm/shmem.c shmem_show_options).

Only what the lessons and a curious learner reach is here: mounts, version, and the masked and
read-only entries; the rest of /proc (cpuinfo, each process's folder) is not simulated.
"""

from __future__ import annotations

from . import devfs, hostprofile, localvolumes
from .fs import FILE, Node, Tree, dir_node, link_node
from .mounts import tmpfs_root
from .overlaydirs import ROOT as OVERLAY
from .overlaydirs import container_dir, image_mount_dir, layer_dir, lower_dirs, short_link
from .world import Container, Mount, World, container_image

PROC = "proc"  # the type of /proc's mount in a process's view (never in Container.mounts)
ROOT_NODE = dir_node(mode=0o555)

_DISK = "/dev/sda1"  # the host's disk, under /var/lib/docker (app/engine/tools/diskutils.py)
_DEV_TMPFS = "rw,nosuid,size=65536k,mode=755,inode64"
_DEFAULT = (
    ("proc", "/proc", "proc", "rw,nosuid,nodev,noexec,relatime"),
    ("tmpfs", "/dev", "tmpfs", _DEV_TMPFS),
    ("devpts", "/dev/pts", "devpts", "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666"),
    ("sysfs", "/sys", "sysfs", "ro,nosuid,nodev,noexec,relatime"),
    ("cgroup", "/sys/fs/cgroup", "cgroup2", "ro,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot"),
    ("mqueue", "/dev/mqueue", "mqueue", "rw,nosuid,nodev,noexec,relatime"),
    ("shm", "/dev/shm", "tmpfs", "rw,nosuid,nodev,noexec,relatime,size=65536k,inode64"),
)
_READ_ONLY = ("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger")
# the masked paths this host has (a VM: no sound, no latency_stats, timer_stats or sched_debug, no
# powercap or thermal_throttle), folders first as runc meets them in the list
_MASKED = (("/proc/acpi", True), ("/proc/interrupts", False), ("/proc/kcore", False), ("/proc/keys", False),
           ("/proc/timer_list", False), ("/proc/scsi", True), ("/sys/firmware", True))
_DEVPTS = "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666"


def _tmpfs_options(m: Mount) -> str:
    """A tmpfs mount's options: the spec's noexec, nosuid and nodev, then shmem's own
    (mm/shmem.c shmem_show_options: size in KiB when one was given, mode when not 1777, uid and gid
    when not 0)."""
    extra = [f"size={devfs.tmpfs_pages_k(m.tmpfs_size)}k"] if m.tmpfs_size else []
    mode, uid, gid = tmpfs_root(m)
    if mode != 0o1777:
        extra.append(f"mode={mode:03o}")
    extra += [f"{key}={n}" for key, n in (("uid", uid), ("gid", gid)) if n]
    return ",".join(["rw" if m.rw else "ro", "nosuid", "nodev", "noexec", "relatime", *extra, "inode64"])


def _image_options(c: Container, m: Mount) -> str:
    """An image mount's overlay (the image's layers under a layer of its own, with no init layer:
    layer store CreateRWLayer without an init function), bound read-only at the target."""
    own = image_mount_dir(c, m.destination)
    lowers = ":".join(f"{OVERLAY}/l/{short_link(layer_dir(lid))}" for lid in reversed(m.image_layers))
    return (f"ro,relatime,lowerdir={lowers},upperdir={OVERLAY}/{own}/diff,workdir={OVERLAY}/{own}/work,"
            "nouserxattr")


def _defaults(c: Container) -> list[tuple[str, str, str, str]]:
    """The default spec's mounts, /dev/shm with the container's size (daemon/oci_linux.go WithMounts
    adds size=ShmSize; mm/shmem.c shows it in KiB unless it is tmpfs's default) or left out when
    the container mounts something there itself."""
    rows = []
    for dev, point, kind, options in _DEFAULT:
        if point == "/dev/shm":
            if any(m.destination == point for m in c.mounts):
                continue
            size = devfs.shm_k(c)
            options = "rw,nosuid,nodev,noexec,relatime" + (
                f",size={size}k" if size != devfs.TMPFS_DEFAULT_K else "") + ",inode64"
        rows.append((dev, point, kind, options))
    return rows


def mount_lines(world: World, c: Container, mounts: list[Mount]) -> list[str]:
    """The container's /proc/mounts, one "device point type options 0 0" line each."""
    image = container_image(world, c)
    rw = container_dir(c)
    lowers = ":".join(f"{OVERLAY}/l/{short_link(d)}" for d in [f"{rw}-init", *lower_dirs(image)])
    root = ("ro" if c.read_only else "rw") + (f",relatime,lowerdir={lowers},upperdir={OVERLAY}/{rw}/diff,"
                                               f"workdir={OVERLAY}/{rw}/work,nouserxattr")
    rows = [("overlay", "/", "overlay", root), *_defaults(c)]
    # the view's mounts are deepest first: the table has the shallowest first (df reads it in order)
    for m in [m for m in mounts[::-1] if m.type not in (devfs.RUNTIME, PROC)]:
        if m.type == "image":
            rows.append(("overlay", m.destination, "overlay", _image_options(c, m)))
        elif m.type == "tmpfs":
            rows.append(("tmpfs", m.destination, "tmpfs", _tmpfs_options(m)))
        elif m.type == "volume" and localvolumes.is_tmpfs(world, m.source):
            # the bind of a tmpfs volume's _data: the tmpfs's own options (its o=), no noexec and the like
            size = localvolumes.tmpfs_size_k(world, m.source)
            rows.append(("tmpfs", m.destination, "tmpfs",
                         f"{'rw' if m.rw else 'ro'},relatime{f',size={size}k' if size else ''},inode64"))
        else:
            rows.append((_DISK, m.destination, "ext4", ("rw" if m.rw else "ro") + ",relatime"))
    network = "ro,relatime" if c.read_only else "rw,relatime"  # container NetworkMounts: writable unless --read-only
    rows += [(_DISK, f"/etc/{name}", "ext4", network) for name in ("resolv.conf", "hostname", "hosts")]
    if c.tty:
        rows.append(("devpts", "/dev/console", "devpts", _DEVPTS))
    rows += [("proc", path, "proc", "ro,nosuid,nodev,noexec,relatime") for path in _READ_ONLY]
    rows += [("tmpfs", path, "tmpfs", "ro,relatime,inode64" if folder else _DEV_TMPFS) for path, folder in _MASKED]
    return [f"{dev} {point} {kind} {options} 0 0" for dev, point, kind, options in rows]


def _proc_file(text: str, mode: int = 0o444) -> Node:
    return Node(FILE, text, 0, mode)  # procfs files say 0 bytes; reading them gives the text


def version_line() -> str:
    """/proc/version: the kernel's banner (the host's kernel: containers share it)."""
    return (f"Linux version {hostprofile.KERNEL_RELEASE} (buildd@lcy02-amd64-088) (x86_64-linux-gnu-gcc-13 "
            "(Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) "
            f"{hostprofile.KERNEL_VERSION}")


def proc_tree(world: World, c: Container, mounts: list[Mount]) -> Tree:
    """What /proc holds for a process of c: built when looked at (it changes with its mounts)."""
    tree = Tree()
    tree.set("/1", dir_node(mode=0o555))
    tree.set("/1/mounts", _proc_file("".join(line + "\n" for line in mount_lines(world, c, mounts))))
    tree.set("/self", link_node("1"))  # the reader's own folder: the simulator keeps only the main process's
    tree.set("/mounts", link_node("self/mounts"))
    tree.set("/version", _proc_file(version_line() + "\n"))
    for path in _READ_ONLY:
        name = path.removeprefix("/proc")
        tree.set(name, dir_node(mode=0o555) if name != "/sysrq-trigger" else _proc_file("", 0o200))
    for path, folder in _MASKED:
        if path.startswith("/proc/"):
            name = path.removeprefix("/proc")
            tree.set(name, dir_node(mode=0o1777) if folder else devfs.char(1, 3))  # tmpfs (no mode), /dev/null
    return tree
