"""Containers: create, run, start, stop, restart, rm, ps, logs, exec, diff, commit, prune."""

from __future__ import annotations

import re
from typing import Any

import regex

from . import budget, nodeapp
from .budget import regex_error
from .dockercli import Args, Ctx, DockerError, flag_error, handler, print_formatted
from .formatting import docker_created_at, human_duration, human_size, table
from .fs import DIR, FsError, Tree, naive_diff, normpath
from .mounts import (
    MountFlagError,
    mode_of,
    new_mount,
    parse_mount_flag,
    parse_tmpfs_flag,
    parse_volume_flag,
)
from .names import random_name
from .refs import CONTAINER_NAME, RefError, normalize_tag, parse_ref
from .shell import BUSYBOX, GNU, IO, Shell
from .views import ContainerView, volume_data_path
from .volumes import create_volume, remove_volume_if_unused
from .world import MAX_CONTAINERS, Container, Image, Mount, World

RUN_HELP = "\n\nRun 'docker run --help' for more information"


def run_framed(msg: str, code: int = 125, command: str = "run") -> DockerError:
    return DockerError(f"docker: {msg}\n\nRun 'docker {command} --help' for more information", code)


def no_such_container(ref: str) -> DockerError:
    return DockerError(f"Error response from daemon: No such container: {ref}")


def get_container(world: World, ref: str) -> Container:
    c = world.find_container(ref)
    if c is None:
        raise no_such_container(ref)
    return c


# ---------------------------------------------------------------------------------------------
# The process inside a container


def flavor_of(world: World, c: Container) -> str:
    view = ContainerView(world, c)
    return BUSYBOX if view.get("/bin/busybox") is not None else GNU


def container_shell(world: World, c: Container, extra: dict[str, Any] | None = None) -> Shell:
    flavor = flavor_of(world, c)
    env = dict(e.split("=", 1) for e in c.env if "=" in e)
    env.setdefault("HOME", "/root")
    env["HOSTNAME"] = c.id[:12]
    sh = Shell(world, ContainerView(world, c), flavor, flavor, c.workdir or "/", env, name="sh")
    sh.extra = dict(extra or {})
    sh.extra["node"] = _node_tool(c)
    sh.extra["npm"] = _npm_tool
    return sh


def _node_tool(c: Container) -> Any:
    def node(sh: Shell, argv: list[str], io: IO) -> int:
        if len(argv) >= 2 and argv[1] in ("-v", "--version"):
            io.out("v14.21.3")
            return 0
        if len(argv) >= 2 and not argv[1].startswith("-"):
            code, logs = nodeapp.start_node(sh.world, c, normpath(argv[1], sh.cwd))
            for line in logs:
                io.err(line)
            if code is None:
                # A second server in the same container: the port is taken by the first one.
                if c.process.get("kind") == "app" and c.process.get("exec_started"):
                    return 0
                c.process["exec_started"] = True
                return 0
            return code
        return 0
    return node


def _npm_tool(sh: Shell, argv: list[str], io: IO) -> int:
    from .npm import npm_install
    if len(argv) >= 2 and argv[1] in ("install", "i", "ci"):
        return npm_install(sh, io)
    if len(argv) >= 2 and argv[1] in ("-v", "--version"):
        io.out("6.14.18")
        return 0
    io.err(f"npm ERR! Unknown command: \"{argv[1] if len(argv) > 1 else ''}\"")
    return 1


def process_argv(world: World, c: Container) -> list[str]:
    """Entrypoint + command, with node's docker-entrypoint.sh rule (run node for '-x' or non-commands)."""
    argv = list(c.entrypoint) + list(c.cmd)
    if c.entrypoint == ["docker-entrypoint.sh"] and c.cmd:
        first = c.cmd[0]
        sh = container_shell(world, c)
        if first.startswith("-") or sh.resolve(first) is None:
            return ["node", *c.cmd]
        return list(c.cmd)
    return argv


