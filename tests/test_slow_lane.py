"""The slow lane: long terminal lines run apart from everyone's workers, the clients taking turns."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import anyio.to_thread

from app.web import routes
from app.web.lanes import SlowLane
from app.web.web import Overlong
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

    async def in_lane(client_address, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        lane.append(getattr(fn, "__name__", "?"))
        return await real_lane(client_address, fn, *args, **kwargs)

    web.in_thread, web.slow.run = in_thread, in_lane
    assert client.post(f"/s/{token}/step", headers=headers).status_code == 200
    assert version(client, token) == 1  # written once, by its run in the lane
    assert lane and not shared, (lane, shared)
    assert web.slow.runs_long(token)
    assert client.post(f"/s/{token}/step", headers=headers).status_code == 200  # the next step starts there too
    assert version(client, token) == 2


def test_a_line_given_up_in_the_lane_is_said_to_run_on_or_never_to_have_run(tmp_path: Path) -> None:
    """Past the request's deadline the lane's lines were answered "The database did not answer in
    time", the database being fine: a running line goes on (and is written), a waiting one never runs."""
    web = make(tmp_path, db_timeout=0.2).app.state.web  # type: ignore[attr-defined]  # the deadline: 0.4 s
    gate = threading.Event()
    ran: list[str] = []

    def slow(name: str) -> str:
        gate.wait(5)
        ran.append(name)
        return name

    async def scenario() -> list[object]:
        lines = [asyncio.ensure_future(web.in_lane("client", slow, name)) for name in ("first", "second")]
        given_up = await asyncio.gather(*lines, return_exceptions=True)
        gate.set()
        while web.slow.running:
            await asyncio.sleep(0.01)
        return given_up

    first, second = run_async(scenario())
    assert isinstance(first, Overlong) and first.running
    assert isinstance(second, Overlong) and not second.running
    assert ran == ["first"]


def test_a_long_line_past_the_deadline_says_so_and_is_written(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = make(tmp_path, db_timeout=0.25)
    token = new_session(client)
    real = routes.actions.typed

    def typed(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.8 if "slow" in args[2] else 0)
        return real(*args)

    monkeypatch.setattr(routes.actions, "typed", typed)
    r = run(client, token, "echo slow > marker; true")  # not one short command: straight to the lane
    assert r.status_code == 503 and "It goes on running" in r.text and "database" not in r.text
    deadline = time.monotonic() + 5
    while version(client, token) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert version(client, token) == 1
    assert "slow" in run(client, token, "cat marker").text


def test_copies_and_forks_are_made_in_the_lane_not_on_the_shared_workers(tmp_path: Path) -> None:
    """A copy runs a session's lines again (up to REPLAY_STEPS: seconds): six forks clicked at once on
    the shared workers answered every other learner's page 503 for 20 s."""
    client = make(tmp_path)
    web = client.app.state.web  # type: ignore[attr-defined]
    token = new_session(client)
    run(client, token, "echo made > note")
    viewer = web.store.by_token(token).viewer_token
    lane: list[str] = []
    real_lane = web.slow.run

    async def in_lane(client_address, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        lane.append(client_address)
        return await real_lane(client_address, fn, *args, **kwargs)

    web.slow.run = in_lane
    headers = {"Origin": str(client.base_url)}
    for path in (f"/w/{viewer}/fork/copy", f"/copy/{viewer}/1"):
        r = client.post(path, headers=headers)
        assert r.status_code == 303, (path, r.text)
        copy = r.headers["location"].rsplit("/", 1)[1]
        assert "made" in run(client, copy, "cat note").text
    assert len(lane) == 2
    assert client.post(f"/copy/{viewer}/99", headers=headers).status_code == 404


def test_a_page_whose_world_must_be_run_again_is_drawn_in_the_slow_lane(tmp_path: Path) -> None:
    """Reopening a session whose world is not kept runs its lines again (a second or two for a
    heavy one): that page is drawn in the slow lane, the client's own turn, not on the three workers
    every page shares; a page whose world is at hand is drawn as before."""
    client = make(tmp_path)
    token = new_session(client)
    for line in ("echo one > a.txt", "docker volume create notes"):
        assert run(client, token, line).status_code == 200
    web = client.app.state.web  # type: ignore[attr-defined]
    laned: list[str] = []
    real = web.slow.run

    async def recorded(who: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        laned.append(who)
        return await real(who, fn, *args, **kwargs)

    web.slow.run = recorded
    assert client.get(f"/s/{token}").status_code == 200
    assert laned == []  # at hand: drawn as before
    web.store._worlds.drop(lambda key: False)  # as after a restart, or when others' worlds pushed it out
    for path in (f"/s/{token}", f"/e/{token}"):
        page = client.get(path)
        assert page.status_code == 200 and "a.txt" in page.text
    assert laned == ["testclient"]  # the first one ran it again there; the next found it at hand
