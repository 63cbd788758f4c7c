"""The run and create flags: published ports, mount points (-v, --mount, --tmpfs, --volumes-from), environment."""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import budget, containerhealth, netmodes
from .dockercli import Args, Ctx, DockerError, flag_error
from .fs import DIR, LINK, Node, normpath, overlay_get, parent_of
from .gopath import go_clean
from .initlayer import SETUP_TREE
from .layerdepth import MAX_DEPTH_EXCEEDED, driver_creates_on
from .mounts import (
    PROPAGATIONS,
    MountFlagError,
    MountSpec,
    check_volume_syntax,
    mode_of,
    new_mount,
    parse_mount_flag,
    parse_tmpfs_flag,
    parse_volume_flag,
    tmpfs_size_option,
    valid_mount_mode,
)
from .overlaydirs import ROOT as OVERLAY
from .overlaydirs import rw_layer_dir
from .refs import RefError, normalize_tag, parse_ref
from .resources import ResourceError, from_flags, verify
from .restartpolicy import PolicyError, parse_restart_policy, validate_restart_policy
from .signals import parse_signal
from .volumes import check_local_options, create_volume, delete_volume
from .world import Image, Mount, World


def parse_port_specs(specs: list[str], command: str = "run") -> list[tuple[int, int, str, str]]:
    """-p values as (host port, container port, host IP, protocol), one per container port.

    Errors are the client's parse errors (cli/command/container/opts.go parse(), go-connections'
    nat.ParsePortSpec): the caller frames them as `docker: ...` plus the --help line, exit 125.
    """
    out: list[tuple[int, int, str, str]] = []
    for spec in specs:
        out += port_spec(_standard_notation(spec))
    return out


def _standard_notation(spec: str) -> str:
    """The long syntax (published=8080,target=80) as ip:host:container/proto (opts.go convertToStandardNotation)."""
    if "=" not in spec:
        return spec
    params = {"protocol": "tcp"}
    for param in spec.split(","):
        key, eq, value = param.partition("=")
        if not eq or not key:
            raise DockerError(f"invalid publish opts format (should be name=value but got '{param}')", 125)
        params[key] = value
    return f"{params.get('published', '')}:{params.get('target', '')}/{params['protocol']}"


def _port_range(text: str) -> tuple[int, int]:
    """nat.ParsePortRange: "80" or "8000-8010" (strconv.ParseUint base 10, 16 bits); ValueError if not."""
    def uint16(part: str) -> int:
        if not part.isascii() or not part.isdigit() or int(part) > 65535:
            raise ValueError(part)
        return int(part)
    if not text:
        raise ValueError(text)
    if "-" not in text:
        return uint16(text), uint16(text)
    parts = text.split("-")
    start, end = uint16(parts[0]), uint16(parts[1])  # nat ignores anything after a second '-'
    if end < start:
        raise ValueError(text)
    return start, end


def split_proto_port(raw: str) -> tuple[str, str]:
    """nat.SplitProtoPort: (proto, port); tcp when no proto is given, ("", "") when no port is."""
    parts = raw.split("/")
    if not parts[0]:
        return "", ""
    if len(parts) == 1 or not parts[1]:
        return "tcp", parts[0]
    return parts[1], parts[0]


def _host_ip(ip: str) -> str:
    """The host IP part: brackets stripped, and it must parse (nat.ParsePortSpec)."""
    if ip.startswith("["):
        if "]" not in ip:
            raise DockerError(f"invalid IP address {ip}: address {ip}:: missing ']' in address", 125)
        ip = ip[1:ip.index("]")]
    if ip and "%" not in ip:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            pass
        else:
            return ip
    if ip:
        raise DockerError(f"invalid IP address: {ip}", 125)
    return ip


