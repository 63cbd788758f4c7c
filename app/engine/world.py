"""The simulated world: host disk, images, containers, volumes, build cache and the clock."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from .fs import Tree
from .refs import normalize_tag

# Fixed start of the simulated clock (UTC seconds): 2026-03-02T09:00:00Z.
EPOCH = 1772442000

# Per-world caps. Reaching one gives a clear error and changes nothing.
MAX_FILES = 20_000
MAX_BYTES = 16 * 1024 * 1024
MAX_CONTAINERS = 40
MAX_VOLUMES = 60
MAX_IMAGES = 30
# Ports the containers of one sandbox publish at most, together: `-p 1-65535:1-65535` is 65,535
# bindings, and ten containers made so held 180 MB of the server's memory.
MAX_PORTS = 1024
# Characters the host shell's variables and functions keep from one line to the next (names,
# values and the functions' text).
MAX_VARIABLE_BYTES = 1024 * 1024
MAX_LOG_LINES = 500
# Characters a container's log keeps at most, its newest (one line longer than that keeps its end):
# a line may print up to 32 MiB, and forty containers that each logged 10 MB held 400 MB of a world
# that the server's cache of worlds counted as nothing (it weighs files).
MAX_LOG_CHARS = 1024 * 1024
# A log line the container wrote on its stderr starts with this character: the json-file driver keeps
# each line's stream ("stream": "stderr"), and `docker logs` and an attached client write each line
# back on the stream it came from. (A container with a terminal, -t, has one stream: stdout.)
STDERR_LINE = "\x1e"


def log_line(text: str, stderr: bool) -> str:
    """A line as a container's log keeps it."""
    return STDERR_LINE + text if stderr else text


def on_stderr(c: Container, lines: list[str]) -> list[str]:
    """Lines a container's process wrote on its stderr, as its log keeps them."""
    return [log_line(text, not c.tty) for text in lines]


def host_name(c: Container) -> str:
    """Config.Hostname: -h's name, else the short id (moby daemon/container.go newContainer)."""
    return c.hostname or c.id[:12]


def network_mode(c: Container) -> str:
    """HostConfig.NetworkMode as the daemon keeps it: bridge (the default), host, none,
    container:<id> or a network's name (app/engine/netmodes.py)."""
    return c.network or "bridge"


def host_pid(c: Container) -> int:
    """The host's PID of c's first process while it runs (State.Pid, and docker top's)."""
    return 4242 + sum(map(ord, c.id[:4]))


def container_image(world: World, c: Container) -> Image | None:
    """The image c was created from: the store's, else the one kept for it when it was deleted."""
    return world.images.get(c.image_id) or c.kept_image


def config_user(world: World, c: Container) -> str:
    """c's Config.User."""
    if c.user is not None:
        return c.user
    image = container_image(world, c)
    return str(image.config.get("User") or "") if image is not None else ""


def log_times(c: Container) -> list[int]:
    """The second each of c's log lines was written; lines kept before times were kept show the
    container's start."""
    times = list(c.log_times or [])[-len(c.logs):] if c.logs else []
    return [c.started_at or c.created] * (len(c.logs) - len(times)) + times


def add_logs(c: Container, lines: list[str], when: int | None = None) -> None:
    """Append lines written at the simulated second when (None: as late as the log's last line or
    the start) to c's log, which keeps its last MAX_LOG_LINES and MAX_LOG_CHARS."""
    times = log_times(c)
    if when is None:
        when = max([c.started_at, *times[-1:]])
    c.logs.extend(lines)
    times.extend([when] * len(lines))
    if len(c.logs) > MAX_LOG_LINES:
        del c.logs[: len(c.logs) - MAX_LOG_LINES]
    _keep_log_chars(c.logs)
    c.log_times = times[-len(c.logs):] if c.logs else []


