"""docker stats: each container's CPU, memory, network, block I/O and process count.

docker/cli v28.5.2 cli/command/container/stats.go RunStats: without names, the running containers
(all of them with -a) as the daemon lists them, then the containers' events keep the list (a start
adds one, with -a a create too; without -a a die takes one off); with names, those containers in
the order given, each once, and an error for each the daemon does not know, joined. The table is
formatter_stats.go's; the values are what stats_helpers.go computes from the daemon's answer.

moby v28.5.2 daemon/stats.go ContainerStats answers for a container that does not run with an
empty sample (its name and id only: 0.00%, 0B / 0B...), and daemon/stats/collector.go keeps doing
so while a stream is open; a stream ends when its container is removed (daemon/delete.go
StopCollection), and the CLI then shows "--" in every value (Stats.SetError: IsInvalid).

Streaming (no --no-stream) holds the terminal (app/engine/attached.py). The CLI redraws its table
in place every 500 ms; this terminal appends lines, so the table is printed when the command starts
and again after a line that changed it.

The numbers are the simulated host's (app/engine/hostprofile.py): the limit is its memory unless
the container has one (-m); usage and process count are those of the main program; CPU is 0.00%
(every simulated program idles between lines); NET I/O is the little a container on the default
bridge receives, constant (requests to published ports are not counted); BLOCK I/O writes are the
bytes its files in the container layer took on disk, whole 4 KiB pages (volume writes are not
counted, and the figure is not reset by a restart, as a new cgroup's would be); reads are 0 (the
page cache is warm).
"""

from __future__ import annotations

from dataclasses import replace

from .dockercli import Args, Ctx, DockerError
from .formatting import TemplateError, bytes_size, format_rows, human_size
from .fs import FILE, Tree
from .hostprofile import MEMORY_BYTES
from .lifecycle import no_such_container
from .toolkit import IO
from .tools.procps import main_argv
from .world import Attached, Container, StatsHold, World

CONTEXT = "*container.statsContext"
# formatter_stats.go defaultStatsTableFormat
DEFAULT_FORMAT = "table {{.ID}}\\t{{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}\\t{{.MemPerc}}\\t{{.NetIO}}\\t{{.BlockIO}}\\t{{.PIDs}}"
NO_VALUE = "--"
PAGE = 4096

# What a main program holds (bytes of memory.current less inactive_file) and its tasks (pids.current).
NODE_APP = (45_826_048, 11)  # node 14 serving: main thread, V8's 4 workers, libuv's 4, 2 more
NODE_REPL = (37_322_752, 7)
NPM_START = (90_652_672, 23)  # npm (a node), sh -c and the app's node
BASH = (1_363_968, 1)
SHELL = (561_152, 1)  # dash or BusyBox ash at its prompt
LOOP = (757_760, 2)  # sh -c running a loop, and the sleep it waits on
SMALL = (393_216, 1)  # sleep, top, tail -f
DOCKER_INIT = (98_304, 1)  # --init's tini
NET_RECEIVED = 796  # bytes a container on the default bridge receives unasked (the bridge's broadcasts): a constant

Entry = tuple[str, str, str, int]  # (as asked for, full id, name, started_at when listed)


