"""Lessons as data: the loader's checks, every lesson's solution, the CLI, and lessons on the web."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.engine import apply
from app.lessons.checker import check_lesson, start_world, unmet
from app.lessons.matching import line_matches
from app.lessons.missing import Missing, absent, explain, miss
from app.lessons.model import DATA, Goal, LessonError, Text, all_lessons, load_lesson
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app

LESSONS = all_lessons()


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_solution_reaches_every_goal_and_no_goal_is_met_at_the_start(lesson) -> None:  # type: ignore[no-untyped-def]
    assert check_lesson(lesson) == []


def test_course_order_starts_with_kinds_of_data() -> None:
    assert [lesson.id for lesson in LESSONS][:2] == ["kinds-of-data", "demo-app"]
    assert len({lesson.order for lesson in LESSONS}) == len(LESSONS)


def test_cli_lists_check_and_prints_solutions() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "lessons", *args], capture_output=True, text=True,
                              cwd=Path(__file__).parents[1])
    ko = run("--lang", "ko")
    assert ko.returncode == 0 and "demo-app\t데모 앱" in ko.stdout.splitlines()
    assert run().stdout.splitlines()[0] == "kinds-of-data\tThree kinds of data"
    check = run("--check")
    assert check.returncode == 0, check.stderr
    assert run("--solution", "demo-app").stdout.splitlines()[1] == "docker build -t feedback-node ."
    assert run("--solution", "nope").returncode == 1


def copy_lesson(tmp_path: Path) -> Path:
    target = tmp_path / "02-demo-app"
    shutil.copytree(DATA / "02-demo-app", target)
    return target


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace("format_version = 1", "format_version = 9"), "format_version must be 1"),
    (lambda t: t.replace('ko = "데모 앱"', 'ko = ""'), "title: missing or empty text for ko"),
    (lambda t: t.replace('id = "running"', 'id = "built"'), "unique id"),
    (lambda t: t.split("[[hints]]")[0], "at least one hint"),
    (lambda t: t.replace("solution = [", "solutionx = ["), "reference solution"),
    (lambda t: t.replace("run = [\"docker ps", "runx = [\"docker ps"), "run/expect or ran"),
    (lambda t: t.replace('goals = ["running"]', 'goals = ["runing"]'), "hints[1].goals: no goal with the id runing"),
])
def test_loader_rejects_malformed_lessons_clearly(tmp_path: Path, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    folder = copy_lesson(tmp_path)
    toml = folder / "lesson.toml"
    toml.write_text(edit(toml.read_text()))
    with pytest.raises(LessonError, match=re.escape(message)):
        load_lesson(folder)


def test_loader_needs_both_languages(tmp_path: Path) -> None:
    folder = copy_lesson(tmp_path)
    (folder / "ko.md").unlink()
    with pytest.raises(LessonError, match=r"ko\.md is missing"):
        load_lesson(folder)


def test_a_bad_solution_is_reported(tmp_path: Path) -> None:
    folder = copy_lesson(tmp_path)
    toml = folder / "lesson.toml"
    toml.write_text(toml.read_text().replace('  "ls feedback",\n', ""))
    problems = check_lesson(load_lesson(folder))
    assert problems == ["demo-app: the solution does not reach goal not-on-host"]


def test_a_goal_no_hint_helps_with_is_reported(tmp_path: Path) -> None:
    folder = copy_lesson(tmp_path)
    toml = folder / "lesson.toml"
    toml.write_text(toml.read_text().replace('goals = ["saved", "not-on-host"]', 'goals = ["not-on-host"]'))
    problems = check_lesson(load_lesson(folder))
    assert problems == ["demo-app: no hint is about goal saved, the first one open"]


def test_hints_offered_follow_the_first_open_goal() -> None:
    demo = next(lesson for lesson in LESSONS if lesson.id == "demo-app")
    assert demo.open_hints(set()) == [0, 1, 2]
    assert demo.open_hints({"built", "running"}) == [2]  # the form's hint, not "build the image"
    assert demo.open_hints({"built", "running", "saved"}) == [2]  # it helps with not-on-host too
    assert demo.open_hints({g.id for g in demo.goals}) == []
    read_only = next(lesson for lesson in LESSONS if lesson.id == "read-only")
    assert read_only.open_hints(set()) == [0, 3, 1, 2]  # both of the first goal's hints first


_NO_SUCH = re.compile(r"No such (container|image|object)|Unable to find image")


def _walk(lesson):  # type: ignore[no-untyped-def]
    """The lesson's world and history at its start and after each line of its solution."""
    world, history = start_world(lesson), []
    yield "the start", world, list(history)
    for line in lesson.solution:
        result = apply(world, line)
        if result.prompt is not None:
            result = apply(world, line, answer="y")
        world = result.world
        history.append(line)
        yield line.splitlines()[0], world, list(history)


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_an_open_goal_whose_container_or_image_is_not_there_says_so_not_the_daemons_error(lesson) -> None:  # type: ignore[no-untyped-def]
    for when, world, history in _walk(lesson):
        for gid, missing in explain(lesson, world, history).items():
            if missing is None:
                continue
            assert not _NO_SUCH.search(missing.output), (lesson.id, when, gid, missing)
            if missing.kind == "absent":  # said as a container or an image, never as "something"
                assert missing.thing in ("container", "image") and missing.output, (lesson.id, when, gid, missing)


