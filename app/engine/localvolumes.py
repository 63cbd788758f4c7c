"""The local volume driver's own mounts: a volume created with options (`docker volume create
--opt type=... --opt device=... --opt o=...`) is a file system mounted on the volume's _data folder
while a container uses it (moby v28.5.2 volume/local/local_unix.go: needsMount, mount; local.go
Mount counts the users and Unmount takes it away when the last one is gone).

Two kinds are simulated, the ones a learner meets without a network: a bind (o=bind or rbind:
the volume's data is the device folder on the host, which must exist when a container starts) and
tmpfs (type=tmpfs: memory, empty at each mount, gone when the last container using it stops).
Other types (nfs, cifs, a block device) keep their data in _data as a plain volume does.

A --mount volume-subpath mounts one folder of the volume instead, found at each start as
internal/safepath Join finds it (resolve_subpath).
"""

from __future__ import annotations

from .devfs import TMPFS_DEFAULT_K
from .dockercli import DockerError
from .fs import DIR, LINK, Node, normpath, parent_of
from .mounts import tmpfs_inodes_option, tmpfs_root, tmpfs_size_option
from .world import Container, Mount, World

VOLUMES_ROOT = "/var/lib/docker/volumes"

# moby/sys/mount flags.go: the mount(2) flags `o=` words set; the other words are its data
_FLAGS = {"ro": 0x1, "nosuid": 0x2, "nodev": 0x4, "noexec": 0x8, "sync": 0x10, "remount": 0x20,
          "dirsync": 0x80, "noatime": 0x400, "nodiratime": 0x800, "bind": 0x1000, "rbind": 0x5000,
          "relatime": 0x200000, "strictatime": 0x1000000}


def volume_data_path(name: str) -> str:
    return f"{VOLUMES_ROOT}/{name}/_data"


def volume_backing(world: World, name: str) -> str:
    """Where a volume's files are on the host: its _data folder, or for a volume created as a bind
    the device folder mounted there."""
    opts = _options(world, name)
    if opts.get("device") and {"bind", "rbind"} & set(opts.get("o", "").split(",")):
        return normpath(opts["device"], "/")
    return volume_data_path(name)


def _options(world: World, name: str) -> dict[str, str]:
    v = world.volumes.get(name)
    return dict(v.options or {}) if v is not None else {}


def is_tmpfs(world: World, name: str) -> bool:
    return _options(world, name).get("type") == "tmpfs"


def tmpfs_size_k(world: World, name: str) -> int:
    """The size= of a tmpfs volume's o= option in KiB, 0 when none was given."""
    return tmpfs_size_option(_options(world, name).get("o", "")) // 1024


def tmpfs_volume_size(world: World, name: str) -> int:
    """A tmpfs volume's size in bytes: its o= size=, else tmpfs's default (half the host's memory)."""
    return tmpfs_size_option(_options(world, name).get("o", "")) or TMPFS_DEFAULT_K * 1024


def tmpfs_volume_inodes(world: World, name: str) -> int:
    """A tmpfs volume's o= nr_inodes=, 0 when none limits them."""
    return tmpfs_inodes_option(_options(world, name).get("o", ""))


def tmpfs_volume_root(world: World, name: str) -> Node:
    """The root of a tmpfs volume while it is mounted: mode=, uid= and gid= of its o= as mm/shmem.c
    takes them (1777 and root when none), like a --tmpfs mount's."""
    mode, uid, gid = tmpfs_root(Mount("tmpfs", "", spec=_options(world, name).get("o", "")))
    return Node(DIR, mode=mode, uid=uid, gid=-1 if gid == uid else gid)


def _mount_error(world: World, name: str) -> str | None:
    """Why mounting the volume fails now, as moby's mount error says it; None when it mounts."""
    opts = _options(world, name)
    words = [w for w in opts.get("o", "").split(",") if w]
    flags = 0
    for w in words:
        flags |= _FLAGS.get(w, 0)
    if not flags & 0x1000:
        return None
    device = opts.get("device", "")
    data = ",".join(w for w in words if w not in _FLAGS)
    node = world.host.get(normpath(device, "/"))
    if node is not None and node.kind == DIR:
        return None
    why = "no such file or directory" if node is None else "not a directory"
    where = volume_data_path(name)
    return (f"error while mounting volume '{where}': failed to mount local volume: mount {device}:{where}, "
            f"flags: 0x{flags:x}{', data: ' + data if data else ''}: {why}")


