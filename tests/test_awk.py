"""awk (app/engine/tools/awk.py) under hostile and garbled programs: whatever a learner types after
`awk`, the line ends with an answer (the program's output, mawk's error, a `not simulated` note or a
budget limit), never an exception out of the engine, and within the line's budget. The transcript
261-awk.t holds what it does with programs that make sense."""

from __future__ import annotations

import shlex
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world
from tests.helpers import fuzz_scale

TOKENS = ["BEGIN", "END", "{", "}", "(", ")", "[", "]", ";", "\n", ",", "$", "$0", "$1", "$NF", "NF", "NR", "x", "a",
          "a[x]", "k", "in", "print", "printf", "if", "else", "while", "for", "do", "break", "continue", "next",
          "exit", "delete", "getline", "function", "length", "substr", "split", "sub", "gsub", "match",
          "sprintf", "index", "int", "=", "+=", "++", "--", "+", "-", "*", "/", "%", "^", "!", "~", "!~", "<",
          ">", "==", "&&", "||", "?", ":", "1", "0", "1e308", "-1", "\"s\"", "\"%d %s %c %5.2f %*d\"", "/re/",
          "/[[:alpha:]]+/", "/(a*)*b/", "\"\\\\\"", "OFS", "FS", "\"|\"", " ", "#c"]

_WORLD = initial_world(0)


@settings(deadline=None, max_examples=300 * fuzz_scale())
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30))
def test_a_garbled_program_always_gets_an_answer(tokens: list[str]) -> None:
    program = " ".join(tokens)
    line = f"printf 'a b c\\nd e f\\n' | awk {shlex.quote(program)}"
    result = apply(_WORLD, line)
    assert 0 <= result.exit_code <= 255
    internal = [text for _, text in result.lines if "internal error" in text]
    assert not internal, (program, internal)


def test_a_loop_without_end_stops_at_the_budget() -> None:
    started = time.monotonic()
    result = apply(_WORLD, "awk 'BEGIN { while (1) n++ }'")
    assert time.monotonic() - started < 5
    assert result.exit_code != 0
    assert result.lines and result.lines[-1][1].startswith("layerlab:"), result.lines


def test_deep_nesting_ends_with_an_answer() -> None:
    result = apply(_WORLD, "awk 'BEGIN { print " + "(" * 400 + "1" + ")" * 400 + " }'")
    assert result.exit_code != 0 or result.text == ["1"]