def test_the_problems_second_container_is_said_to_be_missing_until_it_runs() -> None:
    lesson = next(lesson for lesson in LESSONS if lesson.id == "the-problem")
    command = "docker exec feedback-app2 ls /app/feedback ; docker exec feedback-app ls /app/feedback/second.txt"
    steps = {when: explain(lesson, world, history) for when, world, history in _walk(lesson)}
    assert steps["the start"]["isolated"] == Missing("absent", command, "feedback-app2", "container")
    # removed, the container the next goal looks at is said to be missing (a new one is to be run)
    assert steps["docker rm feedback-app"]["remove-loses"] == Missing(
        "absent", "docker exec feedback-app ls /app/feedback/awesome.txt", "feedback-app", "container")
    # once feedback-app2 runs with nothing saved in it, the line the check misses is said, not feedback-app's
    # "cannot access second.txt", which is the part the goal expects
    after = steps["docker run -d -p 3001:80 --name feedback-app2 feedback-node"]["isolated"]
    assert after == Missing("unseen", "docker exec feedback-app2 ls /app/feedback", "second.txt")  # the one to print it


def test_an_explanation_names_the_check_command_that_misses_not_all_of_them() -> None:
    """Lesson 4's fix is checked by inspecting the image, running a container of it and saving
    through it: before the fix the save prints nothing, and the page named all three commands,
    the helper container's run among them, as if the learner should have typed it."""
    lesson = next(lesson for lesson in LESSONS if lesson.id == "anonymous-volumes")
    steps = {when: explain(lesson, world, history) for when, world, history in _walk(lesson)}
    missing = steps["docker logs feedback-app"]["copyfile-fix"]
    assert missing is not None and missing.kind == "unseen" and missing.output == "Found. Redirecting to /"
    assert missing.command.startswith("curl -s -m 1 -X POST") and ";" not in missing.command


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_an_open_goals_explanation_never_quotes_a_line_its_own_check_expects(lesson) -> None:  # type: ignore[no-untyped-def]
    for when, world, history in _walk(lesson):
        for goal in lesson.goals:
            missing = explain(lesson, world, history)[goal.id]
            if missing is None or missing.kind != "check" or not missing.output:
                continue
            found = unmet(goal, world, history)
            assert found is not None and found[0] == "check"
            quoted = [line for line in found[1] if line.startswith(missing.output)]
            patterns = [e for e in goal.expect if e != "..."]
            assert quoted and any(not any(line_matches(e, line) for e in patterns) for line in quoted), (
                lesson.id, when, goal.id, missing)


