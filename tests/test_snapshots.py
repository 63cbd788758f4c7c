"""Reopening a session from its snapshots gives exactly the world a full replay of its log gives.

A long session is not replayed from its start: every LAYERLAB_SNAPSHOT_EVERY versions the world is
kept in the database, and opening the session replays only the commands after the newest snapshot
on its chain. A fresh Store on the same database has nothing cached, so it must read the snapshots."""

from __future__ import annotations

import pickle
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world
from app.engine.world import World
from app.store.sessions import SnapshotRow, Store
from tests.helpers import fuzz_scale

# Commands that change the world in ways that show: files, folders, volumes, containers.
LINES = [
    "touch a", "touch b", "mkdir d", "echo one > a", "echo two >> a", "rm -f a", "mv b c", "cd d", "cd ..",
    "docker volume create v1", "docker volume create v2", "docker volume rm v1",
    "docker run -d --name c1 -v v1:/data node:14 sleep 1000", "docker run --name c2 -v v2:/data node:14 touch /data/x",
    "docker exec c1 touch /data/y", "docker stop c1", "docker rm -f c1", "docker rm -v c2", "docker ps -a", "false",
]
MOVES = ["undo", "redo", "reset"]

step = st.one_of(st.sampled_from(LINES).map(lambda line: ("cmd", line)),
                 st.sampled_from(MOVES).map(lambda kind: (kind, "")))


def replayed(store: Store, session_id: int, cursor: int) -> World:
    """The world at `cursor` by applying its whole chain from the start, no snapshot, no cache."""
    session = store.get(session_id)
    world = initial_world(session.seed)
    for e in store.chain(store.events(session_id), cursor):
        world = apply(world, e.line, e.answer).world
    return world


def play(url: str, every: int, steps: list[tuple[str, str]]) -> int:
    store = Store(url, snapshot_every=every)
    session = store.create_session(seed=7)
    for kind, line in steps:
        if kind == "cmd":
            store.run_command(session.id, line)
        else:
            store.move(session.id, kind)
    store.engine.dispose()
    return session.id


def check_every_version(url: str, every: int, session_id: int) -> int:
    """Compare each command's world, read by a fresh store, with a full replay. Returns the snapshots."""
    writer = Store(url, snapshot_every=every)
    events = writer.events(session_id)
    for e in events:
        if e.kind != "cmd":
            continue
        fresh = Store(url, snapshot_every=every)  # nothing cached: the snapshots are read
        session = fresh.get(session_id)
        assert fresh.world_at(session, e.version) == replayed(writer, session_id, e.version), \
            f"SNAPSHOT_EVERY={every}: the world after #{e.version} `{e.line}` differs from a full replay"
        fresh.engine.dispose()
    from sqlmodel import Session, select

    with Session(writer.engine) as db:
        kept = len(db.exec(select(SnapshotRow).where(SnapshotRow.session_id == session_id)).all())
    fresh = Store(url, snapshot_every=every)
    session = fresh.get(session_id)
    assert fresh.current_world(session) == replayed(writer, session_id, session.cursor)
    writer.engine.dispose()
    fresh.engine.dispose()
    return kept


