"""What the sixth learner's walk found in the pages themselves (in-process): the words of an open goal."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def goal_html(page: str, goal: str) -> str:
    return page.split(f'data-goal="{goal}"')[1].split("</li>")[0]


def test_a_goal_that_looks_for_part_of_a_command_says_so(client: TestClient) -> None:
    """Lesson 6's first goal looks for `:/app` anywhere in a line (the bind mount of -v "$(pwd):/app"),
    and the goal said "no command like :/app has run" (in Korean, ":/app 같은 명령"): `:/app` is no
    command. A pattern that matches anywhere in the line is now named as a part of a command; one
    anchored at the line's start is still a command."""
    token = client.post("/lessons/bind-mounts").headers["location"].rsplit("/", 1)[1]
    en = goal_html(client.get(f"/s/{token}?lang=en").text, "crash")
    assert "Not done yet: no command with <code>:/app</code> in it has run." in en
    assert "no command like" not in en
    ko = goal_html(client.get(f"/s/{token}?lang=ko").text, "crash")
    assert "<code>:/app</code> 부분이 들어간 명령을 아직 실행하지 않았습니다." in ko
    assert "같은 명령" not in ko
    # a command's start is still named as a command (lesson 3's, the form recorded as curl)
    token = client.post("/lessons/the-problem").headers["location"].rsplit("/", 1)[1]
    stop_start = goal_html(client.get(f"/s/{token}?lang=en").text, "stop-start-keeps")
    assert "Not done yet: no command like <code>curl … title=awesome</code> has run." in stop_start



def test_the_app_window_speaks_the_pages_language(client: TestClient) -> None:
    """What the app's window posts (its form) comes from its sandboxed origin, which sends no cookie:
    a Korean learner whose browser asks for English read the window's "This site can't be reached",
    "Waiting for localhost…" and "Not sent yet" in English. The window now speaks the language its
    session's page was drawn in."""
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    english = {"accept-language": "en-US,en;q=0.9"}
    client.cookies.clear()
    before = client.post(f"/s/{token}/app/3000/create", data={"title": "a", "text": "b"}, headers=english).text
    assert "This site can’t be reached" in before  # never drawn in Korean: the request's own language
    assert client.get(f"/s/{token}?lang=ko").status_code == 200
    client.cookies.clear()  # (as the sandboxed form sends none)
    posted = client.post(f"/s/{token}/app/3000/create", data={"title": "a", "text": "b"}, headers=english)
    assert posted.status_code == 200
    assert "사이트에 연결할 수 없음" in posted.text and "This site can’t be reached" not in posted.text
    shown = client.get(f"/s/{token}/app/3000/", headers=english).text
    assert "사이트에 연결할 수 없음" in shown
    # the learner turns the page to English: so does the window
    assert client.get(f"/s/{token}?lang=en").status_code == 200
    client.cookies.clear()
    assert "This site can’t be reached" in client.get(f"/s/{token}/app/3000/", headers={"accept-language": "ko"}).text


