"""After a learner's usual slips (a typo, a run before the build, a name or a port taken twice), the
narration says what to do next; the terminal keeps Docker's and the shell's own words."""

from __future__ import annotations

import html
import re
import sqlite3
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


def narration(client: TestClient, token: str, lang: str = "en") -> list[str]:
    page = client.get(f"/s/{token}?lang={lang}").text
    region = re.search(r'<div id="narration-text"[^>]*>(.*?)</div>', page, re.S)
    assert region is not None
    return [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", region.group(1), re.S)]


def test_each_slip_is_followed_by_what_to_do_next(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "dokcer ps")
    assert narration(client, token)[0] == "dokcer is not a command. Did you mean docker? ↑ brings the line back to fix."
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    said = narration(client, token)
    assert said[0] == "No image feedback-node yet, and no registry has one: build it first with docker build -t feedback-node ."
    assert said[1] == "Nothing in images, containers or volumes changed."
    run(client, token, "docker build -t feedback-node .")
    assert not any("Did you mean" in s or "There is no" in s for s in narration(client, token))
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    assert narration(client, token)[0].startswith("The name feedback-app is taken (docker ps -a lists it): remove")
    run(client, token, "docker run -d -p 3000:80 --name second feedback-node")
    said = narration(client, token)
    assert said[0] == ("Port 3000 is taken by feedback-app: second was created but not started. docker rm second, "
                       "then run it with -p 3001:80 (or stop feedback-app first).")
    assert any("second" in s and "created" in s for s in said[1:])  # what did change is still said
    run(client, token, "docker stop feedback-ap")
    assert narration(client, token)[0].startswith("There is no container feedback-ap. Did you mean feedback-app?")
    assert "Did you mean" in narration(client, token, "en")[0]
    assert narration(client, token, "ko")[0].startswith("feedback-ap 컨테이너는 없습니다. feedback-app 컨테이너인가요?")


def test_a_failure_that_is_no_slip_adds_nothing(client: TestClient) -> None:
    """A failure the lessons are about, or one the learner's words don't explain, is left to the
    terminal: no guess is made."""
    token = new_session(client)
    run(client, token, "cat nothing.txt")
    assert narration(client, token) == ["Nothing in images, containers or volumes changed."]
    run(client, token, "frobnicate")  # not a typo of any command the lessons use
    assert narration(client, token) == ["Nothing in images, containers or volumes changed."]
    run(client, token, "docker run -d no-such-image")  # no Dockerfile is needed to say so
    run(client, token, "cd /tmp")
    run(client, token, "docker run -d feedback-node")
    assert narration(client, token)[0] == ("No image feedback-node here, and no registry has one: docker images lists "
                                           "the images you have.")


def test_the_app_that_exits_at_once_sends_the_learner_to_its_logs(client: TestClient) -> None:
    """`docker run -d` with the project folder over /app printed the container's ID and exited 0; the
    app died at once (no express), and the narration said only that the container was created."""
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, 'docker run -d -p 3000:80 --name feedback-app -v "$(pwd):/app" feedback-node')
    said = narration(client, token)
    assert said[0] == "feedback-app started and exited at once (exit code 1): docker logs feedback-app shows why."
    assert narration(client, token, "ko")[0].startswith("feedback-app 컨테이너가 시작되자마자 끝났습니다(종료 코드 1).")
    run(client, token, "docker logs feedback-app")  # nothing started again: nothing said again
    assert "exited at once" not in " ".join(narration(client, token))
    run(client, token, "docker start feedback-app")
    assert narration(client, token)[0].startswith("feedback-app started and exited at once")
    run(client, token, "docker run -d --name other node:14 sh -c 'exit 3'")  # not the app: its own business
    assert "exited at once" not in " ".join(narration(client, token))


def empty_containers(client: TestClient, token: str, lang: str = "en") -> str:
    page = client.get(f"/s/{token}?lang={lang}").text
    found = re.search(r'<div id="containers-panel"[^>]*>\s*<p class="empty">(.*?)</p>', page, re.S)
    assert found is not None
    return html.unescape(found.group(1))


def test_the_empty_containers_column_offers_the_image_there_is(client: TestClient) -> None:
    """Lessons 4 to 9 start with feedback-node:volumes built; the empty Containers column offered
    `docker run ... feedback-node`, which failed there with "pull access denied"."""
    token = new_session(client)
    assert empty_containers(client, token).startswith("No containers. Build the image, then run it:")
    run(client, token, "docker build -q -t feedback-node .")
    assert empty_containers(client, token) == ("No containers. Run one from the image feedback-node: "
                                               "docker run -d -p 3000:80 --name feedback-app feedback-node")
    r = client.post("/lessons/named-volumes")
    lesson = str(r.headers["location"]).rsplit("/", 1)[1]
    # nor does the first line the page suggests build another image
    assert narration(client, lesson) == ["Type a command below, or try: docker images"]
    assert narration(client, new_session(client)) == ["Type a command below, or try: docker build -t feedback-node ."]
    offered = empty_containers(client, lesson)
    assert offered.endswith("docker run -d -p 3000:80 --name feedback-app feedback-node:volumes")
    run(client, lesson, offered.split(": ", 1)[1])  # what it offers runs
    assert "feedback-app is running" in " ".join(narration(client, lesson))
    run(client, lesson, "docker rm -f feedback-app")
    run(client, lesson, "docker ps")  # (the removed container's card is drawn leaving until the next command)
    assert empty_containers(client, lesson, "ko") == (
        "컨테이너가 없습니다. feedback-node:volumes 이미지로 실행해 보세요: "
        "docker run -d -p 3000:80 --name feedback-app feedback-node:volumes")


