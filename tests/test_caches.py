"""What the server keeps in memory is bounded in bytes as well as in entries (README, "Memory")."""

from __future__ import annotations

from app.caches import Bounded, text_size
from app.engine import apply, initial_world
from app.store.sessions import world_bytes
from app.web.live import RenderCache


def test_bounded_evicts_the_least_recently_used_past_its_bytes() -> None:
    cache: Bounded[str, str] = Bounded(entries=100, max_bytes=1000, size=len)
    for key in "abcd":
        cache.put(key, "x" * 300)
    assert len(cache) == 3 and cache.bytes == 900 and "a" not in cache  # 1,200 bytes would not fit
    cache.get("b")  # used: now the newest
    cache.put("e", "y" * 300)
    assert "b" in cache and "c" not in cache and cache.bytes == 900
    cache.put("huge", "z" * 5000)  # the newest item is kept, however big, and nothing else
    assert len(cache) == 1 and cache.get("huge") is not None and cache.bytes == 5000


def test_bounded_evicts_past_its_entries_and_counts_replacements_once() -> None:
    cache: Bounded[int, str] = Bounded(entries=3, max_bytes=10**9, size=len)
    for i in range(5):
        cache.put(i, "ab")
    assert sorted(k for k in range(5) if k in cache) == [2, 3, 4] and cache.bytes == 6
    cache.put(4, "abcdef")
    assert cache.bytes == 10
    cache.drop(lambda key: key != 3)
    assert 3 not in cache and cache.bytes == 8


def test_a_render_cache_full_of_huge_outputs_stays_within_its_bytes() -> None:
    cache = RenderCache(size=4096, max_bytes=1_000_000)
    big = {"terminal": "o" * 300_000, "host": "h" * 1000}
    for version in range(50):  # a learner printing 300 kB fifty times
        cache.get((1, version, "en", "owner"), lambda: dict(big))
    assert cache.bytes <= 1_000_000 + text_size(big) and len(cache) <= 4
    assert cache.peek((1, 49, "en", "owner")) is not None  # the newest is what the next change diffs against


def test_a_worlds_bytes_grow_with_its_files_and_are_measured_once_per_tree() -> None:
    world = initial_world(0)
    small = world_bytes(world)
    bigger = apply(world, "echo " + "x" * 4000 + " > big.txt").world
    assert world_bytes(bigger) - small >= 4000
    assert world_bytes(bigger) == world_bytes(bigger)  # the same answer, from the measured trees
