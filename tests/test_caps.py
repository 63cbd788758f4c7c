"""Each world is bounded: reaching a cap gives a clear error and changes nothing else."""

from __future__ import annotations

import pytest

from tests.helpers import out, run


def test_bytes_cap_is_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.engine.views.MAX_BYTES", 5_000)
    w, r = run("echo " + "a" * 3000 + " > one.txt", "echo " + "b" * 3000 + " > two.txt")
    assert r[-1].exit_code == 1
    assert out(r[-1]) == ["bash: echo: write error: No space left on device"]
    assert w.host.get("/home/learner/feedback-app/one.txt") is not None


def test_files_cap_is_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.engine import initial_world

    monkeypatch.setattr("app.engine.views.MAX_FILES", initial_world().file_count() + 2)
    w, r = run("touch a b", "touch c")
    assert out(r[-1]) == ["touch: cannot touch 'c': No space left on device"]
    assert w.host.get("/home/learner/feedback-app/c") is None


def test_containers_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.engine.lifecycle.MAX_CONTAINERS", 2)
    w, r = run("docker create --name c1 node:14", "docker create --name c2 node:14", "docker create --name c3 node:14")
    assert r[-1].exit_code == 1 and "at most 2 containers" in out(r[-1])[0]
    assert sorted(c.name for c in w.containers.values()) == ["c1", "c2"]


def test_volumes_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.engine.volumes.MAX_VOLUMES", 1)
    w, r = run("docker volume create v1", "docker volume create v2")
    assert r[-1].exit_code != 0 and "at most 1 volumes" in out(r[-1])[0]
    assert list(w.volumes) == ["v1"]


def test_log_lines_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.engine.world.MAX_LOG_LINES", 5)  # world.add_logs keeps them
    w, r = run("docker build -q -t fb .", "docker run -d -p 3000:80 --name app -v data:/app/feedback fb",
               *["curl -s -m 1 -X POST -d title=t -d text=x localhost:3000/create"] * 3, "docker logs app")
    assert len(out(r[-1])) == 5


def test_a_huge_app_download_is_a_stand_in_not_memory() -> None:
    w, _ = run("docker build -q -t fb .", "docker run -d --name a1 -v /app/node_modules fb sleep 100",
               "docker run -d --name a2 -v /app/node_modules fb sleep 100", "touch after")
    assert w.host.get("/home/learner/feedback-app/after") is not None
