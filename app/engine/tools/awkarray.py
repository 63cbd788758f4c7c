"""An awk array as mawk 1.3.4 keeps one (array.c), so that `for (k in a)` walks it in mawk's order.

mawk keeps a hash table of 64 lists (doubled, each list split in two in order, once it holds 12
entries a list on average). An entry is found by its number when the subscript is an integral
number (a[NR], a[i]: the int lists, by the number's low bits) and by its text otherwise (a[$1],
a["x"]: the string lists, by the FNV-1a hash of its bytes); a found entry moves to the front of
the list it was found in, a new one goes in front. The first look-up by text gives every entry
made by number its text, list by list, each put in front of its string list. `for (k in a)` then
walks the string lists in order, front to back (array_loop_vector), the keys as strings. split()
makes a plain vector of its pieces, which becomes a table (pieces 1, 2 ... on the int lists 1, 2
...) when a look-up falls outside it, by text, or by for-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import budget

STARTING_HMASK = 63  # array.c: 2^6 - 1
MAX_AVE_LIST_LENGTH = 12


def fnv(text: str) -> int:
    """hash.c hash2: FNV-1a over the bytes, 32 bits."""
    h = 2166136261
    data = text.encode("utf-8", "surrogateescape")
    budget.current().step(len(data) >> 2)  # a byte at a time: a subscript of megabytes is work (a[s] of 1 MB, 0.1 s)
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


@dataclass(eq=False)
class Entry:
    value: Any
    sval: str | None = None
    ival: int | None = None
    hval: int = 0


class MawkArray:
    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """array_clear: AY_NULL."""
        self.split: list[Entry] | None = None
        self.ints = self.strs = False
        self.hmask = STARTING_HMASK
        self.ilists: list[list[Entry]] = []
        self.slists: list[list[Entry]] = []
        self.size = 0

    def __len__(self) -> int:
        return len(self.split) if self.split is not None else self.size

    def load(self, values: list[Any]) -> None:
        """split(): the pieces as a vector (array_load)."""
        self.clear()
        self.split = [Entry(v, ival=i) for i, v in enumerate(values, 1)]

    # look-ups
    def find(self, key: int | str, create: bool) -> Entry | None:
        """array_find: by number when key is an int, else by text."""
        if len(self) == 0 and not create:
            return None
        if isinstance(key, int):
            if self.split is not None:
                if 1 <= key <= len(self.split):
                    return self.split[key - 1]
                if not create:
                    return None
                self._from_split()
            elif not self.ints and not self.strs:
                self._table()
            return self._by_ival(key, create)
        return self._by_sval(key, create)

    def delete(self, key: int | str) -> None:
        if len(self) == 0:
            return
        if isinstance(key, int) and self.split is not None:
            if not 1 <= key <= len(self.split):
                return
            self._from_split()
        entry = self._by_ival(key, False) if isinstance(key, int) else self._by_sval(key, False)
        if entry is None:
            return
        if entry.sval is not None:
            self.slists[entry.hval & self.hmask].remove(entry)
        if entry.ival is not None:
            self.ilists[entry.ival & self.hmask].remove(entry)
        self.size -= 1
        if self.size == 0:
            self.clear()

    def loop_keys(self) -> list[str]:
        """array_loop_vector: the keys in the string lists' order."""
        if len(self) == 0:
            return []
        if not self.strs:
            self._strings()
        return [e.sval or "" for bucket in self.slists for e in bucket]

    def values(self) -> list[Any]:
        if self.split is not None:
            return [e.value for e in self.split]
        return [e.value for bucket in (self.slists if self.strs else self.ilists) for e in bucket]

    # the table
    def _table(self) -> None:
        self.hmask = STARTING_HMASK
        self.ilists = [[] for _ in range(self.hmask + 1)]
        self.slists = [[] for _ in range(self.hmask + 1)]

    def _from_split(self) -> None:
        """convert_split_array_to_table: piece i on the int list i (mod the table's size)."""
        pieces = self.split or []
        self.split = None
        self.hmask = STARTING_HMASK
        while len(pieces) > (self.hmask + 1) * MAX_AVE_LIST_LENGTH:
            self.hmask = self.hmask * 2 + 1
        self.ilists = [[] for _ in range(self.hmask + 1)]
        self.slists = [[] for _ in range(self.hmask + 1)]
        for e in pieces:
            self.ilists[(e.ival or 0) & self.hmask].insert(0, e)
        self.size = len(pieces)
        self.ints, self.strs = True, False

    def _strings(self) -> None:
        """add_string_associations: each entry made by number gets its text, in list order."""
        if self.split is not None:
            self._from_split()
        elif not self.ints and not self.strs:
            self._table()
        for bucket in self.ilists:
            for e in bucket:
                if e.sval is None:
                    e.sval = str(e.ival)
                    e.hval = fnv(e.sval)
                    self.slists[e.hval & self.hmask].insert(0, e)
        self.strs = True

    def _grown(self) -> None:
        self.size += 1
        if self.size > (self.hmask + 1) * MAX_AVE_LIST_LENGTH:
            self._double()

    def _double(self) -> None:
        """double_the_hash_table: each list split in two in order, the moved half at i + old size."""
        old = self.hmask
        self.hmask = old * 2 + 1
        for lists, low in ((self.slists, lambda e: e.hval), (self.ilists, lambda e: e.ival or 0)):
            lists.extend([] for _ in range(old + 1))
            for i in range(old + 1):
                stay = [e for e in lists[i] if low(e) & self.hmask == i]
                lists[i + old + 1] = [e for e in lists[i] if low(e) & self.hmask != i]
                lists[i] = stay

    def _by_ival(self, ival: int, create: bool) -> Entry | None:
        """find_by_ival."""
        bucket = self.ilists[ival & self.hmask]
        budget.current().step(len(bucket) >> 2)  # the list is walked: a step per four entries it holds
        for e in bucket:
            if e.ival == ival:
                bucket.remove(e)
                bucket.insert(0, e)
                return e
        if self.strs:
            found = self._by_sval(str(ival), create)
            if found is None:
                return None
            found.ival = ival
        elif create:
            found = Entry(None, ival=ival)
            self._grown()
            self.ints = True
        else:
            return None
        self.ilists[ival & self.hmask].insert(0, found)
        return found

    def _by_sval(self, sval: str, create: bool) -> Entry | None:
        """find_by_sval."""
        if not self.strs:
            self._strings()
        hval = fnv(sval)
        bucket = self.slists[hval & self.hmask]
        budget.current().step(len(bucket) >> 2)
        for e in bucket:
            if e.hval == hval and e.sval == sval:
                bucket.remove(e)
                bucket.insert(0, e)
                return e
        if not create:
            return None
        found = Entry(None, sval=sval, hval=hval)
        self._grown()
        self.slists[hval & self.hmask].insert(0, found)
        return found
