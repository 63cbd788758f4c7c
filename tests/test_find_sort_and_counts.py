"""What a learner types over the feedback folder, compared with this machine's GNU tools (bash,
findutils 4.9, coreutils 9.1) and BusyBox 1.35 (its applets alone on PATH): find's -exec (`;` and
`+`, {} inside a word, a command not found) and -empty (app/engine/tools/findgrep.py), sort's keys
(-k F[.C][,F[.C]][bfnr], -t, -b, -f, -s, -u and their errors: tools/sortkeys.py), tail -n +N and
head -n -N, wc of a folder (its error, then a row of zeros) and of standard input from a file. A folder's names come in the real
file system's order, the simulator's in name order: where that shows, the output is sorted."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.engine import apply, initial_world
from tests.helpers import quoted, real_shell

_WORLD = initial_world(0)
_ALPINE = apply(_WORLD, "docker pull alpine").world
_SETUP = ("rm -rf /tmp/layerlab-tools && mkdir -p /tmp/layerlab-tools/feedback /tmp/layerlab-tools/empty && "
          "cd /tmp/layerlab-tools && printf 'Great course\\nI learned a lot\\n' > feedback/awesome.txt && "
          "printf 'too fast\\n' > feedback/speed.txt && : > feedback/blank.txt && "
          "printf 'b 2\\na 10\\nb 2\\nc 1\\na 10\\na 3\\n  d 5\\nB 7\\n' > data && printf 'a\\nb\\nc' > open && ")
_CLEAN = "; echo rc=$?; cd /; rm -rf /tmp/layerlab-tools"

LINES = [
    'find . -name "*.txt" -exec cat {} \\; | sort',
    "find . -type f -exec wc -c {} + | sort",
    'find . -name "*.txt" -exec nope {} \\; 2>&1 | sort',
    "find . -exec echo {}",
    "find . -exec",
    'find . -name "*.txt" -exec echo x{}y \\; | sort',
    'find . -name "*.txt" -exec false \\; -print',
    'find . -name "*.txt" -exec false {} +',
    'find . -type f -exec sh -c "echo \\$1" _ {} \\; | sort',
    "find . -empty | sort",
    "find feedback -type f -empty -exec echo empty: {} \\;",
    "sort -k2 -n data; sort -k2n data; sort -k2,2n -k1,1r data",
    "sort -t' ' -k2 data; sort -k1.2 data; sort -n data",
    "sort -u -k1,1 data; sort -rn -k2 data; sort -b -k1 data; sort -k 2 data",
    "sort -f data; sort -k3 data; sort -s -k1,1 data; sort -un -k2 data",
    "sort -k0 data", "sort -k2x data", "sort -t ab data", "sort data | uniq -c | sort -rn",
    "sort -t: -k3,3n /etc/group | head -3",
    "tail -n +2 data; tail -n +0 open; echo; tail -n +9 data; tail -c +3 open; echo; tail +7 data",
    "head -n -1 data; head -n -9 data; head -c -3 open; echo; head -n -0 open; echo",
    "wc empty; wc -l empty; wc empty data; wc nofile data",
    # standard input from a regular file is sized as one (GNU: " 8 16 36", two digits for its 36 bytes), from a pipe it is not
    "wc < data; wc -lc < open; cat data | wc; wc < /dev/null; wc -w - open < data; : > none; wc < none",
]

GNU_ONLY = ["find . -name '*.txt' -exec echo {} x +", "sort --key=2 --numeric-sort data", "sort -k", "sort data -t"]
BUSYBOX_ONLY = ["find . -name '*.txt' -exec echo {} x + | tr ' ' '\\n' | sort"]


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("find") is None, reason="no bash or find here")
@pytest.mark.parametrize("line", LINES + GNU_ONLY)
def test_as_gnu_answers(line: str) -> None:
    result = apply(_WORLD, "bash -c " + quoted(_SETUP + line + _CLEAN))
    assert (result.text, result.exit_code) == real_shell(["bash", "-c"], _SETUP + line + _CLEAN), line


@pytest.fixture(scope="module")
def applets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PATH of BusyBox's applets alone, as alpine has them."""
    folder = tmp_path_factory.mktemp("applets")
    for name in ["sh", "echo", "cat", "false", "true", "wc", "ls", "find", "sort", "uniq", "head", "tail", "cut", "tr", "mkdir", "rm", "printf"]:
        os.symlink(shutil.which("busybox") or "busybox", folder / name)
    return folder


@pytest.mark.skipif(shutil.which("busybox") is None, reason="no busybox on this machine")
# (the lines reading /etc/group are left out: alpine's is not this machine's)
@pytest.mark.parametrize("line", [line for line in LINES + BUSYBOX_ONLY if "/etc/group" not in line])
def test_as_busybox_answers(line: str, applets: Path) -> None:
    result = apply(_ALPINE, "docker run --rm alpine sh -c " + quoted(_SETUP + line + _CLEAN))
    real = real_shell(["busybox", "sh", "-c"], f"PATH={applets}; " + _SETUP + line + _CLEAN, utf8=False)
    assert (result.text, result.exit_code) == real, line
