"""Issue 17's errors and prompts (points 13-20) and docker cp (point 24), at the engine's level."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.engine.cpcmd import Archive, split_cp_arg
from app.engine.dockercli import DockerError
from app.engine.fs import DIR, dir_node, file_node
from app.engine.gopath import go_base, go_clean, go_dir, preserve_trailing, split_path_dir_entry
from app.engine.process import runtime_failure
from app.engine.runflags import parse_port_specs
from app.engine.views import volume_data_path
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.helpers import BUILD, out, run

RUN_APP = "docker run -d -p 3000:80 --name app -v data:/app/feedback feedback-node"


# -- point 13: [y/N] ------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["yes", "Yes", "n", "", "yy", "y\x00", "\x1fy"])
def test_only_y_goes_on_at_a_prompt(answer: str) -> None:
    w, r = run("docker create --name idle busybox", f"docker container prune <<< {answer}")
    assert r[-1].exit_code == 0
    assert w.container_by_name("idle") is not None


@pytest.mark.parametrize("answer", ["y", "Y", " y ", "\ty", "\u3000y"])
def test_y_in_either_case_prunes(answer: str) -> None:
    w, _ = run("docker create --name idle busybox", f"docker container prune <<< {answer}")
    assert w.container_by_name("idle") is None


# -- point 14: a path as the command ----------------------------------------------------------------


@pytest.mark.parametrize(("desc", "text", "code"), [
    ('exec: "/etc": is a directory: unknown', 'exec: "/etc": is a directory: unknown: permission denied', 126),
    ('exec: "/x": permission denied: unknown', 'exec: "/x": permission denied: unknown', 126),
    ('exec: "/x": stat /x: no such file or directory: unknown', 'exec: "/x": stat /x: no such file or directory: unknown', 127),
    ('exec: "x": executable file not found in $PATH: unknown', 'exec: "x": executable file not found in $PATH: unknown', 127),
    ("something else", "something else", 128),
])
def test_the_daemon_words_runtime_failures_and_records_their_code(desc: str, text: str, code: int) -> None:
    assert runtime_failure(desc) == (text, code)


def test_a_mount_mixup_gets_the_daemons_hint_and_127() -> None:
    text, code = runtime_failure('exec: "/a/b": stat /a/b: not a directory: unknown')
    assert code == 127 and text.endswith("Check if the specified host path exists and is the expected type")


@pytest.mark.parametrize(("cmd", "code"), [("/etc/passwd", 126), ("/etc", 126), ("/nonexistent", 127),
                                           ("/etc/passwd/x", 125), ("nope", 127)])
def test_run_exit_status_follows_the_message(cmd: str, code: int) -> None:
    _, r = run(f"docker run --rm busybox {cmd}")
    assert r[-1].exit_code == code


# -- point 15: dash --------------------------------------------------------------------------------


def test_dash_redirection_failure_is_status_2_and_the_command_does_not_run() -> None:
    w, r = run("docker run --name dd node:14 sh -c 'touch /made 2> /nonexistent/e'")
    assert out(r[-1]) == ["sh: 1: cannot create /nonexistent/e: Directory nonexistent"]
    assert r[-1].exit_code == 2
    c = w.container_by_name("dd")
    assert c is not None and "/made" not in c.rw


# -- point 16: --mount before the pull --------------------------------------------------------------


def test_missing_bind_source_fails_before_any_pull() -> None:
    w, r = run("docker run --mount type=bind,source=/nope,target=/data alpine")
    assert r[-1].exit_code == 125
    assert not any("Pulling" in line or "Unable to find" in line for line in out(r[-1]))
    assert w.find_image("alpine") is None


# -- point 17: pull -q -------------------------------------------------------------------------------


def test_pull_quiet_prints_the_reference_only() -> None:
    _, r = run("docker pull -q busybox")
    assert out(r[-1]) == ["docker.io/library/busybox:latest"]


# -- point 18: rename --------------------------------------------------------------------------------


def test_rename_failure_adds_the_clis_line() -> None:
    _, r = run("docker rename nope other")
    assert out(r[-1]) == ["Error response from daemon: No such container: nope",
                          "Error: failed to rename container named nope"]
    assert r[-1].exit_code == 1


# -- point 19: -p ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "message"), [
    ("99999:80", "invalid hostPort: 99999"), ("80:abc", "invalid containerPort: abc"),
    ("80:-1", "invalid containerPort: -1"), ("+80:80", "invalid hostPort: +80"),
    ("80/icmp", "invalid proto: icmp"), ("1.2.3.4.5:80:80", "invalid IP address: 1.2.3.4.5"),
    ("81-80:80", "invalid hostPort: 81-80"),
])
def test_port_spec_errors_are_nat_s(spec: str, message: str) -> None:
    with pytest.raises(DockerError) as err:
        parse_port_specs([spec])
    assert err.value.message == message and err.value.code == 125


def test_port_specs_parse_as_nat_does() -> None:
    assert parse_port_specs(["3000:80", "80", "127.0.0.1:8080:80/UDP", "[::1]:90:91", "published=5,target=6"]) == [
        (3000, 80, "", "tcp"), (0, 80, "", "tcp"), (8080, 80, "127.0.0.1", "udp"), (90, 91, "::1", "tcp"),
        (5, 6, "", "tcp")]
    assert parse_port_specs(["7000-7001:70-71"]) == [(7000, 70, "", "tcp"), (7001, 71, "", "tcp")]


def test_bad_publish_value_has_no_usage_block() -> None:
    _, r = run("docker run -p 99999:80 busybox")
    assert out(r[-1]) == ["docker: invalid hostPort: 99999", "", "Run 'docker run --help' for more information"]


# -- point 20: --rm after restart ---------------------------------------------------------------------


def test_rm_container_is_removed_by_a_stop_after_restart() -> None:
    w, _ = run("docker run -d --rm --name tt busybox sleep 1000", "docker restart tt", "docker stop tt")
    assert w.container_by_name("tt") is None


def test_restart_of_rm_container_keeps_it_running() -> None:
    w, _ = run("docker run -d --rm --name tt busybox sleep 1000", "docker restart tt")
    c = w.container_by_name("tt")
    assert c is not None and c.running


# -- point 24: docker cp ------------------------------------------------------------------------------


@pytest.mark.parametrize(("arg", "parts"), [
    ("c:/x", ("c", "/x")), ("/a:b", ("", "/a:b")), ("./a:b", ("", "./a:b")), ("file", ("", "file")),
    ("c:", ("c", "")), (".c:x", ("", ".c:x")),
])
def test_split_cp_arg(arg: str, parts: tuple[str, str]) -> None:
    assert split_cp_arg(arg) == parts


def test_go_path_helpers() -> None:
    assert go_clean("") == "." and go_clean("//a/../b/") == "/b"
    assert go_base("/a/b/") == "b" and go_base("/") == "/" and go_base("") == "."
    assert go_dir("/a/b/") == "/a/b" and go_dir("a") == "."
    assert preserve_trailing("/a/b", "b/.") == "/a/b/." and preserve_trailing("/a/b", "b/") == "/a/b/"
    assert split_path_dir_entry("/a/b/.") == ("/a/b", ".")


def test_tar_stream_size_counts_headers_blocks_and_the_end() -> None:
    small = Archive("f.txt", [("", file_node("x" * 6))])
    assert small.size() == 512 + 512 + 1024
    folder = Archive("d", [("", dir_node()), ("a", file_node("", size=513))])
    assert folder.size() == 512 + 512 + 1024 + 1024
    long_name = Archive("n" * 101, [("", file_node(""))])
    assert long_name.size() == 512 + 512 + 512 + 1024  # a PAX header and its record
    splittable = Archive("d/" + "n" * 99, [("", file_node(""))])
    assert splittable.size() == 512 + 1024  # USTAR's prefix holds it
    unicode = Archive("é", [("", file_node(""))])
    assert unicode.size() == 512 + 512 + 512 + 1024


def test_cp_into_a_volume_path_lands_in_the_volume_not_the_layer() -> None:
    w, r = run(BUILD, RUN_APP, "echo hi > note.txt", "docker cp note.txt app:/app/feedback/")
    assert r[-1].exit_code == 0
    c = w.container_by_name("app")
    assert c is not None and "/app/feedback/note.txt" not in c.rw
    node = w.host.get(volume_data_path("data") + "/note.txt")
    assert node is not None and node.data == "hi\n" and node.uid == 1000


def test_cp_into_the_layer_shows_in_docker_diff() -> None:
    _, r = run(BUILD, RUN_APP, "echo hi > note.txt", "docker cp note.txt app:/app/", "docker diff app")
    assert out(r[-1]) == ["C /app", "A /app/note.txt"]


def test_cp_from_a_container_copies_a_folder_the_learner_owns() -> None:
    w, r = run(BUILD, RUN_APP, "docker cp app:/app/pages /home/learner/site")
    assert r[-1].exit_code == 0
    site = w.host.get("/home/learner/site")
    assert site is not None and site.kind == DIR and site.uid == 1000
    assert w.host.children("/home/learner/site") == ["exists.html", "feedback.html"]


def test_cp_from_a_container_reads_volumes_but_not_tmpfs() -> None:
    w, r = run("docker run -d --name tt --tmpfs /scratch -v v1:/vol busybox sleep 1000",
               "docker exec tt sh -c 'echo a > /scratch/a; echo b > /vol/b'",
               "docker cp tt:/vol/b /tmp/b", "docker cp tt:/scratch/a /tmp/a")
    assert r[-2].exit_code == 0 and w.host.get("/tmp/b") is not None
    assert out(r[-1]) == ["Error response from daemon: Could not find the file /scratch/a in container tt"]


def test_cp_quiet_when_stdout_is_not_a_terminal() -> None:
    _, r = run(BUILD, RUN_APP, "docker cp app:/app/server.js /tmp/s.js > /tmp/log")
    assert out(r[-1]) == []
    _, r = run(BUILD, RUN_APP, "docker cp --quiet=false app:/app/server.js /tmp/s.js | cat")
    assert out(r[-1]) == ["Successfully copied 3.07kB to /tmp/s.js"]


def test_cp_help_has_both_usage_lines() -> None:
    _, r = run("docker cp --help")
    assert out(r[-1])[:4] == ["Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-",
                              "\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH", "",
                              "Copy files/folders between a container and the local filesystem"]


# -- docker cp on the page ----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "note.txt was written to the read-write layer of feedback-app"),
    ("ko", "note.txt 파일이 feedback-app 컨테이너의 읽기-쓰기 레이어에 저장되었습니다"),
])
def test_docker_cp_on_the_page_is_a_command_line_with_its_narration(tmp_path: Path, lang: str, sentence: str) -> None:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    client = TestClient(create_app(Settings(), store), follow_redirects=False)
    token = client.post(f"/sessions?lang={lang}").headers["location"].rsplit("/", 1)[1]
    client.cookies.set("layerlab_lang", lang)
    for line in (BUILD, "docker run -d -p 3000:80 --name feedback-app feedback-node", "echo hi > note.txt"):
        assert client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).status_code == 200
    r = client.post(f"/s/{token}/run", data={"line": "docker cp note.txt feedback-app:/app/"},
                    headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert "Successfully copied 2.05kB to feedback-app:/app/" in r.text
    assert sentence in r.text


def test_every_command_docker_help_lists_is_known() -> None:
    """Each command `docker --help` names either runs or says layerlab does not simulate it yet:
    none is an "unknown command" (docker info was, though the help lists it)."""
    import re

    from tests.helpers import out, run

    _, (helped,) = run("docker --help")
    names = [m.group(1) for line in out(helped) if (m := re.match(r"  (\w[\w-]*)\*?\s{2,}\S", line))]
    assert {"run", "info", "version", "volume", "pause"} <= set(names)
    for name in names:
        _, (r,) = run(f"docker {name} --definitely-not-a-flag")
        assert not any("unknown command" in t for t in out(r)), name