@settings(max_examples=40 * fuzz_scale())
@given(every=st.integers(1, 7), steps=st.lists(step, min_size=1, max_size=24))
def test_a_fresh_store_reads_snapshots_into_the_world_a_full_replay_gives(every: int,
                                                                          steps: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/snap.db"
        check_every_version(url, every, play(url, every, steps))


def test_the_command_right_after_each_snapshot_is_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/after.db"
    for every in (1, 2, 3, 5, 50):
        steps = [("cmd", f"touch f{i}") for i in range(12)]
        sid = play(url, every, steps)
        kept = check_every_version(url, every, sid)
        assert kept == 12 // every  # a snapshot at every multiple of N, so they were really read
        fresh = Store(url, snapshot_every=every)
        world = fresh.current_world(fresh.get(sid))
        names = {n for n in world.host.children("/home/learner/feedback-app") if re.fullmatch(r"f\d+", n)}
        assert names == {f"f{i}" for i in range(12)}, f"SNAPSHOT_EVERY={every}"


def test_after_much_work_a_snapshot_is_kept_so_an_open_runs_little_again(tmp_path: Path) -> None:
    """Lines at the budget's end between two snapshots by count: a fresh store (nothing cached) opening
    the session runs at most WORK_SNAPSHOT steps again, where it ran every line since the last
    snapshot by count before, and the world is the one a full replay gives, undo and all."""
    from app.store import sessions as sessions_module

    url = f"sqlite:///{tmp_path}/work.db"
    heavy = "seq 999999999 > /dev/null"  # runs to the budget's end (MAX_STEPS)
    steps = [("cmd", "touch a"), ("cmd", heavy), ("cmd", heavy), ("cmd", "touch b"), ("cmd", heavy),
             ("undo", ""), ("cmd", heavy), ("cmd", heavy), ("cmd", "touch c")]
    sid = play(url, 50, steps)
    kept = check_every_version(url, 50, sid)
    assert kept >= 2  # none by count (fewer than 50 versions): these came from the work
    fresh = Store(url, snapshot_every=50)
    session = fresh.get(sid)
    spent: list[int] = []
    original = sessions_module.run_engine

    def counting(world: World, line: str, answer: str | None):  # type: ignore[no-untyped-def]
        result = original(world, line, answer)
        spent.append(result.work)
        return result

    sessions_module.run_engine = counting  # type: ignore[assignment]
    try:
        world = fresh.current_world(session)
    finally:
        sessions_module.run_engine = original  # type: ignore[assignment]
    assert world == replayed(fresh, sid, session.cursor)
    assert sum(spent) < sessions_module.WORK_SNAPSHOT  # before: the four heavy lines on the chain, 4,000,000
    fresh.engine.dispose()


def test_a_snapshot_names_registry_layers_and_reads_back_the_shared_trees() -> None:
    import pickle

    from app.engine import world as world_module

    w = apply(apply(initial_world(3), "docker pull -q alpine").world, "docker build -q -t feedback-node .").world
    shared = {lid for lid in w.layers if lid in world_module.SHARED_LAYERS}
    assert shared and len(shared) < len(w.layers)  # the registry's layers, not the build's own
    blob = pickle.dumps(w)
    back = pickle.loads(blob)
    assert back == w
    assert all(back.layers[lid].tree is w.layers[lid].tree for lid in shared)
    assert all(back.layers[lid].tree is not w.layers[lid].tree for lid in set(w.layers) - shared)
    # a snapshot written before (every layer's tree in it) reads back as the same world
    saved = dict(world_module.SHARED_LAYERS)
    world_module.SHARED_LAYERS.clear()
    try:
        whole = pickle.dumps(w)
    finally:
        world_module.SHARED_LAYERS.update(saved)
    assert len(whole) > len(blob) and pickle.loads(whole) == w


@pytest.mark.parametrize("damage", [
    lambda blob: blob[:100],  # cut short (a damaged row)
    lambda blob: b"\x00\x11\x22\x33",  # not a pickle at all
    lambda blob: pickle.dumps({"not": "a world"}),
    # written by a version of layerlab whose classes are gone
    lambda blob: blob.replace(b"app.engine.world", b"app.engine.wurld"),
], ids=["truncated", "junk", "not-a-world", "gone-class"])
def test_a_snapshot_that_cannot_be_read_is_passed_over_for_the_log(tmp_path: Path, damage: Callable[[bytes], bytes],
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    url = f"sqlite:///{tmp_path}/damaged.db"
    sid = play(url, 3, [("cmd", f"touch f{i}") for i in range(8)])
    writer = Store(url, snapshot_every=3)
    from sqlmodel import Session, select

    with Session(writer.engine) as db:
        rows = db.exec(select(SnapshotRow).where(SnapshotRow.session_id == sid)).all()
        assert [r.cursor for r in rows] == [3, 6]
        newest = max(rows, key=lambda r: r.cursor)
        newest.blob = damage(newest.blob)
        db.add(newest)
        db.commit()
    fresh = Store(url, snapshot_every=3)
    with caplog.at_level("WARNING", logger="layerlab.store"):
        world = fresh.current_world(fresh.get(sid))
    assert world == replayed(writer, sid, fresh.get(sid).cursor)
    assert "the snapshot at #6 cannot be read" in caplog.text
    assert "#3" not in caplog.text  # the older one, intact, was read: the log was replayed only past it
    writer.engine.dispose()
    fresh.engine.dispose()
