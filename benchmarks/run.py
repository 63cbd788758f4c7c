"""layerlab's measured performance, in one run on this machine. Prints one JSON object with --json.

  engine_command_us_p50   engine time per command over the course's mix            (target <= 300)
  engine_replay_1000_ms   opening a 1,000-command session (snapshot + tail replay)  (target <= 150)
  update_latency_ms_p50/p99  a command accepted over HTTP -> its SSE frame at a subscriber, with
                          LEARNERS active learners (one command a second each) and WATCHERS idle
                          watchers on one worker                                    (target p99 <= 100)
  noop_roundtrip_ms_p50   the same run's round trip to GET /livez (answers "ok", touches nothing)
  overhead_ratio          update p50 / noop p50                                     (target <= 3)
  idle_stream_kib         server memory per idle SSE watcher                        (target <= 64)
  first_load_kib          bytes to load a session page with its assets              (target <= 150)

--scale: the update latency on two processes and a throwaway PostgreSQL (each learner sends its
commands to one process and watches its session on the other, as a proxy without sticky sessions
may arrange it).
Options: --learners N (200) --watchers N (1000) --seconds S (15) --trace FILE (each update's send time
and latency, as JSON).
"""

from __future__ import annotations

import asyncio
import contextlib
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


def cpu_ms(pid: int) -> float:
    """CPU time (user + system) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def first_load_kib(base: str) -> float:

    token = new_session_sync(base)
    page = urllib.request.urlopen(f"{base}/s/{token}").read()
    total = len(page)
    for asset in re.findall(rb'(?:src|href)="(/static/[^"]+)"', page):
        total += len(urllib.request.urlopen(base + asset.decode()).read())
    return total / 1024


def drawn_at(base: str, token: str) -> str:
    """Load a session's page, as a learner's browser does; the version it was drawn at."""
    page = urllib.request.urlopen(f"{base}/s/{token}").read().decode()
    found = re.search(r"/events\?lang=\w+&amp;since=(\d+)", page)
    if found is None:
        raise RuntimeError("the session page names no stream")
    return found[1]


def new_session_sync(base: str) -> str:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a: object, **k: object) -> None:
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(urllib.request.Request(base + "/sessions", data=b""))
    except urllib.error.HTTPError as exc:
        return str(exc.headers["location"]).rsplit("/", 1)[1]
    raise RuntimeError("no session")


async def load(bases: list[str], learners: int, watchers: int, seconds: float,
               pids: list[int]) -> dict[str, float]:
    """With two servers, learner i sends to one and watches its session on the other (no stickiness);
    idle watchers are shared out too. CPU and memory figures add up the servers."""
    from benchmarks.wire import Connection, sse_lines

    post_base = bases[0]

    def posts(i: int) -> str:
        return bases[i % len(bases)]

    def watches(i: int) -> str:
        return bases[(i + 1) % len(bases)]

    tokens = [new_session_sync(post_base) for _ in range(learners)]
    watch_token = new_session_sync(post_base)
    # Each learner (and watcher) has its page open, and an open page tells its stream the version
    # it was drawn at, so nothing is sent twice.
    since = {token: drawn_at(post_base, token) for token in [*tokens, watch_token]}
    latencies: list[float] = []
    noop: list[float] = []
    refused: list[int] = []
    sent_at: dict[tuple[str, int], float] = {}
    trace: list[tuple[float, float]] = []  # (seconds into the run it was sent, latency ms), for --trace
    started = time.perf_counter()

    async def idle_watcher(i: int) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            async for _ in sse_lines(watches(i), f"/s/{watch_token}/events?since={since[watch_token]}"):
                pass

    async def subscriber(i: int, token: str) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            async for line in sse_lines(watches(i), f"/s/{token}/events?since={since[token]}"):
                if line.startswith("id:"):
                    t0 = sent_at.pop((token, int(line[3:].strip())), None)
                    if t0 is not None:
                        latencies.append((time.perf_counter() - t0) * 1000)
                        trace.append((round(t0 - started, 3), round(latencies[-1], 1)))

    rss_before = sum(rss_kib(pid) for pid in pids)
    idle = [asyncio.create_task(idle_watcher(i)) for i in range(watchers)]
    await asyncio.sleep(3 + watchers / 400)
    rss_after = sum(rss_kib(pid) for pid in pids)
    subs = [asyncio.create_task(subscriber(i, token)) for i, token in enumerate(tokens)]
    await asyncio.sleep(2)  # a stream that starts at its page's version sends nothing until a change

    async def learner(i: int, token: str) -> None:
        conn = Connection(posts(i))
        await asyncio.sleep(i / learners)  # spread over the second
        version = 0
        end = time.perf_counter() + seconds
        lines = ["ls", "docker ps", "docker volume ls", "pwd", "docker images"]
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            version += 1
            sent_at[(token, version)] = t0
            status, _ = await conn.request("POST", f"/s/{token}/run", {"line": lines[version % len(lines)]},
                                           {"HX-Request": "true"})
            if status != 200:
                refused.append(status)
                sent_at.pop((token, version), None)
                version -= 1
            await asyncio.sleep(max(0.0, 1.0 - (time.perf_counter() - t0)))
        conn.close()

    async def pinger() -> None:
        conn = Connection(post_base)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            await conn.request("GET", "/livez")
            noop.append((time.perf_counter() - t0) * 1000)
            await asyncio.sleep(0.1)
        conn.close()

    cpu_before, sent_before = sum(cpu_ms(pid) for pid in pids), len(sent_at) + len(latencies)
    await asyncio.gather(*(learner(i, t) for i, t in enumerate(tokens)), pinger())
    commands = len(sent_at) + len(latencies) - sent_before
    cpu_used = sum(cpu_ms(pid) for pid in pids) - cpu_before
    await asyncio.sleep(1.0)
    for task in [*idle, *subs]:
        task.cancel()
    await asyncio.gather(*idle, *subs, return_exceptions=True)
    if "--trace" in sys.argv:
        Path(sys.argv[sys.argv.index("--trace") + 1]).write_text(json.dumps(sorted(trace)))
    q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 2 else [0.0] * 99
    p50 = statistics.median(latencies) if latencies else 0.0
    n50 = statistics.median(noop) if noop else 0.0
    return {"update_latency_ms_p50": round(p50, 1), "update_latency_ms_p99": round(q[98], 1),
            "updates_measured": len(latencies), "updates_lost": len(sent_at), "refused": len(refused),
            "noop_roundtrip_ms_p50": round(n50, 1),
            "server_cpu_ms_per_command": round(cpu_used / max(commands, 1), 2),
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
                report.update(asyncio.run(load([base_a, base_b], learners, watchers, seconds, [pa.pid, pb.pid])))
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
                report.update(asyncio.run(load([base], learners, watchers, seconds, [proc.pid])))
                report["first_load_kib"] = round(first_load_kib(base), 1)
                report["mode"] = "one process on SQLite"
            finally:
                proc.terminate()
                proc.wait()
    report.update(learners=learners, watchers=watchers, seconds=seconds)
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
