"""bash's arrays (app/engine/shellarrays.py) against the machine's own bash on the same lines, by
what they print and their status. Skipped where no bash is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.engine import apply, initial_world

BASH = shutil.which("bash")
_WORLD = initial_world(0)

LINES = [
    'a=(one two "three four"); echo ${a[1]} ${#a[@]} "${a[2]}" $a',
    'a=(x y z); for v in "${a[@]}"; do echo "[$v]"; done; for v in ${a[*]}; do echo "<$v>"; done',
    'a=(x y z); echo ${!a[@]} ${a[-1]} ${a[-3]} ${#a[0]} "${a[*]}"',
    'a=(x); a+=(y z); a[7]=w; echo ${#a[@]} ${!a[@]} ${a[7]}',
    'a=(1 2 3 4); unset "a[1]"; echo "${a[@]}" ${!a[@]}; unset a; echo "[${a[@]}]" ${#a[@]}',
    'a=(a b c d e); echo ${a[@]:1:2} ${a[@]:3} ${a[@]: -2}',
    'a=(ab abc); echo ${a[@]^^} ${a[@]#a} ${a[1]/b/X} ${a[0]:-none} ${a[9]:-none} ${a[9]-unset}',
    'i=2; a=(p q r s); echo ${a[i]} ${a[i+1]} ${a[$i-1]} $((${#a[@]} * 2))',
    'a=(one "t w" "\\$x"); declare -p a; b[3]=x; declare -p b',
    'read -a w <<< "docker volume ls"; echo ${#w[@]} ${w[1]}; IFS=: read -ra p <<< "x:y::z"; echo ${#p[@]} "${p[3]}"',
    'x=scalar; x[1]=more; echo $x ${x[0]} ${x[1]} ${#x[@]}',
    'a=(); echo ${#a[@]} "[${a[@]}]"; a+=(q); echo ${a[0]}',
    'a=(1 2); a=5; echo ${a[@]}; a[0]+=0; echo ${a[@]}',
    'set -- p q; a=("$@" r); echo ${#a[@]} ${a[2]}',
]


@pytest.mark.skipif(BASH is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", LINES)
def test_as_bash_answers(line: str) -> None:
    assert BASH is not None
    real = subprocess.run([BASH, "-c", line], capture_output=True, text=True, timeout=10,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    result = apply(_WORLD, "bash -c '" + line.replace("'", "'\\''") + "'")
    assert (result.text, result.exit_code) == (real.stdout.splitlines(), real.returncode), line


def test_arrays_last_from_line_to_line_at_the_terminal() -> None:
    first = apply(_WORLD, "ports=(3000 3001)")
    assert apply(first.world, 'echo "${ports[@]}" ${#ports[@]}').text == ["3000 3001 2"]


def test_an_array_of_megabytes_is_refused_not_kept() -> None:
    w = apply(_WORLD, "x=$(printf '%01000000d' 0)").world
    r = apply(w, "a=($x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x)")
    assert r.exit_code == 1 and r.world is w


def test_pipestatus_holds_each_commands_status() -> None:
    r = apply(_WORLD, "true | false | true; echo ${PIPESTATUS[@]}; yes | head -1 > /dev/null; echo ${PIPESTATUS[*]}")
    assert r.text == ["0 1 0", "141 0"]
