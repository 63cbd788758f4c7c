"""Korean and English: Babel catalogs (.po) compiled in memory at start, and language choice."""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGS = ("en", "ko")
LOCALES = Path(__file__).parent / "locales"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for lang (English is the source language)."""
    po = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    if lang == "en" or not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def pick_lang(query: str | None, cookie: str | None, accept: str | None, default: str = "en") -> str:
    """?lang=, then the cookie, then Accept-Language, then the default."""
    for candidate in (query, cookie):
        if candidate in LANGS:
            return candidate
    if accept:
        ranked = []
        for part in accept.split(","):
            bits = part.strip().split(";q=")
            tag = bits[0].strip().lower()[:2]
            try:
                q = float(bits[1]) if len(bits) > 1 else 1.0
            except ValueError:
                q = 0.0
            ranked.append((q, tag))
        for _, tag in sorted(ranked, key=lambda x: -x[0]):
            if tag in LANGS:
                return tag
    return default if default in LANGS else "en"
