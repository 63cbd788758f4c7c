"""A container's life in the daemon: created, started, ended by time or a signal, removed; the
lookups every container command shares. The commands themselves are in containers.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from . import budget, containerhealth, dnsconfig, events, localvolumes, netmodes, nodeapp
from .dockercli import Args, Ctx, DockerError
from .fs import DIR, LINK, FsError, Node, Tree, ancestors, normpath, overlay_get, overlay_walk
from .gopath import go_clean
from .imagecmds import pull_into
from .initlayer import SETUP_TREE
from .layerdepth import MAX_DEPTH_EXCEEDED, container_layers_fit
from .mounts import merge_tmpfs_options, ram_in_bytes, tmpfs_mount_error
from .names import random_name
from .overlaydirs import ROOT as OVERLAY
from .overlaydirs import container_dir, image_mount_dir
from .process import begin_process, main_user, resume_loop, run_trap, trap_delay, trap_of
from .refs import CONTAINER_NAME, RefError, normalize_tag, parse_ref
from .resources import as_created
from .restartpolicy import cancel, reset_manager, should_restart
from .runflags import (
    NoSuchImage,
    check_storage_opts,
    client_checks,
    entrypoint_and_cmd,
    environment,
    mount_points,
)
from .signals import NOT_FATAL, parse_signal
from .timeline import PROCESS_STEPS, TimedLines, add_timed, release_due
from .toolkit import IO, Lines
from .views import ContainerView, image_root, volume_data_path
from .volumes import remove_volume_if_unused
from .world import MAX_CONTAINERS, MAX_PORTS, Container, Image, Mount, World


def run_framed(msg: str, code: int = 125, command: str = "run") -> DockerError:
    return DockerError(f"docker: {msg}\n\nRun 'docker {command} --help' for more information", code)


def run_status(message: str) -> int:
    """The exit status of a failed `docker run` (cli/command/container/run.go toStatusError, which
    reads the daemon's message; the client's own parse errors are 125)."""
    if not message.startswith("Error response from daemon"):
        return 125
    if any(m in message for m in ("executable file not found", "no such file or directory",
                                  "system cannot find the file specified")):
        return 127
    if "permission denied" in message or "is a directory" in message:
        return 126
    return 125


def no_such_container(ref: str) -> DockerError:
    return DockerError(f"Error response from daemon: No such container: {ref}")


def restarting_error(c: Container) -> str:
    """daemon/errors.go errContainerIsRestarting: what exec, pause and top answer while c waits
    to be restarted."""
    return f"Container {c.id} is restarting, wait until the container is running"


# moby v28.5.2 client/utils.go trimID: the API client trims a container's name or ID and refuses
# an empty one before it sends anything
EMPTY_ID = "invalid container name or ID: value is empty"


def get_container(world: World, ref: str) -> Container:
    if not ref.strip():
        raise DockerError(EMPTY_ID)
    c = world.find_container(ref.strip())
    if c is None:
        raise no_such_container(ref.strip())
    return c


def each_container(ctx: Ctx, refs: list[str], missing: list[str],
                   errors: list[str] | None = None) -> Iterator[tuple[str, Container]]:
    """The containers refs name, in order; one that does not exist is reported as the daemon
    reports it (the command goes on with the next) and added to missing. With errors, the
    report is kept there for the command to print at its end."""
    for ref in refs:
        c = ctx.world.find_container(ref.strip())
        if c is None:
            message = no_such_container(ref.strip()).message if ref.strip() else EMPTY_ID
            if errors is None:
                ctx.io.err(message)
            else:
                errors.append(message)
            missing.append(ref)
            continue
        yield ref, c


# ---------------------------------------------------------------------------------------------
# Create and start


def _populate(world: World, c: Container, image: Image) -> None:
    """Copy image content into empty volumes at create (daemon/create_unix.go populateVolumes);
    with a volume-subpath, into that folder of the volume when it is there (localvolumes.populate_target).
    The content is the container's root as mounted then (container/container_unix.go
    CopyImagePathContent reads GetResourcePath): its layer (the working directory made so far),
    the init layer's empty mount points (a volume on /etc gets hostname, hosts, resolv.conf and
    the mtab link) and the image."""
    lowers = [c.rw, SETUP_TREE, *world.image_layers(image)]
    for m in c.mounts:
        if m.type != "volume" or not m.copy_data:
            continue
        node = overlay_get(lowers, m.destination)
        if node is None or node.kind != DIR:
            continue
        data = localvolumes.populate_target(world, m)
        if data is None or world.host.children(data):
            continue
        for path, n in overlay_walk(lowers, m.destination):
            world.host.set(data + path[len(m.destination):], n)


def _setup_working_dir(world: World, c: Container, image: Image) -> None:
    """moby v28.5.2 container/container.go SetupWorkingDirectory, as the container is created: the
    working directory's missing folders are made in its layer (root's, 0755); a file in the way is
    the daemon's error."""
    lowers = world.image_layers(image)
    path = ""
    for part in [p for p in c.workdir.split("/") if p]:
        path += "/" + part
        node = overlay_get(lowers, path)
        if node is None:
            c.rw.set(path, Node(DIR, mode=0o755))
        elif node.kind != DIR:
            if path == c.workdir:
                raise DockerError(f"Error response from daemon: Cannot mkdir: {c.workdir} is not a directory", 125)
            return  # a link or a file above it: layerlab leaves the folders to the process


