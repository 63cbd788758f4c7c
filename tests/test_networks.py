"""The predefined networks: IDs fixed for a world, endpoints for the running containers."""

from __future__ import annotations

import json

from app.engine.networks import PREDEFINED, bridge_ip, network_id
from tests.helpers import out, run


def test_network_ids_stay_for_the_world_and_follow_its_seed() -> None:
    w, r = run("docker network ls -q --no-trunc", "docker pull busybox", "docker run -d busybox sleep 9",
               "docker network ls -q --no-trunc")
    assert out(r[0]) == out(r[-1]) == [network_id(w, n) for n in sorted(PREDEFINED)]
    other, _ = run(seed=7)
    assert {network_id(other, n) for n in PREDEFINED}.isdisjoint(out(r[0]))


def test_the_bridge_lists_each_running_container_once_with_its_own_address() -> None:
    w, r = run("docker pull busybox", *(f"docker run -d --name c{i} busybox sleep 60" for i in range(3)),
               "docker stop c1", "docker network inspect bridge")
    bridge = json.loads("\n".join(out(r[-1])))[0]
    running = [c for c in w.containers.values() if c.running]
    assert sorted(bridge["Containers"]) == sorted(c.id for c in running)
    addresses = [e["IPv4Address"] for e in bridge["Containers"].values()]
    assert len(set(addresses)) == len(addresses) == 2
    assert sorted(addresses) == sorted(bridge_ip(w, c) + "/16" for c in running)


def test_running_containers_keep_their_address_and_never_share_one() -> None:
    """Starts and stops in any order: a running container's address stays as long as it runs (IPAM
    gave it at its start), no two running ones share one, and a start takes the lowest one free."""
    import random

    rnd = random.Random(5)
    names = [f"c{i}" for i in range(5)]
    lines = ["docker pull busybox", *(f"docker create --name {n} busybox sleep 600" for n in names)]
    w, _ = run(*lines)
    from app.engine.engine import apply

    for _ in range(60):
        before = {c.name: bridge_ip(w, c) for c in w.containers.values() if c.running}
        name = rnd.choice(names)
        w = apply(w, f"docker {'stop -t 0' if name in before else 'start'} {name}").world
        now = {c.name: bridge_ip(w, c) for c in w.containers.values() if c.running}
        assert len(set(now.values())) == len(now)
        assert all(now[n] == before[n] for n in before if n in now)  # the others kept theirs
        if name in now:
            free = next(f"172.17.0.{k}" for k in range(2, 20) if f"172.17.0.{k}" not in before.values())
            assert now[name] == free


def test_a_world_saved_before_addresses_were_kept_still_gives_each_one() -> None:
    import pickle

    w, _ = run("docker pull busybox", "docker run -d --name one busybox sleep 60",
               "docker run -d --name two busybox sleep 60")
    for c in w.containers.values():
        del c.__dict__["ip"]  # as a snapshot written before the field existed
    loaded = pickle.loads(pickle.dumps(w))
    assert sorted(bridge_ip(loaded, c) for c in loaded.containers.values()) == ["172.17.0.2", "172.17.0.3"]
    from app.engine.engine import apply

    hosts = out(apply(loaded, "docker exec two tail -1 /etc/hosts"))
    assert hosts[0].startswith(bridge_ip(loaded, next(c for c in loaded.containers.values() if c.name == "two")))
