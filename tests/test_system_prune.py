"""docker system prune changes the world as the separate prunes do, in the CLI's order."""

from __future__ import annotations

from app.engine.diskusage import cache_records
from app.engine.world import World
from tests.helpers import BUILD, out, run

SETUP = (
    "docker pull busybox",
    BUILD,
    "docker run --name once -v /data -v keep:/keep busybox sh -c 'echo hi > /f'",
    "docker commit once snap",
    "docker commit once snap",
    "echo '// v2' >> server.js",
    BUILD,
    "docker run -d --name web feedback-node",
)


def _state(w: World) -> tuple[set[str], set[str], dict[str, list[str]]]:
    return set(w.containers), set(w.volumes), {iid: sorted(img.tags) for iid, img in w.images.items()}


def test_system_prune_volumes_is_container_volume_and_image_prune_then_the_unshared_cache() -> None:
    w, _ = run(*SETUP)
    alone, _ = run("docker container prune -f", "docker volume prune -f", "docker image prune -f", world=w)
    together, r = run("docker system prune --volumes -f", world=w)
    assert r[0].exit_code == 0
    assert _state(together) == _state(alone)
    assert "keep" in together.volumes and len(together.volumes) == 1
    records = cache_records(together)
    assert records and all(rec.shared for rec in records)
    dropped = len(cache_records(alone)) - len(records)
    assert dropped > 0  # the old app image's last layer, released by the image prune before
    lines = out(r[0])
    assert lines[lines.index("Deleted build cache objects:") + 1:][:dropped + 1][-1] == ""


def test_system_prune_all_keeps_named_volumes_and_what_a_running_container_uses() -> None:
    w, _ = run(*SETUP)
    alone, _ = run("docker container prune -f", "docker volume prune -f", "docker image prune -a -f", world=w)
    together, _ = run("docker system prune -a --volumes -f", world=w)
    assert _state(together) == _state(alone)
    assert "keep" in together.volumes
    assert [sorted(img.tags) for img in together.images.values()] == [["feedback-node:latest"]]
    assert not together.build_cache
    held = {lid for img in together.images.values() for lid in img.layers}
    assert set(together.layers) == held


def test_a_refused_filter_prunes_nothing_and_no_answers_cancel() -> None:
    w, _ = run(*SETUP)
    for line in ("docker system prune --filter dangling=true -f", "docker system prune <<< n",
                 "docker system prune --volumes --filter until=1h -f"):
        after, r = run(line, world=w)
        assert _state(after) == _state(w), line
        assert after.build_cache == w.build_cache
    _, r = run("docker system prune --volumes --filter until=1h -f", world=w)
    assert (out(r[0]), r[0].exit_code) == (['ERROR: The "until" filter is not supported with "--volumes"'], 1)