def resolve_image_for_run(ctx: Ctx, ref: str, command: str, quiet: bool = False, force_pull: bool = False,
                          pull: str = "missing") -> Image:
    """The image run and create use: --pull always pulls it first (no "Unable to find" line), missing
    (the default) pulls it when the daemon has none, never leaves the daemon's NotFound as it is
    (docker/cli v28.5.2 cli/command/container/create.go createContainer)."""
    try:
        parse_ref(ref)
    except RefError as exc:
        raise DockerError(str(exc), 125) from None
    image = ctx.world.find_image(ref)
    if pull == "always" and normalize_tag(ref) is not None:
        try:
            return pull_into(ctx, ref, to_err=True, quiet=quiet)
        except DockerError as exc:
            raise DockerError(exc.message, 125) from None
    if image is not None and not force_pull:
        return image
    if pull == "never" and image is None:
        raise DockerError(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}", 125)
    if image is not None and normalize_tag(ref) is None:
        return image  # an ID: no named reference, so the CLI pulls nothing
    tag = normalize_tag(ref) or ref
    if not quiet:  # -q: cli/command/container/create.go says nothing and discards the pull's progress
        ctx.io.err(f"Unable to find image '{tag}' locally")
    try:
        return pull_into(ctx, ref, to_err=True, quiet=quiet)
    except DockerError as exc:
        raise DockerError(exc.message, 125) from None


def _daemon_checks(world: World, name: str | None) -> str | None:
    """The daemon's checks of the name and of the room left; returns the name without its '/'."""
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
    return name


def _check_ports_room(world: World, wanted: int) -> None:
    """The sandbox's room for published ports (world.MAX_PORTS), after the daemon's own checks."""
    held = sum(len(c.ports) + len(c.unpublished) for c in world.containers.values())
    if held + wanted > MAX_PORTS:
        raise DockerError(f"Error response from daemon: layerlab: this sandbox publishes at most {MAX_PORTS:,} "
                          f"ports, and its containers hold {held:,}; remove some with docker rm", 125)


def _mount_points(ctx: Ctx, args: Args, image: Image, command: str,
                  local: bool) -> tuple[list[Mount], list[str], list[str]]:
    """runflags.mount_points; an image mount's missing image is a NotFound, which the CLI reads as
    its own image's (cli/command/container/create.go): when that one was local it pulls it, and
    the retry fails again."""
    try:
        return mount_points(ctx, args, image, ctx.shell.cwd)
    except NoSuchImage:
        if local:
            resolve_image_for_run(ctx, args.positional[0], command, args.bool("quiet"), force_pull=True)
        raise


