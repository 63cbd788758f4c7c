"""The daemon's three predefined networks (bridge, host, none) and `docker network ls` and
`docker network inspect`; a container is on one of them, or on another container's stack
(app/engine/netmodes.py)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from . import usernets
from .addresses import bridge_ip
from .dockercli import Args, Ctx, DockerError, print_formatted
from .filters import Filters
from .formatting import GoStruct
from .gotemplate import GoNil
from .netmodes import attached, endpoint_id
from .usernets import UserNetwork
from .volumes import Inspected, natural_key, print_inspect
from .world import EPOCH, Container, World

# name -> driver (moby v28.5.2 daemon/daemon_unix.go: "bridge" by initBridgeDriver, "none" with the
# null driver and "host" by initNetworkController); all three are local
PREDEFINED = {"bridge": "bridge", "host": "host", "none": "null"}

# initBridgeDriver's driver options with the daemon's defaults (config.BridgeConfig)
BRIDGE_OPTIONS = {
    "com.docker.network.bridge.default_bridge": "true",
    "com.docker.network.bridge.enable_icc": "true",
    "com.docker.network.bridge.enable_ip_masquerade": "true",
    "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
    "com.docker.network.bridge.name": "docker0",
    "com.docker.network.driver.mtu": "1500",
}


def _digest(world: World, *parts: object) -> str:
    return hashlib.sha256(":".join(str(p) for p in (world.seed, "network", *parts)).encode()).hexdigest()


def network_id(world: World, name: str) -> str:
    """A predefined network's ID: the same for the whole life of a world."""
    return _digest(world, name)


def _created(world: World, name: str) -> tuple[int, int]:
    """When the daemon made the network, before the session began: the bridge at the daemon's
    start, host and none (persisted) when it first ran. Seconds and nanoseconds."""
    n = int(_digest(world, name, "created")[:12], 16)
    seconds = EPOCH - (600 if name == "bridge" else 86_400 * 20) - n % 300
    return seconds, n % 1_000_000_000


def _go_time(seconds: int, nanos: int, layout: str) -> str:
    """time.Time marshalled (RFC3339Nano) or String()ed: the fraction without trailing zeros."""
    frac = f".{nanos:09d}".rstrip("0").rstrip(".")
    base = datetime.fromtimestamp(seconds, UTC)
    if layout == "json":
        return base.strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z"
    return base.strftime("%Y-%m-%d %H:%M:%S") + frac + " +0000 UTC"


def bridge_mac(world: World, c: Container) -> str:
    """libnetwork/netutils GenerateRandomMAC at each start: unicast, locally administered."""
    raw = bytearray(bytes.fromhex(_digest(world, c.id, c.started_at, "mac")[:12]))
    raw[0] = (raw[0] & 0xFE) | 0x02
    return ":".join(f"{b:02x}" for b in raw) if c.running else ""


def network_json(world: World, name: str) -> dict[str, Any]:
    """moby v28.5.2 daemon/network.go buildNetworkResource, with the endpoints of a detailed answer."""
    bridge = name == "bridge"
    # buildEndpointResource: host's and none's endpoints have no interface, so no addresses
    containers = {c.id: {"Name": c.name, "EndpointID": endpoint_id(world, c),
                         "MacAddress": bridge_mac(world, c) if bridge else "",
                         "IPv4Address": bridge_ip(world, c) + "/16" if bridge else "",
                         "IPv6Address": ""} for c in attached(world, name)}
    return {
        "Name": name, "Id": network_id(world, name), "Created": _go_time(*_created(world, name), "json"),
        "Scope": "local", "Driver": PREDEFINED[name], "EnableIPv4": True, "EnableIPv6": False,
        "IPAM": {"Driver": "default", "Options": None,
                 "Config": [{"Subnet": "172.17.0.0/16", "Gateway": "172.17.0.1"}] if bridge else None},
        "Internal": False, "Attachable": False, "Ingress": False, "ConfigFrom": {"Network": ""},
        "ConfigOnly": False, "Containers": dict(sorted(containers.items())),
        "Options": dict(BRIDGE_OPTIONS) if bridge else {}, "Labels": {},
    }


