"""The transcript line matcher on its own: what a lesson goal's `expect` and every .t transcript use."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.lessons.matching import line_matches, lines_match
from tests.transcript_runner import run_transcript


@pytest.mark.parametrize(("pattern", "actual", "ok"), [
    ("feedback", "feedback", True),
    ("feedback", "feedback2", False),
    ("feedback", "Feedback", False),
    ("feedback  ", "feedback", True),  # trailing blanks do not count (a terminal does not show them)
    ("feedback", "feedback   ", True),
    ("  feedback", "feedback", False),  # leading ones do
    ("", "", True),
    ("", "x", False),
    ("a.c", "abc", False),  # an exact line is not a pattern
    ("DRIVER *VOLUME NAME (re)", "DRIVER    VOLUME NAME", True),
    ("[0-9a-f]{12} (re)", "0123456789ab", True),
    ("[0-9a-f]{12} (re)", "0123456789abc", False),  # the whole line must match
    ("[0-9a-f]{12} (re)", "x0123456789ab", False),
    ("( (re)", "(", False),  # a broken regex matches nothing rather than raising
    ("*.txt (glob)", "awesome.txt", True),
    ("*.txt (glob)", "awesome.txt.bak", False),
    ("a?c (glob)", "abc", True),
    ("[ab]c (glob)", "Ac", False),  # case-sensitive on every platform
    ("x (re) ", "x", False),  # the marker must end the line
])
def test_one_line(pattern: str, actual: str, ok: bool) -> None:
    assert line_matches(pattern, actual) is ok


@pytest.mark.parametrize(("expected", "actual", "ok"), [
    (["a", "b"], ["a", "b"], True),
    (["a", "b"], ["a", "b", "c"], False),  # a trailing line too many
    (["a", "b"], ["a"], False),  # a line missing at the end
    (["a", "b"], ["b"], False),  # a line missing at the start
    (["a", "c"], ["a", "b", "c"], False),  # one missing in between
    (["a", "b"], ["b", "a"], False),  # order counts
    ([], [], True),
    ([], [""], False),  # even an empty line is a line
    ([""], [], False),
    (["..."], [], True),
    (["..."], ["x", "y"], True),
    (["a", "..."], ["a"], True),
    (["a", "..."], ["a", "b", "c"], True),
    (["a", "..."], ["b", "a"], False),
    (["...", "c"], ["a", "b", "c"], True),
    (["...", "c"], ["a", "b", "c", "d"], False),  # `...` before a line does not excuse lines after it
    (["a", "...", "c"], ["a", "c"], True),
    (["a", "...", "c"], ["a", "b", "b", "c"], True),
    (["a", "...", "c"], ["a", "b"], False),
    (["...", "x", "..."], ["a", "x", "b"], True),
    (["...", "x", "..."], ["a", "b"], False),
    (["[0-9]+ (re)", "...", "done"], ["42", "noise", "done"], True),
    (["[0-9]+ (re)", "...", "done"], ["4x2", "noise", "done"], False),
    (["*.txt (glob)", "*.txt (glob)"], ["a.txt", "b.txt", "c.txt"], False),
])
def test_lines(expected: list[str], actual: list[str], ok: bool) -> None:
    assert lines_match(expected, actual) is ok


def test_many_ellipses_stay_fast() -> None:
    import time

    start = time.monotonic()
    assert not lines_match(["..."] * 30 + ["never"], ["x"] * 200)
    assert time.monotonic() - start < 2  # memoised: no exponential search


@pytest.mark.parametrize(("body", "ok"), [
    ("  $ echo a; echo b\n  a\n  b\n", True),
    ("  $ echo a; echo b\n  a\n", False),  # a line the simulator printed is missing from the transcript
    ("  $ echo a\n  a\n  b\n", False),  # the transcript expects a line that was not printed
    ("  $ echo a; echo b\n  a\n  ...\n", True),
    ("  $ false\n", False),  # an exit status other than 0 must be written
    ("  $ false\n  [1]\n", True),
    ("  $ true\n  [1]\n", False),
    ("  $ pwd\n  /home/*-app (glob)\n", True),
    ("  $ pwd\n  /home/*-ap (glob)\n", False),
    ("  $ echo 123\n  \\d+ (re)\n", True),
    ("  $ echo 12a\n  \\d+ (re)\n", False),
])
def test_the_transcript_runner_uses_the_same_rules(tmp_path: Path, body: str, ok: bool) -> None:
    t = tmp_path / "case.t"
    t.write_text(body)
    assert (run_transcript(t) == []) is ok


def test_the_transcript_runner_has_no_matcher_of_its_own() -> None:
    import tests.transcript_runner as runner

    assert runner.lines_match is lines_match
    source = Path(runner.__file__).read_text()
    assert "fnmatch" not in source and "re.fullmatch(pattern" not in source