def _keep_log_chars(logs: list[str]) -> None:
    """Drop a log's oldest lines past MAX_LOG_CHARS; a line longer than that alone keeps its end."""
    total = sum(len(line) for line in logs)
    drop = 0
    while total > MAX_LOG_CHARS and drop < len(logs) - 1:
        total -= len(logs[drop])
        drop += 1
    del logs[:drop]
    if total > MAX_LOG_CHARS:
        mark = STDERR_LINE if logs[0].startswith(STDERR_LINE) else ""
        logs[0] = mark + logs[0][len(logs[0]) - MAX_LOG_CHARS + len(mark):]


def log_stream(line: str) -> tuple[bool, str]:
    """(whether it came on stderr, its text) of a kept log line."""
    return (True, line[1:]) if line.startswith(STDERR_LINE) else (False, line)


@dataclass
class Mount:
    """One mount point of a container, as the daemon records it."""

    type: str  # "volume", "bind", "tmpfs" or "image"
    destination: str
    source: str = ""  # host path for binds; volume name for volumes
    rw: bool = True
    mode: str = ""
    propagation: str = ""
    named: bool = False  # a volume named by the user (kept by rm -v)
    copy_data: bool = True
    spec_source: str = ""  # what the user wrote as the source ("" for anonymous)
    origin: str = ""  # bind-flag (-v with a source), mount-flag (--mount), or "" (VOLUME, -v /path, --tmpfs)
    spec: str = ""  # the -v value as given, for HostConfig.Binds
    tmpfs_size: int = 0  # --mount tmpfs-size, in bytes
    tmpfs_mode: int = 0  # --mount tmpfs-mode
    # the Destination the daemon keeps when it is no absolute path: -v a:/data is an anonymous
    # volume at "a:/data" (filepath.Clean of the Config.Volumes key), which runc mounts at /a:/data
    kept_destination: str = ""
    # an image mount (--mount type=image): its image-subpath, and the image's layers, which the
    # mount's own layer holds even when the image is deleted (daemon/volumes.go registerMountPoints)
    image_subpath: str = ""
    image_layers: tuple[str, ...] = ()
    # a volume mount's volume-subpath (--mount): the folder of the volume it exposes, "" for all of it
    subpath: str = ""
    # a --mount's value as given and its place among the --mount flags, for HostConfig.Mounts
    mount_flag: str = ""
    flag_order: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Image:
    """An image: a stack of shared read-only layers plus its config and history."""

    id: str
    layers: list[str]  # layer ids, bottom first
    config: dict[str, Any]
    history: list[dict[str, Any]]  # bottom first: created, created_by, empty_layer, comment, size
    created: int
    tags: list[str] = field(default_factory=list)
    parent: str = ""
    comment: str = ""
    digest: str = ""  # repo digest for pulled images
    author: str = ""  # the image config's author: docker commit -a, a Dockerfile's MAINTAINER


@dataclass
class Layer:
    """A read-only image layer: its files, what made it, its size."""

    id: str
    tree: Tree
    created_by: str
    size: int

    def __reduce_ex__(self, protocol: Any) -> Any:
        """A registry image's layer is written into a snapshot by its id alone: its tree is the one
        every world shares (images.registry_tree), and read back as that same tree."""
        if SHARED_LAYERS.get(self.id) is self.tree:
            return registry_layer, (self.id, self.created_by, self.size)
        return super().__reduce_ex__(protocol)


# The trees of registry images' layers, by layer id: made once per process and shared by every world
# (app/engine/images.py layer_tree fills it).
SHARED_LAYERS: dict[str, Tree] = {}


def registry_layer(lid: str, created_by: str, size: int) -> Layer:
    """A registry image's layer read back from a snapshot, with the process's shared tree."""
    from .images import registry_tree  # (images builds on this module)

    return Layer(lid, registry_tree(lid), created_by, size)


