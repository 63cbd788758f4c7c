"""One renderer: the Jinja environments and every render cache, bounded in entries and in bytes.

A session's page is drawn from its view model (`page.build_state`); its live regions are rendered
once per version, language and role, however many tabs and watchers show it, and only the regions
whose inputs changed are drawn again. The caches:

- `cache` (`RENDERS_KEPT` versions, `RENDER_BYTES`): every region of a version, what the next
  change is diffed against;
- `region_memo` (`REGIONS_KEPT`, `REGION_BYTES`): a region's HTML with the inputs it was drawn from;
- `terminal_states` (64, `TERMINAL_STATE_BYTES`): states kept to draw a whole terminal for a view
  that needs it (most changes only append an entry);
- `frames` (256, `FRAME_BYTES`): encoded SSE frames, shared by the streams of one process.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import fields
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
from babel.numbers import format_decimal
from jinja2 import nodes
from jinja2.visitor import NodeTransformer
from markupsafe import Markup, escape

from app.caches import Bounded, MiB
from app.store.models import SessionRecord
from app.store.sessions import Store

from .ansi import ansi
from .i18n import LANGS, labels, translations
from .live import RenderCache
from .ownwords import localize
from .page import PageState, build_state
from .viewmodel import STATUSES, FileEntry

REGIONS = ("narration", "controls", "stage", "lesson", "host", "images", "containers", "terminal", "prompt", "browser",
           "table")
RENDERS_KEPT, RENDER_BYTES = 4096, 128 * MiB  # whole versions' regions
REGIONS_KEPT, REGION_BYTES = 4096, 32 * MiB  # single regions whose inputs did not change
TERMINAL_STATE_BYTES = 16 * MiB
FRAME_BYTES = 32 * MiB
LISTINGS_KEPT, LISTING_BYTES = 8192, 32 * MiB  # file listings drawn, per language
RenderKey = tuple[int, int, str, str]  # session, version, language, role (with what else changes a render)


def shipped(name: str) -> Path:
    """templates/ and static/ sit at the top of a checkout, as the design card lists them; a wheel
    (and so the image) carries them inside the `app` package (pyproject.toml maps them there)."""
    here = Path(__file__).resolve()
    checkout = here.parents[2] / name
    return checkout if checkout.is_dir() else here.parents[1] / name


TEMPLATES = shipped("templates")
STATIC = shipped("static")


class TranslatedEnvironment(jinja2.Environment):
    """A template environment for one language whose templates have their plain texts translated
    when they are compiled: `_("Stop")` becomes the translation itself, as if typed in the template.

    Jinja calls the translation function anew at every draw, through the context's call machinery,
    for every `_("…")` (a region has a dozen or more): folded, every region of the course's mix
    draws in 0.90 ms instead of 1.06 (the same HTML, byte for byte, in both languages).
    Only a call with one constant text and nothing else is folded, to the very value the call would
    return (`kept_gettext`); one with variables, or whose text does not format, is left to run."""

    translate: Callable[[str], str] | None = None  # (None: nothing folded)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict, taken when it is loaded: Jinja's ChainMap over the
        environment's globals was copied key by key through its lookups at every draw (9 µs of
        a draw's 11 to make its context; 1.6 µs from a dict). So globals are set before any
        template is loaded (make_env does so), and are not changed after."""
        return {**self.globals, **(d or {})}

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        if self.translate is None:
            return tree
        folded = FoldTranslations(self.translate).visit(tree)
        folded.set_environment(self)
        return folded  # type: ignore[no-any-return]


