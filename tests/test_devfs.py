"""/dev: the runtime's in a container (runc v1.3.3's devices and links, moby's mounts), kept out of
every layer, and the learner's host's (app/engine/devfs.py)."""

from __future__ import annotations

import pickle

from app.engine import devfs
from app.engine.fs import CHAR, FILE, Node, file_node
from tests.helpers import BUILD, out, run

CONTAINER_DEV = ["core", "fd", "full", "mqueue", "null", "ptmx", "pts", "random", "shm", "stderr", "stdin", "stdout",
                 "tty", "urandom", "zero"]


def _web(*lines: str):  # type: ignore[no-untyped-def]
    return run(BUILD, "docker run -d --name web feedback-node", *lines)


def test_a_container_lists_runcs_devices_and_links_and_no_console_without_a_terminal() -> None:
    _, rs = _web("docker exec web ls /dev")
    assert out(rs[-1]) == CONTAINER_DEV


def test_a_container_with_a_terminal_has_a_console_the_pseudo_terminal() -> None:
    _, rs = run("docker pull -q alpine", "docker run --rm -t alpine ls /dev /dev/pts",
                "docker run --rm -t alpine ls -l /dev/console")
    assert out(rs[1]) == ["/dev:", "console", *CONTAINER_DEV, "", "/dev/pts:", "0", "ptmx"]
    # BusyBox ls.c: "%4u, %3u " for a device; devpts mode=0620, gid=5 (tty)
    assert out(rs[2]) == ["crw--w----    1 root     tty       136,   0 Mar  2 09:00 /dev/console"]


def test_ls_l_shows_character_devices_links_and_the_mounts_roots() -> None:
    _, rs = _web("docker exec web ls -l /dev")
    assert out(rs[-1]) == [
        "total 0",
        "lrwxrwxrwx 1 root root   11 Mar  2 09:00 core -> /proc/kcore",
        "lrwxrwxrwx 1 root root   13 Mar  2 09:00 fd -> /proc/self/fd",
        "crw-rw-rw- 1 root root 1, 7 Mar  2 09:00 full",
        "drwxrwxrwt 2 root root   40 Mar  2 09:00 mqueue",
        "crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 null",
        "lrwxrwxrwx 1 root root    8 Mar  2 09:00 ptmx -> pts/ptmx",
        "drwxr-xr-x 2 root root    0 Mar  2 09:00 pts",
        "crw-rw-rw- 1 root root 1, 8 Mar  2 09:00 random",
        "drwxrwxrwt 2 root root   40 Mar  2 09:00 shm",
        "lrwxrwxrwx 1 root root   15 Mar  2 09:00 stderr -> /proc/self/fd/2",
        "lrwxrwxrwx 1 root root   15 Mar  2 09:00 stdin -> /proc/self/fd/0",
        "lrwxrwxrwx 1 root root   15 Mar  2 09:00 stdout -> /proc/self/fd/1",
        "crw-rw-rw- 1 root root 5, 0 Mar  2 09:00 tty",
        "crw-rw-rw- 1 root root 1, 9 Mar  2 09:00 urandom",
        "crw-rw-rw- 1 root root 1, 5 Mar  2 09:00 zero",
    ]


def test_reading_and_writing_the_null_zero_and_full_devices() -> None:
    w, rs = _web("docker exec web sh -c 'cat /dev/null; echo x > /dev/null; echo x >> /dev/null; echo ok'",
                 "docker exec web sh -c 'head -c 4 /dev/zero > /tmp/z; cat /dev/null > /tmp/n'",
                 "docker exec web sh -c 'echo y > /dev/full'",
                 "docker exec web sh -c 'cp /etc/hostname /dev/null; ls -l /dev/null'")
    assert out(rs[2]) == ["ok"]
    c = w.container_by_name("web")
    assert c is not None
    assert c.rw.get("/tmp/z") is not None and c.rw.entries["/tmp/z"].data.startswith("\0\0\0\0")
    assert c.rw.entries["/tmp/n"].data == ""
    assert rs[4].exit_code == 1 and out(rs[4]) == ["sh: 1: echo: echo: I/O error"]
    # a write into a device leaves it a device
    assert out(rs[5]) == ["crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 /dev/null"]


