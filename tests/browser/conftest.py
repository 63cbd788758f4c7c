"""Real Chromium against a real `layerlab serve` on loopback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

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
    srv = Server(tmp_path / "layerlab.db")
    srv.start()
    yield srv
    srv.stop()


AXE = Path(__file__).parents[2] / ".cache" / "axe-core" / "axe.min.js"
