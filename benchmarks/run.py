"""layerlab's measured performance, in one run on this machine. Prints one JSON object with --json.

  engine_command_us_p50   engine time per command over the course's mix            (target <= 300)
  engine_replay_1000_ms   opening a 1,000-command session (snapshot + tail replay)  (target <= 150)
  update_latency_ms_p50/p99  a command accepted over HTTP -> its SSE frame at a subscriber, with
                          LEARNERS active learners (one command a second each) and WATCHERS idle
                          watchers on one worker                                    (target p99 <= 100)
  noop_roundtrip_ms_p50   the same run's round trip to GET /healthz
  overhead_ratio          update p50 / noop p50                                     (target <= 3)
  idle_stream_kib         server memory per idle SSE watcher                        (target <= 64)
  first_load_kib          bytes to load a session page with its assets              (target <= 150)

--scale: the update latency on two processes and a throwaway PostgreSQL (learners' commands go
to one process, their streams are held by the other).
Options: --learners N (200) --watchers N (1000) --seconds S (15).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.engine import measure_commands, measure_open  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def arg(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def start_server(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = dict(os.environ, LAYERLAB_DATABASE_URL=url, LAYERLAB_PORT=str(port), LAYERLAB_RATE_SESSION="1000",
               LAYERLAB_RATE_CLIENT="100000")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            return proc, base
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def first_load_kib(base: str) -> float:

    token = new_session_sync(base)
    page = urllib.request.urlopen(f"{base}/s/{token}").read()
    total = len(page)
    for asset in re.findall(rb'(?:src|href)="(/static/[^"]+)"', page):
        total += len(urllib.request.urlopen(base + asset.decode()).read())
    return total / 1024


def new_session_sync(base: str) -> str:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a: object, **k: object) -> None:
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(urllib.request.Request(base + "/sessions", data=b""))
    except urllib.error.HTTPError as exc:
        return str(exc.headers["location"]).rsplit("/", 1)[1]
    raise RuntimeError("no session")


async def load(post_base: str, watch_base: str, learners: int, watchers: int, seconds: float,
               server_pid: int) -> dict[str, float]:
    import httpx

    limits = httpx.Limits(max_connections=learners * 2 + watchers + 50, max_keepalive_connections=learners + 50)
    async with httpx.AsyncClient(timeout=httpx.Timeout(60.0), limits=limits) as client:
        tokens = [new_session_sync(post_base) for _ in range(learners)]
        watch_token = new_session_sync(post_base)
        # An open page tells its stream the version it was drawn at, so nothing is sent twice.
        drawn = urllib.request.urlopen(f"{post_base}/s/{watch_token}").read().decode()
        since = re.search(r"/events\?lang=\w+&amp;since=(\d+)", drawn)
        if since is None:
            raise RuntimeError("the session page names no stream")
        latencies: list[float] = []
        noop: list[float] = []
        sent_at: dict[tuple[str, int], float] = {}
        stop = asyncio.Event()

        async def idle_watcher() -> None:
            try:
                async with client.stream("GET", f"{watch_base}/s/{watch_token}/events?since={since[1]}") as r:
                    async for _ in r.aiter_lines():
                        if stop.is_set():
                            return
            except (httpx.HTTPError, asyncio.CancelledError):
                return

        async def subscriber(token: str, connected: asyncio.Event) -> None:
            async with client.stream("GET", f"{watch_base}/s/{token}/events") as r:
                async for line in r.aiter_lines():
                    connected.set()
                    if line.startswith("id:"):
                        v = int(line[3:].strip())
                        t0 = sent_at.pop((token, v), None)
                        if t0 is not None:
                            latencies.append((time.perf_counter() - t0) * 1000)
                    if stop.is_set():
                        return

        rss_before = rss_kib(server_pid)
        idle = [asyncio.create_task(idle_watcher()) for _ in range(watchers)]
        await asyncio.sleep(3 + watchers / 400)
        rss_after = rss_kib(server_pid)
        subs = []
        for token in tokens:
            ev = asyncio.Event()
            subs.append(asyncio.create_task(subscriber(token, ev)))
            await asyncio.wait_for(ev.wait(), 20)

        async def learner(i: int, token: str) -> None:
            await asyncio.sleep(i / learners)  # spread over the second
            version = 0
            end = time.perf_counter() + seconds
            lines = ["ls", "docker ps", "docker volume ls", "pwd", "docker images"]
            while time.perf_counter() < end:
                t0 = time.perf_counter()
                version += 1
                sent_at[(token, version)] = t0
                r = await client.post(f"{post_base}/s/{token}/run", data={"line": lines[version % len(lines)]},
                                      headers={"HX-Request": "true"})
                if r.status_code != 200:
                    sent_at.pop((token, version), None)
                    version -= 1
                await asyncio.sleep(max(0.0, 1.0 - (time.perf_counter() - t0)))

        async def pinger() -> None:
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                t0 = time.perf_counter()
                await client.get(f"{post_base}/healthz")
                noop.append((time.perf_counter() - t0) * 1000)
                await asyncio.sleep(0.1)

        await asyncio.gather(*(learner(i, t) for i, t in enumerate(tokens)), pinger())
        await asyncio.sleep(1.0)
        stop.set()
        for task in [*idle, *subs]:
            task.cancel()
        await asyncio.gather(*idle, *subs, return_exceptions=True)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 2 else [0.0] * 99
    p50 = statistics.median(latencies) if latencies else 0.0
    n50 = statistics.median(noop) if noop else 0.0
    return {"update_latency_ms_p50": round(p50, 1), "update_latency_ms_p99": round(q[98], 1),
            "updates_measured": len(latencies), "noop_roundtrip_ms_p50": round(n50, 1),
            "overhead_ratio": round(p50 / n50, 2) if n50 else 0.0,
            "idle_stream_kib": round((rss_after - rss_before) / max(watchers, 1), 1)}


def main() -> None:
    learners, watchers, seconds = arg("--learners", 200), arg("--watchers", 1000), arg("--seconds", 15)
    times = measure_commands(rounds=10)
    report: dict[str, object] = {"engine_command_us_p50": round(statistics.median(times), 1),
                                 "engine_replay_1000_ms": round(measure_open(), 1)}
    with tempfile.TemporaryDirectory() as tmp:
        if "--scale" in sys.argv:
            from tests.pgserver import PgServer

            pg = PgServer()
            url = pg.start()
            (pa, base_a), (pb, base_b) = start_server(url), start_server(url)
            try:
                report.update(asyncio.run(load(base_a, base_b, learners, watchers, seconds, pb.pid)))
                report["first_load_kib"] = round(first_load_kib(base_a), 1)
                report["mode"] = "two processes on PostgreSQL"
            finally:
                for p in (pa, pb):
                    p.terminate()
                    p.wait()
                pg.stop()
        else:
            proc, base = start_server(f"sqlite:///{tmp}/bench.db")
            try:
                report.update(asyncio.run(load(base, base, learners, watchers, seconds, proc.pid)))
                report["first_load_kib"] = round(first_load_kib(base), 1)
                report["mode"] = "one process on SQLite"
            finally:
                proc.terminate()
                proc.wait()
    report.update(learners=learners, watchers=watchers, seconds=seconds)
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
