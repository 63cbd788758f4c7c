"""What a process sees: the host's disk, or a container's union mount plus its mounts.

Both views offer the same small set of file operations, raising FsError with the errno a
kernel would give; the shells turn those into each tool's message.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace

from . import budget, devfs, hostdocker, hostroot, procfs
from .archive import stated_size
from .fs import (
    BLOCK,
    CHAR,
    DIR,
    FILE,
    FREE_PATH_DEPTH,
    LINK,
    MAXSYMLINKS,
    ROOT_UID,
    WHITEOUT_NODE,
    FsError,
    Node,
    Tree,
    ancestors,
    basename,
    check_name_length,
    dir_node,
    file_node,
    is_under,
    join,
    link_node,
    normpath,
    overlay_children,
    overlay_get,
    overlay_walk,
    parent_of,
)
from .initlayer import container_init
from .localvolumes import VOLUMES_ROOT as VOLUMES_ROOT  # where other modules have long found them
from .localvolumes import is_tmpfs, mount_data, tmpfs_volume_inodes, tmpfs_volume_root, tmpfs_volume_size
from .localvolumes import volume_backing as volume_backing
from .localvolumes import volume_data_path as volume_data_path
from .mounts import tmpfs_inodes_option, tmpfs_root
from .world import MAX_BYTES, MAX_FILES, Container, Mount, World, container_image

DOCKER_ROOT = "/var/lib/docker"


@dataclass
class Loc:
    """Where a path physically lives: a plain tree (host, volume, bind, tmpfs) or the overlay."""

    tree: Tree | None  # None: the container's overlay
    inner: str  # the path inside tree (or the container path for the overlay)
    writable: bool
    device: str
    mount: Mount | None = None


class View:
    """Common file operations over a location resolver."""

    uid: int = ROOT_UID
    groups: tuple[int, ...] = ()  # the process's gid and supplementary groups, when set (docker exec -u)
    umask: int = 0o022  # the process's umask: a new file is 0666, a new folder 0777, less it (shellbuiltins.py)

    def locate(self, path: str) -> Loc:
        raise NotImplementedError

    def readable(self, node: Node) -> bool:
        """Whether this user may read the file's bytes (only the host checks: HostView)."""
        return True

    def check_access(self, path: str) -> None:
        """Raise EACCES when this user may not reach path."""

    def _get_loc(self, loc: Loc) -> Node | None:
        assert loc.tree is not None
        return dir_node() if loc.inner == "/" else loc.tree.get(loc.inner)

    def get(self, path: str) -> Node | None:
        """The entry at path (a link at its end is the link itself: lstat); links in the folders
        on its way are followed."""
        self.check_access(path)
        node = self._get_loc(self.locate(path))
        if node is None:  # not there as named: a folder on the way may be a symbolic link
            real = self.real(path)
            if real != path:
                self.check_access(real)
                node = self._get_loc(self.locate(real))
        return node

    def real(self, path: str) -> str:
        """path with the symbolic links among its folders followed, as the kernel's path walk
        does (the last name is left as it is); more than MAXSYMLINKS links is ELOOP (Linux
        fs/namei.c). A link into /proc stays (the simulator keeps no /proc: /dev/fd is one)."""
        parent = parent_of(path)
        if parent == path or self._raw_kind(parent) == DIR:
            return path  # every folder on the way is a folder as named
        followed = 0
        parts = list(filter(None, path.split("/")))
        here = "/"
        i = 0
        while i < len(parts) - 1:
            step = join(here, parts[i])
            node = self._get_loc(self.locate(step))
            if node is None:  # nothing below a missing folder is a link: the rest is as named
                return join(step, "/".join(parts[i + 1:]))
            if i >= FREE_PATH_DEPTH:
                budget.current().step()  # a folder walked past the free depth (fs.py)
            if node.kind != LINK or node.data.startswith("/proc/"):
                here, i = step, i + 1
                continue
            followed += 1
            if followed > MAXSYMLINKS:
                raise FsError("ELOOP", path)
            target = normpath(node.data, here)
            parts = [p for p in target.split("/") if p] + parts[i + 1:]
            here, i = "/", 0
        return join(here, parts[-1]) if parts else "/"

    def _raw_kind(self, path: str) -> str | None:
        try:
            node = self._get_loc(self.locate(path))
        except FsError:
            return None
        return None if node is None else node.kind

    def children(self, path: str) -> list[str]:
        path = self.real(path)
        self.check_access(path)
        loc = self.locate(path)
        assert loc.tree is not None
        return loc.tree.children(loc.inner)

    def links(self, path: str, node: Node) -> int:
        """st_nlink, as stat(2) and ls -l show it: 1 for what is not a folder (no hard links are
        simulated); for a folder 2 and one for each folder in it (its name in its parent, its own
        ".", each subfolder's ".."), as ext4 and tmpfs count, on the file system it lies on."""
        if node.kind != DIR:
            return 1
        try:
            return self._dir_links(self.locate(self.real(path)))
        except FsError:
            return 2

    def _dir_links(self, loc: Loc) -> int:
        assert loc.tree is not None
        return 2 + subfolders(loc.tree, loc.inner)

    def stat_size(self, path: str, node: Node) -> tuple[int, int]:
        """(st_size, KiB in blocks) that ls -l and stat show for node at path: a directory is one 4 KiB
        block on the disk, a device has no size, a link is as long as its target and takes no block."""
        if node.kind == DIR:
            path = self.real(path)
            loc = self.locate(path)
            if loc.mount is not None and loc.mount.type == devfs.RUNTIME:
                fs = devfs.fs_of(loc.mount.destination) if loc.inner == "/" else "tmpfs"
                return devfs.dir_size(fs, len(self.children(path))), 0
            if loc.mount is not None and loc.mount.type == procfs.PROC:
                return 0, 0  # procfs folders say 0 bytes
            if loc.mount is not None and (loc.mount.type == "tmpfs" or self.tmpfs_of(loc) is not None):
                return devfs.dir_size("tmpfs", len(self.children(path))), 0
            return 4096, 4
        if node.kind in (CHAR, BLOCK):
            return 0, 0
        return node.size, 0 if node.kind == LINK else -(-node.size // 4096) * 4

    # -- writes ------------------------------------------------------------------------------

    def _writable(self, loc: Loc, path: str) -> None:
        if not loc.writable:
            raise FsError("EROFS", path)

    def _may_write(self, path: str, entry: bool) -> None:
        """Raise EACCES when this user may not change path: its entry in the parent folder
        (create, delete, rename), or else the file's own bytes."""

    def _require_parent_dir(self, path: str) -> None:
        parent = self.get(parent_of(path))
        if parent is None:
            raise FsError("ENOENT", path)
        if parent.kind != DIR:
            raise FsError("ENOTDIR", path)

    def write_file(self, path: str, data: str, append: bool = False, size: int | None = None) -> None:
        path = self.real(path)
        check_name_length(path)
        existing = self.get(path)
        if existing is not None and existing.kind == DIR:
            raise FsError("EISDIR", path)
        if existing is not None and existing.kind == LINK and devfs.device_of(self.get, path) is None:
            # a learner's symbolic link: the bytes go where it points (a new file there if none is)
            target, node = devfs.resolve(self.get, path)
            if node is None or node.kind != LINK:
                self.write_file(target, data, append, size)
                return
        if existing is not None and existing.kind in (CHAR, BLOCK, LINK):
            # a device takes the bytes and keeps none (/dev/full refuses them); a link is one of
            # /dev's to the process's own streams, which no file here stands for
            devfs.write_device(devfs.device_of(self.get, path) or "")
            return
        self._require_parent_dir(path)
        loc = self.locate(path)
        self._writable(loc, path)
        self._may_write(path, existing is None)
        if existing is None:
            self._take_inode(loc, path)
        if append and existing is not None:
            if size is None and existing.size > len(existing.data.encode()):
                # a stand-in (a program's bytes are not held): it grows by what is appended
                size = existing.size + len(data.encode())
            data = existing.data + data
        uid = existing.uid if existing is not None else self.uid
        mode = existing.mode if existing is not None else 0o666 & ~self.umask
        if size is None:  # an archive's bytes are held compactly: it states its size (app/engine/archive.py)
            size = stated_size(data)
        node = file_node(data, uid=uid, mode=mode, size=size)
        room = self._tmpfs_room(loc, existing)
        full = room is not None and node.size > room
        if full:  # the pages that fit are written, the first that does not is ENOSPC (mm/shmem.c)
            data = data.encode()[:room].decode("utf-8", "ignore")
            node = file_node(data, uid=uid, mode=mode)
        # the cap bounds what is really stored (a stand-in's size is only shown, never held)
        self._budget(len(data) - (len(existing.data) if existing is not None else 0), 0 if existing is not None else 1)
        self._put(loc, path, node)
        if full:
            raise FsError("ENOSPC", path)

    def _tmpfs_room(self, loc: Loc, existing: Node | None) -> int | None:
        """The most bytes a file at loc may hold when loc is on a tmpfs (what its size leaves, the
        file's own pages included); None elsewhere."""
        return None

    def tmpfs_of(self, loc: Loc) -> tuple[Tree, str, int] | None:
        return None

    def _take_inode(self, loc: Loc, path: str) -> None:
        """A new entry on a tmpfs mounted with nr_inodes=: ENOSPC when its inodes, the root's
        among them, are all taken (mm/shmem.c shmem_reserve_inode)."""

    def make_filled_dir(self, path: str, entries: list[tuple[str, Node]]) -> bool:
        """mkdir path and put entries (paths relative to it, each folder before what it holds) in it,
        as that many mkdir and write calls would, in one go. False, with nothing written, when a mount
        point lies inside path: those go one by one. Raises what mkdir(path) raises."""
        path, loc = self._new_entry(path)
        if self._mounts_below(path) or self.tmpfs_of(loc) is not None:
            return False  # (on a tmpfs, one by one: the file that does not fit fails alone)
        for rel, _ in entries:
            check_name_length(join(path, rel))
        self._budget(sum(len(node.data) for _, node in entries), len(entries) + 1)
        self._put(loc, path, dir_node(self.uid))
        for rel, node in entries:
            self._put_below(loc, join(path, rel), join(loc.inner, rel), node)
        return True

    def _mounts_below(self, path: str) -> bool:
        return False

    def _put_below(self, loc: Loc, path: str, inner: str, node: Node) -> None:
        """An entry inside a folder _put just made at loc (nothing of it exists yet, in any layer)."""
        assert loc.tree is not None
        loc.tree.set(inner, node)

    def touch(self, path: str) -> None:
        """Create an empty file, or update the times of an existing one (which copies it up)."""
        path = self.real(path)
        check_name_length(path)
        existing = self.get(path)
        if existing is not None:
            loc = self.locate(path)
            self._writable(loc, path)
            if existing.uid != self.uid:  # utimensat(2) to now: the owner, or who may write it
                self._may_write(path, False)
            self._touched(loc, path, existing)
            return
        self.write_file(path, "")

    def _touched(self, loc: Loc, path: str, node: Node) -> None:
        pass

    def chmod(self, path: str, mode: int) -> None:
        """Set the permission bits of an existing entry: a metadata change, which overlayfs makes by
        copying the file up (a directory is copied up alone, not opaque). Only its owner or root
        may (EPERM)."""
        path = self.real(path)
        node = self.get(path)
        if node is None:
            raise FsError("ENOENT", path)
        if self.uid != ROOT_UID and node.uid != self.uid:
            raise FsError("EPERM", path)
        loc = self.locate(path)
        self._writable(loc, path)
        self._copying_up(loc, path, node)
        self._put(loc, path, replace(node, mode=mode))

    def _copying_up(self, loc: Loc, path: str, node: Node) -> None:
        pass

    def _new_entry(self, path: str) -> tuple[str, Loc]:
        """Where a new name at path goes (links among its folders followed), after the checks
        mkdir(2) and symlink(2) make: its length, nothing there yet (EEXIST, even a dangling link),
        a folder to hold it, and the right to write there."""
        path = self.real(path)
        check_name_length(path)
        if self.get(path) is not None:
            raise FsError("EEXIST", path)
        self._require_parent_dir(path)
        loc = self.locate(path)
        self._writable(loc, path)
        self._may_write(path, True)
        self._take_inode(loc, path)
        return path, loc

    def mkdir(self, path: str) -> None:
        path, loc = self._new_entry(path)
        self._budget(0, 1)
        self._put(loc, path, dir_node(self.uid, mode=0o777 & ~self.umask))

    def symlink(self, path: str, target: str) -> None:
        """A symbolic link at path to target (symlink(2): EEXIST when anything is there, even a
        dangling link; the target need not exist)."""
        path, loc = self._new_entry(path)
        self._budget(len(target), 1)
        self._put(loc, path, link_node(target, self.uid))

    def remove(self, path: str, recursive: bool = False) -> None:
        path = self.real(path)
        node = self.get(path)
        if node is None:
            raise FsError("ENOENT", path)
        if node.kind == DIR and not recursive and self.children(path):
            raise FsError("ENOTEMPTY", path)
        loc = self.locate(path)
        if self._mount_point(loc):
            raise FsError("EBUSY", path)
        self._writable(loc, path)
        self._may_write(path, True)
        self._delete(loc, path)

    def _mount_point(self, loc: Loc) -> bool:
        return loc.mount is not None and loc.inner == self._mount_root(loc)

    def is_mount_point(self, path: str) -> bool:
        """Whether something is mounted at path itself (unlink, rmdir and rename of it are EBUSY)."""
        return self._mount_point(self.locate(self.real(path)))

    def mounts_below(self, path: str) -> bool:
        """Whether something is mounted inside the folder at path."""
        return self._mounts_below(self.real(path))

    def rename(self, src: str, dst: str) -> None:
        src, dst = self.real(src), self.real(dst)
        node = self.get(src)
        if node is None:
            raise FsError("ENOENT", src, dst)
        self._require_parent_dir(dst)
        # rename(2) (Linux fs/namei.c do_renameat2, vfs_rename): EXDEV when the two folders are on
        # different mounts, then EBUSY when either name is itself a mount point
        if self.locate(parent_of(src)).device != self.locate(parent_of(dst)).device:
            raise FsError("EXDEV", src, dst)
        a, b = self.locate(src), self.locate(dst)
        if self._mount_point(a) or self._mount_point(b):
            raise FsError("EBUSY", src, dst)
        if node.kind == DIR and dst != src and is_under(dst, src):
            raise FsError("EINVAL", src, dst)  # rename(2): a directory cannot go inside itself
        self._writable(a, src)
        self._writable(b, dst)
        self._may_write(src, True)
        self._may_write(dst, True)
        if node.kind == DIR and a.tree is None and not self._dir_on_top(src):
            raise FsError("EXDEV", src, dst)
        self._copy(src, dst)
        self._delete(a, src)

    def copy_file(self, src: str, dst: str) -> None:
        node = self.get(src)
        if node is None:
            raise FsError("ENOENT", src, dst)
        if node.kind == DIR:
            raise FsError("EISDIR", src, dst)
        # a link here is one of /dev's into /proc (fs.LINK): what it reads is no file's bytes
        # a stand-in's copy is as long as the program it stands for (cp copies every byte); a file
        # of /proc, whose stat says 0, gives what is read from it
        data = "" if node.kind == LINK else node.data
        new = self.get(dst) is None
        self.write_file(dst, data, size=node.size if node.size > len(data.encode()) else None)
        if new and node.kind == FILE and node.mode & 0o777 & ~self.umask != 0o666 & ~self.umask:
            # a new copy takes the source's permissions less the umask: a program stays one
            # (coreutils copy.c copy_reg, BusyBox libbb/copy_file.c open with the source's mode)
            self.chmod(dst, node.mode & 0o777 & ~self.umask)

    def _copy(self, src: str, dst: str) -> None:
        """Put src's entries at dst, parents first (one step each, no recursion)."""
        spent = budget.current()
        todo = [(src, dst)]
        while todo:
            s, d = todo.pop()
            spent.step()
            node = self.get(s)
            assert node is not None
            self._put(self.locate(d), d, node)
            if node.kind == DIR:
                todo.extend((join(s, name), join(d, name)) for name in reversed(self.children(s)))

    def _dir_on_top(self, path: str) -> bool:
        return True

    def _mount_root(self, loc: Loc) -> str:
        return ""

    def _budget(self, bytes_delta: int, files_delta: int) -> None:
        pass

    def _put(self, loc: Loc, path: str, node: Node) -> None:
        assert loc.tree is not None
        loc.tree.set(loc.inner, node)

    def _delete(self, loc: Loc, path: str) -> None:
        assert loc.tree is not None
        loc.tree.delete(loc.inner)


class _Budgeted(View):
    """Counts what this view writes against the world's caps (measured once, then tracked)."""

    world: World
    _usage: list[int] | None = None

    def _budget(self, bytes_delta: int, files_delta: int) -> None:
        if self._usage is None:
            trees = [self.world.host, *(c.rw for c in self.world.containers.values())]
            used = sum(t.data_bytes() for t in trees)  # (each tree keeps its count: fs.Tree)
            self._usage = [self.world.file_count(), used]
        files, used = self._usage
        if files_delta > 0 and files + files_delta > MAX_FILES:
            raise FsError("ENOSPC")
        if bytes_delta > 0 and used + bytes_delta > MAX_BYTES:
            raise FsError("ENOSPC")
        self._usage = [files + files_delta, used + bytes_delta]

    def _touched(self, loc: Loc, path: str, node: Node) -> None:
        """touch of an existing file: only its times change, to the simulated clock (fs.Node.mtime)."""
        self._put(loc, path, replace(node, mtime=self.world.clock))


# The host's folders the learner may not enter (their modes give others no x: hostroot.CLOSED)
_CLOSED_BELOW = tuple(p + "/" for p in hostroot.CLOSED)
# The mount HostView.locate gives the daemon's folders it derives (app/engine/hostdocker.py).
_DOCKER_FOLDERS = Mount("docker-folders", DOCKER_ROOT, rw=False)
_DOCKER_PREFIX = hostdocker.PREFIX


class HostView(_Budgeted):
    """The learner's machine. Docker's data area is root's alone."""

    def __init__(self, world: World, uid: int) -> None:
        self.world = world
        self.uid = uid

    def locate(self, path: str) -> Loc:
        if path.startswith(_DOCKER_PREFIX):  # the daemon's folders, derived from the world
            found = hostdocker.locate(self.world, path)
            if found is not None:
                return Loc(found[0], found[1] or "/", False, "host", _DOCKER_FOLDERS)
        dest = devfs.host_mount(path) if path.startswith("/dev") else None
        if dest is not None:  # the machine's /dev, in no file of its disk (app/engine/devfs.py)
            return Loc(devfs.host_tree(dest), path[len(dest):] or "/", False, "dev:" + dest, Mount(devfs.RUNTIME, dest))
        return Loc(self.world.host, path, True, "host")

    def _get_loc(self, loc: Loc) -> Node | None:
        if loc.mount is _DOCKER_FOLDERS:
            return hostdocker.shown(super()._get_loc(loc))
        if loc.mount is not None and loc.inner == "/":
            return devfs.root_node(loc.mount.destination)
        return super()._get_loc(loc)

    def _dir_links(self, loc: Loc) -> int:
        """The host's folders, with those its listings add: / has /dev, /var/lib/docker the
        daemon's folders (made from the world, in no tree)."""
        if isinstance(loc.tree, hostdocker.MergedTree):  # a running container's merged/: its overlay
            return overlay_dir_links(loc.tree.layers, loc.inner)
        links = super()._dir_links(loc)
        if loc.tree is self.world.host and loc.inner in ("/", DOCKER_ROOT):
            names = ["dev"] if loc.inner == "/" else sorted(hostdocker.NAMES)
            for name in names:
                path = join(loc.inner, name)
                node = None if path in loc.tree.entries else self._raw_node(path)
                links += node is not None and node.kind == DIR
        return links

    def _raw_node(self, path: str) -> Node | None:
        try:
            return self._get_loc(self.locate(path))
        except FsError:
            return None

    def check_access(self, path: str) -> None:
        if self.uid != ROOT_UID and path.startswith(_CLOSED_BELOW):
            raise FsError("EACCES", path)

    def readable(self, node: Node) -> bool:
        """Whether the learner may read the file: its mode's bits for its owner, its group (the
        learner's groups: hostroot.LEARNER_GIDS) or others (/etc/shadow is root:shadow 0640)."""
        if self.uid == ROOT_UID or node.kind != FILE:
            return True
        group = node.gid if node.gid != -1 else node.uid
        bit = 0o400 if node.uid == self.uid else 0o040 if group in hostroot.LEARNER_GIDS else 0o004
        return bool(node.mode & bit)

    def children(self, path: str) -> list[str]:
        path = self.real(path)
        if self.uid != ROOT_UID and path in hostroot.CLOSED:
            raise FsError("EACCES", path)
        names = super().children(path)
        if path == DOCKER_ROOT and self.uid == ROOT_UID:
            return sorted({*names, *hostdocker.NAMES})
        return sorted({*names, "dev"}) if path == "/" else names

    def write_file(self, path: str, data: str, append: bool = False, size: int | None = None) -> None:
        if path.startswith(hostdocker.PREFIX) and self.uid == ROOT_UID:
            self._writable(self.locate(self.real(path)), path)  # (a whiteout takes no bytes either)
        super().write_file(path, data, append, size)

    def _writable(self, loc: Loc, path: str) -> None:
        if loc.mount is _DOCKER_FOLDERS:
            raise budget.OverBudget(hostdocker.REFUSED, 1)
        if loc.mount is not None:
            # new files in the host's /dev are not kept: its devices are, and their writes are the
            # devices' own (View.write_file)
            raise FsError("EACCES", path)
        if self.uid == ROOT_UID:
            return
        target = self.world.host.get(path)
        owner = target if target is not None else self.world.host.get(parent_of(path))
        if path.startswith("/home/learner") and (owner is None or owner.uid == self.uid
                                                  or target is None or target.kind == DIR):
            return
        if path.startswith("/tmp"):
            return
        raise FsError("EACCES", path)


# /etc/resolv.conf, /etc/hostname and /etc/hosts: files the daemon writes for the container and
# bind-mounts over the init layer's at each start (moby v28.5.2 container/container_unix.go
# NetworkMounts, daemon/volumes_unix.go setupMounts): writes go to them, not to the container's
# layer (docker diff never shows them), and rm or mv of one is EBUSY. Writable unless --read-only.
NETWORK_FILE = "network-file"
_FILE = "/file"  # where a network file's tree holds it
NETWORK_FILE_PATH = _FILE


def _network_mounts(c: Container, mounts: list[Mount]) -> list[Mount]:
    """The three network files a process sees, but where the container mounts something itself."""
    users = {m.destination for m in mounts}
    return [Mount(NETWORK_FILE, dest, rw=not c.read_only)
            for dest in ("/etc/resolv.conf", "/etc/hostname", "/etc/hosts") if dest not in users]


def inode_number(path: str) -> int:
    """The inode number stat and ls -i show for path: no file system keeps one here, so a stable
    number made from the path (seven digits, as BusyBox ls's "%7llu" column fits)."""
    return 1_000_000 + zlib.crc32(path.encode()) % 999_983


def subfolders(tree: Tree, path: str) -> int:
    """How many folders tree holds directly inside path."""
    count = 0
    for name in tree.children(path):
        node = tree.get(join(path, name))
        count += node is not None and node.kind == DIR
    return count


def overlay_dir_links(layers: list[Tree], path: str) -> int:
    """A folder's st_nlink in an overlay mount, upper layer first (Linux fs/overlayfs/inode.c
    ovl_getattr): 1 when the folder is merged, there in two layers or more (the lookup goes on
    below a folder that is not opaque, util.c ovl_path_type: __OVL_PATH_MERGE), else what its one
    layer's folder has on the backing ext4. The root of a container's overlay is always merged."""
    if path == "/":
        return 1 if len(layers) > 1 else 2 + subfolders(hostdocker.on_disk(layers[0]), "/")
    found: Tree | None = None
    for layer in layers:
        disk = hostdocker.on_disk(layer)  # with the folders a layer's tree leaves out
        node = disk.get(path)
        if node is None:
            blockers = disk.blockers()
            if blockers and not blockers.isdisjoint(ancestors(path)):
                break  # a folder above it whited out, or opaque, here: nothing below shows
            continue
        if node.kind != DIR:
            break  # a whiteout, or a file that hides the folders below
        if found is not None:
            return 1
        found = disk
        if node.opaque:
            break
    return 2 if found is None else 2 + subfolders(found, path)


def image_root(m: Mount) -> str:
    """Where an image mount's target looks into its image: image-subpath's folder, else the root
    (volume/mounts/mounts.go Setup: safepath.Join of the layer's mount path and the subpath)."""
    return normpath("/" + m.image_subpath)


# Mounts a container's view sorts and a lookup tries for free; past them, a step for every
# MOUNTS_A_STEP of them. Each lookup tries the mount points deepest first and runc's mounts are made
# one at a time, each in a view of those before it: a `docker run` with 5,000 --tmpfs took 4.2 s,
# its lookups uncharged (docker itself sets no bound; the kernel's fs.mount-max is 100,000).
FREE_MOUNTS = 64
MOUNTS_A_STEP = 4


class ContainerView(_Budgeted):
    """A container's root: the overlay of its image layers and its read-write layer, with its
    mounts on top, the deepest mount point winning (daemon/volumes.go sortMounts). With devices, the
    view of a process in it, which has the runtime's /dev too; without, the files as the daemon and
    the page see them."""

    def __init__(self, world: World, container: Container, lowers: list[Tree] | None = None,
                 mounts: list[Mount] | None = None, devices: bool = False) -> None:
        self.world = world
        self.c = container
        self.uid = ROOT_UID
        image = container_image(world, container)
        # the init layer (app/engine/initlayer.py) sits under the read-write layer of a container
        self.lowers = lowers if lowers is not None else (
            [container_init(world, container), *world.image_layers(image)]
            if image else [])
        active = container.mounts if mounts is None else mounts
        if devices:  # a process's own view: the runtime's /dev and /proc as well (devfs.py, procfs.py)
            active = [*active, *devfs.container_mounts(container), Mount(procfs.PROC, "/proc", rw=False)]
        self._proc: Tree | None = None
        self._image_trees: dict[str, Tree] = {}
        if len(active) > FREE_MOUNTS:
            budget.current().step(len(active) // MOUNTS_A_STEP)
        self.mounts = sorted(active, key=lambda m: m.destination.count("/"), reverse=True)
        # the network files are kept apart: /proc/mounts and df list them on their own
        self.network_files = _network_mounts(container, active) if devices else []

    def mount_for(self, path: str) -> Mount | None:
        if len(self.mounts) > FREE_MOUNTS:
            budget.current().step(len(self.mounts) // MOUNTS_A_STEP)
        for m in [*self.network_files, *self.mounts]:  # a file: nothing is mounted deeper
            if is_under(path, m.destination):
                return m
        return None

    def locate(self, path: str) -> Loc:
        m = self.mount_for(path)
        if m is None:
            return Loc(None, path, not self.c.read_only, "rootfs")
        rel = path[len(m.destination):] if m.destination != "/" else path
        if m.type == devfs.RUNTIME:
            return Loc(devfs.runtime_tree(self.c, m.destination), rel or "/", True, "tmpfs:" + m.destination, m)
        if m.type == procfs.PROC:
            if self._proc is None:
                self._proc = procfs.proc_tree(self.world, self.c, self.mounts)
            return Loc(self._proc, rel or "/", False, "proc", m)
        if m.type == "tmpfs":
            tree = self.c.tmpfs.setdefault(m.destination, Tree())
            return Loc(tree, rel or "/", m.rw, "tmpfs:" + m.destination, m)
        if m.type == NETWORK_FILE:
            return Loc(self._network_file(m.destination), _FILE + rel, m.rw, "mnt:" + m.destination, m)
        if m.type == "image":
            return Loc(self.image_tree(m), normpath(image_root(m) + rel), False, "mnt:" + m.destination, m)
        base = mount_data(self.world, m) if m.type == "volume" else m.source
        # (a bind of the host's root, -v /:/h: its files are at their own paths, not under "//")
        return Loc(self.world.host, base + rel if base != "/" else rel or "/", m.rw, "mnt:" + m.destination, m)

    def image_tree(self, m: Mount) -> Tree:
        """An image mount's files: its image's layers merged, as its own overlay mount shows them
        (daemon/volumes.go registerMountPoints: a layer on the image's, mounted read-only)."""
        if m.destination not in self._image_trees:
            layers = [self.world.layers[lid].tree for lid in reversed(m.image_layers) if lid in self.world.layers]
            self._image_trees[m.destination] = Tree(dict(overlay_walk(layers, "/")))
        return self._image_trees[m.destination]

    def _network_file(self, dest: str) -> Tree:
        """The file the daemon bind-mounts at dest: the one written for this start (the init
        layer's copy) until a process writes it, then kept with the container's tmpfs trees
        until it stops (the next start writes it afresh)."""
        tree = self.c.tmpfs.get(dest)
        if tree is None:
            tree = Tree()
            node = container_init(self.world, self.c).get(dest)
            tree.set(_FILE, node if node is not None else Node(FILE))
        return tree

    def _mount_root(self, loc: Loc) -> str:
        m = loc.mount
        if m is None:
            return ""
        if m.type == NETWORK_FILE:
            return _FILE
        if m.type in ("tmpfs", devfs.RUNTIME, procfs.PROC):
            return "/"
        if m.type == "image":
            return image_root(m)
        return mount_data(self.world, m) if m.type == "volume" else m.source

    def _get_loc(self, loc: Loc) -> Node | None:
        if loc.tree is None:
            return overlay_get([self.c.rw, *self.lowers], loc.inner)
        if loc.mount is not None and loc.inner == self._mount_root(loc):
            if loc.mount.type == devfs.RUNTIME:
                return devfs.root_node(loc.mount.destination)
            if loc.mount.type == procfs.PROC:
                return procfs.ROOT_NODE
            if loc.mount.type == "tmpfs" and loc.tree.get(loc.inner) is None:
                mode, uid, gid = tmpfs_root(loc.mount)  # the kernel's root of a fresh tmpfs: 1777 unless mode=
                return Node(DIR, mode=mode, uid=uid, gid=-1 if gid == uid else gid)
            if loc.mount.type == "volume" and not loc.mount.subpath and is_tmpfs(self.world, loc.mount.source):
                return tmpfs_volume_root(self.world, loc.mount.source)  # the tmpfs mounted on _data
            return loc.tree.get(loc.inner) or dir_node()
        return super()._get_loc(loc)

    def _dir_links(self, loc: Loc) -> int:
        if loc.tree is None:
            return overlay_dir_links([self.c.rw, *self.lowers], loc.inner)
        return super()._dir_links(loc)

    def _tmpfs_room(self, loc: Loc, existing: Node | None) -> int | None:
        fs = self.tmpfs_of(loc)
        if fs is None:
            return None
        tree, top, size = fs
        free = devfs.tmpfs_pages_k(size) * 1024 - devfs.tmpfs_used_k(tree, top) * 1024
        return max(free, 0) + (devfs.file_pages(existing.size) * devfs.PAGE if existing is not None else 0)

    def _take_inode(self, loc: Loc, path: str) -> None:
        fs = self.tmpfs_of(loc)
        m = loc.mount
        if fs is None or m is None:
            return
        if m.type == "volume":
            limit = tmpfs_volume_inodes(self.world, m.source)
        else:
            limit = tmpfs_inodes_option(m.spec) if m.type == "tmpfs" else 0
        tree, top, _ = fs
        if limit and 1 + sum(1 for _ in tree.walk(top)) >= limit:
            raise FsError("ENOSPC", path)

    def tmpfs_of(self, loc: Loc) -> tuple[Tree, str, int] | None:
        """The tmpfs loc is on: its tree, its root in that tree and its size in bytes (the size= it
        was mounted with: --tmpfs, --mount tmpfs-size, --shm-size, a tmpfs volume's o=; else half
        the host's memory, tmpfs's own default); None when loc is on no tmpfs."""
        m = loc.mount
        if m is None or loc.tree is None:
            return None
        if m.type == "tmpfs":
            return loc.tree, "/", m.tmpfs_size or devfs.TMPFS_DEFAULT_K * 1024
        if m.type == devfs.RUNTIME and m.destination == "/dev/shm":
            return loc.tree, "/", devfs.shm_bytes(self.c)
        if m.type == devfs.RUNTIME and m.destination == devfs.DEV:
            return loc.tree, "/", devfs.DEV_TMPFS_K * 1024
        if m.type == "volume" and is_tmpfs(self.world, m.source):
            return loc.tree, volume_backing(self.world, m.source), tmpfs_volume_size(self.world, m.source)
        return None

    def _writable(self, loc: Loc, path: str) -> None:
        if loc.mount is not None and loc.mount.type == devfs.RUNTIME and devfs.fs_of(loc.mount.destination) == "devpts":
            raise FsError("EACCES", path)  # devpts makes its own entries: it has no create (fs/devpts/inode.c)
        super()._writable(loc, path)

    def _may_write(self, path: str, entry: bool) -> None:
        """A process that is not root writes where the mode bits let its user or groups
        (docker exec -u): the parent folder for an entry, the file for its bytes."""
        if self.uid == ROOT_UID:
            return
        node = self.get(parent_of(path) if entry else path)
        if node is None:
            return
        group = node.gid if node.gid != -1 else node.uid
        bit = 0o200 if node.uid == self.uid else 0o020 if group in self.groups else 0o002
        if not node.mode & bit:
            raise FsError("EACCES", path)

    def children(self, path: str) -> list[str]:
        path = self.real(path)
        loc = self.locate(path)
        if loc.tree is None:
            names = set(overlay_children([self.c.rw, *self.lowers], path))
        else:
            names = set(loc.tree.children(loc.inner))
        for m in self.mounts:
            if m.destination != path and parent_of(m.destination) == path:
                names.add(basename(m.destination))
        return sorted(names)

    def remove(self, path: str, recursive: bool = False) -> None:
        """rm -r over a tree with mount points inside: what lies in them is deleted through the
        mount, but a mount point itself cannot go (EBUSY), and so neither can its parents."""
        path = self.real(path)
        nested = [m for m in [*self.mounts, *self.network_files]
                  if m.destination != path and is_under(m.destination, path)]
        node = self.get(path)
        if not (recursive and nested and node is not None and node.kind == DIR):
            return super().remove(path, recursive)
        busy = self._clear(path)
        raise FsError("EBUSY", busy or path)

    def _clear(self, path: str) -> str | None:
        """Delete what can be deleted below path; the first mount point that stays, if any."""
        first: str | None = None
        for name in self.children(path):
            child = join(path, name)
            node = self.get(child)
            if node is None:
                continue
            points = [m.destination for m in [*self.mounts, *self.network_files] if is_under(m.destination, child)]
            if node.kind == DIR and points:
                busy = self._clear(child)
                first = first or busy or child
            elif points:  # a file mounted there (a bind, a network file) stays
                first = first or child
            else:
                super().remove(child, recursive=True)
        return first

    def _touched(self, loc: Loc, path: str, node: Node) -> None:
        """A new mtime is a metadata change: overlayfs copies the file up (DOC-DRV)."""
        self._copying_up(loc, path, node)
        super()._touched(loc, path, node)

    def _copying_up(self, loc: Loc, path: str, node: Node) -> None:
        if loc.tree is None and path not in self.c.rw:
            self._budget(node.size, 1)

    def _mounts_below(self, path: str) -> bool:
        return any(m.destination != path and is_under(m.destination, path)
                   for m in [*self.mounts, *self.network_files])

    def _put_below(self, loc: Loc, path: str, inner: str, node: Node) -> None:
        # (the folder just made hides whatever lower layers held below it: it is new, or opaque)
        if loc.tree is None:
            self.c.rw.set(path, node)
        else:
            super()._put_below(loc, path, inner, node)

    def _dir_on_top(self, path: str) -> bool:
        """overlayfs renames a directory only when it lives wholly in the upper layer."""
        return overlay_get(self.lowers, path) is None

    def _put(self, loc: Loc, path: str, node: Node) -> None:
        if loc.tree is not None:
            if loc.mount is not None and loc.mount.type == NETWORK_FILE:
                self.c.tmpfs[loc.mount.destination] = loc.tree  # written: kept until the container stops
            return super()._put(loc, path, node)
        self._copy_up_parents(path)
        below = overlay_get(self.lowers, path)
        if node.kind == DIR and self.c.rw.get(path) is WHITEOUT_NODE and below is not None:
            node = Node(DIR, "", 0, node.mode, node.uid, opaque=True)
        self.c.rw.set(path, node)

    def _copy_up_parents(self, path: str) -> None:
        for anc in reversed(list(ancestors(path))):
            if anc not in self.c.rw:
                node = overlay_get(self.lowers, anc)
                self.c.rw.set(anc, node if node is not None else dir_node())

    def _delete(self, loc: Loc, path: str) -> None:
        if loc.tree is not None:
            return super()._delete(loc, path)
        self.c.rw.delete(path)
        if overlay_get(self.lowers, path) is not None:
            self._copy_up_parents(path)
            self.c.rw.set(path, WHITEOUT_NODE)

    def ensure_mountpoint(self, m: Mount) -> None:
        """Create a mount point directory where the runtime would (in the layer or in the
        mount below it, this view holding only the mounts applied before m). Raises
        FsError(EROFS) when the place below is read-only."""
        self.make_dirs(m.destination)

    def make_dirs(self, path: str) -> None:
        """mkdir -p as the runtime does it while it sets the container's root up, before the root
        is made read-only: each missing folder (root's, 0755) where it lands, in the container's
        layer or in the mount that holds it. Raises FsError(EROFS) when that mount is read-only."""
        node = self.get(path)
        if node is not None:
            return
        missing = [path]
        for anc in ancestors(path):
            if self.get(anc) is not None:
                break
            missing.append(anc)
        for p in reversed(missing):
            loc = self.locate(p)
            if loc.tree is None:
                self._put(loc, p, dir_node())
            else:
                if not loc.writable:
                    raise FsError("EROFS", p)
                loc.tree.ensure_dirs(loc.inner)