def _shm_size(args: Args) -> int:
    """--shm-size: the CLI's opts.MemBytes (go-units RAMInBytes: never negative, so the daemon's
    "SHM size can not be less than 0" is out of reach); 0 is the daemon's default."""
    return (ram_in_bytes(args.get("shm-size")) or 0) if "shm-size" in args.given else 0


def create_container(ctx: Ctx, args: Args, command: str) -> Container:
    world: World = ctx.world
    ref = args.positional[0]
    dns = dnsconfig.parse_flags(ctx, args)  # flag values: pflag checks them as it reads them
    pull = args.get("pull") or "missing"
    if pull not in ("always", "missing", "never"):  # create.go validatePullOpt, before parse()
        raise DockerError(f'invalid pull option: \'{pull}\': must be one of "always", "missing" or "never"', 125)
    checked = client_checks(ctx, args, command)
    port_specs, local = checked.port_specs, world.find_image(ref) is not None  # local: before any pull
    image = resolve_image_for_run(ctx, ref, command, args.bool("quiet"), pull=pull)
    name = _daemon_checks(world, args.get("name"))
    _check_ports_room(world, len(port_specs))
    check_storage_opts(args)  # daemon/create.go: CreateLayer, before setHostConfig's mounts
    if not container_layers_fit(len(image.layers)):  # CreateRWLayer: its init layer, then the read-write one
        raise DockerError(f"Error response from daemon: {MAX_DEPTH_EXCEEDED}", 125)
    mounts, tmpfs_flags, anonymous = _mount_points(ctx, args, image, command, local)
    cid = world.new_hex("container")
    if name is None:
        name = random_name(world)
    env = environment(ctx, args, image)
    entrypoint, cmd = entrypoint_and_cmd(args, image)
    exposed = sorted(set(image.config.get("ExposedPorts", {}) or {}) | set(checked.exposed))
    mode = netmodes.daemon_mode(world, checked.network)
    unpublished: tuple[tuple[int, int, str, str], ...] = ()
    if not netmodes.publishes_on(mode):  # host, none: nothing is published; HostConfig.PortBindings keeps them
        unpublished, port_specs = tuple(port_specs), []
    c = Container(
        id=cid, name=name, image_id=image.id, image_ref=ref, created=world.clock, cmd=cmd,
        entrypoint=entrypoint, env=env,
        workdir=normpath(args.get("workdir")) if args.get("workdir") else image.config.get("WorkingDir") or "",
        rw=Tree(), mounts=mounts, ports=[(hp, cp) for hp, cp, _, _ in port_specs], exposed=exposed,
        auto_remove=args.bool("rm"), read_only=args.bool("read-only"), tmpfs_flags=tmpfs_flags,
        volumes_from=args.list("volumes-from"), anon_volumes=anonymous,
        port_specs=[(ip, pr) for _, _, ip, pr in port_specs], attach=_attach_streams(args, command),
        tty=args.bool("tty"), stdin_open=args.bool("interactive"), init=args.bool("init"),
        hostname=netmodes.create_hostname(mode, args.get("hostname") or ""), domainname=args.get("domainname") or "",
        labels=_labels(args, image),
        # daemon/commit.go merge: the image's User when -u gives none
        user=args.get("user") or image.config.get("User") or "",
        group_add=args.list("group-add") or None,
        restart_policy=checked.restart_policy, restart_retries=checked.restart_retries,
        network="" if mode == "bridge" else mode, unpublished=unpublished, shm_size=_shm_size(args),
        stop_signal=args.get("stop-signal") or image.config.get("StopSignal") or "",
    )
    c.memory, c.resources = as_created(checked.limits)
    c.dns, c.dns_search, c.dns_options, c.extra_hosts = dns.dns, dns.search, dns.options, dns.extra_hosts
    c.aliases = tuple(args.list("network-alias") + args.list("net-alias"))
    c.stop_timeout = args.get("stop-timeout")  # opts.go: Config.StopTimeout only when the flag is given
    c.healthcheck = containerhealth.flags_config(args)  # --health-*: Config.Healthcheck (containerhealth.py)
    c.cap_add, c.cap_drop = tuple(args.list("cap-add")), tuple(args.list("cap-drop"))  # as typed
    c.privileged, c.volume_driver = args.bool("privileged"), args.get("volume-driver") or ""
    _create_files(world, c, image)
    world.containers[cid] = c
    events.container(world, c, "create")
    for warning in checked.warnings:  # cli/command/container/create.go: once the daemon made it
        ctx.io.err(f"WARNING: {warning}")
    return c