@dataclass
class Container:
    id: str
    name: str
    image_id: str
    image_ref: str  # as the user typed it
    created: int
    cmd: list[str]
    entrypoint: list[str]
    env: list[str]
    workdir: str
    rw: Tree
    mounts: list[Mount]
    ports: list[tuple[int, int]]  # (host port, container port)
    exposed: list[str]
    auto_remove: bool = False
    read_only: bool = False
    state: str = "created"  # created, running, restarting, exited
    exit_code: int = 0
    started_at: int = 0
    finished_at: int = 0
    logs: list[str] = field(default_factory=list)
    tmpfs: dict[str, Tree] = field(default_factory=dict)
    tmpfs_flags: list[str] = field(default_factory=list)  # destinations from --tmpfs
    restart_count: int = 0
    manual_restart: bool = False
    process: dict[str, Any] = field(default_factory=dict)  # what runs: kind, until, app state
    labels: dict[str, str] = field(default_factory=dict)
    volumes_from: list[str] = field(default_factory=list)
    anon_volumes: list[str] = field(default_factory=list)  # -v /path destinations (Config.Volumes)
    port_specs: list[tuple[str, str]] = field(default_factory=list)  # (host IP, protocol) for each of ports
    tty: bool = False  # -t: Config.Tty
    stdin_open: bool = False  # -i: Config.OpenStdin
    # Config.AttachStdin, AttachStdout, AttachStderr: the streams named here (none for run -d)
    attach: tuple[str, ...] = ()
    init: bool = False  # --init: docker-init (tini) runs as PID 1 and forwards signals
    # Config.User: -u, else the image's USER (daemon/commit.go merge); None in a world saved before
    # it was kept (config_user then reads the image's)
    user: str | None = None
    group_add: list[str] | None = None  # HostConfig.GroupAdd (--group-add)
    # the simulated second each line of logs was written, the last ones when a world saved before
    # they were kept has fewer (log_times pads them): a plain default, so such worlds still load
    log_times: list[int] | None = None
    # the address IPAM gave its endpoint on the default bridge at its last start (kept after it
    # stops: its /etc/hosts still says it); "" in a world saved before it was kept
    ip: str = ""
    paused: bool = False  # docker pause: its processes frozen (it still counts as running)
    hostname: str = ""  # Config.Hostname from -h/--hostname; "" for the daemon's default, the short id
    domainname: str = ""  # Config.Domainname (--domainname)
    memory: int = 0  # HostConfig.Memory in bytes (-m/--memory, docker update); 0 = no limit
    # the other HostConfig.Resources values run's flags or docker update set, by their API names
    # (MemorySwap, NanoCpus, PidsLimit...: app/engine/resources.py); None when none was set
    resources: dict[str, Any] | None = None
    # HostConfig.RestartPolicy (--restart, docker update) and the daemon's restart manager for it
    # (app/engine/restartpolicy.py): its wait in ms, the ms the process starts again while c is
    # "restarting", whether a stop or kill cancelled it, and how far into its second (ms) the
    # process began when the manager started it
    restart_policy: str = "no"
    restart_retries: int = 0  # MaximumRetryCount (on-failure:N)
    restart_delay: int = 0
    restart_at: int = 0
    restart_canceled: bool = False
    restart_offset: int = 0
    # HostConfig.NetworkMode (--network, --net): "" for the default bridge (app/engine/netmodes.py)
    network: str = ""
    # the -p bindings a container off the bridge keeps in HostConfig.PortBindings and never
    # publishes (host port, container port, host IP, protocol); plain defaults: saved worlds load
    unpublished: tuple[tuple[int, int, str, str], ...] = ()
    # Config.StopSignal: --stop-signal, else the image's (daemon/commit.go merge); "" for SIGTERM
    stop_signal: str = ""
    # HostConfig.Dns, DnsSearch, DnsOptions and ExtraHosts ("name:ip") as the CLI sent them
    # (--dns, --dns-search, --dns-option, --add-host: app/engine/dnsconfig.py); plain defaults
    dns: tuple[str, ...] = ()
    dns_search: tuple[str, ...] = ()
    dns_options: tuple[str, ...] = ()
    extra_hosts: tuple[str, ...] = ()
    # --network-alias (--net-alias): the Aliases of its endpoint on its (user-defined) network
    aliases: tuple[str, ...] = ()
    # the user-defined networks `docker network connect` added: (network ID, its name, the address
    # its endpoint got at the last start or connect, its aliases), in the order they were connected
    connected: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()
    # Config.StopTimeout (--stop-timeout: None when not given), HostConfig.CapAdd, CapDrop (as typed)
    # and Privileged, and State.Error (the last failed start's error; a start clears it): plain defaults
    stop_timeout: int | None = None
    cap_add: tuple[str, ...] = ()
    cap_drop: tuple[str, ...] = ()
    privileged: bool = False
    error: str = ""
    # the networks whose address /etc/hosts lists, in its order: at start libnetwork's endpoint
    # order (rebuildHostsFile), then as they are connected; () for its own network alone
    hosts_order: tuple[str, ...] = ()
    # HostConfig.ShmSize in bytes (--shm-size); 0 in a world saved before it was kept: the default
    shm_size: int = 0
    # HostConfig.VolumeDriver (--volume-driver): the driver of its -v volumes; only "local" works here
    volume_driver: str = ""
    # its image, kept when `docker rmi -f` deleted that image while the container was stopped: the
    # container has its own config and its layer still holds the image's layers (moby v28.5.2
    # daemon/images/image_delete.go: a stopped container is only a soft conflict), so it still
    # starts, shows its files and diffs against them; None while the image is in the store
    kept_image: Image | None = None
    # State.Health while its healthcheck is probed (app/engine/containerhealth.py): status, failing
    # streak, the last results, the start it belongs to and when the next probe is due; replaced,
    # never changed in place (a clone shares it); None before a start with a healthcheck
    health: dict[str, Any] | None = None
    # Config.Healthcheck as run's --health-* and --no-healthcheck made it (containerhealth.flags_config;
    # what it leaves empty is its image's); None without them
    healthcheck: dict[str, Any] | None = None

    def clone(self) -> Container:
        return replace(
            self,
            rw=self.rw.copy(),
            mounts=[replace(m) for m in self.mounts],
            ports=list(self.ports),
            logs=list(self.logs),
            log_times=list(self.log_times) if self.log_times is not None else None,
            tmpfs={k: t.copy() for k, t in self.tmpfs.items()},
            process=dict(self.process),
            resources=dict(self.resources) if self.resources is not None else None,
        )

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def restarting(self) -> bool:
        """Waiting for the restart manager to start it again (moby counts it as running too)."""
        return self.state == "restarting"

    @property
    def frozen(self) -> bool:
        """Paused (moby's container.Paused: a paused container is running too)."""
        return self.paused and self.state == "running"

    @property
    def short_id(self) -> str:
        return self.id[:12]

    def published_ports(self) -> list[tuple[int, int, str, str]]:
        """(host port, container port, host IP, protocol) for each -p."""
        specs = self.port_specs if len(self.port_specs) == len(self.ports) else [("", "tcp")] * len(self.ports)
        return [(hp, cp, ip or "0.0.0.0", proto) for (hp, cp), (ip, proto) in zip(self.ports, specs, strict=True)]


