"""Settings, all from environment variables with the LAYERLAB_ prefix (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# name -> (default, description); the README's settings table is checked against this by a test.
DOCUMENTED: dict[str, tuple[str, str]] = {
    "LAYERLAB_HOST": ("127.0.0.1", "Address `layerlab serve` listens on."),
    "LAYERLAB_PORT": ("8000", "Port `layerlab serve` listens on."),
    "LAYERLAB_DATABASE_URL": ("sqlite:///./data/layerlab.db",
                              "Where sessions and their logs are kept (SQLite file by default)."),
    "LAYERLAB_DEFAULT_LANG": ("en", "Language when neither `?lang=`, the cookie nor Accept-Language decide (en or ko)."),
    "LAYERLAB_SECURE_COOKIES": ("false", "Mark cookies Secure (set to true behind TLS)."),
    "LAYERLAB_SNAPSHOT_EVERY": ("50", "Keep an in-memory world snapshot every N commands of a session."),
    "LAYERLAB_MAX_SESSIONS": ("100000", "Sessions kept at most; idle ones expire first (see below)."),
    "LAYERLAB_SESSION_DAYS": ("30", "A session nobody has used for this many days is deleted."),
    "LAYERLAB_MAX_EVENTS": ("5000", "Entries one session's log may hold; beyond, commands are refused."),
    "LAYERLAB_RATE_SESSION": ("10", "Commands per second one session may send (bursts of 30)."),
    "LAYERLAB_RATE_CLIENT": ("1", "New sessions per second one client address may start (bursts of 20)."),
    "LAYERLAB_STREAMS_PER_CLIENT": ("500", "Live pages (update streams) one client address may hold open at once; more are "
                                           "answered 429 and retry. A class behind one address needs one per open tab."),
    "LAYERLAB_THREADS": ("3", "Worker threads for requests other than terminal commands and live streams "
                              "(page loads, new sessions, undo...), and on PostgreSQL for a command the event loop "
                              "cannot await (a question, another process writing first)."),
    "LAYERLAB_DB_TIMEOUT": ("3", "Seconds a database statement, connection or lock may take; a request still "
                                 "unanswered after twice that is answered 503 (the database is not answering)."),
    "LAYERLAB_GC_FULL_SECONDS": ("300", "Seconds between the garbage collector's full passes (the young generation is "
                                        "collected as usual; see app/web/collector.py)."),
    "LAYERLAB_TRUSTED_PROXIES": ("", "Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are "
                                     "believed (comma-separated IPs or networks); empty: none, the peer's address "
                                     "is the client's."),
    "LAYERLAB_FRAME_ANCESTORS": ("", "Space-separated origins allowed to embed layerlab in an iframe (CSP "
                                     "frame-ancestors); empty: same origin only."),
}


def _env(name: str) -> str:
    return os.environ.get(name, DOCUMENTED[name][0])


@dataclass(frozen=True)
class Settings:
    host: str = field(default_factory=lambda: _env("LAYERLAB_HOST"))
    port: int = field(default_factory=lambda: int(_env("LAYERLAB_PORT")))
    database_url: str = field(default_factory=lambda: _env("LAYERLAB_DATABASE_URL"))
    default_lang: str = field(default_factory=lambda: _env("LAYERLAB_DEFAULT_LANG"))
    secure_cookies: bool = field(default_factory=lambda: _env("LAYERLAB_SECURE_COOKIES").lower() in ("1", "true", "yes"))
    snapshot_every: int = field(default_factory=lambda: int(_env("LAYERLAB_SNAPSHOT_EVERY")))
    frame_ancestors: tuple[str, ...] = field(default_factory=lambda: tuple(_env("LAYERLAB_FRAME_ANCESTORS").split()))
    max_sessions: int = field(default_factory=lambda: int(_env("LAYERLAB_MAX_SESSIONS")))
    session_days: float = field(default_factory=lambda: float(_env("LAYERLAB_SESSION_DAYS")))
    max_events: int = field(default_factory=lambda: int(_env("LAYERLAB_MAX_EVENTS")))
    rate_session: float = field(default_factory=lambda: float(_env("LAYERLAB_RATE_SESSION")))
    rate_client: float = field(default_factory=lambda: float(_env("LAYERLAB_RATE_CLIENT")))
    streams_per_client: int = field(default_factory=lambda: max(1, int(_env("LAYERLAB_STREAMS_PER_CLIENT"))))
    threads: int = field(default_factory=lambda: max(1, int(_env("LAYERLAB_THREADS"))))
    db_timeout: float = field(default_factory=lambda: float(_env("LAYERLAB_DB_TIMEOUT")))
    gc_full_seconds: float = field(default_factory=lambda: max(0.1, float(_env("LAYERLAB_GC_FULL_SECONDS"))))
    trusted_proxies: str = field(default_factory=lambda: _env("LAYERLAB_TRUSTED_PROXIES"))

    @property
    def request_seconds(self) -> float:
        """How long a request may go unanswered before it is answered 503 instead."""
        return 2 * self.db_timeout