class FoldTranslations(NodeTransformer):
    """`_("text")` and `gettext("text")` -> the translated text, as markup (what newstyle gettext
    returns: the translation is the template author's markup, not data to escape)."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        self.translate = translate

    def visit_Call(self, node: nodes.Call) -> nodes.Node:
        node = self.generic_visit(node)
        if not (isinstance(node.node, nodes.Name) and node.node.name in ("_", "gettext") and len(node.args) == 1
                and isinstance(node.args[0], nodes.Const) and isinstance(node.args[0].value, str)
                and not node.kwargs and node.dyn_args is None and node.dyn_kwargs is None):
            return node
        try:
            text = str(Markup(self.translate(node.args[0].value)) % {})
        except (TypeError, ValueError, KeyError):  # not a plain text after all: left to run as written
            return node
        return nodes.MarkSafe(nodes.Const(text, lineno=node.lineno), lineno=node.lineno)


def make_env(lang: str, fold: bool = True) -> jinja2.Environment:
    """One template environment per language, with its catalog installed (newstyle gettext), and its
    plain texts translated as templates are compiled (unless `fold` is false)."""
    env = TranslatedEnvironment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                                extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True,
                                auto_reload=False)
    catalog = translations(lang)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals["gettext"] = env.globals["_"] = kept_gettext(catalog.gettext)
    env.translate = catalog.gettext if fold else None
    env.globals["L"] = labels(lang)
    env.globals["files"] = kept_listing(env)
    env.filters["ansi"] = ansi
    env.filters["ours"] = partial(localize, catalog.gettext)  # layerlab's own notes in the terminal
    # a count as the language writes it: 1,234 (CLDR's grouping; Korean groups by thousands too)
    env.filters["number"] = partial(format_decimal, locale=lang)
    env.filters["slashes"] = breaks_after_slashes
    env.tests["columned"] = in_columns
    return env


_STATUS = re.compile(r'(<span class="status" data-of="([0-9a-f]{12})">)[^<]*(</span>)')


def with_statuses(html: str, statuses: tuple[tuple[str, str], ...]) -> str:
    """The containers region as drawn before, each card's status ("Up 5 seconds", which moves on
    with the clock at every command) put in: drawing the region again, its cards' file trees and
    all, took 0.3 ms of a read-only command's 1.7 ms while a container ran."""
    now = dict(statuses)
    return _STATUS.sub(lambda m: m[1] + str(escape(now[m[2]])) + m[3] if m[2] in now else m[0], html)


_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S")  # two spaces or a tab between words


def in_columns(text: object) -> bool:
    """Whether a terminal line is laid out in columns (two spaces or a tab between words): BuildKit's
    progress with its timings, a `docker ps` or `ls -l` row. A phone keeps such a line whole and
    scrolls it sideways, as a terminal does; wrapped at 390 px, BuildKit's `0.1s` fell under its
    step's text and every table's columns into each other."""
    return _COLUMNS.search(str(text)) is not None


def breaks_after_slashes(text: object) -> Markup:
    """A path (or a text naming one) that wraps after a slash when its column is too narrow for it:
    an image layer's /app/pages/exists.html broke as "exists.htm" and "l" at 1440x900, and a goal's
    /var/lib/docker/volumes/feedback/_data as "feedb" and "ack" (the column's overflow-wrap breaks
    anywhere only where a word has no better place to break)."""
    path = str(text)
    root = "/" if path.startswith("/") else ""  # never a slash alone at a line's end
    return Markup(root) + Markup("/<wbr>").join(path[len(root):].split("/"))


_entry_key = attrgetter(*(f.name for f in fields(FileEntry)))  # every field a listing may draw


def kept_listing(env: jinja2.Environment) -> Callable[..., str]:
    """The `files` macro of _macros.html (a listing of files), with what it drew kept by the entries
    it drew them from. A region is drawn again when anything in it changes, but most of its listings
    are as before (a container's status moved on, its files did not): drawing them was a third of a
    command's rendering. The macro draws from its arguments and the language's globals only."""
    kept: Bounded[tuple[object, ...], str] = Bounded(LISTINGS_KEPT, LISTING_BYTES, lambda html: 2 * len(html))
    macro: Callable[..., str] | None = None

    def files(entries: Sequence[FileEntry], empty_text: str, show_where: bool = False, id_prefix: str = "",
              place_prefix: str = "") -> str:
        nonlocal macro
        if macro is None:
            macro = env.get_template("_macros.html").module.files  # type: ignore[attr-defined]
        if not all(type(f) is FileEntry for f in entries):
            return macro(entries, empty_text, show_where, id_prefix, place_prefix)
        key = (tuple(map(_entry_key, entries)), str(empty_text), show_where, id_prefix, place_prefix)
        found = kept.get(key)
        if found is None:
            found = kept.put(key, macro(entries, empty_text, show_where, id_prefix, place_prefix))
        return found

    return files