def narration(client: TestClient, token: str, lang: str) -> list[str]:
    page = client.get(f"/s/{token}?lang={lang}").text
    region = re.search(r'<div id="narration-text"[^>]*>(.*?)</div>', page, re.S)
    assert region is not None
    return [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", region.group(1), re.S)]


def test_removing_a_running_container_says_to_stop_it_first(client: TestClient) -> None:
    """Lesson 8's docker rm -v test-app, typed before docker stop test-app: Docker's English error, and
    under it "Nothing in images, containers or volumes changed" (in Korean too). Now the narration
    says what to do: stop it and remove it again, or -f."""
    token = client.post("/lessons/managing-volumes").headers["location"].rsplit("/", 1)[1]
    answer = client.post(f"/s/{token}/run", data={"line": "docker rm -v test-app"}, headers={"HX-Request": "true"})
    assert "container is running: stop the container before removing or force remove" in answer.text
    said = narration(client, token, "en")
    assert said[0] == ("test-app is still running, and docker rm removes only stopped containers: stop it first "
                       "(docker stop test-app) and run the same docker rm again, or add -f to remove it running.")
    ko = narration(client, token, "ko")
    assert ko[0].startswith("test-app 컨테이너는 아직 실행 중입니다.") and "docker stop test-app 명령으로" in ko[0]
    client.post(f"/s/{token}/run", data={"line": "docker stop test-app"}, headers={"HX-Request": "true"})
    client.post(f"/s/{token}/run", data={"line": "docker rm -v test-app"}, headers={"HX-Request": "true"})
    assert not any("still running" in s for s in narration(client, token, "en"))


def test_the_sh_c_line_offered_for_a_redirect_reads_as_typed_and_works(client: TestClient) -> None:
    """Lesson 9's usual slip, docker exec feedback-app echo '<p>Edited</p>' >> /app/pages/feedback.html
    (the host's shell makes the redirect): the line the narration offered was shlex's
    sh -c 'echo '"'"'<p>Edited</p>'"'"' >> ...', right and unreadable. It is now written in double
    quotes, as a person would, and it does what the lesson asks when typed."""
    token = client.post("/lessons/under-the-hood").headers["location"].rsplit("/", 1)[1]
    for line in ["docker exec feedback-app echo '<p>Edited</p>' >> /app/pages/feedback.html"]:
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
        client.post(f"/s/{token}/predict", data={"choice": "0"}, headers={"HX-Request": "true"})
    offered = "docker exec feedback-app sh -c \"echo '<p>Edited</p>' >> /app/pages/feedback.html\""
    said = narration(client, token, "en")
    assert said[0].endswith(offered), said
    assert narration(client, token, "ko")[0].endswith(offered)
    client.post(f"/s/{token}/run", data={"line": offered}, headers={"HX-Request": "true"})
    client.post(f"/s/{token}/predict", data={"choice": "0"}, headers={"HX-Request": "true"})
    diff = client.post(f"/s/{token}/run", data={"line": "docker diff feedback-app"}, headers={"HX-Request": "true"})
    assert "C /app/pages/feedback.html" in diff.text


def test_a_forgotten_dollar_paren_around_pwd_is_named(client: TestClient) -> None:
    """Lesson 6 with -v pwd:/app for -v "$(pwd):/app": Docker makes a volume called pwd, fills it from
    the image's /app, and the app runs from that copy, with no error. The narration said only that
    a volume pwd was made; it now says the folder is $(pwd), and how to run it again."""
    token = client.post("/lessons/bind-mounts").headers["location"].rsplit("/", 1)[1]
    line = "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v pwd:/app feedback-node:volumes"
    client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    client.post(f"/s/{token}/predict", data={"choice": "2"}, headers={"HX-Request": "true"})
    said = narration(client, token, "en")
    assert said[0] == ('-v pwd:/app mounted a volume called pwd, not your project folder, which is $(pwd): remove '
                       'the container (docker rm -f feedback-app) and run it again with -v "$(pwd):/app".')
    assert narration(client, token, "ko")[0].startswith("-v pwd:/app 옵션은 프로젝트 폴더가 아니라 볼륨(pwd)을")
    # the line it offers, typed: a bind of the project folder, and nothing more to say about pwd
    client.post(f"/s/{token}/run", data={"line": "docker rm -f feedback-app"}, headers={"HX-Request": "true"})
    fixed = line.replace("-v pwd:/app", '-v "$(pwd):/app"')
    client.post(f"/s/{token}/run", data={"line": fixed}, headers={"HX-Request": "true"})
    client.post(f"/s/{token}/predict", data={"choice": "2"}, headers={"HX-Request": "true"})
    assert not any("pwd" in s for s in narration(client, token, "en"))
    mounts = client.post(f"/s/{token}/run", data={"line": "docker inspect -f '{{json .Mounts}}' feedback-app"},
                         headers={"HX-Request": "true"}).text
    assert '"Type":"bind","Source":"/home/learner/feedback-app","Destination":"/app"' in html.unescape(mounts)


def test_the_window_shows_what_the_app_answered_to_a_form_sent_late(client: TestClient) -> None:
    """/s/<token>/sent/<port>: what the window shows once a save the lesson's question held back has
    gone out. The page the app redirected the newest save to, "Waiting for localhost…" for a save
    it never answered, and the app's own page when the newest command is no save of that port."""
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for line in ["docker build -q -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"]:
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    form = {"title": "awesome", "text": "Docker is great"}
    assert client.post(f"/s/{token}/app/3000/create", data=form).headers["location"] == f"/s/{token}/app/3000/"
    sent = client.get(f"/s/{token}/sent/3000")
    assert sent.status_code == 303 and sent.headers["location"] == f"/s/{token}/app/3000/"
    client.post(f"/s/{token}/app/3000/create", data=form)  # the same title again: the app says it exists
    assert client.get(f"/s/{token}/sent/3000").headers["location"] == f"/s/{token}/app/3000/exists"
    assert client.get(f"/s/{token}/sent/3001").headers["location"] == f"/s/{token}/app/3001/"  # not that port's
    client.post(f"/s/{token}/run", data={"line": "docker ps"}, headers={"HX-Request": "true"})
    assert client.get(f"/s/{token}/sent/3000").headers["location"] == f"/s/{token}/app/3000/"
    # a save the app never answers (EXDEV: temp and feedback on different mounts)
    for line in ["docker rm -f feedback-app", "docker run -d -p 3000:80 --name feedback-app -v /app/feedback feedback-node"]:
        client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    client.post(f"/s/{token}/app/3000/create", data={"title": "hung", "text": "x"})
    client.get(f"/s/{token}?lang=ko")
    hang = client.get(f"/s/{token}/sent/3000")
    assert hang.status_code == 200 and "localhost를 기다리는 중" in hang.text


def run(client: TestClient, token: str, line: str) -> str:
    answer = client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).text
    if 'class="prompt predict"' in answer:  # the lesson's question first: any answer runs it
        answer = client.post(f"/s/{token}/predict", data={"choice": "0"}, headers={"HX-Request": "true"}).text
    return answer


