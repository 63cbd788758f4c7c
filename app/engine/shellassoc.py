"""bash's associative arrays (declare -A NAME): string keys, listed in the order of bash's hash
table, not the order they were set.

From bash 5.2 hashlib.c and assoc.c: a key's bucket is its FNV-1 hash (hash_string, over the
key's bytes as C chars, signed on the x86 machines bash runs on) masked by the table's size; a new
key goes to the head of its bucket (hash_search with HASH_CREATE); ${!NAME[@]}, ${NAME[@]} and
declare -p walk the buckets from 0, each from its head (assoc_to_word_list, assoc_to_assign). A
table starts with 1024 buckets (variables.c make_new_assoc_variable: ASSOC_HASH_BUCKETS), 128 when
declare -A turns a plain variable into one (arrayfunc.c convert_var_to_assoc: assoc_create(0)),
and grows four times over when a key is added to one holding twice as many keys as buckets
(HASH_SHOULDGROW, hash_rehash: each old bucket walked from its head, each key put at the head of
its new bucket). Removing a key never shrinks it.

Here a key's place in its bucket is a rank: the head holds the highest. A table of n keys lists
them in O(n log n) (the order kept until a key comes or goes) and sets one in O(1) but for a
growth, which ranks all again once. Hashing a key and sorting the keys are charged to the line's
budget: a step for every 8 bytes hashed, and for every 16 keys sorted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import budget

ASSOC_BUCKETS = 1024  # assoc.h ASSOC_HASH_BUCKETS
DEFAULT_BUCKETS = 128  # hashlib.h DEFAULT_HASH_BUCKETS
_FNV_OFFSET = 2166136261
_FNV_PRIME = 16777619


def hash_string(key: str) -> int:
    """hashlib.c hash_string: FNV-1, 32 bits; a byte past 127 is a negative char, sign-extended."""
    data = key.encode("utf-8", "surrogateescape")
    budget.current().step(len(data) >> 3)
    h = _FNV_OFFSET
    for byte in data:
        h = (h * _FNV_PRIME) & 0xFFFFFFFF
        h ^= byte | 0xFFFFFF00 if byte > 127 else byte
    return h


class Assoc:
    """One associative array: its values by key, each key's rank in its bucket, the buckets."""

    __slots__ = ("buckets", "hashes", "next_rank", "order", "ranks", "valued", "values")

    def __init__(self, buckets: int = ASSOC_BUCKETS) -> None:
        self.values: dict[str, str] = {}
        self.ranks: dict[str, int] = {}
        self.hashes: dict[str, int] = {}  # each key's hash_string, made once
        self.buckets = buckets
        self.next_rank = 0
        self.valued = True  # False for `declare -A NAME` until a key is set (declare -p: no value)
        self.order: list[str] | None = None  # the keys as listed, until one comes or goes

    def copy(self) -> Assoc:
        made = Assoc(self.buckets)
        made.values, made.ranks, made.hashes = dict(self.values), dict(self.ranks), dict(self.hashes)
        made.next_rank, made.valued, made.order = self.next_rank, self.valued, self.order
        return made

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Assoc) and (self.values, self.ranks, self.buckets) == (
            other.values, other.ranks, other.buckets)

    def __hash__(self) -> int:  # (the world's ShellKept, a frozen dataclass, holds copies)
        return hash((self.buckets, len(self.values)))

    def __len__(self) -> int:
        return len(self.values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        """assoc_insert: an existing key keeps its place; a new one goes to its bucket's head."""
        self.valued = True
        if key not in self.values:
            if len(self.values) >= self.buckets * 2:  # HASH_SHOULDGROW, then hash_grow
                self._grow()
            self.ranks[key] = self.next_rank
            self.hashes[key] = hash_string(key)
            self.next_rank += 1
            self.order = None
        self.values[key] = value

    def remove(self, key: str) -> None:
        if self.values.pop(key, None) is not None:
            del self.ranks[key], self.hashes[key]
            self.order = None

    def keys(self) -> list[str]:
        """The keys as bash walks them: bucket by bucket, each from its head."""
        if self.order is None:
            budget.current().step(len(self.values) >> 4)
            mask, hashes, ranks = self.buckets - 1, self.hashes, self.ranks
            self.order = sorted(self.values, key=lambda k: (hashes[k] & mask, -ranks[k]))
        budget.current().step(len(self.order) >> 3)  # a copy each time: charged as an indexed array's list
        return list(self.order)

    def items(self) -> list[tuple[str, str]]:
        return [(k, self.values[k]) for k in self.keys()]

    def _grow(self) -> None:
        walked = self.keys()
        self.buckets *= 4
        self.ranks = {k: rank for rank, k in enumerate(walked)}  # each one to its new bucket's head
        self.next_rank = len(walked)
        self.order = None

    def size(self) -> int:
        """The characters it holds (what the terminal counts against MAX_VARIABLE_BYTES)."""
        return sum(map(len, self.values)) + sum(map(len, self.values.values())) + 16 * len(self.values)


_METAS = re.compile(r"[ \t\n'\"\\|&;()<>!{}*\[?\]^$`]|^[~#]|[=:]~")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def _key_shown(key: str, ansi_c: Callable[[str], str], double: Callable[[str], str]) -> str:
    """assoc_to_assign's key: $'...' (ansic_shouldquote), double-quoted when it holds a shell
    metacharacter (sh_contains_shell_metas) or is @ or * alone, else bare."""
    if _CONTROL.search(key):
        return ansi_c(key)
    if _METAS.search(key) or key in ("@", "*"):
        return double(key)
    return key


def declared(name: str, table: Assoc, flags: str, value_shown: Callable[[str], str],
             double: Callable[[str], str]) -> str:
    """declare -p's line: each [key]="value" followed by a space, then the ) (assoc_to_assign)."""
    if not table.valued:
        return f"declare -A{flags} {name}"
    return f"declare -A{flags} {assigned(name, table, value_shown, double)}"


def assigned(name: str, table: Assoc, value_shown: Callable[[str], str], double: Callable[[str], str]) -> str:
    """NAME=([key]="value" ), as set and declare -p show it."""
    body = "".join(f"[{_key_shown(k, value_shown, double)}]={value_shown(v)} " for k, v in table.items())
    return f"{name}=({body})"
