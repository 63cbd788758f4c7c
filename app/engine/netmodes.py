"""The network a container runs with (`docker run/create --network`, and its hidden twin --net):
the default bridge, the host's own stack (host), a stack with only lo (none), another container's
stack (container:<name|id>), or a network by name (moby v28.5.2 api/types/container/hostconfig_unix.go
NetworkMode). The checks the CLI and the daemon make of it at create, what a start does with it,
and the NetworkSettings `docker inspect` shows (api/types/container/network_settings.go, filled
as daemon/inspect.go and daemon/network.go buildEndpointInfo fill them).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from . import hostprofile, usernets
from .addresses import allocate_ip
from .dockercli import Args, Ctx, DockerError, flag_error
from .formatting import GoStruct
from .gotemplate import GoNil
from .world import Container, World, host_name, network_mode

# api/types/network: the predefined networks and the driver each is made with
DRIVERS = {"bridge": "bridge", "host": "host", "none": "null"}

GATEWAY = "172.17.0.1"  # the default bridge's (docker0's) address

# NetworkOpt.Set's test for the long syntax (regexp.MatchString: anywhere in the value)
_LONG_SYNTAX = re.compile(r"\w+=\w+(,\w+=\w+)*")
_LONG_KEYS = ("name", "alias", "ip", "ip6", "mac-address", "link-local-ip", "driver-opt", "gw-priority")


def kind(mode: str) -> str:
    """bridge, host, none, default, container or user (NetworkMode's Is* methods: container is
    "container:" with anything after it; "container" alone counts for validateNetContainerMode)."""
    if mode in ("bridge", "host", "none", "default"):
        return mode
    if mode == "container" or mode.startswith("container:"):
        return "container"
    return "user"


def joined(c: Container) -> str:
    """The container whose stack c shares (ConnectedContainer), "" when c has its own."""
    mode = network_mode(c)
    return mode.partition(":")[2] if kind(mode) == "container" else ""


def endpoint_name(c: Container) -> str | None:
    """The key of c's one entry in NetworkSettings.Networks; None for container mode, whose
    settings the daemon leaves empty (updateContainerNetworkSettings)."""
    mode = network_mode(c)
    return None if kind(mode) == "container" else mode


def _digest(world: World, *parts: object) -> str:
    return hashlib.sha256(":".join(str(p) for p in (world.seed, "network", *parts)).encode()).hexdigest()


def endpoint_id(world: World, c: Container, net_id: str = "") -> str:
    """The endpoint libnetwork made at c's last start (a random 64-hex ID: stable here); net_id:
    one on a network `docker network connect` added."""
    if net_id:
        return _digest(world, c.id, c.started_at, "endpoint", net_id)
    return _digest(world, c.id, c.started_at, "endpoint")


def sandbox_id(world: World, c: Container) -> str:
    """controller.go NewSandbox: stringid.GenerateRandomID() at each start."""
    return _digest(world, c.id, c.started_at, "sandbox")


# ---------------------------------------------------------------------------------------------
# At create


def requested(ctx: Ctx, args: Args) -> list[str]:
    """The targets of --network and --net (one opts.NetworkOpt list), as NetworkOpt.Set reads
    each value: a name, or the long syntax name=...,alias=... (keys lower-cased)."""
    targets = []
    for flag in ("network", "net"):
        for value in args.list(flag):
            targets.append(_target(ctx, flag, value))
    return targets


def _target(ctx: Ctx, flag: str, value: str) -> str:
    if not _LONG_SYNTAX.search(value):
        return value
    target = ""
    for field in value.split(","):
        key, eq, val = field.lower().partition("=")
        problem = ""
        if not eq or not key:
            problem = f"invalid field {field}"
        elif key.strip() not in _LONG_KEYS:
            problem = f"invalid field key {key.strip()}"
        if problem:
            raise flag_error(ctx.command, f'invalid argument "{value}" for "--{flag}" flag: {problem}')
        if key.strip() == "name":
            target = val.strip()
    if not target:
        raise flag_error(ctx.command, f'invalid argument "{value}" for "--{flag}" flag: network name/id is not specified')
    return target


def client_mode(targets: list[str], aliases: list[str] | None = None) -> str:
    """cli/command/container/opts.go parse: HostConfig.NetworkMode is the first target ("default"
    without one); parseNetworkOpts refuses a target given twice and a mix of user-defined
    networks and the others, and --network-alias (applied to the first target) on one that is
    not user-defined (parseNetworkAttachmentOpt)."""
    seen: set[str] = set()
    for i, t in enumerate(targets or ["default"]):
        if not t.strip():
            raise DockerError("no name set for network", 125)  # parseNetworkAttachmentOpt
        if i == 0 and aliases and kind(t) != "user":
            raise DockerError("network-scoped aliases are only supported for user-defined networks", 125)
        if t in seen:
            raise DockerError(f'network "{t}" is specified multiple times', 125)
        seen.add(t)
    if any(kind(t) == "user" for t in targets) and any(kind(t) != "user" for t in targets):
        raise DockerError("conflicting options: cannot attach both user-defined and non-user-defined network-modes", 125)
    return targets[0] if targets else "default"


def validate(mode: str, args: Args, exposed: bool) -> None:
    """runconfig/hostconfig.go validateNetContainerMode and hostconfig_unix.go validateNetMode, as
    the API decodes the create request (before the daemon's other checks). exposed: the
    request's Config.ExposedPorts (-p and --expose; the image's come later)."""
    problem = ""
    if kind(mode) == "container":
        if not mode.partition(":")[2]:
            problem = "invalid network mode: invalid container format container:<name|id>"
        elif args.get("hostname"):
            problem = "conflicting options: hostname and the network mode"
        elif args.list("link"):
            problem = "conflicting options: container type network can't be used with links. This would result " \
                      "in undefined behavior"
        elif args.list("dns"):
            problem = "conflicting options: dns and the network mode"
        elif args.list("add-host"):
            problem = "conflicting options: custom host-to-IP mapping and the network mode"
        elif args.list("publish") or args.bool("publish-all"):
            problem = "conflicting options: port publishing and the container type network mode"
        elif exposed:
            problem = "conflicting options: port exposing and the container type network mode"
    elif mode == "host" and args.list("link"):
        problem = "conflicting options: host type networking can't be used with links. This would result in " \
                  "undefined behavior"
    if problem:
        raise DockerError(f"Error response from daemon: {problem}", 125)


def daemon_mode(world: World, mode: str) -> str:
    """What the daemon keeps: "default" becomes the bridge (postContainersCreate), and
    container:<name> the container's full ID when it exists (adaptSharedNamespaceContainer; one
    that does not is only looked for at start)."""
    if mode == "default":
        return "bridge"
    other = joined_ref(mode)
    if other:
        found = world.find_container(other)
        if found is not None:
            return f"container:{found.id}"
    return mode


def joined_ref(mode: str) -> str:
    """The container a container:<x> mode names ("" for the other modes)."""
    return mode.partition(":")[2] if kind(mode) == "container" else ""


def create_warnings(mode: str, ports: bool) -> list[str]:
    """daemon/daemon_unix.go verifyPlatformContainerSettings, after the resource checks."""
    return ["Published ports are discarded when using host network mode"] if mode == "host" and ports else []


def create_hostname(mode: str, given: str) -> str:
    """newContainer: a container on the host's stack gets the host's name when -h gives none."""
    return given or (hostprofile.HOSTNAME if mode == "host" else "")


# ---------------------------------------------------------------------------------------------
# At start


def join_other(world: World, c: Container) -> None:
    """initializeNetworking for container:<x>, first thing at start (getNetworkedContainer): the
    other container must exist, be another one, run and not be restarting; c then takes its
    host name, domain and files (initializeNetworkingPaths)."""
    ref = joined(c)
    if not ref:
        return
    other = world.find_container(ref)
    if other is None:
        raise DockerError("Error response from daemon: joining network namespace of container: "
                          f"No such container: {ref}", 125)
    if other is c:
        raise DockerError("Error response from daemon: cannot join own network namespace", 125)
    if other.restarting:
        raise DockerError("Error response from daemon: cannot join network namespace of container: Container "
                          f"{other.id} is restarting, wait until the container is running", 125)
    if not other.running:  # (a paused container is running)
        raise DockerError("Error response from daemon: cannot join network namespace of a non running container: "
                          f"container {other.name} is {other.state}", 125)
    c.hostname, c.domainname, c.ip = host_name(other), other.domainname, other.ip


def attach(world: World, c: Container) -> None:
    """allocateNetwork at start (after the task is made): a network by a name no network has
    fails (daemon FindNetwork, libnetwork ErrNoSuchNetwork, wrapped as start_linux.go wraps it);
    on the bridge IPAM gives c an address; host and none give it none of its own."""
    mode = network_mode(c)
    if kind(mode) == "user":
        net = usernets.network_of(world, c)
        if net is None:
            raise DockerError("Error response from daemon: failed to set up container networking: "
                              f"network {mode} not found", 125)
        c.ip = usernets.allocate(world, net, c)
    elif mode == "bridge":
        c.ip = allocate_ip(world, c)
    elif not joined(c):
        c.ip = ""
    from .netconnect import attach_connected

    attach_connected(world, c)


# ---------------------------------------------------------------------------------------------
# docker inspect


def _endpoint(world: World, c: Container, name: str) -> GoStruct:
    """network.EndpointSettings: the operational data while c runs, cleared at stop but for the
    network's ID (releaseNetwork cleanOperationalData); empty before its first start."""
    from .addresses import bridge_ip
    from .networks import bridge_mac, network_id

    running = c.running and bool(c.started_at)
    net = usernets.network_of(world, c) if kind(name) == "user" else None
    gateway, prefix, nid = (net.gateway, net.prefix, net.id) if net is not None else (GATEWAY, 16, "")
    if name in DRIVERS:
        nid = network_id(world, name)
    on_bridge = name == "bridge" or net is not None
    ip = (bridge_ip(world, c) if net is None else c.ip) if running and on_bridge else ""
    return GoStruct({
        "IPAMConfig": None, "Links": None, "Aliases": list(c.aliases) or None,
        "MacAddress": bridge_mac(world, c) if running and on_bridge else "",
        "DriverOpts": None, "GwPriority": 0,
        "NetworkID": nid if c.started_at else "",
        "EndpointID": endpoint_id(world, c) if running else "",
        "Gateway": gateway if ip else "", "IPAddress": ip, "IPPrefixLen": prefix if ip else 0,
        "IPv6Gateway": "", "GlobalIPv6Address": "", "GlobalIPv6PrefixLen": 0,
        # updateNetworkConfig: a user-defined network's names, set at each connect, kept at stop
        "DNSNames": usernets.dns_names(c, host_name(c), c.aliases) if net is not None and c.started_at else None,
    })


