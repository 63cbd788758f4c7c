"""A real `layerlab serve` process for tests, with no browser needed (the browser tests use it too)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A `layerlab serve` process that can be stopped and started again on the same database and port.
    With `output`, what it writes to stdout and stderr goes to that file (appended across restarts)."""

    def __init__(self, db: Path, env: dict[str, str] | None = None, output: Path | None = None,
                 files: int | None = None) -> None:
        self.db = db
        self.files = files  # a file descriptor limit for the process (soft and hard)
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.env = env or {}
        self.output = output

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = dict(os.environ, LAYERLAB_DATABASE_URL=f"sqlite:///{self.db}", LAYERLAB_PORT=str(self.port))
        env.update(self.env)  # e.g. another LAYERLAB_DATABASE_URL (PostgreSQL)
        sink = self.output.open("ab") if self.output is not None else subprocess.DEVNULL
        try:
            self.proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], env=env, cwd=ROOT,
                                         stdout=sink, stderr=subprocess.STDOUT if self.output else sink,
                                         preexec_fn=None if self.files is None else self._limit_files)
        finally:
            if self.output is not None:
                sink.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("layerlab serve did not answer /healthz")

    def _limit_files(self) -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (self.files, self.files))

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def request(url: str, data: dict[str, str] | None = None, headers: dict[str, str] | None = None,
            timeout: float = 10) -> tuple[int, dict[str, str], str]:
    """(status, headers, body) of one request, redirects not followed, errors returned not raised."""
    import urllib.parse

    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if body is not None else "GET")
    try:
        with urllib.request.build_opener(_NoRedirect).open(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")


def new_session(base: str) -> str:
    status, headers, _ = request(base + "/sessions", {})
    assert status == 303, status
    return headers["location"].rsplit("/", 1)[1]