def begin_process(world: World, c: Container, io: IO, attached: bool) -> tuple[int | None, list[str]]:
    """Run c's main process: (None, out) while it keeps running, else (exit code, out).

    Raises DockerError (exit 127) when the executable is not found, as the runtime would.
    """
    argv = process_argv(world, c)
    if not argv:
        raise DockerError("Error response from daemon: no command specified", 125)
    sh = container_shell(world, c)
    name = argv[0]
    if sh.resolve(name) is None:
        raise DockerError(
            "Error response from daemon: failed to create task for container: failed to create shim task: "
            "OCI runtime create failed: runc create failed: unable to start container process: error during "
            f"container init: exec: \"{name}\": executable file not found in $PATH: unknown", 127)
    c.process = {"kind": "running"}
    out: list[str] = []
    base = name.rsplit("/", 1)[-1]
    if base == "node" and len(argv) >= 2 and not argv[1].startswith("-"):
        code, logs = nodeapp.start_node(world, c, argv[1])
        return code, logs
    if base in ("sleep",) and len(argv) == 2:
        m = re.fullmatch(r"(\d+)", argv[1])
        if argv[1] == "infinity":
            c.process = {"kind": "forever"}
            return None, out
        if m:
            c.process = {"kind": "sleep", "until": world.clock + int(m.group(1))}
            return None, out
    if base == "top" or (base == "tail" and "-f" in argv):
        c.process = {"kind": "forever"}
        return None, out
    buf: list[str] = []
    sink: list[tuple[int, str]] = []
    io2 = IO(sink)
    status = sh.execute(argv, io2)
    if sh.elapsed and attached:
        world.clock += sh.elapsed
    elif sh.elapsed:
        c.process = {"kind": "sleep", "until": world.clock + sh.elapsed, "status": status,
                     "output": [t for _, t in sink]}
        return None, buf
    return status, [t for _, t in sink]


# ---------------------------------------------------------------------------------------------
# Create


def _mounts_for(ctx: Ctx, args: Args, image: Image, cwd: str) -> tuple[list[Mount], list[str], list[str]]:
    """The mount points registerMountPoints would set up, creating volumes on the way."""
    world = ctx.world
    by_dest: dict[str, Mount] = {}
    for ref in args.list("volumes-from"):
        name, _, mode = ref.partition(":")
        src = world.find_container(name)
        if src is None:
            raise DockerError(f"Error response from daemon: No such container: {name}", 125)
        for m in src.mounts:
            if m.type == "tmpfs":
                continue
            copy = Mount(**m.to_dict())
            copy.copy_data = False
            if mode == "ro":
                copy.rw = False
            by_dest[m.destination] = copy
    anonymous: list[str] = []
    seen: set[str] = set()
    tmpfs_dests = {parse_tmpfs_flag(raw) for raw in args.list("tmpfs")}
    for raw in args.list("volume"):
        spec = parse_volume_flag(raw, cwd)
        dest = normpath(spec.destination)
        if not spec.source:
            anonymous.append(dest)
            continue
        # daemon/volumes.go (#10618): checked before this bind's volume is created
        if dest in seen or dest in tmpfs_dests:
            raise DockerError(f"Error response from daemon: Duplicate mount point: {dest}", 125)
        seen.add(dest)
        kind = "bind" if spec.source.startswith("/") else "volume"
        rw, mode, prop = mode_of(spec.mode, kind, kind == "volume")
        if kind == "volume":
            create_volume(world, spec.source, labels=None, options=None)
        nocopy = "nocopy" in spec.mode.split(",")
        by_dest[dest] = new_mount(kind, dest, spec.source if kind == "volume" else normpath(spec.source),
                                  rw, mode, prop, kind == "volume", not nocopy, spec.source)
        by_dest[dest].origin = "bind-flag"
        by_dest[dest].spec = raw
    for raw in args.list("mount"):
        ms = parse_mount_flag(raw, cwd)
        dest = normpath(ms.target)
        if dest in seen:
            raise DockerError(f"Error response from daemon: Duplicate mount point: {dest}", 125)
        seen.add(dest)
        if ms.type == "bind":
            node = world.host.get(ms.source) if ms.source != "/" else True
            if node is None:
                raise DockerError("Error response from daemon: invalid mount config for type \"bind\": "
                                  f"bind source path does not exist: {ms.source}", 125)
            by_dest[dest] = new_mount("bind", dest, normpath(ms.source), not ms.readonly, "", "rprivate",
                                      False, False, ms.source)
        elif ms.type == "tmpfs":
            by_dest[dest] = new_mount("tmpfs", dest, "", not ms.readonly, "", "", False, False, "")
            by_dest[dest].tmpfs_size, by_dest[dest].tmpfs_mode = ms.tmpfs_size, ms.tmpfs_mode
        else:
            if ms.source:
                create_volume(world, ms.source, labels=None, options=None)
                name, named = ms.source, True
            else:
                name, named = create_volume(world, "", labels={"com.docker.volume.anonymous": ""},
                                            options=None), False
            by_dest[dest] = new_mount("volume", dest, name, not ms.readonly, "z" if named else "", "",
                                      named, not ms.nocopy, ms.source)
        by_dest[dest].origin = "mount-flag"  # kept in HostConfig.Mounts, not Binds
    tmpfs_flags = []
    for raw in args.list("tmpfs"):
        dest = parse_tmpfs_flag(raw)
        if dest in seen:
            raise DockerError(f"Error response from daemon: Duplicate mount point: {dest}", 125)
        seen.add(dest)
        tmpfs_flags.append(dest)
        by_dest[dest] = new_mount("tmpfs", dest, "", True, "", "", False, False, "")
    # Image VOLUMEs and -v /path: a new anonymous volume for each destination not yet mounted.
    lowers = world.image_layers(image)
    from .fs import overlay_get
    for dest in [*image.config.get("Volumes", {}).keys(), *anonymous]:
        dest = normpath(dest)
        if dest in by_dest:
            continue
        node = overlay_get(lowers, dest)
        if node is not None and node.kind != DIR:
            raise DockerError(f"Error response from daemon: cannot mount volume over existing file, file exists {dest}", 125)
        name = create_volume(world, "", labels={"com.docker.volume.anonymous": ""}, options=None)
        by_dest[dest] = new_mount("volume", dest, name, True, "", "", False, True, "")
    return sorted(by_dest.values(), key=lambda m: m.destination), tmpfs_flags, anonymous


