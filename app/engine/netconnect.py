"""`docker network connect` and `docker network disconnect`: a container on several networks.

The CLI sends the request as it is (docker/cli v28.5.2 cli/command/network/connect.go: --alias,
--ip...; disconnect.go: -f); the daemon (moby v28.5.2 daemon/network.go ConnectContainerToNetwork,
DisconnectContainerFromNetwork; daemon/container_operations.go ConnectToNetwork,
updateNetworkConfig, validateEndpointSettings, updateNetworkSettings, connectToNetwork,
DisconnectFromNetwork, disconnectFromNetwork; runconfig/errors.go) looks the container up first.
A stopped container only has its NetworkSettings.Networks entry added or taken away (a network
that does not exist is kept by name, and its start fails); a running one gets an endpoint at once:
an address from the network's subnet (app/engine/usernets.py allocate), a line in /etc/hosts
(sandbox_dns_unix.go addHostsEntries, deleteHostsEntries) and a network connect or disconnect event.

What layerlab keeps: the user-defined networks connected besides the container's own
(Container.connected). Connecting a container on a user-defined network to the default bridge,
disconnecting a container from its own network, and --ip (the networks here have no configured
subnet, so the daemon refuses it anyway), --link, --ip6 and --driver-opt are out of reach.
"""

from __future__ import annotations

import hashlib

from . import events, netmodes, usernets
from .dockercli import Args, Ctx, DockerError
from .formatting import GoStruct
from .usernets import UserNetwork
from .world import Container, World, host_name, network_mode

_SHARED = "container sharing network namespace with another container or host cannot be connected to any other network"
_HOST_IN = "cannot connect container to host network - container must be created in host network mode"
_HOST_OUT = "cannot disconnect container from host network - container was created in host network mode"
_NONE = "container cannot be connected to multiple networks with one of the networks in private (none) mode"


def _daemon(text: str) -> DockerError:
    return DockerError(f"Error response from daemon: {text}", 1)


def _not_simulated(what: str) -> DockerError:
    return DockerError(f"layerlab: {what} is not simulated yet", 1)


def _container(world: World, ref: str) -> Container:
    c = world.find_container(ref)
    if c is None:
        raise _daemon(f"No such container: {ref}")
    return c


def _network(world: World, ref: str) -> str | UserNetwork | None:
    from .networks import lookup

    return lookup(world, ref)


def _names(world: World, c: Container) -> list[str]:
    """The keys of c's NetworkSettings.Networks."""
    own = netmodes.endpoint_name(c)
    return ([own] if own else []) + [name for _, name, _, _ in c.connected]


# ---------------------------------------------------------------------------------------------
# docker network connect


