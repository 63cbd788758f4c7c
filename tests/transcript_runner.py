"""Runs .t transcripts (cram style: '  $ cmd', expected lines, '(re)', '(glob)', '...', '[N]')
in-process through the simulator's echo protocol, so the suite needs nothing outside the repo.
Lines are matched by app/lessons/matching.py, the matcher a lesson goal's `expect` uses."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.lessons.matching import lines_match
from app.sim import run


@dataclass
class Block:
    command: str
    lineno: int
    expected: list[str] = field(default_factory=list)


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.startswith("  "):
            continue
        body = raw[2:]
        if body.startswith("$ "):
            blocks.append(Block(body[2:], n))
        elif blocks:
            blocks[-1].expected.append(body)
    return blocks


def run_transcript(path: Path, seed: int = 0) -> list[str]:
    """Mismatches as readable messages; empty when the transcript passes."""
    blocks = parse(path.read_text())
    stdin = io.StringIO("".join(b.command + "\n" for b in blocks))
    out = io.StringIO()
    run(stdin, out, seed)
    groups: list[tuple[str, list[str]]] = []
    for line in out.getvalue().splitlines():
        if line.startswith("$ "):
            groups.append((line[2:], []))
        elif groups:
            groups[-1][1].append(line)
    problems = []
    gi = 0
    for b in blocks:
        if gi >= len(groups):
            problems.append(f"{path.name}:{b.lineno}: $ {b.command}: no output group")
            break
        cmd, lines = groups[gi]
        gi += 1
        if cmd != b.command:
            problems.append(f"{path.name}:{b.lineno}: the simulator echoed `{cmd}`, expected `{b.command}`")
            break
        exp = list(b.expected)
        if not (exp and re.fullmatch(r"\[\d+\]", exp[-1])):
            exp.append("[0]")
        act = list(lines)
        if not (act and re.fullmatch(r"\[\d+\]", act[-1])):
            act.append("[0]")
        if not lines_match(exp, act):
            problems.append(f"{path.name}:{b.lineno}: $ {b.command}\n  expected:\n    " + "\n    ".join(b.expected)
                            + "\n  got:\n    " + "\n    ".join(lines))
    return problems
