"""layerlab's measured performance, in one run on this machine. Prints one JSON object with --json,
and exits 1 when the run does not count (see `failures`): a target missed, an update lost or a
command refused, or too few samples.

  engine_command_us_p50/mean/p99/max  engine time per command over the course's mix (p50 <= 300)
  session_open_1000_ms    opening a 1,000-command session from the database: the latest snapshot
                          plus the commands after it                               (target <= 150)
  update_latency_ms_p50/p99  a command sent over HTTP -> the SSE frame that carries its version, at
                          the learner's own stream; with LEARNERS learners typing the course's mix
                          (MIX: build, run, the app's form, stop, rm, volumes; one command a second
                          each) and WATCHERS watchers: half a class spread over the learners'
                          sessions, half a room watching one instructor (room_latency_ms_*)
  noop_roundtrip_ms_p50/p99  the same run's round trip to GET /livez (answers "ok", touches nothing),
                          sampled noop_samples times (100 a second; fewer than 1,000 fails the run)
  overhead_ratio          update p50 / no-op p50                                   (target <= 3)
  at_rest_*               the same server at rest right after (AT_REST learners, no watchers): the
                          floor the ratio has without load, a command's own cost against a no-op's
  load_factor             update p50 under the load / update p50 at rest: what the load adds
  update_latency_by_kind  the same per kind of command (n, p50, p99, max), a learner's first build apart
  tail_ratio              update p99 / no-op p99: absolute latencies on a shared machine say more
                          about the neighbours than about layerlab; ratios in one run do not (<= 3)
  updates_lost, refused   versions no frame ever carried, commands not accepted: any fails the run
  client_lag_ms_p50/p99   how late the load generator's own loop wakes from a 5 ms sleep: every
                          latency measured carries that wait too (its share of a tail)
  client_cores            the CPU the load generator itself took during the load, in cores (it shares
                          this machine's with the servers)
  idle_stream_kib         server memory per idle SSE watcher                       (target <= 64)
  first_load_kib          bytes to load a session page with its assets, on the wire, asked for as a
                          browser does (Accept-Encoding: gzip, deflate, br)        (target <= 150)
  first_load_kib_uncompressed  the same, asked for without Accept-Encoding: plain bytes

A version counts at the arrival of the first frame that carries it (a frame for version N carries
every version up to N), so versions merged into one frame and slow ones are all measured.

--scale: the same on two processes and a throwaway PostgreSQL, twice. First every learner sends its
commands to one process and watches its session on the other (as a proxy without sticky sessions may
arrange it), so `server_cpu_ms_per_command_each` gives what taking a command costs and what streaming
it costs (that run's latencies are kept as one_taking_*: one process takes all 200 learners' commands
there). Then the learners' commands are spread over both processes, as a balancer spreads them, each
learner still watching on the other one: the latencies and their ratios come from that run. For
`scale_cpu_ratio` (the taking process's CPU per command / one process on SQLite, <= 1.3) and
`scale_cpu_ratio_both` (both processes / one, <= 2), the same load runs on one process on SQLite,
unless --baseline FILE[,FILE...] names recorded one-process runs (their median: one run's figure moves
by a tenth from run to run). `pg_round_trips_per_command`
(<= 6) and `pg_cpu_ms_per_command` are PostgreSQL's statements and CPU per command.
server_core_wait_ms_per_command, pg_core_wait_ms_per_command  how long the servers' threads (and
                          PostgreSQL's processes) waited for a core per command, runnable but not
                          running (the kernel's schedstat), in the same steady window
server_cpu_ms_per_command_steady  as server_cpu_ms_per_command, after every learner's first command
                          (a build nothing is cached for yet, once per session) was answered
Learners join at random moments over the first RAMP seconds, as a class does, and each then types for
SECONDS: with every learner starting on the same second, 200 uncached builds arrived at once, and
the queue they made was what the first seconds' percentiles measured. Each learner keeps its own
pace, a command every 0.5-1.5 s (one a second on average), and the no-op is sent at random moments
(NOOPS_PER_SECOND, 100 a second on average: at 20, its p99 was the fifth-highest of about 500 samples
and moved by half from run to run; a run with fewer than MIN_NOOPS fails). Both used to keep a beat:
learners joined 50 ms apart and typed exactly a
second apart, so they arrived in bursts of ten every 50 ms, and the pinger, pausing 50 ms after each
answer, fell into step with the bursts and sampled the quiet gap after each one. Arrivals at random
moments see the server as a command does (the update p50 fell from 18-25 ms to 5-12 ms; the no-op's
moved from 1.0-1.2 to 1.0-2.9 ms).
Options: --learners N (200) --watchers N (1000) --seconds S (15) --ramp R (10) --trace FILE (each command's send
time with its answer's latency and its frame's, and the no-op's, as JSON; FILE.2 for the run's second load)
--gc-full S (the servers' LAYERLAB_GC_FULL_SECONDS: a full garbage collection every S seconds; by default
every 300 s, so none falls in a run: `record.sh` records a run with one every 5 s as well, to show
what they cost).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
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

from app.settings import Settings  # noqa: E402
from benchmarks.engine import measure_commands, measure_open  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def arg(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def gc_full_seconds() -> float:
    """Seconds between the servers' full garbage collections (--gc-full S, else the setting's own)."""
    return float(sys.argv[sys.argv.index("--gc-full") + 1]) if "--gc-full" in sys.argv else Settings().gc_full_seconds


def start_server(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = dict(os.environ, LAYERLAB_DATABASE_URL=url, LAYERLAB_PORT=str(port), LAYERLAB_RATE_SESSION="1000",
               LAYERLAB_RATE_CLIENT="100000", LAYERLAB_STREAMS_PER_CLIENT="100000")  # one load generator: every learner and watcher
    env["LAYERLAB_GC_FULL_SECONDS"] = str(gc_full_seconds())
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


def first_load_kib(base: str, compressed: bool = True) -> float:
    """The bytes of a new session's page and the assets it names, as they come over the wire: asking as
    a browser does (Accept-Encoding: gzip, deflate, br), or, with compressed=False, for plain bytes.
    (urllib does not decode a Content-Encoding: what it reads is what was sent.)"""
    asking = {"Accept-Encoding": "gzip, deflate, br"} if compressed else {}

    def fetch(path: str) -> bytes:
        return bytes(urllib.request.urlopen(urllib.request.Request(base + path, headers=asking)).read())

    token = new_session_sync(base)
    page = fetch(f"/s/{token}")
    total = len(page)
    for asset in re.findall(rb'(?:src|href)="(/static/[^"]+)"', page):
        total += len(fetch(asset.decode()))
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


# The course's mix, per learner: build, run, the app's form, look, stop, remove, volumes, lists.
# (The build is cached after the first; a learner's names are its own session's.)
MIX = [
    "docker build -q -t feedback-node .",
    "docker run -d -p 3000:80 --name web -v notes:/app/feedback feedback-node",
    "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' localhost:3000/create",
    "ls feedback",
    "docker ps",
    "docker stop web",
    "docker rm web",
    "docker volume ls",
    "docker volume rm notes",
    "docker images",
]


def waited_ms(pid: int) -> float:
    """How long the process's threads have waited for a core so far: runnable but not running (the
    scheduler's run-queue time, the second field of /proc/PID/task/TID/schedstat). 0 where the
    kernel keeps no such count."""
    total = 0
    for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(stat.read_text().split()[1])
    return total / 1e6


class Probe:
    """PostgreSQL's side of a run: the CPU its processes used (the postmaster and its children) and
    the statements it ran, counted in its statement log (log_statement = all): each is one round
    trip, a pool's liveness check, BEGIN and COMMIT included."""

    def __init__(self, data: Path, log: Path) -> None:
        self.data, self.log = data, log

    def sample(self) -> tuple[float, int, float]:
        master = int((self.data / "postmaster.pid").read_text().split()[0])
        pids = [master]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                    pids.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                pass
        cpu = waited = 0.0
        for pid in pids:
            with contextlib.suppress(OSError):
                cpu += cpu_ms(pid)
                waited += waited_ms(pid)
        with self.log.open("rb") as f:
            statements = sum(1 for line in f if b"LOG:  statement: " in line or b"LOG:  execute " in line)
        return cpu, statements, waited


