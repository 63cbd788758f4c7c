"""Brace expansion in the learner's bash (app/engine/shellbraces.py): `mkdir -p data/{logs,feedback}`,
`touch file{1..3}.txt`, `for i in {1..3}`. Checked against cases from the bash manual and, for
random words, against Debian's own bash when the machine has it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world
from app.engine.budget import MAX_STEPS
from app.engine.shellbraces import brace_expand
from tests.helpers import run

CASES = [
    ("echo a{b,c}d", "abd acd"),
    ("echo {1..5}", "1 2 3 4 5"),
    ("echo {5..1..2}", "5 3 1"),
    ("echo {01..10..3}", "01 04 07 10"),
    ("echo {-2..2}", "-2 -1 0 1 2"),
    ("echo {a..e}", "a b c d e"),
    ("echo {Y..b}", "Y Z [ \\ ] ^ _ ` a b"),  # bash walks the characters between, punctuation too
    ("echo {a,b{c,d}}x", "ax bcx bdx"),
    ("echo {a}{b,c} {} {,x} {1..3,5}", "{a}b {a}c {} x 1..3 5"),  # no comma and no sequence: as written
    ("echo {1..a} {1..2..x}", "{1..a} {1..2..x}"),
    ("echo \"{1,2}\" '{1,2}' \\{1,2}", "{1,2} {1,2} {1,2}"),  # quoted braces are not expanded
    ("x=1; echo ${x}{a,b} $(echo {c,d})", "1a 1b c d"),  # ${...} is a parameter; $( ) expands inside
    ("x={1,2}; echo $x", "{1,2}"),  # an assignment is not brace-expanded
    ("for i in {1..3}; do printf $i; done; echo", "123"),
]


@pytest.mark.parametrize(("line", "shown"), CASES)
def test_bash_brace_expansion(line: str, shown: str) -> None:
    _, [result] = run(line)
    assert result.text == [shown], line


def test_making_folders_and_files_with_braces() -> None:
    _, [_, listing] = run("mkdir -p data/{logs,feedback} && touch data/feedback/note{1..3}.txt",
                          "ls data data/feedback")
    assert listing.text == ["data:", "feedback", "logs", "", "data/feedback:", "note1.txt", "note2.txt", "note3.txt"]


def test_container_shells_have_no_brace_expansion() -> None:
    """dash (node:14's sh) and BusyBox ash print the word as written (BusyBox has brace expansion
    only in hush, HUSH_BRACE_EXPANSION)."""
    _, results = run("docker pull -q busybox", "docker run --rm node:14 sh -c 'echo {1..3} a{b,c}'",
                     "docker run --rm busybox sh -c 'echo {1..3} a{b,c}'")
    assert [r.text for r in results[1:]] == [["{1..3} a{b,c}"], ["{1..3} a{b,c}"]]


@pytest.mark.parametrize("line", ["echo {1..100000000}", "echo " + "{a,b}" * 24])
def test_huge_expansions_end_at_the_work_budget(line: str) -> None:
    world = initial_world()
    result = apply(world, line)
    assert f"more than {MAX_STEPS:,} steps" in result.text[-1]
    assert result.world is world


WORD = st.text(st.sampled_from("ab12,.{}-"), min_size=1, max_size=12)


@pytest.mark.skipif(shutil.which("bash") is None, reason="compared with the machine's bash")
@settings(max_examples=150, deadline=None)
@given(WORD)
def test_random_words_expand_as_bash_expands_them(word: str) -> None:
    real = subprocess.run(["bash", "--norc", "-c", f"printf '%s\\n' {word}"], capture_output=True, text=True, check=False)
    _, [result] = run(f"printf '%s\\n' {word}")
    assert result.text == real.stdout.splitlines(), (word, brace_expand(word))