def typed_network(data: dict[str, Any]) -> GoStruct:
    """The network.Inspect struct a template sees (Peers and Services: nil, left out of `json .`)."""
    typed = GoStruct(**data)
    ipam = data["IPAM"]
    configs = [_ipam_config(c) for c in ipam["Config"]] if ipam["Config"] is not None else GoNil("[]network.IPAMConfig")
    typed["IPAM"] = GoStruct(Driver=ipam["Driver"], Options=GoNil("map[string]string") if ipam["Options"] is None
                             else ipam["Options"], Config=configs)
    typed["Peers"] = GoNil("[]network.PeerInfo")
    typed["Services"] = GoNil("map[string]network.ServiceInfo")
    typed.go_type = "network.Inspect"
    typed.omitempty = frozenset({"Peers", "Services"})
    return typed


def _ipam_config(config: dict[str, str]) -> GoStruct:
    """network.IPAMConfig: Subnet, IPRange, Gateway and AuxAddress, all omitempty in JSON."""
    typed = GoStruct(Subnet=config["Subnet"], IPRange="", Gateway=config["Gateway"],
                     AuxAddress=GoNil("map[string]string"))
    typed.omitempty = frozenset({"Subnet", "IPRange", "Gateway", "AuxAddress"})
    return typed


def lookup(world: World, ref: str) -> str | UserNetwork | None:
    """getNetwork over every network: a full ID, a name, then one ID prefix (a predefined
    network's name, or the user network)."""
    everything: list[tuple[str, str | UserNetwork, str]] = [
        (network_id(world, name), name, name) for name in PREDEFINED]
    everything += [(n.id, n, n.name) for n in usernets.networks(world)]
    for nid, found, name in everything:
        if ref in (nid, name):
            return found
    matches = [found for nid, found, _ in everything if ref and nid.startswith(ref)]
    if len(matches) > 1:
        raise DockerError(f"Error response from daemon: {len(matches)} matches found based on ID prefix: "
                          f"network {ref} is ambiguous")
    return matches[0] if matches else None


def inspected_network(world: World, ref: str) -> Inspected | None:
    found = lookup(world, ref)
    if found is None:
        return None
    data = network_json(world, found) if isinstance(found, str) else user_network_json(world, found)
    return data, typed_network(data), True


def _user_endpoint(world: World, c: Container, n: UserNetwork) -> dict[str, str]:
    """c's endpoint on n: its own network's, or one `docker network connect` made."""
    from .netconnect import endpoint_mac

    own = usernets.network_of(world, c) == n
    return {"Name": c.name, "EndpointID": endpoint_id(world, c, "" if own else n.id),
            "MacAddress": bridge_mac(world, c) if own else endpoint_mac(world, c, n.id),
            "IPv4Address": f"{usernets.ip_on(world, c, n)}/{n.prefix}", "IPv6Address": ""}


def user_network_json(world: World, n: UserNetwork) -> dict[str, Any]:
    """buildNetworkResource for a network docker network create made (the CLI sends empty maps for
    the IPAM options, the driver options and the labels it was not given)."""
    containers = {c.id: _user_endpoint(world, c, n) for c in usernets.attached(world, n)}
    return {
        "Name": n.name, "Id": n.id, "Created": _go_time(*usernets.created_at(n), "json"),
        "Scope": "local", "Driver": "bridge", "EnableIPv4": True, "EnableIPv6": False,
        "IPAM": {"Driver": "default", "Options": {}, "Config": [{"Subnet": n.subnet, "Gateway": n.gateway}]},
        "Internal": n.internal, "Attachable": n.attachable, "Ingress": False, "ConfigFrom": {"Network": ""},
        "ConfigOnly": False, "Containers": dict(sorted(containers.items())),
        "Options": dict(n.options), "Labels": dict(n.labels),
    }


