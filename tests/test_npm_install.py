"""A first `npm install` writes its node_modules in one go (View.make_filled_dir): the same files, in
the same places, with the same owners and the same errors, as writing them one by one."""

from __future__ import annotations

import pytest

from app.engine.views import View
from app.engine.world import World
from tests.helpers import BUILD, run

CASES = {
    "on the host": ["npm install"],
    "as a learner in a folder they may not write": [
        "sudo mkdir -p /opt/app", "sudo cp package.json /opt/app/", "cd /opt/app", "npm install"],
    "in a build (the build container's layer)": [BUILD],
    "in a container, over a deleted node_modules (whited out, then opaque)": [
        BUILD, "docker run -d --name web feedback-node", "docker exec web rm -rf /app/node_modules",
        "docker exec web npm install", "docker diff web"],
    "in a container, through a bind mount onto the host": [
        "rm -rf node_modules", 'docker run -d --name web -v "$(pwd)":/app -w /app node:14 sleep 1000',
        "docker exec web npm install"],
    "in a container, through a read-only bind mount": [
        "rm -rf node_modules", 'docker run -d --name web -v "$(pwd)":/app:ro -w /app node:14 sleep 1000',
        "docker exec web npm install"],
    "in a container, with a volume mounted inside node_modules": [
        BUILD, "docker run -d --name web -v extra:/app/node_modules/extra feedback-node",
        "docker exec web rm -rf /app/node_modules/express", "docker exec web npm install"],
}


def state(world: World) -> object:
    """Every tree of the world, as {path: node}."""
    return (world.host.entries, {cid: (c.rw.entries, {d: t.entries for d, t in c.tmpfs.items()})
                                 for cid, c in world.containers.items()},
            {lid: layer.tree.entries for lid, layer in world.layers.items()})


@pytest.mark.parametrize("lines", CASES.values(), ids=CASES.keys())
def test_an_install_in_one_go_is_the_install_file_by_file(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast_world, fast = run(*lines)
    monkeypatch.setattr(View, "make_filled_dir", lambda self, path, entries: False)
    slow_world, slow = run(*lines)
    assert [(r.exit_code, r.lines) for r in fast] == [(r.exit_code, r.lines) for r in slow]
    assert state(fast_world) == state(slow_world)
    assert all(r.exit_code in (0, 1) for r in fast[:-1])  # the setup ran (the install itself may be refused)


@pytest.mark.parametrize("room", [0, 1, 50, 200, 400])
def test_an_install_on_a_nearly_full_disk_stops_where_the_install_file_by_file_stops(
        room: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The caps count a first install's files and bytes as the writes one by one would: with room
    for `room` more files, both say ENOSPC (or both succeed) and leave the same trees."""
    from app.engine import initial_world

    monkeypatch.setattr("app.engine.views.MAX_FILES", initial_world().file_count() + room)
    fast_world, fast = run("rm -rf node_modules", "npm install")
    monkeypatch.setattr(View, "make_filled_dir", lambda self, path, entries: False)
    slow_world, slow = run("rm -rf node_modules", "npm install")
    assert [(r.exit_code, r.lines) for r in fast] == [(r.exit_code, r.lines) for r in slow]
    if room < 300:  # (the first install writes about 300 files)
        assert fast[-1].exit_code != 0
    assert fast_world.host.entries.keys() <= slow_world.host.entries.keys()


def test_sessions_installing_the_same_packages_share_their_files_and_no_file_is_two() -> None:
    """Two sessions' first installs in the same folder hold the same nodes (fewer objects for the
    garbage collector to walk), yet within one layer each path has a node of its own: one node at two
    paths would be hard links of one file, and tar would write the second as a link."""
    from app.engine import apply, initial_world

    layers = []
    for seed in (1, 2):
        w = apply(initial_world(seed), BUILD).world
        built = [layer for layer in w.layers.values() if "npm install" in layer.created_by]
        assert len(built) == 1
        layers.append(built[0].tree)
    first, second = layers
    modules = [p for p in first.entries if p.startswith("/app/node_modules/")]
    assert len(modules) > 100 and all(first.get(p) is second.get(p) for p in modules)
    assert len({id(first.get(p)) for p in modules}) == len(modules)
