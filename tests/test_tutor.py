"""The rules of a learner's turn (app/tutor): predictions, the app's form, goals that stay reached,
a lesson's solution in another session. Over HTTP where the page's answer matters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.tutor import LessonState, Tutor
from app.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = Settings(rate_session=1000.0, rate_client=1000.0)
    return TestClient(create_app(settings, Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


SAVE_AWESOME = ("curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' "
                "localhost:3000/create")


def start(client: TestClient, lesson: str) -> str:
    return client.post(f"/lessons/{lesson}").headers["location"].rsplit("/", 1)[1]


def run(client: TestClient, token: str, line: str) -> str:
    r = client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    assert r.status_code == 200, r.text
    return r.text


def state(client: TestClient, token: str) -> LessonState:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    return LessonState.loads(store.by_token(token).lesson_state)  # type: ignore[union-attr]


def lines(client: TestClient, token: str) -> list[str]:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    return [e.line for e in store.events(session.id) if e.kind == "cmd"]


def test_a_prediction_for_a_command_that_fails_stays_open(client: TestClient) -> None:
    token = start(client, "the-problem")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, SAVE_AWESOME)  # (the question is about awesome.txt: asked once it is saved)
    run(client, token, "docker rm feedback-app")  # asked first
    asked = state(client, token).asking
    assert asked is not None and asked.line == "docker rm feedback-app"
    r = client.post(f"/s/{token}/predict", data={"choice": "0"}, headers={"HX-Request": "true"})
    assert "container is running" in r.text or "cannot remove" in r.text.lower()
    after = state(client, token)
    assert after.asking is None and asked.index not in after.answered  # not used up by a failure
    assert "right!" not in r.text and "not quite." not in r.text  # nothing revealed beside the error
    run(client, token, "docker stop feedback-app")
    run(client, token, "docker rm feedback-app")
    again = state(client, token).asking
    assert again is not None and again.index == asked.index  # asked before the real rm
    client.post(f"/s/{token}/predict", data={"choice": "0"})
    assert asked.index in state(client, token).answered


def test_a_line_typed_while_a_question_waits_is_not_run_and_says_why(client: TestClient) -> None:
    """A second tab of the session (or a line sent as the question came) types while the lesson waits
    for an answer: the line is not run, and the learner reads why instead of seeing it vanish."""
    token = start(client, "the-problem")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, SAVE_AWESOME)  # (the question is about awesome.txt: asked once it is saved)
    run(client, token, "docker rm feedback-app")  # asked first
    before = lines(client, token)
    assert state(client, token).asking is not None
    page = run(client, token, "docker ps")
    assert "answer it in the terminal, then run your command again" in page
    assert lines(client, token) == before  # not run
    korean = client.post(f"/s/{token}/run", data={"line": "docker ps"},
                         headers={"HX-Request": "true", "Accept-Language": "ko"})
    assert "터미널에서 답한 뒤 명령을 다시 실행하세요" in korean.text


def test_the_apps_form_is_asked_about_like_the_typed_line(client: TestClient) -> None:
    token = start(client, "anonymous-volumes")
    for line in ("echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile", "docker build -t feedback-node:volumes .",
                 "docker run -d -p 3000:80 --rm --name feedback-app feedback-node:volumes"):
        run(client, token, line)
    before = lines(client, token)
    r = client.post(f"/s/{token}/app/3000/create", data={"title": "awesome", "text": "Docker is great"})
    assert r.status_code == 200 and "Not sent yet" in r.text
    asked = state(client, token).asking
    assert asked is not None and asked.line.startswith("curl -s -X POST ") and asked.line.endswith(" localhost:3000/create")
    assert lines(client, token) == before  # nothing ran yet
    waiting = client.post(f"/s/{token}/app/3000/create", data={"title": "other", "text": "x"})
    assert "answer it in the terminal" in waiting.text and lines(client, token) == before  # where the question is
    page = client.get(f"/s/{token}").text
    assert "You press Save" in page or 'name="choice"' in page  # the question is on the page
    client.post(f"/s/{token}/predict", data={"choice": "0"})
    assert lines(client, token) == [*before, asked.line]  # the form's line ran once answered
    assert asked.index in state(client, token).answered


def test_a_goal_once_reached_stays_reached_and_says_what_undid_it(client: TestClient) -> None:
    token = start(client, "named-volumes")
    run(client, token, "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback "
                       "feedback-node:volumes")
    assert "named" in state(client, token).reached
    run(client, token, "docker stop feedback-app")  # the lesson asks first
    page = client.post(f"/s/{token}/predict", data={"choice": "1"}, headers={"HX-Request": "true"}).text
    # --rm: the container is gone, so goal 1 no longer holds now
    assert "named" in state(client, token).reached
    full = client.get(f"/s/{token}").text
    goal = full.split('data-goal="named"')[1].split("</li>")[0]
    assert "✓" in goal and "a later command undid it" in goal
    assert "a later command undid it" in page or 'data-goal="named"' not in page


def test_a_lessons_solution_loaded_in_a_sandbox_starts_from_the_lessons_start(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/script", data={"lesson": "named-volumes"})
    script = state(client, token).script
    assert script is not None and script.lines[0].startswith("echo 'VOLUME")  # the lesson's start first
    for _ in range(len(script.lines)):
        client.post(f"/s/{token}/step")
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    failed = [(e.line, e.exit_code) for e in store.events(session.id) if e.kind == "cmd" and e.exit_code]
    assert failed == []  # no "Unable to find image 'feedback-node:volumes'"
    assert "awesome.txt" in json.dumps([e.output for e in store.events(session.id)])


def test_the_tutor_never_imports_the_web_layer() -> None:
    import ast

    root = Path(__file__).parents[1] / "app" / "tutor"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("app.web", "web")), (path.name, node.module)
    assert Tutor.__module__ == "app.tutor.turn"


def test_help_is_a_command_like_any_other(client: TestClient) -> None:
    """`help` is the host shell's builtin (layerlab sim answers the same): echoed and kept in the log."""
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    answer = run(client, token, "help")
    assert "$</span> <span class=\"cmd\">help</span>" in answer and "docker build -t feedback-node ." in answer
    assert lines(client, token) == ["help"]


def test_a_stopped_containers_port_shows_the_connection_refused(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    stopped = run(client, token, "docker stop feedback-app")
    page = client.get(f"/s/{token}").text
    window = page.split('id="browser-panel"')[1].split("</iframe>")[0]
    assert "No container publishes a port" not in page and "/app/3000/" in window
    # the window kept its port (its panel is sent again: who answers there changed, see browser_serving)
    assert 'id="browser-panel"' not in stopped or 'data-ports="3000"' in stopped.split('id="browser-panel"')[1][:200]
    refused = client.get(f"/s/{token}/app/3000/")
    assert "refused to connect" in refused.text or "연결을 거부" in refused.text or "ERR_CONNECTION_REFUSED" in refused.text