def mount_volumes(world: World, c: Container) -> None:
    """At start (daemon/volumes_unix.go setupMounts, MountPoint.Setup for each): mount the volumes
    with options that no running container has mounted already, then find each one's subpath."""
    for m in c.mounts:
        if m.type != "volume":
            continue
        problem = _mount_error(world, m.source) if not _in_use(world, m.source, c) else None
        if problem is None and m.subpath:
            problem = resolve_subpath(world, m)[1]
        if problem is not None:
            raise DockerError(f"Error response from daemon: {problem}", 125)


class _GoPathError(Exception):
    """An error of Go's filepath.EvalSymlinks; missing: it is os.ErrNotExist."""

    def __init__(self, text: str, missing: bool = False) -> None:
        super().__init__(text)
        self.missing = missing


def _eval_symlinks(world: World, path: str) -> str:
    """Go's filepath.EvalSymlinks (path/filepath/symlink.go walkSymlinks) on the host: each
    component lstat'ed in turn, links followed (at most 255)."""
    parts = [p for p in path.split("/") if p not in ("", ".")]
    dest, links = "/", 0
    while parts:
        part = parts.pop(0)
        if part == "..":
            dest = parent_of(dest)
            continue
        dest = dest.rstrip("/") + "/" + part
        node = world.host.get(dest)
        if node is None:
            raise _GoPathError(f"lstat {dest}: no such file or directory", missing=True)
        if node.kind != LINK:
            if node.kind != DIR and parts:
                raise _GoPathError("not a directory")  # a bare syscall.ENOTDIR
            continue
        links += 1
        if links > 255:
            raise _GoPathError("EvalSymlinks: too many links")
        parts = [p for p in node.data.split("/") if p not in ("", ".")] + parts
        dest = "/" if node.data.startswith("/") else parent_of(dest)
    return dest


def resolve_subpath(world: World, m: Mount) -> tuple[str, str | None, bool]:
    """Where a volume mount with a volume-subpath is on the host, as moby v28.5.2
    internal/safepath Join finds it for MountPoint.Setup (volume/mounts/mounts.go): the volume's
    path and the path joined to it with their links resolved (common.go evaluatePath), which must
    stay inside it. (path, error text, whether the error is a NotFound one); path is the plain join
    when it fails."""
    base = volume_backing(world, m.source)
    combined = normpath(m.subpath, base)
    try:
        base = _eval_symlinks(world, base)
        combined = normpath(m.subpath, base)
        resolved = _eval_symlinks(world, combined)
    except _GoPathError as exc:  # safepath/errors.go ErrNotAccessible, or errors.Wrapf
        if exc.missing:
            return combined, f"cannot access path {combined}: {exc}", True
        return combined, f"error while resolving symlinks in combined path \"{combined}\": {exc}", False
    if resolved != base and not resolved.startswith(base.rstrip("/") + "/"):  # filepath.IsLocal(Rel(...))
        return combined, f"path concatenation escapes the base directory, base: {base}, subpath: {m.subpath}", False
    return resolved, None, False


def mount_data(world: World, m: Mount) -> str:
    """Where a volume mount's files are on the host: its volume's, or the folder of it that its
    volume-subpath names."""
    return resolve_subpath(world, m)[0] if m.subpath else volume_backing(world, m.source)


def populate_target(world: World, m: Mount) -> str | None:
    """Where the image's files go for a volume mount at create (daemon/create_unix.go
    populateVolume: MountPoint.Setup, whose NotFound error means nothing to copy; any other fails
    the create); None when they go nowhere."""
    if not m.subpath:
        return volume_backing(world, m.source)
    path, problem, missing = resolve_subpath(world, m)
    if missing:
        return None
    if problem is not None:
        raise DockerError(f"Error response from daemon: failed to populate volume: {problem}", 125)
    node = world.host.get(path)
    if node is not None and node.kind != DIR:
        # copyExistingContents reads the folder through Join's temporary bind of it, a file made
        # by os.CreateTemp in the daemon's TMPDIR (daemon.prepareTempDir: <root>/tmp)
        raise DockerError(f"Error response from daemon: readdirent /var/lib/docker/tmp/safe-mount"
                          f"{world.rand(4294967296, 'safe-mount')}: not a directory", 125)
    return path


def release_volumes(world: World, c: Container) -> None:
    """After c stopped: unmount the tmpfs volumes nobody else uses (their files go with it)."""
    for m in c.mounts:
        if m.type == "volume" and is_tmpfs(world, m.source) and not _in_use(world, m.source, c):
            data = volume_backing(world, m.source)
            node = world.host.get(data)
            if node is not None and world.host.children(data):
                world.host.delete(data)
                world.host.set(data, node)


def _in_use(world: World, name: str, other_than: Container) -> bool:
    return any(c is not other_than and c.running and any(m.type == "volume" and m.source == name for m in c.mounts)
               for c in world.containers.values())
