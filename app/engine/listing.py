"""`docker ps` and the display helpers it shares with inspect, system df and the web page."""

from __future__ import annotations

from typing import Any

from . import containerhealth, netmodes
from .dockercli import Args, Ctx, DockerError, print_formatted
from .filters import Filters
from .formatting import TemplateError, check_ps_format, docker_created_at, ellipsis, human_duration, human_size
from .gotemplate import go_quote
from .images import image_size
from .lifecycle import get_container
from .refs import RefError, parse_ref
from .volumes import natural_key
from .world import Container, World, container_image


def status_text(world: World, c: Container) -> str:
    # container/state.go String; a run the restart manager began started (and so ended) that many
    # ms into its second
    frac = c.restart_offset / 1000
    if c.frozen:
        return f"Up {human_duration(world.clock - c.started_at - frac)} (Paused)"
    if c.running:  # (with a healthcheck, its health after: containerhealth.status_suffix)
        return f"Up {human_duration(world.clock - c.started_at - frac)}{containerhealth.status_suffix(world, c)}"
    if c.restarting:  # the exit it had, since it ended
        return f"Restarting ({c.exit_code}) {human_duration(world.clock - c.finished_at - frac)} ago"
    if c.state == "created" or not c.started_at:
        return "Created"
    return f"Exited ({c.exit_code}) {human_duration(world.clock - c.finished_at - frac)} ago"


def command_text(c: Container, trunc: bool = True) -> str:
    """ContainerContext.Command: Ellipsis(command, 20) unless --no-trunc, then strconv.Quote."""
    text = " ".join([*c.entrypoint, *c.cmd])
    if trunc:
        text = ellipsis(text, 20)
    return go_quote(text)


def ports_text(c: Container) -> str:
    """formatter DisplayablePorts (cli/command/formatter/container.go): sorted as comparePorts sorts
    (container port, address, host port, protocol), a run of consecutive ports exposed only, or
    published on the same port of one address, is one group (`0.0.0.0:3000-3005->3000-3005/tcp`),
    and a port published on another port comes after the groups. (Listed one by one, a
    `-p 1-65535:1-65535` made `docker ps` 2.8 MB and the page 8 MB, drawn in 0.5-0.9 s each time.)
    Off the bridge NetworkSettings.Ports is empty: nothing."""
    if not netmodes.publishes(c) or not c.running:
        return ""
    published = c.published_ports() if c.ports else []
    taken = {f"{cp}/{proto}" for _, cp, _, proto in published}
    ports = [(cp, ip, hp, proto) for hp, cp, ip, proto in published]
    for p in c.exposed:
        if p not in taken:
            number, _, proto = p.partition("/")
            ports.append((int(number) if number.isdigit() else 0, "", 0, proto or "tcp"))
    groups: dict[str, list[int]] = {}  # key (protocol, or address/protocol): [first, last]; kept in order made
    result: list[str] = []
    mappings: list[str] = []
    for private, ip, public, proto in sorted(ports):
        key = proto
        if ip:
            if public != private:
                mappings.append(f"{_host_port(ip, str(public))}->{private}/{proto}")
                continue
            key = f"{ip}/{proto}"
        group = groups.get(key)
        if group is not None and private == group[1] + 1:
            group[1] = private
            continue
        if group is not None:
            result.append(_port_group(key, *group))
        groups[key] = [private, private]
    result += [_port_group(key, first, last) for key, (first, last) in groups.items()]
    return ", ".join(result + mappings)


def _port_group(key: str, first: int, last: int) -> str:
    """formGroup: `80/tcp`, `8000-8005/tcp`, `0.0.0.0:8000-8005->8000-8005/tcp`."""
    ip, _, proto = key.rpartition("/")
    group = str(first) if first == last else f"{first}-{last}"
    if ip:
        group = f"{_host_port(ip, group)}->{group}"
    return f"{group}/{proto}"


def _host_port(ip: str, port: str) -> str:
    """net.JoinHostPort: an IPv6 address in brackets."""
    return f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"


def image_display(world: World, c: Container, trunc: bool = True) -> str:
    """The IMAGE column: the daemon keeps the reference as given while it still resolves to the container's
    image, else shows the image ID (daemon/list.go refreshImage); trunc cuts an ID to 12 and shows a name
    in its familiar form, with its tag when one was given (formatter/container.go Image)."""
    found = world.find_image(c.image_ref) if c.image_ref else None
    image = c.image_ref if found is not None and found.id == c.image_id else c.image_id
    if not trunc:
        return image
    if image.removeprefix("sha256:")[:12] == c.image_id[7:19]:
        return c.image_id[7:19]
    try:
        repo, tag, _ = parse_ref(image)
    except RefError:
        return image
    return f"{repo}:{tag}" if tag else repo


def listed_mounts(c: Container) -> list[tuple[str, str]]:
    """(Name, else Source; Destination) of each of the container's MountPoints, as the list API
    has them (moby v28.5.2 container/container_unix.go GetMountPoints): a --mount tmpfs is one,
    with no name or source; a --tmpfs is not (it lives in HostConfig.Tmpfs)."""
    return [(m.spec_source if m.type == "image" else m.source, m.kept_destination or m.destination)
            for m in c.mounts if m.destination not in c.tmpfs_flags]