def test_reading_all_of_an_endless_device_stops_the_line_and_changes_nothing() -> None:
    w, rs = _web("docker exec web sh -c 'touch /tmp/t; cat /dev/zero'")
    assert rs[-1].exit_code == 1
    assert out(rs[-1]) == ["layerlab: /dev/zero never runs out: a program reading all of it runs until it is "
                           "stopped; read a part, e.g. head -c 16 /dev/zero; nothing was changed"]
    c = w.container_by_name("web")
    assert c is not None and "/tmp/t" not in c.rw


def test_the_stream_links_reach_the_process_output_and_tty_needs_a_terminal() -> None:
    _, rs = _web("docker exec web sh -c 'echo one > /dev/stdout; echo two > /dev/fd/1; echo three > /dev/stderr'",
                 "docker exec web sh -c 'echo hi > /dev/tty'",
                 "docker exec web sh -c 'echo in | cat /dev/stdin'",
                 "docker exec web sh -c 'echo in | grep i /dev/stdin; cp /dev/stdin /tmp/s; cat /tmp/s'")
    assert rs[2].lines == [(1, "one"), (1, "two"), (2, "three")]
    assert out(rs[3]) == ["sh: 1: cannot create /dev/tty: No such device or address"] and rs[3].exit_code == 2
    assert out(rs[4]) == ["in"]
    assert out(rs[5]) == ["in"]  # grep reads the stream; cp finds no file's bytes behind the link


def test_file_tests_tell_devices_and_links_apart() -> None:
    _, rs = _web("docker exec web sh -c 'test -c /dev/null && echo c; test -f /dev/null || echo not-f; "
                 "test -L /dev/stdout && echo L; test -d /dev/fd && echo d; test -e /dev/nope || echo none'",
                 "docker exec web stat -c '%F|%A|%s' /dev/null /dev/stdout /dev/shm",
                 "docker exec web find /dev -type c")
    assert out(rs[2]) == ["c", "not-f", "L", "d", "none"]
    assert out(rs[3]) == ["character special file|crw-rw-rw-|0", "symbolic link|lrwxrwxrwx|15",
                          "directory|drwxrwxrwt|40"]
    assert out(rs[4]) == ["/dev/full", "/dev/null", "/dev/pts/ptmx", "/dev/random", "/dev/tty", "/dev/urandom",
                          "/dev/zero"]


def test_nothing_written_under_dev_reaches_the_layer_diff_commit_or_cp() -> None:
    w, rs = _web("docker exec web sh -c 'echo a > /dev/shm/a; touch /dev/made; mkdir /dev/mqueue/q 2>/dev/null; "
                 "ls /dev/shm /dev/made'",
                 "docker diff web",
                 "docker commit web snap",
                 "docker run --rm snap ls /dev/shm /dev",
                 "docker cp web:/dev/null .",
                 "docker cp web:/dev/shm/a .")
    assert out(rs[2]) == ["/dev/made", "", "/dev/shm:", "a"]
    assert out(rs[3]) == []
    # the committed image has the init layer's /dev only: the new container gets a fresh one
    assert out(rs[5]) == ["/dev:", *CONTAINER_DEV, "", "/dev/shm:"]
    assert out(rs[6]) == ["Error response from daemon: Could not find the file /dev/null in container web"]
    assert out(rs[7]) == ["Error response from daemon: Could not find the file /dev/shm/a in container web"]
    c = w.container_by_name("web")
    assert c is not None and not any(p.startswith("/dev") for p in c.rw.entries)


def test_a_restart_gives_a_fresh_dev_and_pts_takes_no_files() -> None:
    _, rs = _web("docker exec web sh -c 'echo a > /dev/shm/a; touch /dev/made'",
                 "docker restart web",
                 "docker exec web ls /dev/shm /dev/made",
                 "docker exec web touch /dev/pts/x")
    assert out(rs[4]) == ["ls: cannot access '/dev/made': No such file or directory", "/dev/shm:"]
    assert out(rs[5]) == ["touch: cannot touch '/dev/pts/x': Permission denied"]


