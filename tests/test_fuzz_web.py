"""Fuzzing the web app in-process: random lines, clicks and form posts to one session's routes.

test_schemathesis.py sends requests built from the OpenAPI schema, which mostly meet unknown tokens
(404). Here every request goes to a live session (its owner token, its watch token, its versions), in
a random order, so the routes meet the states earlier requests made: a question waiting for its
answer, a script half stepped, a timeline after undo, a container publishing the app, a lesson's
session. No request may end in a server error (500 or an exception out of the app; 503 is the
designed answer of a busy server, with a message).

Derandomized (fixed seeds); FUZZ_SCALE=N plays N times as many requests.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import threading
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world, nodeapp
from app.engine.views import ContainerView
from app.engine.world import Container, World
from app.lessons.model import all_lessons
from app.settings import Settings
from app.store.sessions import Store
from app.tutor.turn import curl_line
from app.web.app import create_app
from tests.helpers import fuzz_scale
from tests.test_fuzz import NASTY_TOKENS, random_line
from tests.test_fuzz_sequences import answer_for, command_line
from tests.test_properties import built_world

COURSE = [
    "docker build -t feedback-node .", "docker build -q -t feedback-node .",
    "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /app/temp feedback-node",
    "docker run -d -p 3001:80 --rm --name app2 -v \"$(pwd):/app:ro\" -v /app/node_modules feedback-node",
    "docker stop feedback-app", "docker start feedback-app", "docker rm -f feedback-app", "docker volume prune",
    "docker volume prune -a", "docker container prune", "docker volume ls", "docker ps -a", "ls feedback",
    "curl -s -X POST -d title=hello -d text=x localhost:3000/create", "docker exec -it feedback-app sh",
    "docker run -it node:14", "node", "sh", "docker logs -f feedback-app", "sleep 100", "cat",
    "sudo rm -rf /var/lib/docker/volumes/feedback/_data/*", "sed -i 's/fs.rename(/fs.copyFile(/' server.js",
]
PORTS = ["3000", "3001", "80", "0", "65536", "-1", "abc", "99999999999999999999", "3000.5"]
APP_PATHS = ["", "exists", "create", "feedback/hello.txt", "styles.css", "nope", "..%2F..%2Fetc", "%00", "a?b=c",
             "feedback/%E2%80%AE.txt", "x" * 3000, "create?title=x"]
TEXTS = ["", "0", "-1", "1", "2", "999999999999999999999999", "abc", "한국어", "\x00", "<script>", "x" * 9000,
         "../../etc/passwd", "Dockerfile", "server.js", "pages/feedback.html", "feedback-app", "1e9", " ", "\r\n"]


def text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(TEXTS)
    if roll < 0.8:
        return "".join(rng.choice(NASTY_TOKENS) for _ in range(rng.randint(1, 6)))
    return random_line(rng)[:3000]


def segment(rng: random.Random) -> str:
    """A random path segment, percent-encoded as a browser would send it."""
    return urllib.parse.quote(text(rng), safe="")


def a_line(rng: random.Random) -> str:
    return rng.choice(COURSE) if rng.random() < 0.5 else random_line(rng)[:9000]


class Player:
    """One client's session and the requests it may send."""

    def __init__(self, client: TestClient, rng: random.Random, start: str, token: str = "") -> None:
        """A new session started by posting to `start`, or the session `token` (another tab of it)."""
        self.client, self.rng = client, rng
        if not token:
            r = client.post(start)
            assert r.status_code == 303, (start, r.status_code, r.text[:300])
            token = r.headers["location"].split("/")[2].split("?")[0]
        self.token = token
        record = self.store.by_token(self.token)
        assert record is not None
        self.viewer = record.viewer_token
        self.log: list[str] = []

    @property
    def store(self) -> Store:
        return self.client.app.state.web.store  # type: ignore[attr-defined,no-any-return]

    def send(self, method: str, url: str, **kw: Any) -> None:
        hx = {"HX-Request": "true"} if self.rng.random() < 0.8 else {}
        self.log.append(f"{method} {url} {kw.get('data') or kw.get('params') or ''}"[:400])
        r = self.client.request(method, url, headers=hx, **kw)
        # 503 is a designed answer under load (a command past the request's deadline goes on in the
        # slow lane; a copy waits its turn), with a message; a 500 never is
        assert r.status_code < 500 or r.status_code == 503, \
            "\n".join(self.log[-30:]) + f"\n-> {r.status_code} {r.text[:500]}"

    def actions(self) -> list[Callable[[], None]]:
        rng, t, v = self.rng, self.token, self.viewer
        s = f"/s/{t}"
        return [
            lambda: self.send("POST", f"{s}/run", data={"line": a_line(rng)}),
            lambda: self.send("POST", f"{s}/run", data={"line": a_line(rng)}),
            lambda: self.send("POST", f"{s}/run", data={"line": a_line(rng)}),
            lambda: self.send("POST", f"{s}/run", data={"line": a_line(rng), "answer": rng.choice(["y", "n", text(rng)])}),
            lambda: self.send("POST", f"{s}/run", data={"line": "", "answer": rng.choice(["y", "n", "", text(rng)])}),
            lambda: self.send("POST", f"{s}/{rng.choice(['undo', 'redo', 'reset', 'cancel', 'jump', 'nope'])}",
                              data={"target": rng.choice([str(rng.randint(-3, 40)), text(rng)])}
                              if rng.random() < 0.6 else {}),
            lambda: self.send("POST", f"{s}/predict", data={"choice": rng.choice([str(rng.randint(-2, 5)), text(rng)])}),
            lambda: self.send("POST", f"{s}/hint"),
            lambda: self.send("POST", f"{s}/solution"),
            lambda: self.send("POST", f"{s}/recreate", data={"name": rng.choice(["feedback-app", "app2", text(rng)])}),
            lambda: self.send("POST", f"{s}/script", data={
                "script": "\n".join(a_line(rng) if rng.random() < 0.8 else "# " + text(rng)
                                    for _ in range(rng.randint(0, 6))),
                "lesson": rng.choice(["", "", rng.choice(all_lessons()).id, text(rng)])}),
            lambda: self.send("POST", f"{s}/step"),
            lambda: self.send("GET", f"{s}/fragments", params={
                k: val for k, val in (("since", rng.choice([str(rng.randint(-2, 50)), text(rng)])),
                                      ("stamp", text(rng))) if rng.random() < 0.7}),
            lambda: self.send("GET", f"{s}/file", params={"path": rng.choice(TEXTS)}),
            lambda: self.send("POST", f"{s}/edit", data={"path": rng.choice(TEXTS), "content": text(rng)}),
            lambda: self.send("GET", f"{s}/app/{rng.choice(PORTS)}/{rng.choice(APP_PATHS)}"),
            lambda: self.send("POST", f"{s}/app/{rng.choice(PORTS)}/{rng.choice(APP_PATHS)}", data={
                rng.choice(["title", "text", "x", ""]): text(rng) for _ in range(rng.randint(0, 3))}),
            lambda: self.send("POST", f"{s}/app/3000/create", data={"title": text(rng), "text": text(rng)}),
            lambda: self.send("GET", s, params={"lang": rng.choice(["en", "ko", "xx", ""]), "present": "1"}),
            lambda: self.send("GET", f"/e/{t}"),
            lambda: self.send("GET", f"/w/{v}"),
            lambda: self.send("GET", f"/w/{v}/app/{rng.choice(PORTS)}/{rng.choice(APP_PATHS)}"),
            lambda: self.send("POST", f"/w/{v}/{rng.choice(['undo', 'run', 'fork'])}"),
            lambda: self.send("GET", f"/copy/{rng.choice([t, v])}/{rng.choice([str(rng.randint(-2, 40)), segment(rng)])}"),
            lambda: self.send("POST", f"/copy/{v}/{rng.randint(-2, 40)}"),
            lambda: self.send("POST", f"/w/{v}/fork/copy"),
            lambda: self.send("GET", f"{s}/watch-qr.svg"),
        ]


