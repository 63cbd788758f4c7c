"""What protects a public site that strangers type into: request size, origin and rate checks, and
the security policies every answer carries."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import resource
import threading
import time
from collections import OrderedDict
from typing import Any

from starlette.types import Message, Receive

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


class StreamSeats:
    """Live streams held open, per client address and in all. A stream keeps its connection (a file
    descriptor) as long as its page is open: one client that opened a thousand took every descriptor
    a process had, and every other page, command and template file was refused ("Too many open
    files") until it let them go. So a client holds at most `per_client` (429 past that), and all
    streams together leave `RESERVED_FDS` descriptors for everything else (503 past that). Both
    answers close their connection, and the page's stream tries again later. On the event loop."""

    RESERVED_FDS = 256

    def __init__(self, per_client: int, total: int | None = None) -> None:
        self.per_client = per_client
        self.total = total if total is not None else self.capacity()
        self.held: dict[str, int] = {}
        self.count = 0

    @classmethod
    def capacity(cls) -> int:
        """Streams this process can hold: its descriptor limit less those kept for the rest."""
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        return (1 << 30) if soft == resource.RLIM_INFINITY else max(16, soft - cls.RESERVED_FDS)

    def take(self, client: str) -> int | None:
        """A seat for one more stream of `client`: None when taken, else the status to refuse with."""
        if self.count >= self.total:
            return 503
        held = self.held.get(client, 0)
        if held >= self.per_client:
            return 429
        self.held[client] = held + 1
        self.count += 1
        return None

    def give_back(self, client: str) -> None:
        held = self.held.get(client, 0) - 1
        if held > 0:
            self.held[client] = held
        else:
            self.held.pop(client, None)
        self.count -= 1


class Limits:
    """The rate limits of one process."""

    def __init__(self, rate_session: float, rate_client: float) -> None:
        self.per_session = RateLimiter(rate_session, 30)  # commands
        self.per_client = RateLimiter(rate_client, 20)  # new sessions
        # Short watch links are typed off a projector, so they are short (see `short_code`): guessing
        # is made hopeless by letting wrong codes come only slowly. Each client may get 20 wrong, then
        # one every 6 seconds; all clients together one every 0.1 s. Right codes cost nothing, so a
        # room behind one address is never slowed down. (Arithmetic in the README.)
        self.wrong_codes = (RateLimiter(1 / 6, 20), RateLimiter(10, 100))

    def may_guess(self, client: str) -> bool:
        return self.wrong_codes[0].ready(client) and self.wrong_codes[1].ready("")

    def guessed_wrong(self, client: str) -> None:
        self.wrong_codes[0].allow(client)
        self.wrong_codes[1].allow("")


# The simulated app's window: /s/<token>/app/<port>/... and /w/<token>/app/<port>/...
APP_WINDOW = re.compile(r"/[sw]/[^/]+/app/")
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
               "frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'")
# `sandbox` without allow-scripts or allow-same-origin: no script runs and the document gets an
# opaque origin, never layerlab's, even when a learner's file is opened top-level.
APP_POLICY = ("sandbox allow-forms; default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
              "form-action 'self'; frame-ancestors {ancestors}; base-uri 'none'")


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None once it passes MAX_BODY (whatever the transfer encoding: the
    declared length is not trusted, and no more than the limit is ever held)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A receive that hands the route the body already read, then waits on the connection."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again


# Seconds a connection may take to send a request's headers: from when it opens, and from when the
# answer to its last request went out. Connections that never sent a request, or sent half of its
# headers, were kept for good: 600 of them, idle, from one client took every file descriptor of a
# process allowed 600, and every page was refused. (A live stream is a request being answered:
# never cut.)
HEADER_SECONDS = 15.0
# Bytes a request's headers may take. Uvicorn's httptools parser holds whatever comes: 20 connections
# sending 10 MB of headers each took 150 MB, and a client may hold hundreds of connections.
HEADER_BYTES = 64 * 1024
TOO_LARGE = (b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/plain; charset=utf-8\r\n"
             b"Connection: close\r\nContent-Length: 33\r\n\r\nThe request's headers are too big")
SPARE_CONNECTIONS = 64  # a client's connections beyond its live streams' (requests under way)


class PeerConnections:
    """Connections held per peer address, on the event loop. A trusted proxy (see
    LAYERLAB_TRUSTED_PROXIES) carries everyone's connections: its are not counted."""

    def __init__(self, per_client: int, trusted: str = "") -> None:
        self.per_client = per_client
        self.proxies = [ipaddress.ip_network(p.strip(), strict=False) for p in trusted.split(",") if p.strip()]
        self.held: dict[str, int] = {}

    def counted(self, peer: str) -> bool:
        try:
            address = ipaddress.ip_address(peer)
        except ValueError:
            return False  # no address (a Unix socket): a proxy's, most likely
        return not any(address in net for net in self.proxies)

    def admit(self, peer: str) -> tuple[str | None, bool]:
        """One more connection of peer: the peer it counts for (None: not counted), and whether it
        is within the limit (give it back when it ends, either way)."""
        if not self.counted(peer):
            return None, True
        self.held[peer] = self.held.get(peer, 0) + 1
        return peer, self.held[peer] <= self.per_client

    def give_back(self, peer: str | None) -> None:
        if peer is None:
            return
        left = self.held.get(peer, 1) - 1
        if left > 0:
            self.held[peer] = left
        else:
            self.held.pop(peer, None)


class _Guarded(asyncio.Protocol):
    """What guarded_protocol adds to uvicorn's protocol (a class made for each server: `peers` and
    `header_seconds` are its own). Before uvicorn's class in the order methods are looked up in."""

    peers: PeerConnections
    header_seconds: float
    cycle: Any
    client: Any
    loop: Any
    transport: Any
    _peer: str | None = None
    _waiting: asyncio.TimerHandle | None = None
    _head = 0  # bytes received since the last request's headers were complete

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._peer, within = self.peers.admit(str(self.client[0]) if self.client else "?")
        if not within:
            transport.close()
            return
        self._wait_for_headers()

    def data_received(self, data: bytes) -> None:
        before = self.cycle
        heading = before is None or before.response_complete
        super().data_received(data)
        if self.cycle is not before:
            self._head = 0
        elif heading and not self.transport.is_closing():
            self._head += len(data)
            if self._head > HEADER_BYTES:
                self.transport.write(TOO_LARGE)
                self.transport.close()

    def _wait_for_headers(self) -> None:
        if self._waiting is not None:
            self._waiting.cancel()
        self._waiting = self.loop.call_later(self.header_seconds, self._no_request)

    def _no_request(self) -> None:
        cycle = self.cycle
        if (cycle is None or cycle.response_complete) and not self.transport.is_closing():
            self.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        if not self.transport.is_closing():
            self._wait_for_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._waiting is not None:
            self._waiting.cancel()
        self.peers.give_back(self._peer)
        self._peer = None
        super().connection_lost(exc)


def guarded_protocol(base: type[Any], per_client: int, trusted: str = "",
                     header_seconds: float = HEADER_SECONDS) -> type[Any]:
    """Uvicorn's HTTP protocol (`base`), with a deadline and a size bound for each request's headers
    and at most `per_client` connections per peer address (closed at once past that)."""
    return type("Guarded", (_Guarded, base), {"peers": PeerConnections(per_client, trusted),
                                              "header_seconds": header_seconds})
