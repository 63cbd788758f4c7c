"""While the terminal is inside a container's shell, what the page does for the learner still acts on
the learner's machine.

In a shell (`docker exec -it feedback-app sh`, a step the course takes) or held by a command (`docker
logs -f`), a typed line goes there. Found by the session fuzzing (tests/test_fuzz_sequences.py's
attached lines) on the lessons' worlds and the web's routes:
- a lesson's goal checks went there too: `docker ps` inside node:14's shell printed `sh: 1: docker:
  not found`, so every goal reached looked undone ("a later command undid it") until `exit`;
- Re-create, sent from a tab drawn before the shell opened, ran its `docker rm -f` and `docker run`
  in the container's shell (`docker: not found`) and recorded them as if the container were made again;
- a lesson's question about `docker rm` was asked before a `docker rm` typed in the shell, which then
  answered `docker: not found`;
- the editor's Save, recorded as `cat > FILE <<'EOF'`, wrote the container's file, not the project's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.engine import apply
from app.engine.world import World
from app.lessons.checker import evaluate, start_world
from app.lessons.model import Lesson, all_lessons, find
from app.settings import Settings
from app.store.sessions import Store
from app.tutor import LessonState
from app.web.app import create_app

HOLDS = ["docker exec -it {name} sh", "docker logs -f {name}", "docker attach {name}"]


def solved(lesson: Lesson) -> tuple[World, list[str]]:
    w, history = start_world(lesson), []
    for line in lesson.solution:
        r = apply(w, line)
        w = (apply(w, line, answer="y") if r.prompt is not None else r).world
        history.append(line)
    return w, history


WITH_A_CONTAINER = [lesson for lesson in all_lessons()
                    if any(c.running for c in solved(lesson)[0].containers.values())]


def sandbox_in_a_shell(db: Path) -> tuple[Store, TestClient, str]:
    """A Sandbox whose terminal is inside feedback-app's shell: its store, a client and its token."""
    store = Store(f"sqlite:///{db}")
    client = TestClient(create_app(Settings(), store), follow_redirects=False)
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for line in ["docker build -q -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node",
                 "docker exec -it feedback-app sh"]:
        assert client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).status_code == 200
    return store, client, token



@pytest.mark.parametrize("hold", HOLDS)
@pytest.mark.parametrize("lesson", WITH_A_CONTAINER, ids=[lesson.id for lesson in WITH_A_CONTAINER])
def test_goals_reached_stay_reached_while_the_terminal_is_in_a_container(lesson: Lesson, hold: str) -> None:
    world, history = solved(lesson)
    reached = evaluate(lesson, world, history)
    assert all(reached.values()), reached
    name = next(c.name for c in world.containers.values() if c.running)
    inside = apply(world, hold.format(name=name))
    assert inside.world.attached is not None, inside.text
    assert evaluate(lesson, inside.world, [*history, hold.format(name=name)]) == reached


def test_the_page_does_not_say_a_goal_was_undone_by_entering_a_shell(tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/g.db")), follow_redirects=False)
    token = client.post("/lessons/demo-app").headers["location"].rsplit("/", 1)[1]
    lesson = find("demo-app")
    assert lesson is not None
    for line in [*lesson.solution, "docker exec -it feedback-app sh", "ls"]:
        assert client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).status_code == 200
    page = client.get(f"/s/{token}").text
    assert "a later command undid it" not in page
    assert page.count('class="goal done"') == len(lesson.goals)


def test_recreate_is_refused_while_the_terminal_is_in_a_shell_and_records_nothing(tmp_path: Path) -> None:
    store, client, token = sandbox_in_a_shell(tmp_path / "r.db")
    hx = {"HX-Request": "true"}
    session = store.by_token(token)
    assert session is not None
    before = store.current_world(session)
    r = client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers=hx)
    assert r.status_code == 200 and "leave the shell first" in r.text
    after = store.by_token(token)
    assert after is not None and after.version == session.version  # nothing recorded
    assert store.current_world(after).containers.keys() == before.containers.keys()
    r = client.post(f"/s/{token}/recreate?lang=ko", data={"name": "feedback-app"}, headers=hx)
    assert "셸에서 나온 뒤" in r.text
    # out of the shell, the button re-creates it: a new container of the same name
    assert client.post(f"/s/{token}/run", data={"line": "exit"}, headers=hx).status_code == 200
    assert client.post(f"/s/{token}/recreate", data={"name": "feedback-app"}, headers=hx).status_code == 200
    now = store.by_token(token)
    assert now is not None
    world = store.current_world(now)
    made = world.container_by_name("feedback-app")
    assert made is not None and made.running and made.id not in before.containers