def cmd_network_connect(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    net_ref, ref = args.positional
    aliases = tuple(a for value in args.list("alias") for a in value.split(",") if a)
    for flag in ("ip6", "link", "link-local-ip", "driver-opt", "gw-priority"):
        if flag in args.given:
            raise _not_simulated(f"docker network connect --{flag}")
    c = _container(world, ref)
    if c.running and netmodes.kind(network_mode(c)) == "container":
        raise _daemon(_SHARED)
    found = _network(world, net_ref)
    if found is None:
        if c.running:
            raise _daemon(f"network {net_ref} not found")
        c.connected = (*c.connected, ("", net_ref, "", aliases))  # kept by name: its start fails
        return 0
    name = found if isinstance(found, str) else found.name
    _validate(found, name, aliases, args.get("ip") or "")
    if not _check_settings(world, c, name):
        if c.running:  # libnetwork CreateEndpoint: the container's name is taken on that network
            raise _daemon(f"endpoint with name {c.name} already exists in network {name}")
        return 0
    if isinstance(found, str):
        raise _not_simulated(f"docker network connect {name} (a container on a user-defined network joining it)")
    if netmodes.kind(network_mode(c)) == "container":
        raise _daemon(_SHARED)
    ip = usernets.allocate(world, found, c) if c.running else ""
    c.connected = (*c.connected, (found.id, found.name, ip, aliases))
    if c.running:  # addHostsEntries: its address at the end of /etc/hosts
        c.hosts_order = (*(c.hosts_order or _names(world, c)[:1]), found.name)
        _edit_written_hosts(c, ip, add=True)
        events.record(world, "network", "connect", found.id, {"container": c.id, "name": found.name,
                                                               "type": "bridge"})
    return 0


def _validate(found: str | UserNetwork, name: str, aliases: tuple[str, ...], ip: str) -> None:
    """validateEndpointSettings: static addresses and aliases only on a user-defined network, the
    address's form, then its subnet (none of layerlab's networks has a configured one)."""
    errs = []
    predefined = isinstance(found, str)
    if predefined and ip:
        errs.append("user specified IP address is supported on user defined networks only")
    if predefined and aliases:
        errs.append("network-scoped alias is supported only for containers in user defined networks")
    if ip and (":" in ip or not _is_ipv4(ip)):
        errs.append(f"invalid IPv4 address: {ip}")
    if ip and name == "bridge":  # IsInRange: the default bridge's subnet is configured (docker0's)
        if not (_is_ipv4(ip) and ip.startswith("172.17.")):
            errs.append(f"no configured subnet or ip-range contain the IP address {ip}")
    elif ip:
        errs.append("user specified IP address is supported only when connecting to networks with user configured "
                    "subnets")
    if errs:
        text = errs[0] if len(errs) == 1 else "* " + "\n* ".join(errs)
        raise _daemon(f"invalid endpoint settings:\n{text}")


def _is_ipv4(text: str) -> bool:
    parts = text.split(".")
    return len(parts) == 4 and all(p.isdigit() and p.isascii() and int(p) < 256 for p in parts) \
        and text != "0.0.0.0"


def _check_settings(world: World, c: Container, name: str) -> bool:
    """updateNetworkSettings: False when c is on the network already (the daemon adds nothing);
    the host network only for a container made on it; a container on the host's or another's
    stack joins nothing more, and none joins nothing else."""
    mode = network_mode(c)
    if mode != "host" and name == "host":
        raise _daemon(_HOST_IN)
    for other in _names(world, c):
        if other == name:
            return False
        if netmodes.kind(other) in ("host", "container") or name == "host":
            raise _daemon(_SHARED)
        if other == "none" or name == "none":
            raise _daemon(_NONE)
    return True


# ---------------------------------------------------------------------------------------------
# docker network disconnect


def cmd_network_disconnect(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    net_ref, ref = args.positional
    force = args.bool("force")
    c = world.find_container(ref)
    if c is None:
        if force:  # ForceEndpointDelete: the network, then an endpoint by that name on it
            if _network(world, net_ref) is None:
                raise _daemon(f"network {net_ref} not found")
            raise _daemon(f"endpoint {ref} not found")
        raise _daemon(f"No such container: {ref}")
    found = _network(world, net_ref)
    name = net_ref if found is None else (found if isinstance(found, str) else found.name)
    if c.running and found is None and not force:
        raise _daemon(f"network {net_ref} not found")
    if c.running and found is not None and network_mode(c) == "host" and name == "host":
        raise _daemon(_HOST_OUT)
    if name not in _names(world, c):
        the = "" if c.running and found is not None else "the "
        raise _daemon(f"container {c.id} is not connected to {the}network {name}")
    if name == netmodes.endpoint_name(c):
        raise _not_simulated(f"docker network disconnect of a container's own network ({name})")
    gone = next(entry for entry in c.connected if entry[1] == name)
    if c.running:
        _pin_resolv_conf(world, c)
        _edit_written_hosts(c, gone[2], add=False)
    c.connected = tuple(entry for entry in c.connected if entry is not gone)
    c.hosts_order = tuple(other for other in c.hosts_order if other != name)
    if c.running and gone[0]:
        events.record(world, "network", "disconnect", gone[0], {"container": c.id, "name": name, "type": "bridge"})
    return 0


def _pin_resolv_conf(world: World, c: Container) -> None:
    """A leaving endpoint leaves resolv.conf as it is (the embedded DNS server, once started, stays
    until the container stops): the file as it stands is kept for the rest of this run."""
    from .fs import Tree
    from .initlayer import container_init
    from .views import NETWORK_FILE_PATH

    if "/etc/resolv.conf" not in c.tmpfs:
        node = container_init(world, c).get("/etc/resolv.conf")
        if node is not None:
            tree = Tree()
            tree.set(NETWORK_FILE_PATH, node)
            c.tmpfs["/etc/resolv.conf"] = tree


def _edit_written_hosts(c: Container, ip: str, add: bool) -> None:
    """etchosts.Add and Delete on an /etc/hosts a process has written (the daemon's own is made
    again from the endpoints): the line appended, or the lines that are exactly it removed."""
    from .fs import file_node
    from .initlayer import hosts_names
    from .views import NETWORK_FILE_PATH

    tree = c.tmpfs.get("/etc/hosts")
    node = tree.get(NETWORK_FILE_PATH) if tree is not None else None
    if tree is None or node is None or not ip:
        return
    line = f"{ip}\t{hosts_names(c)}"
    if add:
        text = node.data + ("" if node.data.endswith("\n") or not node.data else "\n") + line + "\n"
    else:
        text = "".join(kept for kept in node.data.splitlines(keepends=True) if kept.rstrip("\n") != line)
    tree.set(NETWORK_FILE_PATH, file_node(text, node.uid, node.mode))


# ---------------------------------------------------------------------------------------------
# At start, and what inspect shows


def attach_connected(world: World, c: Container) -> None:
    """allocateNetwork after c's own network: an endpoint, and an address, on each network
    connected to it (one removed since fails the start as the daemon's FindNetwork does)."""
    joined = []
    for nid, name, _, aliases in c.connected:
        net = next((n for n in usernets.networks(world) if n.id == nid), None)
        if net is None:
            raise DockerError("Error response from daemon: failed to set up container networking: "
                              f"network {name} not found", 125)
        joined.append((nid, name, usernets.allocate(world, net, c), aliases))
    c.connected = tuple(joined)
    c.hosts_order = tuple(sorted(_names(world, c), key=lambda name: (_internal(world, name), name)))


def _internal(world: World, name: str) -> bool:
    """Endpoint.Less: the endpoints on internal networks after the others, then by name."""
    return any(n.internal for n in usernets.networks(world) if n.name == name)


def hosts_ips(c: Container, own: str) -> list[str]:
    """The addresses /etc/hosts names c by, in its order: own (its own network's, "" for none)
    and those of the connected networks."""
    ips = {name: ip for _, name, ip, _ in c.connected if ip}
    mine = netmodes.endpoint_name(c)
    if own and mine:
        ips[mine] = own
    order = [name for name in c.hosts_order if name in ips]
    order += [name for name in ([mine] if mine else []) + list(ips) if name in ips and name not in order]
    return [ips[name] for name in order]


def endpoint_mac(world: World, c: Container, net_id: str) -> str:
    """GenerateRandomMAC for this endpoint at c's last start or connect: unicast, locally administered."""
    digest = hashlib.sha256(f"{world.seed}:netconnect:{c.id}:{c.started_at}:{net_id}:mac".encode()).hexdigest()
    raw = bytearray(bytes.fromhex(digest[:12]))
    raw[0] = (raw[0] & 0xFE) | 0x02
    return ":".join(f"{b:02x}" for b in raw) if c.running else ""


def connected_endpoints(world: World, c: Container) -> dict[str, GoStruct]:
    """network.EndpointSettings of each connected network, as netmodes._endpoint fills c's own."""
    out = {}
    for nid, name, ip, aliases in c.connected:
        net = next((n for n in usernets.networks(world) if n.id == nid), None)
        live = ip if c.running and net is not None else ""
        out[name] = GoStruct({
            "IPAMConfig": None, "Links": None, "Aliases": list(aliases) or None,
            "MacAddress": endpoint_mac(world, c, nid) if live else "",
            # the request's settings until an endpoint is made (at connect or start)
            "DriverOpts": None, "GwPriority": 0, "NetworkID": nid if ip else "",
            "EndpointID": netmodes.endpoint_id(world, c, nid) if live else "",
            "Gateway": net.gateway if live and net is not None else "", "IPAddress": live,
            "IPPrefixLen": net.prefix if live and net is not None else 0,
            "IPv6Gateway": "", "GlobalIPv6Address": "", "GlobalIPv6PrefixLen": 0,
            "DNSNames": usernets.dns_names(c, host_name(c), aliases) if nid else None,
        })
    return out
