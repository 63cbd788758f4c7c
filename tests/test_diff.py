"""diff (app/engine/tools/diffcmd.py, diffbusybox.py, diffseq.py): GNU diffutils' on the host and in
node:14, BusyBox's in alpine, compared with this machine's own diff 3.8 and BusyBox 1.35 on the same
lines, byte for byte, errors and statuses included. Where several edits are equally short, which one
is shown is each algorithm's own choice, so random files check that the hunks fall where the real
program puts them. Skipped where a program is not installed."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from app.engine import apply, initial_world
from app.engine.tools import diffbusybox, diffcmd
from app.engine.tools.diffseq import busybox_match, gnu_changes, split_lines
from app.engine.world import EPOCH
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)
_ALPINE = apply(_WORLD, "docker pull alpine").world
_GNU = shutil.which("diff") is not None and shutil.which("bash") is not None
_BUSYBOX = shutil.which("busybox") is not None


def _text(rng: random.Random, most: int) -> str:
    """A file as printf's format: lines from a small alphabet, sometimes without the last newline."""
    alphabet = rng.choice(["ab", "abc", "abcde", "abcdefghij"])
    lines = [rng.choice(alphabet) for _ in range(rng.randint(0, most))]
    text = "".join(line + "\\n" for line in lines)
    return text[:-2] if lines and rng.random() < 0.15 else text


def _edited(text: str, rng: random.Random) -> str:
    lines = text.split("\\n")
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(lines))
        roll = rng.random()
        if roll < 0.4:
            lines.insert(at, rng.choice("abcxy"))
        elif lines and roll < 0.7:
            del lines[min(at, len(lines) - 1)]
        elif lines:
            lines[min(at, len(lines) - 1)] = rng.choice("abcxyz")
    return "\\n".join(lines)