def log_statements(url: str) -> None:
    """Have PostgreSQL log every statement (to count round trips), without the values bound to it:
    those are the commands' outputs and the frames sent along, about 30 MB of log a run that nothing
    reads (PostgreSQL's CPU per command: 0.82-0.96 ms in four runs leaving them out, 0.84 in a record with them)."""
    import psycopg

    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET log_statement = 'all'")
        conn.execute("ALTER SYSTEM SET log_parameter_max_length = 0")
        conn.execute("SELECT pg_reload_conf()")


# The no-op's rate: its p99 is the ratio's divisor, so it needs as many samples as the updates'. At 20
# a second a run took about 500 and its p99 was their fifth-highest: in two runs a minute apart, on
# the same code, 8.4 and 15.4 ms (tail_ratio 3.24 and 1.49). At 100 a second (about 2,000 samples,
# a thirtieth of a core of the server's) three runs in a row gave 9.2, 9.9 and 7.7 ms.
NOOPS_PER_SECOND = 100
MIN_NOOPS = 1000  # fewer in a measured load, and the no-op's p99 is not a figure to divide by


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile, never past the slowest sample (inclusive quantiles); 0 for no samples."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def kind(line: str, n: int) -> str:
    """A command's kind for the per-kind latencies: its first words (a learner's first build, which
    nothing is cached for yet, apart)."""
    words = line.split()
    name = " ".join(words[:3] if words[:2] == ["docker", "volume"] else words[:2])
    return f"{name} (first, uncached)" if n == 0 else name


