"""bash's RANDOM and SECONDS (app/engine/shellrandom.py): a seeded generator draws what the
machine's bash draws; unseeded ones are the same on every replay of a session and differ between
sessions; a subshell's draws leave its parent's generator alone; SECONDS counts on the simulated
clock."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.engine import apply, initial_world

_WORLD = initial_world(0)

SEEDED = [
    'RANDOM=42; echo $RANDOM $RANDOM $RANDOM; RANDOM=1; echo $RANDOM',
    'RANDOM=42; echo ${RANDOM} $((RANDOM)) $((RANDOM % 6)) $((RANDOM+RANDOM))',
    'RANDOM=42; a=$RANDOM; b=$RANDOM; echo $a $b; x=$(echo $RANDOM); echo $RANDOM',
    'RANDOM=5; (echo $RANDOM >/dev/null); echo $RANDOM; echo $RANDOM | cat >/dev/null; echo $RANDOM',
    'RANDOM=3; unset RANDOM; echo "[$RANDOM]"; RANDOM=9; echo $RANDOM',
    'RANDOM=7; let "v = RANDOM"; echo $v; RANDOM=7; (( w = RANDOM )); echo $w',
    # bash reads the variable again for these operators: each reading draws a number
    'RANDOM=42; echo ${RANDOM:0:2} $RANDOM; RANDOM=42; echo ${#RANDOM} $RANDOM; RANDOM=42; echo ${RANDOM#1} $RANDOM',
    'RANDOM=42; echo ${RANDOM:-x} $RANDOM; RANDOM=42; echo ${RANDOM:+x} $RANDOM; RANDOM=42; echo ${RANDOM@Q} $RANDOM',
    'echo $SECONDS; SECONDS=100; echo $SECONDS; sleep 0; echo $SECONDS',
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", SEEDED)
def test_a_seeded_generator_draws_what_bash_draws(line: str) -> None:
    real = subprocess.run(["bash", "-c", line], executable=shutil.which("bash"), capture_output=True, text=True,
                          timeout=10, env={"PATH": "/usr/bin:/bin"})
    result = apply(_WORLD, "bash -c '" + line.replace("'", "'\\''") + "'")
    assert (result.text, result.exit_code) == (real.stdout.splitlines(), real.returncode), line


def _draws(world_seed: int, lines: list[str]) -> list[list[str]]:
    w = initial_world(world_seed)
    out = []
    for line in lines:
        r = apply(w, line)
        out.append(r.text)
        w = r.world
    return out


def test_the_terminal_draws_the_same_on_a_replay_and_other_numbers_in_another_session() -> None:
    lines = ["echo $RANDOM $RANDOM", "echo $RANDOM", "bash -c 'echo $RANDOM'"]
    first = _draws(0, lines)
    assert first == _draws(0, lines)
    assert first != _draws(1, lines)
    numbers = [int(n) for text in first for line in text for n in line.split()]
    assert len(set(numbers)) == len(numbers) == 4 and all(0 <= n < 32768 for n in numbers)


def test_the_terminal_keeps_its_generator_from_line_to_line() -> None:
    seeded = apply(_WORLD, "RANDOM=42; echo $RANDOM").world
    assert apply(seeded, "echo $RANDOM $RANDOM").text == ["26794 1435"]


def test_a_subshell_draws_its_own_and_leaves_the_parents_alone() -> None:
    r = apply(_WORLD, "RANDOM=42; a=$(echo $RANDOM); b=$( (echo $RANDOM) ); echo $RANDOM; echo $a $b")
    assert r.text[0] == "17772"
    assert r.text[1] != "17772 17772"


def test_seconds_count_on_the_simulated_clock() -> None:
    w = apply(_WORLD, "echo $SECONDS").world
    slept = apply(w, "sleep 7; echo $SECONDS; bash -c 'sleep 2; echo $SECONDS'")
    assert slept.text == [str(w.clock - initial_world(0).clock + 1 + 7), "2"]
    assigned = apply(apply(slept.world, "SECONDS=100").world, "echo $SECONDS")
    assert assigned.text == ["101"]


def test_unset_makes_them_plain_for_good() -> None:
    w = apply(_WORLD, "unset RANDOM SECONDS").world
    assert apply(w, 'echo "[$RANDOM][$SECONDS]"; RANDOM=4; echo $RANDOM $RANDOM').text == ["[][]", "4 4"]
