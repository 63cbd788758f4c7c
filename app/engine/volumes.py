"""Volumes: creation (named and anonymous), reference counting, and the `docker volume` commands."""

from __future__ import annotations

import re
from typing import Any

from . import events, gotemplate
from .dockercli import Args, Ctx, DockerError, confirm, print_formatted, print_pruned
from .filters import Filters
from .formatting import go_json, held, human_size4, rfc3339
from .fs import dir_node, du_bytes
from .gotemplate import GoNil, GoStruct, TemplateError
from .mounts import check_volume_name, ram_in_bytes
from .views import VOLUMES_ROOT, volume_data_path
from .world import MAX_VOLUMES, Volume, World


def create_volume(world: World, name: str, labels: dict[str, str] | None,
                  options: dict[str, str] | None) -> str:
    """Create a local volume (a 64-hex anonymous one when name is empty); an existing name is reused."""
    if name and name in world.volumes:
        return name
    if len(world.volumes) >= MAX_VOLUMES:
        raise DockerError(f"Error response from daemon: layerlab: this sandbox holds at most {MAX_VOLUMES} volumes; "
                          "remove some with docker volume rm or docker volume prune", 125)
    anonymous = not name
    if anonymous:
        name = world.new_hex("volume")
    world.volumes[name] = Volume(name, world.clock, labels, options, anonymous)
    world.host.ensure_dirs(VOLUMES_ROOT)
    world.host.set(f"{VOLUMES_ROOT}/{name}", dir_node(mode=0o701))
    world.host.set(volume_data_path(name), dir_node())
    events.record(world, "volume", "create", name, {"driver": "local"})  # volume/service/store.go
    return name


def delete_volume(world: World, name: str) -> int:
    """Remove the volume and its data; returns the bytes it held."""
    size = volume_size(world, name)
    if world.volumes.pop(name, None) is not None:
        events.record(world, "volume", "destroy", name, {"driver": "local"})
    world.host.delete(f"{VOLUMES_ROOT}/{name}")
    return size


def volume_size(world: World, name: str) -> int:
    """What the daemon counts for a volume (directory.Size of its _data: volume/service/convert.go)."""
    return sum(du_bytes(n) for _, n in world.host.walk(volume_data_path(name)))


def remove_volume_if_unused(world: World, name: str) -> None:
    if name in world.volumes and not world.volume_users(name):
        delete_volume(world, name)


