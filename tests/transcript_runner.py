"""Runs .t transcripts (cram style: '  $ cmd', expected lines, '(re)', '(glob)', '...', '[N]')
in-process through the simulator's echo protocol, so the suite needs nothing outside the repo."""

from __future__ import annotations

import fnmatch
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

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


def _matches(pattern: str, actual: str) -> bool:
    if pattern.endswith(" (re)"):
        try:
            return re.fullmatch(pattern[:-5], actual) is not None
        except re.error:
            return False
    if pattern.endswith(" (glob)"):
        return fnmatch.fnmatchcase(actual, pattern[:-7])
    return pattern.rstrip() == actual.rstrip()


def _match_lines(expected: list[str], actual: list[str]) -> bool:
    if not expected:
        return not actual
    head = expected[0]
    if head == "...":
        return any(_match_lines(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and _matches(head, actual[0]) and _match_lines(expected[1:], actual[1:])


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
        if not _match_lines(exp, act):
            problems.append(f"{path.name}:{b.lineno}: $ {b.command}\n  expected:\n    " + "\n    ".join(b.expected)
                            + "\n  got:\n    " + "\n    ".join(lines))
    return problems
