"""Korean and English: Babel catalogs (.po) compiled in memory at start, and language choice."""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGS = ("en", "ko")


def N_(text: str) -> str:
    """Marks text for the catalog; translated where it is shown."""
    return text


# Where bytes live, and what happened to a file: shown beside thousands of files, translated once.
WHERE_NAMES = {"image": N_("image layer"), "rw": N_("read-write layer"), "volume": N_("volume"),
               "bind": N_("bind mount"), "tmpfs": N_("tmpfs"), "host": N_("host disk")}
NOTE_NAMES = {"copied-up": N_("copied up"), "whiteout": N_("whiteout"), "opaque": N_("opaque"),
              "added": N_("added"), "changed": N_("changed"), "deleted": N_("deleted")}


# Details shown after a place's name that are words, not names: a file from a pulled image.
BASE_IMAGE = N_("base image")
DETAIL_NAMES = (BASE_IMAGE,)


def labels(lang: str) -> dict[str, dict[str, str]]:
    t = translations(lang)
    return {"where": {k: t.gettext(v) for k, v in WHERE_NAMES.items()},
            "note": {k: t.gettext(v) for k, v in NOTE_NAMES.items()},
            "detail": {v: t.gettext(v) for v in DETAIL_NAMES}}
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