def test_the_runtime_mounts_are_not_the_containers_own() -> None:
    _, rs = _web("docker inspect -f '{{len .Mounts}}' web",
                 "docker exec web df",
                 "docker run -d --name tmp1 --tmpfs /dev/shm feedback-node",
                 "docker exec tmp1 sh -c 'echo x > /dev/shm/x'",
                 "docker inspect -f '{{json .HostConfig.Tmpfs}}' tmp1",
                 "docker exec tmp1 ls /dev/shm")
    assert out(rs[2]) == ["0"]
    assert [line.split()[-1] for line in out(rs[3])][1:4] == ["/", "/dev", "/dev/shm"]
    assert out(rs[6]) == ['{"/dev/shm":""}']
    assert out(rs[7]) == ["x"]  # the user's tmpfs, not the runtime's, is at /dev/shm


def test_a_build_step_runs_with_a_dev_that_its_layer_does_not_keep() -> None:
    w, rs = run("docker pull -q busybox",
                "echo 'FROM busybox' > Dockerfile.dev",
                "echo 'RUN echo x > /dev/shm/x && ls /dev/null > /made' >> Dockerfile.dev",
                "docker build -q -f Dockerfile.dev -t devbuild .",
                "docker run --rm devbuild cat /made",
                "docker run --rm devbuild ls /dev/shm")
    assert rs[3].exit_code == 0
    assert out(rs[4]) == ["/dev/null"]
    assert out(rs[5]) == []


def test_the_hosts_dev() -> None:
    w, rs = run("ls /dev", "ls /", "echo hi > /dev/null", "cat /dev/null", "test -c /dev/null && echo c",
                "touch /dev/x", "ls -l /dev/null /dev/sda1 /dev/stdin", "tty > /dev/null; ls /dev/pts")
    names = out(rs[0])
    for need in ("null", "zero", "random", "urandom", "tty", "fd", "stdin", "stdout", "stderr", "pts", "shm"):
        assert need in names
    assert "dev" in out(rs[1])
    assert out(rs[2]) == [] and rs[2].exit_code == 0
    assert out(rs[3]) == []
    assert out(rs[4]) == ["c"]
    assert out(rs[5]) == ["touch: cannot touch '/dev/x': Permission denied"]
    assert out(rs[6]) == ["crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 /dev/null",
                          "brw-rw---- 1 root disk 8, 1 Mar  2 09:00 /dev/sda1",
                          "lrwxrwxrwx 1 root root   15 Mar  2 09:00 /dev/stdin -> /proc/self/fd/0"]
    assert out(rs[7])[-2:] == ["0", "ptmx"]
    assert not any(p.startswith("/dev") for p in w.host.entries)  # no file of the host's disk


def test_a_device_node_pickles_and_plain_nodes_pickle_as_before() -> None:
    dev = devfs.char(1, 3)
    back = pickle.loads(pickle.dumps(dev))
    assert back == dev and back.kind == CHAR and devfs.major_minor(back) == (1, 3)
    plain = file_node("x")
    assert len(plain.__getstate__()) == 7  # type: ignore[arg-type]
    old = Node.__new__(Node)
    old.__setstate__([FILE, "x", 1, 0o644, 0, False, 0])
    assert old == plain and old.rdev == 0 and old.gid == -1


def test_the_pages_picture_of_a_container_shows_no_runtime_dev() -> None:
    from app.web.viewmodel import build_container

    w, rs = run("docker pull -q alpine", "docker run -dit --name box alpine",
                "docker exec box sh -c 'echo x > /dev/shm/x; touch /dev/made; echo y > /y'")
    c = w.container_by_name("box")
    assert c is not None and rs[-1].exit_code == 0
    card = build_container(w, c, None)
    # the read-write layer holds what was written outside /dev only
    assert [f.path for f in card.rw_files] == ["y"]
    assert not any(f.path.lstrip("/").startswith("dev/") for f in card.tree)