def test_re_create_tells_that_the_old_layer_and_its_files_are_gone(client: TestClient) -> None:
    """The Re-create button writes `docker rm -f feedback-app` and the run again; the narration told
    only the run ("Container feedback-app was created with an empty read-write layer"), and not that
    awesome.txt went with the old layer, which is lesson 3's point."""
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, "curl -s -X POST --data-urlencode title=awesome localhost:3000/create")
    r = client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    said = narration(client, token)
    assert "1 file in the layer of feedback-app is gone for good" in said
    assert "feedback-app was removed together with its read-write layer" in said
    assert "Container feedback-app was created with an empty read-write layer" in said
    # Re-create again at once: only this click's change is told, not the one before it too
    run(client, token, "curl -s -X POST --data-urlencode title=again localhost:3000/create")
    client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers={"HX-Request": "true"})
    said = narration(client, token)
    assert "1 file in the layer of feedback-app is gone for good" in said
    assert "Container feedback-app was created with an empty read-write layer" in said
    # the same two lines typed, however quickly (a script, a paste), are told one at a time, as
    # typed: the page knows a Re-create from the log's mark, not from the lines' shape and timing
    run(client, token, "docker rm -f feedback-app")
    assert "feedback-app was removed together with its read-write layer" in narration(client, token)
    run(client, token, "docker run -d --name feedback-app -p 3000:80 feedback-node")  # (as Re-create writes it)
    said = narration(client, token)
    assert not any("removed" in s for s in said) and any("feedback-app" in s for s in said)


def test_a_log_written_before_re_create_was_marked_still_opens(tmp_path: Path) -> None:
    """Re-create's lines are marked in the log (events.action); a database made before that column
    gets it when it is opened, and its logs read as lines on their own."""
    url = f"sqlite:///{tmp_path}/old.db"
    client = TestClient(create_app(Settings(), Store(url)), follow_redirects=False)
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers={"HX-Request": "true"})
    with sqlite3.connect(tmp_path / "old.db") as db:  # the table as it was before the mark
        assert [a for (a,) in db.execute("SELECT action FROM events ORDER BY version")] == ["", "", "recreate", "+"]
        db.execute("ALTER TABLE events DROP COLUMN action")
    reopened = Store(url)
    client = TestClient(create_app(Settings(), reopened), follow_redirects=False)
    session = reopened.by_token(token)
    assert session is not None
    assert [(e.line.split()[1], e.action) for e in reopened.events(session.id)] == [
        ("build", ""), ("run", ""), ("rm", ""), ("run", "")]
    said = narration(client, token)  # the run told on its own, as a line of an old log is
    assert "Container feedback-app was created with an empty read-write layer" in said
    assert not any("removed" in s for s in said)
    client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers={"HX-Request": "true"})
    assert "feedback-app was removed together with its read-write layer" in narration(client, token)


def test_a_docker_command_a_typo_away_is_named(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volme ls")
    assert narration(client, token)[0] == ("docker volme is not a docker command. Did you mean docker volume? "
                                           "↑ brings the line back to fix.")
    run(client, token, "docker volume lss")
    assert narration(client, token, "ko")[0] == ("docker volume lss: docker에 그런 명령은 없습니다. docker volume ls "
                                                 "명령인가요? ↑ 키로 줄을 다시 불러와 고치세요.")
    run(client, token, "docker frobnicate")  # nothing near enough: no guess
    assert not any("Did you mean" in s for s in narration(client, token))


def test_a_build_without_its_folder_is_told_to_add_the_dot(client: TestClient) -> None:
    """`docker build -t feedback-node`, the lesson's line with its last `.` missed (a first-time
    learner on a phone did): buildx's "requires 1 argument" names no folder, and the narration said
    only that nothing changed. It now says the folder is missing and how to add it; two folders
    (refused with the same words) get no such advice."""
    token = new_session(client)
    run(client, token, "docker build -t feedback-node")
    said = narration(client, token)
    assert said[0] == ("docker build needs the folder to build from, its build context, as its last word: . is "
                       "this folder. ↑ brings the line back: add a space and a . at its end.")
    assert narration(client, token, "ko")[0].startswith("docker build는 마지막 단어로 빌드할 폴더")
    run(client, token, "docker build -t feedback-node . pages")
    assert not any("build context" in s for s in narration(client, token))
    run(client, token, "docker build --tag=feedback-node -f Dockerfile")
    assert narration(client, token)[0].startswith("docker build needs the folder")


def test_a_curl_that_gave_up_waiting_sends_the_learner_to_the_logs(client: TestClient) -> None:
    """Lesson 7's `curl -s -m 2 -X POST ... localhost:3000/create` to the app under a read-only /app
    printed nothing and exited 28 (the request is never answered: EROFS, which Node 14 only warns
    about); the narration said only that nothing changed. It now says the app never answered and
    where to look, as the app's window does; a curl to a port nobody publishes gets no such line."""
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "mkdir node_modules")  # (the mount point of -v /app/node_modules in the read-only /app)
    run(client, token, 'docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" '
                       '-v /app/node_modules feedback-node')
    run(client, token, "curl -s -m 2 -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' "
                       "localhost:3000/create")
    said = narration(client, token)
    assert said[0] == ("The app in feedback-app took the request on localhost:3000 and never answered, so curl gave "
                       "up (exit code 28: its -m time ran out). docker logs feedback-app shows why.")
    assert narration(client, token, "ko")[0].startswith("feedback-app 컨테이너의 앱이 localhost:3000 주소로 온 요청을")
    run(client, token, "curl -s -m 2 localhost:4000/")  # refused (7): nothing hangs, nothing said
    assert not any("never answered" in s for s in narration(client, token))