def _attach_streams(args: Args, command: str) -> tuple[str, ...]:
    """Config.AttachStdin/Stdout/Stderr (docker/cli v28.5.2 cli/command/container/opts.go parse):
    the streams -a names, stdout and stderr without it, stdin with -i; run.go clears all three
    for -d (create keeps them)."""
    if command == "run" and args.bool("detach"):
        return ()
    streams = {value.lower() for value in args.list("attach")} or {"stdout", "stderr"}
    if args.bool("interactive"):
        streams.add("stdin")
    return tuple(sorted(streams))


def _create_files(world: World, c: Container, image: Image) -> None:
    """daemon/create_unix.go createContainerOSSpecificSettings, before the container is registered:
    the working directory made in its layer, then its volumes populated. When either fails,
    daemon/create.go's cleanup removes its anonymous volumes (the image's VOLUMEs and -v /path
    would only have come after the working directory)."""
    try:
        _setup_working_dir(world, c, image)
        _populate(world, c, image)
    except DockerError:
        for m in c.mounts:
            if m.type == "volume" and not m.spec_source:
                remove_volume_if_unused(world, m.source)
        raise


def _labels(args: Args, image: Image) -> dict[str, str]:
    """Config.Labels: --label k=v (or k alone, empty; opts.ConvertKVStringsToMap), then the image's
    labels the flags did not set (daemon/commit.go merge)."""
    labels = {}
    for item in args.list("label"):
        key, _, value = item.partition("=")
        labels[key] = value
    return {**dict(image.config.get("Labels") or {}), **labels}


_RUNC_FAILED = ("Error response from daemon: failed to create task for container: failed to create shim task: "
                "OCI runtime create failed: runc create failed: unable to start container process: error during "
                "container init: ")


def _runtime_mounts(world: World, c: Container, tmpfs_options: dict[str, list[str]]) -> None:
    """runc's mounts, shallowest first: each mountpoint made in the container's layer, then the
    mount (a --tmpfs one whose data tmpfs refuses fails: mounts.tmpfs_mount_error)."""
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
                f"{_RUNC_FAILED}error mounting \"{loc}\" to rootfs at \"{m.destination}\": create mountpoint for "
                f"{m.destination} mount: make mountpoint \"{m.destination}\": mkdirat "
                f"{OVERLAY}/{container_dir(c)}/merged{exc.path}: read-only file system: unknown", 125) from None
        refused = tmpfs_mount_error(m.destination, tmpfs_options[m.destination]) \
            if m.destination in tmpfs_options else None
        if refused:
            raise DockerError(f"{_RUNC_FAILED}{refused}: unknown", 125)
        applied.append(m)


