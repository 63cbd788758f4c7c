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
