"""The benchmarks' own arithmetic: what fails a run, and the README table written from recorded runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import table
from benchmarks.engine import kind_of
from benchmarks.run import failures

GOOD = {"overhead_ratio": 2.0, "tail_ratio": 2.5, "updates_lost": 0, "refused": 0, "updates_measured": 100,
        "commands_sent": 100, "server_cpu_ms_per_command_steady": 3.0, "noop_samples": 2000}


def test_a_run_that_meets_its_targets_does_not_fail() -> None:
    assert failures(GOOD) == []
    assert failures(GOOD | {"scale_cpu_ratio": 1.2, "scale_cpu_ratio_both": 1.9, "pg_round_trips_per_command": 6}) == []


@pytest.mark.parametrize("change", [{"tail_ratio": 3.1}, {"refused": 1}, {"updates_lost": 2}, {"updates_measured": 0},
                                    {"server_cpu_ms_per_command_steady": None}, {"scale_cpu_ratio": 1.31},
                                    {"scale_cpu_ratio_both": 2.5}, {"pg_round_trips_per_command": 6.5},
                                    {"noop_samples": 500}, {"noop_samples": None}])
def test_a_run_fails_for_each_target_missed(change: dict[str, object]) -> None:
    assert failures(GOOD | change)


def test_command_kinds() -> None:
    assert kind_of("docker build -t x .") == "docker build"
    assert kind_of("docker volume ls") == "docker volume ls"
    assert kind_of("sudo ls /var") == "ls"
    assert kind_of("curl -s localhost:3000") == "curl"


def test_the_table_shows_each_figure_as_the_range_over_the_recorded_runs(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    results = tmp_path / "results"
    results.mkdir()
    for i, ratio in enumerate((1.5, 2.25, 2.0), 1):
        (results / f"one-process-{i}.json").write_text(json.dumps(
            GOOD | {"overhead_ratio": ratio, "first_load_kib": 41.5, "first_load_kib_uncompressed": 146.3,
                    "learners": 200, "watchers": 1000, "seconds": 15, "cores": 2,
                    "recorded_at": f"2026-12-03 1{i}:00 UTC", "load_average_before": 0.5, "failures": []}))
    (results / "scale.json").write_text("")  # a run that did not finish
    readme = tmp_path / "README.md"
    readme.write_text(f"before\n{table.START}\nold table\n{table.END}\nafter\n")
    monkeypatch.setattr(table, "RESULTS", results)
    monkeypatch.setattr(table, "README", readme)
    assert table.main() == 0
    text = readme.read_text()
    assert "old table" not in text and text.startswith("before\n") and text.endswith("after\n")
    assert "| overhead_ratio: update p50 ÷ no-op p50 | `benchmarks/run.py` | 1.5–2.25 | ≤ 3 in each run |" in text
    assert ("| bytes to load a session page with its assets: on the wire (uncompressed) | `benchmarks/run.py` | "
            "41.5 KiB (146 KiB) | ≤ 150 KiB |") in text
    assert "3 runs in a row" in text and "2026-12-03 11:00 UTC to 2026-12-03 13:00 UTC" in text
    assert "| … tail_ratio (overhead_ratio) | `benchmarks/run.py` --scale | — (—) | ≤ 3 (≤ 3) |" in text  # no finished scale run


def test_the_table_shows_the_run_with_full_collections_when_there_is_one(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    results = tmp_path / "results"
    results.mkdir()
    (results / "one-process-1.json").write_text(json.dumps(GOOD | {"gc_full_seconds": 300.0}))
    monkeypatch.setattr(table, "RESULTS", results)
    assert not any("full garbage collection" in row[0] for row in table.rows())
    (results / "gc-full.json").write_text(json.dumps(GOOD | {"gc_full_seconds": 5.0, "update_latency_ms_p99": 41.5,
                                                               "noop_roundtrip_ms_p99": 9.0, "tail_ratio": 4.61}))
    row = next(row for row in table.rows() if "full garbage collection" in row[0])
    assert "every 5 s (every 300 s above" in row[0]
    assert row[2] == "41.5 ms, 9 ms, 4.61"