TRACED: list[int] = []  # the loads traced so far (--trace)


class Versions:
    """When each version of each session was sent, and what each reader's stream has carried: a
    frame carrying version N delivers every version up to N that the reader had not seen (versions
    merged into one frame count too, at that frame's arrival)."""

    def __init__(self) -> None:
        self.sent: dict[str, dict[int, float]] = {}
        self.kinds: dict[tuple[str, int], str] = {}  # what each version's command was (see `kind`)
        self.by_kind: dict[str, list[float]] = {}  # latencies at the learner's own stream, per kind
        self.own: list[tuple[float, float]] = []  # (when sent, latency ms) at the learner's own stream

    def send(self, token: str, version: int, at: float, kind: str = "") -> None:
        self.sent.setdefault(token, {})[version] = at
        self.kinds[(token, version)] = kind

    def unsend(self, token: str, version: int) -> None:
        self.sent.get(token, {}).pop(version, None)
        self.kinds.pop((token, version), None)

    def arrived(self, token: str, seen: int, frame: int, now: float, own: bool = False) -> list[float]:
        """Latencies (ms) of the versions after `seen` up to `frame`; at the learner's own stream
        (`own`) each is also counted under its command's kind."""
        sent = self.sent.get(token, {})
        out = [(v, (now - sent[v]) * 1000) for v in range(seen + 1, frame + 1) if v in sent]
        if own:
            for v, ms in out:
                self.by_kind.setdefault(self.kinds.get((token, v), ""), []).append(ms)
                self.own.append((sent[v], ms))
        return [ms for _, ms in out]


