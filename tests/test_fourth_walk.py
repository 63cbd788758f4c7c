"""A fourth learner's walk, through the under-the-hood lesson and the volumes, in Korean and
English: what it stumbled on, each kept fixed (in-process; tests/browser/test_fourth_walk.py has
what needs a real browser)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.model import find
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.test_mistakes_narrated import narration

HX = {"HX-Request": "true"}


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def lesson(client: TestClient, lesson_id: str) -> str:
    r = client.post(f"/lessons/{lesson_id}")
    assert r.status_code == 303
    return str(r.headers["location"]).rsplit("/", 1)[1]


def prompt_region(html: str) -> str | None:
    """The command line's region as an answer swaps it in (None: the answer leaves it as it is)."""
    m = re.search(r'<div id="term-prompt" hx-swap-oob="outerMorph">(.*?)\n</div>', html, re.S)
    return None if m is None else m.group(1)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_refused_command_answered_from_a_question_gives_the_command_line_back(client: TestClient,
                                                                                lang: str) -> None:
    """`docker commit feedback-node:snapshot` (the image's name where the container's goes) asks the
    lesson's question; answered, Docker refuses it and the question stays open for the next try. The
    answer sent no command line back: the page kept the question's form where the line goes, and the
    learner could type nothing until a reload."""
    token = lesson(client, "under-the-hood")
    assert client.get(f"/s/{token}?lang={lang}").status_code == 200  # the page as the learner opens it
    asked = client.post(f"/s/{token}/run?lang={lang}", data={"line": "docker commit feedback-node:snapshot"},
                        headers=HX).text
    assert 'class="prompt predict"' in (prompt_region(asked) or "")
    answered = client.post(f"/s/{token}/predict?lang={lang}", data={"choice": "0"}, headers=HX).text
    assert "No such container: feedback-node:snapshot" in answered
    region = prompt_region(answered)
    assert region is not None and "predict" not in region and 'id="command-input"' in region
    # asked again before the right line, and answered, it is revealed
    asked = client.post(f"/s/{token}/run?lang={lang}", data={"line": "docker commit feedback-app feedback-node:snapshot"},
                        headers=HX).text
    assert 'class="prompt predict"' in (prompt_region(asked) or "")
    answered = client.post(f"/s/{token}/predict?lang={lang}", data={"choice": "0"}, headers=HX).text
    assert 'class="prompt predict"' not in answered and 'id="command-input"' in (prompt_region(answered) or "")
    explain = find("under-the-hood").predict[2].explain.get(lang)  # type: ignore[union-attr]
    assert html.escape(explain, quote=False) in answered


@pytest.mark.parametrize(("line", "en", "ko"), [
    ("docker diff feedback",  # the volume's name
     "feedback is a volume, not a container. Name a container here: feedback-app (docker ps -a lists them).",
     "feedback 볼륨은 컨테이너가 아닙니다. 여기에는 컨테이너 이름을 쓰세요: feedback-app (docker ps -a 명령으로 볼 수 있습니다)."),
    ("docker diff feedback-node",  # the image's
     "feedback-node is an image, not a container. Name a container here: feedback-app (docker ps -a lists them).",
     "feedback-node 이미지는 컨테이너가 아닙니다. 여기에는 컨테이너 이름을 쓰세요: feedback-app "
     "(docker ps -a 명령으로 볼 수 있습니다)."),
    ("docker commit feedback-node:snapshot",  # the new image's name without the container's before it
     "There is no container feedback-node:snapshot. The containers here: feedback-app (docker ps -a lists them).",
     "feedback-node:snapshot 컨테이너는 없습니다. 지금 있는 컨테이너: feedback-app (docker ps -a 명령으로 볼 수 있습니다)."),
    ("docker diff feedback-ap",  # a typo, as before
     "There is no container feedback-ap. Did you mean feedback-app? ↑ brings the line back to fix.",
     "feedback-ap 컨테이너는 없습니다. feedback-app 컨테이너인가요? ↑ 키로 줄을 다시 불러와 고치세요."),
])
def test_a_container_named_wrong_is_told_which_containers_there_are(client: TestClient, line: str, en: str,
                                                                     ko: str) -> None:
    """`docker diff feedback` answered `No such container: feedback`, and the narration under it read
    only that nothing changed: a name too far from feedback-app for a typo (the volume's, the
    image's) got no word on what to type instead."""
    token = lesson(client, "under-the-hood")
    client.post(f"/s/{token}/run", data={"line": line}, headers=HX)
    if 'class="prompt predict"' in client.get(f"/s/{token}").text:  # commit's question first
        client.post(f"/s/{token}/predict", data={"choice": "0"}, headers=HX)
    assert narration(client, token, "en")[0] == en
    assert narration(client, token, "ko")[0] == ko


@pytest.mark.parametrize("line", ["ls /var/lib/docker/volumes/feedback/_data", "ls /var/lib/docker",
                                  "cat /var/lib/docker/volumes/feedback/_data/awesome.txt"])