def kept_gettext(translate: Callable[[str], str]) -> Callable[..., str]:
    """Jinja's newstyle `gettext` (the translation, as markup, %-formatted with its variables), with
    the translations of plain texts kept. Every draw asks for the same few dozen texts, and Jinja's
    own translates, wraps and formats each one anew: a tenth of a command's rendering."""
    kept: dict[str, str] = {}

    @jinja2.pass_context
    def gettext(__context: jinja2.runtime.Context, __string: str, **variables: Any) -> str:
        if variables:
            return Markup(translate(__string)) % variables  # type: ignore[no-any-return]
        found = kept.get(__string)
        if found is None:
            found = kept[__string] = Markup(translate(__string)) % variables
        return found

    return gettext


class Renderer:
    """Templates and the render caches of one process."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.envs = {lang: make_env(lang) for lang in LANGS}
        self.cache = RenderCache(RENDERS_KEPT, RENDER_BYTES)
        # (sized by the HTML, the inputs counted as much again: walking the inputs' nested tuples to
        # size them was a twentieth of a command's CPU)
        self.region_memo: Bounded[tuple[int, str, str, str], tuple[object, str, object]] = Bounded(
            REGIONS_KEPT, REGION_BYTES, lambda memo: 2 * len(memo[1]) + 512)
        self.terminal_states: Bounded[RenderKey, PageState] = Bounded(
            64, TERMINAL_STATE_BYTES, lambda state: sum(e.size for e in state.terminal))
        self.frames: Bounded[tuple[int, int, str, str, int | None], bytes] = Bounded(256, FRAME_BYTES, len)

    def render(self, name: str, lang: str, **ctx: Any) -> str:
        return self.envs[lang].get_template(name).render(lang=lang, langs=LANGS, **ctx)

    @staticmethod
    def role_key(session: SessionRecord, role: str) -> str:
        """What besides the version changes a render: a pending question, the lesson's panel state."""
        return f"{role}|{'?' if session.pending_line else ''}|{session.lesson_state}"

    @classmethod
    def stamp(cls, session: SessionRecord, role: str) -> str:
        """A short name for what besides the version a page shows (its lesson panel's state): the
        version marker carries it, so a page can ask for what changed and get nothing when nothing did."""
        return hashlib.blake2s(cls.role_key(session, role).encode(), digest_size=6).hexdigest()

    def render_key(self, session: SessionRecord, lang: str, role: str, version: int | None = None) -> RenderKey:
        """Where a render of the session's regions (at its version, or at `version`) is cached."""
        return (session.id or 0, session.version if version is None else version, lang, self.role_key(session, role))

    def regions(self, session: SessionRecord, lang: str, role: str, drawn: PageState | None = None) -> dict[str, str]:
        """The session's live regions as out-of-band swaps, rendered once per version (from `drawn`,
        the state a page was just drawn from, when there is one)."""
        key = self.render_key(session, lang, role)
        return self.cache.get(key, lambda: self._draw_regions(key, drawn or build_state(self.store, session, lang, role),
                                                              lang))

    def _draw_regions(self, key: RenderKey, state: PageState, lang: str) -> dict[str, str]:
        env = self.envs[lang]
        tail = state.tail_parent is not None and bool(state.terminal)
        out = {}
        for name in REGIONS:
            if tail and name == "terminal":
                continue
            memo_key = (key[0], lang, key[3], name)
            inputs = state.inputs.get(name)
            statuses = state.inputs.get(STATUSES) if name == "containers" else None
            hit = self.region_memo.get(memo_key)
            if inputs is not None and hit is not None and hit[0] == inputs:
                out[name] = hit[1]  # nothing it draws changed: the same HTML as before
                if hit[2] != statuses:  # but the containers' statuses, which the clock moves on
                    out[name] = with_statuses(hit[1], statuses)  # type: ignore[arg-type]
                    self.region_memo.put(memo_key, (inputs, out[name], statuses))
                continue
            out[name] = env.get_template(f"_{name}.html").render(lang=lang, langs=LANGS, s=state, oob=True)
            if inputs is not None:
                self.region_memo.put(memo_key, (inputs, out[name], statuses))
        out["@entries"] = "1" if state.terminal else ""
        if tail:
            # The newest command only appends to the terminal: its entry alone is usually sent, and
            # the whole terminal (the biggest region) is rendered only for a view that needs it.
            out["@tail"] = env.get_template("_entry.html").render(e=state.terminal[-1], tail=True)
            out["@tail_parent"] = str(state.tail_parent)
            self.terminal_states.put(key, state)
        return out

    def draw(self, session: SessionRecord, lang: str, role: str, **ctx: Any) -> str:
        """The whole session page. Its regions are kept as drawn, so the first change after it is
        sent as a change rather than as the whole page again."""
        state = build_state(self.store, session, lang, role)
        html = self.render("session.html", lang, s=state, stamp=self.stamp(session, role), **ctx)
        self.regions(session, lang, role, state)
        return html

    def _full_terminal(self, key: RenderKey, now: dict[str, str], lang: str) -> str:
        html = now.get("terminal")
        if html is None:
            state = self.terminal_states.get(key)
            if state is None:  # evicted: build it again
                session = self.store.get(key[0])
                state = build_state(self.store, session, lang, key[3].split("|", 1)[0])
            html = self.envs[lang].get_template("_terminal.html").render(lang=lang, langs=LANGS, s=state, oob=True)
            now["terminal"] = html
        return html

    def cached_fragments(self, session: SessionRecord, lang: str, role: str, since: int | None) -> str | None:
        """fragments() when it needs no rendering (this version's regions are cached and so is the full
        terminal, if the view needs it): cheap enough to run on the event loop. Else None."""
        now = self.cache.peek(self.render_key(session, lang, role))
        if now is None:
            return None
        if "@tail" in now and "terminal" not in now:
            old = None if since is None else self.cache.peek(self.render_key(session, lang, role, since))
            if old is None or now["@tail_parent"] != str(since) or not old.get("@entries"):
                return None
        return self.fragments(session, lang, role, since)

    def fragments(self, session: SessionRecord, lang: str, role: str, since: int | None = None,
                  stamp: str | None = None) -> str:
        """What changed since version `since` (everything when unknown), plus the version marker. A page
        that shows this version already (its lesson panel too, when it says so with `stamp`) gets
        nothing: sending every region again would morph what the learner is doing there."""
        marker = (f'<div id="version" data-version="{session.version}" data-cursor="{session.cursor}" '
                  f'data-stamp="{self.stamp(session, role)}" hx-swap-oob="outerMorph"></div>')
        if since == session.version and stamp in (None, self.stamp(session, role)):
            return marker
        now = self.regions(session, lang, role)
        key = self.render_key(session, lang, role)
        old = None
        if since is not None and since != session.version:
            old = self.cache.peek(self.render_key(session, lang, role, since))
        parts = []
        tail = "@tail" in now
        for name, html in now.items():
            # (a tail view's whole terminal, once drawn, is kept in `now` too: it is added below, once)
            if name.startswith("@") or (tail and name == "terminal") or (old is not None and old.get(name) == html):
                continue
            parts.append(html)
        if tail:
            if old is not None and now["@tail_parent"] == str(since) and old.get("@entries"):
                parts.append(now["@tail"])
            else:
                parts.append(self._full_terminal(key, now, lang))
        parts.append(marker)
        return "".join(parts)
