"""Caches bounded in bytes as well as in entries: what one learner's huge output costs is capped."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MiB = 1024 * 1024


class Bounded(Generic[K, V]):
    """A least-recently-used map holding at most `entries` items and `size(value)` bytes in all
    (the newest item is always kept, however big). Safe to use from several threads."""

    def __init__(self, entries: int, max_bytes: int, size: Callable[[V], int]) -> None:
        self.entries = entries
        self.max_bytes = max_bytes
        self._size = size
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.bytes = 0
        self._guard = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: K) -> bool:
        return key in self._items

    def get(self, key: K) -> V | None:
        with self._guard:
            hit = self._items.get(key)
            if hit is None:
                return None
            self._items.move_to_end(key)
            return hit[0]

    def peek(self, key: K) -> V | None:
        """The value without marking it used."""
        hit = self._items.get(key)
        return None if hit is None else hit[0]

    def put(self, key: K, value: V) -> V:
        size = self._size(value)
        with self._guard:
            old = self._items.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._items[key] = (value, size)
            self.bytes += size
            while len(self._items) > 1 and (len(self._items) > self.entries or self.bytes > self.max_bytes):
                _, (_, dropped) = self._items.popitem(last=False)
                self.bytes -= dropped
        return value

    def drop(self, keep: Callable[[K], bool]) -> None:
        """Forget every item whose key `keep` refuses."""
        with self._guard:
            for key in [k for k in self._items if not keep(k)]:
                self.bytes -= self._items.pop(key)[1]


def text_size(value: object) -> int:
    """Bytes a rendered value holds, about: its strings' lengths (a dict's values, a tuple's items)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, dict):
        return sum(text_size(v) for v in value.values()) + 64 * len(value)
    if isinstance(value, tuple | list):
        return sum(text_size(v) for v in value) + 16 * len(value)
    return 64