def mounts_text(c: Container, trunc: bool = True) -> str:
    """ContainerContext.Mounts: each mount's volume name (else its source, empty for a tmpfs),
    Ellipsis(name, 15) unless --no-trunc."""
    return ",".join(ellipsis(n, 15) if trunc else n for n, _ in listed_mounts(c))


def ps_row(world: World, c: Container, trunc: bool = True, sizes: bool = True) -> dict[str, Any]:
    """One container as formatter.ContainerContext shows it; without `sizes` the daemon sent none ("0B")."""
    img = container_image(world, c)
    virtual = (image_size(world, img) if img else 0) + c.rw.size()
    size = f"{human_size(c.rw.size())} (virtual {human_size(virtual)})" if sizes else "0B"
    return {
        "ID": c.id[:12] if trunc else c.id, "Image": image_display(world, c, trunc),
        "Command": command_text(c, trunc), "CreatedAt": docker_created_at(c.created),
        "RunningFor": human_duration(world.clock - c.created) + " ago", "Ports": ports_text(c), "State": "paused" if c.frozen else c.state,
        "Status": status_text(world, c), "Size": size, "Names": c.name,
        "Labels": ",".join(sorted(f"{k}={v}" for k, v in c.labels.items())), "Mounts": mounts_text(c, trunc),
        "Networks": netmodes.ps_networks(c), "LocalVolumes": str(sum(1 for m in c.mounts if m.type == "volume")),
    }


# daemon/list.go acceptedPsFilterTags
_PS_FILTERS = ("ancestor", "before", "exited", "id", "isolation", "label", "name", "status", "health", "since",
               "volume", "network", "is-task", "publish", "expose")
_STATES = ("created", "running", "paused", "restarting", "removing", "exited", "dead")
_HEALTHS = ("none", "starting", "healthy", "unhealthy")


def _check_ps_filters(f: Filters) -> None:
    """daemon/list.go foldFilter: the keys, then exited, status, is-task and health values."""
    f.validate(_PS_FILTERS)
    for v in f.get("exited"):
        try:
            int(v, 10)
        except ValueError:
            raise DockerError(f"Error response from daemon: invalid filter 'exited={v}': "
                              f'strconv.Atoi: parsing "{v}": invalid syntax') from None
    for v in f.get("status"):
        if v not in _STATES:
            raise DockerError(f"Error response from daemon: invalid filter 'status={v}': invalid value for state "
                              f"({v}): must be one of {', '.join(_STATES)}")
    f.get_bool("is-task")
    for key in ("publish", "expose"):
        for v in f.get(key):
            _port_values(key, v)
    for v in f.get("health"):
        if v not in _HEALTHS:
            raise DockerError(f"Error response from daemon: invalid filter 'health={v}': invalid value for health "
                              f"({v}): must be one of {', '.join(_HEALTHS)}")


def _port_values(key: str, value: str) -> set[str]:
    """daemon/list.go portOp: <port>[/<proto>] or <start>-<end>[/<proto>] (go-connections nat)."""
    if ":" in value:
        raise DockerError(f"Error response from daemon: filter for '{key}' should not contain ':': {value}")
    parts = value.split("/")
    port, proto = (parts[0], parts[1] if len(parts) > 1 and parts[1] else "tcp") if parts[0] else ("", "")
    bounds = port.split("-")
    why = ""
    if not port:
        why = "empty string specified for ports"
    for text in bounds[:2]:
        if not why and not (text.isascii() and text.isdigit()):
            why = f'strconv.ParseUint: parsing "{text}": invalid syntax'
        elif not why and int(text) > 65535:
            why = f'strconv.ParseUint: parsing "{text}": value out of range'
    if not why and int(bounds[-1 if len(bounds) > 1 else 0]) < int(bounds[0]):
        why = f"invalid range specified for port: {port}"
    if why:
        raise DockerError(f"Error response from daemon: error while looking up for {key} {value}: {why}")
    start = int(bounds[0])
    end = int(bounds[1]) if len(bounds) > 1 else start
    return {f"{p}/{proto}" for p in range(start, end + 1)}


def _ports_match(c: Container, f: Filters) -> bool:
    """publish= matches a published host port, expose= a container port (a running container's Ports)."""
    published = {v for value in f.get("publish") for v in _port_values("publish", value)}
    exposed = {v for value in f.get("expose") for v in _port_values("expose", value)}
    if not published and not exposed:
        return True
    mapped = [(f"{hp}/{proto}", f"{cp}/{proto}") for hp, cp, _, proto in c.published_ports()] if c.running else []
    only_exposed = [("0/" + p.split("/")[1], p) for p in c.exposed] if c.running else []
    return any(pub in published or exp in exposed for pub, exp in mapped + only_exposed)


