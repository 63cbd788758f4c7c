"""Pages a hostile session asks the server to draw: each stays small and quick whatever the world
holds (tests/test_hostile_lines.py holds the engine's side)."""

from __future__ import annotations

import time
from pathlib import Path

from app.web.viewmodel import MAX_BROWSER_PORTS
from tests.test_limits import make, new_session, run


def test_a_container_publishing_a_thousand_ports_draws_a_small_page(tmp_path: Path) -> None:
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    for line in ("docker pull busybox", "docker run -d --name many -p 3000-3999:3000-3999 busybox sleep inf"):
        assert run(client, token, line).status_code == 200
    started = time.process_time()
    page = client.get(f"/s/{token}")
    took = time.process_time() - started
    assert page.status_code == 200 and took < 1
    html = page.text
    # the container's card says them as docker ps does, in one group; the app's window offers the
    # lowest; with -p 1-65535:1-65535 the page was 8 MB, each of its ports an <option> and twice an entry
    assert "0.0.0.0:3000-3999-&gt;3000-3999/tcp" in html
    assert html.count('">localhost:') == MAX_BROWSER_PORTS
    assert 'data-ports="3000,3001,' in html and f"{3000 + MAX_BROWSER_PORTS}," not in html
    assert len(html) < 200_000