def _populate(world: World, c: Container, image: Image) -> None:
    """Copy image content into empty volumes at create (daemon/create_unix.go populateVolumes)."""
    lowers = world.image_layers(image)
    from .fs import overlay_get, overlay_walk
    for m in c.mounts:
        if m.type != "volume" or not m.copy_data:
            continue
        node = overlay_get(lowers, m.destination)
        if node is None or node.kind != DIR:
            continue
        data = volume_data_path(m.source)
        if world.host.children(data):
            continue
        for path, n in overlay_walk(lowers, m.destination):
            world.host.set(data + path[len(m.destination):], n)


def parse_ports(specs: list[str], command: str) -> list[tuple[int, int]]:
    return [(hp, cp) for hp, cp, _, _ in parse_port_specs(specs, command)]


def parse_port_specs(specs: list[str], command: str) -> list[tuple[int, int, str, str]]:
    """-p values as (host port, container port, host IP, protocol)."""
    out = []
    for spec in specs:
        body, _, proto = spec.partition("/")
        ip = ""
        if body.startswith("["):
            ip, _, body = body[1:].partition("]")
            body = body.lstrip(":")
            body = f"x:{body}" if body.count(":") == 1 else body
        parts = body.split(":")
        if len(parts) == 3 and not ip:
            ip = parts[0]
        ports: list[tuple[int, int]] = []
        try:
            if len(parts) == 1:
                ports.append((0, int(parts[0])))
            elif len(parts) == 2:
                ports.append((int(parts[0]) if parts[0] else 0, int(parts[1])))
            elif len(parts) == 3:
                ports.append((int(parts[1]) if parts[1] else 0, int(parts[2])))
            else:
                raise ValueError
        except ValueError:
            raise DockerError(f'invalid argument "{spec}" for "-p, --publish" flag: Invalid containerPort: '
                              f'{parts[-1]}\n\nUsage:  docker {command} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n'
                              f"Run 'docker {command} --help' for more information", 125) from None
        hp, cp = ports[-1]
        bad = f"Invalid containerPort: {cp}" if not 0 < cp <= 65535 else f"Invalid hostPort: {hp}"
        if not (0 <= hp <= 65535) or not (0 < cp <= 65535):
            raise DockerError(f'invalid argument "{spec}" for "-p, --publish" flag: {bad}'
                              f"\n\nUsage:  docker {command} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n"
                              f"Run 'docker {command} --help' for more information", 125)
        out.append((hp, cp, ip, proto or "tcp"))
    return out


def resolve_image_for_run(ctx: Ctx, ref: str, command: str) -> Image:
    from .imagecmds import pull_into
    try:
        parse_ref(ref)
    except RefError as exc:
        raise DockerError(str(exc), 125) from None
    image = ctx.world.find_image(ref)
    if image is not None:
        return image
    tag = normalize_tag(ref) or ref
    ctx.io.err(f"Unable to find image '{tag}' locally")
    try:
        return pull_into(ctx, ref, to_err=True)
    except DockerError as exc:
        raise DockerError(exc.message, 125) from None


