"""Addresses on the default bridge: what IPAM gives each container's endpoint as it starts."""

from __future__ import annotations

from .world import Container, World, network_mode


def attached_in_order(world: World) -> list[Container]:
    """The running containers on the default bridge, in the order their endpoints joined it."""
    return sorted((c for c in world.containers.values() if c.running and network_mode(c) == "bridge"),
                  key=lambda c: (c.started_at or 0, c.id))


def bridge_ip(world: World, c: Container) -> str:
    """The container's address on the default bridge while it runs ("" when it does not, or is
    not on the bridge: host, none, another container's stack)."""
    if not c.running or network_mode(c) != "bridge":
        return ""
    return c.ip or f"172.17.0.{2 + attached_in_order(world).index(c)}"  # (a world saved before addresses were kept)


def allocate_ip(world: World, c: Container) -> str:
    """The address IPAM gives a container's endpoint as it starts: the first free one of 172.17.0.0/16
    after the gateway's .1, not one after the last given (libnetwork defaultipam getAddress with
    serial=false; only Swarm's allocator asks for serial). Stopping releases it, so a container
    started later may get the address of one that stopped."""
    taken = {bridge_ip(world, o) for o in world.containers.values() if o is not c and o.running}
    n = 2
    while f"172.17.{n >> 8}.{n & 255}" in taken:
        n += 1
    return f"172.17.{n >> 8}.{n & 255}"
