"""bash's printf %(FORMAT)T (strftime of the argument's time: -1 now on the simulated clock, -2 the
shell's start, none is -1; width and precision as %s) and coreutils printf's %q (quotearg's
shell-escape style: quotes only where a shell needs them, $'\\NNN' for what the locale cannot print,
no flags, width nor precision). They printed their directives as written. Compared with this
machine's bash 5.2 and coreutils 9.1 (tests/helpers.real_shell)."""

from __future__ import annotations

import shutil

import pytest

from app.engine import apply, initial_world
from app.engine.world import EPOCH
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)

LINES = [
    "printf '%(%Y-%m-%d)T\\n' 0",
    "printf '%(%s)T|%(%H)T|%()T|\\n' 100 3600 0",
    "printf '[%20(%F %T)T][%-12(%D)T][%.4(%Y-%m)T]\\n' 86400 86400 86400",
    "printf '%(%a %b %e %k %l %p %P %j %U %W %V %G %u %w %C %y %n%t%%)T|\\n' 1234567890",
    "printf '%(%Z %z %c %x %X %r %R)T\\n' 1e3 2>&1; printf '%(%s)T\\n' abc; echo $?",
    "printf '%(%Y)T %(%Y)T\\n' 0; printf '%((%H))T\\n' 0; printf '%(%-d %_H %02m %Ey)T\\n' 86400",
    "printf '%(%s)T\\n' -3 99999999999999999999 2>&1; echo $?",
    "/usr/bin/printf '%q|%q|%q|%q|%q|%q|%q|%q|%q|%q\\n' é $'\\x01' '#a' 'a#' '!' 'a,b' '{a}' '=' ':~' ''",
    "/usr/bin/printf '%q %q\\n' \"it's\" $'a\\nb' 'a b' '~x' 'x=$y'",
    "LC_ALL=C /usr/bin/printf '%q\\n' é",
    # a warning comes after the lines bash has finished (its stdout is line-buffered)
    "printf 'a%d|\\n' 1 x 2 2>&1; printf '%d\\n' 1 99999999999999999999 2>&1",
]

# a warning comes after all dash made, before the rest; BusyBox's after what it made so far (the
# "a" that ran into "sh: invalid number" as "ash: invalid number")
SHORT = ["printf 'a%d|\\n' 1 x 2 2>&1", "printf 'a%d|%d\\n' 1 x 2 2>&1; printf '%d\\n' 1 2x 2>&1"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", LINES)
def test_as_bash_and_coreutils_answer(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["bash", "-c"], line), line


@pytest.mark.skipif(shutil.which("dash") is None, reason="no dash on this machine")
@pytest.mark.parametrize("line", SHORT)
def test_as_dash_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; sh -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["sh", "-c"], line), line


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
@pytest.mark.parametrize("line", SHORT)
def test_as_busybox_answers(line: str) -> None:
    world = apply(_WORLD, "docker pull busybox").world
    result = apply(world, "docker run --rm -w / busybox sh -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["busybox", "sh", "-c"], line, utf8=False), line


def test_now_and_the_shells_start_are_the_simulated_clock() -> None:
    """-1 (and no argument) is now, as `date +%s` tells on the same line; -2 the terminal's start,
    the world's (where $SECONDS counts from)."""
    world = apply(_WORLD, "true").world
    result = apply(world, "printf '%(%s)T %(%s)T %(%s)T\\n' -1 -2; date +%s")
    now, start, again = result.text[0].split()
    assert now == again == result.text[1]
    assert int(start) == EPOCH < int(now)


def test_refused_where_coreutils_refuses() -> None:
    """%q takes no width: coreutils' "invalid conversion specification" (status 1)."""
    result = apply(_WORLD, "/usr/bin/printf '[%5q]' a")
    assert result.exit_code == 1
    assert result.text[-1] == "[printf: %5q: invalid conversion specification"  # "[" flushed first