def port_spec(raw: str) -> list[tuple[int, int, str, str]]:
    """nat.ParsePortSpec: [ip:][hostPort:]containerPort[/proto], ports or ranges."""
    parts = raw.split(":")
    if len(parts) > 3:
        ip, host, container = ":".join(parts[:-2]), parts[-2], parts[-1]
    else:
        ip, host, container = ([""] * (3 - len(parts)) + parts)
    proto, port = split_proto_port(container)
    ip = _host_ip(ip)
    if not port:
        raise DockerError(f"no port specified: {raw}<empty>", 125)
    try:
        start, end = _port_range(port)
    except ValueError:
        raise DockerError(f"invalid containerPort: {port}", 125) from None
    host_start = 0
    if host:
        try:
            host_start, host_end = _port_range(host)
        except ValueError:
            raise DockerError(f"invalid hostPort: {host}", 125) from None
        if end - start != host_end - host_start and end != start:
            raise DockerError(f"invalid ranges specified for container and host Ports: {port} and {host}", 125)
    if proto.lower() not in ("tcp", "udp", "sctp"):
        raise DockerError(f"invalid proto: {proto}", 125)
    proto = proto.lower()
    # A host range for one container port lets the daemon pick a free port in it; layerlab takes
    # the range's first port.
    out = []
    for i in range(end - start + 1):
        budget.current().step()
        out.append((host_start + i if host else 0, start + i, ip, proto))
    return out


def parse_expose(values: list[str]) -> list[str]:
    """--expose: a port or a range, with an optional protocol, as Config.ExposedPorts keys
    (docker/cli v28.5.2 cli/command/container/opts.go parse(), right after -p: nat.SplitProtoPort,
    nat.ParsePortRange, then nat.NewPort for each port of the range; the protocol is not checked)."""
    out: list[str] = []
    for value in values:
        if ":" in value:
            raise DockerError(f"invalid port format for --expose: {value}", 125)
        port, _, proto = value.partition("/")
        try:
            start, end = _expose_range(port)
        except ValueError as exc:
            raise DockerError(f"invalid range format for --expose: {value}, error: {exc}", 125) from None
        for number in range(start, end + 1):
            budget.current().step()
            out.append(f"{number}/{proto or 'tcp'}")
    return out


def _expose_range(port: str) -> tuple[int, int]:
    """nat.ParsePortRange with its errors (strconv.ParseUint's, base 10, 16 bits)."""
    if not port:
        raise ValueError("empty string specified for ports")
    parts = port.split("-") if "-" in port else [port]
    numbers = [_parse_uint16(part) for part in parts[:2]]
    start, end = numbers[0], numbers[-1]
    if end < start:
        raise ValueError(f"invalid range specified for port: {port}")
    return start, end