@dataclass
class Volume:
    name: str
    created: int
    labels: dict[str, str] | None
    options: dict[str, str] | None
    anonymous: bool = False


@dataclass(frozen=True)
class BuildRecord:
    """What the newest successful `docker build` did, for the drawing: the image it made, the
    context it sent (the `transferring context:` figure; None when no step needed one), the figure
    the build before it of the same tag sent, and BuildKit's cache decision for each layer step."""

    image_id: str
    tags: tuple[str, ...]
    context: int | None
    previous_context: int | None
    steps: tuple[tuple[str, bool], ...]  # (layer id, cached) for each layer step, bottom first
    at: int = 0  # the clock when it ran: two identical builds are still two builds
    contexts: tuple[tuple[str, int], ...] = ()  # the newest context size sent for each tag built so far


@dataclass(frozen=True)
class StatsHold:
    """A streaming `docker stats` holding the terminal (app/engine/statscmd.py): its options, the
    containers it shows and the table it last printed."""

    named: bool  # containers were named: the list stays as given
    all: bool  # -a: created and stopped containers too
    trunc: bool  # not --no-trunc
    format: str  # the template (the default table's when none was given)
    entries: tuple[tuple[str, str, str, int], ...]  # (as asked for, full id, name, started_at when listed)
    shown: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShellKept:
    """What the learner's bash keeps between lines besides variables and functions
    (app/engine/shellbuiltins.py): aliases in the order defined, the lines typed (the first one
    numbered history_base + 1), the pushd stack (its top last), the umask, the hashed programs
    (name, path, hits) in the order hashed, the jobs started with `&`, which variables are exported
    and which are readonly. A world pickled before a field was added reads its default."""

    aliases: tuple[tuple[str, str], ...] = ()
    history: tuple[str, ...] = ()
    history_base: int = 0
    dirs: tuple[str, ...] = ()
    umask: int = 0o022
    hashed: tuple[tuple[str, str, int], ...] = ()
    # the background jobs: (number, pid, text, start, end, status, directory); $!
    jobs: tuple[tuple[int, int, str, int, int, int, str], ...] = ()
    last_background: int = 0
    # the variables' attributes (shell.py Shell.exported, readonly): the names set but not exported
    # (the starting ones all are), those exported with no value, the readonly ones
    unexported: tuple[str, ...] = ()
    exported_unset: tuple[str, ...] = ()
    readonly: tuple[str, ...] = ()
    traps: tuple[tuple[int, str], ...] = ()  # `trap` (app/engine/shelltrap.py): signal, action
    # the associative arrays (app/engine/shellassoc.py Assoc), each a copy no line changes
    assoc: tuple[tuple[str, Any], ...] = ()
    # bash's RANDOM generator (seed, last value) and SECONDS (value assigned, when), None until
    # drawn or assigned, and which of the two `unset` made plain (app/engine/shellrandom.py)
    random: tuple[int, int] | None = None
    seconds: tuple[int, int] | None = None
    plain: tuple[str, ...] = ()


