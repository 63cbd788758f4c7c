"""`docker ps` and the display helpers it shares with inspect, system df and the web page."""

from __future__ import annotations

from typing import Any

import regex

from . import budget
from .budget import regex_error
from .dockercli import Args, Ctx, DockerError, print_formatted
from .formatting import docker_created_at, human_duration, human_size, table
from .images import image_size
from .refs import normalize_tag
from .world import Container, World


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
    virtual = (image_size(world, img) if img else 0) + c.rw.size()
    return {
        "ID": c.id[:12], "Image": image_display(world, c), "Command": command_text(c),
        "CreatedAt": docker_created_at(c.created), "RunningFor": human_duration(world.clock - c.created) + " ago",
        "Ports": ports_text(c), "State": c.state, "Status": status_text(world, c),
        "Size": f"{human_size(c.rw.size())} (virtual {human_size(virtual)})", "Names": c.name,
        "Labels": "", "Mounts": ",".join(m.source for m in c.mounts if m.type != "tmpfs"),
        "Networks": "bridge", "LocalVolumes": str(sum(1 for m in c.mounts if m.type == "volume")),
    }


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
        print_formatted(ctx, fmt, [ps_row(world, c) for c in rows], "*formatter.ContainerContext")
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
