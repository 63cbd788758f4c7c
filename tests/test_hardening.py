"""Hostile input, limits and faults: each gets a clear answer, never a 500 or a lost command."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.serving import free_port


def make(tmp_path: Path, **overrides: object) -> TestClient:
    settings = Settings(**overrides)  # type: ignore[arg-type]
    return TestClient(create_app(settings, Store(f"sqlite:///{tmp_path}/h.db")), follow_redirects=False)


def new_session(client: TestClient) -> str:
    return client.post("/sessions").headers["location"].rsplit("/", 1)[1]


def run(client: TestClient, token: str, line: str, **headers: str):  # type: ignore[no-untyped-def]
    return client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true", **headers})


def test_a_200_kb_command_gets_a_message_and_the_session_goes_on(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    r = run(client, token, "echo " + "x" * 200_000)
    assert r.status_code == 200 and "the terminal takes at most 8192" in r.text
    assert run(client, token, "docker volume create after").status_code == 200
    assert 'aria-label="Volume after"' in client.get(f"/s/{token}").text


def test_an_oversized_body_is_refused(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    r = run(client, token, "x" * 300_000)
    assert r.status_code == 413 and "256 kB" in r.text


def test_writes_from_another_site_are_refused_but_same_site_and_plain_clients_pass(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    assert run(client, token, "ls", Origin="https://evil.example").status_code == 403
    assert run(client, token, "ls", **{"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert run(client, token, "ls", Origin="http://testserver", **{"Sec-Fetch-Site": "same-origin"}).status_code == 200
    assert run(client, token, "ls").status_code == 200


def test_rate_limits_answer_429_with_a_message(tmp_path: Path) -> None:
    client = make(tmp_path, rate_session=0.5, rate_client=0.5)
    token = new_session(client)
    codes = [run(client, token, "true").status_code for _ in range(40)]
    assert 429 in codes and codes[0] == 200
    limited = next(r for r in (run(client, token, "true") for _ in range(5)) if r.status_code == 429)
    assert "Slow down" in limited.text
    sessions = [client.post("/sessions").status_code for _ in range(30)]
    assert 429 in sessions


def test_markup_and_control_characters_are_shown_as_text(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    run(client, token, "echo '<script>alert(1)</script>' '<img src=x onerror=alert(2)>'")
    run(client, token, "mkdir '<b>bold</b>'")
    run(client, token, "echo 'a\u202eevil\u0007bell'")
    page = client.get(f"/s/{token}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<b>bold</b>" not in page
    assert "\u202e" in page  # kept, but only ever inside text


def test_invalid_utf8_in_a_form_is_run_with_replacement_characters(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    r = client.post(f"/s/{token}/run", content=b"line=echo+%FF%FE%00ok",
                    headers={"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true"})
    assert r.status_code == 200
    store = client.app.state.web.store  # type: ignore[attr-defined]
    [event] = store.events(store.by_token(token).id)
    assert event.line == "echo \ufffd\ufffd\x00ok"  # what a browser would send for those bytes, as text
    assert run(client, token, "pwd").status_code == 200

def test_a_full_log_refuses_more_commands_with_a_message(tmp_path: Path) -> None:
    client = make(tmp_path, max_events=3)
    token = new_session(client)
    for _ in range(3):
        run(client, token, "true")
    r = run(client, token, "true")
    assert r.status_code == 200 and "This session&#39;s log is full (3 entries)." in r.text
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    assert len(store.events(store.by_token(token).id)) == 3  # type: ignore[union-attr]


def test_idle_sessions_expire(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/e.db")
    client = TestClient(create_app(Settings(), store), follow_redirects=False)
    old = new_session(client)
    fresh = new_session(client)
    from sqlmodel import Session as DB

    from app.store.models import SessionRow
    with DB(store.engine) as db:
        row = db.get(SessionRow, store.by_token(old).id)  # type: ignore[union-attr]
        assert row is not None
        row.updated_at -= 31 * 86400
        db.add(row)
        db.commit()
    assert store.expire(30) == 1
    assert client.get(f"/s/{old}").status_code == 404
    assert client.get(f"/s/{fresh}").status_code == 200


def age(store: Store, token: str, seconds: float) -> None:
    """Make a session look unused for `seconds`."""
    from sqlmodel import Session as DB

    from app.store.models import SessionRow

    with DB(store.engine) as db:
        row = db.get(SessionRow, store.by_token(token).id)  # type: ignore[union-attr]
        assert row is not None
        row.updated_at -= seconds
        db.add(row)
        db.commit()


def test_a_full_store_refuses_new_sessions_and_keeps_the_ones_in_use(tmp_path: Path) -> None:
    client = make(tmp_path, max_sessions=3)
    working = [new_session(client) for _ in range(3)]
    refused = client.post("/sessions")
    assert refused.status_code == 503
    assert refused.text == "layerlab is full right now: please try again in a few minutes."
    refused = client.post("/sessions", headers={"HX-Request": "true", "Accept-Language": "ko"})
    assert refused.status_code == 503 and "layerlab" in refused.text and "full right now" not in refused.text
    for token in working:  # nobody's work in progress was evicted to make room
        assert client.get(f"/s/{token}").status_code == 200
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    assert store.count_sessions() == 3


def test_a_full_store_expires_idle_sessions_first_least_recently_used_first(tmp_path: Path) -> None:
    client = make(tmp_path, max_sessions=4)
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    oldest, older, working, busy = (new_session(client) for _ in range(4))
    age(store, oldest, 3 * 3600)
    age(store, older, 2 * 3600)
    age(store, working, 10 * 60)  # used ten minutes ago: in use
    assert client.post("/sessions").status_code == 303  # room made by the least recently used idle one
    assert client.get(f"/s/{oldest}").status_code == 404
    assert [client.get(f"/s/{t}").status_code for t in (older, working, busy)] == [200, 200, 200]
    assert client.post("/sessions").status_code == 303  # then the next idle one
    assert client.get(f"/s/{older}").status_code == 404
    assert client.post("/sessions").status_code == 503  # only sessions in use are left: refused
    assert [client.get(f"/s/{t}").status_code for t in (working, busy)] == [200, 200]
    assert store.count_sessions() == 4


def test_database_down_gives_a_message_and_recovery_needs_no_restart(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    assert run(client, token, "docker volume create first").status_code == 200
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session_id = store.by_token(token).id  # type: ignore[union-attr]
    dialect = store.engine.dialect

    # The database fails at the commit, after the event row and the session's new version were
    # written in the transaction: the worst moment for "nothing half-written".
    def down(dbapi_connection: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    dialect.do_commit = down  # type: ignore[method-assign]
    r = run(client, token, "docker volume create lost")
    del dialect.do_commit  # the instance attribute goes: the class's commit is back
    assert r.status_code == 503 and "database is not answering" in r.text
    fresh = Store(store.url)  # what is in the database, with no cache of this process
    assert [e.line for e in fresh.events(session_id)] == ["docker volume create first"]
    assert fresh.by_token(token).version == 1  # type: ignore[union-attr]
    assert run(client, token, "docker volume create kept").status_code == 200
    assert [e.version for e in fresh.events(session_id)] == [1, 2]
    page = client.get(f"/s/{token}").text
    assert 'aria-label="Volume kept"' in page and 'aria-label="Volume lost"' not in page
    world = Store(store.url).current_world(store.by_token(token))  # type: ignore[arg-type]
    assert sorted(world.volumes) == ["first", "kept"]


def test_two_tabs_sending_at_once_lose_and_reorder_nothing(tmp_path: Path) -> None:
    client = make(tmp_path, rate_session=1000.0)
    token = new_session(client)
    sent: list[str] = []
    lock = threading.Lock()

    def tab(name: str) -> None:
        for i in range(25):
            line = f"touch {name}-{i}"
            assert run(client, token, line).status_code == 200
            with lock:
                sent.append(line)

    threads = [threading.Thread(target=tab, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store = client.app.state.web.store
    session = store.by_token(token)
    events = store.events(session.id)
    assert [e.version for e in events] == list(range(1, 51))
    assert sorted(e.line for e in events) == sorted(sent)
    for name in ("a", "b"):  # each tab's commands stay in the order it sent them
        mine = [int(e.line.rsplit("-", 1)[1]) for e in events if e.line.startswith(f"touch {name}-")]
        assert mine == sorted(mine)


def test_sigkill_mid_stream_loses_no_acknowledged_command(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "k.db"
    env = dict(os.environ, LAYERLAB_DATABASE_URL=f"sqlite:///{db}", LAYERLAB_PORT=str(port), LAYERLAB_RATE_SESSION="1000")
    root = Path(__file__).parents[1]

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], env=env, cwd=root,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                return proc
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    proc = start()
    try:
        try:
            opener.open(urllib.request.Request(f"http://127.0.0.1:{port}/sessions", method="POST", data=b""))
        except urllib.error.HTTPError as exc:
            token = exc.headers["location"].rsplit("/", 1)[1]
        acked: list[str] = []
        stop = threading.Event()

        def writer() -> None:
            i = 0
            while not stop.is_set():
                line = f"touch f{i}"
                body = urllib.parse.urlencode({"line": line}).encode()
                try:
                    with urllib.request.urlopen(urllib.request.Request(
                            f"http://127.0.0.1:{port}/s/{token}/run", data=body,
                            headers={"HX-Request": "true"}), timeout=5) as r:
                        if r.status == 200:
                            acked.append(line)
                except OSError:
                    return
                i += 1

        t = threading.Thread(target=writer)
        t.start()
        time.sleep(1.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stop.set()
        t.join()
        assert len(acked) > 5
        proc = start()
        store = Store(f"sqlite:///{db}")
        lines = [e.line for e in store.events(store.by_token(token).id)]  # type: ignore[union-attr]
        assert lines[: len(acked)] == acked  # every acknowledged command, in order
        world = store.current_world(store.by_token(token))  # type: ignore[arg-type]
        assert world.host.get(f"/home/learner/feedback-app/{acked[-1].split()[1]}") is not None
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("path", ["/s/" + "a" * 32, "/w/" + "b" * 32, "/e/" + "c" * 32, "/s/short", "/copy/x/1"])
def test_made_up_tokens_are_404(tmp_path: Path, path: str) -> None:
    assert make(tmp_path).get(path).status_code == 404


def test_tokens_are_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    client = make(tmp_path)
    with caplog.at_level("DEBUG"):
        token = new_session(client)
        run(client, token, "ls")
    # what the server side logged (the test's own HTTP client logs its requests; that is not layerlab)
    server_log = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "asyncio")))
    assert token not in server_log
    assert json.dumps(token) not in server_log


def test_head_is_answered_as_get_is_without_a_body(tmp_path: Path) -> None:
    """A monitor's HEAD /healthz was answered 405 (the routes took only GET), so the site looked down."""
    client = make(tmp_path)
    token = new_session(client)
    for path in ("/healthz", "/livez", "/", f"/s/{token}", f"/s/{token}/fragments"):
        head = client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert "frame-ancestors" in head.headers["content-security-policy"], path
    assert client.head("/healthz").headers["content-length"] == str(len(client.get("/healthz").content))
    assert client.head("/s/" + "a" * 32).status_code == 404
    assert client.head(f"/s/{token}/run").status_code == 405  # a POST route stays a POST route


