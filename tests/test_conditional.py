"""bash's [[ ]] (app/engine/shellcond.py) against the machine's own bash on the same lines: written
ones a learner types and generated ones (&& || ! and parentheses over string, pattern, regex and
arithmetic terms), compared by what they print and their status. Skipped where no bash is
installed. Also: a [[ ]] nested past its limit is refused before anything runs."""

from __future__ import annotations

import random
import shutil
import subprocess

import pytest

from app.engine import apply, initial_world
from app.engine.shellcond import MAX_DEPTH

BASH = shutil.which("bash")
_WORLD = initial_world(0)
# the variables every line starts with, the same in both shells
SETUP = 'name="feedback app"; n=12; empty=""; star="fe*"; '

LINES = [
    '[[ $name == feed* ]]; echo $?',
    '[[ $name == "feed*" ]]; echo $?',
    '[[ $name == $star ]]; echo $?',
    '[[ $name == "$star" ]]; echo $?',
    '[[ $name != *app ]]; echo $?',
    '[[ $name =~ ^feed(back|er)\\ a ]]; echo $?',
    '[[ $name =~ "back app"$ ]]; echo $?',
    '[[ a.c =~ "a." && abc =~ a. ]]; echo $?',
    '[[ $n -gt 9 && $n -lt 13 ]]; echo $?',
    '[[ n+1 -eq 13 ]]; echo $?',
    '[[ 010 -eq 8 && 0x10 -eq 16 && 2#11 -eq 3 ]]; echo $?',
    '[[ 10 < 9 ]]; echo $?',
    '[[ b > a ]]; echo $?',
    '[[ $empty ]]; echo $?',
    '[[ -z $empty && -n $name ]]; echo $?',
    '[[ ! -n $empty ]]; echo $?',
    '[[ ( -n $name || -z $name ) && ! ( $n == 1* && $n == *3 ) ]]; echo $?',
    '[[ -v name && ! -v nope ]]; echo $?',
    '[[ abc =~ a{2,1} ]]; echo $?',
    'if [[ -n $name ]]; then echo yes; else echo no; fi',
    'i=; while [[ $i != xxxx ]]; do i=${i}x; done; echo $i',
    '[[ a b ]]; echo $?',
    '[[ -z ]]; echo $?',
    # BASH_REMATCH (lib/sh/shmatch.c): the match and each group, emptied when nothing matches
    '[[ ab =~ (x)?(a) ]]; declare -p BASH_REMATCH; [[ ab =~ z ]]; echo $?; declare -p BASH_REMATCH',
    '[[ "v1.2.3" =~ ^v([0-9]+)\\.([0-9]+) ]] && echo "${BASH_REMATCH[1]}.${BASH_REMATCH[2]}" $BASH_REMATCH',
    '[[ abab =~ (ab)+ ]]; declare -p BASH_REMATCH; [[ aaa =~ a* ]]; echo "${BASH_REMATCH[0]}" ${#BASH_REMATCH[@]}',
    'BASH_REMATCH=x; [[ a =~ a ]]; declare -p BASH_REMATCH; f(){ [[ q =~ (q) ]]; }; f; echo ${BASH_REMATCH[@]}',
    '[[ a =~ (a) ]]; ( [[ q =~ q ]] ); echo ${BASH_REMATCH[@]}; [[ a =~ a\\{ ]]; echo $? ${BASH_REMATCH[1]}',
    're="^([a-z]+)-([0-9]+)$"; for n in web-1 db-22 x; do [[ $n =~ $re ]] && echo "${BASH_REMATCH[2]}" || '
    'echo "no ${#BASH_REMATCH[@]}"; done',
]

_TERMS = ['-n "$name"', '-z "$name"', '-n $empty', '$n -eq 12', '$n -lt 2', 'abc == a*', 'abc == "a*"',
          '$name =~ ^f', 'x =~ y', 'a < b', 'b < a', '$n == 1?', '$empty', '$name']


def _expression(rng: random.Random, depth: int = 0) -> str:
    kind = rng.random()
    if depth > 3 or kind < 0.4:
        return rng.choice(_TERMS)
    if kind < 0.55:
        return "! " + _expression(rng, depth + 1)
    if kind < 0.7:
        return f"( {_expression(rng, depth + 1)} )"
    return f"{_expression(rng, depth + 1)} {rng.choice(['&&', '||'])} {_expression(rng, depth + 1)}"


GENERATED = [f"[[ {_expression(random.Random(seed))} ]]; echo $?" for seed in range(150)]


def _both(line: str) -> tuple[tuple[list[str], int], tuple[list[str], int]]:
    assert BASH is not None
    real = subprocess.run([BASH, "-c", SETUP + line], capture_output=True, text=True, timeout=10,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    result = apply(_WORLD, f"bash -c {_quoted(SETUP + line)}")
    ours = [t for t in result.text if not t.startswith("bash: ")]
    return (ours, result.exit_code), ([t for t in real.stdout.splitlines()], real.returncode)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.mark.skipif(BASH is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", LINES + GENERATED)
def test_as_bash_answers(line: str) -> None:
    ours, real = _both(line)
    assert ours == real, line


def test_generated_lines_are_not_all_alike() -> None:
    statuses = {apply(_WORLD, line).text[-1] for line in GENERATED}
    assert statuses == {"0", "1"}


def test_parentheses_past_the_limit_are_refused_before_anything_runs() -> None:
    deep = "( " * (MAX_DEPTH + 1) + "a" + " )" * (MAX_DEPTH + 1)
    result = apply(_WORLD, f"touch made; [[ {deep} ]]")
    assert result.exit_code == 2
    assert "nests parentheses more than" in result.text[-1]
    assert result.world is _WORLD  # nothing ran: not even the touch before it
    within = "( " * MAX_DEPTH + "a" + " )" * MAX_DEPTH
    assert apply(_WORLD, f"[[ {within} ]]").exit_code == 0


def test_many_terms_are_charged_to_the_line() -> None:
    line = "while true; do [[ a" + " && a" * 50 + " ]]; done"
    result = apply(_WORLD, line)
    assert result.exit_code == 1
    assert result.text[-1].startswith("layerlab: this command line does more than")


def test_a_regex_that_takes_too_long_to_match_ends_the_line() -> None:
    line = "x=$(printf 'a%.0s' $(seq 30)); [[ ${x}c =~ ^((a{1,30}){1,30}){1,30}b$ ]]; echo never"
    result = apply(_WORLD, line)
    assert result.exit_code == 1
    assert "this regular expression takes too long to match" in result.text[-1]
    assert "never" not in result.text
