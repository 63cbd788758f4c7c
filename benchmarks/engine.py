"""Engine speed over the course's command mix, per kind of command, cold and warm.

Prints one JSON object:
  engine_command_us_p50 / _mean / _p99 / _max   time per apply() over the course mix, warm (the
      rounds after the first; target p50 <= 300 us)
  engine_command_cold_us_p50 / _mean / _p99 / _max   the same for the first round in this process,
      when nothing the engine keeps (parsed Dockerfiles, layer trees ...) is at hand yet
  per_kind    for each kind of command ("docker build", "curl", "ls" ...): cold and warm p50, mean,
      p99 and max (us) and how many samples
  engine_replay_1000_ms   replaying a 1,000-command session from the initial world, no snapshot
  session_open_1000_ms    opening that session from the database with a new Store (no world or log
      of it held; the process's other caches are warm): the latest snapshot (one every 50 commands)
      plus the commands after it (target <= 150 ms). The best of 5.

Run: .venv/bin/python benchmarks/engine.py [--json] [--rounds N]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import apply, initial_world

# One learner's path through the lesson: build, run, post, inspect, stop/start/rm, volumes, binds.
COURSE = [
    "ls", "cat Dockerfile", "docker images", "docker build -t feedback-node .",
    "docker run -d -p 3000:80 --name feedback-app feedback-node", "docker ps",
    "curl -s -X POST -d title=Awesome -d text=Docker%20is%20great localhost:3000/create",
    "curl -s localhost:3000/feedback/awesome.txt", "docker exec feedback-app ls /app/feedback",
    "ls feedback", "docker diff feedback-app", "docker stop feedback-app", "docker ps -a",
    "docker start feedback-app", "docker logs feedback-app", "docker rm -f feedback-app",
    "sed -i 's/fs.rename(/fs.copyFile(/' server.js", "docker build -t feedback-node:volumes .",
    "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes",
    "curl -s -X POST -d title=persist -d text=kept localhost:3000/create", "docker volume ls",
    "docker volume inspect feedback", "sudo ls /var/lib/docker/volumes/feedback/_data",
    "docker stop feedback-app", "docker volume ls",
    'docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" '
    "-v /app/node_modules -v /app/temp feedback-node:volumes",
    "curl -s -X POST -d title=ro -d text=works localhost:3000/create", "docker inspect feedback-app",
    "docker system df", "docker rm -f feedback-app", "docker volume prune -f", "docker history feedback-node",
]


def course_session(n: int) -> list[str]:
    lines: list[str] = []
    while len(lines) < n:
        lines.extend(COURSE)
    return lines[:n]


def kind_of(line: str) -> str:
    """A command's kind: its first word, and a docker command's subcommand (and object's verb)."""
    words = line.split()
    if words[0] == "sudo":
        words = words[1:]
    if words[0] != "docker":
        return words[0]
    return " ".join(words[:3] if len(words) > 2 and words[1] in ("volume", "image", "container") else words[:2])


def measure_kinds(rounds: int = 20) -> list[list[tuple[str, float]]]:
    """(kind, us) for each command of the course, round after round (the first round is cold)."""
    out = []
    for _ in range(rounds):
        world = initial_world(0)
        times = []
        for line in COURSE:
            t0 = time.perf_counter()
            result = apply(world, line)
            times.append((kind_of(line), (time.perf_counter() - t0) * 1e6))
            world = result.world
        out.append(times)
    return out


def measure_commands(rounds: int = 20) -> list[float]:
    """Warm times (us) per command: the rounds after the first."""
    return [us for times in measure_kinds(rounds)[1:] for _, us in times]


def summary(values: list[float]) -> dict[str, float]:
    """p50, mean, p99 and max (inclusive quantiles: never past the slowest sample), and the count."""
    p99 = statistics.quantiles(values, n=100, method="inclusive")[98] if len(values) > 1 else values[0]
    return {"p50": round(statistics.median(values), 1), "mean": round(statistics.fmean(values), 1),
            "p99": round(p99, 1), "max": round(max(values), 1), "n": len(values)}


def measure_replay(n: int = 1000, rounds: int = 5) -> float:
    lines = course_session(n)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        world = initial_world(0)
        for line in lines:
            world = apply(world, line).world
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def measure_open(n: int = 1000, rounds: int = 5) -> float:
    import tempfile

    from app.store.sessions import Store

    lines = course_session(n)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        store = Store(url, snapshot_every=50)
        session = store.create_session(seed=0)
        for line in lines[:-7]:  # end between two snapshots, so the tail is replayed too
            store.run_command(session.id or 0, line)
        best = float("inf")
        for _ in range(rounds):
            fresh = Store(url, snapshot_every=50)
            row = fresh.get(session.id or 0)
            t0 = time.perf_counter()
            fresh.current_world(row)
            best = min(best, time.perf_counter() - t0)
            fresh.engine.dispose()
        store.engine.dispose()
    return best * 1000


def main() -> None:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 20
    measured = measure_kinds(rounds)
    cold, warm = measured[0], [t for times in measured[1:] for t in times]
    report: dict[str, object] = {}
    for name, times in (("engine_command", warm), ("engine_command_cold", cold)):
        for stat, value in summary([us for _, us in times]).items():
            if stat != "n":
                report[f"{name}_us_{stat}"] = value
    kinds: dict[str, dict[str, dict[str, float]]] = {}
    for kind in dict.fromkeys(kind_of(line) for line in COURSE):
        kinds[kind] = {"cold": summary([us for k, us in cold if k == kind]),
                       "warm": summary([us for k, us in warm if k == kind])}
    report.update(per_kind=kinds, engine_replay_1000_ms=round(measure_replay(), 1),
                  session_open_1000_ms=round(measure_open(), 1), commands_in_mix=len(COURSE), rounds=rounds)
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
