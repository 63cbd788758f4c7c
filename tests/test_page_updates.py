"""What a page gets when it asks what changed: nothing when it is up to date, the lesson panel when
only that changed, the regions that changed otherwise."""

from __future__ import annotations

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


def marker(html: str) -> tuple[str, str]:
    found = re.search(r'id="version" data-version="(\d+)" data-cursor="\d+" data-stamp="(\w+)"', html)
    assert found is not None, html[:300]
    return found.group(1), found.group(2)


def run(client: TestClient, token: str, line: str) -> str:
    r = client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"})
    assert r.status_code == 200, r.text
    return r.text


def test_a_page_that_shows_the_version_gets_nothing_but_the_marker(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    version, stamp = marker(client.get(f"/s/{token}").text)
    same = client.get(f"/s/{token}/fragments?since={version}&stamp={stamp}").text
    assert marker(same) == (version, stamp)
    assert 'id="browser-panel"' not in same and 'id="host-panel"' not in same and same.count("<div") == 1
    assert client.get(f"/s/{token}/fragments?since={version}").text == same  # no stamp: the same
    earlier = client.get(f"/s/{token}/fragments?since={int(version) - 1}").text
    assert 'id="browser-panel"' in earlier  # the run published port 3000


def test_a_lesson_panel_that_changed_at_the_same_version_is_sent(client: TestClient) -> None:
    r = client.post("/lessons/the-problem")
    token = r.headers["location"].rsplit("/", 1)[1]
    version, stamp = marker(client.get(f"/s/{token}").text)
    client.post(f"/s/{token}/hint", headers={"HX-Request": "true"})  # the log is as it was
    after = client.get(f"/s/{token}/fragments?since={version}&stamp={stamp}").text
    assert marker(after)[0] == version and marker(after)[1] != stamp
    assert "save “awesome” in the browser window" in after  # the first hint, now shown


def test_the_app_window_is_outside_the_swapped_region(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker build -q -t feedback-node .")
    answer = run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    assert 'id="browser-panel"' in answer and "<iframe" not in answer  # a swap never reloads the window
    page = client.get(f"/s/{token}").text
    assert re.search(r'<iframe[^>]* src="/s/[\w-]+/app/3000/"', page)


def test_a_pending_question_is_drawn_from_the_store_not_by_running_the_engine_again(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker volume create spare")
    asked = run(client, token, "docker volume prune")
    assert "Are you sure you want to continue? [y/N]" in asked

    def no_engine(*args: object, **kwargs: object) -> None:
        raise AssertionError("the page ran the engine")

    import app.engine
    monkeypatch.setattr(app.engine, "apply", no_engine)
    page = client.get(f"/s/{token}").text
    assert "Are you sure you want to continue? [y/N]" in page and 'id="answer-input"' in page
    monkeypatch.undo()
    answered = client.post(f"/s/{token}/run", data={"line": "", "answer": "y"}, headers={"HX-Request": "true"}).text
    assert "spare" in answered and 'id="answer-input"' not in answered


def test_an_open_goal_says_what_its_check_finds_missing(client: TestClient) -> None:
    token = client.post("/lessons/the-problem").headers["location"].rsplit("/", 1)[1]
    page = client.get(f"/s/{token}").text
    stop_start = page.split('data-goal="stop-start-keeps"')[1].split("</li>")[0]
    assert "Not done yet: no command like <code>curl … title=awesome</code> has run." in stop_start  # the form is recorded as curl
    isolated = page.split('data-goal="isolated"')[1].split("</li>")[0]
    # before the learner made feedback-app2, its check's "No such container" is not shown as if it were a fault
    assert "Not done yet: there is no container <code>feedback-app2</code> to check." in isolated
    assert "No such container" not in page
    ko_page = client.get(f"/s/{token}?lang=ko").text
    ko = ko_page.split('data-goal="stop-start-keeps"')[1].split("</li>")[0]
    assert "<code>curl … title=awesome</code> 같은 명령을 아직 실행하지 않았습니다." in ko
    ko_isolated = ko_page.split('data-goal="isolated"')[1].split("</li>")[0]
    assert "확인할 <code>feedback-app2</code> 컨테이너가 아직 없습니다." in ko_isolated
    assert "아직 아닙니다" not in ko_page  # (a word-for-word "Not done yet", said again by the sentence after it)
    assert "No such container" not in ko_page
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    run(client, token, "curl -s -X POST --data-urlencode title=awesome --data-urlencode text=x localhost:3000/create")
    page = client.get(f"/s/{token}?lang=en").text
    stop_start = page.split('data-goal="stop-start-keeps"')[1].split("</li>")[0]
    assert "Not done yet: no command like <code>docker stop</code> has run." in stop_start
    # feedback-app2 made, nothing saved in it yet: what the check prints now is what explains the miss
    run(client, token, "docker run -d -p 3001:80 --name feedback-app2 feedback-node")
    isolated = client.get(f"/s/{token}?lang=en").text.split('data-goal="isolated"')[1].split("</li>")[0]
    # (named alone: the check command that is to print it, not the goal's whole check)
    assert "Checked with <code>docker exec feedback-app2 ls /app/feedback</code>:" in isolated
    assert "to check." not in isolated
    # the line it misses, not feedback-app's "cannot access second.txt", which is what the goal expects there
    assert ": it does not print <code>second.txt</code> yet." in isolated
    assert "cannot access" not in isolated
    ko = client.get(f"/s/{token}?lang=ko").text.split('data-goal="isolated"')[1].split("</li>")[0]
    assert "의 출력에 아직 없는 줄: <code>second.txt</code>" in ko