def natural_key(name: str) -> list[Any]:
    """Natural order as `volume ls` sorts: numbers by value, then the one with fewer zeros first."""
    return [(int(p), len(p)) if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", name)]


def _parse_kv(values: list[str]) -> dict[str, str]:
    out = {}
    for v in values:
        k, _, val = v.partition("=")
        out[k] = val
    return out


def check_local_options(name: str, options: dict[str, str]) -> None:
    """The local driver's -o keys (moby v28.5.2 volume/local/local_unix.go validateOpts): type, o,
    device and size only; size needs quota support, which overlay2 on ext4 lacks; device and type
    go together, and o needs both."""
    def bad(text: str) -> DockerError:
        return DockerError(f"Error response from daemon: create {name}: {text}")

    for key in sorted(options):
        if key not in ("type", "o", "device", "size"):
            raise bad(f'invalid option: "{key}"')
    if "size" in options:
        size = ram_in_bytes(options["size"])
        if size is None:
            raise bad(f"invalid size: '{options['size']}'")
        if size > 0:
            raise bad("quota size requested but no quota support")
    for key, needs in (("device", ("type",)), ("type", ("device",)), ("o", ("device", "type"))):
        if key in options:
            for need in needs:
                if need not in options:
                    raise bad(f'missing required option: "{need}"')


def cmd_volume_create(ctx: Ctx, args: Args) -> int:
    name = args.positional[0] if args.positional else (args.get("name") or "")
    # cli/command/volume/create.go RunE: any --name with a positional one, even the same name
    if args.positional and args.get("name"):
        raise DockerError("conflicting options: cannot specify a volume-name through both --name and as a "
                          "positional arg")
    driver = args.get("driver") or "local"
    if driver != "local":
        raise DockerError(f"Error response from daemon: create {name}: error looking up volume plugin {driver}: "
                          f"plugin \"{driver}\" not found")
    if name:
        check_volume_name(name, "create", 1)
    labels = _parse_kv(args.list("label"))
    options = _parse_kv(args.list("opt"))
    check_local_options(name, options)
    if not name:  # the daemon names it and marks it anonymous (daemon/volume/service/service.go)
        labels["com.docker.volume.anonymous"] = ""
    ctx.io.out(create_volume(ctx.world, name, labels, options))
    return 0


def _ls_match(world: World, v: Volume, f: Filters) -> bool:
    """volume/service/convert.go filtersToBy: driver, name (Args.Match), labels, dangling."""
    if f.contains("driver") and "local" not in f.get("driver"):
        return False
    if f.contains("name") and not f.match("name", v.name):
        return False
    if not f.match_kv("label", v.labels or {}):
        return False
    return not f.contains("dangling") or bool(world.volume_users(v.name)) != f.get_bool("dangling")


def prune_filters(values: list[str]) -> Filters:
    """VolumesService.Prune: withPrune reads `all` (one strconv.ParseBool value), then the keys are checked."""
    f = Filters(values)
    everything = f.get("all")
    if len(everything) > 1:
        raise DockerError(f"Error response from daemon: invalid filter 'all=[{' '.join(everything)}]': "
                          "only one value is expected")
    if everything and everything[0] not in ("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false",
                                            "False"):
        raise DockerError(f"Error response from daemon: invalid filter 'all': strconv.ParseBool: parsing "
                          f"\"{everything[0]}\": invalid syntax")
    f.validate(("label", "label!", "all"))
    return f


def cmd_volume_ls(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    filters = Filters(args.list("filter"))
    filters.validate(("dangling", "name", "driver", "label"))
    filters.get_bool("dangling")
    vols = sorted((v for v in world.volumes.values() if _ls_match(world, v, filters)),
                  key=lambda v: natural_key(v.name))
    rows = [{"Driver": "local", "Name": v.name, "Scope": "local", "Mountpoint": volume_data_path(v.name),
             # volumeContext.Labels ranges over a Go map: sorted here, as `ps` does (DESIGN.md §2)
             "Labels": ",".join(sorted(f"{k}={val}" for k, val in (v.labels or {}).items())), "Links": "N/A",
             "Size": "N/A", "Availability": "N/A", "Group": "N/A", "Status": "N/A"} for v in vols]
    print_formatted(ctx, _volume_format(args.get("format") or "table", args.bool("quiet")), rows,
                    "*formatter.volumeContext")
    return 0


def _volume_format(fmt: str, quiet: bool) -> str:
    """formatter.NewVolumeFormat: -q replaces only the table and raw formats; a custom one stays."""
    if fmt == "table":
        return "{{.Name}}" if quiet else "table {{.Driver}}\\t{{.Name}}"
    if fmt == "raw":
        return "name: {{.Name}}" if quiet else "name: {{.Name}}\\ndriver: {{.Driver}}\\n"
    return fmt


def volume_json(v: Volume) -> dict[str, Any]:
    def go_map(m: dict[str, str] | None) -> dict[str, str] | None:
        return None if m is None else dict(sorted(m.items()))  # encoding/json sorts map keys

    return {
        "CreatedAt": rfc3339(v.created), "Driver": "local", "Labels": go_map(v.labels),
        "Mountpoint": volume_data_path(v.name), "Name": v.name, "Options": go_map(v.options), "Scope": "local",
    }


def typed_volume(v: Volume) -> GoStruct:
    """The volume.Volume struct a template sees: every field, the omitempty ones included."""
    data = volume_json(v)
    typed = GoStruct(ClusterVolume=GoNil("*volume.ClusterVolume"), **{
        k: (GoNil("map[string]string") if data[k] is None and k in ("Labels", "Options") else data[k])
        for k in ("CreatedAt", "Driver", "Labels", "Mountpoint", "Name", "Options", "Scope")})
    typed["Status"] = GoNil("map[string]interface {}")
    typed["UsageData"] = GoNil("*volume.UsageData")
    typed.go_type = "volume.Volume"
    # moby v28.5.2 api/types/volume/volume.go: `json .` leaves these out when empty
    typed.omitempty = frozenset({"ClusterVolume", "CreatedAt", "Status", "UsageData"})
    return typed


# one inspected object: (JSON data, the typed value a template sees, whether the raw JSON fallback applies)
Inspected = tuple[dict[str, Any], Any, bool]


def _json_list(objects: list[Any], indented: bool) -> str:
    """go_json of the list, made an object at a time and held as it grows (formatting.held): the
    objects of `docker inspect` of 2,000 references were made whole first, 544 MB for 5 s."""
    if not objects:
        return "[]"
    pieces: list[str] = []
    made = 0
    for data in objects:
        pieces.append(go_json([data], indent=4)[2:-2] if indented else go_json(data))
        made = held(made, pieces[-1])
    return "[\n" + ",\n".join(pieces) + "\n]" if indented else "[" + ",".join(pieces) + "]"


def _templated(tmpl: gotemplate.Template, results: list[Inspected | str], errors: list[str]) -> list[str]:
    """Each object through the template (a str result is its reference's error, kept in errors),
    what they make held as it grows (formatting.held)."""
    buffer: list[str] = []
    made = 0
    for r in results:
        if isinstance(r, str):
            errors.append(r)
            continue
        data, typed, has_raw = r
        try:
            buffer.append(tmpl.execute(typed) + "\n")
            made = held(made, buffer[-1])
            continue
        except TemplateError as exc:
            if not has_raw:
                errors.append(f"template parsing error: {exc}")
                continue
        try:
            buffer.append(tmpl.execute(gotemplate.raw_json_value(data), missingkey="error") + "\n")
            made = held(made, buffer[-1])
        except TemplateError as exc:
            errors.append(f"template parsing error: {exc}")
    return buffer


def print_inspect(ctx: Ctx, results: list[Inspected | str], fmt: str | None) -> int:
    """inspect.Inspect (cli/command/inspect/inspector.go); a str result is that reference's error.

    A template runs on the typed value first; when that fails and the raw JSON is at hand, it runs
    again on the decoded JSON with missingkey=error (tryRawInspectFallback)."""
    found = [r for r in results if not isinstance(r, str)]
    errors: list[str] = []
    if not fmt or fmt == "json":
        text = _json_list([data for data, _, _ in found], indented=not fmt)
        for ln in text.split("\n"):
            ctx.io.out(ln)
        errors = [r for r in results if isinstance(r, str)]
    else:
        try:
            tmpl = gotemplate.parse(fmt)
        except TemplateError as exc:
            raise DockerError(f"template parsing error: {exc}", 64) from None
        buffer = _templated(tmpl, results, errors)
        # Flush writes a newline when nothing was rendered
        for ln in ("".join(buffer) or "\n").split("\n")[:-1]:
            ctx.io.out(ln)
    for e in errors:
        ctx.io.err(e)
    return 1 if errors else 0


EMPTY_VOLUME_ID = "invalid volume name or ID: value is empty"


def cmd_volume_inspect(ctx: Ctx, args: Args) -> int:
    results: list[Inspected | str] = []
    for given in args.positional:
        name = given.strip()  # moby v28.5.2 client/utils.go trimID
        v = ctx.world.volumes.get(name)
        if not name:
            results.append(EMPTY_VOLUME_ID)
        elif v is None:
            results.append(f"Error response from daemon: get {name}: no such volume")
        else:
            # volume/inspect.go passes no raw JSON: a failing template is reported as is
            results.append((volume_json(v), typed_volume(v), False))
    return print_inspect(ctx, results, args.get("format"))


def cmd_volume_rm(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    errors: list[str] = []  # cli/command/volume/remove.go: joined, and said after the names
    for given in args.positional:
        name = given.strip()  # the API client trims the name and refuses an empty one (trimID)
        v = world.volumes.get(name)
        if not name:
            errors.append(EMPTY_VOLUME_ID)
            continue
        if v is None:
            if args.bool("force"):
                ctx.io.out(given)
                continue
            errors.append(f"Error response from daemon: get {name}: no such volume")
            continue
        users = world.volume_users(name)
        if users:
            ids = ", ".join(c.id for c in users)
            errors.append(f"Error response from daemon: remove {name}: volume is in use - [{ids}]")
            continue
        delete_volume(world, name)
        ctx.io.out(given)
    if errors:
        ctx.io.err("\n".join(errors))
        return 1
    return 0


def cmd_volume_update(ctx: Ctx, args: Args) -> int:
    """docker/cli v28.5.2 cli/command/volume/update.go runUpdate: the volume is looked up first,
    and only a cluster (swarm) volume can be updated; a local one never can."""
    name = args.positional[0]
    if name not in ctx.world.volumes:
        raise DockerError(f"Error response from daemon: get {name}: no such volume")
    raise DockerError("can only update cluster volumes")


def cmd_volume_prune(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    filters = args.list("filter")
    everything = args.bool("all")
    # cli/command/volume/prune.go runPrune: --all with any `all` filter, whatever its value
    if everything and any(f.partition("=")[0] == "all" for f in filters):
        raise DockerError("conflicting options: cannot specify both --all and --filter all=1")
    parsed = prune_filters(filters)
    if any(v in ("1", "t", "T", "TRUE", "true", "True") for v in parsed.get("all")):
        everything = True
    if not args.bool("force"):
        ctx.prompts.append("WARNING! This will remove all local volumes not used by at least one container."
                           if everything else
                           "WARNING! This will remove anonymous local volumes not used by at least one container.")
        confirm(ctx)
    deleted, reclaimed = prune_volumes(world, parsed, everything)
    print_pruned(ctx.io, "Deleted Volumes:", deleted)
    ctx.io.out(f"Total reclaimed space: {human_size4(reclaimed)}")
    return 0


def prune_volumes(world: World, parsed: Filters, everything: bool) -> tuple[list[str], int]:
    """VolumesService.Prune: the local volumes no container uses (anonymous ones unless everything)
    that the label filters keep; their names and the bytes their data held."""
    deleted = []
    reclaimed = 0
    for v in sorted(world.volumes.values(), key=lambda v: natural_key(v.name)):
        if world.volume_users(v.name) or v.options:
            continue
        if not everything and not (v.labels and "com.docker.volume.anonymous" in v.labels):
            continue
        labels = v.labels or {}
        if any(not _label_ok(labels, f) for f in parsed.get("label")):
            continue
        if any(_label_ok(labels, f) for f in parsed.get("label!")):
            continue
        reclaimed += delete_volume(world, v.name)
        deleted.append(v.name)
    events.record(world, "volume", "prune", "", {"reclaimed": str(reclaimed)})  # volume/service/service.go
    return deleted, reclaimed


def _label_ok(labels: dict[str, str], f: str) -> bool:
    k, eq, v = f.partition("=")
    return k in labels and (not eq or labels[k] == v)