def test_the_line_shown_is_the_one_that_misses() -> None:
    second = ["...", "second.txt", "...", "ls: cannot access '/app/feedback/second.txt': No such file or directory"]
    assert miss(second, [second[3]]) == ("unseen", "second.txt")  # the expected part is not the miss
    # feedback-app sees second.txt too: its line, which the goal's last line is pinned to, is the miss
    assert miss(second, ["second.txt", "/app/feedback/second.txt"]) == ("check", "/app/feedback/second.txt")
    started = ["[0-9a-f]{64} (re)", "Found. Redirecting to /"]
    assert miss(started, ["a" * 64, "curl: (7) Failed to connect"]) == ("check", "curl: (7) Failed to connect")
    assert miss(started, ["a" * 64]) == ("unseen", "Found. Redirecting to /")
    assert miss(["feedback-node:volumes true"], ["feedback-node:volumes true", "awesome.txt"]) == ("check", "awesome.txt")
    # a line fitting a pattern but for its (?!…) part is what the check sees instead
    heading = ["...", r"\s*<h2>(?!Your Feedback</h2>).+</h2> (re)", "..."]
    assert miss(heading, ["<html>", "  <h2>Your Feedback</h2>", "</html>"]) == ("check", "  <h2>Your Feedback</h2>")
    assert miss(heading, ["<html>", "</html>"]) == ("unseen", "")  # a pattern that does not read back
    assert miss(heading, []) == ("check", "")  # it prints nothing
    # two lines in the wrong order: the one expected first is said to be missing, not the other expected one
    gone = ["ls: cannot access 'Dockerfile': No such file or directory", "ls: cannot access '.git': No such file or directory"]
    assert miss(gone, [gone[1], "Dockerfile"]) == ("unseen", gone[0])
    assert miss(["...", "PORT=80 (re)", "..."], ["x"]) == ("unseen", "PORT=80")


def test_a_check_output_names_a_missing_thing_only_when_the_goal_does_not_expect_it() -> None:
    goal = Goal("g", Text("t", "t"), Text("w", "w"), run=("docker rm x",), expect=("Error response from daemon: No such container: x",))
    assert absent(goal, ["Error response from daemon: No such container: x"]) is None
    assert absent(goal, ["", "Error: No such object: y"]) == ("object", "y")
    assert absent(goal, ["docker: Error response from daemon: No such image: z:1"]) == ("image", "z:1")
    # a base image the run pulls is not missing; one no registry has is
    assert absent(goal, ["Unable to find image 'node:14' locally", "14: Pulling from library/node"]) is None
    assert absent(goal, ["Unable to find image 'mine:dev' locally",
                         "docker: Error response from daemon: pull access denied for mine"]) == ("image", "mine:dev")


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/l.db")), follow_redirects=False)


def test_lesson_on_the_web_goals_turn_done_and_progress_shows_at_home(client: TestClient) -> None:
    r = client.post("/lessons/demo-app")
    token = r.headers["location"].rsplit("/", 1)[1]
    page = client.get(f"/s/{token}").text
    assert 'aria-label="Lesson"' in page and page.count('<li class="goal') == 4
    assert page.count('aria-current="step"') == 1  # the goal to work on now
    for line in LESSONS[1].solution:
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}").text
    assert page.count('class="goal done"') == 4 and "Lesson complete!" in page
    home = client.get("/").text
    assert 'data-lesson="demo-app"' in home
    assert "✓ completed" in home.split('data-lesson="demo-app"')[1].split("</li>")[0]


def test_progress_link_moves_progress_to_another_browser(client: TestClient, tmp_path: Path) -> None:
    token = client.post("/lessons/kinds-of-data").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/run", data={"line": "docker volume create keep"}, headers={"HX-Request": "true"})
    learner = client.cookies.get("layerlab_learner")
    assert learner
    other = TestClient(client.app, follow_redirects=False)
    assert "1 of 3 goals" not in other.get("/").text
    other.get(f"/me/{learner}")
    assert "1 of 3 goals" in other.get("/").text


