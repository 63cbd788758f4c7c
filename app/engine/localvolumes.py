"""The local volume driver's own mounts: a volume created with options (`docker volume create
--opt type=... --opt device=... --opt o=...`) is a file system mounted on the volume's _data folder
while a container uses it (moby v28.5.2 volume/local/local_unix.go: needsMount, mount; local.go
Mount counts the users and Unmount takes it away when the last one is gone).

Two kinds are simulated, the ones a learner meets without a network: a bind (o=bind or rbind:
the volume's data is the device folder on the host, which must exist when a container starts) and
tmpfs (type=tmpfs: memory, empty at each mount, gone when the last container using it stops).
Other types (nfs, cifs, a block device) keep their data in _data as a plain volume does.
"""

from __future__ import annotations

from .dockercli import DockerError
from .fs import DIR, normpath
from .mounts import tmpfs_size_option
from .world import Container, World

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
    """At start: mount the volumes with options that no running container has mounted already."""
    for m in c.mounts:
        if m.type == "volume" and not _in_use(world, m.source, c):
            problem = _mount_error(world, m.source)
            if problem is not None:
                raise DockerError(f"Error response from daemon: {problem}", 125)


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
