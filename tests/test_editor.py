"""The page's file editor: a project file saved as the here-document line that writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.engine import apply, initial_world
from app.settings import Settings
from app.store.sessions import Store
from app.tutor.turn import heredoc_line
from app.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def logged(client: TestClient, token: str) -> list[str]:
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    return [e.line for e in store.events(session.id) if e.kind == "cmd"]


def test_the_delimiter_is_no_line_of_the_file_and_the_line_writes_it_back() -> None:
    content = "EOF\nEOF1\n$HOME and `date` and $(rm -rf ~) stay as written\n\tindented\nno final newline"
    line = heredoc_line("/home/learner/feedback-app", "/home/learner/feedback-app/pages/x.html", content)
    assert line.startswith("cat > pages/x.html <<'EOF2'\n") and line.endswith("\nEOF2")
    world = apply(initial_world(0), "mkdir -p pages").world
    written = apply(world, line).world.host.get("/home/learner/feedback-app/pages/x.html")
    assert written is not None and written.data == content + "\n"
    assert heredoc_line("/tmp", "/home/learner/feedback-app/a b", "x").startswith("cat > ~/'feedback-app/a b' <<'EOF'")


def test_saving_runs_and_logs_the_line_and_undo_takes_it_back(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    opened = client.get(f"/s/{token}/file", params={"path": "server.js"}).json()
    assert "server.js" in opened["files"] and "Dockerfile" in opened["files"]
    assert "app.listen(80);" in opened["content"]
    changed = opened["content"].replace("app.listen(80);", "app.listen(8080);")
    answer = client.post(f"/s/{token}/edit", data={"path": "server.js", "content": changed},
                         headers={"HX-Request": "true"}).text
    assert "cat &gt; server.js &lt;&lt;&#39;EOF&#39;" in answer and 'class="cmd-more">EOF</span>' in answer
    assert logged(client, token) == [f"cat > server.js <<'EOF'\n{changed}EOF"]
    assert "8080" in client.get(f"/s/{token}/file", params={"path": "server.js"}).json()["content"]
    client.post(f"/s/{token}/undo", headers={"HX-Request": "true"})
    assert client.get(f"/s/{token}/file", params={"path": "server.js"}).json()["content"] == opened["content"]


def test_a_file_outside_the_project_or_too_long_is_not_saved(client: TestClient) -> None:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for path in ("../.bashrc", "/etc/passwd", "nope.js"):
        r = client.post(f"/s/{token}/edit", data={"path": path, "content": "x"}, headers={"HX-Request": "true"})
        assert "no such file in the project folder" in r.text
    r = client.post(f"/s/{token}/edit", data={"path": "server.js", "content": "x" * 9000}, headers={"HX-Request": "true"})
    assert "too long to save as one terminal line" in r.text
    assert logged(client, token) == []
    assert client.get(f"/s/{token}/file", params={"path": "../.bashrc"}).json()["content"] == ""


def test_layerlab_sim_takes_the_saved_line_as_the_page_records_it() -> None:
    import io

    from app.sim import run as sim

    content = "line one\n\n# kept\nEOF\n"
    line = heredoc_line("/home/learner/feedback-app", "/home/learner/feedback-app/notes.txt", content)
    out = io.StringIO()
    sim(io.StringIO(line + "\ncat notes.txt\n"), out)
    assert out.getvalue() == "".join(f"$ {ln}\n" for ln in line.split("\n")) + "$ cat notes.txt\nline one\n\n# kept\nEOF\n"
    typed = io.StringIO()
    sim(io.StringIO(line + "\n"), typed, interactive=True)  # at a terminal: bash's "> " for each line after the first
    assert typed.getvalue().count("> ") == line.count("\n")