def test_a_look_into_the_volumes_without_sudo_is_told_to_use_sudo(client: TestClient, line: str) -> None:
    """The lessons list a volume's files with `sudo ls /var/lib/docker/volumes/...`; typed without
    sudo, ls answered "Permission denied" and the narration only that nothing changed."""
    token = lesson(client, "under-the-hood")
    client.post(f"/s/{token}/run", data={"line": line}, headers=HX)
    assert narration(client, token, "en")[0] == ("Only root may read /var/lib/docker, where the volumes are: "
                                                 "↑ brings the line back, then put sudo in front of it.")
    assert narration(client, token, "ko")[0] == "볼륨이 있는 /var/lib/docker는 root만 읽을 수 있습니다. ↑ 키로 줄을 다시 불러와 앞에 sudo를 붙이세요."
    client.post(f"/s/{token}/run", data={"line": "sudo " + line}, headers=HX)
    assert not any("sudo" in s for s in narration(client, token, "en"))
    # a redirect into it is the learner's shell's, which sudo in front would not reach: not told so
    client.post(f"/s/{token}/run", data={"line": "echo hi > /var/lib/docker/volumes/feedback/_data/x"}, headers=HX)
    assert not any("sudo" in s for s in narration(client, token, "en"))


def test_a_volume_in_use_is_told_which_container_holds_it(client: TestClient) -> None:
    """`docker volume rm feedback` while feedback-app has it: Docker names the container by its full
    ID, and the narration said only that nothing changed."""
    token = lesson(client, "named-volumes")
    client.post(f"/s/{token}/run", data={"line": "docker run -d -p 3000:80 --name feedback-app -v "
                                         "feedback:/app/feedback feedback-node:volumes"}, headers=HX)
    client.post(f"/s/{token}/run", data={"line": "docker stop feedback-app"}, headers=HX)
    if 'class="prompt predict"' in client.get(f"/s/{token}").text:
        client.post(f"/s/{token}/predict", data={"choice": "0"}, headers=HX)
    client.post(f"/s/{token}/run", data={"line": "docker volume rm feedback"}, headers=HX)
    assert narration(client, token, "en")[0] == (
        "Volume feedback is in use by feedback-app: a container holds its volumes until it is removed, stopped or "
        "not. Remove it first (docker rm -f feedback-app), then the volume.")
    assert narration(client, token, "ko")[0] == (
        "feedback 볼륨은 feedback-app 컨테이너가 쓰고 있습니다. 컨테이너는 멈춰 있어도 삭제될 때까지 볼륨을 붙잡고 "
        "있습니다. 컨테이너를 먼저 지우고(docker rm -f feedback-app) 볼륨을 지우세요.")


@pytest.mark.parametrize(("line", "told"), [
    ("docker run -d -p 3000:80 --name feedback-app -v feedback:app/feedback feedback-node:volumes", "app/feedback"),
    ("docker run -d --name feedback-app --mount type=volume,source=feedback,target=app/feedback "
     "feedback-node:volumes", "app/feedback"),
    ("docker run -d --name feedback-app --mount type=bind,source=pages,target=/app/pages feedback-node:volumes", ""),
])
def test_a_path_in_the_container_without_its_slash_is_told_to_start_with_one(client: TestClient, line: str,
                                                                             told: str) -> None:
    """-v feedback:app/feedback answered Docker's "mount path must be absolute"; the narration, that
    nothing changed. (The same words for a --mount bind's host folder are about the host: not told.)"""
    token = lesson(client, "named-volumes")
    client.post(f"/s/{token}/run", data={"line": line}, headers=HX)
    said = narration(client, token, "ko")[0]
    if told:
        assert said == f"컨테이너 안의 경로는 /로 시작합니다. ↑ 키로 줄을 다시 불러와 {told} 앞에 /를 붙이세요."
        assert narration(client, token, "en")[0] == (
            f"A path in the container starts with /: ↑ brings the line back, then write /{told} for {told}.")
    else:
        assert "/로 시작" not in said


def test_a_redirect_the_learners_own_shell_made_is_told_to_go_in_sh_c(client: TestClient) -> None:
    """`docker exec feedback-app echo "<p>x</p>" >> /app/pages/feedback.html`, the hint's line
    without its sh -c: bash opens /app/pages/feedback.html on the host and answers "No such file or
    directory"; the narration said only that nothing changed. The line it offers makes the copy-up."""
    token = lesson(client, "under-the-hood")
    typed = "docker exec feedback-app echo \"<p>x</p>\" >> /app/pages/feedback.html"
    client.post(f"/s/{token}/run", data={"line": typed}, headers=HX)
    client.post(f"/s/{token}/predict", data={"choice": "1"}, headers=HX)  # the lesson's question first
    fixed = "docker exec feedback-app sh -c 'echo \"<p>x</p>\" >> /app/pages/feedback.html'"
    assert narration(client, token, "en")[0] == (
        "Your shell made the redirect to /app/pages/feedback.html on the host, before docker ran. Let the container's "
        f"shell make it: {fixed}")
    assert narration(client, token, "ko")[0] == (
        "/app/pages/feedback.html 리디렉션은 docker보다 먼저 호스트의 셸이 처리했습니다. 컨테이너의 셸이 처리하도록 "
        f"sh -c로 감싸세요: {fixed}")
    client.post(f"/s/{token}/run", data={"line": fixed}, headers=HX)
    client.post(f"/s/{token}/predict", data={"choice": "1"}, headers=HX)  # asked again: the refusal left it open
    assert any("was copied up from the image" in s for s in narration(client, token, "en"))


def test_the_sh_c_line_offered_keeps_the_exec_options(client: TestClient) -> None:
    """An option with its value before the container (-u root) is kept before it, not read as the
    container's name."""
    token = lesson(client, "under-the-hood")
    client.post(f"/s/{token}/run", data={"line": "docker exec -u root feedback-app echo hi > /app/x.txt"}, headers=HX)
    client.post(f"/s/{token}/predict", data={"choice": "1"}, headers=HX)  # the lesson's question first
    assert narration(client, token, "en")[0].endswith("docker exec -u root feedback-app sh -c 'echo hi > /app/x.txt'")