def _make_cwd(world: World, c: Container) -> None:
    """runc 1.3 libcontainer/rootfs_linux.go prepareRootfs: with every mount in place, the process's
    working directory is made (os.MkdirAll(cwd, 0o755)), before finalizeRootfs makes the root
    read-only. The daemon made it in the container's layer only (moby v28.5.2 container/container.go
    SetupWorkingDirectory), so a -w under a volume, a bind mount or a tmpfs is made in that mount
    now; under a read-only mount the start fails."""
    if not c.workdir:
        return
    try:
        ContainerView(world, c).make_dirs(c.workdir)
    except FsError as exc:
        raise DockerError(f"{_RUNC_FAILED}mkdir {exc.path}: read-only file system: unknown", 125) from None


def _image_subpaths(world: World, c: Container) -> None:
    """setupMounts on an image mount with image-subpath (volume/mounts/mounts.go Setup: safepath.Join
    opens it beneath the layer's mount path; a missing one is its ErrNotAccessible)."""
    for m in c.mounts:
        if m.type != "image" or not m.image_subpath:
            continue
        tree = ContainerView(world, c).image_tree(m)
        # openat2 with RESOLVE_NO_SYMLINKS: a link on the way (or at the end) is ELOOP
        steps = [tree.get(p) for p in [*reversed(list(ancestors(image_root(m)))), image_root(m)]]
        first = next((n for n in steps if n is None or n.kind == LINK), steps[-1])
        cause = ("no such file or directory" if first is None else
                 "too many levels of symbolic links" if first.kind == LINK else "")
        if cause:
            merged = f"{OVERLAY}/{image_mount_dir(c, m.destination)}/merged"
            raise DockerError(f"Error response from daemon: cannot access path {merged}/"
                              f"{go_clean(m.image_subpath)}: {cause}", 125)


def start_container(ctx: Ctx, c: Container, attached: bool = False) -> tuple[int | None, list[str]]:
    """Start c (the user's start: a new restart manager); raises DockerError (daemon message, code)
    when the start fails."""
    return launch(ctx.world, ctx.io, c, attached)


def launch(world: World, io: IO, c: Container, attached: bool = False,
           by_manager: bool = False) -> tuple[int | None, list[str]]:
    """daemon/start.go containerStart: c's mounts, network and main process (by_manager: the
    restart manager's start, which keeps its count and wait). A failed start leaves its error in
    State.Error (containerStart's deferred SetError), and a start that runs clears it (setRunning)."""
    try:
        return _start(world, io, c, attached, by_manager)
    except DockerError as exc:
        c.error = exc.message.removeprefix("docker: ").removeprefix("Error response from daemon: ")
        if c.exit_code == 0:
            c.exit_code = 128  # "if no one else has set it" (exitUnknown)
        raise


def _start(world: World, io: IO, c: Container, attached: bool,
           by_manager: bool) -> tuple[int | None, list[str]]:
    _networked(c, netmodes.join_other, world)  # initializeNetworking, before anything else
    used = world.used_ports()
    for hp, _cp in c.ports:
        if hp and hp in used and used[hp] is not c:
            raise DockerError(
                "Error response from daemon: failed to set up container networking: driver failed programming "
                f"external connectivity on endpoint {c.name} ({world.new_hex('endpoint')}): Bind for "
                f"0.0.0.0:{hp} failed: port is already allocated", 125)
    # assign ephemeral host ports for -p 80
    c.ports = [(hp or _ephemeral(world), cp) for hp, cp in c.ports]
    localvolumes.mount_volumes(world, c)  # daemon createSpec: setupMounts, before the spec's user
    _image_subpaths(world, c)
    try:
        # the spec is made before the runtime mounts anything: withMounts (the --tmpfs options), then WithUser
        options = {m.destination: merge_tmpfs_options(m.spec) for m in c.mounts if m.destination in c.tmpfs_flags}
        user = main_user(world, c)
    except DockerError as exc:
        c.exit_code = exc.code
        raise
    try:
        _runtime_mounts(world, c, options)
        _make_cwd(world, c)
    except DockerError:
        c.exit_code = 128  # daemon/start.go containerStart: exitUnknown, as nothing else set one
        raise
    _networked(c, netmodes.attach, world)  # its endpoint joins its network before the process starts
    if not by_manager:
        reset_manager(c)  # once the spec is made (daemon/start.go ResetRestartManager)
    try:
        code, out = begin_process(world, c, io, attached, user)
    except DockerError as exc:
        c.exit_code = exc.code  # the code daemon/errors.go setExitCodeFromError records
        raise
    c.state = "running"
    c.paused = False
    c.error = ""
    c.exit_code = 0  # container/state.go setRunning
    c.started_at = world.clock
    c.manual_restart = False
    events.started(world, c)
    times = out.times if isinstance(out, TimedLines) else None
    if times is not None and len(times) == len(out):
        add_timed(c, list(zip(times, out, strict=True)))  # each line at the second it was written
    else:
        nodeapp.append_logs(c, out, world.clock)
    if code is not None:
        exit_container(world, c, code, world.clock)
    return code, out


