"""Engine speed over the course's command mix.

Prints one JSON object:
  engine_command_us_p50 / _p90 / _max: time per apply() over the course mix (target p50 <= 300 us)
  engine_replay_1000_ms: replaying a 1,000-command session from the initial world, no snapshot
  session_open_1000_ms: opening that session from the database in a fresh process state: the latest
    snapshot (one every 50 commands) plus the commands after it (target <= 150 ms)

Run: .venv/bin/python benchmarks/engine.py [--json]
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


def measure_commands(rounds: int = 20) -> list[float]:
    times: list[float] = []
    for _ in range(rounds):
        world = initial_world(0)
        for line in COURSE:
            t0 = time.perf_counter()
            result = apply(world, line)
            times.append((time.perf_counter() - t0) * 1e6)
            world = result.world
    return times


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
    times = measure_commands()
    qs = statistics.quantiles(times, n=10, method="inclusive")
    report = {
        "engine_command_us_p50": round(statistics.median(times), 1),
        "engine_command_us_p90": round(qs[8], 1),
        "engine_command_us_max": round(max(times), 1),
        "engine_replay_1000_ms": round(measure_replay(), 1),
        "session_open_1000_ms": round(measure_open(), 1),
        "commands_in_mix": len(COURSE),
    }
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