def test_huge_outputs_draw_a_bounded_terminal_the_same_however_it_is_drawn(tmp_path: Path) -> None:
    """40 commands printing one line of 250,000 characters each made a 10 MB page (TERMINAL_LINES
    alone let 200 of them in), and `yes` answered 3 MB of HTML: 131,000 lines of the 256 KiB kept."""
    client = make(tmp_path)
    token = new_session(client)
    for _ in range(12):
        assert len(run(client, token, "printf '%0250000d\\n' 7").text) < 100_000
    r = run(client, token, "yes")
    assert len(r.text) < 100_000 and "earlier lines of this output are not shown here" in r.text
    assert "output truncated" in r.text  # the newest lines are drawn: the notes at the end stay
    run(client, token, "echo after")
    warm = client.get(f"/s/{token}").text
    assert len(warm) < 400_000 and "after" in warm
    # drawn again from the log alone (another process, a restart): the same terminal
    cold = make(tmp_path).get(f"/s/{token}").text

    def terminal(page: str) -> str:
        return page[page.index('id="term-out"'):page.index('id="term-help"')]

    assert terminal(cold) == terminal(warm)


def test_a_colour_of_thousands_of_digits_leaves_the_session_working(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    r = run(client, token, "printf '\\033[%sm hi\\n' $(printf '9%.0s' $(seq 5000) | tr -d ' ')")
    assert r.status_code == 200 and " hi" in r.text
    assert run(client, token, "echo next").status_code == 200
    assert client.get(f"/s/{token}").status_code == 200


def test_an_image_of_hundreds_of_layers_draws_its_newest(tmp_path: Path) -> None:
    """Twelve images of 1,000 layers each made a 4 MB page that held the event loop a second per draw."""
    from app.web.viewmodel import MAX_LAYERS_DRAWN

    client = make(tmp_path)
    token = new_session(client)
    n = MAX_LAYERS_DRAWN + 36
    run(client, token, f'for i in $(seq {n}); do printf "RUN echo %s > /f%s\\n" $i $i; done > D; '
                       '(echo FROM busybox; cat D) > Deep')
    assert run(client, token, "docker build -q -f Deep -t deep .").status_code == 200
    page = client.get(f"/s/{token}").text
    card = page[page.index('aria-label="Image deep:latest"'):]
    card = card[:card.index("</article>")]
    folded = int(card.split(" older layers are not drawn here")[0].rsplit("… ", 1)[1])
    assert card.count('<li class="layer"') + card.count('<li class="layer shared"') == MAX_LAYERS_DRAWN
    assert folded + MAX_LAYERS_DRAWN >= n  # (and the base image's layers, when it is drawn as one)
    assert f"RUN echo {n} &gt; /f{n}" in card  # the newest are those drawn


def test_what_changed_reads_the_host_once_however_many_volumes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of 60 volumes read the whole host again: with 16,000 entries there, every command's
    answer (drawn on the event loop) took 0.17 s to say what changed."""
    from app.engine import apply, changes, initial_world

    world = initial_world()
    for line in ("for i in $(seq 60); do docker volume create v$i; done", "docker run -d --name c7 -v v7:/data busybox sleep 1000"):
        world = apply(world, line).world
    after = apply(world, "echo hi > note; docker exec c7 sh -c 'echo a > /data/a'").world
    reads: list[int] = []
    real = changes._files_written
    monkeypatch.setattr(changes, "_files_written", lambda before, now: reads.append(1) or real(before, now))
    found = changes.diff_worlds(world, after)
    assert len(reads) == 1
    assert changes.Change("file-in-volume", "a", "v7", path="a") in found
    assert any(c.kind == "file-on-host" and c.subject == "note" for c in found)
