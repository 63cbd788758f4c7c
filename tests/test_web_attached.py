"""The page of a terminal inside a container's shell or held by a foreground command (issue 17,
points 22 and 23): prompts, the badge, the key buttons, the highlighted card, and a reload."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.test_web import new_session, run


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def page(client: TestClient, token: str, lang: str = "en") -> str:
    return client.get(f"/s/{token}?lang={lang}").text


def test_inside_a_shell_the_page_shows_its_prompt_badge_and_card(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker run -it --name bx busybox sh")
    assert "The terminal is now inside the shell (sh) of bx" in page(client, token)
    assert "터미널이 이제 bx 컨테이너의 셸(sh) 안에 있습니다" in page(client, token, "ko")
    run(client, token, "touch /x")
    html = page(client, token)
    assert '<span class="ps1 inside">/ #</span>' in html  # the input's prompt is the shell's
    assert "inside bx (sh)" in html
    assert re.search(r'<article class="container[^"]*is-attached"[^>]*data-container="bx"', html)
    # the line typed inside is drawn at the shell's prompt; the one that opened it at the learner's
    assert re.search(r'class="cmdline inside"><span class="ps1" aria-hidden="true">/ #</span> '
                     r'<span class="cmd">touch /x</span>', html)
    assert re.search(r'<span class="ps1" aria-hidden="true">\$</span> <span class="cmd">docker run -it', html)
    assert 'data-key="^D"' in html and 'data-key="^P^Q"' in html
    assert 'value="docker stop bx"' not in html  # a card's buttons stand for lines the shell cannot run
    ko = page(client, token, "ko")
    assert "bx 컨테이너 안 (sh)" in ko
    run(client, token, "exit 3")
    html = page(client, token)
    assert "The terminal is back in the learner&#39;s shell on the host" in html
    assert "learner@layerlab:~/feedback-app$" in html and "inside bx" not in html
    assert "is-attached" not in html and 'data-key="^C"' not in html
    assert '<div class="exit">[3]</div>' in html
    assert 'value="docker start bx"' in html


def test_a_held_terminal_offers_ctrl_c_and_says_what_holds_it(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -p 3000:80 --name feedback-app feedback-node")
    html = page(client, token)
    assert "docker run is attached to feedback-app" in html
    assert "docker run holds the terminal and shows what feedback-app prints" in html
    assert 'data-key="^C"' in html and 'data-key="^P^Q"' not in html  # no -it: no detach keys
    assert "docker run 명령이 feedback-app 컨테이너에 연결되어 있음" in page(client, token, "ko")
    assert "on the third Ctrl-C docker gives up" in html
    for _ in range(3):
        run(client, token, "^C")
    html = page(client, token)
    assert '<div class="cmdline held"><span class="cmd">^C</span></div>' in html  # a key, not a command line
    assert "got 3 SIGTERM/SIGINTs, forcefully exiting" in html
    assert "is attached to" not in html


def test_the_app_window_does_not_save_into_a_shell(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, "docker exec -it feedback-app sh")
    r = client.post(f"/s/{token}/app/3000/create", data={"title": "a", "text": "b"})
    assert r.status_code == 200 and "leave the shell first" in r.text
    run(client, token, "exit")
    r = client.post(f"/s/{token}/app/3000/create", data={"title": "a", "text": "b"})
    assert r.status_code == 302


def test_each_held_terminal_says_its_own_way_out(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -it --name tty feedback-node")
    html = page(client, token)
    assert "Ctrl-P Ctrl-Q detaches and leaves the container running" in html and 'data-key="^P^Q"' in html
    assert "third Ctrl-C" not in html  # a raw terminal never sends the CLI a SIGINT
    run(client, token, "^P^Q")
    run(client, token, "docker logs -f tty")
    html = page(client, token)
    assert "Ctrl-C ends this command; the container keeps running." in html
    assert "Ctrl-C를 누르면 이 명령이 끝나고" in page(client, token, "ko")


def test_nodes_repl_is_named_for_what_it_is(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker run -it --name n1 node:14")
    html = page(client, token)
    assert "The terminal is now in Node&#39;s REPL inside n1" in html and "inside n1 (node)" in html
    assert '<span class="ps1 inside">&gt;</span>' in html


def test_the_app_window_saves_while_docker_run_holds_the_terminal(client: TestClient) -> None:
    """The course runs the app attached; its window is another program: a save goes through, and
    the held terminal shows what the app printed (here Node 14's warning for a rename into a volume)."""
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -p 3000:80 -v /app/feedback --name feedback-app feedback-node")
    client.post(f"/s/{token}/app/3000/create", data={"title": "a", "text": "b"})
    html = page(client, token)
    assert re.search(r'<div class="cmdline held"><span class="ps1" aria-hidden="true">\$</span> '
                     r'<span class="cmd">curl -s -X POST', html)
    assert "UnhandledPromiseRejectionWarning" in html
    assert "docker run is attached to feedback-app" in html
