"""sort's keys and comparison, as GNU coreutils' sort.c and BusyBox's sort.c read them: -k
POS1[,POS2] with POS F[.C][OPTS] (a field counted from 1, a character in it; OPTS among "bfnr"),
-t's one separator character or else fields that start at a run of blanks (the blanks belong to
the field that follows), -b (leading blanks skipped), -f (lower case folded to upper), -n (a
leading number; none is 0), -r, -s (no last-resort comparison), -u (one line of each run of equal
keys). Lines whose keys all compare equal are compared whole, byte by byte (C.UTF-8 and C order
by code point), unless -s or -u."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..toolkit import BUSYBOX

_NUMBER = re.compile(r"[ \t]*(-?)(\d*)(?:\.(\d*))?")


class KeyError_(Exception):
    """A -k it cannot read: the text after "sort: "."""


@dataclass(frozen=True)
class Key:
    start_field: int
    start_char: int  # 0: the field's start
    end_field: int  # 0: the line's end
    end_char: int  # 0: the field's end
    opts: str  # this key's own of "bfnr"; empty: the global ones


def parse_key(spec: str, flavor: str) -> Key:
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?([a-zA-Z]*)(?:,(\d+)(?:\.(\d+))?([a-zA-Z]*))?", spec)
    gnu = flavor != BUSYBOX
    if m is None or not set((m.group(3) or "") + (m.group(6) or "")) <= set("bdfgiMhnRrV"):
        raise KeyError_(f"stray character in field spec: invalid field specification \u2018{spec}\u2019"
                        if gnu else "unknown key option")
    if int(m.group(1)) == 0 or (m.group(2) is not None and int(m.group(2)) == 0):
        zero = "field number is zero" if int(m.group(1)) == 0 else "character offset is zero"
        raise KeyError_(f"{zero}: invalid field specification \u2018{spec}\u2019" if gnu else "bad field specification")
    opts = (m.group(3) or "") + (m.group(6) or "")
    return Key(int(m.group(1)), int(m.group(2) or 0), int(m.group(4) or 0), int(m.group(5) or 0), opts)


def _field_starts(line: str, sep: str | None) -> list[int]:
    """Where each field starts (with -t just after each separator; else at each run of blanks
    that follows a non-blank, or the line's start)."""
    if sep is not None:
        return [0] + [i + 1 for i, c in enumerate(line) if c == sep]
    starts = [0]
    for i in range(1, len(line)):
        if line[i] in " \t" and line[i - 1] not in " \t":
            starts.append(i)
    return starts


def _field_end(line: str, starts: list[int], n: int, sep: str | None) -> int:
    """Where field n (from 0) ends: before the next separator (or the next field's blanks)."""
    if n + 1 < len(starts):
        return starts[n + 1] - (1 if sep is not None else 0)
    return len(line)


def key_text(line: str, key: Key, sep: str | None, blanks: bool) -> str:
    starts = _field_starts(line, sep)
    if key.start_field > len(starts):
        return ""
    begin = starts[key.start_field - 1]
    if blanks:
        while begin < len(line) and line[begin] in " \t":
            begin += 1
    begin = min(begin + max(key.start_char - 1, 0), len(line))
    end = len(line)
    if key.end_field:
        if key.end_field > len(starts):
            end = len(line)
        elif key.end_char:
            field_start = starts[key.end_field - 1]
            if blanks:
                while field_start < len(line) and line[field_start] in " \t":
                    field_start += 1
            end = min(field_start + key.end_char, len(line))
        else:
            end = _field_end(line, starts, key.end_field - 1, sep)
    return line[begin:max(begin, end)]


def _number(text: str) -> float:
    m = _NUMBER.match(text)
    if m is None or not (m.group(2) or m.group(3)):
        return 0.0
    value = float(f"{m.group(2) or '0'}.{m.group(3) or '0'}")
    return -value if m.group(1) else value


def _compare_texts(a: str, b: str, opts: str) -> int:
    if "n" in opts:
        x, y = _number(a), _number(b)
        return (x > y) - (x < y)
    if "f" in opts:
        a, b = a.upper(), b.upper()
    return (a > b) - (a < b)


@dataclass
class Order:
    """The whole comparison: the keys (none: the whole line), the global options, the separator."""

    keys: list[Key]
    opts: set[str]
    sep: str | None

    def compare(self, a: str, b: str) -> int:
        keys = self.keys or [Key(1, 0, 0, 0, "")]
        for key in keys:
            own = key.opts if key.opts else "".join(sorted(self.opts & set("bfnr")))
            whole = not self.keys
            ta = a if whole else key_text(a, key, self.sep, "b" in own)
            tb = b if whole else key_text(b, key, self.sep, "b" in own)
            if whole and "b" in own:
                ta, tb = ta.lstrip(" \t"), tb.lstrip(" \t")
            found = _compare_texts(ta, tb, own)
            if found:
                return -found if "r" in own else found
        if self.opts & {"s", "u"}:
            return 0
        found = (a > b) - (a < b)
        return -found if "r" in self.opts else found
