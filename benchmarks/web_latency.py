"""Time from pressing Enter in the terminal to the changed fragment in the browser.

Starts `layerlab serve` on a temporary SQLite database, opens a Sandbox in headless Chromium, and
runs 50 commands of the course mix; for each, the page itself measures performance.now() from the
Enter key to the moment the new terminal entry is in the DOM. Prints one JSON object:
  web_enter_to_fragment_ms_p50 / _p99 / _max (target p99 <= 100 ms)
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
  const before = document.querySelectorAll('#term-out .entry').length;
  const start = performance.now();
  input.value = line;
  input.form.requestSubmit();
  return await new Promise((resolve) => {
    const check = () => {
      const entries = document.querySelectorAll('#term-out .entry');
      const last = entries[entries.length - 1];
      if (entries.length !== before && last && last.querySelector('.cmd').textContent === line) {
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
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
            per_line: list[tuple[float, str]] = []
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/")
                page.get_by_role("button", name="Start a Sandbox").click()
                page.wait_for_url("**/s/**")
                page.wait_for_timeout(300)
                k = 0
                while len(times) < 50:
                    line = lines[k % len(lines)]
                    k += 1
                    ms = page.evaluate(MEASURE, line)
                    if ms >= 0 and "build" not in line:
                        times.append(ms)
                        per_line.append((ms, line))
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    qs = statistics.quantiles(times, n=100, method="inclusive")  # never past the slowest
    report = {
        "web_enter_to_fragment_ms_p50": round(statistics.median(times), 1),
        "web_enter_to_fragment_ms_p99": round(qs[98], 1),
        "web_enter_to_fragment_ms_max": round(max(times), 1),
        "samples": len(times),
        "first_page_s": round(first_page, 2),
        "slowest": [f"{ms:.0f} ms: {line[:60]}" for ms, line in sorted(per_line, reverse=True)[:3]],
    }
    print(json.dumps(report) if "--json" in sys.argv else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
