"""The README's first command, as a learner runs it: a fresh copy, an ordinary user, the first page."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.serving import free_port

ROOT = Path(__file__).parents[1]
USER = "layerlab-quickstart"

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("runuser") is None,
                                reason="needs root to run the quick start as another, ordinary user")


def test_scripts_run_serves_the_first_page_as_an_ordinary_user_installing_only_what_serving_needs() -> None:
    if subprocess.run(["id", USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--create-home", USER], check=True)
    place = Path(tempfile.mkdtemp(prefix="layerlab-quickstart-"))  # pytest's own temp folders are root's alone
    place.chmod(0o755)
    copy = place / "layerlab"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    subprocess.run(["chown", "-R", USER, str(copy)], check=True)
    port = free_port()
    started = time.monotonic()
    proc = subprocess.Popen(["runuser", "-u", USER, "--", "env", f"LAYERLAB_PORT={port}", "scripts/run"],
                            cwd=copy, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        page = ""
        while time.monotonic() - started < 240 and proc.poll() is None:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read().decode()
                break
            except OSError:
                time.sleep(0.5)
        took = time.monotonic() - started
        assert "Start a Sandbox" in page, proc.stdout.read().decode() if proc.poll() is not None else "no page"  # type: ignore[union-attr]
        print(f"fresh copy to first page: {took:.1f} s")
        installed = subprocess.run([str(copy / ".venv/bin/python"), "-m", "pip", "list", "--format=freeze"],
                                   capture_output=True, text=True, check=True).stdout.lower()
        assert "fastapi" in installed and "uvicorn" in installed
        for tool in ("pytest", "playwright", "hypothesis", "schemathesis", "hadolint"):
            assert tool not in installed, tool  # the test tools are the test command's business
        assert not (copy / ".cache").exists()  # nor axe-core
        assert (copy / "data" / "layerlab.db").exists()  # the embedded default: SQLite in ./data
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
        shutil.rmtree(place, ignore_errors=True)
