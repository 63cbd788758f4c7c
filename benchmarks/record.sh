#!/bin/sh
# Record the runs README's performance table is made from (benchmarks/results/*.json), then write
# the table into README.md (benchmarks/table.py). Run on a quiet machine, from the checkout:
#   benchmarks/record.sh              (about ten minutes; SECONDS_PER_RUN=15 by default)
# A run that misses a target still records its JSON (with the reasons in `failures`).
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
SECS=${SECONDS_PER_RUN:-15}
OUT=benchmarks/results
mkdir -p "$OUT"
"$PY" benchmarks/engine.py --json > "$OUT/engine.json"
for i in 1 2 3; do  # three runs in a row: each must meet the targets
    "$PY" benchmarks/run.py --json --seconds "$SECS" > "$OUT/one-process-$i.json"
done
# the same with a full garbage collection every 5 s (by default one every 300 s: none falls in a run)
"$PY" benchmarks/run.py --json --seconds "$SECS" --gc-full 5 > "$OUT/gc-full.json"
"$PY" benchmarks/run.py --scale --json --seconds "$SECS" --baseline "$OUT/one-process-1.json,$OUT/one-process-2.json,$OUT/one-process-3.json" > "$OUT/scale.json"
"$PY" benchmarks/web_latency.py --json > "$OUT/web-latency.json"
"$PY" benchmarks/lessons.py --json > "$OUT/lessons.json"
"$PY" benchmarks/table.py
