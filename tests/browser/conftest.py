"""Real Chromium against a real `layerlab serve` on loopback."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.serving import Server, free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
__all__ = ["AXE", "Server", "free_port"]

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (scripts/bootstrap installs it)", allow_module_level=True)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, object]:
    return {"executable_path": CHROMIUM, "args": ARGS}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    srv = Server(tmp_path / "layerlab.db", output=tmp_path / "server.log")
    srv.start()
    yield srv
    srv.stop()


AXE = Path(__file__).parents[2] / ".cache" / "axe-core" / "axe.min.js"


# What a failed browser test saw, printed with its report: the page's and the app window's requests
# and answers, the live stream's frames and each answer's version, the console, and the server's log.
# A failure seen once in CI is then a failure explained.
WATCH_SCRIPT = """
(() => {
  const say = (...args) => console.debug("[watch]", ...args);
  const version = () => (document.getElementById("version") || {dataset: {}}).dataset.version;
  document.addEventListener("htmx:sse:before:message", (e) => {
    const m = e.detail && e.detail.message;
    say("sse frame", m && m.id, "page at", version());
  });
  document.addEventListener("htmx:before:swap", (e) => {
    const ctx = e.detail && e.detail.ctx;
    const found = ctx && typeof ctx.text === "string" ? /<div id="version" data-version="(\\d+)"/.exec(ctx.text) : null;
    say("answer drawn at", found && found[1], "page at", version());
  });
  document.addEventListener("htmx:sse:error", () => say("sse error"));
  document.addEventListener("mousedown", (e) => say("mousedown on", e.target.tagName, e.target.id || ""), true);
  document.addEventListener("htmx:sse:after:connection", () => say("sse connected"));
})();
"""


@pytest.fixture
def page(page: Any, request: pytest.FixtureRequest) -> Any:
    started = time.monotonic()
    seen: list[str] = []
    request.node.browser_log = seen

    def note(text: str) -> None:
        if len(seen) < 2000:
            seen.append(f"{time.monotonic() - started:7.3f} {text[:300]}")

    page.add_init_script(WATCH_SCRIPT)
    page.on("request", lambda r: note(f"-> {r.method} {r.url}"))
    page.on("response", lambda r: note(f"<- {r.status} {r.request.method} {r.url}"))
    page.on("requestfailed", lambda r: note(f"!! {r.method} {r.url} {r.failure}"))
    page.on("console", lambda m: note(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: note(f"page error: {e}"))
    page.on("framenavigated", lambda f: note(f"frame {f.name or '-'} at {f.url}"))
    return page


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    seen = getattr(item, "browser_log", None)
    if seen:
        report.sections.append(("what the browser saw", "\n".join(seen[-300:])))
    srv = getattr(item, "funcargs", {}).get("server")
    log = getattr(srv, "output", None)
    if log is not None and Path(log).exists():
        report.sections.append(("the server's log", Path(log).read_text(errors="replace")[-6000:]))
