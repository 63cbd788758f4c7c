"""`docker system df` and `df -v`: the daemon's disk usage and docker/cli's formatter/disk_usage.go."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from .dockercli import Args, Ctx, DockerError, print_formatted
from .formatting import human_duration, human_size, human_size4, table
from .images import image_size
from .listing import command_text, image_display, status_text
from .volumes import volume_size
from .world import Container, Image, World

_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass
class CacheRecord:
    """One build.CacheRecord as BuildKit's DiskUsage reports it (never in use between builds)."""

    id: str
    size: int
    created: int
    shared: bool
    key: str = ""  # the build step's key in world.build_cache


def cache_records(world: World) -> list[CacheRecord]:
    """A record per cached build step. Shared: the step's layer chain is in an image (BuildKit's markShared
    with moby's imagerefchecker). Sorted as buildCacheSort does: last used, then ID (last use is creation here)."""
    in_images = {lid for img in world.images.values() for lid in img.layers}
    records = []
    for key, entry in world.build_cache.items():
        layer = world.layers.get(entry["layer"])
        if layer is None:
            continue
        # BuildKit's identity.NewID: 25 base-36 characters
        n = int(hashlib.sha256(key.encode()).hexdigest(), 16)
        rid = "".join(_BASE36[(n // 36 ** i) % 36] for i in range(25))
        records.append(CacheRecord(rid, layer.size, int(entry["history"].get("created", world.clock)),
                                   entry["layer"] in in_images, key))
    return sorted(records, key=lambda r: (r.created, r.id))


def _pct(part: int, total: int) -> str:
    """`%s (%v%%)` with the integer percentage, or the bare size when the total is 0 (disk_usage.go)."""
    return f"{human_size4(part)} ({part * 100 // total}%)" if total > 0 else human_size4(part)


def _image_sizes(world: World) -> dict[str, tuple[int, int, int]]:
    """Per image: (size, shared size, containers); shared counts layers another image also holds."""
    users: dict[str, int] = {}
    for img in world.images.values():
        for lid in set(img.layers):
            users[lid] = users.get(lid, 0) + 1
    counts: dict[str, int] = {}
    for c in world.containers.values():
        counts[c.image_id] = counts.get(c.image_id, 0) + 1
    return {img.id: (image_size(world, img), sum(world.layers[lid].size for lid in img.layers if users[lid] > 1),
                     counts.get(img.id, 0)) for img in world.images.values()}


def _top_images(world: World) -> list[Image]:
    """The images the daemon's disk usage lists (daemon/disk_usage.go: Images without All): not an
    untagged one that is a commit's parent (an intermediate image)."""
    parents = {i.parent for i in world.images.values()}
    return [img for img in world.images.values() if img.tags or img.id not in parents]


def _images_row(world: World) -> list[str]:
    """diskUsageImagesContext: reclaimable is the layers' total less the unique size of images in use."""
    layers = {lid for img in world.images.values() for lid in img.layers}
    total = sum(world.layers[lid].size for lid in layers)
    sizes = _image_sizes(world)
    used = sum(size - shared for size, shared, n in sizes.values() if n)
    top = _top_images(world)
    active = sum(1 for img in top if sizes[img.id][2] > 0)
    return ["Images", str(len(top)), str(active), human_size4(total), _pct(total - used, total)]


def _active(c: Container) -> bool:
    """A container whose layer is not reclaimable: running (paused too) or restarting (isActive in
    moby's daemon/disk_usage.go and the CLI's formatter/disk_usage.go)."""
    return c.running or c.restarting


def _local_volumes(world: World) -> list[str]:
    """The volumes the daemon sizes: the local driver's, less those created with options (a tmpfs,
    an NFS share, a device), which LocalVolumesSize leaves out (moby volume/service/service.go)."""
    return [name for name, v in world.volumes.items() if not v.options]


def cmd_system_df(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    if args.bool("verbose"):
        if (args.get("format") or "table") != "table":
            raise DockerError("layerlab: docker system df -v with --format is not simulated")
        _df_verbose(ctx, world)
        return 0
    containers = list(world.containers.values())
    ctr_total = sum(c.rw.size() for c in containers)
    ctr_reclaim = sum(c.rw.size() for c in containers if not _active(c))
    vol_sizes = {name: volume_size(world, name) for name in _local_volumes(world)}
    vol_used = {name for name in vol_sizes if world.volume_users(name)}
    vol_reclaim = sum(s for n, s in vol_sizes.items() if n not in vol_used)
    records = cache_records(world)
    # system/df.go: the build cache's size leaves out records shared with images
    builder = sum(r.size for r in records if not r.shared)
    rows = [_images_row(world),
            ["Containers", str(len(containers)), str(sum(1 for c in containers if _active(c))),
             human_size4(ctr_total), _pct(ctr_reclaim, ctr_total)],
            ["Local Volumes", str(len(vol_sizes)), str(len(vol_used)), human_size4(sum(vol_sizes.values())),
             _pct(vol_reclaim, sum(vol_sizes.values()))],
            ["Build Cache", str(len(records)), "0", human_size4(builder), human_size4(builder)]]
    # NewDiskUsageFormat: the default is this table; a --format runs on each of the four rows
    fmt = args.get("format") or "table"
    print_formatted(ctx, _DF_TABLE if fmt == "table" else _DF_RAW if fmt == "raw" else fmt,
                    [dict(zip(("Type", "TotalCount", "Active", "Size", "Reclaimable"), r, strict=True)) for r in rows],
                    "*formatter.diskUsageImagesContext")
    return 0


_DF_TABLE = "table {{.Type}}\\t{{.TotalCount}}\\t{{.Active}}\\t{{.Size}}\\t{{.Reclaimable}}"
_DF_RAW = "type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n"


def _first_tag(img: Image) -> tuple[str, str]:
    """verboseWrite shows an image once, with its first tag (the reference store keeps them sorted)."""
    if not img.tags:
        return "<none>", "<none>"
    repo, _, tag = sorted(img.tags)[0].rpartition(":")
    return repo, tag


def _df_verbose(ctx: Ctx, world: World) -> None:
    out = ctx.io.out
    sizes = _image_sizes(world)
    rows = [["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE", "SHARED SIZE", "UNIQUE SIZE", "CONTAINERS"]]
    for img in sorted(_top_images(world), key=lambda i: (-i.created, i.id)):
        size, shared, n = sizes[img.id]
        rows.append([*_first_tag(img), img.id[7:19], human_duration(world.clock - img.created) + " ago",
                     human_size(size), human_size4(shared), human_size4(size - shared), str(n)])
    _section(out, "Images space usage:", rows)
    rows = [["CONTAINER ID", "IMAGE", "COMMAND", "LOCAL VOLUMES", "SIZE", "CREATED", "STATUS", "NAMES"]]
    for c in reversed(list(world.containers.values())):
        rows.append([c.id[:12], image_display(world, c), command_text(c),
                     str(sum(1 for m in c.mounts if m.type == "volume")), human_size(c.rw.size()),
                     human_duration(world.clock - c.created) + " ago", status_text(world, c), c.name])
    out("")
    _section(out, "Containers space usage:", rows)
    rows = [["VOLUME NAME", "LINKS", "SIZE"]]
    for name in sorted(_local_volumes(world)):
        rows.append([name, str(len(world.volume_users(name))), human_size4(volume_size(world, name))])
    out("")
    _section(out, "Local Volumes space usage:", rows)
    records = cache_records(world)
    rows = [["CACHE ID", "CACHE TYPE", "SIZE", "CREATED", "LAST USED", "USAGE", "SHARED"]]
    for r in records:
        since = human_duration(world.clock - r.created) + " ago"
        rows.append([r.id[:12], "regular", human_size(r.size), since, since, "1", str(r.shared).lower()])
    out("")
    _section(out, f"Build cache usage: {human_size4(sum(r.size for r in records if not r.shared))}", rows)


def _section(out: Callable[[str], None], title: str, rows: list[list[str]]) -> None:
    """A title, an empty line, then the section's tabwriter table."""
    out(title)
    out("")
    for ln in table(rows):
        out(ln)
