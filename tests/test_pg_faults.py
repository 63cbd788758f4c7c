"""A PostgreSQL that stops answering (frozen with SIGSTOP, the way a stalled disk or a paused VM
looks from outside): requests are answered 503 within the deadline, /livez keeps answering, and
everything works again once it is back."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.pgserver import PgServer, binaries
from tests.serving import Server
from tests.test_limits import Prober, request

if binaries() is None:
    pytest.fail("PostgreSQL binaries are missing: scripts/bootstrap installs Debian's postgresql", pytrace=False)


@pytest.fixture
def pg() -> Iterator[PgServer]:
    server = PgServer()
    server.url = server.start()  # type: ignore[attr-defined]
    yield server
    server.stop()


def postgres_pids(server: PgServer) -> list[int]:
    """The postmaster and every backend it started."""
    postmaster = int((server.dir / "data" / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    return [postmaster, *map(int, children)]


def test_a_frozen_postgresql_is_answered_503_and_livez_keeps_answering(pg: PgServer) -> None:
    server = Server(pg.dir / "unused.db", {"LAYERLAB_DATABASE_URL": pg.url,  # type: ignore[attr-defined]
                                          "LAYERLAB_DB_TIMEOUT": "1", "LAYERLAB_RATE_SESSION": "1000"})
    server.start()
    port = server.port
    frozen: list[int] = []
    try:
        _, headers, _ = request(port, "POST", "/sessions", {})
        token = headers["location"].rsplit("/", 1)[1]
        assert request(port, "POST", f"/s/{token}/run", {"line": "touch before"}, {"HX-Request": "true"})[0] == 200

        frozen = postgres_pids(pg)
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        with Prober(port) as probe:
            took = []
            for path, method, body in ((f"/s/{token}", "GET", None),
                                       (f"/s/{token}/run", "POST", {"line": "touch during"})):
                started = time.monotonic()
                status, _, text = request(port, method, path, body, {"HX-Request": "true"})
                took.append(time.monotonic() - started)
                assert status == 503, (path, status, text)
                assert "not answering" in text or "did not answer in time" in text
        assert max(took) < 4, took  # LAYERLAB_DB_TIMEOUT is 1 s: answered by 2 s, give or take
        assert probe.answers > 10 and probe.worst < 0.5
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        frozen = []

        deadline = time.monotonic() + 20
        while True:  # the requests that waited finish; then everything is served again
            status, _, _ = request(port, "POST", f"/s/{token}/run", {"line": "touch after"}, {"HX-Request": "true"})
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200
        page = request(port, "GET", f"/s/{token}")[2]
        assert "touch before" in page and "touch after" in page
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        server.kill()
