"""Shell functions and positional parameters: the limits of recursion and what a session keeps
(transcripts 150 and 151 show them as a learner sees them)."""

from __future__ import annotations

import pickle
import shutil
import time

import pytest

from app.engine import apply, initial_world
from app.engine.budget import MAX_CALLS, MAX_STEPS
from app.engine.shellparse import FIELD, expand
from tests.helpers import run
from tests.test_mapfile_and_pipes import _quoted, _real

# A runaway line must end by its step budget. The time bound is only what tells a budget that
# stopped working (a line that never ends) from one that works; how fast it ends is measured in
# benchmarks/hostile.py (these take 0.7-0.8 s on a quiet machine, and over 1 s beside a browser test run).
ENDS_WITHIN = 3.0

RUNAWAY = [
    ("f() { f; }; f", f"more than {MAX_CALLS} levels deep"),
    ("f() { f | f; }; f", f"more than {MAX_CALLS} levels deep"),
    ("f() { if :; then for i in 1; do case x in x) { f | cat; };; esac; done; fi; }; f", "levels deep"),
    ("f() { [ $1 -gt 0 ] && { f $(($1 - 1)); f $(($1 - 1)); }; }; f 30", f"more than {MAX_STEPS:,} steps"),
    ("g() { :; }; while :; do g; done", f"more than {MAX_STEPS:,} steps"),
]


@pytest.mark.parametrize(("line", "said"), RUNAWAY)
def test_runaway_functions_end_fast_and_change_nothing(line: str, said: str) -> None:
    world = initial_world()
    start = time.process_time()
    result = apply(world, f"touch before; {line}")
    took = time.process_time() - start
    assert said in result.text[-1]
    assert result.exit_code in (1, 2)
    assert result.world is world
    assert took < ENDS_WITHIN, f"{line}: {took:.2f} s"


def test_functions_and_parameters_are_kept_between_lines_and_pickle() -> None:
    w, [first, second] = run("hi() { echo \"hi $1 of $#\"; }; set -- a b", "hi \"$@\"; hi")
    assert second.text == ["hi a of 2", "hi  of 0"]
    again = pickle.loads(pickle.dumps(second.world))
    assert apply(again, "hi x").text == ["hi x of 1"]
    assert apply(again, "unset -f hi; hi").exit_code == 127


def test_quoted_at_makes_one_field_per_parameter_and_none_without_parameters() -> None:
    env = {"#": "2", "@": FIELD.join(["a b", "c"])}
    assert expand('"$@"', env, lambda s: "") == ["a b", "c"]
    assert expand('x"$@"y', env, lambda s: "") == ["xa b", "cy"]
    assert expand("$@", env, lambda s: "") == ["a", "b", "c"]
    assert expand('"$*"', env, lambda s: "") == ["a b c"]
    assert expand('"$@"', {"#": "0", "@": ""}, lambda s: "") == []
    assert expand('"$@" ""', {"#": "0", "@": ""}, lambda s: "") == []  # one word: ""$@"" is not this


def test_function_text_counts_toward_what_the_session_keeps() -> None:
    body = "x" * 8000
    w, [small, big] = run("A=$(printf '%01045000d' 7)", f"f() {{ echo {body}; }}; touch after")
    assert small.exit_code == 0 and big.exit_code == 1 and big.world is small.world
    assert "variables and functions would hold" in big.text[-1]


# A function a `bash -c` text defines is taken to come from the environment (make_cmd.c
# make_function_def: defined before the shell is initialized), and bash names its errors after the
# function's file: "environment: line 1: ". Compared with the machine's own bash.
ENVIRONMENT = [
    "f() { nosuch; }; f",
    "f() { cd /x; echo; }; f",
    "f() {\n echo a\n nosuch\n}\nf",
    "g() { nosuch; }; f() { g; }; f; nosuch2",
    "f() { nosuch; }; (f); f | cat; x=$(f)",
    "f() { eval nosuch; local -Z; }; f",
    "f() { a=(1); echo ${a[-5]}; }; f",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", ENVIRONMENT)
def test_errors_in_a_dash_c_function_are_the_environments(line: str) -> None:
    result = apply(initial_world(0), "cd /; bash -c " + _quoted(line))
    assert (result.text, result.exit_code) == _real(["bash", "-c"], line), line


def test_a_function_read_from_standard_input_is_mains() -> None:
    result = apply(initial_world(0), "echo 'f() { nosuch; }; f' | bash")
    assert result.text == ["main: line 1: nosuch: command not found"]