def _parse_uint16(text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise ValueError(f'strconv.ParseUint: parsing "{text}": invalid syntax')
    if int(text) > 65535:
        raise ValueError(f'strconv.ParseUint: parsing "{text}": value out of range')
    return int(text)


# docker/cli v28.5.2 cli/command/container/run.go runContainer: returned as it is (exit 1), unlike
# the parse errors before it and the create errors after it
ATTACH_AND_DETACH = "conflicting options: cannot specify both --attach and --detach"


def client_checks(ctx: Ctx, args: Args, command: str) -> Checked:
    """What is checked before the image is looked up, in the client's order (opts.go parse():
    swappiness, -v syntax, -p, --env-file, --restart, --storage-opt, --restart with --rm), then the daemon's
    verifyContainerSettings (daemon/container.go validateHostConfig: --mount configs, the restart
    policy; daemon/daemon_unix.go verifyPlatformContainerSettings: the resources, tmpfs)."""
    targets = netmodes.requested(ctx, args)  # flag values, which pflag reads first
    mounts: list[MountSpec | DockerError] = []
    for raw in args.list("mount"):
        try:
            mounts.append(parse_mount_flag(raw, ctx.shell.cwd))
        except MountFlagError as exc:
            raise flag_error(ctx.command, str(exc)) from None  # a flag value: pflag rejects it first
        except DockerError as exc:
            mounts.append(exc)  # the daemon's verdict, which comes after the client's own checks
    _check_swappiness(args)
    for raw in args.list("volume"):
        check_volume_syntax(raw)
    port_specs = parse_port_specs(args.list("publish"), command)
    exposed = [f"{cp}/{pr}" for _, cp, _, pr in port_specs] + parse_expose(args.list("expose"))
    read_env_files(ctx, args)
    health = containerhealth.flags_config(args)  # opts.go: --health-* and --no-healthcheck
    try:
        policy, retries = parse_restart_policy(args.get("restart", "no"))
    except PolicyError as exc:
        raise DockerError(str(exc), 125) from None
    _check_storage_syntax(args)
    if args.bool("rm") and policy not in ("", "no"):
        raise DockerError("conflicting options: cannot specify both --restart and --rm", 125)
    network = netmodes.client_mode(targets, args.list("network-alias") + args.list("net-alias"))  # parseNetworkOpts
    _check_attach(args, command)
    # the API decodes the request (runconfig validateNetMode) before the daemon's checks
    netmodes.validate(network, args, bool(port_specs or args.list("expose")))
    # validateContainerConfig comes before validateHostConfig (moby v28.5.2 daemon/container.go
    # verifyContainerSettings): translateWorkingDir, then the stop signal
    workdir = args.get("workdir") or ""
    if workdir and not workdir.startswith("/"):
        raise DockerError(f"Error response from daemon: the working directory '{workdir}' is invalid, it needs to "
                          "be an absolute path", 125)
    stop_signal = args.get("stop-signal") or ""
    if stop_signal and parse_signal(stop_signal) is None:
        raise DockerError(f"Error response from daemon: invalid signal: {stop_signal}", 125)
    containerhealth.validate(health)  # validateContainerConfig ends with validateHealthCheck
    for spec in mounts:
        if isinstance(spec, DockerError):
            raise spec
        check_bind_source(ctx.world, spec)
    limits, warnings = _policy_and_limits(args, policy or "no", retries)
    # validateHostConfig warns of each image mount, before verifyPlatformContainerSettings's warnings
    warnings[:0] = ["Image mount is an experimental feature" for spec in mounts
                    if isinstance(spec, MountSpec) and spec.type == "image"]
    for raw in args.list("tmpfs"):
        parse_tmpfs_flag(raw)
    warnings += netmodes.create_warnings(network, bool(port_specs))
    return Checked(port_specs, policy or "no", retries, limits, warnings, network, exposed)


def _check_attach(args: Args, command: str) -> None:
    """run.go runContainer, once parse() is done and before it creates (and pulls): -a with -d."""
    if command == "run" and args.bool("detach") and args.list("attach"):
        raise DockerError(ATTACH_AND_DETACH)


def _check_storage_syntax(args: Args) -> None:
    """opts.go parseStorageOpts: each --storage-opt is KEY=VALUE."""
    if any("=" not in opt for opt in args.list("storage-opt")):
        raise DockerError("invalid storage option", 125)


def _check_swappiness(args: Args) -> None:
    """The first check of opts.go parse()."""
    swappiness = args.get("memory-swappiness", -1)
    if swappiness != -1 and not 0 <= swappiness <= 100:
        raise DockerError(f"invalid value: {swappiness}. Valid memory swappiness range is 0-100", 125)


def _policy_and_limits(args: Args, policy: str, retries: int) -> tuple[dict[str, Any], list[str]]:
    """The daemon's checks of the restart policy (validateHostConfig, after the mounts) and of the
    resources (verifyPlatformContainerSettings begins with them): the limits and the warnings."""
    try:
        validate_restart_policy(policy, retries)
        check_capabilities(args.list("cap-add"), args.list("cap-drop"))
        limits = from_flags(args)
        return limits, verify(limits, update=False)
    except (PolicyError, ResourceError) as exc:
        raise DockerError(f"Error response from daemon: {exc}", 125) from None


# containerd pkg/cap Known(): the capabilities the daemon knows (oci/caps/utils_linux.go), all of
# them available on the simulated host's kernel
KNOWN_CAPABILITIES = frozenset("CAP_" + name for name in (
    "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP",
    "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW", "IPC_LOCK",
    "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT", "SYS_ADMIN",
    "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE",
    "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM", "BLOCK_SUSPEND",
    "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE",
))


def check_capabilities(cap_add: list[str], cap_drop: list[str]) -> None:
    """daemon/container.go validateCapabilities (the end of validateHostConfig): each --cap-add,
    then each --cap-drop, upper-cased with CAP_ put in front (not trimmed), must be ALL or known
    (oci/caps NormalizeLegacyCapabilities). The CLI sends them as typed, and they are kept so."""
    for field, caps in (("CapAdd", cap_add), ("CapDrop", cap_drop)):
        for raw in caps:
            name = raw.upper()
            full = name if name.startswith("CAP_") else "CAP_" + name
            if name != "ALL" and full not in KNOWN_CAPABILITIES:
                raise DockerError(f'Error response from daemon: invalid {field}: unknown capability: "{full}"', 125)


@dataclass
class Checked:
    """What run's and create's checks found: the -p specs, the restart policy and the resource
    limits as the daemon keeps them, and the daemon's warnings."""

    port_specs: list[tuple[int, int, str, str]]
    restart_policy: str
    restart_retries: int
    limits: dict[str, Any]
    warnings: list[str]
    network: str = "default"  # HostConfig.NetworkMode as the CLI sends it
    exposed: list[str] = dataclasses.field(default_factory=list)  # -p's and --expose's Config.ExposedPorts keys


def check_bind_source(world: World, ms: MountSpec) -> None:
    """A --mount bind's source must exist (volume/mounts/linux_parser.go validateMountConfigImpl;
    CLI 28.5 has no bind-create-src); the daemon checks it before it looks for the image, so no
    pull happens."""
    if ms.type == "bind" and ms.source != "/" and world.host.get(normpath(ms.source)) is None:
        raise DockerError("Error response from daemon: invalid mount config for type \"bind\": "
                          f"bind source path does not exist: {ms.source}", 125)


def new_volume(world: World, name: str, driver: str, labels: dict[str, str] | None = None,
               options: dict[str, str] | None = None) -> str:
    """The daemon's volume create for a mount (moby v28.5.2 volume/service/service.go Create: a
    random name and the anonymous label when there is none; store.go create): a driver other than
    local is a plugin, and there are none here (volume/drivers/extpoint.go lookup), so it fails
    for a volume that exists as well (checkConflict looks the driver up first). A --mount's
    volume-label and volume-opt reach a new volume only (daemon/volumes.go registerMountPoints:
    WithCreateLabels, WithCreateOptions); store.go create returns an existing one as it is, and
    only the local driver's Create checks the options (volume/local/local_unix.go validateOpts)."""
    if driver not in ("", "local"):
        raise DockerError(f"Error response from daemon: create {name or world.new_hex('volume')}: error looking up "
                          f"volume plugin {driver}: plugin \"{driver}\" not found", 125)
    if name and name in world.volumes:
        return name
    if options:
        try:
            check_local_options(name or world.new_hex("volume"), options)
        except DockerError as exc:
            raise DockerError(exc.message, 125) from None
    if name:
        return create_volume(world, name, labels=labels, options=options)
    return create_volume(world, "", labels={**(labels or {}), "com.docker.volume.anonymous": ""}, options=options)


def check_storage_opts(args: Args) -> None:
    """--storage-opt as the overlay2 driver takes it for the container's init and read-write
    layers (moby v28.5.2 daemon/graphdriver/overlay2/overlay.go CreateReadWrite, parseStorageOpt),
    on a backing file system without project quotas (ext4 here): a size is refused, and any other
    key is unknown. daemon/create.go makes the layers after the name is taken and before the
    mounts, so no volume is made."""
    opts = dict(opt.split("=", 1) for opt in args.list("storage-opt"))
    if "size" in opts:
        raise DockerError("Error response from daemon: --storage-opt is supported only for overlay over xfs with "
                          "'pquota' mount option", 125)
    for key in sorted(opts):  # a Go map: layerlab takes the keys in order
        if key.lower() == "size":
            # overlay2 would set the quota through its quota control, which it has not made on ext4
            raise DockerError(f"layerlab: --storage-opt {key} (a size key not in lower case) is not simulated", 125)
        raise DockerError(f"Error response from daemon: Unknown option {key.lower()}", 125)


def _duplicate(dest: str) -> DockerError:
    return DockerError(f"Error response from daemon: Duplicate mount point: {dest}", 125)


def mount_points(ctx: Ctx, args: Args, image: Image, cwd: str) -> tuple[list[Mount], list[str], list[str]]:
    """The mount points registerMountPoints would set up, creating volumes on the way: those of
    --volumes-from, then -v, --mount and --tmpfs (which override it at the same destination), then
    the image's VOLUMEs."""
    world = ctx.world
    by_dest = _volumes_from(world, args)
    seen: set[str] = set()
    anonymous = _volume_flags(world, args, cwd, by_dest, seen)
    for raw in args.list("mount"):
        _mount_flag(world, raw, cwd, by_dest, seen)
    tmpfs_flags = []
    for raw in args.list("tmpfs"):
        dest = parse_tmpfs_flag(raw)
        if dest in seen:
            raise _duplicate(dest)
        seen.add(dest)
        tmpfs_flags.append(dest)
        by_dest[dest] = new_mount("tmpfs", dest, "", True, "", "", False, False, "")
        # HostConfig.Tmpfs keeps the options as written (cli opts.go: what follows the first ':')
        by_dest[dest].spec = raw.partition(":")[2]
        by_dest[dest].tmpfs_size = tmpfs_size_option(by_dest[dest].spec)
    _anonymous_volumes(world, image, anonymous, by_dest, args.get("volume-driver") or "")
    return sorted(by_dest.values(), key=lambda m: m.destination), tmpfs_flags, anonymous


def _volumes_from(world: World, args: Args) -> dict[str, Mount]:
    """--volumes-from: the other container's mounts (not its --tmpfs ones), read-only with ':ro'."""
    by_dest: dict[str, Mount] = {}
    for ref in args.list("volumes-from"):
        # moby v28.5.2 volume/mounts/linux_parser.go ParseVolumesFrom, before the container is looked up
        if not ref:
            raise DockerError("Error response from daemon: volumes-from specification cannot be an empty string", 125)
        name, _, mode = ref.partition(":")
        words = mode.split(",")
        if mode and (not valid_mount_mode(mode) or any(w in PROPAGATIONS or w == "nocopy" for w in words)):
            raise DockerError(f"Error response from daemon: invalid mode: {mode}", 125)
        src = world.find_container(name)
        if src is None:
            raise DockerError(f"Error response from daemon: No such container: {name}", 125)
        for m in src.mounts:
            if m.type == "tmpfs" and m.destination in src.tmpfs_flags:
                continue  # a --tmpfs is HostConfig.Tmpfs, not one of the container's MountPoints
            if m.type == "tmpfs":
                # a --mount tmpfs is a MountPoint with no Source and no Name: registerMountPoints
                # looks it up as a volume named "" (daemon.volumes.Get), which the store has not
                # (volume/service/store.go Get: OpErr "get", errNoSuchVolume; moby/moby#35194)
                raise DockerError("Error response from daemon: get: no such volume", 125)
            copy = Mount(**m.to_dict())
            # registerMountPoints copies Type, Name, Source, RW, Driver, Destination, Propagation
            # and Spec, not Mode, which stays empty (moby v28.5.2 daemon/volumes.go)
            copy.copy_data, copy.mode = False, ""
            if "ro" in words:  # RW: m.RW && parser.ReadWrite(mode)
                copy.rw = False
            by_dest[m.destination] = copy
    return by_dest


def _volume_flags(world: World, args: Args, cwd: str, by_dest: dict[str, Mount], seen: set[str]) -> list[str]:
    """-v SOURCE:DEST binds and named volumes; returns the destinations of -v /path (anonymous)."""
    anonymous: list[str] = []
    tmpfs_dests = {parse_tmpfs_flag(raw) for raw in args.list("tmpfs")}
    for raw in args.list("volume"):
        spec = parse_volume_flag(raw, cwd)
        dest = normpath(spec.destination)
        if not spec.source:
            anonymous.append(spec.destination)  # Config.Volumes keeps the client's key as written
            continue
        # daemon/volumes.go (#10618): checked before this bind's volume is created
        if dest in seen or dest in tmpfs_dests:
            raise _duplicate(dest)
        seen.add(dest)
        kind = "bind" if spec.source.startswith("/") else "volume"
        rw, mode, prop = mode_of(spec.mode, kind, kind == "volume")
        if kind == "volume":
            new_volume(world, spec.source, args.get("volume-driver") or "")
        nocopy = "nocopy" in spec.mode.split(",")
        by_dest[dest] = new_mount(kind, dest, spec.source if kind == "volume" else normpath(spec.source),
                                  rw, mode, prop, kind == "volume", not nocopy, spec.source)
        by_dest[dest].origin = "bind-flag"
        by_dest[dest].spec = spec.raw  # as the client sent it: a relative host part made absolute
    return anonymous


def _mount_flag(world: World, raw: str, cwd: str, by_dest: dict[str, Mount], seen: set[str]) -> None:
    """One --mount: a bind, a tmpfs or a volume (named, or anonymous without a source)."""
    ms = parse_mount_flag(raw, cwd)
    dest = normpath(ms.target)
    if dest in seen:
        raise _duplicate(dest)
    seen.add(dest)
    if ms.type == "bind":
        check_bind_source(world, ms)
        by_dest[dest] = new_mount("bind", dest, normpath(ms.source), not ms.readonly, "", ms.propagation or "rprivate",
                                  False, False, ms.source)
    elif ms.type == "tmpfs":
        by_dest[dest] = new_mount("tmpfs", dest, "", not ms.readonly, "", "", False, False, "")
        by_dest[dest].tmpfs_size, by_dest[dest].tmpfs_mode = ms.tmpfs_size, ms.tmpfs_mode
    elif ms.type == "image":
        by_dest[dest] = _image_mount(world, ms, dest)
    else:
        # the mount's own volume-driver, never --volume-driver (linux_parser.go parseMountSpec)
        name, named = new_volume(world, ms.source, ms.driver, ms.labels, ms.options), bool(ms.source)
        # Mode "z" for every local volume, anonymous ones too: registerMountPoints calls
        # setBindModeIfNull after creating it (moby v28.5.2 daemon/volumes.go)
        by_dest[dest] = new_mount("volume", dest, name, not ms.readonly, "z", "",
                                  named, not ms.nocopy, ms.source)
        by_dest[dest].subpath = ms.subpath
    by_dest[dest].origin = "mount-flag"  # kept in HostConfig.Mounts, not Binds
    by_dest[dest].mount_flag, by_dest[dest].flag_order = raw, len(seen)


class NoSuchImage(DockerError):
    """An image mount's image is not in the store: a NotFound error, which makes the CLI pull the
    container's image and try again (cli/command/container/create.go createContainer)."""


def _image_mount(world: World, ms: MountSpec, dest: str) -> Mount:
    """moby v28.5.2 daemon/volumes.go registerMountPoints: the image is looked up (never pulled),
    a layer of its own is made on the image's layers and mounted, read-only whatever was asked;
    its Source is then the image's ID (which docker rmi's conflict check compares) and its Name
    the source as given."""
    try:
        parse_ref(ms.source)
    except RefError as exc:
        raise DockerError(f"Error response from daemon: {exc}", 125) from None
    image = world.find_image(ms.source)
    if image is None:
        raise NoSuchImage(f"Error response from daemon: No such image: {normalize_tag(ms.source) or ms.source}", 125)
    if not driver_creates_on(len(image.layers)):  # CreateLayerFromImage: one layer, no init layer (layerdepth)
        raise DockerError(f"Error response from daemon: {MAX_DEPTH_EXCEEDED}", 125)
    m = new_mount("image", dest, image.id, False, "", "rprivate", False, False, ms.source)
    m.image_subpath, m.image_layers = ms.image_subpath, tuple(image.layers)
    m.spec = "ro" if ms.readonly else ""  # HostConfig.Mounts keeps ReadOnly as the client sent it
    return m


def _in_scope(get: Callable[[str], Node | None], path: str) -> str:
    """moby/sys/symlink FollowSymlinkInScope with the container's root as the scope: every link on
    the way is followed, '..' and absolute targets never leave the root."""
    parts, done, links = [p for p in path.split("/") if p], "/", 0
    while parts:
        part = parts.pop(0)
        if part in (".", ".."):
            done = parent_of(done) if part == ".." else done
            continue
        here = normpath(part, done)
        node = get(here)
        if node is None or node.kind != LINK:
            done = here
            continue
        links += 1
        if links > 255:
            return here  # the lookup fails (too many links) and the stat with it: no file in the way
        done = "/" if node.data.startswith("/") else done
        parts = [p for p in node.data.split("/") if p] + parts
    return done


def _drop_anonymous(world: World, by_dest: dict[str, Mount]) -> None:
    """A create that fails once the container exists is cleaned up with its volumes (daemon/create.go:
    cleanupContainer with RemoveVolume, delete.go removeMountPoints): each volume mounted without a
    source is removed unless another container uses it (a Conflict, ignored); named ones stay."""
    for m in by_dest.values():
        if m.type == "volume" and not m.spec_source and m.source in world.volumes and not world.volume_users(m.source):
            delete_volume(world, m.source)


def _anonymous_volumes(world: World, image: Image, anonymous: list[str], by_dest: dict[str, Mount],
                       driver: str) -> None:
    """Image VOLUMEs and -v /path: a new anonymous volume (of --volume-driver's driver) for each
    destination not yet mounted."""
    layers = [SETUP_TREE, *world.image_layers(image)]
    for key in [*image.config.get("Volumes", {}).keys(), *anonymous]:
        dest = normpath(key)
        if dest in by_dest:
            continue
        # daemon/create_unix.go createContainerOSSpecificSettings: os.Stat of GetResourcePath,
        # the destination in the container's merged root (init layer included) with its links
        # followed in scope; the error names that host path
        where = _in_scope(lambda path: overlay_get(layers, path), dest)
        node = overlay_get(layers, where)
        if node is not None and node.kind != DIR:
            _drop_anonymous(world, by_dest)
            merged = f"{OVERLAY}/{rw_layer_dir(world.new_hex('container'))}/merged"
            raise DockerError("Error response from daemon: cannot mount volume over existing file, file exists "
                              f"{merged}{where}", 125)
        name = new_volume(world, "", driver)
        by_dest[dest] = new_mount("volume", dest, name, True, "", "", False, True, "")
        if not key.startswith("/"):  # daemon/create_unix.go: filepath.Clean(key), relative as it is
            by_dest[dest].kept_destination = go_clean(key)


def read_env_files(ctx: Ctx, args: Args) -> list[str]:
    """The variables of each --env-file, read by the client (opts.ReadKVEnvStrings)."""
    user: list[str] = []
    for path in args.list("env-file"):
        node = ctx.world.host.get(normpath(path, ctx.shell.cwd))
        if node is None:
            raise DockerError(f"open {path}: no such file or directory", 125)
        if node.kind == DIR:
            raise DockerError(f"invalid env file ({path}): read {path}: is a directory", 125)
        try:
            user += _env_file_lines(ctx, node.data)
        except ValueError as exc:
            raise DockerError(f"invalid env file ({path}): {exc}", 125) from None
    return user


# layerlab's bound on a container's Config.Env (the daemon has none; Linux's execve refuses an
# environment past ARG_MAX, 2 MiB, only when the process starts): a 4 MiB --env-file of `A=1` lines
# gave each create a million variables, 0.4 s uncharged and 80 MB of the world (eight: 633 MB).
MAX_ENV_VARIABLES = 4096
MAX_ENV_CHARS = 1024 * 1024
# bufio.Scanner's longest token (bufio.MaxScanTokenSize): parseKeyValueFile reads a file by lines
SCAN_TOKEN = 64 * 1024


def _lines_of(data: str) -> Iterator[str]:
    """data's lines, one at a time (split whole, a 16 MiB file of short lines was 4 million strings)."""
    start = 0
    while (end := data.find("\n", start)) >= 0:
        yield data[start:end]
        start = end + 1
    yield data[start:]


def env_too_big() -> DockerError:
    return DockerError(f"Error response from daemon: layerlab: a container's environment holds at most "
                       f"{MAX_ENV_VARIABLES:,} variables and {MAX_ENV_CHARS // (1024 * 1024)} MiB of them in this "
                       "sandbox", 125)


def _env_file_lines(ctx: Ctx, data: str) -> list[str]:
    """docker/cli v28.5.2 pkg/kvfile/kvfile.go parseKeyValueFile: leading blanks go, the rest of a
    line is kept as written; a name alone takes its value from the client's environment, if set.
    A line of SCAN_TOKEN bytes or more ends the scan with bufio's error. Each line is a step."""
    out: list[str] = []
    chars = 0
    spend = budget.current()
    for raw_line in _lines_of(data):
        spend.step()
        if len(raw_line) >= SCAN_TOKEN // 4 and len(raw_line.encode()) >= SCAN_TOKEN:
            raise ValueError("bufio.Scanner: token too long")
        if len(out) > MAX_ENV_VARIABLES or chars > MAX_ENV_CHARS:  # (environment checks what it keeps)
            raise env_too_big()
        line = raw_line.lstrip()
        if not line or line.startswith("#"):
            continue
        key, eq, _ = line.partition("=")
        if not key:
            raise ValueError(f"no variable name on line '{line}'")
        if " " in key or "\t" in key:
            raise ValueError(f"variable '{key}' contains whitespaces")
        if eq:
            out.append(line)
        elif key in ctx.shell.env:
            out.append(f"{key}={ctx.shell.env[key]}")
        else:
            continue
        chars += len(out[-1]) + 1
    return out


def env_flag(ctx: Ctx, value: str) -> str:
    """opts.ValidateEnv on an -e value: NAME alone takes the client's value, if it has one."""
    if "=" in value or value not in ctx.shell.env:
        return value
    return f"{value}={ctx.shell.env[value]}"


def environment(ctx: Ctx, args: Args, image: Image) -> list[str]:
    """--env-file and -e merged with the image's Env (daemon/commit.go merge(): the user's
    variables first, then the image's ones not overridden)."""
    given = read_env_files(ctx, args) + [env_flag(ctx, e) for e in args.list("env")]
    # the CLI appends -e after the files and sends both, so a key set twice is there twice
    # (docker/cli opts/parse.go readKVStrings); only the image's are dropped when the user sets them.
    # A name with no value unsets it (daemon/container/env.go ReplaceOrAppendEnvValues): layerlab
    # keeps it out of the list
    keys = {e.split("=", 1)[0] for e in given}
    user = [e for e in given if "=" in e]
    env = user + [e for e in (image.config.get("Env") or []) if e.split("=", 1)[0] not in keys]
    chars = sum(len(e) + 1 for e in env)
    if len(env) > MAX_ENV_VARIABLES or chars > MAX_ENV_CHARS:
        raise env_too_big()
    return env


def entrypoint_and_cmd(args: Args, image: Image) -> tuple[list[str], list[str]]:
    """--entrypoint and the command after the image, over the image's Entrypoint and Cmd
    (an --entrypoint drops the image's Cmd)."""
    cmd = args.positional[1:]
    entrypoint = list(image.config.get("Entrypoint") or [])
    if args.get("entrypoint") is not None:
        entrypoint = [args.get("entrypoint")] if args.get("entrypoint") else []
    elif not cmd:
        cmd = list(image.config.get("Cmd") or [])
    return entrypoint, cmd
