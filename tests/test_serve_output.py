"""What the real `layerlab serve` process writes: never a session or watch token (README: "never logged").

Whoever reads a server's log (a host's journal, a log service) must not be able to open or watch
anyone's session, so after a whole browsing session over HTTP none of its tokens is in the output."""

from __future__ import annotations

import http.client
import time
from pathlib import Path

from tests.serving import Server, new_session, request


def browse(base: str) -> dict[str, str]:
    """Everything a visitor does: start a session, load it, type, stream, watch, use the app window,
    mistype links. Returns the secrets it involved."""
    token = new_session(base)
    status, _, page = request(f"{base}/s/{token}")
    assert status == 200
    watch = page.split('href="/w/')[1].split('"')[0]
    short = page.split('href="/v/')[1].split('"')[0]
    hx = {"HX-Request": "true"}
    for line in ("docker build -q -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node",
                 f"echo {token} > token.txt", "ls"):
        assert request(f"{base}/s/{token}/run", {"line": line}, hx)[0] == 200
    assert request(f"{base}/s/{token}/app/3000/")[0] == 200
    assert request(f"{base}/s/{token}/app/3000/create", {"title": "Awesome", "text": "hi"})[0] == 302
    assert request(f"{base}/s/{token}/app/3000/feedback/awesome.txt")[0] == 200
    assert request(f"{base}/s/{token}/undo", {}, hx)[0] == 200
    assert request(f"{base}/s/{token}/fragments?since=1")[0] == 200
    assert request(f"{base}/w/{watch}")[0] == 200
    assert request(f"{base}/v/{short}")[0] == 303
    assert request(f"{base}/w/{watch}/app/3000/")[0] == 200
    assert request(f"{base}/w/{watch}/run", {"line": "ls"})[0] == 403
    assert request(f"{base}/s/{token}x")[0] == 404
    assert request(f"{base}/s/{token}/nope")[0] in (404, 405)  # no such page under a real session
    assert request(f"{base}/copy/{watch}/999")[0] == 404
    for path in (f"/s/{token}/events?since=0", f"/w/{watch}/events?since=0"):
        host, port = base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", path, headers={"Last-Event-ID": "2"})
        stream = conn.getresponse()
        assert stream.status == 200
        assert stream.readline().startswith(b"id: ")  # the first frame came
        conn.close()  # the browser leaves mid-stream
    return {"session token": token, "watch token": watch, "short watch code": short}


def test_a_browsing_session_leaves_no_token_in_the_servers_output(tmp_path: Path) -> None:
    out = tmp_path / "serve.log"
    server = Server(tmp_path / "serve.db", env={"LAYERLAB_RATE_SESSION": "1000"}, output=out)
    server.start()
    try:
        secrets = browse(server.url)
        time.sleep(0.3)  # let the stream's end be logged, if it ever were
    finally:
        server.stop()
    written = out.read_text()
    assert "Uvicorn running on" in written  # the output was captured: the check below can fail
    for what, secret in secrets.items():
        assert secret not in written, f"the {what} is in what `layerlab serve` wrote:\n{written[-2000:]}"
