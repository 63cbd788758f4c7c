"""List commands' formats and filters: ps, images, volume ls, port, system df (issue 17 points 5-12)."""

from __future__ import annotations

import json
import re

import pytest

from app.engine.diskusage import cache_records
from app.engine.dockercli import DockerError
from app.engine.filters import Filters, invalid_filter
from app.engine.formatting import check_ps_format, ellipsis
from tests.helpers import BUILD, out, run

RUN_APP = "docker run -d -p 3000:80 --name app -v feedback:/app/feedback feedback-node"


def test_ellipsis_counts_display_columns() -> None:
    assert ellipsis("docker-entrypoint.sh node server.js", 20) == "docker-entrypoint.s…"
    assert ellipsis("short", 15) == "short"
    assert ellipsis("exactly-fifteen", 15) == "exactly-fifteen"
    # East Asian wide runes take two columns (formatter/displayutils.go charWidth)
    assert ellipsis("볼륨볼륨볼륨볼륨", 7) == "볼륨볼…"
    assert ellipsis("abc", 1) == "a"
    assert ellipsis("abc", 0) == ""


def test_filters_booleans_and_errors_print_as_the_daemon_does() -> None:
    assert Filters(["dangling=true", "dangling=1"]).get_bool("dangling") is True
    assert Filters([]).get_bool("dangling", True) is True
    with pytest.raises(DockerError) as exc:
        Filters(["dangling=yes"]).get_bool("dangling")
    assert exc.value.message == "Error response from daemon: invalid filter 'dangling=[yes]'"
    with pytest.raises(DockerError) as exc:
        Filters(["dangling=true", "dangling=0"]).get_bool("dangling")
    assert exc.value.message == "Error response from daemon: invalid filter 'dangling=[0 true]'"
    with pytest.raises(DockerError) as exc:
        Filters(["size=1", "name=a"]).validate(("name",))
    assert exc.value.message == invalid_filter("size").message == "Error response from daemon: invalid filter 'size'"
    assert Filters(["name=^a.c$"]).match("name", "abc")
    assert not Filters(["name=[bad"]).match("name", "[bad-not-equal")


def test_check_ps_format_reports_whether_size_is_used() -> None:
    assert check_ps_format("{{.Names}} {{.Size}}") is True
    assert check_ps_format("{{if false}}{{.Size}}{{end}}") is False
    assert check_ps_format("json") is False
    assert check_ps_format("table {{.ID}}") is False


def test_ps_json_keys_are_sorted_and_size_is_not_asked_for() -> None:
    _, r = run(BUILD, RUN_APP, "docker ps --format json", "docker ps -s --format json")
    plain, sized = json.loads(out(r[-2])[0]), json.loads(out(r[-1])[0])
    assert list(plain) == sorted(plain) and "Platform" in plain and plain["Platform"] is None
    assert plain["Size"] == "0B"
    assert sized["Size"].startswith("0B (virtual ")


def test_ps_custom_format_keeps_tabs_and_table_aligns() -> None:
    _, r = run(BUILD, RUN_APP, "docker ps --format '{{.Names}}\\t{{.Mounts}}'",
               "docker ps --format 'table {{.Names}}\\t{{.Mounts}}'")
    assert out(r[-2]) == ["app\tfeedback"]
    assert out(r[-1]) == ["NAMES     MOUNTS", "app       feedback"]


def test_ps_no_trunc_and_mount_ellipsis() -> None:
    w, r = run(BUILD, "docker run -d --name app -v a-rather-long-volume-name:/data feedback-node",
               "docker ps --format '{{.Mounts}}|{{.Command}}'", "docker ps --no-trunc --format '{{.Mounts}}|{{.ID}}'")
    assert out(r[-2]) == ['a-rather-long-…|"docker-entrypoint.s…"']
    c = w.container_by_name("app")
    assert c is not None and out(r[-1]) == [f"a-rather-long-volume-name|{c.id}"]


def test_ps_quiet_with_format_warns_on_stderr() -> None:
    _, r = run(BUILD, RUN_APP, "docker ps -q --format '{{.Names}}'")
    assert r[-1].text[0] == "WARNING: Ignoring custom format, because both --format and --quiet are set."
    assert len(r[-1].text) == 2 and len(r[-1].text[1]) == 12


def test_port_with_and_without_a_private_port() -> None:
    _, r = run(BUILD, RUN_APP, "docker port app", "docker port app 80", "docker port app 81", "docker port app x")
    assert out(r[-4]) == ["80/tcp -> 0.0.0.0:3000"]
    assert out(r[-3]) == ["0.0.0.0:3000"]
    assert (out(r[-2]), r[-2].exit_code) == (["Error: No public port '81' published for app"], 1)
    assert out(r[-1]) == ['Error: invalid port (x): strconv.ParseUint: parsing "x": invalid syntax']


def test_build_cache_records_are_shared_while_an_image_holds_them() -> None:
    w, _ = run(BUILD)
    records = cache_records(w)
    assert records and all(r.shared for r in records)
    assert all(re.fullmatch("[0-9a-z]{25}", r.id) for r in records)  # BuildKit's identity.NewID
    w, r = run("docker rmi feedback-node", "docker system df", world=w)
    assert not any(rec.shared for rec in cache_records(w))
    cache_row = out(r[-1])[-1].split()
    assert cache_row[:3] == ["Build", "Cache", str(len(records))] and cache_row[4] != "0B"


def test_images_reclaimable_leaves_out_what_images_in_use_hold_alone() -> None:
    _, r = run(BUILD, RUN_APP, "docker system df")
    images = out(r[-1])[1].split()
    assert images[:4] == ["Images", "2", "1", "914.7MB"]
    assert images[4:] == ["912.3MB", "(99%)"]


def test_images_filters() -> None:
    _, r = run("docker images --filter dangling=maybe", "docker images --filter dangling=false --format '{{.Tag}}'",
               "docker images 'no*' --format '{{.Repository}}'", "docker images --format '{{.VirtualSize}}'")
    assert out(r[0]) == ["Error response from daemon: invalid filter 'dangling=[maybe]'"]
    assert out(r[1]) == ["14"]
    assert out(r[2]) == ["node"]
    assert out(r[3]) == ["912.3MB"]


def test_filter_without_equals_is_a_flag_error() -> None:
    _, r = run("docker volume ls -f dangling")
    assert r[0].exit_code == 125
    assert out(r[0])[0] == ('invalid argument "dangling" for "-f, --filter" flag: bad format of filter '
                            "(expected name=value)")


def test_ls_d_lists_the_directory_itself() -> None:
    _, r = run("ls -d", "ls -ld /home/learner", "docker run --rm busybox ls -d /etc")
    assert out(r[0]) == ["."]
    assert out(r[1])[0].startswith("drwx") and out(r[1])[0].endswith(" /home/learner") and len(out(r[1])) == 1
    assert out(r[2])[-1] == "/etc"