def test_hints_one_at_a_time_and_solution_after_confirmation(client: TestClient) -> None:
    token = client.post("/lessons/demo-app").headers["location"].rsplit("/", 1)[1]
    assert 'class="hint"' not in client.get(f"/s/{token}").text
    client.post(f"/s/{token}/hint", headers={"HX-Request": "true"})
    assert client.get(f"/s/{token}").text.count('class="hint"') == 1
    client.post(f"/s/{token}/hint", headers={"HX-Request": "true"})
    assert client.get(f"/s/{token}").text.count('class="hint"') == 2
    assert "One way to do it:" not in client.get(f"/s/{token}").text
    client.post(f"/s/{token}/solution", headers={"HX-Request": "true"})
    assert "One way to do it:" in client.get(f"/s/{token}").text


def hints_read(page: str) -> str:
    """The hints' words as read (a command in one is drawn as code, with its button to take it)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r'<p class="hint">(.*?)</p>', page))


@pytest.mark.parametrize(("lang", "form", "build"), [
    ("en", "Type awesome as the title in the form and press Save.", "then build: docker build -t feedback-node ."),
    ("ko", "폼의 제목에 awesome을 입력하고", "빌드하세요: docker build -t feedback-node ."),
])
def test_the_first_hint_is_about_the_goal_to_reach_now(client: TestClient, lang: str, form: str, build: str) -> None:
    """At the "save awesome" goal, the first hint asked for is about the form, not "build the image";
    a hint shown earlier for a goal reached since is not shown again."""
    token = client.post(f"/lessons/demo-app?lang={lang}").headers["location"].rsplit("/", 1)[1]
    client.post(f"/s/{token}/hint", headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}?lang={lang}").text
    assert page.count('class="hint"') == 1 and build in hints_read(page)
    for line in ("docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"):
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}?lang={lang}").text
    assert 'class="hint"' not in page  # the build's hint went with its goal; none was asked for since
    client.post(f"/s/{token}/hint", headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}?lang={lang}").text
    assert page.count('class="hint"') == 1 and form in hints_read(page) and build not in hints_read(page)
    assert f"/s/{token}/hint" not in page  # the last hint left to offer is shown: no button for more


def test_a_session_stored_with_a_count_of_hints_still_shows_them() -> None:
    from app.tutor.state import LessonState

    assert LessonState.loads('{"hints": 2}').hints == [0, 1]
    assert LessonState.loads('{"hints": [2]}').to_dict() == {"hints": [2]}


def test_a_goal_reached_through_the_apps_own_form_is_recorded_at_once(client: TestClient) -> None:
    token = client.post("/lessons/demo-app").headers["location"].rsplit("/", 1)[1]
    for line in ("docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"):
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    web = client.app.state.web  # type: ignore[attr-defined]
    learner = client.cookies.get("layerlab_learner")
    assert "saved" not in web.store.progress(learner)["demo-app"][0]
    r = client.post(f"/s/{token}/app/3000/create", data={"title": "awesome", "text": "great"})
    assert r.status_code == 302
    assert "saved" in web.store.progress(learner)["demo-app"][0]  # no further command needed


def test_lessons_follow_the_module_to_its_end() -> None:
    """The nine, then the rest of the module in its order (issue 19): live reload, COPY vs bind,
    .dockerignore, ENV, ARG."""
    assert [lesson.id for lesson in LESSONS] == [
        "kinds-of-data", "demo-app", "the-problem", "anonymous-volumes", "named-volumes", "bind-mounts",
        "read-only", "managing-volumes", "under-the-hood",
        "live-reload", "copy-vs-bind", "dockerignore", "env", "build-args"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_home_lists_every_lesson_and_each_one_opens(client: TestClient, lang: str) -> None:
    home = client.get(f"/?lang={lang}").text
    for lesson in LESSONS:
        item = home.split(f'data-lesson="{lesson.id}"')[1].split("</li>")[0]
        assert lesson.title.get(lang) in item, lesson.id
    for lesson in LESSONS[9:]:
        r = client.post(f"/lessons/{lesson.id}", data={"lang": lang})
        page = client.get(r.headers["location"]).text
        assert page.count('<li class="goal') == len(lesson.goals), lesson.id
        assert 'class="goal done"' not in page, lesson.id  # nothing is done before the learner starts


def test_live_reload_on_the_web_reaches_every_goal(client: TestClient) -> None:
    lesson = next(lesson for lesson in LESSONS if lesson.id == "live-reload")
    r = client.post("/lessons/live-reload")
    token = r.headers["location"].rsplit("/", 1)[1]
    asked: set[int] = set()
    for line in lesson.solution:
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
        question = next((i for i, p in enumerate(lesson.predict) if i not in asked and re.search(p.when, line)), None)
        if question is not None:  # the line waits for the prediction, then runs
            asked.add(question)
            r = client.post(f"/s/{token}/predict", data={"choice": str(lesson.predict[question].answer)},
                            headers={"HX-Request": "true"})
            assert "right!" in r.text.lower(), line
    page = client.get(f"/s/{token}").text
    assert page.count('class="goal done"') == len(lesson.goals) and "Lesson complete!" in page


@pytest.mark.parametrize("lesson", LESSONS[9:], ids=[lesson.id for lesson in LESSONS[9:]])
def test_the_modules_last_lessons_run_every_start_and_solution_line_cleanly(lesson) -> None:  # type: ignore[no-untyped-def]
    """None of their lines is meant to fail, so a tool the sandbox lacks shows up here (the goals
    alone would not notice a failing line in between)."""
    from app.engine import apply, initial_world

    world = initial_world()
    for line in [*lesson.start, *lesson.solution]:
        result = apply(world, line)
        assert result.exit_code == 0, (line, result.text[-3:])
        world = result.world


def test_the_copyfile_fix_is_not_met_by_an_image_without_the_volume() -> None:
    """Lesson 4 walked out of order: feedback-node:volumes built before VOLUME was added saves
    without the fix (no second file system, no EXDEV), and the fix's goal was ticked at once."""
    lesson = next(lesson for lesson in LESSONS if lesson.id == "anonymous-volumes")
    world, history = start_world(lesson), ["docker build -t feedback-node:volumes ."]
    world = apply(world, history[0]).world
    assert unmet(next(g for g in lesson.goals if g.id == "copyfile-fix"), world, history) is not None


