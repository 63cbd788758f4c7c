"""Here-documents and newlines in one command line, as bash reads them (see transcripts/75-*.t)."""

from __future__ import annotations

import pytest

from app.engine import apply, initial_world
from app.engine.shellgrammar import parse
from app.engine.shellparse import ShellSyntaxError, here_documents_open


def test_a_multi_line_line_runs_each_line_and_writes_the_here_document() -> None:
    world = initial_world(0)
    line = "cat > note.txt <<'EOF'\nkeep $HOME\n\n# and this\nEOF\necho done # a comment ends at its line\ncat note.txt"
    result = apply(world, line)
    assert [t for _, t in result.lines] == ["done", "keep $HOME", "", "# and this"]
    assert result.world.host.get("/home/learner/feedback-app/note.txt").data == "keep $HOME\n\n# and this\n"
    assert world.host.get("/home/learner/feedback-app/note.txt") is None  # the input world is untouched


def test_a_delimiter_is_only_a_whole_line() -> None:
    result = apply(initial_world(0), "cat <<EOF\n EOF\nEOFX\nEOF")
    assert [t for _, t in result.lines] == [" EOF", "EOFX"]


def test_open_here_documents_are_told_apart_from_closed_ones() -> None:
    assert here_documents_open("cat > f <<EOF")
    assert here_documents_open("cat > f <<'EOF'\nline")
    assert not here_documents_open("cat > f <<'EOF'\nline\nEOF")
    assert not here_documents_open("echo '<<EOF'")  # quoted: no here-document
    assert not here_documents_open("cat <<< EOF")


def test_newlines_join_commands_and_continue_pipelines() -> None:
    steps = parse("echo a\n\necho b &&\n  echo c |\n  cat")
    assert [s.op for s in steps] == [";", ";", "&&"]
    assert [len(s.pipeline) for s in steps] == [1, 1, 2]
    with pytest.raises(ShellSyntaxError):
        parse("echo a\n;")


def test_a_script_keeps_a_here_document_in_one_step() -> None:
    from app.tutor.turn import script_lines

    text = "# Write a file\ncat > a.txt <<'EOF'\n# not a caption\n\n  kept  \nEOF\nls"
    assert script_lines(text) == ["# Write a file", "cat > a.txt <<'EOF'\n# not a caption\n\n  kept  \nEOF", "ls"]


def test_a_broken_expansion_in_a_here_document_is_a_message_not_a_crash() -> None:
    # an open $( is a syntax error (2); a bad ${...} is found as the body is expanded (bash: 1)
    for line, code in (("cat <<EOF\n$(echo\nEOF", 2), ("cat <<EOF\n${bad x}\nEOF", 1)):
        result = apply(initial_world(0), line)
        assert result.exit_code == code and result.lines[0][1].startswith("bash: ")
    made = apply(initial_world(0), "cat <<EOF\n$(touch made)\nEOF")
    assert made.world.host.get("/home/learner/feedback-app/made") is not None