def network_settings(world: World, c: Container, ports: dict[str, Any]) -> GoStruct:
    """container.NetworkSettings: NetworkSettingsBase, the default bridge's deprecated copy
    (getDefaultNetworkSettings) and Networks. ports: the bridge's published and exposed ports."""
    from .netconnect import connected_endpoints

    name = endpoint_name(c)
    networks = {name: _endpoint(world, c, name)} if name is not None else {}
    networks.update(connected_endpoints(world, c))
    bridge = networks.get("bridge")
    sandbox = sandbox_id(world, c) if c.running and name is not None else ""
    key = ""
    if sandbox:
        key = "/var/run/docker/netns/" + ("default" if name == "host" else sandbox[:12])
    return GoStruct({
        "Bridge": "", "SandboxID": sandbox, "SandboxKey": key,
        "Ports": dict(sorted(ports.items())) if publishes(c) else {},
        "HairpinMode": False, "LinkLocalIPv6Address": "", "LinkLocalIPv6PrefixLen": 0,
        "SecondaryIPAddresses": None, "SecondaryIPv6Addresses": None,
        **{k: (bridge[k] if bridge is not None else v) for k, v in _DEFAULT_SETTINGS},
        "Networks": networks,
    })


# DefaultNetworkSettings's fields, empty when c is not on the default bridge
_DEFAULT_SETTINGS = (("EndpointID", ""), ("Gateway", ""), ("GlobalIPv6Address", ""), ("GlobalIPv6PrefixLen", 0),
                     ("IPAddress", ""), ("IPPrefixLen", 0), ("IPv6Gateway", ""), ("MacAddress", ""))

