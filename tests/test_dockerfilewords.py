"""The Dockerfile frontend's word lexer (app/engine/dockerfilewords.py), case by case against
moby v28.5.2 vendor/github.com/moby/buildkit/frontend/dockerfile/shell/lex.go."""

from __future__ import annotations

import pytest

from app.engine.budget import OverBudget
from app.engine.dockerfilewords import MAX_DEPTH, WordError, process_word, process_word_missed, step_name

ENV = {"D": "/opt/app", "SUB": "inner", "E": ""}


@pytest.mark.parametrize(("word", "expanded"), [
    ("$D/${SUB}/w", "/opt/app/inner/w"),
    ('"$D/$SUB/copy"', "/opt/app/inner/copy"),  # processDoubleQuote: expands, the quotes go
    ("'$D'", "$D"),  # processSingleQuote: literal
    ("a\\ b", "a b"),  # an escape outside quotes keeps the next character
    ('"a\\$b\\x"', "a$b\\x"),  # inside double quotes only $ " and \ are escaped
    ("$NOPE.", "."),  # an unset name is empty
    ("${NOPE:-def}", "def"),
    ("${E:-x}", "x"),
    ("${E-x}", ""),  # set though empty: no default without the colon
    ("${D:+y}", "y"),
    ("${D#*/}", "opt/app"),
    ("${D##*/}", "app"),
    ("${D%/*}", "/opt"),
    ("${SUB/n/N}", "iNner"),
    ("${SUB//n/N}", "iNNer"),
    ("$", "$"),
    ("$1x", "x"),  # a positional name is its digits
])
def test_process_word(word: str, expanded: str) -> None:
    assert process_word(word, ENV) == expanded


@pytest.mark.parametrize(("word", "error"), [
    ("${X", 'failed to process "${X": unsupported modifier (\ufffd) in substitution'),
    ("${X:", "failed to process \"${X:\": syntax error: missing '}'"),
    ("${}", 'failed to process "${}": syntax error: bad substitution'),
    ("${D:#x}", 'failed to process "${D:#x}": unsupported modifier (:#) in substitution'),
    ("${X?}", 'failed to process "${X?}": X: is not allowed to be unset'),
    ("${E:?oops}", 'failed to process "${E:?oops}": E: oops'),
    ("'open", 'failed to process "\'open": unexpected end of statement while looking for matching single-quote'),
])
def test_process_word_errors(word: str, error: str) -> None:
    with pytest.raises(WordError) as caught:
        process_word(word, ENV)
    assert str(caught.value) == error


def test_run_step_names_keep_quotes_and_unset_names() -> None:
    # dispatchRun: RawQuotes and SkipUnsetEnv
    line = "RUN echo \"$SUB\" '$D' $NOPE ${NOPE:-x} ${D%/*}"
    assert step_name(line, ENV, run=True) == "RUN echo \"inner\" '$D' $NOPE ${NOPE:-x} /opt"
    # other steps: processCmdEnv with the lexer as it is; an error leaves the text as written
    assert step_name('COPY "$D" ${NOPE}x', ENV) == "COPY /opt/app x"
    assert step_name("WORKDIR ${D", ENV) == "WORKDIR ${D"


def test_the_names_a_word_missed() -> None:
    # getEnv notes every name it did not find, a default's too; a name that is set is not noted
    word = "$D/${NOPE:-x}/${OTHER}/'$QUOTED'/\"$SUB\""
    assert process_word_missed(word, ENV) == ("/opt/app/x//$QUOTED/inner", ["NOPE", "OTHER"])


def test_a_word_nested_past_the_readers_depth_is_refused_not_a_recursion_error() -> None:
    deep = "${a:-" * 1500 + "z" + "}" * 1500
    with pytest.raises(OverBudget, match="nests"):
        process_word(deep, {})
    within = "${a:-" * MAX_DEPTH + "z" + "}" * MAX_DEPTH
    assert process_word(within, {}) == "z"