RawEvent = tuple[int, int, str, str, str, tuple[tuple[str, str], ...]]


class Event(NamedTuple):
    """One message of the daemon's events log (moby v28.5.2 api/types/events Message): when (the
    simulated second and its nanoseconds), Type, Action, Actor.ID and Actor.Attributes.

    The world keeps each as a plain tuple (RawEvent) in a tuple (World.events); readers make them
    Events (events.log). The garbage collector stops tracking plain tuples of strings and numbers,
    not tuple subclasses nor dataclasses, and the store's cache holds thousands of worlds of up to
    256 events each: kept as objects it tracks, every full collection walked them all (12.9 ms
    against 5.6 ms for 2,000 kept worlds) and the served update p99 went from 15-19 ms to 23-34 ms."""

    time: int
    nanos: int
    type: str
    action: str
    actor: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EventsHold:
    """A streaming `docker events` holding the terminal (app/engine/eventscmd.py): its filters,
    template, the end --until set (nanoseconds, 0 for none) and the newest event it printed."""

    filters: tuple[tuple[str, str], ...]
    format: str
    until: int
    after: tuple[int, int]  # (time, nanos) of the newest event seen


@dataclass(frozen=True)
class Attached:
    """The terminal attached to a container (app/engine/attached.py): a shell typed into, or a
    foreground command (attached `docker run`, `docker attach`, `docker logs -f`) holding it."""

    container: str  # full id
    command: str  # the docker command holding the terminal: run, exec, attach or logs
    shell: str = ""  # "bash", "dash" or "ash" when lines run in a shell; "" when held
    raw: bool = False  # -t with stdin: the terminal is raw, keys go to the container (detach keys work)
    tty: bool = False  # the shell has a terminal (it prints its prompt)
    pid1: bool = False  # the shell is the container's main process: its exit stops the container
    sig_proxy: bool = True  # --sig-proxy: the CLI forwards the signals it receives
    cwd: str = "/"
    env: tuple[tuple[str, str], ...] = ()
    status: int = 0  # $? inside the shell
    sigints: int = 0  # SIGINTs the CLI received (three make it give up)
    shown: int = 0  # the container's log lines already shown
    since: int = 0  # when the container's process started: a restart ends what was attached to it
    ended: int | None = None  # the log lines there were when that process ended (a restart's come after)
    gone: bool = False  # the CLI writes into a pipe whose reader has exited: its next line ends it (EPIPE)
    lineno: int = 0  # lines the shell has read
    # its variables set but not exported, exported with no value, readonly (Shell.exported, readonly)
    attributes: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    uid: int = 0  # the shell's user (docker exec -u), its groups and the name bash's prompt shows
    groups: tuple[int, ...] = ()
    login: str = "root"
    log_details: bool = False  # docker logs -f --details: a space before each line
    log_timestamps: bool = False  # docker logs -f -t: the time each line was written before it
    muted: tuple[str, ...] = ()  # the output streams not attached (docker run -a stdout: ("stderr",))
    stats: StatsHold | None = None  # docker stats streaming (container is "" then: it may show many)
    events: EventsHold | None = None  # docker events streaming (container is "" then)


