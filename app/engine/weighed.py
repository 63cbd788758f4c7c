"""A least-recently-used map bounded in entries and in the weight of its keys' texts, for the
engine's caches of what a text parses to (app/caches.py is the web's and the store's: the engine
imports only itself). Safe to use from several threads, as functools.lru_cache is."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")


class Weighed(Generic[V]):
    """Values by (text, flag), at most `entries` of them and `max_weight` in all, an entry weighing
    `per_char` for each character of its text (what the text parses to, as well as the text itself);
    the newest entry is always kept, however heavy."""

    def __init__(self, entries: int, max_weight: int, per_char: int) -> None:
        self.entries = entries
        self.max_weight = max_weight
        self.per_char = per_char
        self.weight = 0
        self._items: OrderedDict[tuple[str, bool], V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def _weigh(self, key: tuple[str, bool]) -> int:
        return 256 + self.per_char * len(key[0])

    def get(self, key: tuple[str, bool]) -> V | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[str, bool], value: V) -> V:
        with self._lock:
            if key in self._items:
                return self._items[key]
            self._items[key] = value
            self.weight += self._weigh(key)
            while len(self._items) > 1 and (len(self._items) > self.entries or self.weight > self.max_weight):
                old, _ = self._items.popitem(last=False)
                self.weight -= self._weigh(old)
            return value
