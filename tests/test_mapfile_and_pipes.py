"""mapfile and readarray (app/engine/shellmapfile.py), read's field splitting (shellread.py) and the
child a pipeline runs each of its parts in (shell.py _stage), against the machine's own bash, dash
and BusyBox sh on the same lines: what they print, standard error merged, and their status.
Skipped where a shell is not installed."""

from __future__ import annotations

import shutil

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted as _quoted
from tests.helpers import real_shell as _real

_WORLD = initial_world(0)
_BUSYBOX_WORLD = apply(_WORLD, "docker pull busybox").world

MAPFILE = [
    'printf "a\\nb\\nc\\n" > /tmp/mf; mapfile -t -s 1 -n 1 x < /tmp/mf; declare -p x; mapfile < /tmp/mf; declare -p MAPFILE',
    'printf "a,b,c" | { mapfile -d , -t y; declare -p y; }; printf "a\\0b\\0" | { readarray -d "" z; declare -p z; }',
    'x=(1 2 3 4); printf "q\\n" > /tmp/mf; mapfile -O 2 x < /tmp/mf; declare -p x; mapfile -n q x; echo $?; mapfile -Z; echo $?',
    'declare -A m; mapfile m < /dev/null; echo $?; readonly r; mapfile r </dev/null; echo $?; mapfile 1x </dev/null; echo $?',
    'printf "a\\nb" | mapfile q; echo ${#q[@]}; shopt -s lastpipe; printf "a\\nb" | mapfile q; declare -p q',
    'mapfile -t l <<< "x y"; declare -p l; mapfile "" </dev/null; echo $?; mapfile -t -n 0 e < /dev/null; declare -p e',
    "mapfile -u 3 l; echo $?; mapfile -u x l; echo $?; mapfile -C echo -c 1 l <<< $'a\\nb'; declare -p l",
    'printf "1\\n2\\n3\\n" | { read first; mapfile -t rest; echo "$first ${rest[@]}"; }',
    'mapfile -c 0 a; echo $?; mapfile -s -1 a; echo $?; mapfile -n; echo $?',
    # read -a and read's names: IFS splitting with a backslash making the next character plain
    'IFS=, read -a w <<< "a,,b,"; declare -p w; IFS=", " read -a w <<< "a , b,,c"; declare -p w',
    "read -a w <<< 'x\\ y z\\'; declare -p w; read -ra w <<< 'x\\ y z'; declare -p w",
    'declare -A m; read -a m <<< "a b"; echo $?; readonly r; read -a r <<< "a"; echo $?; read x r <<< "a b"; echo $? $x',
    'declare -A m; read m <<< a; declare -p m',
    # a pipeline's last part runs in a child too, unless lastpipe (not interactive)
    'echo x | read v; echo "[$v]"; shopt -s lastpipe; echo y | read w; echo "[$w]"; echo z | { read u; }; echo "[$u]"',
    'x=1 | true; echo "[$x]"; true | y=2; echo "[$y]"; exit 3 | true; echo still $?',
    'echo $BASH_SUBSHELL | cat; (echo $BASH_SUBSHELL) | cat; { echo $BASH_SUBSHELL; } | cat',
    # a function or builtin that is a pipeline's part runs a level deeper, once its words are expanded
    'f() { echo $BASH_SUBSHELL; }; f | cat; f; true | f; f() { (echo $BASH_SUBSHELL); }; f | cat',
    'g() { echo $BASH_SUBSHELL $1; }; f() { g; }; f | cat; g $BASH_SUBSHELL | cat; eval "echo \\$BASH_SUBSHELL" | cat',
    'set -o pipefail; echo ${x:?} | cat; echo $?',
]

FIELDS = [  # the same in bash, dash and BusyBox ash
    "printf '%s\\n' 'x\\ y z\\ w' | { read a b; echo \"[$a][$b]\"; }",
    "printf 'p,,q,\\n' | { IFS=, read a b; echo \"[$a][$b]\"; }",
    "printf 'p , q,,r\\n' | { IFS=', ' read a b c; echo \"[$a][$b][$c]\"; }",
    "printf '  one   two  three  \\n' | { read a b; echo \"[$a][$b]\"; }",
    "printf 'x:y:\\n' | { IFS=: read a b; echo \"[$a][$b]\"; }; printf 'x\\n' | { IFS=: read a b c; echo \"[$a][$b][$c]\"; }",
    "printf 'a:b::\\n' | { IFS=: read x y; echo \"[$x][$y]\"; }; printf 'a b  \\n' | { IFS=' ' read x y; echo \"[$x][$y]\"; }",
    'x=1 | true; echo "[$x]"; echo z | read v; echo "[$v]"; cd / | true; pwd',
    # an unquoted expansion split at IFS (POSIX 2.6.5), "$*" joined with IFS's first character
    "IFS=-; x=a-b; echo $x; for w in $x; do printf '[%s]' \"$w\"; done; echo",
    "x=:a::b:; IFS=:; printf '[%s]' $x; echo; printf '[%s]' pre$x; echo; printf '[%s]' $x\"post\"; echo",
    "IFS=' :'; x=' :a : b  '; printf '[%s]' $x; echo; printf '[%s]' pre$x; echo",
    "IFS=; x='a b'; printf '[%s]' $x; echo; unset IFS; printf '[%s]' $x; echo",
    "p=/usr/bin:/bin; IFS=:; for d in $p; do echo \"$d\"; done",
    "IFS=,; x=','; printf '[%s]' $x; echo; x=',,'; printf '[%s]' $x; echo; y=''; printf '[%s]' $y; echo",
    "set -- p q; IFS=,; echo \"$*\" \"${*}\"; IFS=; echo \"$*\"; set -- x '' y; IFS=,; printf '[%s]' $@ $*; echo",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", MAPFILE + FIELDS)
def test_as_bash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["bash", "-c"], line), line


@pytest.mark.skipif(shutil.which("dash") is None, reason="no dash on this machine")
@pytest.mark.parametrize("line", FIELDS)
def test_as_dash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["sh", "-c"], line), line


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
@pytest.mark.parametrize("line", FIELDS)
def test_as_busybox_answers(line: str) -> None:
    result = apply(_BUSYBOX_WORLD, "docker run --rm -w / busybox sh -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["busybox", "sh", "-c"], line, utf8=False), line


def test_mapfile_charges_a_step_a_line() -> None:
    made = apply(_WORLD, "seq 1 5000 > /tmp/n").world
    read = apply(made, "mapfile a < /tmp/n")
    assert read.work - apply(made, "true < /tmp/n").work >= 5000
