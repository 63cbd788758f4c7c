"""Content-Security-Policy on every kind of answer: the exact policy, directive by directive.

The pages run only layerlab's own scripts (README, "Limits and safety"); the app's pages in the
simulated browser window run none at all, since what they show is whatever the learner saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app

PAGE = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
}
COURSE = "https://course.example"
# What a container serves runs sandboxed: no script (sandbox without allow-scripts, and
# script-src 'none'), an origin of its own (no allow-same-origin), forms allowed for the app's form.
APP = {
    "sandbox": ["allow-forms"],
    "default-src": ["'none'"],
    "script-src": ["'none'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'", COURSE],
    "base-uri": ["'none'"],
}


def policy(response: Response) -> dict[str, list[str]]:
    """The response's one CSP header as {directive: sources}."""
    headers = response.headers.get_list("content-security-policy")
    assert len(headers) == 1, f"{response.request.url}: {len(headers)} CSP headers"
    out: dict[str, list[str]] = {}
    for part in headers[0].split(";"):
        words = part.split()
        if words:
            assert words[0] not in out, f"{words[0]} given twice"
            out[words[0]] = words[1:]
    return out


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = Settings(frame_ancestors=(COURSE,), rate_session=1000.0, rate_client=1000.0)
    return TestClient(create_app(settings, Store(f"sqlite:///{tmp_path}/csp.db")), follow_redirects=False)


@pytest.fixture
def tokens(client: TestClient) -> dict[str, str]:
    """A session with the feedback app running on port 3000: its tokens and short watch code."""
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for line in ("docker build -q -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"):
        assert client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).status_code == 200
    page = client.get(f"/s/{token}").text
    return {"s": token, "w": page.split('href="/w/')[1].split('"')[0], "v": page.split('href="/v/')[1].split('"')[0]}


PAGES = [  # (what, method, path, status); {s}, {w}, {v} are the session's tokens
    ("home", "GET", "/", 200),
    ("session page", "GET", "/s/{s}", 200),
    ("session page in Korean", "GET", "/s/{s}?lang=ko", 200),
    ("watch page", "GET", "/w/{w}", 200),
    ("short watch link", "GET", "/v/{v}", 303),
    ("fragments", "GET", "/s/{s}/fragments", 200),
    ("fragments since", "GET", "/s/{s}/fragments?since=1", 200),
    ("a command's answer", "POST", "/s/{s}/run", 200),
    ("undo", "POST", "/s/{s}/undo", 200),
    ("watch QR code", "GET", "/s/{s}/watch-qr.svg", 200),
    ("a share link", "GET", "/copy/{w}/1", 200),
    ("a share link, taken", "POST", "/copy/{w}/1", 303),
    ("a new session", "POST", "/sessions", 303),
    ("unknown session", "GET", "/s/" + "x" * 32, 404),
    ("unknown watch link", "GET", "/w/" + "y" * 32, 404),
    ("unknown page", "GET", "/no/such/page", 404),
    ("unknown session's command", "POST", "/s/" + "x" * 32 + "/run", 404),
    ("a watcher's write", "POST", "/w/{w}/run", 403),
    ("a cross-site write", "POST", "/s/{s}/run?cross", 403),
    ("static script", "GET", "/static/layerlab.js", 200),
    ("health", "GET", "/healthz", 200),
    ("liveness", "GET", "/livez", 200),
]


@pytest.mark.parametrize(("what", "method", "path", "status"), PAGES, ids=[p[0] for p in PAGES])
def test_every_page_carries_the_exact_policy(client: TestClient, tokens: dict[str, str], what: str, method: str,
                                              path: str, status: int) -> None:
    url = path.format(**tokens)
    if method == "GET":
        r = client.get(url)
    else:
        headers = {"HX-Request": "true"}
        if url.endswith("?cross"):
            url, headers["Origin"] = url[: -len("?cross")], "https://evil.example"
        r = client.post(url, data={"line": "ls"}, headers=headers)
    assert r.status_code == status, (what, r.text[:200])
    assert policy(r) == PAGE, what


@pytest.mark.parametrize("path", ["/e/{s}", "/e/{s}?lang=ko", "/e/" + "z" * 32])
def test_an_embedded_page_may_be_framed_by_the_configured_sites_only(client: TestClient, tokens: dict[str, str],
                                                                      path: str) -> None:
    r = client.get(path.format(**tokens))
    assert r.status_code == (404 if "zzz" in path else 200)
    assert policy(r) == PAGE | {"frame-ancestors": ["'self'", COURSE]}


def test_an_embed_link_and_its_start_carry_the_embedders_policy(client: TestClient) -> None:
    page = client.get("/embed/sandbox")  # the page that asks for a session
    assert page.status_code == 200 and 'method="post"' in page.text
    started = client.post("/embed/sandbox")
    assert started.status_code == 303 and started.headers["location"].startswith("/e/")
    for r in (page, started):
        assert policy(r) == PAGE | {"frame-ancestors": ["'self'", COURSE]}


APP_WINDOW = [  # (what, method, path, status)
    ("the app's form", "GET", "/s/{s}/app/3000/", 200),
    ("the app's stylesheet", "GET", "/s/{s}/app/3000/styles.css", 200),
    ("the app's 404", "GET", "/s/{s}/app/3000/nope", 404),
    ("the app's form, watched", "GET", "/w/{w}/app/3000/", 200),
    ("a saved feedback file", "GET", "/s/{s}/app/3000/feedback/awesome.txt", 200),
    ("a posted form that shows a page", "POST", "/s/{s}/app/3000/nope", 404),
    ("nothing listens", "GET", "/s/{s}/app/4000/", 200),
    ("nothing listens, watched", "GET", "/w/{w}/app/4000/", 200),
]


@pytest.mark.parametrize(("what", "method", "path", "status"), APP_WINDOW, ids=[p[0] for p in APP_WINDOW])
def test_the_app_window_runs_no_script(client: TestClient, tokens: dict[str, str], what: str, method: str,
                                        path: str, status: int) -> None:
    if "awesome.txt" in path:
        client.post(f"/s/{tokens['s']}/app/3000/create", data={"title": "Awesome", "text": "<script>x()</script>"})
    url = path.format(**tokens)
    if method == "GET":
        r = client.get(url)
    else:
        r = client.post(url, data={"title": "Awesome", "text": "<script>x()</script>"})
    assert r.status_code == status, (what, r.text[:200])
    assert policy(r) == APP, what
