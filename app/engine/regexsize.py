"""How big a learner's regular expression gets once its counted repetitions are spelled out, before
it is compiled (sed, grep, expr, `docker ps --filter name=`).

glibc's regcomp copies an atom once for each count of `{m,n}` (regcomp.c parse_dup_op), and so does
the `regex` package that runs the simulated tools: `((a{255}){255}){255}` is twenty characters and
sixteen million copies. Compiling it took sed 11 s, outside any budget (a compile is one call that
the regex timeout does not bound). A pattern past MAX_WEIGHT copies is refused as glibc refuses one
too big for it (REG_ESIZE, "Regular expression too big"); an ordinary pattern weighs a few hundred.
"""

from __future__ import annotations

import re

# Copies of atoms a pattern may spell out: the `regex` package compiles about three million a second.
MAX_WEIGHT = 1 << 18
# Groups a pattern may nest: the `regex` package raises RecursionError compiling about 300, and
# sed's reader (sedregex.py) takes six calls a group, past Python's stack at 2,000 (glibc compiles
# any depth; a deeper one is refused as too big, the same wherever it runs, not as a crash).
MAX_DEPTH = 100

_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def too_big(pattern: str) -> bool:
    """Whether the pattern (Python `regex` syntax, as the tools hand it to regex.compile) spells out
    more than MAX_WEIGHT atoms."""
    return weight(pattern) > MAX_WEIGHT


def weight(pattern: str) -> int:
    """The atoms the pattern spells out: each atom one, a group the sum of its branches, `{m,n}`
    the atom before it times the larger bound (stops counting past MAX_WEIGHT, and at groups
    nested past MAX_DEPTH)."""
    frames = [[0, 0]]  # per open group: the atoms finished, the weight of the last atom
    i, n = 0, len(pattern)
    while i < n:
        c, frame = pattern[i], frames[-1]
        if c == "(":
            frames.append([0, 0])
            if len(frames) > MAX_DEPTH:
                return MAX_WEIGHT + 1
            i += 1
            continue
        if c == ")" and len(frames) > 1:
            inner = frames.pop()
            frames[-1][0] += frames[-1][1]
            frames[-1][1] = inner[0] + inner[1] + 1
            i += 1
            continue
        count = _COUNT.match(pattern, i) if c == "{" else None
        if count is not None:
            frame[1] *= max([int(b) for b in count.groups() if b] or [1])
            frame[1] = min(frame[1], MAX_WEIGHT + 1)
            i = count.end()
            continue
        if c == "|" or c in "*+?":
            frame[0] += frame[1]
            frame[1] = 0
            i += 1
            continue
        frame[0] += frame[1]
        frame[1] = 1
        i = _atom_end(pattern, i)
        if frame[0] > MAX_WEIGHT:
            return frame[0]
    return sum(a + b for a, b in frames)


def _atom_end(pattern: str, i: int) -> int:
    """The index past the atom at i: an escape is two characters, a bracket expression all of it."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    j += 1 if pattern[j:j + 1] == "^" else 0
    j += 1 if pattern[j:j + 1] == "]" else 0
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