def _networked(c: Container, step: Callable[[World, Container], None], world: World) -> None:
    """A network step of the start; when it fails, the start fails with the exit code 128 the
    daemon gives a container whose start failed without one (daemon/start.go exitUnknown)."""
    try:
        step(world, c)
    except DockerError:
        if not c.exit_code:
            c.exit_code = 128
        raise


def _ephemeral(world: World) -> int:
    used = {hp for cc in world.containers.values() for hp, _ in cc.ports}
    port = 32768
    while port in used:
        port += 1
    return port


def freeze(world: World, c: Container) -> None:
    """docker pause: the cgroup freezer stops c's processes where they are. What they wrote up to
    now reaches the log first; the moment is kept for thaw."""
    release_due(c, world.clock)
    c.paused = True
    c.process = {**c.process, "paused_at": world.clock}
    events.container(world, c, "pause")


def thaw(world: World, c: Container) -> None:
    """docker unpause: c's processes go on from where they were frozen. Nothing ran meanwhile, so
    what was still to come comes as much later as the pause lasted: a loop's next passes and their
    lines (they did not pile up, to be written all at once). A sleep's timer runs in real time,
    frozen or not: one that ended during the pause returns now (its process ends at the thaw)."""
    c.paused = False
    events.container(world, c, "unpause")
    process = dict(c.process)
    since = int(process.pop("paused_at", world.clock))
    gap = world.clock - since
    if gap > 0:
        if process.get("pending"):
            process["pending"] = [[when + gap if when > since else when, line] for when, line in process["pending"]]
        point = process.get("resume")
        if point is not None and point["at"] > since:
            process["resume"] = {**point, "at": point["at"] + gap}
        if process.get("kind") == "sleep" and process.get("until", 0) > since:
            process["until"] = max(int(process["until"]), world.clock)
    c.process = process


_EXITS: ContextVar[dict[str, int] | None] = ContextVar("_EXITS", default=None)


@contextmanager
def watching_exits() -> Iterator[dict[str, int]]:
    """The code of each container's first exit while this is open (`docker wait` is woken by the
    next SetStopped or SetRestarting: container/state.go stopWaiters)."""
    exits: dict[str, int] = {}
    token = _EXITS.set(exits)
    try:
        yield exits
    finally:
        _EXITS.reset(token)


def exit_container(world: World, c: Container, code: int, when: int) -> None:
    """The main process ended: record it and empty tmpfs; then either its restart policy has it
    wait to start again (restarting), or it is auto-removed unless manually restarted."""
    release_due(c, when)  # what the process wrote before it ended
    watched = _EXITS.get()
    if watched is not None:
        watched.setdefault(c.id, code)
    held = world.attached
    if held is not None and held.container == c.id and held.ended is None:
        # what holds the terminal ends with this process (its logger closes: container/monitor.go Reset)
        world.attached = replace(held, ended=len(c.logs))
    events.exited(world, c, code, when)
    c.state = "exited"
    c.paused = False
    c.exit_code = code
    c.finished_at = when
    c.process = {}
    # the runtime's /dev trees go too: the next start makes them afresh (app/engine/devfs.py)
    own = {m.destination for m in c.mounts if m.type == "tmpfs"}
    c.tmpfs = {k: Tree() for k in c.tmpfs if k in own}
    localvolumes.release_volumes(world, c)
    if should_restart(c, code, when):
        c.state = "restarting"  # daemon/monitor.go handleContainerExit: SetRestarting, its network released
        return
    if c.auto_remove and not c.manual_restart:
        remove_container(world, c, remove_volumes=True)