def create_container(ctx: Ctx, args: Args, command: str) -> Container:
    world: World = ctx.world
    ref, cmd = args.positional[0], args.positional[1:]
    if args.bool("rm") and args.get("restart") not in (None, "no"):
        raise DockerError("conflicting options: cannot specify both --restart and --rm", 125)
    name = args.get("name")
    port_specs = parse_port_specs(args.list("publish"), command)
    ports = [(hp, cp) for hp, cp, _, _ in port_specs]
    # The client parses mount specs and the daemon validates them before it looks for the image.
    for raw in args.list("volume"):
        parse_volume_flag(raw, ctx.shell.cwd)
    for raw in args.list("mount"):
        try:
            parse_mount_flag(raw, ctx.shell.cwd)
        except MountFlagError as exc:
            raise flag_error(ctx.command, str(exc)) from None
    for raw in args.list("tmpfs"):
        parse_tmpfs_flag(raw)
    image = resolve_image_for_run(ctx, ref, command)
    if name is not None and not CONTAINER_NAME.match(name):
        raise DockerError(f"Error response from daemon: Invalid container name ({name}), only "
                          "[a-zA-Z0-9][a-zA-Z0-9_.-] are allowed", 125)
    if name is not None:
        name = name.lstrip("/")
        other = world.container_by_name(name)
        if other is not None:
            raise DockerError(
                f"Error response from daemon: Conflict. The container name \"/{name}\" is already in use by "
                f"container \"{other.id}\". You have to remove (or rename) that container to be able to reuse "
                "that name.", 125)
    if len(world.containers) >= MAX_CONTAINERS:
        raise DockerError(f"Error response from daemon: layerlab: this sandbox holds at most {MAX_CONTAINERS} "
                          "containers; remove some with docker rm or docker container prune", 125)
    mounts, tmpfs_flags, anonymous = _mounts_for(ctx, args, image, ctx.shell.cwd)
    cid = world.new_hex("container")
    if name is None:
        name = random_name(world)
    # daemon/commit.go merge(): the user's variables first, then the image's ones not overridden
    user: list[str] = []
    for path in args.list("env-file"):
        node = ctx.world.host.get(normpath(path, ctx.shell.cwd))
        if node is None or node.kind == DIR:
            raise DockerError(f"open {path}: no such file or directory", 125)
        for raw_line in node.data.splitlines():
            item = raw_line.strip()
            if item and not item.startswith("#") and "=" in item:
                user.append(item)
    user += [e for e in args.list("env") if "=" in e]
    keys = {e.split("=", 1)[0] for e in user}
    env = [e for k, e in {e.split("=", 1)[0]: e for e in user}.items()]
    env += [e for e in (image.config.get("Env") or []) if e.split("=", 1)[0] not in keys]
    entrypoint = list(image.config.get("Entrypoint") or [])
    if args.get("entrypoint") is not None:
        entrypoint = [args.get("entrypoint")] if args.get("entrypoint") else []
        if not cmd:
            cmd = []
    if not cmd and args.get("entrypoint") is None:
        cmd = list(image.config.get("Cmd") or [])
    exposed = sorted(set(image.config.get("ExposedPorts", {}) or {}) | {f"{cp}/{pr}" for _, cp, _, pr in port_specs})
    c = Container(
        id=cid, name=name, image_id=image.id, image_ref=ref, created=world.clock, cmd=cmd,
        entrypoint=entrypoint, env=env, workdir=args.get("workdir") or image.config.get("WorkingDir") or "",
        rw=Tree(), mounts=mounts, ports=ports, exposed=exposed, auto_remove=args.bool("rm"),
        read_only=args.bool("read-only"), tmpfs_flags=tmpfs_flags,
        volumes_from=args.list("volumes-from"), anon_volumes=anonymous,
        port_specs=[(ip, pr) for _, _, ip, pr in port_specs],
    )
    world.containers[cid] = c
    _populate(world, c, image)
    return c


