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

from app.engine import apply, budget, initial_world
from app.engine.shellparams import GLOB, compile_pattern, quote_reusable, remove, replace, transform
from app.engine.shellparse import ANSI_C, expand_one

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
    """A starred pattern is matched in one pass, its middles placed once: a hostile one on a long
    value was a try at each start and end (3,000 characters ran to the budget's end); now it is a
    search, charged as one."""
    value = "a" * 1_000_000
    with budget.opened() as spent:
        assert replace(value, compile_pattern(marked("*a*a*b")), "x", "//") == value
        assert replace(value + "b", compile_pattern(marked("*a*a*b")), "x", "//") == "x"
    assert spent.steps < 100_000


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


# -- ${P@Q}, ${P@U} ...; errors that end only a child (transcript 195) ------------------------------

TEXTS = st.text(alphabet=st.characters(blacklist_characters="\x00", max_codepoint=0x7F), max_size=10)


def _read_back(word: str) -> str:
    """A word as the terminal's bash reads it: quotes and $'...' taken away, nothing else there."""
    token = ANSI_C.set(True)
    try:
        return expand_one(word, {}, lambda inner: "")
    finally:
        ANSI_C.reset(token)


@settings(max_examples=300)
@given(TEXTS)
def test_q_quotes_a_value_so_that_it_reads_back_as_itself(value: str) -> None:
    assert _read_back(quote_reusable(value)) == value


@pytest.mark.skipif(shutil.which("bash") is None, reason="compared with the host's bash")
@settings(max_examples=60)
@given(TEXTS.filter(lambda t: "\r" not in t), st.sampled_from("QULuK"))  # text mode reads \r\n as \n
def test_transformations_agree_with_bash(value: str, op: str) -> None:
    if op in "ULuK" and subprocess.run(["bash", "-c", "x=a; : ${x@U}"], capture_output=True, check=False).returncode:
        pytest.skip("the host's bash is older than 5.1")
    assert transform(op, "v", value) == _bash(f"${{v@{op}}}", value)


def _run(line: str) -> tuple[list[str], int]:
    result = apply(initial_world(0), line)
    return [t for kind, t in result.lines if kind == 1], result.exit_code  # 1: standard output


@pytest.mark.parametrize("shell, child, last", [("bash", "1", 1), ("sh", "2", 2)])
def test_a_script_goes_on_past_a_childs_error_and_ends_at_its_own(shell: str, child: str, last: int) -> None:
    """bash s.sh: the piped and ( ) children exit (1; dash 2), the script goes on; ${z?} in the
    script's own shell ends it (bash: FORCE_EOF, status 1; dash: 2)."""
    script = r"echo ${x:?} | cat\necho after pipe\n(echo ${y:?no y})\necho after subshell $?\necho ${z:?}\necho never\n"
    out, code = _run(f"printf '{script}' > s.sh && {shell} s.sh")
    assert out == ["after pipe", f"after subshell {child}"] and code == last


def test_a_bad_substitution_in_a_bash_script_drops_only_its_line() -> None:
    out, code = _run(r"printf 'echo ${!a b}\necho next\n' > t.sh && bash t.sh")
    assert out == ["next"] and code == 0