def remove_container(world: World, c: Container, remove_volumes: bool) -> None:
    """Delete the container and its read-write layer; anonymous volumes too with -v."""
    del world.containers[c.id]
    _release_image_mounts(world, c)
    _release_kept_image(world, c)
    if remove_volumes:
        for m in c.mounts:
            if m.type == "volume" and not m.spec_source:
                remove_volume_if_unused(world, m.source)
    events.container(world, c, "destroy")  # daemon/delete.go: after the volumes went


def _release_kept_image(world: World, c: Container) -> None:
    """A container whose image `docker rmi -f` deleted held that image's layers through its own
    (layer/layer_store.go ReleaseRWLayer releases the parent chain): the layers nothing else holds
    go with it, silently."""
    if c.kept_image is None:
        return
    held = {lid for i in world.images.values() for lid in i.layers} | world.cache_layers()
    held |= {lid for other in world.containers.values() for lid in (
        *(other.kept_image.layers if other.kept_image is not None else ()),
        *(lid for m in other.mounts if m.type == "image" for lid in m.image_layers))}
    for lid in c.kept_image.layers:
        if lid not in held:
            world.layers.pop(lid, None)


def _release_image_mounts(world: World, c: Container) -> None:
    """daemon/mounts.go removeMountPoints: an image mount's layer is unmounted and released, and the
    layer store deletes the image's layers that nothing holds any more (its image was removed
    meanwhile: docker rmi -f, or rmi by ID, which only a container's own image stops)."""
    mounted = [lid for m in c.mounts if m.type == "image" for lid in m.image_layers]
    if not mounted:
        return
    held = {lid for i in world.images.values() for lid in i.layers} | world.cache_layers()
    held |= {lid for other in world.containers.values() for m in other.mounts if m.type == "image"
             for lid in m.image_layers}
    for lid in mounted:
        if lid not in held:
            world.layers.pop(lid, None)


def tick(world: World) -> None:
    """Let simulated time act: what processes wrote by now reaches their logs, processes whose
    sleep ended exit now, and the restart manager starts again those whose wait is over."""
    # The loops asleep until now run on, the furthest behind first, all of them on one budget
    # (those past it run at the next moment): forty containers' loops cost a command no more than one.
    def behind(c: Container) -> int:
        point = c.process.get("resume") if c.running else None
        return int(point["at"]) if point is not None else 0

    with budget.opened() as shared:
        for c in sorted(world.containers.values(), key=behind):
            _advance(world, c, shared.steps)
            for _ in range(MAX_RESTARTS):  # each restart's run may end before now too
                if not c.restarting or c.restart_at > world.clock * 1000 or shared.steps >= PROCESS_STEPS // 2:
                    break
                _restart(world, c)
                _advance(world, c, shared.steps)


def _advance(world: World, c: Container, spent: int) -> None:
    """c's processes up to now: a loop runs on, a sleep that is over ends the container."""
    if c.frozen:  # paused: its processes do nothing until it is unpaused
        return
    point = c.process.get("resume") if c.running else None
    if point is not None and point["at"] <= world.clock and spent < PROCESS_STEPS // 2:
        status, ended = resume_loop(world, c)  # it runs on (past the budget: at the next moment)
        if status is not None:
            exit_container(world, c, status, ended)
            return
    if c.running:
        release_due(c, world.clock)
    if c.running and c.process.get("kind") == "sleep" and c.process.get("until", 0) <= world.clock:
        nodeapp.append_logs(c, c.process.get("output", []), c.process["until"])
        exit_container(world, c, c.process.get("status", 0), c.process["until"])
    containerhealth.advance(world, c)  # its healthcheck's probes due by now (daemon/health.go monitor)


