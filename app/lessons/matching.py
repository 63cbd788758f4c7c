"""Transcript line matching: exact, '(re)', '(glob)' and '...' (any number of lines)."""

from __future__ import annotations

import fnmatch
import re


def line_matches(pattern: str, actual: str) -> bool:
    if pattern.endswith(" (re)"):
        try:
            return re.fullmatch(pattern[:-5], actual) is not None
        except re.error:
            return False
    if pattern.endswith(" (glob)"):
        return fnmatch.fnmatchcase(actual, pattern[:-7])
    return pattern.rstrip() == actual.rstrip()


def lines_match(expected: list[str], actual: list[str]) -> bool:
    """Whether actual fits expected, with '...' matching any run of lines (lazily)."""
    memo: dict[tuple[int, int], bool] = {}

    def go(i: int, j: int) -> bool:
        key = (i, j)
        if key not in memo:
            if i == len(expected):
                ok = j == len(actual)
            elif expected[i] == "...":
                ok = any(go(i + 1, k) for k in range(j, len(actual) + 1))
            else:
                ok = j < len(actual) and line_matches(expected[i], actual[j]) and go(i + 1, j + 1)
            memo[key] = ok
        return memo[key]

    return go(0, 0)
