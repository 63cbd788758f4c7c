"""Plant small bugs one at a time in a scratch copy and see whether the tests named for each catch it.

    .venv/bin/python tools/plant.py              # every bug; prints a table
    .venv/bin/python tools/plant.py -k csp -v    # only bugs whose name contains "csp", with pytest's tail

Each bug is (name, file, exact old snippet, new snippet, tests that should catch it). For each, the
working tree (without .venv, .git and data) is copied to a scratch directory, the snippet replaced,
and the tests run there with this interpreter (`python -m pytest` puts the copy first on sys.path,
so the copy's `app` is the one imported, also by the `layerlab serve` processes tests start).
caught: the tests failed; survived: they passed; stale: the snippet is no longer in the file (the
code moved on: update the entry); error: pytest could not run them. First the tests run on the
unchanged copy: a bug "caught" by tests that fail anyway proves nothing. CI does not run this.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Bug:
    name: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]


BUGS = [
    # -- the six the suite let through (issue 13) ------------------------------------------------
    Bug("stream skips every other version", "app/web/stream.py",
        "            if version <= sent:\n                continue",
        "            if version <= sent or version % 2:\n                continue",
        ("tests/test_stream.py",)),
    Bug("no CSP on /s/ and /w/ pages", "app/web/middleware.py",
        '                h["Content-Security-Policy"] = policy',
        '                if not path.startswith(("/s/", "/w/")):\n                    h["Content-Security-Policy"] = policy',
        ("tests/test_csp.py", "tests/test_web.py")),
    Bug("the app window allows scripts", "app/web/guards.py",
        "APP_POLICY = (\"sandbox allow-forms; default-src 'none'; script-src 'none'; ",
        "APP_POLICY = (\"default-src 'none'; script-src 'self' 'unsafe-inline'; ",
        ("tests/test_csp.py",)),
    Bug("reopening from a snapshot skips the command after it", "app/store/sessions.py",
        "[e.version for e in chain].index(best.cursor) + 1",
        "[e.version for e in chain].index(best.cursor) + 2",
        ("tests/test_snapshots.py", "tests/test_store.py")),
    Bug("a goal's expect ignores trailing lines", "app/lessons/matching.py",
        "                ok = j == len(actual)",
        "                ok = True",
        ("tests/test_matching.py", "tests/test_transcripts.py", "tests/test_lessons.py")),
    Bug("session URLs in the server's access log", "app/cli.py",
        "access_log=False",
        "access_log=True",
        ("tests/test_serve_output.py",)),
    # -- the engine's storage rules --------------------------------------------------------------
    Bug("docker rm keeps the container and its read-write layer", "app/engine/lifecycle.py",
        "    del world.containers[c.id]\n    if remove_volumes:",
        "    c.state = \"dead\"\n    if remove_volumes:",
        ("tests/test_containers.py", "tests/test_properties.py", "tests/test_transcripts.py")),
    Bug("named volumes die on docker rm", "app/engine/lifecycle.py",
        "    if remove_volumes:\n        for m in c.mounts:\n            if m.type == \"volume\" and not m.spec_source:",
        "    if True:\n        for m in c.mounts:\n            if m.type == \"volume\":",
        ("tests/test_containers.py", "tests/test_properties.py", "tests/test_transcripts.py")),
    Bug("docker rm -v deletes named volumes", "app/engine/lifecycle.py",
        "            if m.type == \"volume\" and not m.spec_source:",
        "            if m.type == \"volume\":",
        ("tests/test_containers.py", "tests/test_properties.py", "tests/test_transcripts.py")),
    Bug("apply changes its input world", "app/engine/engine.py",
        "        w = world.clone()\n        w.clock += 1",
        "        w = world\n        w.clock += 1",
        ("tests/test_properties.py", "tests/test_fuzz.py")),
    Bug("an over-long line is run", "app/engine/engine.py",
        "    if len(line) > MAX_LINE:\n        return Result(",
        "    if len(line) > MAX_LINE * 1000:\n        return Result(",
        ("tests/test_hardening.py", "tests/test_fuzz.py")),
    # -- the web and operations layer ------------------------------------------------------------
    Bug("a watch token can write", "app/web/deps.py",
        "    session = web.store.by_token(token)\n    if session is None:",
        "    session = web.store.by_token(token) or web.store.by_viewer_token(token)\n    if session is None:",
        ("tests/test_web.py", "tests/test_hardening.py", "tests/test_stream.py")),
    Bug("a cross-site write is accepted", "app/web/middleware.py",
        "        if APP_WINDOW.match(path) is None and not same_origin(",
        "        if False and not same_origin(",
        ("tests/test_hardening.py", "tests/test_csp.py")),
    Bug("a full store evicts sessions in use", "app/store/sessions.py",
        "\n                                    .where(SessionRow.updated_at < in_use)",
        "",
        ("tests/test_hardening.py", "tests/test_store.py")),
    Bug("idle sessions never expire", "app/store/sessions.py",
        "        cutoff = now - idle_days * 86400",
        "        cutoff = 0.0",
        ("tests/test_hardening.py", "tests/test_store.py")),
    Bug("a reconnecting stream ignores Last-Event-ID", "app/web/stream.py",
        "    for given in (last_event_id, since):",
        "    for given in (since, last_event_id):",
        ("tests/test_stream.py", "tests/test_web.py")),
    Bug("a jump can land on an undo entry", "app/store/sessions.py",
        "            return e.version if e is not None and e.kind == \"cmd\" else None",
        "            return e.version if e is not None else None",
        ("tests/test_timeline.py",)),
    Bug("the listener does not re-sync after a drop", "app/store/notify.py",
        "                        self.on_resync()",
        "                        pass",
        ("tests/test_postgres.py",)),
    Bug("reduced motion is ignored", "static/layerlab.js",
        'applySpeed(saved || (reduced ? "off" : "normal"));',
        'applySpeed(saved || "normal");',
        ("tests/browser/test_motion.py",)),
    Bug("a watcher can post to the app window", "app/web/routes/appwindow.py",
        "    return PlainTextResponse(\"This is a read-only watch link: it cannot change the session.\", status_code=403)",
        "    return RedirectResponse(f\"/w/{session.viewer_token}/app/{port}/\", status_code=303)",
        ("tests/test_web.py",)),
    Bug("a failed commit's rows stay on a pooled connection", "app/store/sessions.py",
        "        context.is_disconnect = True",
        "        pass",
        ("tests/test_store.py", "tests/test_hardening.py")),
    Bug("a database error mid-write leaves the command cached", "app/store/sessions.py",
        "                    conn.commit()\n            for row, (_, _, _, result) in zip(rows, todo, strict=True):",
        "                    for row, (_, _, _, result) in zip(rows, todo, strict=True):\n"
        "                        self._remember((session_id, row.version), result.world)\n"
        "                    conn.commit()\n            for row, (_, _, _, result) in zip(rows, todo, strict=True):",
        ("tests/test_store.py", "tests/test_hardening.py")),
    # -- hardening II (issue 12) -----------------------------------------------------------------
    Bug("a chunked body is held whole", "app/web/guards.py",
        "        if size > MAX_BODY:\n            return None",
        "        if False:\n            return None",
        ("tests/test_limits.py",)),
    Bug("a re-create is written one command at a time", "app/store/sessions.py",
        "                        rows.append(row)\n",
        "                        rows.append(row)\n                        conn.commit()\n",
        ("tests/test_limits.py",)),
    Bug("a command read before another process wrote is written beside it", "app/store/sessions.py",
        " WHERE id = :b_id AND version = :b_expected RETURNING id),",
        " WHERE id = :b_id RETURNING id),",
        ("tests/test_postgres.py",)),
    Bug("the event loop waits for an outside writer", "app/store/sessions.py",
        "        want = 0 if QUICK.get() is not None else ms",
        "        want = ms",
        ("tests/test_limits.py",)),
    Bug("no deadline for a frozen database", "app/web/middleware.py",
        "        timer = asyncio.get_running_loop().call_later(web.settings.request_seconds, overdue)",
        "        timer = asyncio.get_running_loop().call_later(3600, overdue)",
        ("tests/test_limits.py",)),
    Bug("the app form's path goes into curl unquoted", "app/tutor/turn.py",
        "{shlex.quote(f'localhost:{port}{url}')}",
        "localhost:{port}{url}",
        ("tests/test_limits.py",)),
    Bug("a frame sent along is taken to go from the version before", "app/web/live.py",
        "            self.frames.put((session_id, version, lang, since), frame(html, version))",
        "            self.frames.put((session_id, version, lang, version - 1), frame(html, version))",
        ("tests/test_stream.py",)),
    Bug("a promised frame that never comes is never rendered", "app/web/live.py",
        "        self._deliver(session_id, (version, None))\n\n    def framed",
        "        pass\n\n    def framed",
        ("tests/test_stream.py",)),
    # -- performance II, fourth round ------------------------------------------------------------
    Bug("a process hears back what its own connections notify", "app/store/notify.py",
        "                            if note.pid not in self.own:\n",
        "                            if True:\n",
        ("tests/test_postgres.py",)),
    Bug("an awaited command another process wrote before is taken as written", "app/store/sessions.py",
        "                return None if written is None else self._written(planned, written[0])",
        "                return self._written(planned, written[0] if written else 0)",
        ("tests/test_postgres.py",)),
    Bug("GNU cp copies a folder into itself", "app/engine/shell.py",
        "            if earlier is not None and ident(earlier) == me:",
        "            if False:",
        ("tests/test_budget.py", "tests/test_transcripts.py")),
]

CACHES = shutil.ignore_patterns(".hypothesis", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "*.db",
                                "*.db-wal", "*.db-shm")


def skip(folder: str, names: list[str]) -> set[str]:
    """What not to copy: the virtualenv, git's data, the local database, caches."""
    top = {".venv", ".git", "data"} if Path(folder) == ROOT else set()
    return (top & set(names)) | set(CACHES(folder, names))


