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