MAX_RESTARTS = 2000  # the restarts one moment catches up with, per container (a day and more of a minute apart)


def _restart(world: World, c: Container) -> None:
    """The restart manager's wait is over: the daemon starts c's process again at that moment
    (daemon/monitor.go); a start that fails leaves it stopped with the exit it had."""
    now, code = world.clock, c.exit_code
    world.clock = c.restart_at // 1000
    c.restart_offset = c.restart_at % 1000
    try:
        launch(world, IO([], Lines(), Lines()), c, by_manager=True)
    except DockerError:
        c.state, c.exit_code = "exited", code  # SetStopped with the exit status the process had
    finally:
        world.clock = now


# ---------------------------------------------------------------------------------------------
# Handlers


def stop_signal(c: Container) -> int:
    """container/container.go StopSignal: Config.StopSignal when it names a signal, else SIGTERM."""
    number = parse_signal(c.stop_signal) if c.stop_signal else None
    return number if number is not None and number > 0 else 15


def outlives_signal(c: Container, signal: int | None) -> bool:
    """Whether c's main process goes on after the stop signal (PID 1 has no default handlers):
    with a negative timeout, daemon/stop.go containerStop then waits for it for ever."""
    signal = signal or stop_signal(c)
    return (c.running and not c.restarting and c.process.get("kind") != "done"
            and not (signal == 9 or (c.init and signal not in NOT_FATAL)))


def _trap_ends(world: World, c: Container, signal: int, timeout: int) -> bool:
    """A main shell that trapped the signal runs its trap once the command it waits for ends: when
    that is within the timeout and the trap exits, the container exits with the trap's status
    (True); else it goes on and is killed when the timeout is over, as one with no trap."""
    if not trap_of(c, signal):
        return False
    delay = trap_delay(world, c)
    if 0 <= timeout < delay:
        return False
    code = run_trap(world, c, signal, world.clock + delay)
    if code is None:
        return False
    world.clock += delay
    exit_container(world, c, code, world.clock)
    return True


def stop_container(world: World, c: Container, timeout: int = 10, signal: int | None = None) -> None:
    """daemon/stop.go: the stop signal (SIGTERM unless given), then SIGKILL after the timeout. It
    cancels the restart manager (daemon/kill.go killWithSignal), so one waiting to restart stops
    at once with the exit it had."""
    if not c.running and not c.restarting:
        return
    cancel(c)
    if c.restarting:
        c.state = "exited"
        events.container(world, c, "stop")
        return
    c.paused = False  # daemon/kill.go killWithSignal: the signal is sent, then a paused container thawed
    kind = c.process.get("kind")
    signal = signal or stop_signal(c)
    events.container(world, c, "kill", {"signal": str(signal)})
    if kind != "done" and signal != 9 and _trap_ends(world, c, signal, timeout):
        events.container(world, c, "stop")
        return
    if kind != "done" and (signal == 9 or (c.init and signal not in NOT_FATAL and trap_of(c, signal) != "")):
        # docker-init (tini) passes the signal on, and the program dies of it: 128+N at once
        exit_container(world, c, 128 + signal, world.clock)
    else:
        # PID 1 has no default signal handlers: node, sleep and sh ignore SIGTERM and are killed.
        world.clock += max(timeout, 0)
        if kind != "done":
            events.container(world, c, "kill", {"signal": "9"})  # daemon/stop.go: Kill after the wait
        exit_container(world, c, 137 if kind != "done" else 0, world.clock)
    events.container(world, c, "stop")  # containerStop's deferred event
