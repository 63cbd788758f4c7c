"""Write README's performance table from the recorded runs in benchmarks/results/ (see record.sh).

Each row names the file and key it comes from; a figure over several runs in a row is shown as its
range. The table goes between the markers START and END in README.md; `--print` only prints it.

Run: .venv/bin/python benchmarks/table.py [--print]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
README = ROOT / "README.md"
START, END = "<!-- performance table: benchmarks/table.py writes it -->", "<!-- end of performance table -->"

Report = dict[str, object]


def load(pattern: str) -> list[Report]:
    """The recorded runs matching pattern (a file a run did not finish writing is left out)."""
    out = []
    for path in sorted(RESULTS.glob(pattern)):
        try:
            out.append(json.loads(path.read_text()))
        except ValueError:
            print(f"{path.name}: not a finished run, left out", file=sys.stderr)
    return out


def number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else \
        f"{value:.0f}"


def span(runs: list[Report], key: str | Callable[[Report], float], unit: str = "") -> str:
    """The key's value in each run: one figure, or the range over the runs ("—" when none has it)."""
    get = key if callable(key) else (lambda r: float(r[key]))  # type: ignore[arg-type, index]
    values = []
    for run in runs:
        try:
            values.append(get(run))
        except (KeyError, TypeError, ValueError):
            continue
    if not values:
        return "—"
    low, high = min(values), max(values)
    text = number(low) if low == high else f"{number(low)}–{number(high)}"
    return f"{text}{unit}"


def pair(runs: list[Report], a: str, b: str, unit: str = "") -> str:
    return f"{span(runs, a)} / {span(runs, b)}{unit}"


