"""`docker cp`: files and folders between a container and the host, as the CLI
(cli/command/container/cp.go), go-archive's copy rules (copy.go, archive.go) and the daemon
(daemon/archive_unix.go, containerfs_linux.go) move them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from . import archive as tarfile
from . import budget, events
from .dockercli import Args, Ctx, DockerError
from .formatting import human_size
from .fs import DIR, FILE, LINK, FsError, Node, dir_node, is_under, normpath
from .gopath import (
    asserts_directory,
    go_base,
    go_clean,
    go_dir,
    go_join,
    preserve_trailing,
    split_path_dir_entry,
)
from .gotemplate import go_quote
from .toolkit import emit_text
from .views import ContainerView, Loc, View
from .world import Container, Mount, World

# The Go text of the errnos a copy meets (syscall.Errno.Error()).
GO_ERRNO = {"ENOENT": "no such file or directory", "ENOTDIR": "not a directory", "EACCES": "permission denied",
            "EISDIR": "is a directory", "EROFS": "read-only file system", "ENOSPC": "no space left on device",
            "EEXIST": "file exists", "ENAMETOOLONG": "file name too long", "EBUSY": "device or resource busy",
            "ENOTEMPTY": "directory not empty", "EXDEV": "invalid cross-device link", "EINVAL": "invalid argument"}

T = TypeVar("T")


def _go_err(op: str, path: str, exc: FsError) -> str:
    return f"{op} {path}: {GO_ERRNO.get(exc.code, exc.code.lower())}"


@dataclass
class Archive:
    """A tar stream as go-archive's TarWithOptions writes one resource: the name its first entry
    takes, and every entry below it (path relative to that name), parents first."""

    base: str
    entries: list[tuple[str, Node]] = field(default_factory=list)

    def names(self) -> list[tuple[str, Node]]:
        """Each entry's name in the stream, not cleaned ("./a.txt" under the base ".")."""
        prefix = "" if self.base == "/" else self.base  # the root's entries are "/bin", "/etc"...
        return [(f"{prefix}/{rel}" if rel else self.base, node) for rel, node in self.entries]

    def size(self) -> int:
        """Bytes of the stream: a 512-byte header per entry (and a PAX header when the name needs
        one), the data padded to 512 bytes, and archive/tar's two closing blocks."""
        total = 1024
        for name, node in self.names():
            name = name + "/" if node.kind == DIR and not name.endswith("/") else name
            total += 512 + _pax_size(name)
            if node.kind == FILE:
                total += -(-node.size // 512) * 512
        return total


def _pax_size(name: str) -> int:
    """archive/tar's PAX 'path' record, written when USTAR cannot hold the name (Go writer.go)."""
    raw = name.encode()
    if raw.isascii() and (len(raw) <= 100 or _splits_ustar(name)):
        return 0
    body = len(f" path={name}\n".encode())
    n = body + len(str(body))
    n = body + len(str(n))
    return 512 + -(-n // 512) * 512


def _splits_ustar(name: str) -> bool:
    """archive/tar splitUSTARPath: a long name fits a 155-byte prefix and a 100-byte name."""
    length = len(name)
    if length > 156:
        length = 156
    elif name[length - 1] == "/":
        length -= 1
    i = name.rfind("/", 0, length)
    return 0 < i <= 155 and 0 < len(name) - i - 1 <= 100


# ---------------------------------------------------------------------------------------------
# The container's filesystem as the daemon opens it


class _RootWritable(ContainerView):
    """A container view whose root is read-write: the daemon mounts the layers itself, and
    --read-only is the runtime's (daemon/archive_unix.go checks it apart)."""

    def locate(self, path: str) -> Loc:
        loc = super().locate(path)
        if loc.tree is None:
            loc.writable = True
        return loc


class DaemonView(_RootWritable):
    """A container's files as the daemon mounts them for docker cp (daemon/containerfs_linux.go
    openContainerFS): volumes and binds on the root, and no tmpfs (the runtime mounts those, so cp
    reads and writes the layer beneath them). A missing mount point is made in the layer, as
    fileutils.CreateIfNotExists does there, even in a container that never ran."""

    def __init__(self, world: World, c: Container) -> None:
        super().__init__(world, c, mounts=[m for m in c.mounts if m.type != "tmpfs"])
        applied: list[Mount] = []
        for m in sorted(self.mounts, key=lambda m: m.destination.count("/")):
            if m.type == "bind" and world.host.get(m.source) is None and m.source != "/":
                world.host.ensure_dirs(m.source)
            with contextlib.suppress(FsError):
                _RootWritable(world, c, mounts=list(applied)).ensure_mountpoint(m)
            applied.append(m)


def _stat(view: View, path: str) -> Node | None:
    """lstat(2) through view: None when missing; FsError(ENOTDIR) through a file; a trailing '/'
    asks for a directory."""
    clean = go_clean(path)
    parts = clean.strip("/").split("/") if clean != "/" else []
    for i in range(1, len(parts)):
        node = view.get("/" + "/".join(parts[:i]))
        if node is None:
            return None
        if node.kind != DIR:
            raise FsError("ENOTDIR", path)
    node = view.get(clean)
    if node is not None and node.kind != DIR and (path.endswith("/") or path.endswith("/.")):
        raise FsError("ENOTDIR", path)
    return node


def _archive(view: View, path: str, base: str) -> Archive:
    """What TarWithOptions puts in the stream for path: path itself as base, then what lies below
    it, directories walked in name order."""
    clean = go_clean(path)
    root = view.get(clean)
    assert root is not None
    out = Archive(base, [("", root)])
    spent = budget.current()
    todo = [""] if root.kind == DIR else []
    while todo:
        rel = todo.pop()
        here = go_join(clean, rel) if rel else clean
        for name in _readable(view.children, here) or []:
            spent.step()
            child_rel = go_join(rel, name) if rel else name
            node = _readable(view.get, go_join(here, name))
            if node is None:
                continue
            out.entries.append((child_rel, node))
            if node.kind == DIR:
                todo.append(child_rel)
    # parents first in name order, as filepath.WalkDir goes
    out.entries[1:] = sorted(out.entries[1:], key=lambda e: e[0].split("/"))
    return out


def _readable(read: Callable[[str], T], path: str) -> T | None:
    """What read gives for path, or None where the walk may not look: TarWithOptions logs "Can't
    stat file" and goes on."""
    try:
        return read(path)
    except FsError:
        return None


# ---------------------------------------------------------------------------------------------
# Extracting (go-archive Untar with NoOverwriteDirNonDir)


@dataclass
class Target:
    """Where Untar writes: a view, whose uid new entries get (None: the archive's own, as the daemon
    keeps them), and how its errors are worded."""

    view: View
    owner: int | None
    prefix: str  # "Error response from daemon: " for the daemon's side
    chown: tuple[int, int] | None = None  # cp -a into a container with a user: every entry theirs


def _untar(target: Target, archive: Archive, dest: str, parents: bool = False) -> None:
    for name, node in archive.names():
        budget.current().step()
        if parents:
            _make_parents(target, dest, go_clean(name))
            _check_inside(target, dest, go_clean(name), node)
        _extract(target, dest, go_clean(name), node)


def _check_inside(target: Target, dest: str, name: str, node: Node) -> None:
    """go-archive Unpack: a member whose name leads out of the folder ('../../etc/x'), or a
    symbolic link whose target does (createTarFile), ends the extraction there (breakoutError;
    what came before it stays written)."""
    path = go_clean(go_join(dest, name))
    if not is_under(path, dest) and path != go_dir(dest):  # filepath.Rel gives '../...', not '..'
        raise DockerError(f"{target.prefix}{go_quote(name)} is outside of {go_quote(dest)}")
    if node.kind == LINK and not go_join(go_dir(path), node.data).startswith(dest):  # strings.HasPrefix
        raise DockerError(f"{target.prefix}invalid symlink {go_quote(path)} -> {go_quote(node.data)}")


def _make_parents(target: Target, dest: str, name: str) -> None:
    """go-archive Unpack: a member whose folder the archive has not made gets it, root's, 0755
    (MkdirAllAndChownNew with the root identity)."""
    missing: list[str] = []
    here = go_dir(go_clean(go_join(dest, name)))
    while here != dest and is_under(here, dest) and _readable(target.view.get, here) is None:
        missing.append(here)
        here = go_dir(here)
    for folder in reversed(missing):
        try:
            _place(target.view, target.view.real(folder), dir_node(0), new=True)
        except FsError as exc:
            raise DockerError(target.prefix + _go_err("mkdir", folder, exc)) from None


def _extract(target: Target, dest: str, name: str, node: Node) -> None:
    """One entry (go-archive archive.go unpack, createTarFile); errors as Go words them, naming
    the path as joined. The daemon extracts inside the container's root (containerfs_linux.go
    RunInFS), so a symbolic link among the folders on the way, one the archive made a member
    before ('link -> /etc', then 'link/x') or one already there, is followed there, as the
    kernel's path walk does: the entry lands where it points, in the container (a link's own
    target was checked as it was made: _check_inside); the last name is not followed (Lstat,
    RemoveAll: a link there is replaced)."""
    view = target.view
    path = go_clean(go_join(dest, name))
    op = "mkdir" if node.kind == DIR else "open"
    try:
        where = view.real(path)
    except FsError as exc:
        raise DockerError(target.prefix + _go_err(op, path, exc)) from None
    existing = view.get(where)
    try:
        if existing is not None:
            if existing.kind == DIR and node.kind != DIR:
                raise DockerError(f'{target.prefix}cannot overwrite directory "{path}" with non-directory "{dest}"')
            if existing.kind != DIR and node.kind == DIR:
                raise DockerError(f'{target.prefix}cannot overwrite non-directory "{path}" with directory "{dest}"')
            if existing.kind == DIR and name == ".":
                return
            if existing.kind != DIR:
                op = "unlinkat"
                view.remove(where)
                existing, op = None, "open"
        uid = target.owner if target.owner is not None else node.uid
        uid, gid = target.chown if target.chown is not None else (uid, -1)
        if node.kind == DIR and existing is not None:
            # an existing folder is kept and takes the entry's mode (and owner, when the daemon extracts)
            kept = existing.uid if target.owner is not None else uid
            _place(view, where, replace(existing, mode=node.mode, uid=kept, gid=existing.gid if kept == existing.uid
                                        else gid), new=False)
        elif node.kind == DIR:
            _place(view, where, replace(dir_node(uid, node.mode), gid=gid), new=True)
        else:  # a symbolic link stays one (createTarFile: TypeSymlink is os.Symlink)
            _place(view, where, Node(LINK if node.kind == LINK else FILE, node.data, node.size, node.mode, uid, gid=gid),
                   new=True)
    except FsError as exc:  # a file made, then short of room, fails in io.Copy's write (go-archive createTarFile)
        raise DockerError(target.prefix + _go_err("write" if exc.code == "ENOSPC" else op, path, exc)) from None


def _place(view: View, path: str, node: Node, new: bool) -> None:
    """Put node at path as the kernel would let this view's user (the parent must be a directory)."""
    view._require_parent_dir(path)
    loc = view.locate(path)
    view._writable(loc, path)
    room = view._tmpfs_room(loc, None) if node.kind == FILE else None
    if room is not None and node.size > room:  # on a full tmpfs: the pages that fit, then ENOSPC
        view._budget(room, 1 if new else 0)
        view._put(loc, path, replace(node, data=node.data.encode()[:room].decode("utf-8", "ignore"), size=room))
        raise FsError("ENOSPC", path)
    view._budget(len(node.data), 1 if new else 0)
    view._put(loc, path, node)


# ---------------------------------------------------------------------------------------------
# The command


@dataclass
class Copy:
    """One docker cp: the container side, both paths, and whether progress is shown."""

    ctx: Ctx
    container: str
    src: str
    dst: str
    quiet: bool
    follow: bool = False  # -L
    archive: bool = False  # -a


def split_cp_arg(arg: str) -> tuple[str, str]:
    """cp.go splitCpArg: CONTAINER:PATH, unless the argument is an absolute path or starts with '.'."""
    if arg.startswith("/"):
        return "", arg
    ctr, colon, path = arg.partition(":")
    if not colon or ctr.startswith("."):
        return "", arg
    return ctr, path


def cmd_cp(ctx: Ctx, args: Args) -> int:
    src, dst = args.positional
    if not src:
        raise DockerError("source can not be empty")
    if not dst:
        raise DockerError("destination can not be empty")
    # cp.go: without -q, progress shows only when standard output is a terminal
    quiet = args.bool("quiet") if "quiet" in args.given else ctx.io.capture_out is not None
    src_ctr, src_path = split_cp_arg(src)
    dst_ctr, dst_path = split_cp_arg(dst)
    if src_ctr and dst_ctr:
        raise DockerError("copying between containers is not supported")
    follow = args.bool("follow-link")
    if src_ctr:
        return _from_container(Copy(ctx, src_ctr, src_path, dst_path, quiet, follow))
    if dst_ctr:
        return _to_container(Copy(ctx, dst_ctr, src_path, dst_path, quiet, follow, args.bool("archive")))
    raise DockerError("must specify at least one container source")


def _local(cp: Copy, path: str) -> str:
    """resolveLocalPath: absolute (filepath.Abs), keeping a trailing '/' or '/.'."""
    absolute = go_clean(path) if path.startswith("/") else go_join(cp.ctx.shell.cwd, path)
    return preserve_trailing(absolute, path)


def _container(world: World, name: str) -> Container:
    c = world.find_container(name)
    if c is None:
        raise DockerError(f"Error response from daemon: No such container: {name}")
    return c


def _from_container(cp: Copy) -> int:
    host = cp.ctx.shell.view
    dst = cp.dst if cp.dst == "-" else _local(cp, cp.dst)
    if dst != "-":
        _validate_output_path(host, dst)
    world: World = cp.ctx.world
    c = _container(world, cp.container)
    view = DaemonView(world, c)
    # daemon/archive_unix.go containerArchivePath
    abs_src = preserve_trailing(go_join("/", cp.src), cp.src)
    try:
        node = _stat(view, abs_src)
    except FsError as exc:
        raise DockerError("Error response from daemon: " + _go_err("lstat", abs_src, exc)) from None
    base, src = go_base(abs_src), cp.src
    if cp.follow and node is not None and node.kind == LINK:
        # cp.go copyFromContainer: the link's target as ContainerStatPath evaluates it, the archive
        # renamed to the link's own name (go-archive GetRebaseName)
        abs_src = _resolve_link(view, abs_src)
        base = go_base(go_clean(cp.src))
        src = abs_src
        node = _stat(view, abs_src)
    if node is None:
        raise DockerError(f"Error response from daemon: Could not find the file {src} in container {cp.container}")
    archive = _archive(view, abs_src, base)
    events.container(world, c, "archive-path")  # daemon/archive_unix.go containerArchivePath
    if dst == "-":  # cp.go: the daemon's tar as it comes, to standard output (a terminal too), no progress
        emit_text(cp.ctx.io, tarfile.dump([tarfile.member_for(name, node) for name, node in archive.names()]))
        return 0
    # go-archive CopyTo; cp.go prints its last progress line before it returns CopyTo's error: what
    # was read by then is nothing when the destination is refused, all of a small archive after.
    read = 0
    try:
        dst_dir, prepared = _host_destination(host, archive, cp.src, node.kind == DIR, dst)
        read = archive.size()
        _untar(Target(host, host.uid, ""), prepared, dst_dir)
    finally:
        if not cp.quiet:
            cp.ctx.io.err(f"Successfully copied {human_size(read)} to {dst}")
    return 0


def _resolve_link(view: View, path: str, prefix: str = "Error response from daemon: ") -> str:
    """container.GetResourcePath (or EvalSymlinks on the host): every symbolic link followed, the
    last name's too, inside the view's root."""
    for _ in range(255):
        path = view.real(path)
        node = view.get(path)
        if node is None or node.kind != LINK:
            return path
        path = normpath(node.data, go_dir(path))
    raise DockerError(f"{prefix}lstat {path}: too many levels of symbolic links")


def _validate_output_path(host: View, path: str) -> None:
    """cli/command/utils.go ValidateOutputPath."""
    folder = go_dir(go_clean(path))
    if folder not in ("", "."):
        try:
            missing = _stat(host, folder) is None
        except FsError:
            missing = False
        if missing:
            raise DockerError(f'invalid output path: directory "{folder}" does not exist')
    try:
        _stat(host, path)
    except FsError as exc:
        raise DockerError(_go_err("stat", path, exc)) from None


def _host_destination(host: View, archive: Archive, src: str, src_is_dir: bool, dst: str) -> tuple[str, Archive]:
    """CopyInfoDestinationPath and PrepareArchiveCopy on the host: the folder to extract into and
    the archive as it goes there (the learner owns what Untar makes: NoLchown)."""
    try:
        node = _stat(host, dst)
    except FsError as exc:
        raise DockerError(_go_err("lstat", dst, exc)) from None
    return _prepare(archive, src, src_is_dir, dst, node)


def _prepare(archive: Archive, src: str, src_is_dir: bool, dst: str, dst_node: Node | None) -> tuple[str, Archive]:
    """go-archive PrepareArchiveCopy: the directory to extract into, and the archive renamed to the
    destination's name where the copy makes a new name."""
    dst_dir, dst_base = split_path_dir_entry(dst)
    if dst_node is not None and dst_node.kind == DIR:
        return dst, archive
    if dst_node is not None and src_is_dir:
        raise DockerError("cannot copy directory")
    if dst_node is None and not src_is_dir and asserts_directory(dst):
        raise DockerError("no such directory")
    return dst_dir, replace(archive, base=dst_base)


def _to_container(cp: Copy) -> int:
    world: World = cp.ctx.world
    c = world.find_container(cp.container)
    view = DaemonView(world, c) if c is not None else None
    try:  # ContainerStatPath: any error leaves the destination unknown (cp.go ignores it)
        dst_node = _stat(view, preserve_trailing(go_join("/", cp.dst), cp.dst)) if view is not None else None
    except FsError:
        dst_node = None
    if cp.src == "-":
        if dst_node is None or dst_node.kind != DIR:
            raise DockerError(f'destination "{cp.container}:{cp.dst}" must be a directory')
        return _stdin_to_container(cp)
    host = cp.ctx.shell.view
    src = _local(cp, cp.src)
    node = _source_info(host, src)
    base = split_path_dir_entry(src)[1]
    if cp.follow and node.kind == LINK:
        # go-archive ResolveHostSourcePath: EvalSymlinks, the archive keeping the link's name
        src = _resolve_link(host, src, "")
        node = _source_info(host, src)
    archive = _archive(host, src, base)
    dst_dir, archive = _prepare(archive, src, node.kind == DIR, cp.dst, dst_node)
    failure: DockerError | None = None
    try:
        _extract_in_container(world, cp, dst_dir, archive)
    except DockerError as exc:
        failure = exc
    if not cp.quiet:  # printed after the upload, whatever the daemon answered
        cp.ctx.io.err(f"Successfully copied {human_size(archive.size())} to {cp.container}:{cp.dst}")
    if failure is not None:
        raise failure
    return 0


def _stdin_to_container(cp: Copy) -> int:
    """cp.go with '-': standard input goes to the daemon as it is (a terminal's is empty here, as
    after Ctrl-D), into the destination folder itself; the progress it counts is nothing, as the
    CLI counts only an archive it makes itself."""
    data = cp.ctx.io.stdin or ""
    failure: DockerError | None = None
    try:
        _extract_in_container(cp.ctx.world, cp, cp.dst, _stdin_archive(data))
    except DockerError as exc:
        failure = exc
    if not cp.quiet:
        cp.ctx.io.err(f"Successfully copied {human_size(0)} to {cp.container}:{cp.dst}")
    if failure is not None:
        raise failure
    return 0


def _stdin_archive(data: str) -> Archive:
    """The members of the tar on standard input, as go-archive Unpack reads them: nothing for no
    bytes (io.EOF ends an empty archive), archive/tar's errors for anything that is no tar."""
    members = tarfile.parse(data) if data else []
    if members is None:
        short = (tarfile.stated_size(data) or len(data.encode())) < tarfile.BLOCK or tarfile.is_archive(data)
        # fewer bytes than a header: io.ReadFull's io.ErrUnexpectedEOF (a cut archive ends as one)
        raise DockerError("Error response from daemon: " + ("unexpected EOF" if short
                                                            else "archive/tar: invalid tar header"))
    entries: list[tuple[str, Node]] = []
    seen: dict[str, Node] = {}
    for m in members:
        node = seen.get(go_clean(m.node.data)) if m.node.kind == tarfile.HARD else m.node
        if node is not None:  # a hard link: the file it names again (the trees hold it as a copy)
            seen[go_clean(m.name)] = node
            entries.append((m.name, node))
    return Archive(".", entries)


def _source_info(host: View, src: str) -> Node:
    """go-archive CopyInfoSourcePath (no -L): the folders above are resolved, then the source is lstat'ed."""
    try:
        node = _stat(host, src)
    except FsError as exc:
        raise DockerError(_go_err("lstat", exc.path or src, exc)) from None
    if node is None:
        folder = _first_missing(host, src)
        raise DockerError(f"lstat {folder}: no such file or directory")
    return node


def _first_missing(host: View, path: str) -> str:
    """The path EvalSymlinks or lstat names first: the shortest prefix that does not exist."""
    clean = go_clean(path)
    parts = clean.strip("/").split("/")
    for i in range(1, len(parts)):
        prefix = "/" + "/".join(parts[:i])
        if host.get(prefix) is None:
            return prefix
    return path


def _extract_in_container(world: World, cp: Copy, dst_dir: str, archive: Archive) -> None:
    """PUT /containers/{id}/archive: daemon/archive_unix.go containerExtractToDir."""
    c = _container(world, cp.container)
    view = DaemonView(world, c)
    target = go_join("/", dst_dir)
    try:
        node = _stat(view, target)
    except FsError as exc:
        raise DockerError("Error response from daemon: " + _go_err("lstat", go_clean(target), exc)) from None
    if node is None:
        raise DockerError(f"Error response from daemon: Could not find the file {dst_dir} in container {cp.container}")
    if node.kind != DIR:
        raise DockerError("Error response from daemon: extraction point is not a directory")
    _check_writable(c, go_clean(target))
    chown = _copy_owner(world, c.user) if cp.archive and c.user else None
    _untar(Target(view, None, "Error response from daemon: ", chown), archive, go_clean(target), cp.src == "-")
    events.container(world, c, "extract-to-dir")  # daemon/archive_unix.go containerExtractToDir


def _copy_owner(world: World, spec: str) -> tuple[int, int]:
    """moby v28.5.2 daemon/archive_tarcopyoptions_unix.go getUIDGID, for cp -a: the container's
    user[:group] as numbers, names read from the daemon's own /etc/passwd and /etc/group (a
    number with no entry keeps group 0)."""
    name, _, group = spec.partition(":")
    uid = gid = 0
    if name:
        entry = _id_entry(world, "/etc/passwd", name)
        if entry is None and not _is_id(name):
            raise DockerError(f'Error response from daemon: failed to look up user "{name}" in container: '
                              "no matching entries in passwd file")
        uid, gid = (int(entry[2]), int(entry[3])) if entry is not None else (int(name), 0)
    if group:
        entry = _id_entry(world, "/etc/group", group)
        if entry is None and not _is_id(group):
            raise DockerError(f'Error response from daemon: failed to look up group "{group}" in container: '
                              "no matching entries in group file")
        gid = int(group) if _is_id(group) else int(entry[2])  # type: ignore[index]
    return uid, gid


def _is_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and int(text) <= 2**31 - 1


def _id_entry(world: World, path: str, key: str) -> list[str] | None:
    """The line of path whose name is key (or, for a number, whose ID is)."""
    node = world.host.get(path)
    for line in (node.data if node is not None else "").splitlines():
        fields = line.split(":")
        if len(fields) >= 4 and (fields[2] == key if _is_id(key) else fields[0] == key):
            return fields
    return None


def _check_writable(c: Container, path: str) -> None:
    """daemon/archive_unix.go checkWritablePath: the mount holding path, else the root, must be writable."""
    for m in sorted(c.mounts, key=lambda m: m.destination.count("/"), reverse=True):
        if m.type != "tmpfs" and is_under(path, m.destination):
            if m.rw:
                return
            raise DockerError("Error response from daemon: mounted volume is marked read-only")
    if c.read_only:
        raise DockerError("Error response from daemon: container rootfs is marked read-only")
