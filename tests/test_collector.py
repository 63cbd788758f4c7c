"""The garbage collector's schedule while the server runs (app/web/collector.py): young passes as
usual, survivors walked again only in the full passes, the old thresholds back when it stops."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.app import create_app
from app.web.collector import NEVER, YOUNG, Collector


class Cell:
    def __init__(self) -> None:
        self.other: Cell | None = None


def cycle() -> weakref.ref[Cell]:
    """Two objects referring to each other, nothing else referring to them; a weak reference to one."""
    a, b = Cell(), Cell()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_a_cycle_that_outlived_a_young_pass_waits_for_the_full_pass(thresholds: tuple[int, int, int]) -> None:
    loop = asyncio.new_event_loop()
    collector = Collector(every=3600)
    try:
        collector.start(loop)
        assert gc.get_threshold() == (YOUNG, NEVER, NEVER)
        a, b = Cell(), Cell()
        a.other, b.other = b, a
        gc.collect(0)  # they outlive a young pass: the next generation holds them now
        gone = weakref.ref(a)
        del a, b
        for _ in range(3):
            gc.collect(0)  # later young passes do not look at them
        assert gone() is not None
        gc.disable()  # (no young pass of its own between making the next cycle and the one here)
        try:
            young = cycle()
            gc.collect(0)  # a cycle that dies young goes with the young pass
        finally:
            gc.enable()
        assert young() is None
        assert collector.full_pass() >= 2
        assert gone() is None
        assert collector.full_passes == 1 and collector.longest_ms > 0
    finally:
        collector.stop()
        loop.close()
    assert gc.get_threshold() == thresholds


def test_full_passes_come_every_so_many_seconds(thresholds: tuple[int, int, int]) -> None:
    async def main() -> int:
        collector = Collector(every=0.05)
        collector.start(asyncio.get_running_loop())
        try:
            await asyncio.sleep(0.3)
            return collector.full_passes
        finally:
            collector.stop()

    passes: list[int] = []
    # (on a thread of its own: Playwright's sync API, in the browser tests, leaves this one's loop set)
    worker = threading.Thread(target=lambda: passes.append(asyncio.run(main())))
    worker.start()
    worker.join()
    assert passes and passes[0] >= 2
    assert gc.get_threshold() == thresholds


def test_a_process_that_grows_gets_its_full_pass_early() -> None:
    size = [100 << 20]
    collector = Collector(every=3600, growth=64 << 20, resident=lambda: size[0])
    assert not collector.due()
    size[0] += 63 << 20
    assert not collector.due()
    size[0] += 1 << 20
    assert collector.due()
    collector.full_pass()  # measured again after the pass: the next one needs as much growth again
    assert not collector.due()
    assert not Collector(every=3600, resident=lambda: None).due()  # a system that does not say


def test_the_server_keeps_the_schedule_while_it_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     thresholds: tuple[int, int, int]) -> None:
    monkeypatch.setenv("LAYERLAB_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("LAYERLAB_GC_FULL_SECONDS", "120")
    app = create_app(Settings())
    assert app.state.web.collector.every == 120
    with TestClient(app) as client:
        assert client.get("/livez").text == "ok"
        assert gc.get_threshold() == (YOUNG, NEVER, NEVER)
    assert gc.get_threshold() == thresholds
