"""Here-documents in a Dockerfile as the parser vendored in moby v28.5.2 reads them
(buildkit frontend/dockerfile/parser/parser.go heredocFromMatch, heredocsFromLine, Parse) and
what the dispatchers make of them (dockerfile2llb/convert.go dispatchRun, dispatchCopy;
instructions/parse.go parseOnBuild). The builds themselves: transcripts 323 and 324."""

from __future__ import annotations

import pytest

from app.engine import budget
from app.engine.budget import MAX_STEPS, OverBudget
from app.engine.buildinstructions import read_lines
from app.engine.dockerfileheredoc import (
    Heredoc,
    copy_contents,
    heredocs_from_line,
    onbuild_expression,
    parse_heredoc,
    run_script,
    summarize,
)
from tests.helpers import out, run


def test_a_word_opens_a_heredoc_as_the_parser_reads_it() -> None:
    assert parse_heredoc("<<EOF") == Heredoc("EOF")
    assert parse_heredoc("<<-EOF") == Heredoc("EOF", chomp=True)
    assert parse_heredoc("2<<EOF") == Heredoc("EOF", fd=2)
    # a quote anywhere in the delimiter turns expansion off; the name is the word without them
    assert parse_heredoc('<<"EOF"') == Heredoc("EOF", expand=False)
    assert parse_heredoc("<<'E'OF") == Heredoc("EOF", expand=False)
    assert parse_heredoc("<< EOF") == Heredoc("EOF")  # the lexer keeps `<<` and its blanks in the word
    # not a heredoc: nothing after <<, a second <<, a here-string, two words
    assert [parse_heredoc(w) for w in ("<<", "<<a<<b", "<<<x", "<<a b", "cat")] == [None] * 5


def test_the_heredocs_of_a_line_are_its_words_that_open_one() -> None:
    assert heredocs_from_line("RUN <<A cat - <<-'B' > x") == [Heredoc("A"), Heredoc("B", expand=False, chomp=True)]
    assert heredocs_from_line("COPY << EOF /x") == [Heredoc("EOF")]
    assert heredocs_from_line("RUN echo '<<EOF'") == []  # quoted: no word starts with <<
    assert heredocs_from_line("RUN echo 'unclosed <<EOF") == []  # the lexer's error: none (Go drops it)


def test_the_parser_reads_their_text_after_the_instruction() -> None:
    text = "FROM x\nRUN <<A <<-B\none\nA\n\ttwo\n\tB\nRUN [\"sh\", \"-c\", \"<<C\"]\nCOPY <<C /c\nC\n"
    lines = read_lines(text)
    assert [(ln.start, ln.end, ln.body) for ln in lines] == [(1, 1, "FROM x"), (2, 6, "RUN <<A <<-B"),
                                                          (7, 7, 'RUN ["sh", "-c", "<<C"]'), (8, 9, "COPY <<C /c")]
    assert lines[1].heredocs == (Heredoc("A", content="one\n"), Heredoc("B", chomp=True, content="\ttwo\n"))
    assert lines[3].heredocs == (Heredoc("C", content=""),)  # a JSON RUN has none: its next line is COPY
    unterminated = read_lines("FROM x\nRUN <<A\nno end\n")
    assert (unterminated[-1].start, unterminated[-1].end, unterminated[-1].problem) == (2, 3, "unterminated heredoc")


def test_what_a_run_of_heredocs_runs() -> None:
    simple = run_script("<<EOF", (Heredoc("EOF", content="echo a\necho b\n"),))
    assert (simple.script, simple.pipe, simple.summary) == ("echo a\necho b\n", None, " (echo a...)")
    chomped = run_script("<<-EOF", (Heredoc("EOF", chomp=True, content="\techo a\n"),))
    assert (chomped.script, chomped.summary) == ("echo a\n", " (echo a)")
    script = run_script("<<EOF", (Heredoc("EOF", content="#!/bin/sh\necho a\n"),))
    assert (script.script, script.pipe) == ("/dev/pipes/EOF", ("EOF", "#!/bin/sh\necho a\n"))
    other = run_script("python3 <<EOF", (Heredoc("EOF", content="print(1)\n"),))
    assert (other.script, other.pipe, other.summary) == ("python3 <<EOF\nprint(1)\nEOF", None, "")
    assert summarize("  \n first \n") == "first"


def test_a_copy_takes_paths_and_heredocs_apart() -> None:
    docs = (Heredoc("a.txt", content="\tA\n"), Heredoc("b.txt", expand=False, content="B\n"))
    paths, contents = copy_contents(["x", "<<-a.txt", '<<"b.txt"'], docs)
    assert paths == ["x"]
    assert [(c.name, c.content, c.expand) for c in contents] == [("a.txt", "A\n", True), ("b.txt", "B\n", False)]


def test_an_onbuild_keeps_its_heredocs_after_its_trigger() -> None:
    assert onbuild_expression("onbuild  RUN <<EOF", (Heredoc("EOF", content="echo hi\n"),)) == "RUN <<EOF\necho hi\nEOF"


def test_a_heredoc_run_and_copied_in_a_build() -> None:
    _, results = run("docker pull busybox",
                     "printf 'FROM busybox\\nARG WHO=me\\nRUN <<EOF\\necho $WHO > /who\\nEOF\\n"
                     "COPY <<x.txt /d/\\n${WHO} \"q\"\\nx.txt\\n' > Dockerfile",
                     "docker build -q -t h .", "docker run --rm h cat /who /d/x.txt")
    assert (out(results[-1]), results[-1].exit_code) == (["me", 'me "q"'], 0)


def test_a_heredoc_of_many_lines_is_charged() -> None:
    text = "FROM x\nRUN <<EOF\n" + ":\n" * 300_000 + "EOF\n"
    with budget.opened() as spent:
        read_lines(text)
    # a step a line read (and one per 64 characters): three hundred thousand lines of the budget's million
    assert spent.steps >= 300_000
    with budget.opened(), pytest.raises(OverBudget):
        read_lines("FROM x\nRUN <<EOF\n" + ":\n" * (MAX_STEPS + 10_000) + "EOF\n")
