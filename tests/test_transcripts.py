"""The transcripts: the project's own (tests/transcripts) and, when present, ../shared/transcripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.transcript_runner import run_transcript

HERE = Path(__file__).parent
OWN = sorted((HERE / "transcripts").glob("*.t"))
SHARED_DIR = HERE.parent.parent / "shared" / "transcripts"
SHARED = sorted(SHARED_DIR.glob("*.t")) if SHARED_DIR.is_dir() else []


@pytest.mark.parametrize("path", OWN, ids=[p.name for p in OWN])
def test_own_transcript(path: Path) -> None:
    problems = run_transcript(path)
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not SHARED, reason="../shared/transcripts is not beside this checkout")
@pytest.mark.parametrize("path", SHARED, ids=[p.name for p in SHARED])
def test_shared_transcript(path: Path) -> None:
    problems = run_transcript(path)
    assert not problems, "\n".join(problems)


def test_runner_catches_a_wrong_expectation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.t"
    bad.write_text("  $ pwd\n  /somewhere/else\n")
    assert run_transcript(bad), "a transcript with a wrong line must fail"
