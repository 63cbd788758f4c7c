"""User-defined bridge networks: `docker network create`, `rm` and `prune` (docker/cli v28.5.2
cli/command/network/create.go, remove.go, prune.go; moby daemon/network.go createNetwork and
deleteNetwork, daemon/prune.go localNetworksPrune, libnetwork's errors), and a container run with
`--network NAME` on one: an address from the network's subnet at each start and its names in
EndpointSettings.DNSNames. `network connect` and `disconnect` (a container on several networks)
are not simulated.

Subnets come from the daemon's default address pools (libnetwork/ipamutils: 172.17.0.0/16 to
172.31.0.0/16, then 192.168.0.0/16 in /20s), the first not taken; docker0 holds 172.17.0.0/16.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import events
from .dockercli import Args, Ctx, DockerError, confirm, print_pruned
from .filters import Filters, prune_until
from .world import EPOCH, Container, World, network_mode


@dataclass(frozen=True)
class UserNetwork:
    name: str
    id: str
    created: int  # the simulated second docker network create ran
    nanos: int
    subnet: str  # "172.18.0.0/16"
    gateway: str  # "172.18.0.1"
    prefix: int
    labels: tuple[tuple[str, str], ...] = ()
    internal: bool = False
    attachable: bool = False
    options: tuple[tuple[str, str], ...] = ()


def networks(world: World) -> tuple[UserNetwork, ...]:
    return world.networks or ()


def find(world: World, ref: str) -> UserNetwork | None:
    """daemon FindNetwork over the user networks: a full ID, one name, then one ID prefix."""
    nets = networks(world)
    for n in nets:
        if n.id == ref:
            return n
    named = [n for n in nets if n.name == ref]
    if named:
        return named[0]
    prefixed = [n for n in nets if n.id.startswith(ref)] if ref else []
    if len(prefixed) > 1:
        raise DockerError(f"Error response from daemon: network {ref} is ambiguous ({len(prefixed)} matches found "
                          "based on ID prefix)")
    return prefixed[0] if prefixed else None


def network_of(world: World, c: Container) -> UserNetwork | None:
    """The user network c's NetworkMode names, when it (still) exists."""
    mode = network_mode(c)
    if mode in ("bridge", "host", "none", "default") or mode.startswith("container:"):
        return None
    try:
        return find(world, mode)
    except DockerError:
        return None


def _pools() -> list[tuple[str, str, int]]:
    """The default address pools' subnets in order: (subnet, gateway, prefix length)."""
    out = [(f"172.{n}.0.0/16", f"172.{n}.0.1", 16) for n in range(18, 32)]
    out += [(f"192.168.{n}.0/20", f"192.168.{n}.1", 20) for n in range(0, 256, 16)]
    return out


def _digest(world: World, *parts: object) -> str:
    return hashlib.sha256(":".join(str(p) for p in (world.seed, "usernet", *parts)).encode()).hexdigest()


def extra_ip(c: Container, n: UserNetwork) -> str | None:
    """The address of c's endpoint on n when `docker network connect` added n (None if not)."""
    return next((ip for nid, _, ip, _ in c.connected if nid == n.id), None)


def ip_on(world: World, c: Container, n: UserNetwork) -> str:
    """The address of c's endpoint on n: its own network's, or one network connect added."""
    return c.ip if network_of(world, c) == n else (extra_ip(c, n) or "")


def attached(world: World, n: UserNetwork) -> list[Container]:
    """The running containers with an endpoint on n, in the order they joined it."""
    return sorted((c for c in world.containers.values()
                   if c.running and (network_of(world, c) == n or extra_ip(c, n) is not None)),
                  key=lambda c: (c.started_at or 0, c.id))


def allocate(world: World, n: UserNetwork, c: Container) -> str:
    """IPAM's first free address of n's subnet after its gateway."""
    base = n.subnet.split("/")[0].split(".")
    taken = {ip_on(world, o, n) for o in attached(world, n) if o is not c}
    k = 2
    while True:
        addr = f"{base[0]}.{base[1]}.{int(base[2]) + (k >> 8)}.{k & 255}"
        if addr not in taken:
            return addr
        k += 1