STARTS = ["/sessions", "/demo"] + [f"/lessons/{lesson.id}" for lesson in all_lessons()]


@pytest.mark.parametrize("seed", range(3))
def test_no_request_to_a_live_session_is_a_server_error(tmp_path: Path, seed: int) -> None:
    rng = random.Random(20261205 + seed)
    store = Store(f"sqlite:///{tmp_path}/f.db")
    client = TestClient(create_app(Settings(rate_session=1e6, rate_client=1e6), store), follow_redirects=False)
    player = Player(client, rng, STARTS[seed] if seed < 2 else rng.choice(STARTS))
    acts = player.actions()
    for _ in range(60 * fuzz_scale()):
        rng.choice(acts)()


def test_tabs_clicking_at_once_make_no_server_error_and_one_history(tmp_path: Path) -> None:
    """Three tabs of one session send random requests at the same time (a class sharing a demo, a
    double click): no server error, and the session's world is still its log's replay."""
    store = Store(f"sqlite:///{tmp_path}/f.db")
    client = TestClient(create_app(Settings(rate_session=1e6, rate_client=1e6), store), follow_redirects=False)
    first = Player(client, random.Random(7), "/sessions")
    tabs = [first] + [Player(client, random.Random(8 + n), "", first.token) for n in range(2)]
    failed: list[BaseException] = []

    def clicks(tab: Player) -> None:
        try:
            acts = tab.actions()
            for _ in range(30 * fuzz_scale()):
                tab.rng.choice(acts)()
        except BaseException as exc:  # reported from the main thread
            failed.append(exc)

    threads = [threading.Thread(target=clicks, args=(tab,)) for tab in tabs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failed, failed[0]
    session = store.by_token(first.token)
    assert session is not None
    world = initial_world(session.seed)
    for e in store.chain(store.events(session.id), session.cursor):
        world = apply(world, e.line, e.answer).world
    assert Store(store.url).current_world(session) == world
    assert client.get(f"/s/{first.token}").status_code == 200


# the engine's session hunt (test_fuzz_sequences.py) through the web: every state its sequences make
# is drawn, for the owner, a watcher and a page catching up, and the app's window is opened

WEB_SEQ = settings(deadline=None, max_examples=10 * fuzz_scale(), phases=[Phase.explicit, Phase.reuse, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@WEB_SEQ
@given(lines=st.lists(st.tuples(command_line, answer_for), min_size=5, max_size=30))
def test_session_sequences_are_drawn(lines: list[tuple[str, str | None]]) -> None:
    folder = tempfile.mkdtemp(prefix="layerlab-fuzz-web-")
    try:
        client = TestClient(create_app(Settings(rate_session=1e6, rate_client=1e6), Store(f"sqlite:///{folder}/f.db")),
                            follow_redirects=False)
        player = Player(client, random.Random(len(lines)), "/sessions")
        player.send("POST", f"/s/{player.token}/run", data={"line": "docker build -q -t feedback-node ."})
        for i, (line, answer) in enumerate(lines):
            player.send("POST", f"/s/{player.token}/run", data={"line": line, **({"answer": answer} if answer else {})})
            if i % 3 == 2:
                player.send("GET", f"/s/{player.token}/fragments", params={"since": str(i)})
                player.send("GET", f"/w/{player.viewer}")
                player.send("GET", f"/s/{player.token}/app/3000/")
        player.send("GET", f"/s/{player.token}")
        player.send("POST", f"/s/{player.token}/undo")
        player.send("GET", f"/s/{player.token}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# the app's form is recorded as a curl line (Tutor.app_form): the app must get what the browser sent

_app_world: list[World] = []


def app_world() -> World:
    if not _app_world:
        w = built_world(0)
        r = apply(w, "docker run -d -p 3000:80 --name feedback-app feedback-node")
        assert r.exit_code == 0, r.text
        _app_world.append(r.world)
    return _app_world[0]


field_text = st.text(st.sampled_from("ab &=+%@#?;/'\"\\$`!~é한 \t\r\n"), max_size=8)


@settings(deadline=None, max_examples=150 * fuzz_scale())
@given(pairs=st.lists(st.tuples(field_text.filter(bool), field_text), max_size=4))
def test_a_form_recorded_as_curl_reaches_the_app_as_the_browser_sent_it(pairs: list[tuple[str, str]]) -> None:
    got: list[dict[str, str]] = []
    real = nodeapp.handle

    def spy(world: World, c: Container, method: str, url: str, form: dict[str, str]) -> nodeapp.Response | None:
        got.append(dict(form))
        return real(world, c, method, url, form)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nodeapp, "handle", spy)
        r = apply(app_world(), curl_line(3000, "/nope", pairs))
    assert r.exit_code == 0, r.text
    browser_body = urllib.parse.urlencode(pairs)  # a form's application/x-www-form-urlencoded body
    assert got == [nodeapp.decode_form(browser_body)]


def test_a_field_named_with_an_ampersand_is_not_read_as_two(tmp_path: Path) -> None:
    """Recorded as `--data-urlencode 'a&title=Evil'`, the field made the app read title=Evil and save
    evil.txt, where the browser's post saves note.txt."""
    client = TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/f.db")), follow_redirects=False)
    player = Player(client, random.Random(0), "/sessions")
    for line in ["docker build -q -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"]:
        player.send("POST", f"/s/{player.token}/run", data={"line": line})
    r = client.post(f"/s/{player.token}/app/3000/create", content="a%26title=Evil&title=Note&text=hi",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 302
    store = player.store
    session = store.by_token(player.token)
    assert session is not None
    c = store.current_world(session).container_by_name("feedback-app")
    assert c is not None
    view = ContainerView(store.current_world(session), c)
    assert view.get("/app/feedback/note.txt") is not None and view.get("/app/feedback/evil.txt") is None