def start_container(ctx: Ctx, c: Container, attached: bool = False) -> tuple[int | None, list[str]]:
    """Start c; raises DockerError (daemon message, code) when the start fails."""
    world: World = ctx.world
    used = world.used_ports()
    for hp, _cp in c.ports:
        if hp and hp in used and used[hp] is not c:
            raise DockerError(
                "Error response from daemon: failed to set up container networking: driver failed programming "
                f"external connectivity on endpoint {c.name} ({world.new_hex('endpoint')}): Bind for "
                f"0.0.0.0:{hp} failed: port is already allocated", 125)
    # assign ephemeral host ports for -p 80
    c.ports = [(hp or _ephemeral(world), cp) for hp, cp in c.ports]
    applied: list[Mount] = []
    for m in sorted(c.mounts, key=lambda m: m.destination.count("/")):
        if m.type == "bind" and world.host.get(m.source) is None and m.source != "/":
            world.host.ensure_dirs(m.source)
        if m.type == "tmpfs":
            c.tmpfs[m.destination] = Tree()
        try:
            ContainerView(world, c, mounts=applied).ensure_mountpoint(m)
        except FsError as exc:
            loc = (volume_data_path(m.source) if m.type == "volume" else m.source or "tmpfs")
            raise DockerError(
                "Error response from daemon: failed to create task for container: failed to create shim task: "
                "OCI runtime create failed: runc create failed: unable to start container process: error during "
                f"container init: error mounting \"{loc}\" to rootfs at \"{m.destination}\": create mountpoint for "
                f"{m.destination} mount: make mountpoint \"{m.destination}\": mkdirat "
                f"/var/lib/docker/overlay2/{c.id[:12]}/merged{exc.path}: read-only file system: unknown", 125) from None
        applied.append(m)
    try:
        code, out = begin_process(world, c, ctx.io, attached)
    except DockerError:
        c.exit_code = 127
        raise
    c.state = "running"
    c.started_at = world.clock
    c.manual_restart = False
    if code is not None:
        nodeapp.append_logs(c, out)
        exit_container(world, c, code, world.clock)
    else:
        nodeapp.append_logs(c, out)
    return code, out


def _ephemeral(world: World) -> int:
    used = {hp for cc in world.containers.values() for hp, _ in cc.ports}
    port = 32768
    while port in used:
        port += 1
    return port


def exit_container(world: World, c: Container, code: int, when: int) -> None:
    """The main process ended: record it, empty tmpfs, and auto-remove unless manually restarted."""
    c.state = "exited"
    c.exit_code = code
    c.finished_at = when
    c.process = {}
    c.tmpfs = {k: Tree() for k in c.tmpfs}
    if c.auto_remove and not c.manual_restart:
        remove_container(world, c, remove_volumes=True)


def remove_container(world: World, c: Container, remove_volumes: bool) -> None:
    """Delete the container and its read-write layer; anonymous volumes too with -v."""
    del world.containers[c.id]
    if remove_volumes:
        for m in c.mounts:
            if m.type == "volume" and not m.spec_source:
                remove_volume_if_unused(world, m.source)


def tick(world: World) -> None:
    """Let simulated time act: processes whose sleep ended exit now."""
    for c in list(world.containers.values()):
        if c.running and c.process.get("kind") == "sleep" and c.process.get("until", 0) <= world.clock:
            nodeapp.append_logs(c, c.process.get("output", []))
            exit_container(world, c, c.process.get("status", 0), c.process["until"])


# ---------------------------------------------------------------------------------------------
# Handlers