NIL_TYPES = {
    "IPAMConfig": "*network.EndpointIPAMConfig", "Links": "[]string", "Aliases": "[]string",
    "DriverOpts": "map[string]string", "DNSNames": "[]string",
    "SecondaryIPAddresses": "[]network.Address", "SecondaryIPv6Addresses": "[]network.Address",
}


def typed_nil(key: str) -> GoNil | None:
    go_type = NIL_TYPES.get(key)
    return GoNil(go_type) if go_type else None


# ---------------------------------------------------------------------------------------------
# docker network inspect


def attached(world: World, name: str) -> list[Container]:
    """The running containers with an endpoint on the predefined network name, in the order they
    joined it."""
    return sorted((c for c in world.containers.values() if c.running and endpoint_name(c) == name),
                  key=lambda c: (c.started_at or 0, c.id))


# ---------------------------------------------------------------------------------------------
# docker ps


def ps_networks(c: Container) -> str:
    """The NETWORKS column: the names in c's NetworkSettings.Networks (none on another's stack; a
    Go map the CLI ranges over: sorted here)."""
    names = [name for _, name, _, _ in c.connected]
    own = endpoint_name(c)
    return ",".join(sorted([own, *names] if own else names))


def ps_on_network(world: World, c: Container, value: str) -> bool:
    """daemon/list.go's network filter: an endpoint by that name, or whose NetworkID begins so."""
    from .networks import network_id

    if any(name == value or nid.startswith(value) for nid, name, _, _ in c.connected):
        return True
    name = endpoint_name(c)
    if name is None:
        return False
    net = usernets.network_of(world, c)
    nid = network_id(world, name) if name in DRIVERS else (net.id if net is not None else "")
    return name == value or (bool(c.started_at) and bool(nid) and nid.startswith(value))


def publishes_on(mode: str) -> bool:
    """Whether a container in this mode publishes its ports: on a bridge network (the default one
    or a user-defined one), not on the host's stack, none or another container's."""
    return kind(mode) in ("bridge", "default", "user")


def publishes(c: Container) -> bool:
    """Whether c's ports (published and exposed) are its own to show."""
    return publishes_on(network_mode(c))
