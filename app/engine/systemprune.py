"""`docker system prune`: containers, networks, volumes, images and build cache, one prune after the
other (docker/cli v28.5.2 cli/command/system/prune.go), and the build cache's own prune."""

from __future__ import annotations

from collections.abc import Callable

from .containers import prune_containers
from .diskusage import CacheRecord, cache_records
from .dockercli import Args, Ctx, DockerError, confirm, print_pruned
from .filters import Filters, prune_until
from .formatting import human_size4
from .imagecmds import prune_images
from .usernets import prune_networks
from .volumes import natural_key, prune_filters, prune_volumes
from .world import World


def cmd_system_prune(ctx: Ctx, args: Args) -> int:
    everything = args.bool("all")
    with_volumes = args.bool("volumes")
    filters = args.list("filter")
    given = Filters(filters)
    # runPrune: checked before the prompt (the volumes' prune has no until filter)
    if with_volumes and given.contains("until"):
        raise DockerError('ERROR: The "until" filter is not supported with "--volumes"')
    if not args.bool("force"):
        ctx.prompts.extend(_confirmation(everything, with_volumes, given))
        confirm(ctx)
    world: World = ctx.world
    # each prune is container.RunPrune, network.RunPrune, ... with the same filters; the first
    # whose daemon refuses a filter ends the command, after what the earlier ones removed
    containers, reclaimed = prune_containers(world, Filters(filters))
    print_pruned(ctx.io, "Deleted Containers:", containers)
    # network.RunPrune: the user-defined networks no container uses (bridge, host, none never)
    print_pruned(ctx.io, "Deleted Networks:", prune_networks(world, Filters(filters)))
    if with_volumes:
        # volume.RunPrune ignores --all: anonymous volumes only
        volumes, space = prune_volumes(world, prune_filters(filters), False)
        print_pruned(ctx.io, "Deleted Volumes:", volumes)
        reclaimed += space
    images, space = prune_images(ctx, everything, filters)
    print_pruned(ctx.io, "Deleted Images:", images)
    reclaimed += space
    caches, space = prune_build_cache(world, everything, Filters(filters))
    print_pruned(ctx.io, "Deleted build cache objects:", caches)
    reclaimed += space
    ctx.io.out(f"Total reclaimed space: {human_size4(reclaimed)}")
    return 0


def _confirmation(everything: bool, with_volumes: bool, f: Filters) -> list[str]:
    """confirmationMessage: confirmationTemplate's lines before "Are you sure you want to continue?"."""
    warnings = ["all stopped containers", "all networks not used by at least one container"]
    if with_volumes:
        warnings.append("all anonymous volumes not used by at least one container")
    warnings.append("all images without at least one container associated to them" if everything
                    else "all dangling images")
    warnings.append("all build cache" if everything else "unused build cache")
    lines = ["WARNING! This will remove:", *(f"  - {w}" for w in warnings), ""]
    shown = sorted((f"{name}={v}" for name in ("label", "label!", "until") for v in f.get(name)), key=natural_key)
    if shown:
        lines += ["  Items to be pruned will be filtered with:", *(f"  - {s}" for s in shown), ""]
    return lines


def prune_build_cache(world: World, everything: bool, f: Filters) -> tuple[list[str], int]:
    """moby v28.5.2 builder/builder-next/builder.go Prune: until= keeps the records used after it;
    label filters are accepted and not applied (builder.go: "TODO(tiborvass): handle label"). The
    record IDs, in ID order (BuildKit walks a Go map), and the bytes they held."""
    pruned = prune_cache_records(world, everything, prune_until(f, world.clock))
    return [r.id for r in pruned], sum(r.size for r in pruned)


def prune_cache_records(world: World, everything: bool, until: float | None = None,
                        match: Callable[[CacheRecord], bool] | None = None, keep_bytes: int = 0) -> list[CacheRecord]:
    """BuildKit's cacheManager.prune (moby v28.5.2 vendor/github.com/moby/buildkit/cache/manager.go
    pruneOnce), the records it deletes: without everything (--all) only the records no image shares
    (moby's imagerefchecker); none used after until; only those match accepts. With keep_bytes (the
    gc mode of --reserved-space and --max-used-space) one at a time, least recently used first, while
    the cache still holds at least that many bytes."""
    records = cache_records(world)
    candidates = []
    for record in sorted(records, key=lambda r: r.id):
        if record.shared and not everything:
            continue
        if until is not None and record.created > until:
            continue
        if match is not None and not match(record):
            continue
        candidates.append(record)
    if keep_bytes:
        total = sum(r.size for r in records)
        kept = sorted(candidates, key=lambda r: (r.created, r.id))
        candidates = []
        while kept and total >= keep_bytes:  # pruneOnce returns at once when totalSize < keepBytes
            record = kept.pop(0)
            candidates.append(record)
            total -= record.size
    released: set[str] = set()
    for record in candidates:
        entry = world.build_cache.pop(record.key)
        released |= {entry["layer"], *entry.get("below", ())}
    # the snapshotter's references go with the records (adapters/snapshot remove: LayerStore.Release);
    # a layer no image and no remaining record holds is then deleted
    held = {layer for img in world.images.values() for layer in img.layers} | world.cache_layers()
    for lid in released - held:
        world.layers.pop(lid, None)
    return candidates
