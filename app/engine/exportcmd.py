"""docker export: a container's files as one tar archive, as docker/cli v28.5.2
cli/command/container/export.go asks for it and moby daemon/export.go makes it: the container's
read-write layer mounted over its image (the overlay the daemon mounts, with the init layer's empty
mount-point files), walked by go-archive TarWithOptions. No mount is in it: not a volume, a bind
or a tmpfs ("does not export the contents of volumes associated with the container").

Also the CLI's -o writer both export and save use (github.com/moby/sys/atomicwriter: a temporary
file renamed over the target, mode 0600, only once something was written).
"""

from __future__ import annotations

from . import archive, events
from .archive import Member
from .dockercli import Args, Ctx, DockerError
from .fs import DIR, FILE, LINK, FsError, Tree, dir_node, file_node, link_node, overlay_walk
from .gopath import go_clean, go_dir, go_join
from .lifecycle import get_container
from .world import Container, World, container_image

TERMINAL = "cowardly refusing to save to a terminal. Use the -o flag or redirect"

GO_ERRNO = {"ENOENT": "no such file or directory", "ENOTDIR": "not a directory", "EACCES": "permission denied",
            "EROFS": "read-only file system", "ENOSPC": "no space left on device", "EISDIR": "is a directory"}


def _init_layer() -> Tree:
    """moby daemon/initlayer/setup_unix.go: the mount points it makes, as the overlay shows them
    (empty files, mode 0755; the daemon's own hosts and resolv.conf are bind mounts, not in it)."""
    tree = Tree()
    for d in ("/dev", "/dev/pts", "/dev/shm", "/proc", "/sys", "/etc"):
        tree.set(d, dir_node())
    for f in ("/.dockerenv", "/dev/console", "/etc/hostname", "/etc/hosts", "/etc/resolv.conf"):
        tree.set(f, file_node("", mode=0o755))
    tree.set("/etc/mtab", link_node("/proc/mounts"))
    return tree.freeze()


INIT_LAYER = _init_layer()


def container_members(world: World, c: Container) -> list[Member]:
    """What the container's root holds without its mounts, parents first (filepath.Walk's order)."""
    image = container_image(world, c)
    layers = [c.rw, INIT_LAYER, *(world.image_layers(image) if image is not None else [])]
    return archive.tree_members(overlay_walk(layers, "/"))


def cmd_export(ctx: Ctx, args: Args) -> int:
    output = args.get("output") or ""
    if not output and ctx.io.capture_out is None:
        raise DockerError(TERMINAL)
    if output:
        check_output(ctx, output, "failed to export container")
    c = get_container(ctx.world, args.positional[0])
    data = archive.dump(container_members(ctx.world, c))
    events.container(ctx.world, c, "export")  # daemon/export.go: LogContainerEvent(ctr, ActionExport)
    deliver(ctx, output, data)
    return 0


def check_output(ctx: Ctx, path: str, doing: str) -> None:
    """atomicwriter.New's validateDestination, its errors wrapped in doing (errors.Wrap)."""
    view = ctx.shell.view
    folder = go_dir(path)
    if folder not in ("", ".", ".."):
        try:
            node = view.get(_absolute(ctx, folder))
        except FsError as exc:
            raise DockerError(f"{doing}: invalid output path: stat {folder}: {GO_ERRNO.get(exc.code, exc.code)}") from None
        if node is None:
            raise DockerError(f"{doing}: invalid output path: stat {folder}: no such file or directory")
        if node.kind != DIR:
            raise DockerError(f"{doing}: invalid output path: stat {folder}: not a directory")
    try:
        node = view.get(_absolute(ctx, path))
    except FsError as exc:
        raise DockerError(f"{doing}: failed to stat output path: lstat {path}: {GO_ERRNO.get(exc.code, exc.code)}") from None
    if node is not None and node.kind == DIR:
        raise DockerError(f"{doing}: cannot write to a directory")
    if node is not None and node.kind == LINK:
        raise DockerError(f"{doing}: cannot write to a symbolic link directly")
    if node is not None and node.kind != FILE:
        raise DockerError(f"{doing}: cannot write to a character device file")
    # os.CreateTemp(dir, ".tmp-"+base): its name ends in a random number (a fixed one here)
    temp = _absolute(ctx, path) + "2615087714"
    temp = go_join(go_dir(temp), ".tmp-" + temp.rsplit("/", 1)[-1])
    try:
        view.write_file(temp, "")
        view.remove(temp)
    except FsError as exc:
        raise DockerError(f"{doing}: open {temp}: {GO_ERRNO.get(exc.code, exc.code)}") from None


def _absolute(ctx: Ctx, path: str) -> str:
    return go_clean(path) if path.startswith("/") else go_join(ctx.shell.cwd, path)


def deliver(ctx: Ctx, output: str, data: str) -> None:
    """The archive to standard output, or into output as atomicwriter leaves it: the temporary file
    (made by the learner in the target's folder, then chmod 0600) renamed over the target."""
    if not output:
        ctx.io.write(data)
        return
    view = ctx.shell.view
    path = _absolute(ctx, output)
    try:
        if view.get(path) is not None:
            view.remove(path)
        view.write_file(path, data)
        view.chmod(path, 0o600)
    except FsError as exc:
        raise DockerError(f"write {path}: {GO_ERRNO.get(exc.code, exc.code)}") from None
