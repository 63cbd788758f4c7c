"""What a command costs the server in a lesson, against the same command in a Sandbox.

`benchmarks/run.py` types the course's mix into Sandboxes. Learners type into lessons, where each
command also has the lesson's goals checked (their check commands run on a copy of the world), the
learner's progress recorded and the lesson panel drawn. Here one server (SQLite, a temporary file)
is given SESSIONS sessions of each lesson, each walking its lesson's own solution (predictions
answered with the first choice, prompts with "y"), one request at a time, and the same lines typed
into as many Sandboxes. Prints, per lesson, the server's CPU per line typed in the lesson and in the
Sandbox (in a lesson, a line a prediction is asked before takes two requests: the question, then
the answer that runs it); with --json one object:

  lessons: {id: {lines, lesson_requests, lesson_cpu_ms, sandbox_cpu_ms}}   (CPU per line)
  lesson_cpu_ms_per_line, sandbox_cpu_ms_per_line   over all lessons' lines
  lesson_overhead_ratio   the first / the second: what a lesson adds (no target: information)

The first walk of each kind is left out of the count (a build nothing is cached for yet, templates
compiled): the figures are warm. Options: --sessions N (10) --rounds N (2).
"""

from __future__ import annotations

import http.client
import json
import re
import sys
import tempfile
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.lessons.model import Lesson, all_lessons  # noqa: E402
from benchmarks.run import arg, cpu_ms, start_server  # noqa: E402

FORM = {"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true"}


class Client:
    """One keep-alive connection to the server, sending what a learner's page sends."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port))
        self.requests = 0

    def post(self, path: str, form: dict[str, str] | None = None, headers: dict[str, str] | None = None) \
            -> tuple[int, str, str | None]:
        self.conn.request("POST", path, urllib.parse.urlencode(form or {}), headers or FORM)
        resp = self.conn.getresponse()
        body = resp.read().decode()
        self.requests += 1
        return resp.status, body, resp.getheader("location")

    def open(self, kind: str) -> str:
        """A new session: a lesson's (its setup run) or a Sandbox; its token."""
        path = "/sessions" if kind == "sandbox" else f"/lessons/{kind}"
        status, _, location = self.post(path, headers={"Content-Type": "application/x-www-form-urlencoded"})
        if status != 303 or location is None:
            raise RuntimeError(f"opening {kind}: {status}")
        return location.split("/s/", 1)[1].split("?", 1)[0]

    def walk(self, token: str, lines: tuple[str, ...]) -> None:
        """Type each line; answer what the page asks before or after it."""
        for line in lines:
            status, body, _ = self.post(f"/s/{token}/run", {"line": line})
            if status != 200:
                raise RuntimeError(f"{line!r}: {status}")
            if f"/s/{token}/predict" in body:
                self.post(f"/s/{token}/predict", {"choice": "0"})
            elif re.search(r'name="answer"', body):
                self.post(f"/s/{token}/run", {"line": "", "answer": "y"})


def measure(base: str, pid: int, lesson: Lesson, sessions: int, rounds: int) -> dict[str, float | int]:
    """The server's CPU per line walking the lesson's solution, in the lesson and in Sandboxes."""
    lines = len(lesson.solution) * sessions * rounds
    out: dict[str, float | int] = {"lines": lines}
    for kind in (lesson.id, "sandbox"):
        client = Client(base)
        client.walk(client.open(kind), lesson.solution)  # warm: caches, the first build
        tokens = [client.open(kind) for _ in range(sessions * rounds)]
        before, sent = cpu_ms(pid), client.requests
        for token in tokens:
            client.walk(token, lesson.solution)
        cpu = round((cpu_ms(pid) - before) / lines, 3)
        if kind == "sandbox":
            out["sandbox_cpu_ms"] = cpu
        else:
            out["lesson_requests"], out["lesson_cpu_ms"] = client.requests - sent, cpu
    return out


def main() -> None:
    sessions, rounds = arg("--sessions", 10), arg("--rounds", 2)
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(f"sqlite:///{tmp}/bench.db")
        try:
            per = {lesson.id: measure(base, proc.pid, lesson, sessions, rounds) for lesson in all_lessons()}
        finally:
            proc.terminate()
            proc.wait()
    n = sum(int(v["lines"]) for v in per.values())
    lesson_ms = sum(float(v["lesson_cpu_ms"]) * int(v["lines"]) for v in per.values()) / n
    sandbox_ms = sum(float(v["sandbox_cpu_ms"]) * int(v["lines"]) for v in per.values()) / n
    result = {"lessons": per, "lesson_cpu_ms_per_line": round(lesson_ms, 3),
              "sandbox_cpu_ms_per_line": round(sandbox_ms, 3),
              "lesson_overhead_ratio": round(lesson_ms / sandbox_ms, 2) if sandbox_ms else 0.0}
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    for lesson_id, v in per.items():
        print(f"{lesson_id:20} {v['lines']:5} lines  lesson {v['lesson_cpu_ms']:.2f} ms  "
              f"sandbox {v['sandbox_cpu_ms']:.2f} ms")
    print(f"all: lesson {lesson_ms:.2f} ms, sandbox {sandbox_ms:.2f} ms per line "
          f"({result['lesson_overhead_ratio']}x)")


if __name__ == "__main__":
    main()
