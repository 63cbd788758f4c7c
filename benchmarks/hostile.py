"""Hostile lines against a real server: does any of them hold the event loop, or the memory?

Starts `layerlab serve` (SQLite, a temp folder) and, for each line below, sends it to one session
while another thread asks GET /livez every 20 ms. Prints one JSON object: per line, the answer's
status and time and the slowest /livez answer while it ran; and the server's resident memory
before and after (including 60 rounds of `pwd`, a page load and a catch-up after the largest
output, which is where unbounded render caches showed). Target: no /livez answer slower than 250 ms.

Run: .venv/bin/python benchmarks/hostile.py [--json]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.serving import Server
from tests.test_limits import Prober, request

DOUBLING = ["echo 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef > f0"] + [
    f"cat f{i} f{i} > f{i + 1}" for i in range(16)] + ["echo " + "a" * 40 + "b > ab"]  # f16: 4 MiB
HOSTILE = [
    "cp -r . r/",
    "cp -r ~ ~/feedback-app/x",
    "cp -r .. x",
    "echo " + "$(" * 90 + "pwd" + ")" * 90,
    "cat " + " ".join(["f16"] * 16),
    "cat f16 f16 f16 f16 f16 f16 f16 f16 f16 | cat | cat | cat",
    "echo $(cat f16 f16 f16 f16 f16 f16 f16 f16 f16)",
    "sed -i 's/^\\(a\\|aa\\)*$/x/' ab",
    # a pattern that is slow, not catastrophic, on every line: each match within the bound for one
    # match, the line's matches together past the bound for all of them (budget.REGEX_SECONDS)
    "yes aaaaaaaaaaaaaaaaaaaaaaaaax | head -400 | grep -E '^(a|aa)*$'",
    "docker build --no-cache -t big .",
]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    server = Server(Path(tempfile.mkdtemp(prefix="layerlab-hostile-")) / "h.db", {"LAYERLAB_RATE_SESSION": "1000"})
    server.start()
    port, pid = server.port, server.proc.pid  # type: ignore[union-attr]
    out: dict[str, object] = {}
    try:
        _, headers, _ = request(port, "POST", "/sessions", {})
        token = headers["location"].rsplit("/", 1)[1]

        def run(line: str) -> tuple[int, float]:
            started = time.monotonic()
            status, _, _ = request(port, "POST", f"/s/{token}/run", {"line": line}, {"HX-Request": "true"}, timeout=120)
            return status, time.monotonic() - started

        for line in DOUBLING:
            run(line)
        out["rss_start_kib"] = rss_kib(pid)
        lines = []
        for line in HOSTILE:
            with Prober(port) as probe:
                status, took = run(line)
                time.sleep(0.05)
            lines.append({"line": line[:60], "status": status, "answer_ms": round(took * 1000, 1),
                          "livez_worst_ms": round(probe.worst * 1000, 1), "livez_answers": probe.answers})
        out["lines"] = lines
        for _ in range(60):
            run("pwd")
            request(port, "GET", f"/s/{token}")
            request(port, "GET", f"/s/{token}/fragments?since=1")
        out["rss_end_kib"] = rss_kib(pid)
        out["livez_worst_ms"] = max(entry["livez_worst_ms"] for entry in lines)  # type: ignore[type-var]
        out["target_ms"] = 250
    finally:
        server.kill()
    if "--json" in sys.argv:
        print(json.dumps(out))
    else:
        print(json.dumps(out, indent=2))
    return 0 if out.get("livez_worst_ms", 1e9) <= 250 else 1  # type: ignore[operator]


if __name__ == "__main__":
    raise SystemExit(main())