def _ps_filter(world: World, c: Container, f: Filters) -> bool:
    """includeContainerInList, for the filters the simulator keeps the data of."""
    checks = {
        "status": lambda v: ("paused" if c.frozen else c.state) == v,  # StateString
        "name": lambda v: Filters.match_one(v, c.name) or Filters.match_one(v, "/" + c.name),
        "id": lambda v: Filters.match_one(v, c.id),
        # daemon/list.go includeContainerInList: a MountPoint's destination, or its name (else source)
        "volume": lambda v: any(v in point for point in listed_mounts(c)),
        "ancestor": lambda v: (img := world.find_image(v)) is not None and img.id == c.image_id,
        "exited": lambda v: c.state == "exited" and c.exit_code == int(v),
        # container/view.go: State.Health's status (kept after a stop), "none" when it has none
        "health": lambda v: v == ((containerhealth.state_json(world, c) or {}).get("Status") or "none"),
        "is-task": lambda v: v in ("0", "false"),
        "network": lambda v: netmodes.ps_on_network(world, c, v),
    }
    for key, check in checks.items():
        if f.contains(key) and not any(check(v) for v in f.get(key)):
            return False
    return f.match_kv("label", c.labels) and _ports_match(c, f)


def _ps_format(ctx: Ctx, args: Args) -> tuple[str, bool]:
    """runPs and buildContainerListOptions: the format to write and whether sizes are asked for."""
    fmt = args.get("format") or ""
    quiet = args.bool("quiet")
    if fmt and quiet:
        ctx.io.err("WARNING: Ignoring custom format, because both --format and --quiet are set.")
    sizes = args.bool("size")
    if fmt:
        try:
            uses_size = check_ps_format(fmt)
        except TemplateError as exc:
            raise DockerError(str(exc)) from None
        if uses_size and not quiet and not sizes and "size" not in args.given:
            sizes = True
    # formatter.NewContainerFormat
    if fmt == "raw":
        return ("container_id: {{.ID}}" if quiet else _PS_RAW + ("size: {{.Size}}\\n" if sizes else "")), sizes
    if quiet:
        return "{{.ID}}", sizes
    if fmt in ("", "table"):
        return _PS_TABLE + ("\\t{{.Size}}" if sizes else ""), sizes
    return fmt, sizes


_PS_RAW = ("container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n"
           "state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\n"
           "labels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n")
_PS_TABLE = "table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}"


def _id_or_name(world: World, value: str) -> Container:
    """daemon/list.go idOrNameFilter: the full ID, else the name."""
    for c in world.containers.values():
        if c.id == value or c.name == value.removeprefix("/"):
            return c
    raise DockerError(f"Error response from daemon: No such container: {value}")


def _ps_rows(world: World, args: Args) -> list[Container]:
    """The daemon's list (reducePsContainer): newest first; before= skips up to and including its
    container, since= stops there; stopped ones only with -a, a status filter or a limit."""
    f = Filters(args.list("filter"))
    _check_ps_filters(f)
    before = _id_or_name(world, f.get("before")[-1]) if f.contains("before") else None
    since = _id_or_name(world, f.get("since")[-1]) if f.contains("since") else None
    last = args.get("last")
    limit = 1 if args.bool("latest") and (last is None or int(last) == -1) else int(last if last is not None else -1)
    show_all = args.bool("all") or f.contains("status") or limit > 0
    rows = []
    for c in reversed(list(world.containers.values())):
        if before is not None:
            before = None if c.id == before.id else before
            continue
        if since is not None and c.id == since.id:
            break
        if (show_all or c.running or c.restarting) and _ps_filter(world, c, f):
            rows.append(c)
    return rows[:limit] if limit > 0 else rows


def cmd_ps(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    fmt, sizes = _ps_format(ctx, args)
    rows = _ps_rows(world, args)
    trunc = not args.bool("no-trunc")
    print_formatted(ctx, fmt, [ps_row(world, c, trunc, sizes) for c in rows], "*formatter.ContainerContext")
    return 0


def cmd_port(ctx: Ctx, args: Args) -> int:
    """container/port.go runPort: every mapping, or the host addresses of one PRIVATE_PORT[/PROTO]
    (tcp when no protocol is given); NetworkSettings.Ports is empty while the container is stopped."""
    name = args.positional[0]
    c = get_container(ctx.world, name)
    mappings = [(f"{cp}/{proto}", f"{ip}:{hp}") for hp, cp, ip, proto in c.published_ports()] if c.running else []
    if len(args.positional) > 1:
        wanted = args.positional[1]
        port, _, proto = wanted.partition("/")
        if not (port.isascii() and port.isdigit()) or int(port) > 65535:
            why = "value out of range" if port.isascii() and port.isdigit() else "invalid syntax"
            raise DockerError(f'Error: invalid port ({port}): strconv.ParseUint: parsing "{port}": {why}')
        key = f"{port}/{proto or 'tcp'}"
        out = [front for k, front in mappings if k == key]
        if not out:
            raise DockerError(f"Error: No public port '{wanted}' published for {name}")
    else:
        out = [f"{k} -> {front}" for k, front in mappings]
    for line in sorted(out, key=natural_key):
        ctx.io.out(line)
    return 0