async def load(bases: list[str], learners: int, watchers: int, seconds: float,
               pids: list[int], database: Probe | None = None, ramp: float = 10.0,
               spread: bool = False) -> dict[str, object]:
    """Learners type the course's mix, one command a second each, and each watches its own session
    (with two servers, it sends to one and watches on the other: no stickiness). Half the watchers
    are a class spread over the learners' sessions; the other half a room watching one instructor
    (learner 0). CPU and memory figures add up the servers; with two, each is also given apart
    (`server_cpu_ms_per_command_each`: the one taking the commands, then the one streaming them).

    A learner's first command is a build that nothing is cached for yet (npm install: tens of
    milliseconds of engine work), once per session: `server_cpu_ms_per_command_steady` leaves the
    seconds before every learner has had that answered out of the count, so the two can be told
    apart. `database` gives PostgreSQL's CPU and statements over the same steady window."""
    from benchmarks.wire import Connection, sse_ids

    post_base = bases[0]

    def posts(i: int) -> str:
        return bases[i % len(bases)] if spread else bases[0]

    def watches(i: int) -> str:  # (never where the learner sends: no stickiness)
        return bases[(i + 1) % len(bases)] if spread else bases[-1]

    tokens = [new_session_sync(post_base) for _ in range(learners)]
    # Each learner (and watcher) has its page open, and an open page tells its stream the version
    # it was drawn at, so nothing is sent twice.
    since = {token: int(drawn_at(post_base, token)) for token in tokens}
    versions = Versions()
    own: list[float] = []  # a learner's own stream
    room: list[float] = []  # the room watching the instructor
    seen_by_own: dict[str, int] = {}
    noop: list[float] = []
    pings: list[tuple[float, float]] = []  # (seconds into the run, latency ms), for --trace
    refused: list[int] = []
    trace: list[tuple[float, float, int]] = []  # (seconds into the run it was sent, latency ms, server), for --trace
    first_answered: list[int] = []
    steady: dict[str, object] = {}  # when every learner's first command was answered: time, CPU, database
    started = time.perf_counter()

    async def reader(i: int, token: str, into: list[float] | None, own_stream: bool) -> None:
        seen = since[token]
        with contextlib.suppress(OSError, asyncio.CancelledError):
            async for frame in sse_ids(watches(i), f"/s/{token}/events?since={since[token]}"):
                got = versions.arrived(token, seen, frame, time.perf_counter(), own_stream)
                seen = max(seen, frame)
                if own_stream:
                    seen_by_own[token] = seen
                if into is not None:
                    into.extend(got)

    class_size, room_size = watchers - watchers // 2, watchers // 2
    rss_before = sum(rss_kib(pid) for pid in pids)
    idle = [asyncio.create_task(reader(i, tokens[i % learners], None, False)) for i in range(class_size)]
    # a few of the room measure what the room sees; the rest only cost what a room costs
    idle += [asyncio.create_task(reader(i, tokens[0], room if i < 20 else None, False)) for i in range(room_size)]
    await asyncio.sleep(3 + watchers / 400)
    rss_after = sum(rss_kib(pid) for pid in pids)
    subs = [asyncio.create_task(reader(i, token, own, True)) for i, token in enumerate(tokens)]
    await asyncio.sleep(2)  # a stream that starts at its page's version sends nothing until a change

    async def learner(i: int, token: str) -> None:
        conn = Connection(posts(i))
        pace = random.Random(i)  # each learner its own pace, the same in every run
        await asyncio.sleep(pace.uniform(0, ramp))  # joining over the ramp
        version = since[token]
        end = time.perf_counter() + seconds
        n = 0
        due = time.perf_counter()
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            version += 1
            versions.send(token, version, t0, kind(MIX[n % len(MIX)], n))
            status, _ = await conn.request("POST", f"/s/{token}/run", {"line": MIX[n % len(MIX)]},
                                           {"HX-Request": "true"})
            n += 1
            if n == 1:
                first_answered.append(i)
                if len(first_answered) == learners:
                    steady.update(at=time.perf_counter(), cpu=[cpu_ms(pid) for pid in pids],
                                  waited=sum(waited_ms(pid) for pid in pids),
                                  db=database.sample() if database else None)
            if status != 200:
                refused.append(status)
                versions.unsend(token, version)
                version -= 1
            trace.append((round(t0 - started, 3), round((time.perf_counter() - t0) * 1000, 1), bases.index(posts(i))))
            due += pace.uniform(0.5, 1.5)  # a command a second on average, never on a beat
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        conn.close()

    async def pinger() -> None:
        conn = Connection(post_base)
        pace = random.Random(-1)
        end = time.perf_counter() + ramp + seconds
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            await conn.request("GET", "/livez")
            noop.append((time.perf_counter() - t0) * 1000)
            pings.append((round(t0 - started, 3), round(noop[-1], 1)))
            # at random moments (NOOPS_PER_SECOND on average): a fixed pause after each answer fell
            # into step with the load and sampled only the quiet gaps after its bursts
            await asyncio.sleep(pace.expovariate(NOOPS_PER_SECOND))
        conn.close()

    lag: list[float] = []

    async def watch_own_loop() -> None:
        # The load runs in this one process: a frame that reached its socket waits here for this
        # process's loop too, and both latencies carry that wait. Measured as how late a 5 ms sleep
        # wakes, so a reader can tell the harness's share of a tail from the servers'.
        end = time.perf_counter() + ramp + seconds
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            await asyncio.sleep(0.005)
            lag.append((time.perf_counter() - t0 - 0.005) * 1000)

    cpu_before = sum(cpu_ms(pid) for pid in pids)
    own_cpu, own_wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(learner(i, t) for i, t in enumerate(tokens)), pinger(), watch_own_loop())
    cpu_after = [cpu_ms(pid) for pid in pids]
    waited_after = sum(waited_ms(pid) for pid in pids)
    # (the cores the load generator itself took meanwhile: on this machine it shares them with the servers)
    own_cores = (time.process_time() - own_cpu) / (time.perf_counter() - own_wall)
    db_after = database.sample() if database else None
    cpu_used = sum(cpu_after) - cpu_before
    await asyncio.sleep(2.0)  # the last frames arrive
    for task in [*idle, *subs]:
        task.cancel()
    await asyncio.gather(*idle, *subs, return_exceptions=True)
    if "--trace" in sys.argv:
        # (one file per load in the run: FILE for the first, FILE.2 for the next (at rest, or with --scale
        # the spread run), and so on)
        frames = sorted((round(at - started, 3), round(ms, 1)) for at, ms in versions.own)
        TRACED.append(1)
        path = sys.argv[sys.argv.index("--trace") + 1] + (f".{len(TRACED)}" if len(TRACED) > 1 else "")
        Path(path).write_text(json.dumps({"answers": sorted(trace), "frames": frames, "noop": pings}))
    commands = sum(len(v) for v in versions.sent.values())
    at = float(steady.get("at", float("inf")))  # type: ignore[arg-type]
    steady_commands = sum(1 for sent in versions.sent.values() for t in sent.values() if t >= at)
    each = [round((after - before) / max(steady_commands, 1), 2)
            for before, after in zip(steady.get("cpu", []), cpu_after, strict=False)]  # type: ignore[call-overload]
    # (None when some learner's first command was still unanswered at the end: no steady window)
    extra: dict[str, object] = {"server_cpu_ms_per_command_steady": round(sum(each), 2) if steady_commands else None,
                                "steady_commands": steady_commands}
    if len(pids) > 1:
        extra["server_cpu_ms_per_command_each"] = each
    if steady_commands and "waited" in steady:
        extra["server_core_wait_ms_per_command"] = round((waited_after - float(steady["waited"])) / steady_commands, 2)  # type: ignore[arg-type]
    if database is not None and steady.get("db") is not None and db_after is not None:
        (cpu0, statements0, waited0), (cpu1, statements1, waited1) = steady["db"], db_after  # type: ignore[misc]
        extra["pg_cpu_ms_per_command"] = round((cpu1 - cpu0) / max(steady_commands, 1), 2)
        extra["pg_core_wait_ms_per_command"] = round((waited1 - waited0) / max(steady_commands, 1), 2)
        extra["pg_round_trips_per_command"] = round((statements1 - statements0) / max(steady_commands, 1), 2)
    lost = sum(1 for token, sent in versions.sent.items() for v in sent if v > seen_by_own.get(token, since[token]))
    p50, p99 = statistics.median(own) if own else 0.0, percentile(own, 99)
    n50, n99 = (statistics.median(noop) if noop else 0.0), percentile(noop, 99)
    return {"update_latency_ms_p50": round(p50, 1), "update_latency_ms_p99": round(p99, 1),
            "room_latency_ms_p50": round(statistics.median(room) if room else 0.0, 1),
            "room_latency_ms_p99": round(percentile(room, 99), 1),
            "commands_sent": commands, "updates_measured": len(own),
            "update_latency_by_kind": {k: {"n": len(v), "p50": round(statistics.median(v), 1), "p99": round(percentile(v, 99), 1),
                                           "max": round(max(v), 1)} for k, v in sorted(versions.by_kind.items())}, "updates_lost": lost, "refused": len(refused),
            "noop_roundtrip_ms_p50": round(n50, 1), "noop_roundtrip_ms_p99": round(n99, 1),
            "noop_samples": len(noop), "client_lag_ms_p50": round(statistics.median(lag), 1) if lag else None,
            "client_lag_ms_p99": round(percentile(lag, 99), 1), "client_cores": round(own_cores, 2),
            "server_cpu_ms_per_command": round(cpu_used / max(commands, 1), 2),
            "overhead_ratio": round(p50 / n50, 2) if n50 else 0.0,
            "tail_ratio": round(p99 / n99, 2) if n99 else 0.0,
            "idle_stream_kib": round((rss_after - rss_before) / max(watchers, 1), 1),
            "watchers_class": class_size, "watchers_room": room_size, "command_mix": MIX, **extra}