def cmd_network_inspect(ctx: Ctx, args: Args) -> int:
    """cli/command/network/inspect.go: inspect.Inspect over NetworkInspectWithRaw (-v adds nothing
    to a local network)."""
    results: list[Inspected | str] = []
    for ref in args.positional:
        found = inspected_network(ctx.world, ref)
        # libnetwork ErrNoSuchNetwork
        results.append(found if found is not None else f"Error response from daemon: network {ref} not found")
    return print_inspect(ctx, results, args.get("format"))


def _rows(world: World) -> list[dict[str, Any]]:
    """Every network as network ls shows it, with what the filters read (labels, in use, custom)."""
    rows = [{"ID": network_id(world, name), "Name": name, "Driver": PREDEFINED[name], "Scope": "local",
             "IPv4": "true", "IPv6": "false", "Internal": "false", "Labels": "",
             "CreatedAt": _go_time(*_created(world, name), "string"), "_labels": {}, "_custom": False, "_used": True}
            for name in PREDEFINED]
    for n in usernets.networks(world):
        labels = dict(n.labels)
        rows.append({"ID": n.id, "Name": n.name, "Driver": "bridge", "Scope": "local", "IPv4": "true", "IPv6": "false",
                     "Internal": "true" if n.internal else "false",
                     "Labels": ",".join(f"{k}={v}" for k, v in sorted(labels.items())),
                     "CreatedAt": _go_time(*usernets.created_at(n), "string"), "_labels": labels, "_custom": True,
                     "_used": bool(usernets.attached(world, n))})
    return rows


def _listed(world: World, f: Filters) -> list[dict[str, Any]]:
    """daemon/network/filter.go FilterNetworks."""
    f.validate(("dangling", "driver", "id", "label", "name", "scope", "type"))  # network.ValidateFilters
    rows = [r for r in _rows(world)
            if (not f.contains("driver") or r["Driver"] in f.get("driver"))
            and (not f.contains("name") or f.match("name", r["Name"]))
            and (not f.contains("id") or f.match("id", r["ID"]))
            and f.match_kv("label", r["_labels"])
            and (not f.contains("scope") or "local" in f.get("scope"))]
    dangling = f.get("dangling")
    if len(dangling) > 1:
        raise DockerError('Error response from daemon: got more than one value for filter key "dangling"')
    if dangling and dangling[0] not in ("0", "false", "1", "true"):
        raise DockerError("Error response from daemon: invalid value for filter 'dangling', must be \"true\" "
                          "(or \"1\"), or \"false\" (or \"0\")")
    if dangling:
        # a predefined network is never dangling; a custom one is when no container uses it
        want = dangling[0] in ("1", "true")
        rows = [r for r in rows if (r["_custom"] and not r["_used"]) == want]
    if f.contains("type"):
        kept: list[dict[str, Any]] = []
        for kind in f.get("type"):
            if kind not in ("builtin", "custom"):
                raise DockerError(f"Error response from daemon: invalid filter: 'type'='{kind}'")
            kept += [r for r in rows if r["_custom"] == (kind == "custom")]
        rows = kept
    return rows


def cmd_network_ls(ctx: Ctx, args: Args) -> int:
    """cli/command/network/list.go runList: sorted by name (natural order), formatter.go's context."""
    world: World = ctx.world
    rows = sorted(_listed(world, Filters(args.list("filter"))), key=lambda r: natural_key(r["Name"]))
    trunc = not args.bool("no-trunc")
    shown = [{k: (v[:12] if k == "ID" and trunc else v) for k, v in r.items() if not k.startswith("_")} for r in rows]
    print_formatted(ctx, _network_format(args.get("format") or "table", args.bool("quiet")), shown,
                    "*network.networkContext")
    return 0


def _network_format(fmt: str, quiet: bool) -> str:
    """formatter.go newFormat: -q changes only the table and raw formats."""
    if fmt == "table":
        return "{{.ID}}" if quiet else "table {{.ID}}\\t{{.Name}}\\t{{.Driver}}\\t{{.Scope}}"
    if fmt == "raw":
        return "network_id: {{.ID}}" if quiet else \
            "network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n"
    return fmt