def dns_names(c: Container, hostname: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """container_operations.go buildEndpointDNSNames: the name, the aliases, the short ID, the
    host name, once each."""
    out: list[str] = []
    for name in (c.name, *aliases, c.id[:12], hostname):
        if name and name not in out:
            out.append(name)
    return out


# ---------------------------------------------------------------------------------------------
# docker network create


def cmd_network_create(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    name = args.positional[0]
    driver = args.get("driver") or "bridge"
    if name in ("bridge", "host", "none", "default"):  # daemon/network.go PredefinedNetworkError
        raise DockerError(f"Error response from daemon: operation is not permitted on predefined {name} network ")
    if driver == "overlay":
        raise DockerError('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or '
                          '"docker swarm join" to connect this node to swarm and try again.')
    if driver != "bridge":
        raise DockerError(f"layerlab: docker network create --driver {driver} is not simulated (bridge is)")
    for flag in ("subnet", "gateway", "ip-range", "ipv6", "config-from", "config-only", "ingress", "scope", "aux-address",
                 "ipam-driver", "ipam-opt"):
        if flag in args.given:
            raise DockerError(f"layerlab: docker network create --{flag} is not simulated yet")
    if "ipv4" in args.given and not args.bool("ipv4"):  # --ipv4 (true) is the default: nothing changes
        raise DockerError("layerlab: docker network create --ipv4=false is not simulated yet")
    if any(n.name == name for n in networks(world)):
        raise DockerError(f"Error response from daemon: network with name {name} already exists")
    taken = {n.subnet for n in networks(world)}
    free = next((p for p in _pools() if p[0] not in taken), None)
    if free is None:
        raise DockerError("Error response from daemon: all predefined address pools have been fully subnetted")
    nid = _digest(world, name, world.counter, world.clock)
    world.counter += 1
    labels = tuple((k, v) for k, _, v in (item.partition("=") for item in args.list("label")))
    net = UserNetwork(name, nid, world.clock, int(nid[:8], 16) % 1_000_000_000, *free,
                      labels=tuple(sorted(dict(labels).items())), internal=args.bool("internal"),
                      attachable=args.bool("attachable"), options=tuple(sorted(_opts(args).items())))
    world.networks = (*networks(world), net)
    events.record(world, "network", "create", nid, {"name": name, "type": "bridge"})
    ctx.io.out(nid)
    return 0


def _opts(args: Args) -> dict[str, str]:
    """-o/--opt key=value driver options (opts.MapOpts)."""
    out = {}
    for item in args.list("opt"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


# ---------------------------------------------------------------------------------------------
# docker network rm and prune


def cmd_network_rm(ctx: Ctx, args: Args) -> int:
    """remove.go runRemove: each network in turn, its name on success, the daemon's error else;
    a failure ends with the status error's text, "exit status 1"."""
    world: World = ctx.world
    failed = False
    for ref in args.positional:
        try:
            _remove(world, ref)
        except DockerError as exc:
            if args.bool("force") and exc.message.endswith(" not found"):
                continue
            ctx.io.err(exc.message)
            failed = True
            continue
        ctx.io.out(ref)
    if failed:
        ctx.io.err("exit status 1")
        return 1
    return 0


def _remove(world: World, ref: str) -> None:
    from .networks import lookup

    n = lookup(world, ref)
    if n is None:
        raise DockerError(f"Error response from daemon: network {ref} not found")
    if isinstance(n, str):
        raise DockerError(f"Error response from daemon: {n} is a pre-defined network and cannot be removed")
    users = attached(world, n)
    if users:
        eps = ", ".join(f'name:"{c.name}" id:"{endpoint_short(world, c, n)}"' for c in users)
        raise DockerError(f"Error response from daemon: error while removing network: network {n.name} has active "
                          f"endpoints ({eps})")
    world.networks = tuple(o for o in networks(world) if o is not n)
    events.record(world, "network", "destroy", n.id, {"name": n.name, "type": "bridge"})


def endpoint_short(world: World, c: Container, n: UserNetwork | None = None) -> str:
    """c's endpoint on n (its own network's by default, else one network connect made)."""
    from .netmodes import endpoint_id

    own = n is None or network_of(world, c) == n
    return endpoint_id(world, c, "" if own or n is None else n.id)[:12]


def cmd_network_prune(ctx: Ctx, args: Args) -> int:
    """prune.go runPrune over daemon/prune.go localNetworksPrune: the user networks without an
    endpoint, created before until= and matching the label filters."""
    world: World = ctx.world
    f = Filters(args.list("filter"))
    if not args.bool("force"):
        ctx.prompts.append("WARNING! This will remove all custom networks not used by at least one container.")
        confirm(ctx)
    print_pruned(ctx.io, "Deleted Networks:", prune_networks(world, f))
    return 0


def prune_networks(world: World, f: Filters) -> list[str]:
    """NetworksPrune: the filters checked, then each unused user network (by name) removed; a
    prune event (also for `docker system prune`)."""
    f.validate(("label", "label!", "until"))
    until = prune_until(f, world.clock)
    deleted = []
    for n in sorted(networks(world), key=lambda n: n.name):
        labels = dict(n.labels)
        if attached(world, n) or (until is not None and n.created >= until) or not f.match_kv("label", labels):
            continue
        if any(_label_match(v, labels) for v in f.get("label!")):
            continue
        _remove(world, n.name)
        deleted.append(n.name)
    events.record(world, "network", "prune", "", {"reclaimed": "0"})
    return deleted


def _label_match(value: str, labels: dict[str, str]) -> bool:
    k, eq, v = value.partition("=")
    return k in labels and (not eq or labels[k] == v)


def created_at(n: UserNetwork) -> tuple[int, int]:
    return (n.created or EPOCH), n.nanos
