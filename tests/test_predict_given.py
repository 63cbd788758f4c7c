"""A lesson's question is asked only when what it takes as given holds. Lesson 3 asked "feedback-app
was stopped after you saved awesome.txt: when it starts again, is the file still there?" of a learner
who stopped and started it before saving anything, and told them "Yes — right!" over an empty layer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.checker import check_lesson
from app.lessons.model import DATA, LessonError, load_lesson
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app

SAVE = "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' localhost:3000/create"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def lesson_session(client: TestClient, lesson: str) -> str:
    r = client.post(f"/lessons/{lesson}")
    assert r.status_code == 303
    return str(r.headers["location"]).rsplit("/", 1)[1]


def run(client: TestClient, token: str, line: str) -> None:
    r = client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    assert r.status_code == 200


def asking(client: TestClient, token: str) -> bool:
    return 'class="prompt predict"' in client.get(f"/s/{token}").text


def test_stop_and_start_before_saving_runs_without_the_question(client: TestClient) -> None:
    token = lesson_session(client, "the-problem")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, "docker stop feedback-app")
    run(client, token, "docker start feedback-app")
    assert not asking(client, token)
    page = client.get(f"/s/{token}").text
    assert "feedback-app is running" in page  # the start ran at once
    run(client, token, "docker rm -f feedback-app")  # nothing saved: no question about awesome.txt either
    assert not asking(client, token)
    assert "feedback-app was removed together with its read-write layer" in client.get(f"/s/{token}").text
    # done as the lesson says, both questions come, still open
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, SAVE)
    run(client, token, "docker stop feedback-app")
    run(client, token, "docker start feedback-app")
    assert asking(client, token)
    r = client.post(f"/s/{token}/predict", data={"choice": "0"}, headers={"HX-Request": "true"})
    assert "right!" in r.text.lower()
    run(client, token, "docker rm -f feedback-app")
    assert asking(client, token)


def test_the_question_is_asked_when_what_it_takes_as_given_holds(client: TestClient) -> None:
    """A container that is still running when started again is no stop and start: not asked then."""
    token = lesson_session(client, "the-problem")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, SAVE)
    run(client, token, "docker start feedback-app")  # (running: docker start only prints its name)
    assert not asking(client, token)
    run(client, token, "docker stop feedback-app")
    run(client, token, "docker restart feedback-app")
    assert asking(client, token)


def copy_the_problem(tmp_path: Path) -> Path:
    target = tmp_path / "03-the-problem"
    shutil.copytree(DATA / "03-the-problem", target)
    return target


def test_a_question_whose_given_the_solution_does_not_meet_is_reported(tmp_path: Path) -> None:
    folder = copy_the_problem(tmp_path)
    toml = folder / "lesson.toml"
    toml.write_text(toml.read_text().replace('if_expect = ["...", "A /app/feedback/awesome.txt", "..."]',
                                             'if_expect = ["...", "A /app/feedback/second.txt", "..."]'))
    assert check_lesson(load_lesson(folder)) == [
        "the-problem: the question for '^docker\\\\s+(container\\\\s+)?rm\\\\b' is asked by the solution when "
        "what it takes as given does not hold"]
    toml.write_text(toml.read_text().replace('if_expect = ["...", "A /app/feedback/second.txt", "..."]\n', ""))
    with pytest.raises(LessonError, match="if_run without if_expect"):
        load_lesson(folder)


def test_a_question_whose_answer_is_dockers_refusal_is_answered_when_docker_refuses(client: TestClient) -> None:
    """Lesson 8 asks "Will docker volume rm feedback work now?" (no: feedback-app still uses it).
    Docker refused, as the lesson means it to, and the learner's answer was never revealed: a refused
    docker line kept the question open, to be asked again at the next try."""
    token = lesson_session(client, "managing-volumes")
    run(client, token, "docker volume rm notes")  # another volume: not what the question is about
    assert not asking(client, token)
    run(client, token, "docker stop feedback-app")
    run(client, token, "docker volume rm feedback")
    assert asking(client, token)
    r = client.post(f"/s/{token}/predict", data={"choice": "1"}, headers={"HX-Request": "true"})
    assert "volume is in use" in r.text and "right!" in r.text.lower()
    run(client, token, "docker volume rm feedback")  # answered: not asked again
    assert not asking(client, token)
    # with feedback-app gone the volume can go: the question, about a volume in use, is not asked
    token = lesson_session(client, "managing-volumes")
    run(client, token, "docker rm -f feedback-app")
    run(client, token, "docker volume rm feedback")
    assert not asking(client, token)
