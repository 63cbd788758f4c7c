"""bash's process substitution, <(command) and >(command) (app/engine/shellprocsub.py): the word
is /dev/fd/63, 62, ... (BusyBox ash's 64, 65, ...) and what opens the path reads the command's
output. Compared with the machine's own bash, BusyBox sh and dash on the same lines: what they print, standard error merged, and their
status. Skipped where a shell is not installed."""

from __future__ import annotations

import shutil

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted as _quoted
from tests.helpers import real_shell as _real

_WORLD = initial_world(0)
_BUSYBOX_WORLD = apply(_WORLD, "docker pull busybox").world

BASH = [
    "echo <(true); echo a<(true)b <(true) >(true) 2>(true)",
    'cat <(echo hi) <(printf "a\\nb"); echo; cat < <(echo in)',
    "x=<(true); y=a<(true); echo $x $y; echo x=<(true); declare z=<(true); echo $z",
    "[[ <(true) == /dev/fd/63 ]] && echo y; case <(true) in /dev/fd/63) echo m;; esac",
    "for i in 1 2; do echo <(true); done; for i in <(true) <(true); do echo $i; done",
    "echo <(true) $(echo <(true)); echo \"<(true)\" '<(true)' ${u:-<(true)}",
    'wc -l <(printf "a\\nb\\n"); sort <(printf "b\\na\\n"); grep -c a <(printf "a\\nab\\nc\\n")',
    'read l < <(echo hi); echo $l; mapfile -t a < <(printf "1\\n2\\n"); echo ${#a[@]} ${a[1]}',
    'source <(echo echo sourced); . <(echo "v=1"); echo $v',
    "x=1; cat <(x=2; echo $x $BASH_SUBSHELL); echo $x $BASH_SUBSHELL",
    'while read l; do echo "[$l]"; done < <(printf "1\\n2\\n")',
    "a=(<(true) <(true)); echo ${a[@]}; f() { echo <(true); }; f",
    "cat <(exit 3); echo $?; cat <(echo a) /dev/fd/63; echo $?",
    "set -o posix; echo <(true); cat <(echo posix)",
    "echo \\<(true)",
    "echo 2>/dev/null hi; echo b 1>/dev/null; echo c 2>&1",
    # a child the shell starts holds the pipe open too: it reads it, and its own start at 62
    "bash -c 'cat $1; echo <(true)' _ <(echo hi); sh -c 'cat $1' _ <(echo hi)",
]

BUSYBOX = [  # BusyBox ash: from /dev/fd/64 up
    "echo <(true); echo <(true) <(true) $(echo <(true))",
    "cat < <(echo hi); cat <(echo a) <(echo b); echo a<(true)b 2>(true)",
    "x=<(true); echo $x; cat <(exit 3); echo $?; for i in 1 2; do echo <(true); done",
    "echo <(true",
]

DASH = [
    "echo <(true)",
    "cat < <(echo hi)",
    "x=<(true)",
    "echo a>(true)",
    "cat < (x)",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", BASH)
def test_as_bash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["bash", "-c"], line), line


@pytest.mark.skipif(shutil.which("dash") is None, reason="no dash on this machine")
@pytest.mark.parametrize("line", DASH)
def test_as_dash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["sh", "-c"], line), line


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
@pytest.mark.parametrize("line", BUSYBOX)
def test_as_busybox_answers(line: str) -> None:
    result = apply(_BUSYBOX_WORLD, "docker run --rm -w / busybox sh -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["busybox", "sh", "-c"], line, utf8=False), line


def test_at_the_terminal() -> None:
    result = apply(_WORLD, "mapfile -t a < <(printf 'x\\ny\\n'); declare -p a; echo <(true)")
    assert result.text == ['declare -a a=([0]="x" [1]="y")', "/dev/fd/63"]


def test_output_substitution_reads_what_is_written() -> None:
    """A >( )'s command reads what the command wrote to its path, once the command is done (bash
    does not wait for it: here its output comes after the command's)."""
    result = apply(_WORLD, "echo hi > >(cat); echo after; printf 'a\\nb\\n' | tee >(wc -l) >/dev/null")
    assert result.text == ["hi", "after", "2"]
    assert apply(_WORLD, "echo x | tee >(cat)").text == ["x", "x"]


def test_closed_after_its_command() -> None:
    """The pipe is closed when its command ends: the next command cannot read it."""
    result = apply(_WORLD, "echo <(echo a) >/dev/null; cat /dev/fd/63")
    assert result.exit_code == 1
    assert result.text[-1].startswith("cat: /dev/fd/63: ")
