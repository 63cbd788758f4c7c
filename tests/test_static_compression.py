"""/static gzip-compressed for a browser that accepts it, plain for one that does not; pages, command
answers and the live stream never compressed."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from app.web.render import STATIC
from app.web.statics import accepts_gzip
from benchmarks.run import first_load_kib
from tests.serving import Server
from tests.test_stream import Reader, drive, scope

BROWSER = "gzip, deflate, br"
ASSETS = ["vendor/htmx.min.js", "vendor/hx-sse.min.js", "layerlab.js", "motion.js", "layerlab.css", "browser.css",
          "favicon.svg"]


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def raw(client: TestClient, path: str, method: str = "GET", **headers: str) -> tuple[int, Any, bytes]:
    """Status, headers and the body as sent (httpx would decode a Content-Encoding)."""
    with client.stream(method, path, headers=headers) as r:
        return r.status_code, r.headers, b"".join(r.iter_raw())


def secured(headers: Any) -> None:
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert "default-src 'self'" in headers["content-security-policy"]


@pytest.mark.parametrize("asset", ASSETS)
def test_a_browser_that_accepts_gzip_gets_each_asset_compressed(client: TestClient, asset: str) -> None:
    plain = (STATIC / asset).read_bytes()
    status, headers, body = raw(client, f"/static/{asset}", **{"Accept-Encoding": BROWSER})
    assert status == 200
    assert headers["content-encoding"] == "gzip" and headers["vary"] == "Accept-Encoding"
    assert int(headers["content-length"]) == len(body) < len(plain)
    assert gzip.decompress(body) == plain
    assert headers["etag"].endswith('-gzip"') and "last-modified" in headers
    secured(headers)
    # the same bytes again, from memory
    assert raw(client, f"/static/{asset}", **{"Accept-Encoding": "gzip"})[2] == body


@pytest.mark.parametrize("asking", ["", "identity", "gzip;q=0", "deflate, br", "gzip;q=0, *", "*;q=0", "br, gzip; q=0.0"])
def test_without_gzip_accepted_the_plain_bytes(client: TestClient, asking: str) -> None:
    plain = (STATIC / "layerlab.js").read_bytes()
    status, headers, body = raw(client, "/static/layerlab.js", **{"Accept-Encoding": asking})
    assert status == 200 and body == plain and int(headers["content-length"]) == len(plain)
    assert "content-encoding" not in headers and headers["vary"] == "Accept-Encoding"
    assert not headers["etag"].endswith('-gzip"')
    secured(headers)


def test_which_accept_encodings_allow_gzip() -> None:
    for yes in ("gzip", "GZIP", "gzip, deflate, br", "br;q=1, gzip;q=0.5", "*", "x-gzip", "gzip;q=0, gzip;q=1"):
        assert accepts_gzip(yes), yes
    for no in (None, "", "identity", "gzip;q=0", "gzip; q=0.000", "*;q=0", "gzip;q=0, *", "deflate, br", "gzip;q=x"):
        assert not accepts_gzip(no), no


def test_each_variant_has_its_own_etag_and_answers_304_for_it(client: TestClient) -> None:
    path = "/static/layerlab.css"
    _, zipped, _ = raw(client, path, **{"Accept-Encoding": BROWSER})
    _, plain, _ = raw(client, path, **{"Accept-Encoding": "identity"})
    assert zipped["etag"] == plain["etag"][:-1] + '-gzip"'
    assert zipped["last-modified"] == plain["last-modified"]
    for asking, etag in ((BROWSER, zipped["etag"]), ("identity", plain["etag"])):
        status, headers, body = raw(client, path, **{"Accept-Encoding": asking, "If-None-Match": etag})
        assert status == 304 and body == b""
        assert headers["etag"] == etag and headers["vary"] == "Accept-Encoding"
        assert "content-encoding" not in headers
        secured(headers)
        status, _, _ = raw(client, path, **{"Accept-Encoding": asking, "If-None-Match": f'W/{etag}, "other"'})
        assert status == 304
        status, _, _ = raw(client, path, **{"Accept-Encoding": asking,
                                            "If-Modified-Since": zipped["last-modified"]})
        assert status == 304
    # a cached plain copy does not stand for the compressed one, nor the other way round
    status, headers, body = raw(client, path, **{"Accept-Encoding": BROWSER, "If-None-Match": plain["etag"]})
    assert status == 200 and headers["content-encoding"] == "gzip" and gzip.decompress(body)
    status, headers, _ = raw(client, path, **{"Accept-Encoding": "identity", "If-None-Match": zipped["etag"]})
    assert status == 200 and "content-encoding" not in headers


def test_head_a_range_and_a_missing_file(client: TestClient) -> None:
    status, headers, body = raw(client, "/static/motion.js", "HEAD", **{"Accept-Encoding": BROWSER})
    assert status == 200 and body == b"" and headers["content-encoding"] == "gzip"
    assert int(headers["content-length"]) < (STATIC / "motion.js").stat().st_size
    # a range is a range of the plain bytes
    status, headers, body = raw(client, "/static/motion.js", **{"Accept-Encoding": BROWSER, "Range": "bytes=0-9"})
    assert status == 206 and body == (STATIC / "motion.js").read_bytes()[:10] and "content-encoding" not in headers
    status, _, _ = raw(client, "/static/nothing-here.js", **{"Accept-Encoding": BROWSER})
    assert status == 404
    status, _, _ = raw(client, "/static/../app/settings.py", **{"Accept-Encoding": BROWSER})
    assert status == 404


def test_pages_and_command_answers_stay_uncompressed(client: TestClient) -> None:
    r = client.post("/sessions", headers={"Accept-Encoding": BROWSER})
    token = r.headers["location"].rsplit("/", 1)[1]
    for path in ("/", f"/s/{token}"):
        status, headers, body = raw(client, path, **{"Accept-Encoding": BROWSER})
        assert status == 200 and "content-encoding" not in headers and body.lstrip().startswith(b"<!")
    r = client.post(f"/s/{token}/run", data={"line": "ls"},
                    headers={"HX-Request": "true", "Accept-Encoding": BROWSER})
    assert r.status_code == 200 and "content-encoding" not in r.headers


def test_the_live_stream_stays_uncompressed(tmp_path: Path) -> None:
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/s.db"))
    web = app.state.web
    session = web.store.create_session()

    async def main() -> None:
        web.hub.loop = asyncio.get_running_loop()
        reader = Reader()
        asking = [(b"accept-encoding", BROWSER.encode()), (b"accept", b"text/event-stream")]
        task = asyncio.create_task(app(scope(f"/s/{session.token}/events", "since=0", asking),
                                       reader.receive, reader.send))
        for _ in range(100):  # the answer's start (a new session has nothing to send yet)
            if reader.messages:
                break
            await asyncio.sleep(0.05)
        start = reader.messages[0]
        names = [name for name, _ in start["headers"]]
        assert start["status"] == 200 and b"content-encoding" not in names
        assert (b"content-type", b"text/event-stream; charset=utf-8") in start["headers"]
        reader.leave()
        await asyncio.wait_for(task, 5)

    drive(main)


def test_first_load_counts_the_bytes_on_the_wire(tmp_path: Path) -> None:
    server = Server(tmp_path / "f.db")
    server.start()
    try:
        wire, plain = first_load_kib(server.url), first_load_kib(server.url, compressed=False)
    finally:
        server.stop()
    assert plain > 100 and wire < plain / 2