def test_a_lessons_question_is_not_asked_for_a_line_typed_in_a_container_shell(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/q.db")
    client = TestClient(create_app(Settings(), store), follow_redirects=False)
    token = client.post("/lessons/the-problem").headers["location"].rsplit("/", 1)[1]
    hx = {"HX-Request": "true"}

    def asking() -> object:
        session = store.by_token(token)
        assert session is not None
        return LessonState.loads(session.lesson_state).asking

    for line in ["docker run -d -p 3000:80 --name feedback-app feedback-node",
                 "curl -s -X POST -d title=awesome -d text=hi localhost:3000/create",
                 "docker exec -it feedback-app sh", "docker rm feedback-app"]:
        r = client.post(f"/s/{token}/run", data={"line": line}, headers=hx)
        assert r.status_code == 200
    assert asking() is None  # run in the container's shell, where there is no docker
    assert "docker: not found" in r.text
    client.post(f"/s/{token}/run", data={"line": "exit"}, headers=hx)
    client.post(f"/s/{token}/run", data={"line": "docker rm feedback-app"}, headers=hx)
    assert asking() is not None  # the learner's own docker rm: the question comes first


def test_the_editors_save_is_refused_while_the_terminal_is_in_a_shell(tmp_path: Path) -> None:
    """Saved as `cat > package.json <<'EOF'`, the line ran in the container's shell (cwd /app): the
    container's /app/package.json changed and the project's file the editor showed did not."""
    store, client, token = sandbox_in_a_shell(tmp_path / "e.db")
    hx = {"HX-Request": "true"}
    session = store.by_token(token)
    assert session is not None
    r = client.post(f"/s/{token}/edit", data={"path": "package.json", "content": "{}\n"}, headers=hx)
    assert r.status_code == 200 and "leave the shell first" in r.text
    after = store.by_token(token)
    assert after is not None and after.version == session.version
    client.post(f"/s/{token}/run", data={"line": "exit"}, headers=hx)
    client.post(f"/s/{token}/edit", data={"path": "package.json", "content": "{}\n"}, headers=hx)
    now = store.by_token(token)
    assert now is not None
    world = store.current_world(now)
    saved = world.host.get("/home/learner/feedback-app/package.json")
    assert saved is not None and saved.data == "{}\n"


def test_a_line_typed_in_a_container_shell_does_not_reach_a_goal_that_asks_for_it_on_the_host(tmp_path: Path) -> None:
    """Lesson 2's last goal, "look at the project's feedback folder on the host: ls feedback", was met
    by an `ls feedback` typed inside feedback-app's shell, which listed the container's folder. A
    line held by docker logs -f runs on the host (as in a second terminal) and counts."""
    from app.lessons.history import typed_at_host

    store = Store(f"sqlite:///{tmp_path}/h.db")
    client = TestClient(create_app(Settings(), store), follow_redirects=False)
    token = client.post("/lessons/demo-app").headers["location"].rsplit("/", 1)[1]
    lesson = find("demo-app")
    assert lesson is not None
    hx = {"HX-Request": "true"}

    def reached() -> list[str]:
        session = store.by_token(token)
        assert session is not None
        return LessonState.loads(session.lesson_state).reached

    before_last = [line for line in lesson.solution if not line.startswith("ls")]
    for line in [*before_last, "docker exec -it feedback-app sh", "ls feedback"]:
        assert client.post(f"/s/{token}/run", data={"line": line}, headers=hx).status_code == 200
    assert "not-on-host" not in reached()
    assert 'class="goal done"' in client.get(f"/s/{token}").text
    assert client.get(f"/s/{token}").text.count('class="goal done"') == len(lesson.goals) - 1
    for line in ["exit", "docker logs -f feedback-app", "ls feedback"]:  # held: this ls runs on the host
        assert client.post(f"/s/{token}/run", data={"line": line}, headers=hx).status_code == 200
    assert "not-on-host" in reached()
    session = store.by_token(token)
    assert session is not None
    typed = typed_at_host(store.chain(store.events(session.id, session.version), session.cursor))
    assert typed.count("ls feedback") == 1 and "exit" not in typed
