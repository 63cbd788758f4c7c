"""`docker builder prune`: in Docker 28.5 `docker builder` is the buildx plugin (docker/buildx
v0.29.1 commands/prune.go), which prunes the daemon's BuildKit cache with the same records
`docker system prune` removes (systemprune.prune_cache_records)."""

from __future__ import annotations

from collections.abc import Callable

import regex

from . import budget, events
from .budget import regex_error
from .diskusage import CacheRecord
from .dockercli import Args, Ctx, DockerError, confirm
from .filters import Filters
from .formatting import human_duration, human_size4
from .godurations import DurationError, parse_duration
from .mounts import ram_in_bytes
from .regexsize import too_big
from .systemprune import prune_cache_records
from .world import World

NORMAL_WARNING = "WARNING! This will remove all dangling build cache. Are you sure you want to continue?"
ALL_WARNING = "WARNING! This will remove all build cache. Are you sure you want to continue?"

class BuildxError(Exception):
    """An error buildx's main prints as "ERROR: ..." (cmd/buildx/main.go), exit 1."""


def _keep_duration(f: Filters) -> float:
    """toBuildkitPruneInfo: until= (or its old name unused-for=) as a Go duration."""
    until, unused = f.get("until"), f.get("unused-for")
    if until and unused:
        raise BuildxError('conflicting filters "until" and "unused-for"')
    key = "unused-for" if unused else "until"
    values = until + unused
    if len(values) > 1:
        raise BuildxError("filters expect only one value")
    if not values:
        return 0.0
    try:
        return parse_duration(values[0]) / 1e9  # Go's time.ParseDuration (godurations.py), in seconds
    except DurationError as exc:
        raise BuildxError(f"\"{key}\" filter expects a duration (e.g., '24h'): {exc}") from None


def _matcher(f: Filters) -> dict[str, str]:
    """The other filters, each one value: id= is a regular expression over the record's ID
    (toBuildkitPruneInfo sends it as id~=)."""
    wanted = {}
    for key in sorted(f.fields):
        if key in ("until", "unused-for"):
            continue
        values = f.get(key)
        if len(values) > 1:
            raise BuildxError("filters expect only one value")
        wanted[key] = values[0]
    other = [k for k in wanted if k != "id"]
    if other:
        raise DockerError(f"layerlab: the build cache filter {other[0]!r} is not simulated (id and until are)", 1)
    return wanted


def _bytes(args: Args, name: str) -> int:
    value = args.get(name)
    if value is None:
        return 0
    size = ram_in_bytes(str(value))
    if size is None:
        raise DockerError(f"invalid argument \"{value}\" for \"--{name}\" flag: invalid size: '{value}'\n\n"
                          "Usage:  docker buildx prune\n\nRun 'docker buildx prune --help' for more information", 125)
    return size


def _id_matcher(pattern: str) -> Callable[[CacheRecord], bool]:
    """The id filter as a regular expression, matched under the line's regex bound (budget.py): with
    Python's re and no bound, `^([0-9a-z]|[0-9a-z]?)+!$` over four records held the process 40 s."""
    try:
        if too_big(pattern):
            raise regex.error("too big")
        compiled = regex.compile(pattern)
    except regex.error:
        raise DockerError(f"layerlab: the id filter {pattern!r} is not a regular expression layerlab reads", 1) from None

    def matches(record: CacheRecord) -> bool:
        try:
            return compiled.search(record.id, timeout=budget.current().regex_timeout()) is not None
        except TimeoutError:
            raise regex_error("docker") from None

    return matches


def _keep_bytes(reserved: int, max_used: int) -> int:
    """BuildKit's calculateKeepBytes without --min-free-space: at most max_used, never below reserved."""
    if not reserved and not max_used:
        return 0
    return max(max_used, reserved)


def _row(world: World, record: CacheRecord) -> str:
    """printTableRow: "%-40s\\t%-5v\\t%-10s\\t%s" (a shared record's size gets a '*')."""
    size = human_size4(record.size) + ("*" if record.shared else "")
    return f"{record.id:<40}\t{'true':<5}\t{size:<10}\t{human_duration(world.clock - record.created)} ago"


def _tabwriter(rows: list[str]) -> list[str]:
    """text/tabwriter with minwidth 1, padding 1 and no flags: each column as wide as its widest
    cell plus one space; the text after the last tab is left as it is."""
    cells = [r.split("\t") for r in rows]
    widths: list[int] = []
    for row in cells:
        for i, cell in enumerate(row[:-1]):
            if i == len(widths):
                widths.append(0)
            widths[i] = max(widths[i], len(cell) + 1)
    return ["".join(c.ljust(widths[i]) for i, c in enumerate(row[:-1])) + row[-1] for row in cells]


def cmd_builder_prune(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    reserved = _bytes(args, "reserved-space") or _bytes(args, "keep-storage")
    max_used = _bytes(args, "max-used-space")
    for name in ("verbose", "min-free-space"):
        if args.get(name):
            raise DockerError(f"layerlab: docker builder prune --{name} is not simulated yet", 1)
    f = Filters(args.list("filter"))
    try:
        keep = _keep_duration(f)
        wanted = _matcher(f)
    except BuildxError as exc:
        ctx.io.err(f"ERROR: {exc}")
        return 1
    everything = args.bool("all")
    if not args.bool("force"):
        # commands/util.go promptForConfirmation: the warning and " [y/N] " on one line
        confirm(ctx, (ALL_WARNING if everything else NORMAL_WARNING) + " [y/N] ", trim=False)
    pattern = wanted.get("id")
    pruned = prune_cache_records(
        world, everything, world.clock - keep if keep else None, _id_matcher(pattern) if pattern is not None else None,
        _keep_bytes(reserved, max_used))
    # the header is flushed with the first row, and each later row on its own (tw.Flush per row)
    for n, record in enumerate(pruned):
        lines = ([("ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED")] if n == 0 else []) + [_row(world, record)]
        for line in _tabwriter(lines):
            ctx.io.out(line)
    ctx.io.out(_tabwriter([f"Total:\t{human_size4(sum(r.size for r in pruned))}"])[0])
    # api/server/backend/build/backend.go PruneCache: an actor with no ID, what was reclaimed
    events.record(world, "builder", "prune", "", {"reclaimed": str(sum(r.size for r in pruned))})
    return 0