# (with --scale: these come from the run with the commands spread over both processes; the run with
# one process taking every command keeps its own as one_taking_*)
SPREAD_KEYS = ("update_latency_ms_p50", "update_latency_ms_p99", "update_latency_by_kind", "room_latency_ms_p50", "room_latency_ms_p99",
               "noop_roundtrip_ms_p50", "noop_roundtrip_ms_p99", "noop_samples", "overhead_ratio", "tail_ratio", "commands_sent",
               "updates_measured", "updates_lost", "refused", "server_cpu_ms_per_command",
               "server_core_wait_ms_per_command", "pg_core_wait_ms_per_command")
TARGETS = {  # key: (the most it may be, or None for the least), as the README's table says
    "engine_command_us_p50": 300, "session_open_1000_ms": 150, "overhead_ratio": 3, "tail_ratio": 3,
    "idle_stream_kib": 64, "first_load_kib": 150,
    "scale_cpu_ratio": 1.3, "scale_cpu_ratio_both": 2, "pg_round_trips_per_command": 6,
}


def failures(report: dict[str, object]) -> list[str]:
    """Why this run does not count: a target missed, an update lost or refused, too few samples."""
    out = [f"{key} = {report[key]} > {most}" for key, most in TARGETS.items()
           if report.get(key) is not None and float(report[key]) > most]  # type: ignore[arg-type]
    for prefix in ("", "one_taking_"):
        if report.get(f"{prefix}updates_lost") or report.get(f"{prefix}refused"):
            out.append(f"{'with one process taking every command: ' if prefix else ''}"
                       f"{report[f'{prefix}updates_lost']} updates lost, {report[f'{prefix}refused']} commands refused")
    if report.get("server_cpu_ms_per_command_steady", 0) is None:
        out.append("some learner's first command was not answered before the end: no steady window")
    if int(report.get("noop_samples") or 0) < MIN_NOOPS:  # type: ignore[call-overload]
        out.append(f"only {report['noop_samples']} no-op round trips sampled (at least {MIN_NOOPS})")
    if int(report.get("updates_measured", 0)) < 0.9 * int(report.get("commands_sent", 0)) or \
            not report.get("updates_measured"):  # type: ignore[call-overload]
        out.append(f"only {report.get('updates_measured')} of {report.get('commands_sent')} updates measured")
    return out