def _pairs(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        a = _text(rng, 12)
        pairs.append((a, _text(rng, 12) if rng.random() < 0.5 else _edited(a, rng)))
    return pairs


@pytest.mark.skipif(not _GNU, reason="no GNU diff or bash on this machine")
@pytest.mark.parametrize("options", ["", "-U1 -L a -L b", "-u -L a -L b", "-C2 -L a -L b", "-U0 -L a -L b", "-d"])
def test_gnu_hunks_fall_where_the_real_diff_puts_them(options: str) -> None:
    for a, b in _pairs(len(options), 60):
        line = f"diff {options} <(printf '{a}') <(printf '{b}'); echo rc=$?"
        result = apply(_WORLD, "cd /; bash -c " + quoted(line))
        assert (result.text, result.exit_code) == real_shell(["bash", "-c"], line), line


@pytest.mark.skipif(not _BUSYBOX, reason="no busybox on this machine")
@pytest.mark.parametrize("options", ["", "-U1", "-U0"])
def test_busybox_hunks_fall_where_the_real_diff_puts_them(options: str) -> None:
    for a, b in _pairs(7 + len(options), 60):
        line = f"diff {options} <(printf '{a}') <(printf '{b}'); echo rc=$?"
        result = apply(_ALPINE, "docker run --rm -w / alpine sh -c " + quoted(line))
        real = real_shell(["busybox", "sh", "-c"], line.replace("diff", "busybox diff"), utf8=False)
        assert (result.text, result.exit_code) == real, line


def _long_pair(rng: random.Random) -> tuple[str, str]:
    """Files of hundreds of lines, where lines matching many others are discarded in runs."""
    a = "".join(rng.choice(["a", "b", "aa", "c"]) + "\n" for _ in range(rng.randint(200, 900)))
    lines = a.splitlines()
    for _ in range(rng.randint(1, 60)):
        at = rng.randint(0, len(lines))
        if rng.random() < 0.5:
            lines.insert(at, rng.choice(["a", "x", "b", "yy"]))
        elif lines:
            del lines[min(at, len(lines) - 1)]
    return a, "".join(line + "\n" for line in lines)


@pytest.mark.skipif(not (_GNU and _BUSYBOX), reason="no diff or busybox on this machine")
def test_long_files_as_the_real_programs_see_them(tmp_path: Path) -> None:
    """The edit scripts themselves, on files too long for a command line."""
    rng = random.Random(11)
    for _ in range(12):
        a, b = _long_pair(rng)
        (tmp_path / "a").write_text(a)
        (tmp_path / "b").write_text(b)
        old, new = split_lines(a), split_lines(b)
        real = subprocess.run(["diff", "a", "b"], cwd=tmp_path, capture_output=True, text=True).stdout
        assert "".join(diffcmd._normal(old, new, gnu_changes(old, new))) == real
        real = subprocess.run(["busybox", "diff", "a", "b"], cwd=tmp_path, capture_output=True, text=True).stdout
        hunks = diffbusybox._hunks(diffbusybox._changes(busybox_match(old, new), len(old)), 3)
        shown = "".join(line for hunk in hunks for line in diffbusybox._hunk(old, new, hunk, 3))
        assert ("--- a\n+++ b\n" + shown if hunks else "") == real


_SETUP = ("rm -rf /tmp/layerlab-diff && mkdir -p /tmp/layerlab-diff && cd /tmp/layerlab-diff && "
          "mkdir -p d1/s d2/s d1/only1 d2/e && printf 'x\\n' > d1/f && printf 'y\\n' > d2/f && echo same > d1/g && "
          "echo same > d2/g && echo 1 > d2/new && echo q > d1/s/h && echo r > d2/s/h && echo e > d1/e && "
          "printf 'a\\nb\\nc\\n' > x && printf 'a\\nB\\nc\\nd\\n' > y && printf 'a\\nb' > z && : > empty && "
          "cp x 'a file'; ")
_CLOCK = f"find . -exec touch -h -d @{EPOCH} {{}} + && "  # the simulated files' time, on the real ones

GNU_LINES = [
    "diff x y", "diff -u x y", "diff -c x y", "diff x z", "diff -u z x", "diff -q x y", "diff -s x x",
    "diff d1 d2", "diff -r d1 d2", "diff -ru d1 d2", "diff -q -r d1/ d2", "diff -rN d1 d2", "diff -N d1 d2",
    "diff x d1", "diff d1 x", "diff -s d1/g d2/g", "diff -N x nofile", "diff -uN x nofile", "diff -u x nofile",
    "diff nofile1 nofile2", "diff x", "diff", "diff a b c", "diff -Q x y", "diff --foo x y", "diff -U x y",
    "diff -U -1 x y", "diff -U1 x y", "diff --unified=1 x y", "diff -u -c x y", "diff --normal x y",
    "diff -u -L a -L b -L c x y", "diff - x < x", "diff d1 - < x", "diff -r d1 d2 -s", "diff -u empty x",
    "diff -c empty x", "diff --rec d1 d2", "diff -u x 'a file'", "diff --brief -r d1 d2",
]


@pytest.mark.skipif(not _GNU, reason="no GNU diff or bash on this machine")
@pytest.mark.parametrize("line", GNU_LINES)
def test_gnu_files_folders_and_errors(line: str) -> None:
    result = apply(_WORLD, "bash -c " + quoted(_SETUP + line + "; echo rc=$?; cd /; rm -rf /tmp/layerlab-diff"))
    real = real_shell(["bash", "-c"], _SETUP + _CLOCK + line + "; echo rc=$?; cd /; rm -rf /tmp/layerlab-diff")
    assert (result.text, result.exit_code) == real, line


BUSYBOX_LINES = [
    "diff x y", "diff d1 d2", "diff -r d1 d2", "diff -q -r d1/ d2", "diff -rN d1 d2", "diff -rN d2 d1",
    "diff -N d1 d2", "diff x d1", "diff d1 x", "diff -s x x", "diff -s d1/g d2/g", "diff -N x nofile",
    "diff -U1 x y", "diff -U x y", "diff -q -s x y", "diff -L a x y", "diff -L a -L b -L c x y",
    "diff - x < x", "diff d1 - < x", "diff nofile x", "diff x empty", "diff z x", "diff -q d1 d2",
]


@pytest.mark.skipif(not _BUSYBOX, reason="no busybox on this machine")
@pytest.mark.parametrize("line", BUSYBOX_LINES)
def test_busybox_files_folders_and_errors(line: str) -> None:
    result = apply(_ALPINE, "docker run --rm alpine sh -c " + quoted(_SETUP + line + "; echo rc=$?"))
    real = real_shell(["busybox", "sh", "-c"], _SETUP + line.replace("diff ", "busybox diff ", 1)
                      + "; echo rc=$?; cd /; rm -rf /tmp/layerlab-diff", utf8=False)
    assert (result.text, result.exit_code) == real, line


def test_headers_carry_the_simulated_clock() -> None:
    """-u's header: a file's time is its last touch on the simulated clock (else the world's
    start); a pipe's, as fstat tells, is now; -c in a container's C locale writes POSIX's date."""
    lines = ["printf 'a\\n' > x; printf 'b\\n' > y", "touch y", "diff -u x y", "diff -u x <(cat y)",
             "docker run --rm node:14 sh -c 'echo a > /x; echo b > /y; diff -c /x /y'"]
    _, results = _run(lines)
    clock = [r.world.clock for r in results]
    assert results[2].text[:2] == ["--- x\t2026-03-02 09:00:00.000000000 +0000",
                                   f"+++ y\t{diffcmd.stamp(clock[1])}"]
    assert results[3].text[1] == f"+++ /dev/fd/63\t{diffcmd.stamp(clock[3])}"
    assert results[4].text[:2] == ["*** /x\tMon Mar  2 09:00:00 2026", "--- /y\tMon Mar  2 09:00:00 2026"]


def test_a_child_bash_keeps_the_terminals_locale() -> None:
    """bash -c inherits LANG=C.UTF-8 with the environment: diff -c writes ISO dates there as at the
    terminal (hard_locale), not the C locale's."""
    setup = "printf 'a\\n' > x; printf 'b\\n' > y"
    world = apply(_WORLD, setup).world
    assert apply(world, "bash -c 'diff -c x y'").text == apply(world, "diff -c x y").text
    assert apply(world, "diff -c x y").text[0] == "*** x\t2026-03-02 09:00:00.000000000 +0000"


def test_a_long_diff_is_bounded() -> None:
    """Two long files in another order: GNU's search charges the line's budget for each diagonal
    it extends, and a search past it ends the line as any runaway does."""
    result = apply(_WORLD, "seq 1 2000 > a; seq 1 2000 | sort > b; diff a b | wc -l")
    assert "steps of work" in result.text[-1]


@pytest.mark.skipif(not _BUSYBOX, reason="no busybox on this machine")
def test_busybox_finds_a_long_answer_within_the_budget() -> None:
    line = "seq 1 2000 > a; seq 1 2000 | sort > b; diff a b | wc -l"
    world = apply(_ALPINE, "cd /tmp").world
    result = apply(world, "docker run --rm alpine sh -c " + quoted(line))
    real = real_shell(["busybox", "sh", "-c"], "mkdir -p /tmp/layerlab-diff-long && cd /tmp/layerlab-diff-long && "
                      + line.replace("diff", "busybox diff") + "; cd /; rm -rf /tmp/layerlab-diff-long")
    assert result.text == real[0]


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    world, results = _WORLD, []
    for line in lines:
        result = apply(world, line)
        results.append(result)
        world = result.world
    return world, results
