"""Commands the lesson shows are taken into the command line with one tap (in-process: what the page
draws). A walk on a phone found every goal's and hint's command plain text, to be typed again on the
phone's keyboard; and two Korean labels that read oddly."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.markdown import render
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from app.web.takeable import is_command, split_commands, takeable_html


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def takes(page: str) -> list[str]:
    """The commands a page offers to put in the command line."""
    return [html.unescape(m) for m in re.findall(r'<button type="button" class="take-it" data-take="([^"]*)"', page)]


def panel(page: str) -> str:
    return page.split('<div id="lesson-panel"')[1].split('<div class="lesson-text">')[0]


def test_the_rule_says_which_code_is_a_command() -> None:
    assert is_command("docker volume ls") and is_command("sudo ls /var/lib/docker/volumes/feedback/_data")
    for code in ("/app/feedback", "-v feedback:/app/feedback", "VOLUME", "feedback", "server.js",
                 "localhost:3000/feedback/awesome.txt", "CACHED", "ARG DEFAULT_PORT=80", "docker ps\ndocker ps -a"):
        assert not is_command(code), code
    drawn = takeable_html(render("Run `docker volume ls`, not `/app/feedback`:\n\n```\ndocker ps -a\n```\n\n"
                                 "```\nARG X=1\n```\n"), "Put it in")
    assert re.findall(r'<button type="button" class="take-it" data-take="([^"]*)"', drawn) == ["docker volume ls", "docker ps -a"]
    assert '<code class="take" data-take="docker volume ls">docker volume ls</code>' in drawn
    assert "<code>/app/feedback</code>" in drawn and "<pre><code>ARG X=1\n</code></pre>" in drawn


def test_a_sentence_names_a_known_command_only_whole() -> None:
    known = ["docker volume prune", "docker volume prune -a", "docker stop feedback-app", "docker volume ls"]
    pieces = split_commands("Clean up: docker volume prune, then docker volume prune -a (answer y)", known)
    assert [p for p, cmd in pieces if cmd] == ["docker volume prune", "docker volume prune -a"]
    assert "".join(p for p, _ in pieces) == "Clean up: docker volume prune, then docker volume prune -a (answer y)"
    # a Korean particle ends the command; an option after it means the sentence's command goes on
    ko = split_commands("docker stop feedback-app을 실행한 다음 docker volume ls를 보세요", known)
    assert [p for p, cmd in ko if cmd] == ["docker stop feedback-app", "docker volume ls"]
    assert not any(cmd for _, cmd in split_commands("docker volume ls -q lists names", known))


def test_an_owner_takes_the_goals_hints_and_texts_commands(client: TestClient) -> None:
    token = client.post("/lessons/named-volumes").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/hint")
    page = client.get(f"/s/{token}?lang=en").text
    offered = takes(page)
    run = "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes"
    # the hint's docker run, the goal's sudo ls, the text's code block and its `docker volume ls`
    assert run in takes(page.split('class="hint"')[1].split("</p>")[0])
    goal = page.split('data-goal="on-host"')[1].split("</li>")[0]
    assert takes(goal) == ["sudo ls /var/lib/docker/volumes/feedback/_data"]
    assert 'aria-label="Put in the terminal: sudo ls /var/lib/docker/volumes/feedback/_data"' in goal
    text = page.split('<div class="lesson-text">')[1]
    assert run in takes(text) and "docker volume ls" in takes(text)
    # paths, names and fragments of a command stay text
    for not_a_command in ("/var/lib/docker/volumes/feedback/_data", "-v feedback:/app/feedback", "feedback", "VOLUME"):
        assert not_a_command not in offered
    assert "<code>/var/lib/docker/volumes/feedback/_data</code>" in text


def test_korean_names_the_control_in_korean(client: TestClient) -> None:
    token = client.post("/lessons/named-volumes").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/hint")
    page = client.get(f"/s/{token}?lang=ko").text
    assert 'aria-label="터미널에 넣기: sudo ls /var/lib/docker/volumes/feedback/_data"' in page
    hint = page.split('class="hint"')[1].split("</p>")[0]
    assert takes(hint) == ["docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes"]
    assert "</button>로 실행하고" in hint  # the particle stays outside the command (and its button)


def test_a_watcher_gets_code_and_no_control(client: TestClient) -> None:
    token = client.post("/lessons/named-volumes").headers["location"].rsplit("/", 1)[1]
    page = client.get(f"/s/{token}?lang=en").text
    assert takes(page)
    viewer = page.split('href="/w/')[1].split('"')[0]
    watched = client.get(f"/w/{viewer}?lang=en").text
    assert "data-take" not in watched and "Put in the terminal" not in watched
    goal = watched.split('data-goal="on-host"')[1].split("</li>")[0]
    assert "<code>sudo ls /<wbr>var/<wbr>lib/<wbr>docker/<wbr>volumes/<wbr>feedback/<wbr>_data</code>" in goal


def test_the_solution_lines_are_taken_too(client: TestClient) -> None:
    token = client.post("/lessons/named-volumes").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/solution")
    page = client.get(f"/s/{token}?lang=en").text
    solution = page.split('<div class="solution">')[1].split("</ol>")[0]
    assert takes(solution)[:2] == ["docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes",
                                   "docker volume ls"]


def test_korean_volume_and_build_labels_read_naturally(client: TestClient) -> None:
    """A named volume was marked "이름 있음" ("has a name"), and a step built for the first time
    "다시 빌드함" ("built again"): the volume is now "이름 지정" and a step not from the cache "새로 빌드"."""
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for line in ("docker volume create keep", "docker build -t feedback-node ."):
        assert client.post(f"/s/{token}/run", data={"line": line}).status_code in (200, 303)
    page = client.get(f"/s/{token}?lang=ko").text
    assert '<span class="sub">이름 지정</span>' in page and "이름 있음" not in page
    assert "새로 빌드" in page and "다시 빌드" not in page
