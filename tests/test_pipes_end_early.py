"""Pipes whose reader exits early (app/engine/tools/early.py, toolkit.PipeLines): what the
transcript 182 cannot show: how much the writer wrote, what the sed and grep readings decide on
lines that are not all there yet, and that a probe run of sed changes no file."""

from __future__ import annotations

import pytest

from app.engine import initial_world
from app.engine.engine import host_shell
from app.engine.shell import Shell
from app.engine.toolkit import BUSYBOX, NOTHING, PIPE_BUFFER, PipeClosed, PipeLines, Reads
from app.engine.tools.early import reads
from tests.helpers import out, run

PROJECT = "/home/learner/feedback-app"


@pytest.fixture
def sh() -> Shell:
    return host_shell(initial_world(0))


def _stop(sh: Shell, *argv: str) -> Reads:
    found = reads(sh, list(argv))
    assert found is not None and found.stop is not None
    return found


def test_the_writer_ends_a_pipe_buffer_past_what_the_reader_read(sh: Shell) -> None:
    pipe = PipeLines(_stop(sh, "head", "-n", "3"))
    with pytest.raises(PipeClosed):
        for _ in range(100_000):
            pipe.add("y")
    assert pipe.written == 3 * 2 + PIPE_BUFFER + 2  # the write that found the pipe closed counts


def test_a_writer_that_fits_in_the_buffer_runs_to_its_end(sh: Shell) -> None:
    pipe = PipeLines(_stop(sh, "sed", "1q"))
    for n in range(1000):
        pipe.add(str(n))
    assert len(pipe) == 1000


def test_sed_never_takes_the_last_line_so_far_for_dollar(sh: Shell) -> None:
    stop = _stop(sh, "sed", "-n", "$p;5q").stop
    assert stop is not None
    lines = [str(n) for n in range(1, 11)]
    assert stop(lines[:3], 3) is None  # line 3 is not the last: more may come
    assert stop(lines, 10) == 5
    never = _stop(sh, "sed", "$q").stop
    assert never is not None and never(lines, 10) is None


def test_sed_quits_inside_a_block_and_after_n(sh: Shell) -> None:
    lines = [str(n) for n in range(1, 100)]
    block = _stop(sh, "sed", "-n", "/7$/{p;q}").stop
    assert block is not None and block(lines, len(lines)) == 7
    nxt = _stop(sh, "sed", "n;n;q").stop
    assert nxt is not None and nxt(lines, len(lines)) == 3


def test_busybox_sed_reads_one_line_ahead(sh: Shell) -> None:
    sh.flavor = BUSYBOX
    stop = _stop(sh, "sed", "2q").stop
    assert stop is not None and stop([str(n) for n in range(10)], 10) == 3


def test_a_probe_of_sed_writes_no_file(sh: Shell) -> None:
    stop = _stop(sh, "sed", "-n", "w probe.txt\n3q").stop
    assert stop is not None and stop(["a", "b", "c", "d"], 4) == 3
    assert sh.view.get(f"{PROJECT}/probe.txt") is None


def test_readers_of_files_or_nothing_close_at_once(sh: Shell) -> None:
    for argv in (["sed", "5q", "Dockerfile"], ["grep", "-q", "x", "Dockerfile"], ["head", "-1", "Dockerfile"],
                 ["grep", "-m", "nope", "x"], ["sed", "-n", "bad}"], ["true"], ["echo", "hi"]):
        found = reads(sh, argv)
        if found == NOTHING:
            continue
        assert found is not None and found.stop is not None, argv
        assert found.stop(["x"], 1) == 0, argv  # sed runs its files first: it reads none of the pipe


def test_grep_stops_at_its_count_of_selected_lines(sh: Shell) -> None:
    lines = [str(n) for n in range(1, 60)]
    stop = _stop(sh, "grep", "-m", "2", "5").stop
    assert stop is not None and stop(lines, len(lines)) == 15
    inverted = _stop(sh, "grep", "-v", "-m1", "1").stop
    assert inverted is not None and inverted(lines, len(lines)) == 2
    assert reads(sh, ["grep", "-c", "5"]) is None  # -c reads it all
    assert reads(sh, ["grep", "-m", "-1", "5"]) is None  # GNU: a negative count is no limit


def test_grep_max_count_in_both_flavours() -> None:
    _, results = run("seq 30 | grep -m 2 1", "seq 3 | grep -c -m0 1",
                     "docker run --rm busybox sh -c 'seq 3 | grep -c -m0 1; seq 3 | grep -m x 1'")
    assert out(results[0]) == ["1", "10"]
    assert out(results[1]) == ["0"] and results[1].exit_code == 1  # GNU: stops before reading
    # BusyBox grep_file: the first line is read, counted, and past the count ends the file: -c says 1
    # (findutils/grep.c with FEATURE_GREP_CONTEXT); -m takes xatoi_positive's number
    assert out(results[2])[-2:] == ["1", "grep: invalid number 'x'"]


def test_pipefail_lasts_from_line_to_line_not_into_a_new_shell() -> None:
    _, results = run("set -o pipefail", "false | true", "set +o pipefail", "false | true",
                     "set -o pipefail", "sh -c 'false | true'")
    assert [r.exit_code for r in results[1:4:2]] == [1, 0]
    assert results[5].exit_code == 0  # a new shell starts without it


def test_docker_wait_on_a_restarting_container_waits_for_its_next_exit() -> None:
    w, results = run("docker run -d --restart always --name flap busybox sh -c 'sleep 1; exit 9'",
                     "sleep 2", "docker wait flap")
    c = next(c for c in w.containers.values() if c.name == "flap")
    assert out(results[2]) == ["9"]
    assert c.restart_count >= 2 and c.restarting  # it ran again and ended again: the wait saw that exit


def test_a_filter_whose_output_closes_closes_its_input_a_buffer_or_so_later() -> None:
    _, results = run("yes | tr y n | cut -c1 | head -3; echo $?", "yes | cat | rev | head -1",
                     "set -o pipefail", "yes | rev | head -1; echo $?")
    assert out(results[0]) == ["n", "n", "n", "0"]
    assert out(results[1]) == ["y"]
    assert out(results[3]) == ["y", "141"]
    assert results[3].work < 300_000  # two pipe buffers' worth of lines, read twice: not the budget's million steps


@pytest.mark.parametrize(("line", "expected"), [
    ("seq 20000 | sed 'N;N' | wc -l", "20000"),
    ("seq 20000 | sed p | wc -l", "40000"),
    ("seq 20000 | sed n | tail -1", "20000"),
    ("seq 30000 | awk '{printf \"%s\", $0}' | wc -c", str(sum(len(str(i)) for i in range(1, 30001)))),
])
def test_sed_or_awk_into_a_reader_of_everything_loses_nothing(line: str, expected: str) -> None:
    # the doubling probe took "the pipe after it is read to its end" for "it ends by itself": the
    # input pipe closed a buffer past 16,384 lines, and sed N, p, n or awk printf lost the rest
    _, results = run(line)
    assert out(results[0]) == [expected]
