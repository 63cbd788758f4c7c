"""The slow lane: long terminal lines run apart from everyone's workers, the clients taking turns."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import anyio.to_thread

from app.web.lanes import SlowLane
from tests.test_limits import make, new_session, run, run_async, version


def test_waiting_clients_take_turns_whatever_each_has_queued() -> None:
    async def scenario() -> list[str]:
        lane = SlowLane()
        gate = threading.Event()
        order: list[str] = []

        def work(name: str) -> str:
            if name == "first":
                gate.wait(5)
            order.append(name)
            return name

        first = asyncio.ensure_future(lane.run("a", work, "first"))
        await asyncio.sleep(0.05)  # running: the others queue
        rest = [asyncio.ensure_future(lane.run(c, work, f"{c}{i}")) for c, i in
                [("a", 1), ("a", 2), ("a", 3), ("b", 1), ("c", 1), ("b", 2)]]
        await asyncio.sleep(0.05)
        assert lane.waiting("a") == 3 and lane.waiting() == 6
        gate.set()
        await asyncio.gather(first, *rest)
        assert lane.running == 0 and lane.waiting() == 0
        return order

    # a, b and c each get a turn before a's second line: one client's pile delays only that client
    assert run_async(scenario()) == ["first", "a1", "b1", "c1", "a2", "b2", "a3"]


def test_work_given_up_while_waiting_never_runs_and_the_line_moves_on() -> None:
    async def scenario() -> tuple[list[str], int, int]:
        lane = SlowLane()
        gate = threading.Event()
        ran: list[str] = []

        def work(name: str) -> None:
            if name == "first":
                gate.wait(5)
            ran.append(name)

        first = asyncio.ensure_future(lane.run("a", work, "first"))
        await asyncio.sleep(0.05)
        dropped = asyncio.ensure_future(lane.run("b", work, "dropped"))
        kept = asyncio.ensure_future(lane.run("c", work, "kept"))
        await asyncio.sleep(0.05)
        dropped.cancel()
        await asyncio.sleep(0)
        gate.set()
        await asyncio.gather(first, kept)
        return ran, lane.running, lane.waiting()

    assert run_async(scenario()) == (["first", "kept"], 0, 0)


def test_the_lane_holds_none_of_the_shared_workers() -> None:
    """While a long line runs, every one of the workers pages and reads use is free."""

    async def scenario() -> float:
        lane = SlowLane()
        gate = threading.Event()
        shared = anyio.to_thread.current_default_thread_limiter()
        task = asyncio.ensure_future(lane.run("a", gate.wait, 5))
        await asyncio.sleep(0.05)
        borrowed = shared.borrowed_tokens
        gate.set()
        await task
        return borrowed

    assert run_async(scenario()) == 0


def test_a_session_whose_line_ran_long_starts_its_next_lines_in_the_lane(tmp_path: Path) -> None:
    client = make(tmp_path)
    web = client.app.state.web  # type: ignore[attr-defined]
    token, other = new_session(client), new_session(client)
    assert not web.slow.runs_long(token)
    start = time.perf_counter()
    r = run(client, token, "seq 999999999")  # one word, past the loop's 20 ms deadline
    assert r.status_code == 200 and time.perf_counter() - start > 0.02
    assert version(client, token) == 1  # written once, by its run in the lane
    assert web.slow.runs_long(token) and not web.slow.runs_long(other)
    assert run(client, token, "echo still here").status_code == 200
    assert version(client, token) == 2


def test_a_demo_scripts_long_step_runs_in_the_lane_not_on_the_shared_workers(tmp_path: Path) -> None:
    """A script's step is a terminal line the learner did not type: it runs as one (actions.acted)."""
    client = make(tmp_path)
    web = client.app.state.web  # type: ignore[attr-defined]
    token = new_session(client)
    headers = {"HX-Request": "true", "Origin": str(client.base_url)}
    assert client.post(f"/s/{token}/script", data={"script": "seq 999999999\necho after"}, headers=headers).status_code == 200
    shared: list[str] = []
    lane: list[str] = []
    real_thread, real_lane = web.in_thread, web.slow.run

    async def in_thread(fn, *args):  # type: ignore[no-untyped-def]
        shared.append(getattr(fn, "__name__", "?"))
        return await real_thread(fn, *args)

    async def in_lane(client_address, fn, *args):  # type: ignore[no-untyped-def]
        lane.append(getattr(fn, "__name__", "?"))
        return await real_lane(client_address, fn, *args)

    web.in_thread, web.slow.run = in_thread, in_lane
    assert client.post(f"/s/{token}/step", headers=headers).status_code == 200
    assert version(client, token) == 1  # written once, by its run in the lane
    assert lane and not shared, (lane, shared)
    assert web.slow.runs_long(token)
    assert client.post(f"/s/{token}/step", headers=headers).status_code == 200  # the next step starts there too
    assert version(client, token) == 2
