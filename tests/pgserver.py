"""A throwaway PostgreSQL for tests: initdb + pg_ctl as the postgres user into a temp dir, fsync off."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        bindir = binaries()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/bootstrap installs Debian's postgresql)")
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="layerlab-pg-"))
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)

    def start(self) -> str:
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", "layerlab", "--auth=trust", "-E", "UTF8")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  f"-c listen_addresses=127.0.0.1 -c max_connections=200", "start")
        self._run(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "layerlab", "layerlab")
        return f"postgresql+psycopg://layerlab@127.0.0.1:{self.port}/layerlab"

    def restart(self) -> None:
        """Stop the server (its connections closed, as a restart or failover closes them) and start it
        again on the same port and data."""
        data = self.dir / "data"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  f"-c listen_addresses=127.0.0.1 -c max_connections=200", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