def pytest(where: Path, tests: tuple[str, ...], timeout: float) -> tuple[int, str]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=no", "-rfE", *tests]
    try:
        done = subprocess.run(cmd, cwd=where, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return -1, "timed out"
    return done.returncode, (done.stdout + done.stderr).strip()


def failures(output: str) -> str:
    """How many tests failed, and the first of them."""
    failed = [line.split(" ", 1)[1].split(" - ")[0] for line in output.splitlines()
              if line.startswith(("FAILED ", "ERROR "))]
    return f"{len(failed)} failed, e.g. {failed[0][:80]}" if failed else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", default="", help="only bugs whose name contains this")
    parser.add_argument("-v", action="store_true", help="print the tail of pytest's output for each bug")
    parser.add_argument("--timeout", type=float, default=900, help="seconds one bug's tests may take")
    parser.add_argument("--no-baseline", action="store_true", help="skip running the tests on the unchanged copy")
    opts = parser.parse_args()
    bugs = [b for b in BUGS if opts.k.lower() in b.name.lower()]
    scratch = Path(tempfile.mkdtemp(prefix="layerlab-plant-"))
    try:
        base = scratch / "base"
        shutil.copytree(ROOT, base, ignore=skip)
        found = subprocess.run([sys.executable, "-c", "import app; print(app.__file__)"], cwd=base,
                               capture_output=True, text=True).stdout.strip()
        if not found.startswith(str(base)):
            print(f"the copy's app is not the one imported ({found}): run with the project's .venv python")
            return 2
        if not opts.no_baseline:
            tests = tuple(dict.fromkeys(t for b in bugs for t in b.tests if (base / t).exists()))
            code, output = pytest(base, tests, opts.timeout * 2)
            if code != 0:
                print(f"the tests fail on the unchanged copy, so nothing would prove anything:\n{output[-3000:]}")
                return 2
            print(f"baseline: {len(tests)} test files pass on the unchanged copy")
        rows = []
        for bug in bugs:
            started = time.monotonic()
            path = base / bug.file
            text = path.read_text()
            missing = [t for t in bug.tests if not (base / t).exists()]
            if text.count(bug.old) != 1 or missing:
                why = f"tests missing: {missing}" if missing else f"snippet found {text.count(bug.old)} times"
                rows.append((bug.name, "stale", 0.0, why))
                continue
            path.write_text(text.replace(bug.old, bug.new))
            try:
                code, output = pytest(base, bug.tests, opts.timeout)
            finally:
                path.write_text(text)
            result = "survived" if code == 0 else "caught" if code == 1 else "error"
            rows.append((bug.name, result, time.monotonic() - started,
                         failures(output) if code == 1 else output.splitlines()[-1] if output else ""))
            print(f"{result:8} {bug.name}", flush=True)
            if opts.v:
                print("\n".join("    " + line for line in output.splitlines()[-8:]))
        width = max(len(r[0]) for r in rows)
        print(f"\n{'bug':{width}}  result    seconds  what caught it")
        for name, result, seconds, detail in rows:
            print(f"{name:{width}}  {result:8}  {seconds:7.0f}  {detail}")
        counts = {k: sum(r[1] == k for r in rows) for k in ("caught", "survived", "stale", "error")}
        print("\n" + ", ".join(f"{v} {k}" for k, v in counts.items()))
        return 0 if counts["caught"] == len(rows) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