def test_lesson_sevens_usual_slips_say_what_to_do(client: TestClient) -> None:
    """Lesson 7 (read-only): `:readonly` for `:ro` got Docker's "invalid mode: readonly" alone; the
    run without -v /app/node_modules printed an ID, its container (no express under the read-only
    /app) exited and --rm removed it, so docker logs said "No such container" and the narration
    "Nothing changed"; a volume's name mistyped got "no such volume" alone. Each is now said."""
    token = client.post("/lessons/read-only").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker stop feedback-app")
    run(client, token, 'docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback '
                       '-v "$(pwd):/app:readonly" -v /app/node_modules feedback-node:volumes')
    assert narration(client, token, "en")[0] == ('A mount knows no mode readonly: read-only is ro, as in '
                                                 '-v "$(pwd):/app:ro". ↑ brings the line back to fix.')
    assert narration(client, token, "ko")[0].startswith("마운트에 쓸 수 없는 모드입니다: readonly.")
    printed = run(client, token, 'docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback '
                                 '-v "$(pwd):/app:ro" feedback-node:volumes')
    assert re.search(r">[0-9a-f]{64}<", printed)  # an ID, as docker run -d prints
    assert narration(client, token, "en")[0] == ("feedback-app exited at once, and --rm removed it with its logs: run "
                                                 "it again without --rm, then docker logs feedback-app shows why.")
    assert narration(client, token, "ko")[0].startswith("feedback-app 컨테이너는 시작하자마자 끝났고, --rm 때문에")
    run(client, token, 'docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback '
                       '-v "$(pwd):/app:ro" -v /app/node_modules feedback-node:volumes')
    assert not any("exited" in s for s in narration(client, token, "en"))  # it runs: nothing to say
    run(client, token, "docker volume inspect feedbak")
    assert narration(client, token, "en")[0] == "There is no volume feedbak. Did you mean feedback? ↑ brings the line back to fix."
    assert narration(client, token, "ko")[0] == "feedbak 볼륨은 없습니다. feedback 볼륨인가요? ↑ 키로 줄을 다시 불러와 고치세요."
    run(client, token, "docker volume rm notes")
    assert narration(client, token, "en")[0] == ("There is no volume notes. The volumes here: feedback "
                                                 "(docker volume ls lists them).")
