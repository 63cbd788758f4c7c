"""A shell reads its own text (a -c text, a script, what comes on its input) one command at a time
and runs each before reading the next (app/engine/shell.py run_text): the commands before a syntax
error have run, and the error names its own line and ends the shell with status 2. bash takes a
bad [[ ]] for the end of its text and ends with the status it had; a failing [[ ]] ends a `set -e`
shell and runs the ERR trap. dash and ash end at a syntax error in an eval or a trap too, and a
backslash-newline joins two lines. Compared with this
machine's bash 5.2, dash 0.5.12 and BusyBox ash."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)
_BUSYBOX = apply(_WORLD, "docker pull busybox").world

# said by all three shells alike
TEXTS = [
    "echo one\necho two\nif then\necho four",
    "x=1; f() { echo f$x; }\nf\necho a; if then echo b\necho four",
    "trap 'echo T' EXIT\necho a\nif then",
    "echo a\necho \"b\nc",
    "cat <<E\nx\nE\necho y\nfi",
    "echo a\n(echo b\n",
    "echo a\n{ echo b; }\n}",
    "echo a\ncase x in\nx) echo X;;\nesac\ndone",
    "exit 3\nif then",
    "set -e\necho a\nfalse\necho b\nif then",
    "alias e='echo AL'\ne hi",
    "echo a\necho ${x?oops}\necho b",
    "echo a\necho ${x:?}; echo c\necho b",
    "echo a\nx=$((2/0))\necho b",
    "echo a; f() { echo ${q?no}; echo f2; }\nf\necho b",
    "echo c |\ntr c d\ntrue &&\necho e\nfi",
    # a backslash-newline joins the lines (POSIX 2.2.1), in double quotes too, not in single ones
    "echo a \\\nb\necho \"x\\\ny\" 'p\\\nq'",
    "e\\\ncho a\\\n \\\n\nif then",
    "echo a # c \\\necho b",
]

# bash's and dash's EXIT trap counts its own lines from 1, wherever the text ended
EXIT_TRAP = [
    "trap 'nope' EXIT\necho a\n\necho b",
    "trap 'nope' EXIT\necho a\nexit 3\necho b",
    "trap 'nope' EXIT\nset -e\nfalse\necho b",
    "trap 'nope' EXIT\n\nif then",
]

# the lines counted on past joined ones ($LINENO: BusyBox 1.35 here counts a -c text's from 0)
NUMBERED = [
    "echo a \\\nb\necho \"x\\\ny\" 'p\\\nq'\necho $LINENO",
    "e\\\ncho a\\\n \\\n\necho $LINENO\nif then",
]

# dash and ash, not reading a terminal, end at a syntax error in an eval or a trap too (BusyBox
# 1.35 here counts a -c text's lines from 0, where the simulated image's 1.37 counts from 1: the
# eval's error names a line, so only dash is asked those)
TRAP = ["trap 'if then' EXIT; echo a"]
DASH = [
    "eval 'if then'; echo after $?\necho next",
    "x=$(eval 'if then'); echo b $?",
    "echo a\neval 'echo $LINENO'\nx=$((1/0))",
]

# bash's own: aliases once shopt turns them on, [[ ]]
BASH = [
    "shopt -s expand_aliases\nalias e='echo AL'\ne hi",
    "shopt -s expand_aliases; alias e='echo AL'; e hi\ne two",
    "set -u\necho a\necho $zz\necho b",
    "echo a\n[[ 1 -eq ]]; echo s $?\necho b",
    "true\n[[ 1 -eq ]]\necho b",
    "false\n[[ 1 -eq ]]\necho b",
    "false; [[ 1 -eq ]]",
    "echo x; false\n[[ a\necho b",
    "echo x; false\n[[ a ) ]]\necho b",
    "echo x; false\n[[ ( a ]]\necho b",
    "echo x; false\n[[ a ]] ]]\necho b",
    "echo a\n[[ 1 -eq 2+ ]]; echo s $?\necho b",
    "set -e; [[ 1 -eq 2 ]]; echo b",
    "set -e\n[[ 1 -eq 2+ ]]\necho b",
    "trap 'echo ERR $?' ERR; [[ 1 -eq 2 ]]; [[ a == b ]] || true; ! [[ a == b ]]; [[ 1 -eq 2+ ]]; echo end",
    "set -e; f() { [[ a == b ]]; echo in; }; f || echo or; if [[ a == b ]]; then :; fi; echo b",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("text", TEXTS + BASH + NUMBERED + EXIT_TRAP)
def test_bash_c_runs_as_it_reads(text: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + quoted(text))
    assert (result.text, result.exit_code) == real_shell(["bash", "-c"], text), text


@pytest.mark.skipif(shutil.which("dash") is None, reason="no dash on this machine")
@pytest.mark.parametrize("text", TEXTS + TRAP + DASH + NUMBERED + EXIT_TRAP)
def test_dash_c_runs_as_it_reads(text: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + quoted(text))
    assert (result.text, result.exit_code) == real_shell(["sh", "-c"], text), text


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
@pytest.mark.parametrize("text", TEXTS + TRAP)
def test_busybox_c_runs_as_it_reads(text: str) -> None:
    result = apply(_BUSYBOX, "docker run --rm -w / busybox sh -c " + quoted(text))
    assert (result.text, result.exit_code) == real_shell(["busybox", "sh", "-c"], text, utf8=False), text


SCRIPTS = [
    "echo one\ntouch made\nx=5\necho $x\nif then\necho no\n",
    "false\n[[ 1 -eq ]]\necho b\n",
    "shopt -s expand_aliases\nalias e='echo AL'\ne hi\n",
    "f() { echo f; }\nf\nif true; then\necho in\nfi fi\necho no\n",
    "echo a \\\nb\necho x\\\ny\nif then\n",
    "trap nope EXIT\n\necho a\n",
]


def _real_script(argv: list[str], text: str, folder: Path) -> tuple[list[str], int]:
    (folder / "s.sh").write_text(text)
    real = subprocess.run(argv, input=None if "s.sh" in argv else text, cwd=folder, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=20,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return real.stdout.splitlines(), real.returncode


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("dash") is None, reason="no bash or dash here")
@pytest.mark.parametrize("text", SCRIPTS)
@pytest.mark.parametrize("shell", ["bash", "sh"])
def test_scripts_and_input_run_as_read(text: str, shell: str, tmp_path: Path) -> None:
    world = apply(_WORLD, "cd /tmp; printf '%s' " + quoted(text) + " > s.sh").world
    for run, argv in ((f"{shell} s.sh", [shell, "s.sh"]), (f"{shell} < s.sh", [shell])):
        result = apply(world, run)
        assert (result.text, result.exit_code) == _real_script(argv, text, tmp_path), (run, text)


def test_what_ran_before_the_error_stays() -> None:
    """The files and the directory the lines before the error made are there after it."""
    result = apply(_WORLD, "sh -c 'mkdir /tmp/early && touch /tmp/early/f\nif then'; echo $?; ls /tmp/early")
    assert result.text == ['sh: 2: Syntax error: "then" unexpected', "2", "f"]
