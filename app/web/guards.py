"""What protects a public site that strangers type into: request size, origin and rate checks."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

MAX_BODY = 256 * 1024  # bytes in one request body (a command line is at most 8,192 characters)


class RateLimiter:
    """Token buckets per key (a session, or a client address): `rate` per second, bursts of `burst`."""

    def __init__(self, rate: float, burst: int, max_keys: int = 50_000) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._guard = threading.Lock()
        self._max_keys = max_keys

    def ready(self, key: str, now: float | None = None) -> bool:
        """Whether allow() would say yes, without spending anything."""
        now = time.monotonic() if now is None else now
        with self._guard:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            return min(float(self.burst), tokens + (now - last) * self.rate) >= 1.0

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._guard:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            ok = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if ok else tokens, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
            return ok


def same_origin(origin: str | None, fetch_site: str | None, host: str | None) -> bool:
    """A state-changing request must come from layerlab's own pages (or from a non-browser client).

    Browsers send Sec-Fetch-Site and Origin on a POST; a form on another site (cross-site request
    forgery) gives itself away there. Embeds are not affected: their requests come from the
    iframe, whose origin is layerlab's own.
    """
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    if origin is None or origin == "null":
        return origin is None
    return bool(host) and origin.split("://", 1)[-1] == host
