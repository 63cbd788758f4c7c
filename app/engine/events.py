"""The daemon's events log: what `docker events` reads (app/engine/eventscmd.py).

moby v28.5.2 daemon/events/events.go keeps the newest 256 messages (eventsLimit) for subscribers
asking for past ones; each is stamped with the time it was logged (Time, TimeNano). Here the time is
the simulated second, and the nanoseconds are derived from it: a fixed fraction for the second's
first event, a step more for each next one, so events logged in one second keep their order.

The attributes are those daemon/events.go gives each kind: a container's are its labels, its
Config.Image and its name (LogContainerEventWithAttributes), plus what the action adds; an image's
its labels and the name it was logged under (daemon/images/image_events.go); a network's its name
and type; a volume's what the volume code passes. Recording makes a new bounded tuple: clones share it.
"""

from __future__ import annotations

import hashlib

from .world import Container, Event, Image, World

EVENTS_LIMIT = 256  # daemon/events/events.go eventsLimit
_STEP = 1_234_567  # nanoseconds between two events logged in one simulated second
_SECOND = 1_000_000_000


def _first_nanos(second: int) -> int:
    """The fraction of a second at which its first event is logged (deterministic, 0.1 to 0.5 s)."""
    return 100_000_000 + (second * 2_654_435_761) % 400_000_000


def record(world: World, type_: str, action: str, actor: str, attrs: dict[str, str],
           when: int | None = None) -> None:
    """Log one event at the simulated second when (None: now); never before the newest one."""
    log = world.events or ()
    second = world.clock if when is None else when
    nanos = _first_nanos(second)
    if log:
        last = log[-1]
        last_time, last_nanos = last[0], last[1]
        if last_time >= second:
            second = last_time
            nanos = last_nanos + _STEP if last_nanos + _STEP < _SECOND else min(last_nanos + 1, _SECOND - 1)
    # a new tuple each time (256 pointers): a clone of the world shares the old one, nothing is copied
    world.events = (*log[-(EVENTS_LIMIT - 1):], (second, nanos, type_, action, actor, tuple(sorted(attrs.items()))))


def container(world: World, c: Container, action: str, extra: dict[str, str] | None = None,
              when: int | None = None) -> None:
    """daemon/events.go LogContainerEventWithAttributes: the labels, image and name over extra."""
    attrs = dict(extra or {})
    attrs.update(c.labels)
    if c.image_ref:
        attrs["image"] = c.image_ref
    attrs["name"] = c.name
    record(world, "container", action, c.id, attrs, when)


def image(world: World, image_id: str, ref_name: str, action: str, img: Image | None = None) -> None:
    """daemon/images/image_events.go LogImageEvent: the image's labels while it exists, and name."""
    attrs = dict((img.config.get("Labels") or {}) if img is not None else {})
    if ref_name:
        attrs["name"] = ref_name
    record(world, "image", action, image_id, attrs)


def network(world: World, c: Container, action: str, when: int | None = None) -> None:
    """c's network (re)connecting or letting go of it (daemon/container_operations.go); none for a
    container on another's stack, which has no endpoint of its own."""
    from .netmodes import DRIVERS, endpoint_name  # they sit above the volume code that records too
    from .networks import network_id
    from .usernets import network_of

    name = endpoint_name(c)
    net = network_of(world, c)
    if name in DRIVERS:
        record(world, "network", action, network_id(world, name),
               {"container": c.id, "name": name, "type": DRIVERS[name]}, when)
    elif net is not None:
        record(world, "network", action, net.id, {"container": c.id, "name": net.name, "type": "bridge"}, when)
    for nid, net_name, _, _ in c.connected:  # the networks docker network connect added, after it
        if nid:
            record(world, "network", action, nid, {"container": c.id, "name": net_name, "type": "bridge"}, when)


def mounted(world: World, c: Container) -> None:
    """daemon/volumes_unix.go setupMounts: a mount event for each volume (MountPoints is a Go map:
    by destination here)."""
    for m in sorted(c.mounts, key=lambda m: m.destination):
        if m.type == "volume":
            record(world, "volume", "mount", m.source, {
                "driver": "local", "container": c.id, "destination": m.kept_destination or m.destination,
                "read/write": "true" if m.rw else "false", "propagation": m.propagation})


def unmounted(world: World, c: Container, when: int | None = None) -> None:
    """container/container.go UnmountVolumes, at the container's cleanup."""
    for m in sorted(c.mounts, key=lambda m: m.destination):
        if m.type == "volume":
            record(world, "volume", "unmount", m.source, {"driver": "local", "container": c.id}, when)


def started(world: World, c: Container) -> None:
    """daemon/start.go containerStart: the endpoint joins the bridge, the volumes are mounted, start."""
    network(world, c, "connect")
    mounted(world, c)
    container(world, c, "start")


def exited(world: World, c: Container, code: int, when: int) -> None:
    """daemon/monitor.go handleContainerExit: Cleanup (the network let go, the volumes unmounted),
    then die with the exit code and how long the process ran."""
    network(world, c, "disconnect", when)
    unmounted(world, c, when)
    duration = max(when - c.started_at, 0) if c.started_at else 0
    container(world, c, "die", {"exitCode": str(code), "execDuration": str(duration)}, when)


def log(world: World) -> list[Event]:
    """The events the world keeps, oldest first, as Events."""
    return [Event._make(raw) for raw in world.events or ()]


def exec_id(world: World) -> str:
    """An exec's ID, without drawing from the world's counter (the ids after it stay as they were)."""
    n = len(world.events or ())
    last = world.events[-1] if world.events else None
    seed = f"{world.seed}:exec:{world.clock}:{n}:{last[1] if last else 0}"
    return hashlib.sha256(seed.encode()).hexdigest()