def rows() -> list[tuple[str, str, str, str]]:
    """(what, where it comes from, measured, target)."""
    engine, alone, scale, web = load("engine.json"), load("one-process-*.json"), load("scale.json"), load("web-latency.json")
    n = f"{len(alone)} runs in a row" if len(alone) > 1 else "one run"
    out = [
        ("engine time per command, course mix, warm (p50 / mean / p99)", "engine.py",
         f"{pair(engine, 'engine_command_us_p50', 'engine_command_us_mean')} / {span(engine, 'engine_command_us_p99')} µs",
         "p50 ≤ 300 µs"),
        ("the same, cold: first round in the process (p50 / mean / p99)", "engine.py",
         f"{pair(engine, 'engine_command_cold_us_p50', 'engine_command_cold_us_mean')} / "
         f"{span(engine, 'engine_command_cold_us_p99')} µs", "—"),
        ("an uncached `docker build` of the course (warm p50 / max)", "engine.py",
         f"{span(engine, lambda r: r['per_kind']['docker build']['warm']['p50'] / 1000)} / "  # type: ignore[index]
         f"{span(engine, lambda r: r['per_kind']['docker build']['warm']['max'] / 1000)} ms", "—"),  # type: ignore[index]
        ("opening a 1,000-command session (latest snapshot + the commands after it)", "engine.py",
         span(engine, "session_open_1000_ms", " ms"), "≤ 150 ms"),
        ("replaying 1,000 commands without a snapshot", "engine.py", span(engine, "engine_replay_1000_ms", " ms"), "—"),
        (f"update latency, own stream (p50 / p99); {n}", "run.py",
         pair(alone, "update_latency_ms_p50", "update_latency_ms_p99", " ms"), "—"),
        ("no-op `GET /livez` round trip in the same runs (p50 / p99)", "run.py",
         pair(alone, "noop_roundtrip_ms_p50", "noop_roundtrip_ms_p99", " ms"), "—"),
        ("overhead_ratio: update p50 ÷ no-op p50", "run.py", span(alone, "overhead_ratio"), "≤ 3 in each run"),
        ("tail_ratio: update p99 ÷ no-op p99", "run.py", span(alone, "tail_ratio"), "≤ 3 in each run"),
        *full_passes(alone, load("gc-full.json")),
        ("the same server at rest (5 learners, no watchers): update / no-op p50, overhead_ratio", "run.py",
         f"{pair(alone, 'at_rest_update_latency_ms_p50', 'at_rest_noop_roundtrip_ms_p50', ' ms')}, "
         f"{span(alone, 'at_rest_overhead_ratio')}", "—"),
        ("load_factor: update p50 under the load ÷ at rest", "run.py", span(alone, "load_factor"), "—"),
        ("a room of watchers on one instructor (p50 / p99)", "run.py",
         pair(alone, "room_latency_ms_p50", "room_latency_ms_p99", " ms"), "—"),
        ("the load generator's own delay in the same runs: a 5 ms sleep's lateness (p50 / p99)", "run.py",
         pair(alone, "client_lag_ms_p50", "client_lag_ms_p99", " ms"), "—"),
        ("commands sent per second (learners × 1/s when the server keeps up)", "run.py",
         span(alone, lambda r: float(r["commands_sent"]) / float(r["seconds"])), "—"),  # type: ignore[arg-type]
        ("updates lost / commands refused", "run.py", pair(alone, "updates_lost", "refused"), "0 / 0"),
        ("server CPU per command: whole run / after every learner's first (uncached) build", "run.py",
         pair(alone, "server_cpu_ms_per_command", "server_cpu_ms_per_command_steady", " ms"), "—"),
        ("the server's threads waiting for a core, per command (runnable, not running)", "run.py",
         span(alone, "server_core_wait_ms_per_command", " ms"), "—"),
        ("server memory per idle SSE watcher", "run.py", span(alone, "idle_stream_kib", " KiB"), "≤ 64 KiB"),
        ("bytes to load a session page with its assets: on the wire (uncompressed)", "run.py",
         f"{span(alone, 'first_load_kib', ' KiB')} ({span(alone, 'first_load_kib_uncompressed', ' KiB')})", "≤ 150 KiB"),
        ("two processes on PostgreSQL, the commands spread over both: update latency (p50 / p99)",
         "run.py --scale", pair(scale, "update_latency_ms_p50", "update_latency_ms_p99", " ms"), "—"),
        ("… no-op round trip (p50 / p99)", "run.py --scale",
         pair(scale, "noop_roundtrip_ms_p50", "noop_roundtrip_ms_p99", " ms"), "—"),
        ("… tail_ratio (overhead_ratio)", "run.py --scale",
         f"{span(scale, 'tail_ratio')} ({span(scale, 'overhead_ratio')})", "≤ 3 (≤ 3)"),
        ("… the load generator's own delay (p50 / p99)", "run.py --scale",
         pair(scale, "client_lag_ms_p50", "client_lag_ms_p99", " ms"), "—"),
        ("… one process taking every command: update latency (p50 / p99), tail_ratio", "run.py --scale",
         f"{pair(scale, 'one_taking_update_latency_ms_p50', 'one_taking_update_latency_ms_p99', ' ms')}, "
         f"{span(scale, 'one_taking_tail_ratio')}", "—"),
        ("… CPU per command: the process taking it / the one streaming it", "run.py --scale",
         f"{span(scale, lambda r: r['server_cpu_ms_per_command_each'][0])} / "  # type: ignore[index]
         f"{span(scale, lambda r: r['server_cpu_ms_per_command_each'][1])} ms", "—"),  # type: ignore[index]
        ("… scale_cpu_ratio: taking ÷ one process on SQLite (both processes ÷ one)", "run.py --scale",
         f"{span(scale, 'scale_cpu_ratio')} ({span(scale, 'scale_cpu_ratio_both')})", "≤ 1.3 (≤ 2)"),
        ("… waiting for a core per command, the commands spread: both processes / PostgreSQL", "run.py --scale",
         f"{span(scale, 'server_core_wait_ms_per_command')} / {span(scale, 'pg_core_wait_ms_per_command', ' ms')}", "—"),
        ("… PostgreSQL: round trips per command / its CPU per command", "run.py --scale",
         f"{span(scale, 'pg_round_trips_per_command')} / {span(scale, 'pg_cpu_ms_per_command', ' ms')}", "≤ 6 / —"),
        ("Enter → the entry in the typing tab, Chromium (p50 / p99), builds included", "web_latency.py",
         pair(web, "web_enter_to_fragment_ms_p50", "web_enter_to_fragment_ms_p99", " ms"), "p99 ≤ 100 ms"),
        ("Enter → the entry in a watching tab, by the live stream (p50 / p99)", "web_latency.py",
         pair(web, "web_watcher_ms_p50", "web_watcher_ms_p99", " ms"), "—"),
        ("commands whose entry never showed (typing / watching tab)", "web_latency.py",
         pair(web, "timed_out", "watcher_timed_out"), "0 / 0"),
        ("first page served after starting the server", "web_latency.py", span(web, "first_page_s", " s"), "≤ 2 s"),
    ]
    lessons = load("lessons.json")
    if lessons:  # (recorded since the eleventh round)
        out.append(("server CPU per line typed: each lesson's solution in its lesson / the same lines in a Sandbox",
                    "lessons.py", f"{span(lessons, 'lesson_cpu_ms_per_line')} / "
                    f"{span(lessons, 'sandbox_cpu_ms_per_line', ' ms')} ({span(lessons, 'lesson_overhead_ratio')}×)", "—"))
    return out