def _pages(tree: Tree) -> int:
    """Bytes a tree's files take in whole pages."""
    return sum(-(-n.size // PAGE) * PAGE for n in tree.entries.values() if n.kind == FILE and n.size)


def _program(world: World, c: Container) -> tuple[int, int]:
    """(memory, tasks) of c's main program."""
    kind = c.process.get("kind")
    base = main_argv(world, c)[0].rsplit("/", 1)[-1]
    if base == "npm":
        return NPM_START
    if kind == "shell":
        shell = c.process.get("shell")
        return NODE_REPL if shell == "node" else BASH if shell == "bash" else SHELL
    if kind == "app" or base in ("node", "nodemon"):
        return NODE_APP
    return LOOP if kind == "loop" else SMALL


def _sample(world: World, c: Container) -> dict[str, float]:
    """stats_helpers.go's StatsEntry figures for a running container."""
    memory, pids = _program(world, c)
    if c.init:
        memory, pids = memory + DOCKER_INIT[0], pids + DOCKER_INIT[1]
    # tmpfs pages are the cgroup's memory (shmem); the network files a process wrote are on disk
    memory += sum(_pages(t) for dest, t in c.tmpfs.items() if not dest.startswith("/etc/"))
    # daemon/stats_unix.go statsV2: memory.max, or the machine's memory when that is more (no limit)
    limit = min(getattr(c, "memory", 0) or MEMORY_BYTES, MEMORY_BYTES)
    memory = min(memory, limit)
    return {"cpu": 0.0, "mem": memory, "limit": limit, "perc": memory / limit * 100.0, "rx": NET_RECEIVED,
            "tx": 0, "read": 0, "write": _pages(c.rw), "pids": pids}


def _percent(value: float) -> str:
    return f"{value:.2f}%"


def _row(world: World, entry: Entry, trunc: bool, invalid: bool) -> dict[str, str]:
    """formatter_stats.go statsContext's methods for one container."""
    key, cid, name, _ = entry
    c = world.containers.get(cid)
    name = c.name if c is not None else name
    row = {"Container": key, "Name": name or NO_VALUE, "ID": cid[:12] if trunc else cid}
    if invalid or c is None:
        return row | {"CPUPerc": NO_VALUE, "MemUsage": "-- / --", "MemPerc": NO_VALUE, "NetIO": NO_VALUE,
                      "BlockIO": NO_VALUE, "PIDs": NO_VALUE}
    s = _sample(world, c) if c.running else dict.fromkeys(("cpu", "mem", "limit", "perc", "rx", "tx", "read", "write",
                                                    "pids"), 0)
    return row | {
        "CPUPerc": _percent(s["cpu"]), "MemUsage": f"{bytes_size(s['mem'])} / {bytes_size(s['limit'])}",
        "MemPerc": _percent(s["perc"]), "NetIO": f"{human_size(s['rx'])} / {human_size(s['tx'])}",
        "BlockIO": f"{human_size(s['read'])} / {human_size(s['write'])}", "PIDs": str(int(s["pids"]))}


def render(world: World, entries: tuple[Entry, ...], fmt: str, trunc: bool, invalid: bool = False) -> list[str]:
    """The lines statsFormatWrite writes (DockerError for a template that fails)."""
    rows = [_row(world, e, trunc, invalid) for e in entries]
    try:
        return format_rows("{{json .}}" if fmt == "json" else fmt, rows, CONTEXT)
    except TemplateError as exc:
        raise DockerError(str(exc)) from None


def _named(world: World, names: list[str]) -> tuple[Entry, ...]:
    """The containers named, each once (stats.add compares the words as typed); every one the
    daemon does not know is an error, all of them reported together (errors.Join)."""
    entries: list[Entry] = []
    errors: list[str] = []
    for name in dict.fromkeys(names):
        ref = name.strip()  # the client's trimID
        c = world.find_container(ref) if ref else None
        if c is None:
            errors.append(no_such_container(ref).message if ref else "invalid container name or ID: value is empty")
            continue
        entries.append((name, c.id, c.name, c.started_at))
    if errors:
        raise DockerError("\n".join(errors))
    return tuple(entries)


def _listed(world: World, show_all: bool) -> tuple[Entry, ...]:
    """ContainerList: the running containers (all with -a), newest first."""
    return tuple((c.id, c.id, c.name, c.started_at) for c in reversed(world.containers.values())
                 if show_all or c.running)


def cmd_stats(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    fmt = args.get("format") or "table"
    fmt = DEFAULT_FORMAT if fmt == "table" else fmt  # NewStatsFormat
    trunc = not args.bool("no-trunc")
    names = args.positional
    entries = _named(world, names) if names else _listed(world, args.bool("all"))
    lines = render(world, entries, fmt, trunc)
    for line in lines:
        ctx.io.out(line)
    if not args.bool("no-stream"):
        hold = StatsHold(bool(names), args.bool("all"), trunc, fmt, entries, tuple(lines))
        world.attached = Attached("", "stats", stats=hold)
    return 0


def _follow(world: World, hold: StatsHold) -> tuple[Entry, ...]:
    """The list after the events since it was drawn: named containers stay (a removed one shows
    "--"); otherwise a start adds one at the end (with -a a create), and without -a a die takes
    one off (a restart is both)."""
    if hold.named:
        return hold.entries
    kept: list[Entry] = []
    for key, cid, name, since in hold.entries:
        c = world.containers.get(cid)
        if hold.all or (c is not None and c.running and c.started_at == since):
            kept.append((key, cid, c.name if c is not None else name, since))
    known = {e[1] for e in kept}
    new = [c for c in world.containers.values() if c.id not in known and (hold.all or c.running)]
    if not hold.all:
        new.sort(key=lambda c: c.started_at)  # in the order their start events came
    return (*kept, *((c.id, c.id, c.name, c.started_at) for c in new))


def redraw(world: World, io: IO) -> None:
    """After a line typed while `docker stats` streams: a fresh table when it changed. Once the
    CLI received a SIGINT its streams have ended: every value shows "--"."""
    a = world.attached
    assert a is not None and a.stats is not None
    hold = a.stats
    entries = _follow(world, hold)
    try:
        lines = render(world, entries, hold.format, hold.trunc, invalid=a.sigints > 0)
    except DockerError as exc:  # a template that fails on a new row: RunStats returns the error
        io.err(exc.message)
        world.attached = None
        return
    if tuple(lines) != hold.shown:
        for line in lines:
            io.out(line)
    world.attached = replace(a, stats=replace(hold, entries=entries, shown=tuple(lines)))


def label(world: World, hold: StatsHold) -> str:
    """The containers the held terminal shows, by name, for the page."""
    return ", ".join(world.containers[cid].name if cid in world.containers else name
                     for _, cid, name, _ in hold.entries)  # "" while it shows none
