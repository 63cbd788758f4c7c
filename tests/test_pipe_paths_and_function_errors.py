"""While a process substitution runs, its /dev/fd/N is there for more than reading
(app/engine/shellprocsub.py entry): `ls` lists it, `ls -l` shows /proc/self/fd's lr-x------ link
to pipe:[INODE], `ls -lL` the pipe (prw-------), and test's and [[ ]]'s -e -p -r -w -L find it.
And an expansion or arithmetic error inside a function is said where it happened: bash names a
function a -c text defines "environment" and the line in the function, dash the function's line
(run_body stamps the error before the function's frame is left). Compared with this machine's
bash 5.2 and dash 0.5.12; owners, dates and pipe numbers differ between the two and are cut off."""

from __future__ import annotations

import shutil

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)

PIPES = [
    "ls <(true); ls -d <(true) <(true); ls -1F <(true)",
    "ls -l <(true) | tr -s ' ' | cut -d' ' -f1,2,5,9,10; ls -lL <(true) | tr -s ' ' | cut -d' ' -f1,2,5,9",
    "ls -l <(true) | grep -c 'pipe:\\[[0-9]*\\]$'",
    'for o in e f d s c b x r w p S L h; do [ -$o <(true) ]; printf "%s=%s " $o $?; done; echo',
    'for o in e f d s x r w p S L h; do test -$o <(echo hi); printf "%s=%s " $o $?; done; echo',
    "[[ -e <(true) && -p <(true) && -L <(true) && ! -f <(true) ]]; echo $?",
    "f() { ls $1; [ -p $1 ]; echo $?; }; f <(true)",
    "[ -p /etc/passwd ]; echo $?; [ -S /etc/passwd ]; echo $?",
]

FUNCTIONS = [
    "f() { echo ${x?msg}; }; f",
    "f() { echo ${x?msg}; }\n\nf",
    "f() {\n echo $((2+))\n}\n\nf",
    "f() { echo $((1/0)); }; f",
    "f() { : ${x:?}; }; f; echo after",
    "set -u; f() { echo $z; }; f",
    "g() {\n\n echo ${q?deep}\n}\nf() { g; }\nf",
    "f() { (echo ${x?m}); echo in $?; }; f; echo after",
    "echo ${x?top}",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", PIPES + FUNCTIONS)
def test_as_bash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["bash", "-c"], line), line


@pytest.mark.skipif(shutil.which("dash") is None, reason="no dash on this machine")
@pytest.mark.parametrize("line", [f for f in FUNCTIONS if "set -u" not in f and "(2+)" not in f])
def test_as_dash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["sh", "-c"], line), line


def test_at_the_terminal() -> None:
    """The learner's own: the pipe belongs to the learner."""
    result = apply(_WORLD, "ls -l <(true); ls -lL <(true)")
    assert result.text[0].startswith("lr-x------ 1 learner learner 64 ")
    assert result.text[0].endswith(" /dev/fd/63 -> pipe:[" + result.text[0].rsplit("[", 1)[1])
    assert result.text[1].startswith("prw------- 1 learner learner 0 ")
    assert apply(_WORLD, "ls <(true) > /dev/null; ls /dev/fd/63").exit_code == 2  # closed after its command
