"""Time from pressing Enter in the terminal to the changed fragment in the browser.

Starts `layerlab serve` on a temporary SQLite database, opens a Sandbox in headless Chromium with
its read-only watch page (the "Watch" link) in a second tab, and runs 50 commands of the course mix,
builds included; for each, the typing tab measures from the Enter key to the moment the new terminal
entry is in its DOM (the answer to its own request), and the watching tab to the moment the entry is
in its DOM (carried by the live stream). Prints one JSON object:
  web_enter_to_fragment_ms_p50 / _p99 / _max   the typing tab, every command (target p99 <= 100 ms)
  web_watcher_ms_p50 / _p99 / _max   Enter in the typing tab -> the entry in the watching tab
  builds_ms: the builds' own times (they are in the figures above too)
  timed_out, watcher_timed_out: commands whose entry never showed within 10 s; each counts in the
      percentiles as 10 s, and any fails the run (exit 1)
  first_page_s: seconds from starting the server process to the first page served (target <= 2)

Run: .venv/bin/python benchmarks/web_latency.py [--json]
"""

from __future__ import annotations

import json
import os
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

from benchmarks.engine import COURSE  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

MEASURE = """async (line) => {
  const input = document.querySelector('[data-command]');
  const out = document.querySelector('#term-out');
  // (a new entry is one with a newer version: counting entries fails when the terminal, at its
  // 400 lines, drops its oldest entry as it gains one)
  const newest = () => Math.max(-1, ...Array.from(document.querySelectorAll('#term-out .entry[data-version]'),
                                                  (e) => Number(e.dataset.version)));
  const before = newest();
  const start = performance.now();
  window.__sent = performance.timeOrigin + start;
  input.value = line;
  input.form.requestSubmit();
  return await new Promise((resolve) => {
    const check = () => {
      const entries = document.querySelectorAll('#term-out .entry');
      const last = entries[entries.length - 1];
      if (last && Number(last.dataset.version) > before && last.querySelector('.cmd').textContent === line) {
        resolve(performance.now() - start); return true;
      }
      return false;
    };
    if (check()) return;
    const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
    obs.observe(document.body, {childList: true, subtree: true, characterData: true});
    setTimeout(() => { obs.disconnect(); resolve(-1); }, 10000);
  });
}"""


# In the watching tab, before the command is sent: when (epoch ms) its entry arrives, or -1.
ARRIVAL = """(line) => {
  window.__arrival = new Promise((resolve) => {
    const check = () => {
      const entries = document.querySelectorAll('#term-out .entry');
      const last = entries[entries.length - 1];
      if (last && last.querySelector('.cmd') && last.querySelector('.cmd').textContent === line
          && last !== window.__lastSeen) {
        window.__lastSeen = last; resolve(performance.timeOrigin + performance.now()); return true;
      }
      return false;
    };
    const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
    obs.observe(document.body, {childList: true, subtree: true, characterData: true});
    setTimeout(() => { obs.disconnect(); resolve(-1); }, 10000);
  });
}"""
TIMEOUT_MS = 10000.0


def summary(name: str, values: list[float]) -> dict[str, float]:
    qs = statistics.quantiles(values, n=100, method="inclusive")  # never past the slowest
    return {f"{name}_p50": round(statistics.median(values), 1), f"{name}_p99": round(qs[98], 1),
            f"{name}_max": round(max(values), 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    from playwright.sync_api import sync_playwright

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, LAYERLAB_DATABASE_URL=f"sqlite:///{tmp}/bench.db", LAYERLAB_PORT=str(port))
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as r:
                        r.read()
                        break
                except OSError:
                    time.sleep(0.02)
            first_page = time.perf_counter() - t0
            lines = [ln for ln in COURSE if "docker build" not in ln][:25]
            lines = ["docker build -q -t feedback-node .", "docker build -q -t feedback-node:volumes ."] + lines
            times: list[float] = []
            watched: list[float] = []
            builds: list[float] = []
            timed_out = watcher_timed_out = 0
            per_line: list[tuple[float, str]] = []
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/")
                page.get_by_role("button", name="Start a Sandbox").click()
                page.wait_for_url("**/s/**")
                watch_url = page.locator("a.watch").first.get_attribute("href")
                watcher = browser.new_page(viewport={"width": 1440, "height": 900})
                watcher.goto(f"http://127.0.0.1:{port}{watch_url}")
                page.wait_for_timeout(300)
                k = 0
                while len(times) < 50:
                    line = lines[k % len(lines)]
                    k += 1
                    watcher.evaluate(ARRIVAL, line)
                    ms = page.evaluate(MEASURE, line)
                    sent = page.evaluate("window.__sent")
                    arrived = watcher.evaluate("window.__arrival")
                    if ms < 0:
                        timed_out += 1
                        ms = TIMEOUT_MS
                    if arrived < 0:
                        watcher_timed_out += 1
                        watched.append(TIMEOUT_MS)
                    else:
                        watched.append(arrived - sent)
                    times.append(ms)
                    per_line.append((ms, line))
                    if "build" in line:
                        builds.append(ms)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    report: dict[str, object] = {
        **summary("web_enter_to_fragment_ms", times),
        **summary("web_watcher_ms", watched),
        "builds_ms": [round(b, 1) for b in builds],
        "samples": len(times),
        "timed_out": timed_out,
        "watcher_timed_out": watcher_timed_out,
        "first_page_s": round(first_page, 2),
        "slowest": [f"{ms:.0f} ms: {line[:60]}" for ms, line in sorted(per_line, reverse=True)[:3]],
    }
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))
    return 1 if timed_out or watcher_timed_out else 0


if __name__ == "__main__":
    raise SystemExit(main())