AT_REST = 5  # learners typing (a command a second each) while the ratio's floor is measured


def at_rest(base: str, pid: int, loaded_p50: float) -> dict[str, object]:
    """The update and no-op round trips with the server at rest (a few learners, no watchers), from
    the same process: even there a command costs several times what a no-op costs (its engine run,
    write and render, against answering "ok"), so overhead_ratio cannot fall below this floor
    however light the load; load_factor is how much the full load adds to the update p50."""
    rest = asyncio.run(load([base], AT_REST, 0, 10, [pid], ramp=1))
    p50 = float(rest["update_latency_ms_p50"])  # type: ignore[arg-type]
    return {"at_rest_update_latency_ms_p50": rest["update_latency_ms_p50"],
            "at_rest_noop_roundtrip_ms_p50": rest["noop_roundtrip_ms_p50"],
            "at_rest_overhead_ratio": rest["overhead_ratio"],
            "load_factor": round(loaded_p50 / p50, 2) if p50 else None}


def main() -> int:
    learners, watchers, seconds = arg("--learners", 200), arg("--watchers", 1000), arg("--seconds", 15)
    ramp = arg("--ramp", 10)
    started, load_before = time.time(), os.getloadavg()[0]  # others' work on the machine shows here
    times = measure_commands(rounds=10)
    # session_open: the latest snapshot plus the commands after it (engine.py's engine_replay_1000_ms
    # is the full replay without snapshots)
    report: dict[str, object] = {"engine_command_us_p50": round(statistics.median(times), 1),
                                 "engine_command_us_mean": round(statistics.fmean(times), 1),
                                 "engine_command_us_p99": round(percentile(times, 99), 1),
                                 "engine_command_us_max": round(max(times), 1),
                                 "session_open_1000_ms": round(measure_open(), 1)}
    with tempfile.TemporaryDirectory() as tmp:
        if "--scale" in sys.argv:
            from tests.pgserver import PgServer

            pg = PgServer()
            url = pg.start()
            log_statements(url)
            (pa, base_a), (pb, base_b) = start_server(url), start_server(url)
            try:
                report.update(asyncio.run(load([base_a, base_b], learners, watchers, seconds, [pa.pid, pb.pid],
                                               Probe(pg.dir / "data", pg.dir / "log"), ramp)))
                # That run measures what taking and what streaming a command cost, with one process
                # taking every command. Two processes holding a class are measured with the load
                # spread as a balancer spreads it: each takes half the learners' commands, and every
                # learner watches on the other process (still no stickiness).
                spread = asyncio.run(load([base_a, base_b], learners, watchers, seconds, [pa.pid, pb.pid],
                                          Probe(pg.dir / "data", pg.dir / "log"), ramp=ramp, spread=True))
                for key in SPREAD_KEYS:
                    report[f"one_taking_{key}"] = report[key]
                    report[key] = spread[key]
                report["first_load_kib"] = round(first_load_kib(base_a), 1)
                report["first_load_kib_uncompressed"] = round(first_load_kib(base_a, compressed=False), 1)
                report["mode"] = "two processes on PostgreSQL"
            finally:
                for p in (pa, pb):
                    p.terminate()
                    p.wait()
                pg.stop()
            # what one process on SQLite spends per command, from a recorded run or measured now
            if "--baseline" in sys.argv:
                recorded = [json.loads(Path(name).read_text())
                            for name in sys.argv[sys.argv.index("--baseline") + 1].split(",")]
                steady = [float(r["server_cpu_ms_per_command_steady"]) for r in recorded
                          if r.get("server_cpu_ms_per_command_steady")]
                alone = {"server_cpu_ms_per_command_steady": round(statistics.median(steady), 2) if steady else None}
            else:
                proc, base = start_server(f"sqlite:///{tmp}/alone.db")
                try:
                    alone = asyncio.run(load([base], learners, watchers, seconds, [proc.pid], ramp=ramp))
                finally:
                    proc.terminate()
                    proc.wait()
            # (a ratio of steady figures: none when either run had no steady window)
            one = alone.get("server_cpu_ms_per_command_steady")
            each = report["server_cpu_ms_per_command_each"] if report.get("server_cpu_ms_per_command_steady") else None
            report["one_process_cpu_ms_per_command_steady"] = one
            report["scale_cpu_ratio"] = round(each[0] / one, 2) if one and each else None  # type: ignore[index, operator]
            report["scale_cpu_ratio_both"] = round(sum(each) / one, 2) if one and each else None  # type: ignore[arg-type, operator]
        else:
            proc, base = start_server(f"sqlite:///{tmp}/bench.db")
            try:
                report.update(asyncio.run(load([base], learners, watchers, seconds, [proc.pid], ramp=ramp)))
                report.update(at_rest(base, proc.pid, float(report["update_latency_ms_p50"])))  # type: ignore[arg-type]
                report["first_load_kib"] = round(first_load_kib(base), 1)
                report["first_load_kib_uncompressed"] = round(first_load_kib(base, compressed=False), 1)
                report["mode"] = "one process on SQLite"
            finally:
                proc.terminate()
                proc.wait()
    report.update(learners=learners, watchers=watchers, seconds=seconds, ramp_seconds=ramp,
                  recorded_at=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
                  load_average_before=round(load_before, 2), cores=os.cpu_count(), gc_full_seconds=gc_full_seconds())
    report["failures"] = failures(report)
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