@handler("container run")
def cmd_run(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    try:
        c = create_container(ctx, args, "run")
    except DockerError as exc:
        if exc.message.startswith("docker: ") or "\n\nUsage:" in exc.message:
            raise
        raise run_framed(exc.message, 125) from None
    detached = args.bool("detach")
    if detached:
        ctx.io.out(c.id)
    try:
        code, out = start_container(ctx, c, attached=not detached)
    except DockerError as exc:
        if c.auto_remove and c.id in world.containers:
            remove_container(world, c, remove_volumes=True)
        code = 127 if "executable file not found" in exc.message else exc.code
        raise run_framed(exc.message, code) from None
    if not detached and code is not None:
        for line in out:
            ctx.io.out(line)
        return code
    return 0


@handler("container create")
def cmd_create(ctx: Ctx, args: Args) -> int:
    try:
        c = create_container(ctx, args, "create")
    except DockerError as exc:
        if "\n\nUsage:" in exc.message:
            raise  # a flag error, already framed
        if exc.message.startswith("Error response from daemon"):
            raise DockerError(exc.message, 1) from None  # create.go returns daemon errors as they are
        raise run_framed(exc.message, 125, "create") from None  # parse errors: withHelp(err, "create")
    ctx.io.out(c.id)
    return 0


@handler("container start")
def cmd_start(ctx: Ctx, args: Args) -> int:
    failed: list[str] = []
    status = 0
    for ref in args.positional:
        c = ctx.world.find_container(ref)
        if c is None:
            ctx.io.err(f"Error response from daemon: No such container: {ref}")
            failed.append(ref)
            continue
        if c.running:
            ctx.io.out(ref)
            continue
        try:
            start_container(ctx, c, attached=False)
        except DockerError as exc:
            ctx.io.err(exc.message)
            failed.append(ref)
            continue
        ctx.io.out(ref)
    if failed:
        ctx.io.err(f"Error: failed to start containers: {', '.join(failed)}")
        status = 1
    return status


def stop_container(world: World, c: Container, timeout: int = 10) -> None:
    if not c.running:
        return
    kind = c.process.get("kind")
    # PID 1 has no default signal handlers: node, sleep and sh ignore SIGTERM and are killed.
    world.clock += max(timeout, 0)
    exit_container(world, c, 137 if kind != "done" else 0, world.clock)


@handler("container stop")
def cmd_stop(ctx: Ctx, args: Args) -> int:
    status = 0
    timeout = args.get("timeout", args.get("time", 10))
    for ref in args.positional:
        c = ctx.world.find_container(ref)
        if c is None:
            ctx.io.err(f"Error response from daemon: No such container: {ref}")
            status = 1
            continue
        stop_container(ctx.world, c, int(timeout))
        ctx.io.out(ref)
    return status


@handler("container restart")
def cmd_restart(ctx: Ctx, args: Args) -> int:
    status = 0
    timeout = int(args.get("timeout", args.get("time", 10)))
    for ref in args.positional:
        c = ctx.world.find_container(ref)
        if c is None:
            ctx.io.err(f"Error response from daemon: No such container: {ref}")
            status = 1
            continue
        c.manual_restart = True
        if c.running:
            stop_container(ctx.world, c, timeout)
        c.manual_restart = True
        try:
            start_container(ctx, c)
            c.manual_restart = True
            c.restart_count = 0
        except DockerError as exc:
            ctx.io.err(exc.message)
            status = 1
            continue
        ctx.io.out(ref)
    return status


@handler("container kill")
def cmd_kill(ctx: Ctx, args: Args) -> int:
    status = 0
    for ref in args.positional:
        c = ctx.world.find_container(ref)
        if c is None:
            ctx.io.err(f"Error response from daemon: No such container: {ref}")
            status = 1
            continue
        if not c.running:
            ctx.io.err(f"Error response from daemon: cannot kill container: {ref}: container {c.id} is not running")
            status = 1
            continue
        exit_container(ctx.world, c, 137, ctx.world.clock)
        ctx.io.out(ref)
    return status


@handler("container rm")
def cmd_rm(ctx: Ctx, args: Args) -> int:
    status = 0
    force = args.bool("force")
    for ref in args.positional:
        c = ctx.world.find_container(ref)
        if c is None:
            ctx.io.err(f"Error response from daemon: No such container: {ref}")
            if not force:
                status = 1
            continue
        if c.running and not force:
            ctx.io.err(f"Error response from daemon: cannot remove container \"{ref}\": container is running: "
                       "stop the container before removing or force remove")
            status = 1
            continue
        if c.running:
            c.state = "exited"
            c.exit_code = 137
            c.finished_at = ctx.world.clock
        remove_container(ctx.world, c, remove_volumes=args.bool("volumes"))
        ctx.io.out(ref)
    return status


@handler("container prune")
def cmd_container_prune(ctx: Ctx, args: Args) -> int:
    if not args.bool("force"):
        ctx.prompts.append("WARNING! This will remove all stopped containers.")
        if not confirm(ctx):
            return 0
    world: World = ctx.world
    removed = []
    reclaimed = 0
    for c in list(world.containers.values()):
        if not c.running:
            removed.append(c.id)
            reclaimed += c.rw.size()
            remove_container(world, c, remove_volumes=False)
    if removed:
        ctx.io.out("Deleted Containers:")
        for cid in removed:
            ctx.io.out(cid)
        ctx.io.out("")
    from .formatting import human_size4
    ctx.io.out(f"Total reclaimed space: {human_size4(reclaimed)}")
    return 0


def confirm(ctx: Ctx) -> bool:
    """Ask the prompt queued in ctx.prompts; the answer arrives with the command."""
    from .dockercli import Cancelled
    if ctx.answer is None:
        raise NeedAnswer(ctx.prompts)
    for line in ctx.prompts:
        ctx.io.out(line)
    ctx.io.out(f"Are you sure you want to continue? [y/N] {ctx.answer}")
    if ctx.answer.strip().lower() in ("y", "yes"):
        return True
    raise Cancelled()


class NeedAnswer(Exception):
    def __init__(self, prompts: list[str]) -> None:
        super().__init__(prompts)
        self.prompts = prompts


# ---------------------------------------------------------------------------------------------
# ps


def status_text(world: World, c: Container) -> str:
    if c.running:
        return f"Up {human_duration(world.clock - c.started_at)}"
    if c.state == "created" or not c.started_at:
        return "Created"
    return f"Exited ({c.exit_code}) {human_duration(world.clock - c.finished_at)} ago"


def command_text(c: Container) -> str:
    text = " ".join([*c.entrypoint, *c.cmd])
    if len(text) > 20:
        text = text[:19] + "…"
    return '"' + text.replace('"', '\\"') + '"'


def port_list(c: Container) -> list[tuple[int, int, str, str]]:
    """(host port, container port, host IP, protocol) for each -p."""
    specs = c.port_specs if len(c.port_specs) == len(c.ports) else [("", "tcp")] * len(c.ports)
    return [(hp, cp, ip or "0.0.0.0", proto) for (hp, cp), (ip, proto) in zip(c.ports, specs, strict=True)]


def ports_text(c: Container) -> str:
    """formatter DisplayablePorts: exposed-only ports first, then the host mappings."""
    if c.running and c.ports:
        published = {f"{cp}/{proto}" for _, cp, _, proto in port_list(c)}
        mapped = [f"{ip}:{hp}->{cp}/{proto}" for hp, cp, ip, proto in sorted(port_list(c), key=lambda p: (p[1], p[0]))]
        return ", ".join([p for p in c.exposed if p not in published] + mapped)
    if c.running:
        return ", ".join(c.exposed)
    return ""


def image_display(world: World, c: Container) -> str:
    img = world.images.get(c.image_id)
    if img is None:
        return c.image_id[7:19]
    tag = normalize_tag(c.image_ref)
    if tag and tag in img.tags:
        return c.image_ref
    if img.tags:
        t = img.tags[0]
        return t[:-7] if t.endswith(":latest") else t
    return c.image_id[7:19]


def ps_row(world: World, c: Container) -> dict[str, Any]:
    img = world.images.get(c.image_id)
    from .images import image_size
    virtual = (image_size(world, img) if img else 0) + c.rw.size()
    return {
        "ID": c.id[:12], "Image": image_display(world, c), "Command": command_text(c),
        "CreatedAt": docker_created_at(c.created), "RunningFor": human_duration(world.clock - c.created) + " ago",
        "Ports": ports_text(c), "State": c.state, "Status": status_text(world, c),
        "Size": f"{human_size(c.rw.size())} (virtual {human_size(virtual)})", "Names": c.name,
        "Labels": "", "Mounts": ",".join(m.source for m in c.mounts if m.type != "tmpfs"),
        "Networks": "bridge", "LocalVolumes": str(sum(1 for m in c.mounts if m.type == "volume")),
    }


PS_HEADERS = {"ID": "CONTAINER ID", "Image": "IMAGE", "Command": "COMMAND", "CreatedAt": "CREATED AT",
              "RunningFor": "CREATED", "Ports": "PORTS", "State": "STATE", "Status": "STATUS", "Size": "SIZE",
              "Names": "NAMES", "Labels": "LABELS", "Mounts": "MOUNTS", "Networks": "NETWORKS",
              "LocalVolumes": "LOCAL VOLUMES"}


def _name_matches(pattern: str, name: str) -> bool:
    """api/types/filters Args.Match: the exact name, else the value as a regexp; one that does not
    compile matches nothing. Go's regexp runs in linear time; a backtracking one needs a bound."""
    if pattern == name:
        return True
    try:
        return regex.search(pattern, name, timeout=budget.current().regex_timeout()) is not None
    except regex.error:
        return False
    except TimeoutError:
        raise regex_error("docker") from None


def _ps_filter(world: World, c: Container, filters: list[str]) -> bool:
    groups: dict[str, list[str]] = {}
    for f in filters:
        k, _, v = f.partition("=")
        groups.setdefault(k, []).append(v)
    for k, vals in groups.items():
        if k == "status" and c.state not in vals:
            return False
        if k == "name" and not any(_name_matches(v, c.name) for v in vals):
            return False
        if k == "id" and not any(c.id.startswith(v) for v in vals):
            return False
        if k == "volume" and not any(any(m.source == v or m.destination == v for m in c.mounts) for v in vals):
            return False
        if k == "ancestor":
            img = world.find_image(vals[0]) if vals else None
            if img is None or img.id != c.image_id:
                return False
        if k == "exited" and not (c.state == "exited" and str(c.exit_code) in vals):
            return False
    return True


@handler("container ls")
def cmd_ps(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    filters = args.list("filter")
    for f in filters:
        key = f.partition("=")[0]
        if "=" not in f:
            raise DockerError("bad format of filter (expected name=value)")
        if key not in ("status", "name", "id", "volume", "ancestor", "exited", "label", "network", "before", "since",
                       "health", "isolation", "is-task", "publish", "expose"):
            raise DockerError(f"Error response from daemon: invalid filter '{key}'")
    show_all = args.bool("all") or any(f.startswith("status=") for f in filters)
    rows = [c for c in reversed(list(world.containers.values()))
            if (show_all or c.running) and _ps_filter(world, c, filters)]
    if args.get("last") is not None and int(args.get("last")) >= 0:
        rows = rows[: int(args.get("last"))]
    if args.bool("latest"):
        rows = rows[:1]
    if args.bool("quiet"):
        for c in rows:
            ctx.io.out(c.id if args.bool("no-trunc") else c.id[:12])
        return 0
    fmt = args.get("format")
    if fmt and fmt != "table":
        print_formatted(ctx, fmt, [ps_row(world, c) for c in rows], PS_HEADERS, "*formatter.ContainerContext")
        return 0
    head = ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]
    if args.bool("size"):
        head.append("SIZE")
    out = [head]
    for c in rows:
        r = ps_row(world, c)
        cells = [r["ID"] if not args.bool("no-trunc") else c.id, r["Image"], r["Command"], r["RunningFor"],
                 r["Status"], r["Ports"], r["Names"]]
        if args.bool("size"):
            cells.append(r["Size"])
        out.append(cells)
    for ln in table(out):
        ctx.io.out(ln)
    return 0


@handler("container logs")
def cmd_logs(ctx: Ctx, args: Args) -> int:
    c = get_container(ctx.world, args.positional[0])
    lines = c.logs
    tail = args.get("tail")
    if tail not in (None, "all"):
        try:
            n = int(tail)
            lines = lines[-n:] if n > 0 else []
        except ValueError:
            pass
    for line in lines:
        ctx.io.err(line) if _is_stderr(line) else ctx.io.out(line)
    return 0


def _is_stderr(line: str) -> bool:
    return True


@handler("container exec")
def cmd_exec(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    c = get_container(world, args.positional[0])
    argv = args.positional[1:]
    if not c.running:
        raise DockerError(f"Error response from daemon: container {c.id} is not running")
    sh = container_shell(world, c)
    if args.get("workdir"):
        sh.cwd = args.get("workdir")
    for e in args.list("env"):
        if "=" in e:
            k, v = e.split("=", 1)
            sh.env[k] = v
    if sh.resolve(argv[0]) is None:
        ctx.io.out(f"OCI runtime exec failed: exec failed: unable to start container process: exec: "
                   f"\"{argv[0]}\": executable file not found in $PATH: unknown")
        return 127
    status = sh.execute(argv, ctx.io)
    if sh.elapsed:
        world.clock += sh.elapsed
        tick(world)
    return status


@handler("container diff")
def cmd_diff(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    c = get_container(world, args.positional[0])
    image = world.images.get(c.image_id)
    lowers = world.image_layers(image) if image else []
    for kind, path in naive_diff(c.rw, lowers):
        ctx.io.out(f"{kind} {path}")
    return 0


@handler("container commit")
def cmd_commit(ctx: Ctx, args: Args) -> int:
    from .imagecmds import commit_container
    world: World = ctx.world
    c = get_container(world, args.positional[0])
    repo = args.positional[1] if len(args.positional) > 1 else None
    if repo is not None:
        try:
            parse_ref(repo)
        except RefError as exc:
            raise DockerError(str(exc)) from None
    image = commit_container(world, c, repo, args.get("message") or "", args.get("author") or "")
    ctx.io.out(image.id)
    return 0


@handler("container rename")
def cmd_rename(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    c = get_container(world, args.positional[0])
    new = args.positional[1].lstrip("/")
    if not CONTAINER_NAME.match(new):
        raise DockerError(f"Error response from daemon: Invalid container name ({new}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")
    other = world.container_by_name(new)
    if other is not None:
        raise DockerError(f"Error response from daemon: Conflict. The container name \"/{new}\" is already in use by "
                          f"container \"{other.id}\". You have to remove (or rename) that container to be able to reuse that name.")
    c.name = new
    return 0


@handler("container port")
def cmd_port(ctx: Ctx, args: Args) -> int:
    c = get_container(ctx.world, args.positional[0])
    if c.running:
        for hp, cp in c.ports:
            ctx.io.out(f"{cp}/tcp -> 0.0.0.0:{hp}")
    return 0