def full_passes(alone: list[Report], full: list[Report]) -> list[tuple[str, str, str, str]]:
    """A run with the garbage collector's full passes every few seconds (recorded since the twelfth round)."""
    if not full or not alone:
        return []
    every = f"{number(float(full[0]['gc_full_seconds']))} s"  # type: ignore[arg-type]
    usual = f"{number(float(alone[0].get('gc_full_seconds', 300)))} s"  # type: ignore[arg-type]
    return [(f"the same load with a full garbage collection every {every} (every {usual} above, so none in a run): "
             "update p99, no-op p99, tail_ratio", "run.py --gc-full",
             f"{span(full, 'update_latency_ms_p99', ' ms')}, {span(full, 'noop_roundtrip_ms_p99', ' ms')}, "
             f"{span(full, 'tail_ratio')}", "—")]


def conditions() -> str:
    """When and in what conditions the runs were recorded, and what they missed."""
    runs = [*load("one-process-*.json"), *load("scale.json")]
    if not runs:
        return ""
    first = runs[0]
    when = sorted({str(r.get("recorded_at", "?")) for r in runs})
    loads = ", ".join(number(float(r.get("load_average_before", 0))) for r in runs)  # type: ignore[arg-type]
    missed = sorted({f for r in runs for f in r.get("failures", [])})  # type: ignore[attr-defined]
    text = (f"Recorded {when[0]}{' to ' + when[-1] if len(when) > 1 else ''} on {first.get('cores')} cores, "
            f"{first.get('learners')} learners "
            f"{'joining at random moments over ' + str(first.get('ramp_seconds')) + ' s, then ' if first.get('ramp_seconds') else ''}"
            f"typing the course's mix at a pace of their own (a command every 0.5–1.5 s) and "
            f"{first.get('watchers')} watchers, {first.get('seconds')} s per run; the load average before "
            f"each run (others' work on the machine): {loads}.")
    if missed:
        text += " Missed in these runs: " + "; ".join(missed) + "."
    return text


def table() -> str:
    lines = ["| what | from | measured | target |", "| --- | --- | --- | --- |"]
    lines += [f"| {what} | `benchmarks/{source.split()[0]}`{' ' + ' '.join(source.split()[1:]) if ' ' in source else ''} "
              f"| {measured} | {target} |" for what, source, measured, target in rows()]
    return "\n".join(lines) + "\n\n" + conditions() + "\n"


def main() -> int:
    text = table()
    if "--print" in sys.argv:
        print(text)
        return 0
    readme = README.read_text()
    if START not in readme or END not in readme:
        print(f"README.md has no markers {START!r} ... {END!r}", file=sys.stderr)
        return 1
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{text}{END}{tail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
