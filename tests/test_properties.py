"""Stateful property tests: random sessions of real command lines through `apply`.

A Hypothesis state machine plays a learner: it builds the feedback image, runs containers with
random names, mounts and flags, talks to the app with curl, execs, stops, starts, removes and
prunes. After every step it checks the storage model's invariants:

(a) every container's layers are its image's layers plus exactly one read-write layer;
(b) removing a container never removes a named volume;
(c) a volume referenced by any container (running or stopped) exists and `docker volume rm` of it
    fails with exit 1 and `volume is in use`;
(d) replaying the log from `initial_world(seed)` gives an equal world (determinism);
(e) `apply` never raises and never mutates its input world;
(f) every anonymous volume carries the label `com.docker.volume.anonymous`;
(g) no two running containers publish the same host port.
"""

from __future__ import annotations

import copy
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.engine.engine import Result, apply, initial_world
from app.engine.fs import Tree
from app.engine.world import World
from tests.helpers import fuzz_scale

BUILD = "docker build -q -t feedback-node ."
IMAGE = "feedback-node"
NAMES = ["app1", "app2", "app3"]
VOLUMES = ["vol1", "vol2"]
TITLES = ["hello", "Notes", "hello"]
SEEDS = [0, 1, 7]
ANON_LABEL = "com.docker.volume.anonymous"

# -- helpers shared with test_fuzz.py --------------------------------------------------------------


def snapshot(world: World) -> World:
    """A deep copy of world (image layers are frozen and shared, so they are not copied)."""
    memo = {id(layer): layer for layer in world.layers.values()}
    return copy.deepcopy(world, memo)


def checked_apply(world: World, line: str, answer: str | None = None) -> Result:
    """apply() that must not raise and must leave its input world untouched (invariant e)."""
    before = snapshot(world)
    quick = world.clone()
    result = apply(world, line, answer)  # an exception here fails the test (invariant e)
    assert world == before, f"apply mutated its input world (deep check) on {line!r}"
    assert world == quick, f"apply mutated its input world (clone check) on {line!r}"
    assert isinstance(result.exit_code, int) and 0 <= result.exit_code <= 255, (line, result.exit_code)
    for _, text in result.lines:
        assert isinstance(text, str) and "\n" not in text, (line, text)
    return result


_built: dict[int, World] = {}


def built_world(seed: int) -> World:
    """initial_world(seed) after `docker build`, computed once per seed (cached)."""
    if seed not in _built:
        r = apply(initial_world(seed), BUILD)
        assert r.exit_code == 0, r.text
        _built[seed] = r.world
    return _built[seed].clone()


def named_volumes(world: World) -> set[str]:
    return {name for name, v in world.volumes.items() if not v.anonymous}


# -- the state machine -----------------------------------------------------------------------------

mount_choice = st.sampled_from(["none", "named", "anon", "bind", "named+anon", "bind+anon", "anon+named-temp"])


class DockerSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.seed = 0
        self.world: World = initial_world(0)
        self.log: list[tuple[str, str | None]] = []

    # -- running lines --

    def do(self, line: str, answer: str | None = None) -> Result:
        r = checked_apply(self.world, line, answer)
        self.log.append((line, answer))
        self.world = r.world
        return r

    def do_removal(self, line: str, answer: str | None = None) -> Result:
        """A command that may remove containers: named volumes must survive it (invariant b)."""
        before = named_volumes(self.world)
        r = self.do(line, answer)
        lost = before - named_volumes(self.world)
        assert not lost, f"{line!r} removed named volume(s) {sorted(lost)}"
        return r

    # -- setup --

    @initialize(seed=st.sampled_from(SEEDS))
    def build_image(self, seed: int) -> None:
        self.seed = seed
        self.world = built_world(seed)
        self.log = [(BUILD, None)]

    # -- rules --

    @rule()
    def rebuild(self) -> None:
        r = self.do(BUILD)
        assert r.exit_code == 0, r.text

    @rule(name=st.sampled_from(NAMES), vol=st.sampled_from(VOLUMES), mounts=mount_choice,
          rm=st.booleans(), publish=st.booleans(), detach=st.booleans())
    def run(self, name: str, vol: str, mounts: str, rm: bool, publish: bool, detach: bool) -> None:
        args = ["docker", "run"]
        if detach:
            args.append("-d")
        if rm:
            args.append("--rm")
        if publish:
            args += ["-p", "3000:80"]
        args += ["--name", name]
        for part in mounts.split("+"):
            if part == "named":
                args += ["-v", f"{vol}:/app/feedback"]
            elif part == "anon":
                args += ["-v", "/app/temp"]
            elif part == "bind":
                args += ["-v", "$(pwd)/feedback:/app/feedback"]
            elif part == "named-temp":
                args += ["-v", f"{vol}:/app/temp"]
        args.append(IMAGE)
        self.do_removal(" ".join(args))

    @rule(title=st.sampled_from(TITLES))
    def post(self, title: str) -> None:
        self.do(f"curl -s -m 2 -X POST -d title={title} -d text=some%20text localhost:3000/create")

    @rule()
    def get_page(self) -> None:
        self.do("curl -s localhost:3000/")

    @rule(name=st.sampled_from(NAMES))
    def exec_touch(self, name: str) -> None:
        self.do(f"docker exec {name} touch /app/x")

    @rule(name=st.sampled_from(NAMES))
    def stop(self, name: str) -> None:
        self.do_removal(f"docker stop {name}")  # stopping a --rm container removes it

    @rule(name=st.sampled_from(NAMES))
    def start(self, name: str) -> None:
        self.do(f"docker start {name}")

    @rule(name=st.sampled_from(NAMES), flags=st.sampled_from(["", "-f ", "-v ", "-f -v "]))
    def remove(self, name: str, flags: str) -> None:
        self.do_removal(f"docker rm {flags}{name}")

    @rule(vol=st.sampled_from(VOLUMES))
    def volume_create(self, vol: str) -> None:
        r = self.do(f"docker volume create {vol}")
        assert r.exit_code == 0, r.text

    @rule(vol=st.sampled_from(VOLUMES))
    def volume_rm(self, vol: str) -> None:
        users = self.world.volume_users(vol)
        r = self.do(f"docker volume rm {vol}")
        if users:
            assert r.exit_code == 1 and "volume is in use" in "\n".join(r.text), r.text
            assert vol in self.world.volumes

    @rule(all_=st.booleans(), prompt=st.booleans())
    def volume_prune(self, all_: bool, prompt: bool) -> None:
        flags = " -a" if all_ else ""
        if prompt:
            first = self.do(f"docker volume prune{flags}")
            assert first.prompt, first.text
            self.do(f"docker volume prune{flags}", "y")
        else:
            self.do(f"docker volume prune{flags} -f")

    @rule()
    def container_prune(self) -> None:
        self.do_removal("docker container prune -f")

    @rule()
    def look_around(self) -> None:
        for line in ("docker ps -a", "docker volume ls", "ls feedback", "docker system df"):
            r = self.do(line)
            assert r.exit_code == 0, (line, r.text)

    # -- invariants --

    @invariant()
    def a_layers(self) -> None:
        w = self.world
        rws: list[int] = []
        for c in w.containers.values():
            assert c.image_id in w.images, f"{c.name}: image {c.image_id[:12]} missing"
            img = w.images[c.image_id]
            assert all(lid in w.layers for lid in img.layers), f"{c.name}: image layer missing"
            assert isinstance(c.rw, Tree) and not c.rw.frozen, f"{c.name}: no writable rw layer"
            assert all(c.rw is not w.layers[lid].tree for lid in img.layers)
            rws.append(id(c.rw))
        assert len(rws) == len(set(rws)), "two containers share one read-write layer"

    @invariant()
    def c_volumes_in_use(self) -> None:
        w = self.world
        in_use = {m.source for c in w.containers.values() for m in c.mounts if m.type == "volume"}
        for name in sorted(in_use):
            assert name in w.volumes, f"volume {name} used by a container does not exist"
            r = checked_apply(w, f"docker volume rm {name}")  # probe only; not logged
            assert r.exit_code == 1, (name, r.exit_code, r.text)
            assert "volume is in use" in "\n".join(r.text), r.text
            assert name in r.world.volumes

    @invariant()
    def d_replay(self) -> None:
        w = initial_world(self.seed)
        for line, answer in self.log:
            w = apply(w, line, answer).world
        assert w == self.world, "replaying the log gave a different world"

    @invariant()
    def f_anonymous_label(self) -> None:
        for v in self.world.volumes.values():
            if v.anonymous:
                assert v.labels is not None and ANON_LABEL in v.labels, v

    @invariant()
    def g_ports(self) -> None:
        ports = Counter(hp for c in self.world.containers.values() if c.running for hp, _ in c.ports)
        dup = [p for p, n in ports.items() if n > 1]
        assert not dup, f"host port(s) {dup} published by two running containers"


DockerSession.TestCase.settings = settings(
    max_examples=40 * fuzz_scale(), stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDockerSession = DockerSession.TestCase


# -- deterministic regression checks of the same invariants ---------------------------------------


def _session(lines: list[str | tuple[str, str]], seed: int = 0) -> World:
    w = built_world(seed)
    for item in lines:
        line, answer = (item, None) if isinstance(item, str) else item
        w = checked_apply(w, line, answer).world
    return w


def test_rm_v_keeps_named_volume() -> None:
    w = _session(["docker run -d --name app1 -v vol1:/app/feedback -v /app/temp feedback-node",
                  "docker rm -f -v app1"])
    assert "vol1" in w.volumes
    assert not any(v.anonymous for v in w.volumes.values())


def test_stopped_container_holds_volume() -> None:
    w = _session(["docker run -d --name app1 -v vol1:/app/feedback feedback-node", "docker stop app1"])
    r = checked_apply(w, "docker volume rm vol1")
    assert r.exit_code == 1 and "volume is in use" in "\n".join(r.text)


@pytest.mark.parametrize("flags", ["-f", "-a -f"])
def test_prune_keeps_used_volumes(flags: str) -> None:
    w = _session(["docker run -d --name app1 -v vol1:/app/feedback -v /app/temp feedback-node",
                  "docker stop app1", f"docker volume prune {flags}"])
    assert len(w.volumes) == 2
