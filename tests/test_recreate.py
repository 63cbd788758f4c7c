"""The Re-create button's lines make the container again as it was run: a container re-created in
lesson 13 lost its -e, one run --read-only came back writable, one published on 127.0.0.1 came back
on every address, and a shell run with -it came back without a terminal and exited at once."""

from __future__ import annotations

import pytest

from app.engine import apply, initial_world
from app.engine.world import Container, World
from app.tutor.recreate import recreate_lines

RUNS = [
    "docker run -d -p 3000:80 --name feedback-app feedback-node",
    "docker run -d -p 127.0.0.1:3000:80 -p 5353:53/udp --name feedback-app -e PORT=80 -e 'X=a b' --read-only "
    "--tmpfs /app/temp -v keep:/app/feedback:nocopy -v /app/node_modules -w /app -u node -h web feedback-node",
    "docker run -d --rm --name feedback-app -v \"$(pwd)/pages:/app/pages:ro\" feedback-node node server.js",
    "docker run -dit --init --name feedback-app busybox sh",
    # --mount as it was given: an image mount came back as a volume named after the image
    "docker run -d -p 3000:80 --name feedback-app --mount type=image,source=busybox,target=/tools,image-subpath=bin "
    "--mount type=image,src=busybox,dst=/busybox,readonly --mount type=volume,source=keep,target=/app/feedback,"
    "volume-subpath=sub,volume-nocopy --mount type=volume,target=/app/node_modules --mount type=tmpfs,"
    "target=/app/temp,tmpfs-size=64m,tmpfs-mode=1770 --mount 'type=bind,\"source=/home/learner/a,b\",target=/ab,readonly' "
    "feedback-node",
]


def shape(c: Container) -> tuple[object, ...]:
    """What a run sets (an anonymous volume's generated name apart)."""
    mounts = sorted((m.destination, m.type, m.rw, m.copy_data, m.source if m.named or m.type in ("bind", "image") else "",
                     m.spec if m.type == "image" else "", m.origin, m.subpath, m.image_subpath, m.image_layers,
                     m.tmpfs_size, m.tmpfs_mode, m.propagation) for m in c.mounts)
    return (c.image_id, c.env, c.read_only, c.workdir, c.user, c.hostname, c.ports, c.port_specs, c.cmd,
            c.entrypoint, c.auto_remove, mounts, sorted(c.tmpfs_flags), c.tty, c.stdin_open, c.init, c.state)


@pytest.mark.parametrize("run", RUNS)
def test_re_create_makes_the_container_again_as_it_was_run(run: str) -> None:
    world: World = initial_world(0)
    for line in ["docker build -q -t feedback-node .", "docker volume create keep", "docker pull -q busybox",
                 "sudo mkdir /var/lib/docker/volumes/keep/_data/sub", "mkdir ~/a,b", run]:
        result = apply(world, line)
        assert result.exit_code == 0, (line, result.text)
        world = result.world
    before = world.container_by_name("feedback-app")
    assert before is not None
    for line in recreate_lines(world, before):
        result = apply(world, line)
        assert result.exit_code == 0, (line, result.text)
        world = result.world
    after = world.container_by_name("feedback-app")
    assert after is not None and after.id != before.id and after.running
    assert shape(after) == shape(before)
