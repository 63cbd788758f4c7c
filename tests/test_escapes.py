"""Backslash escapes (app/engine/escapes.py) against the real programs: bash's printf and echo -e,
dash's printf and echo, GNU coreutils' printf, for random texts made of escapes and digits."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.escapes import ARGUMENT, BASH, COREUTILS, DASH, ECHO, FORMAT, Missing, Stop, unescape
from tests.helpers import run

PIECES = ["\\0", "\\1", "\\01", "\\033", "\\0101", "\\101", "\\7", "\\8", "\\x", "\\x4", "\\x41", "\\xg", "\\e",
          "\\E", "\\u263a", "\\u", "\\U0001F600", "\\n", "\\t", "\\\\", "\\q", '\\"', "0", "1", "7", "a", "|"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join)


def real(argv: list[str]) -> bytes:
    return subprocess.run(argv, capture_output=True, check=False).stdout


def as_bytes(text: str) -> bytes:
    """What a program writes for the text: bytes below 256 as themselves, other characters as UTF-8."""
    return b"".join(bytes([ord(c)]) if ord(c) < 256 else c.encode() for c in text)


def ours(text: str, kind: str, where: str) -> bytes:
    try:
        return as_bytes(unescape(text, kind, where, stops=True))
    except (Stop, Missing) as stop:  # the output ends there (coreutils: with an error)
        return as_bytes(stop.text)


@pytest.mark.skipif(not (shutil.which("bash") and shutil.which("dash")), reason="compared with bash and dash")
@settings(max_examples=120, deadline=None)
@given(TEXT)
def test_escapes_read_as_each_shell_and_printf_reads_them(text: str) -> None:
    quoted = "'" + text.replace("'", "'\\''") + "'"
    for argv, kind, where in (
        (["bash", "-c", f"printf -- {quoted}"], BASH, FORMAT),
        (["bash", "-c", f"printf %b {quoted}"], BASH, ARGUMENT),
        (["bash", "-c", f"echo -ne {quoted}"], BASH, ECHO),
        (["dash", "-c", f"printf -- {quoted}"], DASH, FORMAT),
        (["dash", "-c", f"printf %b {quoted}"], DASH, ARGUMENT),
        (["dash", "-c", f"echo -n {quoted}"], DASH, ECHO),
        (["/usr/bin/printf", "%b", text], COREUTILS, ARGUMENT),
        (["/usr/bin/printf", "--", text], COREUTILS, FORMAT),
    ):
        assert ours(text, kind, where) == real(argv), (argv, text)


def test_a_terminal_line_colours_and_codes() -> None:
    _, [colour, codes, dash] = run("printf '\\033[1mbold\\033[0m\\n'", "echo -e '\\x41\\u00e9\\0101|\\101'",
                                   "docker run --rm node:14 sh -c 'printf \"\\\\x41|\\\\101\\\\n\"'")
    assert colour.text == ["\x1b[1mbold\x1b[0m"]
    assert codes.text == ["Aé" + "A|\\101"]
    assert dash.text == ["\\x41|A"]


@pytest.mark.skipif(not shutil.which("bash"), reason="compared with bash")
@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "\\'", " ", "$x"]), min_size=1, max_size=6).map("".join))
def test_ansi_c_quoting_reads_as_bash_reads_it(text: str) -> None:
    """$'...' in the learner's bash: the escapes as printf's format reads them, a NUL ending it."""
    line = f"x=1; printf '%s|' $'{text}'; printf END"  # (ends without a newline: the lines join back exactly)
    _, [result] = run(line)
    assert as_bytes("\n".join(result.text)) == real(["bash", "-c", line]), (text, result.text)
