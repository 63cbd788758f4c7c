"""'Commands in, state out' helpers for engine tests."""

from __future__ import annotations

import shutil
import subprocess

from app.engine import Result, apply, initial_world
from app.engine.world import World


def run(*lines: str, world: World | None = None, seed: int = 0) -> tuple[World, list[Result]]:
    """Apply lines in order (prompts answered with the text after ' <<< ', e.g. 'docker volume prune <<< y')."""
    w = world if world is not None else initial_world(seed)
    results = []
    for line in lines:
        answer = None
        if " <<< " in line:
            line, answer = line.split(" <<< ", 1)
        r = apply(w, line, answer=answer)
        results.append(r)
        w = r.world
    return w, results


def out(result: Result) -> list[str]:
    return result.text


BUILD = "docker build -q -t feedback-node ."
COPY_FIX = "sed -i 's/fs.rename(/fs.copyFile(/' server.js"


def fuzz_scale() -> int:
    """$FUZZ_SCALE (1 when unset): how many times more examples a hand-run hunt tries."""
    import os

    return max(1, int(os.environ.get("FUZZ_SCALE", "1") or "1"))


def quoted(line: str) -> str:
    """line as one word for a shell: in single quotes, each ' written as '\\''."""
    return "'" + line.replace("'", "'\\''") + "'"


def real_shell(argv: list[str], line: str, utf8: bool = True) -> tuple[list[str], int]:
    """What this machine's own shell (argv: ["bash", "-c"], ["sh", "-c"], ["busybox", "sh", "-c"])
    prints for line, standard error merged, and its status: run from /, with PATH alone (and a
    UTF-8 locale unless utf8=False: the tool's own environment alters bash's error prefixes)."""
    env = {"PATH": "/usr/bin:/bin", **({"LC_ALL": "C.UTF-8"} if utf8 else {})}
    real = subprocess.run([*argv, line], executable=shutil.which(argv[0]), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=20, cwd="/", env=env)
    return real.stdout.splitlines(), real.returncode
