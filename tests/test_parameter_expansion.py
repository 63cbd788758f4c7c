"""${P#pat} ${P##pat} ${P%pat} ${P%%pat} and ${P/pat/rep} ${P//pat/rep} (app/engine/shellparams.py)
against a straightforward reference: every split of the value tried in the order bash's manual
gives ("Shell Parameter Expansion"), each part matched with fnmatch, on random values and patterns;
and the same words through the host's bash when it is there."""

from __future__ import annotations

import shutil
import subprocess
from fnmatch import fnmatchcase

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import budget
from app.engine.shellparams import GLOB, compile_pattern, remove, replace

VALUES = st.text(alphabet="ab.-]!", max_size=8)
PATTERNS = st.text(alphabet="ab.*?[]!-", max_size=6)


def marked(pattern: str) -> str:
    """The pattern as the lexer hands it over when it is typed unquoted: * ? [ live."""
    return "".join(GLOB + c if c in "*?[" else c for c in pattern)


def reference_remove(value: str, pattern: str, op: str) -> str:
    n = len(value)
    if op in ("#", "##"):
        ends = range(n + 1) if op == "#" else range(n, -1, -1)
        return next((value[k:] for k in ends if fnmatchcase(value[:k], pattern)), value)
    starts = range(n, -1, -1) if op == "%" else range(n + 1)
    return next((value[:i] for i in starts if fnmatchcase(value[i:], pattern)), value)


def reference_replace(value: str, pattern: str, rep: str, every: bool) -> str:
    """At each place from the left, the longest match; an empty one does not count."""
    out, i, n = [], 0, len(value)
    while i < n:
        k = next((k for k in range(n, i, -1) if fnmatchcase(value[i:k], pattern)), None)
        if k is None:
            out.append(value[i])
            i += 1
            continue
        out.append(rep)
        if not every:
            return "".join(out) + value[k:]
        i = k
    return "".join(out)


@settings(max_examples=400)
@given(VALUES, PATTERNS, st.sampled_from(["#", "##", "%", "%%"]))
def test_prefix_and_suffix_removal_matches_the_reference(value: str, pattern: str, op: str) -> None:
    assert remove(value, compile_pattern(marked(pattern)), op) == reference_remove(value, pattern, op)


@settings(max_examples=300)
@given(VALUES.filter(bool), PATTERNS.filter(lambda p: p.strip("*") != ""), st.booleans())
def test_replacement_matches_the_reference(value: str, pattern: str, every: bool) -> None:
    got = replace(value, compile_pattern(marked(pattern)), "<>", "//" if every else "/")
    assert got == reference_replace(value, pattern, "<>", every)


def test_a_quoted_star_is_literal() -> None:
    pat = compile_pattern("*")  # no GLOB mark: typed as "*" or \*
    assert remove("a*b*", pat, "%") == "a*b"
    assert remove("a*b*", compile_pattern(GLOB + "*"), "%%") == ""


def test_a_long_value_costs_steps_not_time() -> None:
    """The budget is charged for each try: a hostile pattern on a long value ends as other work does."""
    value = "a" * 3000
    with budget.opened(), pytest.raises(budget.OverBudget):
        replace(value, compile_pattern(marked("*a*a*b")), "x", "//")


def _bash(word: str, value: str) -> str:
    script = f"v={_quote(value)}; printf '%s\\n' \"{word}\""
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False).stdout[:-1]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.mark.skipif(shutil.which("bash") is None, reason="compared with the host's bash")
@settings(max_examples=60)
@given(VALUES, PATTERNS.filter(lambda p: "!" not in p), st.sampled_from(["#", "##", "%", "%%"]))
def test_removal_agrees_with_bash(value: str, pattern: str, op: str) -> None:
    assert remove(value, compile_pattern(marked(pattern)), op) == _bash(f"${{v{op}{pattern}}}", value)