@dataclass
class World:
    """Everything the simulation knows. Cloned before each command, so a failed one changes nothing."""

    seed: int = 0
    clock: int = EPOCH
    counter: int = 0
    host: Tree = field(default_factory=Tree)
    cwd: str = "/home/learner/feedback-app"
    images: dict[str, Image] = field(default_factory=dict)  # by id
    layers: dict[str, Layer] = field(default_factory=dict)  # by id
    containers: dict[str, Container] = field(default_factory=dict)  # by id, in creation order
    volumes: dict[str, Volume] = field(default_factory=dict)  # by name
    build_cache: dict[str, dict[str, Any]] = field(default_factory=dict)
    pulled: list[str] = field(default_factory=list)  # registry repos pulled (digest knowledge)
    history_size: int = 0
    status: int = 0  # the last command line's exit status: `$?` on the next line
    attached: Attached | None = None  # the terminal is inside a container or held by one
    # the newest build (a plain default, not a factory: worlds pickled before it existed still load)
    last_build: BuildRecord | None = None
    # the host shell's variables set (or unset: None) by earlier lines, over its starting ones; a
    # plain default for the same reason; each line stores a new dict, never changes this one
    shell_vars: dict[str, str | None] | None = None
    # the host shell's functions defined by earlier lines: each one's definition as it was typed
    shell_functions: dict[str, str] | None = None
    shell_params: list[str] | None = None  # and its positional parameters (`set -- a b`)
    shell_options: frozenset[str] | None = None  # and its `set -o` options on (pipefail)
    shell_arrays: dict[str, dict[int, str]] | None = None  # and its arrays (shellarrays.py)
    # and its aliases, history, directory stack, umask, hashed programs and jobs (shellbuiltins.py)
    shell_kept: ShellKept | None = None
    # the daemon's events, oldest first, its newest EVENTS_LIMIT kept (app/engine/events.py); None
    # in a world saved before they were kept
    events: tuple[RawEvent, ...] | None = None
    # the user-defined networks (`docker network create`: app/engine/usernets.py), oldest first;
    # each one frozen, the tuple replaced on a change; None in a world saved before they were kept
    networks: tuple[Any, ...] | None = None

    def clone(self) -> World:
        return replace(
            self,
            host=self.host.copy(),
            images=dict(self.images),  # images are replaced, never changed in place (set_tags)
            layers=dict(self.layers),
            containers={k: v.clone() for k, v in self.containers.items()},
            volumes={k: replace(v) for k, v in self.volumes.items()},
            build_cache=dict(self.build_cache),
            pulled=list(self.pulled),
        )

    def cache_layers(self) -> set[str]:
        """The layers BuildKit holds while its cache records exist: each cached step's layer and
        the chain below it (moby v28.5.2 builder/builder-next/adapters/snapshot: EnsureLayer and
        getLayer keep a layer.Store reference per snapshot until its record is pruned)."""
        held: set[str] = set()
        for entry in self.build_cache.values():
            held.add(entry["layer"])
            held.update(entry.get("below", ()))
        return held

    def set_tags(self, image_id: str, tags: list[str]) -> Image:
        """Give an image a new tag list (a new Image object: worlds share images between clones)."""
        image = replace(self.images[image_id], tags=list(tags))
        self.images[image_id] = image
        return image

    def add_tag(self, image_id: str, tag: str) -> Image:
        """Point tag at image_id, taking it from whichever image had it."""
        for other in list(self.images.values()):
            if tag in other.tags and other.id != image_id:
                self.set_tags(other.id, [t for t in other.tags if t != tag])
        image = self.images[image_id]
        return image if tag in image.tags else self.set_tags(image_id, [*image.tags, tag])

    # -- deterministic randomness ------------------------------------------------------------

    def new_hex(self, purpose: str = "") -> str:
        """A fresh 64-hex id, reproducible from the seed and the number drawn so far."""
        self.counter += 1
        return hashlib.sha256(f"{self.seed}:{self.counter}:{purpose}".encode()).hexdigest()

    def rand(self, n: int, purpose: str = "") -> int:
        """A reproducible integer in [0, n)."""
        return int(self.new_hex(purpose)[:12], 16) % n

    # -- lookups ------------------------------------------------------------------------------

    def container_by_name(self, name: str) -> Container | None:
        for c in self.containers.values():
            if c.name == name:
                return c
        return None

    def find_container(self, ref: str) -> Container | None:
        """Full ID, then exact name (with or without '/'), then unique ID prefix (daemon order)."""
        if not ref:
            return None
        if ref in self.containers:
            return self.containers[ref]
        byname = self.container_by_name(ref.lstrip("/"))
        if byname is not None:
            return byname
        matches = [c for cid, c in self.containers.items() if cid.startswith(ref)]
        return matches[0] if len(matches) == 1 else None

    def image_layers(self, image: Image) -> list[Tree]:
        """The image's trees, top first (the order overlay lookups want)."""
        return [self.layers[lid].tree for lid in reversed(image.layers)]

    def find_image(self, ref: str) -> Image | None:
        """By name[:tag] (latest by default), full or short ID, or sha256: ID."""

        tag = normalize_tag(ref)
        if tag is not None:
            for img in self.images.values():
                if tag in img.tags:
                    return img
        hexpart = ref[7:] if ref.startswith("sha256:") else ref
        if len(hexpart) >= 4 and all(c in "0123456789abcdef" for c in hexpart):
            # the store keys images by "sha256:<hex>" (an ID as the daemon's digest set holds it)
            matches = [i for iid, i in self.images.items() if iid.removeprefix("sha256:").startswith(hexpart)]
            if len(matches) == 1:
                return matches[0]
        return None

    def volume_users(self, name: str) -> list[Container]:
        return [
            c for c in self.containers.values()
            if any(m.type == "volume" and m.source == name for m in c.mounts)
        ]

    def used_ports(self) -> dict[int, Container]:
        return {hp: c for c in self.containers.values() if c.running for hp, _ in c.ports}

    def file_count(self) -> int:
        n = len(self.host)
        for c in self.containers.values():
            n += len(c.rw) + sum(len(t) for t in c.tmpfs.values())
        return n
