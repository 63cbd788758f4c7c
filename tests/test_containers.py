"""Container lifecycle and where the feedback app's files land."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import BUILD, COPY_FIX, out, run

RUN_APP = "docker run -d -p 3000:80 --name app feedback-node"
POST = "curl -s -X POST -d title=Awesome -d text=hi localhost:3000/create"


def test_file_lands_in_the_container_layer_not_on_the_host() -> None:
    w, r = run(BUILD, RUN_APP, POST)
    c = w.container_by_name("app")
    assert c is not None and "/app/feedback/awesome.txt" in c.rw
    assert w.host.children("/home/learner/feedback-app/feedback") == []


def test_stop_and_start_keep_the_layer_rm_deletes_it() -> None:
    w, r = run(BUILD, RUN_APP, POST, "docker stop app", "docker start app",
               "curl -s localhost:3000/feedback/awesome.txt")
    assert out(r[-1]) == ["hi"]
    w, r = run("docker rm -f app", "docker run -d -p 3000:80 --name app feedback-node",
               "curl -s localhost:3000/feedback/awesome.txt", world=w)
    assert "<pre>Cannot GET /feedback/awesome.txt</pre>" in out(r[-1])


def test_stop_waits_for_sigkill_and_reports_137() -> None:
    w, r = run(BUILD, RUN_APP)
    before = w.clock
    w, r = run("docker stop app", "docker ps -a --format '{{.Status}}'", world=w)
    assert w.clock - before >= 10
    assert out(r[-1])[0].startswith("Exited (137)")


def test_two_containers_of_one_image_do_not_share_files() -> None:
    w, _ = run(BUILD, RUN_APP, POST, "docker run -d -p 3001:80 --name other feedback-node",
               "curl -s localhost:3001/feedback/awesome.txt")
    assert "/app/feedback/awesome.txt" not in w.container_by_name("other").rw


def test_rm_of_running_container_is_refused_with_the_28_2_text() -> None:
    _, r = run(BUILD, RUN_APP, "docker rm app")
    assert r[-1].exit_code == 1
    assert out(r[-1]) == ['Error response from daemon: cannot remove container "app": container is running: '
                          "stop the container before removing or force remove"]


def test_rm_dash_v_removes_anonymous_but_not_named_volumes() -> None:
    w, _ = run("docker create -v keep:/keep -v /scratch --name c1 busybox", "docker rm -v c1")
    assert list(w.volumes) == ["keep"]


def test_one_character_names_are_invalid() -> None:
    _, r = run("docker create --name c busybox")
    assert r[-1].exit_code == 1
    assert out(r[-1])[-1] == ("Error response from daemon: Invalid container name (c), only "
                              "[a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")


def test_auto_remove_on_stop_removes_anonymous_volume_only() -> None:
    w, _ = run(BUILD, "docker run -d --rm -p 3000:80 --name app -v data:/app/feedback -v /app/temp feedback-node",
               "docker stop app")
    assert w.container_by_name("app") is None
    assert list(w.volumes) == ["data"]


def test_restart_of_rm_container_does_not_remove_it() -> None:
    w, _ = run(BUILD, "docker run -d --rm -p 3000:80 --name app feedback-node", "docker restart app")
    c = w.container_by_name("app")
    assert c is not None and c.running


def test_exdev_when_rename_crosses_into_a_volume() -> None:
    w, r = run("echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile", BUILD, RUN_APP,
               "curl -s -m 2 -X POST -d title=a -d text=b localhost:3000/create", "docker logs app")
    assert r[-2].exit_code == 28
    assert ("(node:1) UnhandledPromiseRejectionWarning: Error: EXDEV: cross-device link not permitted, "
            "rename '/app/temp/a.txt' -> '/app/feedback/a.txt'") in out(r[-1])
    assert any("(rejection id: 1)" in line for line in out(r[-1]))


def test_copyfile_fix_writes_into_the_named_volume_on_the_host() -> None:
    w, r = run(COPY_FIX, BUILD, "docker run -d -p 3000:80 --name app -v fb:/app/feedback feedback-node", POST,
               "docker rm -f app")
    assert w.host.get("/var/lib/docker/volumes/fb/_data/awesome.txt").data == "hi"


def test_bind_mount_hides_node_modules_until_an_anonymous_volume_restores_them() -> None:
    w, r = run(BUILD, 'docker run -d -p 3000:80 --name app -v "$(pwd):/app" feedback-node',
               "docker logs app")
    assert w.container_by_name("app").exit_code == 1
    assert "Error: Cannot find module 'express'" in out(r[-1])
    w, r = run("docker rm app", 'docker run -d -p 3000:80 --name app -v "$(pwd):/app" -v /app/node_modules feedback-node',
               POST, world=w)
    assert w.container_by_name("app").running
    # the runtime made the mount point inside the bind source, on the host
    assert w.host.get("/home/learner/feedback-app/node_modules") is not None


def test_port_conflict_leaves_the_second_container_created() -> None:
    w, r = run(BUILD, RUN_APP, "docker run -d -p 3000:80 --name two feedback-node")
    assert r[-1].exit_code == 125
    assert w.container_by_name("two").state == "created"


def test_exec_into_stopped_container() -> None:
    w, r = run(BUILD, RUN_APP, "docker stop app", "docker exec app ls")
    c = w.container_by_name("app")
    assert out(r[-1]) == [f"Error response from daemon: container {c.id} is not running"]


def test_same_seed_same_ids_other_seed_other_ids() -> None:
    a, ra = run(BUILD, RUN_APP, seed=1)
    b, rb = run(BUILD, RUN_APP, seed=1)
    c, rc = run(BUILD, RUN_APP, seed=2)
    assert out(ra[-1]) == out(rb[-1]) != out(rc[-1])


def test_apply_does_not_mutate_its_input() -> None:
    w, _ = run(BUILD, RUN_APP)
    snapshot = w.clone()
    run(POST, "docker rm -f app", "docker volume prune -a -f", world=w)
    assert w == snapshot



@pytest.mark.parametrize(("lang", "paused", "thawed"), [
    ("en", "feedback-app is paused: its processes are frozen", "feedback-app runs on from where it was paused"),
    ("ko", "feedback-app 컨테이너 일시 정지됨", "feedback-app 컨테이너가 멈췄던 곳에서부터 다시 실행됩니다"),
])
def test_a_paused_container_is_drawn_and_told_as_paused(tmp_path: Path, lang: str, paused: str, thawed: str) -> None:
    """The page's card says what `docker ps` says (Up ... (Paused)), and the narration says what happened."""
    from tests.test_limits import make, new_session
    from tests.test_limits import run as run_line

    client = make(tmp_path)
    token = new_session(client)
    client.cookies.set("layerlab_lang", lang)
    for line in ("docker build -q -t feedback-node .", "docker run -d --name feedback-app feedback-node"):
        assert run_line(client, token, line).status_code == 200
    r = run_line(client, token, "docker pause feedback-app")
    assert "(Paused)" in r.text and paused in r.text
    assert "(Paused)" in client.get(f"/s/{token}").text
    r = run_line(client, token, "docker unpause feedback-app")
    assert "(Paused)" not in r.text and thawed in r.text