@pytest.mark.parametrize(("lesson_id", "goal_id", "line"), [
    ("demo-app", "not-on-host", "ls -la feedback"),
    ("demo-app", "not-on-host", "ls -l ./feedback/"),
    ("demo-app", "not-on-host", "ls ~/feedback-app/feedback"),
    ("env", "run-e", "docker run -d -p 3000:8000 -e 'PORT=8000' --name feedback-app feedback-node:env"),
    ("env", "run-e", 'docker run -d -p 3000:8000 --env="PORT=8000" --name feedback-app feedback-node:env'),
    ("build-args", "build-arg", 'docker build -t feedback-node:dev --build-arg "DEFAULT_PORT=8000" .'),
])
def test_a_goal_is_met_by_the_ways_a_learner_writes_its_command(lesson_id: str, goal_id: str, line: str) -> None:
    """The lines a learner types for a goal, besides the solution's: ls with options or the folder's
    whole path, a variable's value quoted. `ls -la feedback` left lesson 2's last goal open."""
    lesson = next(lesson for lesson in LESSONS if lesson.id == lesson_id)
    goal = next(g for g in lesson.goals if g.id == goal_id)
    world, history = start_world(lesson), []
    for solved in lesson.solution:
        if unmet(goal, world, history) is None or any(re.search(p, solved) for p in goal.ran):
            break
        result = apply(world, solved)
        world = (apply(world, solved, answer="y") if result.prompt is not None else result).world
        history.append(solved)
    world = apply(world, line).world
    assert unmet(goal, world, [*history, line]) is None
