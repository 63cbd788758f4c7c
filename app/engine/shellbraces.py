"""bash's brace expansion (bash manual, "Brace Expansion"; braces.c): `a{b,c}d` is `abd acd`, and
`{1..3}`, `{a..e}`, `{01..10..3}` are sequences. It comes before every other expansion and works on
the word as written: quoted or escaped braces, `${...}` and `$(...)` are left alone, and a brace
pair with neither a comma nor a valid sequence inside stays as it is. dash and BusyBox ash have none.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import budget

_OPENERS = {"(": ")", "{": "}"}
# Expansions an expansion's alternatives or what follows it may hold, one inside the next (braces.c
# recurses without a bound; 2,000 of them recursed past Python's stack after 1.4-2.5 s, told as
# "$( ) nested 32 levels"; each level reads the rest of the word again, so 50 of 8,000 characters
# take 0.3 s). Past 50 a word of braces that each expand makes more words than the budget lets be
# made anyway (`{a,b}` fifty times over is 2^50).
MAX_BRACE_DEPTH = 50


def _quoting(word: str, i: int) -> bool:
    """Whether a quoted, escaped or substituted part starts at i."""
    return word[i] in "\\'\"`" or (word[i] == "$" and word[i + 1 : i + 2] in _OPENERS)


def _unquoted(word: str, start: int) -> Iterator[int]:
    """The indexes from start of the characters outside quotes, escapes, $( ) and ${ }."""
    j = start
    while j < len(word):
        if _quoting(word, j):
            j = _skip(word, j)
        else:
            yield j
            j += 1


def _skip(word: str, i: int) -> int:
    """The index after the quoted, escaped or substituted part starting at i."""
    c = word[i]
    if c == "\\":
        return i + 2
    if c == "'":
        end = word.find("'", i + 1)
        return len(word) if end < 0 else end + 1
    if c in '"`':
        j = i + 1
        while j < len(word) and word[j] != c:
            j += 2 if word[j] == "\\" else 1
        return j + 1
    opener, depth = word[i + 1], 0  # $( or ${, up to its match
    for j in _unquoted(word, i + 1):
        if word[j] == opener:
            depth += 1
        elif word[j] == _OPENERS[opener]:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(word)


def _pairs(word: str) -> dict[int, tuple[int, list[int]]]:
    """For each unquoted '{' with a match: the index of its '}' and of the commas directly inside
    it. One pass: matched from each '{' again, `{{{…a,b…}}}` 4,000 deep was 32 million characters
    looked at, 4.5 s, for a line of 8,000."""
    found: dict[int, tuple[int, list[int]]] = {}
    open_: list[tuple[int, list[int]]] = []
    for j in _unquoted(word, 0):
        c = word[j]
        if c == "{":
            open_.append((j, []))
        elif c == "}" and open_:
            start, commas = open_.pop()
            found[start] = (j, commas)
        elif c == "," and open_:
            open_[-1][1].append(j)
    return found


def _number(text: str) -> int | None:
    body = text[1:] if text[:1] in "+-" else text
    return int(text) if body.isascii() and body.isdigit() else None


def _sequence(inside: str) -> list[str] | None:
    """{x..y[..incr]}: integers (zero-padded when either end is written with a leading zero) or
    single letters; None when it is not one (the braces then stay as written)."""
    parts = inside.split("..")
    if len(parts) not in (2, 3):
        return None
    step = 1
    if len(parts) == 3:
        given = _number(parts[2])
        if given is None:
            return None
        step = abs(given) or 1
    first, last = parts[0], parts[1]
    a, b = _number(first), _number(last)
    if a is not None and b is not None:
        count = abs(b - a) // step + 1
        budget.current().step(count)
        width = 0
        if any(len(s.lstrip("+-")) > 1 and s.lstrip("+-").startswith("0") for s in (first, last)):
            width = max(len(first), len(last))
        values = range(a, b + (1 if b >= a else -1), step if b >= a else -step)
        return [f"{v:0{width}d}" if width else str(v) for v in values]
    if len(first) == 1 and len(last) == 1 and first.isascii() and last.isascii() and first.isalpha() and last.isalpha():
        lo, hi = ord(first), ord(last)
        budget.current().step(abs(hi - lo) // step + 1)
        return [chr(v) for v in range(lo, hi + (1 if hi >= lo else -1), step if hi >= lo else -step)]
    return None


def _quoted(text: str) -> str:
    """A sequence's value as a raw word: letters such as ` or \\ would otherwise be read as quoting."""
    return text if text.isalnum() or text.lstrip("-").isalnum() else "\\" + text


def brace_expand(word: str, depth: int = 0) -> list[str]:
    """The raw words a raw word stands for after brace expansion, in order (itself when it has none)."""
    if "{" not in word:
        return [word]
    if depth > MAX_BRACE_DEPTH:
        raise budget.OverBudget(f"layerlab: this command line nests brace expansions more than {MAX_BRACE_DEPTH} "
                                "levels deep, the most the simulated terminal follows; nothing was changed", 2)
    budget.current().step(len(word) >> 4)  # each level reads the rest of the word again
    pairs = _pairs(word)
    for i in sorted(pairs):
        found = pairs[i]
        end, commas = found
        if commas:
            cuts = [i, *commas, end]
            alternatives = [w for k in range(len(cuts) - 1) for w in brace_expand(word[cuts[k] + 1 : cuts[k + 1]], depth + 1)]
        else:
            sequence = _sequence(word[i + 1 : end])
            alternatives = [_quoted(v) for v in sequence] if sequence is not None else []
        if alternatives:
            head, tails = word[:i], brace_expand(word[end + 1 :], depth + 1)
            budget.current().step(len(alternatives) * len(tails))
            return [head + a + t for a in alternatives for t in tails]
    return [word]
