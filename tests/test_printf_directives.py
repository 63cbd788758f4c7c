"""printf's directives (app/engine/tools/printfdirectives.py): length modifiers, the conversions a
printf refuses and where it says so, and bash's %q and %Q, against the machine's own bash and dash
on the same lines (standard error merged, and the status). Skipped where a shell is not installed;
transcript 322 holds the same for the learner's terminal and BusyBox."""

from __future__ import annotations

import shutil

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted as _quoted
from tests.helpers import real_shell as _real

_WORLD = initial_world(0)

LINES = [
    'printf "[%z]\\n" a; echo " rc=$?"',
    'printf "x%ky %s\\n" a b; echo " rc=$?"; printf "%"; echo " rc=$?"; printf "ab%5"; echo " rc=$?"',
    'printf "%ld|%hd|%lld|%jd|%zu|%qd\\n" 5 6 7 8 9 3; echo " rc=$?"',
    'printf "a%zb\\n"; echo " rc=$?"; printf "%s %y\\n" a b c; echo " rc=$?"',
    'printf "a\\nb%z\\n"; echo " rc=$?"; printf "%5%|%d\\n" 3; echo " rc=$?"; printf "%%|%d\\n" 3',
    'printf "[%q]\\n" "a  b" "" "x~y" "~a" "#c" "a#b" "it\'s" \'$HOME\' "a,b=c" "%10q|" "a=~b" "x:~"; echo " rc=$?"',
    'printf "[%q]\\n" "*?[]" "{a}|&;<>()^" "é" "a/b.c-d_e+f@g%h"; printf "%10q|%-6q|\\n" ab cd',
    'printf "%Q|%.2q|%.2Q|%5.1Q|\\n" x abc "a b" "a b"; printf "%q\\n" "$(printf \'tab\\tx\\033y\\001z\')"',
    'printf "%s\\n" ok "%w"; printf "%w"; echo " rc=$?"',
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", LINES)
def test_as_bash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["bash", "-c"], line), line


@pytest.mark.skipif(shutil.which("dash") is None or shutil.which("sh") is None, reason="no dash on this machine")
@pytest.mark.parametrize("line", [line for line in LINES if "%q" not in line and "%Q" not in line])
def test_as_dash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["sh", "-c"], line), line
