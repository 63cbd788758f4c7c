"""date's other times and formats (app/engine/tools/dates.py): -d STRING (@SECONDS, a day, a day
and a time, "N units ago", "+1 month"), -r FILE, -R, -I[SPEC] and GNU's %N %:z %q %s, with each
date's errors. They were "invalid option". Compared with this machine's GNU date (coreutils 9.1)
and BusyBox 1.35 (its applets alone on PATH); only BusyBox's banner line differs (1.37 in alpine)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.engine import apply, initial_world
from app.engine.world import EPOCH
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)
_BUSYBOX = apply(_WORLD, "docker pull busybox").world

BOTH = [
    "date -d @86400 +'%F %T'", "date -u -d @0", "date -d @0 -R", "date -d @0 -I; date -d @0 -Iseconds",
    "date -d @0 -Ins; date -d @0 -Ihours; date -d @0 -Iminutes", "date -d '2026-01-01' +%A",
    "date -d '2026-03-01 10:20' +%c", "date -d nonsense; echo $?", "date -r nofile; echo $?", "date -d @0 +%s",
    "date -d @1234567890 +'%a %b %e %H:%M:%S %Z %Y'", "date -d @-86400 +%F",
]
GNU = [
    "date -d @0 --iso-8601=seconds", "date -d @0 +%s%N%3N", "date -d @0 +%j%U%W%V%G%u", "date +%q -d @0",
    "date -d '2026-03-01 3 days ago' +%F", "date -d '2026-01-31 +1 month' +%F", "date -d '2026-03-01T10:20:30' +%T",
    "date -d '2026-03-01 2 hours' +%F_%T", "date -R -I; echo $?", "date -Ix; echo $?", "date -d @0 +%:z%z%Z",
    "date --date=@5 --utc +%s", "date -d @0 +'%-d %_m %e %k %l %P'", "date -d '2026-02-28 tomorrow' +%F 2>&1",
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", BOTH + GNU)
def test_as_gnu_date_answers(line: str) -> None:
    result = apply(_WORLD, "cd /; bash -c " + quoted(line))
    assert (result.text, result.exit_code) == real_shell(["bash", "-c"], line), line


@pytest.fixture(scope="module")
def applets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("applets")
    for name in ("date", "sh", "echo"):
        os.symlink(shutil.which("busybox") or "busybox", folder / name)
    return folder


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
@pytest.mark.parametrize("line", [*BOTH, "date -d 10:20 +%T", "date -I -d @0 +%s"])
def test_as_busybox_date_answers(line: str, applets: Path) -> None:
    result = apply(_BUSYBOX, "docker run --rm -w / busybox sh -c " + quoted(line))
    real = real_shell(["busybox", "sh", "-c"], f"PATH={applets}; " + line, utf8=False)
    assert (result.text, result.exit_code) == real, line


def test_a_files_time_is_its_last_touch() -> None:
    """-r: the simulated clock's time of the file's last touch, else the world's start."""
    world = apply(_WORLD, "echo a > f").world
    assert apply(world, "date -r f +%s").text == [str(EPOCH)]
    touched = apply(world, "touch f").world
    assert apply(touched, "date -r f +%s").text == [str(touched.clock)]
