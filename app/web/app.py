"""The FastAPI application: thin routes over the store, the page builder and the templates."""

from __future__ import annotations

import asyncio
import gc
import json
import re
import shlex
import time
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote

import anyio.to_thread
import jinja2
import jinja2.runtime
from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from sqlalchemy.exc import OperationalError
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.engine import hosttools
from app.engine.nodeapp import Response as AppResponse
from app.lessons.model import all_lessons
from app.lessons.model import find as find_lesson
from app.settings import Settings
from app.store.models import SessionRecord
from app.store.sessions import Store, new_token

from . import stream
from .guards import MAX_BODY, RateLimiter, same_origin
from .i18n import LANGS, labels, pick_lang, translations
from .live import Hub, RenderCache
from .page import PageState, build_state

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
REGIONS = ("narration", "controls", "stage", "lesson", "host", "images", "containers", "terminal", "prompt", "browser",
           "table")
RECENT_COOKIE = "layerlab_recent"
LEARNER_COOKIE = "layerlab_learner"
LANG_COOKIE = "layerlab_lang"
MAX_LINE = 8192
MAX_FIELD = 10_000
T = TypeVar("T")


def make_env(lang: str) -> jinja2.Environment:
    """One template environment per language, with its catalog installed (newstyle gettext)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True,
                             auto_reload=False)
    catalog = translations(lang)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals["gettext"] = env.globals["_"] = kept_gettext(catalog.gettext)
    env.globals["L"] = labels(lang)
    return env


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


class Web:
    """Everything the routes share: settings, store, templates, live hub and render cache."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.database_url, settings.snapshot_every)
        self.envs = {lang: make_env(lang) for lang in LANGS}
        self.hub = Hub()
        self.cache = RenderCache(4096)  # a few versions of every active session: the last one is what a change is diffed against
        self.last_expiry = 0.0
        self._terminal_states: dict[tuple[int, int, str, str], PageState] = {}
        self._region_memo: dict[tuple[int, str, str, str], tuple[object, str]] = {}
        self.frames: dict[tuple[int, int, str, str, int | None], bytes] = {}  # encoded SSE frames, on the loop
        self.pending: dict[tuple[object, ...], asyncio.Future[Any]] = {}  # reads and renders streams share, on the loop
        self.limits: tuple[RateLimiter, RateLimiter] | None = None

    async def call(self, fn: Callable[..., T], *args: Any, quick: bool = True) -> T:
        """Run work that reads or writes the store (and renders what changed) for async code.

        On SQLite, quick work runs right here, on the event loop. A command is about a millisecond
        of CPU either way, and one interpreter lock means a worker thread would not run beside the
        loop anyway. The hop to a worker and back costs a quarter of a millisecond of CPU by itself
        on these machines. Worse, with several workers the one holding SQLite's write lock kept
        losing the interpreter to the others, so at 200 commands a second writes queued behind it
        for 20-50 ms. (A commit here seldom waits on the disk: in WAL mode with synchronous=NORMAL it
        does not sync.)

        Work that may take long (`quick=False`: see `quick_line`) goes to a worker thread, where the
        interpreter still switches back to the loop every few milliseconds, so every other page
        keeps being served meanwhile. On PostgreSQL every statement is a network round trip, so all
        work goes to a worker thread."""
        if self.store.postgres or not quick:
            return await run_in_threadpool(fn, *args)
        return fn(*args)

    def render(self, name: str, lang: str, **ctx: Any) -> str:
        return self.envs[lang].get_template(name).render(lang=lang, langs=LANGS, **ctx)

    def regions(self, session: SessionRecord, lang: str, role: str, drawn: PageState | None = None) -> dict[str, str]:
        """The session's live regions as out-of-band swaps, rendered once per version (from `drawn`,
        the state a page was just drawn from, when there is one)."""
        key = self.render_key(session, lang, role)

        def make() -> dict[str, str]:
            state = drawn if drawn is not None else build_state(self.store, session, lang, role)
            env = self.envs[lang]
            tail = state.tail_parent is not None and bool(state.terminal)
            out = {}
            for name in REGIONS:
                if tail and name == "terminal":
                    continue
                memo_key = (key[0], lang, key[3], name)
                inputs = state.inputs.get(name)
                hit = self._region_memo.get(memo_key)
                if inputs is not None and hit is not None and hit[0] == inputs:
                    out[name] = hit[1]  # nothing it draws changed: the same HTML as before
                    continue
                out[name] = env.get_template(f"_{name}.html").render(lang=lang, langs=LANGS, s=state, oob=True)
                if inputs is not None:
                    self._region_memo[memo_key] = (inputs, out[name])
            while len(self._region_memo) > 4096:
                self._region_memo.pop(next(iter(self._region_memo)))
            out["@entries"] = "1" if state.terminal else ""
            if tail:
                # The newest command only appends to the terminal: its entry alone is usually sent, and
                # the whole terminal (the biggest region) is rendered only for a view that needs it.
                out["@tail"] = env.get_template("_entry.html").render(e=state.terminal[-1], tail=True)
                out["@tail_parent"] = str(state.tail_parent)
                self._terminal_states[key] = state
                while len(self._terminal_states) > 64:
                    self._terminal_states.pop(next(iter(self._terminal_states)))
            return out

        return self.cache.get(key, make)

    def draw(self, session: SessionRecord, lang: str, role: str, **ctx: Any) -> str:
        """The whole session page. Its regions are kept as drawn, so the first change after it is
        sent as a change rather than as the whole page again."""
        state = build_state(self.store, session, lang, role)
        html = self.render("session.html", lang, s=state, **ctx)
        self.regions(session, lang, role, state)
        return html

    def _full_terminal(self, key: tuple[int, int, str, str], now: dict[str, str], lang: str) -> str:
        html = now.get("terminal")
        if html is None:
            state = self._terminal_states.get(key)
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

    @staticmethod
    def role_key(session: SessionRecord, role: str) -> str:
        """What besides the version changes a render: a pending question, the lesson's panel state."""
        return f"{role}|{'?' if session.pending_line else ''}|{session.lesson_state}"

    def render_key(self, session: SessionRecord, lang: str, role: str,
                   version: int | None = None) -> tuple[int, int, str, str]:
        """Where a render of the session's regions (at its version, or at `version`) is cached."""
        return (session.id or 0, session.version if version is None else version, lang, self.role_key(session, role))

    def fragments(self, session: SessionRecord, lang: str, role: str, since: int | None = None) -> str:
        """What changed since version `since` (everything when unknown), plus the version marker."""
        now = self.regions(session, lang, role)
        key = self.render_key(session, lang, role)
        old = None
        if since is not None and since != session.version:
            old = self.cache.peek(self.render_key(session, lang, role, since))
        parts = []
        for name, html in now.items():
            if name.startswith("@") or (old is not None and old.get(name) == html):
                continue
            parts.append(html)
        if "@tail" in now:
            if old is not None and now["@tail_parent"] == str(since) and old.get("@entries"):
                parts.append(now["@tail"])
            else:
                parts.append(self._full_terminal(key, now, lang))
        parts.append(f'<div id="version" data-version="{session.version}" hx-swap-oob="outerMorph"></div>')
        return "".join(parts)


async def get_web(request: Request) -> Web:
    # async: FastAPI runs a sync dependency on a worker thread, one more hop for every request
    return request.app.state.web  # type: ignore[no-any-return]


WebDep = Annotated[Web, Depends(get_web)]


def lang_of(request: Request, web: Web) -> str:
    """?lang=, the page's own choice sent by htmx (works without cookies), the cookie, Accept-Language."""
    query = request.query_params.get("lang") or request.headers.get("x-layerlab-lang")
    return pick_lang(query, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"),
                     web.settings.default_lang)


class LayerlabApp(FastAPI):
    """FastAPI, with the live streams answered before the framework's middleware (see stream.py)."""

    live: Callable[[Scope, Receive, Send, str, str], Awaitable[None]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.live is not None and scope["type"] == "http" and scope["method"] == "GET":
            found = stream.STREAM_PATH.fullmatch(scope["path"])
            if found is not None:
                await self.live(scope, receive, send, found[1], found[2])
                return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None, store: Store | None = None) -> LayerlabApp:
    settings = settings or Settings()
    web = Web(settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        web.hub.loop = asyncio.get_running_loop()
        # Routes that touch the database or render run on worker threads. With only the GIL to share,
        # more threads than this add switching, not throughput: 40 (the default) cost a third more CPU
        # per command at 200 busy learners, and a long latency tail.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        # What exists now (modules, classes, functions: about 100,000 objects) lives as long as the
        # process. Frozen, the garbage collector's full passes stop walking it: with 1,000 watchers and
        # 200 learners a full pass took 50-100 ms before and 10-60 ms after, and the 99th percentile
        # of update latency is where those passes show. (Once per process: an app started again in
        # the same process, as tests do, would freeze whatever the last one left.)
        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()
        listener = None
        if web.store.postgres:
            # changes made through other processes reach this process's watchers
            from app.store.notify import Listener

            def resync() -> None:
                for sid in web.hub.sessions():
                    web.hub.publish(sid, web.store.get(sid).version)

            listener = Listener(web.store.url, web.hub.publish, resync)
            listener.start()
        yield
        if listener is not None:
            listener.stop()

    app = LayerlabApp(title="layerlab", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.web = web

    async def live(scope: Scope, receive: Receive, send: Send, kind: str, token: str) -> None:
        """GET /s/<token>/events (the owner's page) and /w/<viewer token>/events (a watcher's)."""
        request = Request(scope)
        find = web.store.by_token if kind == "s" else web.store.by_viewer_token
        try:
            session = await web.call(find, token)
        except OperationalError:
            await PlainTextResponse("The database is not answering right now.", status_code=503)(scope, receive, send)
            return
        if session is None:
            await PlainTextResponse("No such session.", status_code=404)(scope, receive, send)
            return
        await stream.serve(web, session, lang_of(request, web), "owner" if kind == "s" else "viewer",
                           request.headers.get("last-event-id"), request.query_params.get("since"), receive, send)

    app.live = live
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    embedders = " ".join(["'self'", *settings.frame_ancestors])
    per_session = RateLimiter(settings.rate_session, 30)
    per_client = RateLimiter(settings.rate_client, 20)
    web.limits = (per_session, per_client)

    class Guarded:
        """Guards before any route, and the security headers on every answer (a plain ASGI wrapper:
        Starlette's BaseHTTPMiddleware costs a task and a stream per request)."""

        def __init__(self, inner: ASGIApp) -> None:
            self.inner = inner

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return
            await headers(self.inner, scope, receive, send)

    app.add_middleware(Guarded)

    async def headers(inner: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        path: str = scope["path"]
        # an embedded page (and the app window inside it) may be framed by the configured sites
        ancestors = embedders if path.startswith(("/e/", "/embed/")) or "/app/" in path else "'self'"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                h.setdefault("X-Content-Type-Options", "nosniff")
                h.setdefault("Referrer-Policy", "same-origin")
                if "/app/" not in path:
                    h.setdefault(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        f"frame-src 'self'; frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'")
                elif "frame-ancestors 'self'" in h.get("Content-Security-Policy", ""):
                    h["Content-Security-Policy"] = h["Content-Security-Policy"].replace(
                        "frame-ancestors 'self'", f"frame-ancestors {ancestors}")
                h.setdefault("Vary", "HX-Request")
            await send(message)

        refused = guard(request)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
        else:
            await inner(scope, receive, send_with_headers)

    def guard(request: Request) -> Response | None:
        """Size, origin and rate checks, before any route runs."""
        def t(text: str) -> str:  # only a refusal needs the learner's language
            return translations(lang_of(request, web)).gettext(text)

        path: str = request.scope["path"]
        creates = (path.startswith(("/embed/", "/copy/")) or path in ("/sessions", "/demo")
                   or path.startswith("/lessons/") or (path.startswith("/w/") and path.endswith("/fork/copy")))
        if creates and request.method in ("GET", "POST"):
            client = request.client.host if request.client else "?"
            if not per_client.allow(client):
                return refusal(request, 429, t("Too many new sessions from your address: wait a minute, then try again."))
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > MAX_BODY:
            return refusal(request, 413, t("That is too much to send at once (at most 256 kB)."))
        if not same_origin(request.headers.get("origin"), request.headers.get("sec-fetch-site"),
                           request.headers.get("host")):
            return refusal(request, 403, t("This request came from another site, so layerlab refused it."))
        if path.startswith("/s/") and not per_session.allow(path.split("/")[2]):
            return refusal(request, 429, t("Slow down: this session sent too many commands at once. "
                                           "Wait a second and try again."))
        return None

    def refusal(request: Request, status: int, text: str) -> Response:
        """A refusal the learner can read: in the terminal for page requests, as text otherwise."""
        lang = lang_of(request, web)
        if request.headers.get("hx-request"):
            return HTMLResponse(web.render("_notice.html", lang, text=text), status_code=status)
        return PlainTextResponse(text, status_code=status)

    def page_response(request: Request, html: str, lang: str) -> HTMLResponse:
        response = HTMLResponse(html)
        if request.query_params.get("lang") in LANGS:
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="lax",
                                secure=settings.secure_cookies)
        return response

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/livez", response_class=PlainTextResponse)
    async def livez() -> str:
        """The process answers (for a liveness probe); it touches nothing else."""
        return "ok"

    @app.get("/healthz", response_class=PlainTextResponse)
    def healthz(web: WebDep) -> str:
        """The process answers and its database does (for a health check or a readiness probe)."""
        from sqlalchemy import text
        with web.store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return "ok"

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, web: WebDep) -> HTMLResponse:
        lang = lang_of(request, web)
        tokens = [t for t in request.cookies.get(RECENT_COOKIE, "").split(".") if t]
        recent = web.store.sessions_by_tokens(tokens)
        learner = request.cookies.get(LEARNER_COOKIE, "")
        progress = web.store.progress(learner)
        lessons = [(lesson, progress.get(lesson.id, ([], False))) for lesson in all_lessons()]
        titles = {lesson.id: lesson.title.get(lang) for lesson in all_lessons()}
        return page_response(request, web.render("home.html", lang, recent=recent, now=time.time(), lessons=lessons,
                                                 titles=titles, learner=learner,
                                                 base=str(request.base_url).rstrip("/")), lang)

    def start(request: Request, web: Web, kind: str, setup: tuple[str, ...] = (), seed: int | None = None,
              replay: list[tuple[str, str | None, str]] | None = None) -> RedirectResponse:
        make_room(web)
        learner = request.cookies.get(LEARNER_COOKIE) or new_token()
        session = web.store.create_session(kind, learner=learner, setup=setup, seed=seed)
        for line, answer, event_kind in replay or []:
            session = web.store.run_command(session.id or 0, line, answer, kind=event_kind).session
        response = RedirectResponse(f"/s/{session.token}", status_code=303)
        tokens = [t for t in request.cookies.get(RECENT_COOKIE, "").split(".") if t]
        tokens = [session.token, *[t for t in tokens if t != session.token]][:10]
        for name, value in ((RECENT_COOKIE, ".".join(tokens)), (LEARNER_COOKIE, learner)):
            response.set_cookie(name, value, max_age=365 * 86400, httponly=True, samesite="lax",
                                secure=settings.secure_cookies)
        return response

    @app.post("/sessions")
    def new_session(request: Request, web: WebDep) -> RedirectResponse:
        return start(request, web, "sandbox")

    @app.post("/lessons/{lesson_id}")
    def new_lesson(lesson_id: str, request: Request, web: WebDep) -> RedirectResponse:
        lesson = find_lesson(lesson_id)
        if lesson is None:
            raise _NotFound()
        return start(request, web, lesson.id, lesson.start)

    @app.get("/me/{learner}")
    def adopt_progress(learner: str, request: Request, web: WebDep) -> RedirectResponse:
        """A progress link: this browser continues as that learner."""
        if not re.fullmatch(r"[\w-]{16,64}", learner):
            raise _NotFound()
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(LEARNER_COOKIE, learner, max_age=365 * 86400, httponly=True, samesite="lax",
                            secure=settings.secure_cookies)
        return response

    def owner(token: str, web: Web) -> SessionRecord:
        session = web.store.by_token(token)
        if session is None:
            raise _NotFound()
        return session

    @app.get("/s/{token}", response_class=HTMLResponse)
    def session_page(token: str, request: Request, web: WebDep) -> HTMLResponse:
        session = owner(token, web)
        lang = lang_of(request, web)
        present = request.query_params.get("present") == "1"
        html = web.draw(session, lang, "owner", present=present, origin=str(request.base_url).rstrip("/"),
                        lessons=all_lessons())
        return page_response(request, html, lang)

    @app.post("/demo")
    def new_demo(request: Request, web: WebDep, script: Annotated[str, Form()] = "",
                 lesson: Annotated[str, Form()] = "") -> RedirectResponse:
        """A scripted demo: a session (a lesson's, when the script names one) with the script loaded."""
        found = find_lesson(lesson) if lesson else None
        response = start(request, web, found.id if found else "sandbox", found.start if found else ())
        token = response.headers["location"].rsplit("/", 1)[1]
        session = web.store.by_token(token)
        assert session is not None
        text = script if script.strip() else "\n".join(found.solution) if found else ""
        lines = [ln.rstrip() for ln in text[:20_000].splitlines() if ln.strip()][:500]
        web.store.set_lesson_state(session.id or 0, {"script": {"lines": lines, "pos": 0}})
        response.headers["location"] += "?present=1"
        return response

    @app.get("/embed/{what}")
    def embed(what: str, request: Request, web: WebDep) -> RedirectResponse:
        """A fresh session for an iframe; its token is in the URL, so no cookie is needed."""
        lesson = None if what == "sandbox" else find_lesson(what)
        if what != "sandbox" and lesson is None:
            raise _NotFound()
        session = web.store.create_session(lesson.id if lesson else "sandbox", setup=lesson.start if lesson else ())
        session = web.store.set_lesson_state(session.id or 0, {"embedded": True})
        lang = lang_of(request, web)
        return RedirectResponse(f"/e/{session.token}?lang={lang}", status_code=303)

    @app.get("/e/{token}", response_class=HTMLResponse)
    def embedded_page(token: str, request: Request, web: WebDep) -> HTMLResponse:
        session = owner(token, web)
        lang = lang_of(request, web)
        return HTMLResponse(web.draw(session, lang, "owner"))

    def viewer(token: str, web: Web) -> SessionRecord:
        session = web.store.by_viewer_token(token)
        if session is None:
            raise _NotFound()
        return session

    @app.get("/v/{code}")
    def short_watch(code: str, web: WebDep) -> RedirectResponse:
        """The short watch link shown to a room: it leads to the read-only watch page."""
        session = web.store.by_short(code)
        if session is None:
            raise _NotFound()
        return RedirectResponse(f"/w/{session.viewer_token}", status_code=303)

    @app.get("/w/{token}", response_class=HTMLResponse)
    def watch_page(token: str, request: Request, web: WebDep) -> HTMLResponse:
        session = viewer(token, web)
        lang = lang_of(request, web)
        return page_response(request, web.draw(session, lang, "viewer"), lang)

    @app.post("/w/{token}/{action}")
    def watch_write(token: str, action: str, web: WebDep) -> Response:
        """Watchers cannot change a session; only fork adds a session of their own."""
        viewer(token, web)
        return PlainTextResponse("This is a read-only watch link: it cannot change the session.", status_code=403)

    @app.post("/w/{token}/fork/copy")
    def fork(token: str, request: Request, web: WebDep) -> RedirectResponse:
        """A new session of the viewer's own, with the commands that made the current state."""
        session = viewer(token, web)
        chain = web.store.chain(web.store.events(session.id, session.version), session.cursor)
        response = start(request, web, session.kind, seed=session.seed,
                         replay=[(e.line, e.answer, e.kind) for e in chain])
        return response

    @app.get("/copy/{token}/{version}")
    def copy_link(token: str, version: int, request: Request, web: WebDep) -> RedirectResponse:
        """A share permalink: opens a new copy of the session as it was at that version."""
        session = viewer(token, web)
        events = web.store.events(session.id, session.version)
        target = next((e for e in events if e.version == version and e.kind in ("cmd", "setup")), None)
        if target is None and version != 0:
            raise _NotFound()
        chain = web.store.chain(events, version) if version else []
        return start(request, web, session.kind, seed=session.seed,
                     replay=[(e.line, e.answer, e.kind) for e in chain])

    @app.get("/s/{token}/watch-qr.svg")
    def watch_qr(token: str, request: Request, web: WebDep) -> Response:
        """The watch link as a QR code, for a room to scan from the projector."""
        import io

        import segno

        session = owner(token, web)
        url = str(request.base_url).rstrip("/") + f"/w/{session.viewer_token}"
        buf = io.BytesIO()
        segno.make(url, error="m").save(buf, kind="svg", scale=6, border=2, xmldecl=False, svgns=True,
                                        title="QR code: " + url)
        return Response(buf.getvalue(), media_type="image/svg+xml")

    @app.post("/s/{token}/script")
    def load_script(token: str, request: Request, web: WebDep, script: Annotated[str, Form()] = "",
                    lesson: Annotated[str, Form()] = "") -> Response:
        """Load a demo script (command lines; # lines are captions) or a lesson's solution."""
        session = owner(token, web)
        if lesson:
            found = find_lesson(lesson)
            script = "\n".join(found.solution) if found else ""
        lines = [ln.rstrip() for ln in script[:20_000].splitlines() if ln.strip()][:500]
        state = json.loads(session.lesson_state or "{}")
        state["script"] = {"lines": lines, "pos": 0}
        return after_write(request, web, web.store.set_lesson_state(session.id or 0, state))

    @app.post("/s/{token}/step")
    def step(token: str, request: Request, web: WebDep) -> Response:
        """Run the script's next command line for real; the comments before it become the caption."""
        session = owner(token, web)
        state = json.loads(session.lesson_state or "{}")
        script = state.get("script")
        if not script:
            return after_write(request, web, session)
        lines, pos = script["lines"], int(script["pos"])
        caption = []
        while pos < len(lines) and lines[pos].lstrip().startswith("#"):
            caption.append(lines[pos].lstrip("# ").strip())
            pos += 1
        if pos >= len(lines):
            script.update(pos=pos, caption=" ".join(caption) or script.get("caption", ""))
            return after_write(request, web, web.store.set_lesson_state(session.id or 0, state))
        line = lines[pos]
        script.update(pos=pos + 1, caption=" ".join(caption))
        session = web.store.set_lesson_state(session.id or 0, state)
        before = session.version
        outcome = web.store.run_command(session.id or 0, line)
        if outcome.prompt is not None:  # a scripted prune says yes, as a presenter would
            outcome = web.store.run_command(session.id or 0, line, "y")
        return after_write(request, web, outcome.session, since=before)

    @app.get("/s/{token}/fragments", response_class=HTMLResponse)
    def fragments(token: str, request: Request, web: WebDep, since: int | None = None) -> HTMLResponse:
        """The live regions, or what changed since a version: a page catches up without the stream."""
        session = owner(token, web)
        return HTMLResponse(web.fragments(session, lang_of(request, web), "owner", since))

    def after_write(request: Request, web: Web, session: SessionRecord, extra: str = "",
                    since: int | None = None) -> Response:
        record_progress(web, session)
        # Other views hear of it once this answer is on its way, so the acting tab swaps once.
        async def announce() -> None:  # on the event loop: a sync task would cost a worker thread
            web.hub.publish(session.id or 0, session.version, session)

        publish = BackgroundTask(announce)
        if request.headers.get("hx-request"):
            return HTMLResponse(web.fragments(session, lang_of(request, web), "owner", since) + extra,
                                background=publish)
        web.hub.publish(session.id or 0, session.version, session)
        return RedirectResponse(f"/s/{session.token}", status_code=303)

    @app.post("/s/{token}/run", openapi_extra={"requestBody": {"content": {
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
            "line": {"type": "string"}, "answer": {"type": "string"}}}}}}})
    async def run(token: str, request: Request, web: WebDep) -> Response:
        """A terminal line, or the answer to the question it asked. The form is read here rather than
        declared: FastAPI's form parameters cost more per request than running the command does."""
        form = await request.form()
        line, answer = form.get("line", ""), form.get("answer")
        line = line if isinstance(line, str) else ""
        return await web.call(run_line, token, request, web, line, answer if isinstance(answer, str) else None,
                              quick=quick_line(line))

    def run_line(token: str, request: Request, web: Web, line: str, answer: str | None) -> Response:
        session = owner(token, web)
        line = line.strip("\r\n")
        if len(line) > MAX_LINE:
            return _notice(request, web, session, translations(lang_of(request, web)).gettext(
                "That command is {n} characters long; the terminal takes at most {max}.").format(
                    n=len(line), max=MAX_LINE))
        before = session.version
        if session.version >= settings.max_events:
            return _notice(request, web, session, translations(lang_of(request, web)).gettext(
                "This session's log is full ({max} entries). Start a new Sandbox, or Fork this one.").format(
                    max=settings.max_events))
        if json.loads(session.lesson_state or "{}").get("asking") is not None:
            return after_write(request, web, session)  # answer the question first
        if session.pending_line is not None and answer is not None:
            outcome = web.store.run_command(session.id or 0, session.pending_line, answer[:100])
            return after_write(request, web, outcome.session)
        if not line.strip():
            return after_write(request, web, session)
        question = prediction_for(session, line)
        if question is not None:
            state = json.loads(session.lesson_state or "{}")
            state["asking"] = {"index": question, "line": line}
            session = web.store.set_lesson_state(session.id or 0, state)
            return after_write(request, web, session, since=before)
        if line.strip() == "help":
            lang = lang_of(request, web)
            return HTMLResponse(web.render("_help.html", lang))
        outcome = web.store.run_command(session.id or 0, line)
        return after_write(request, web, outcome.session, since=before)

    @app.post("/s/{token}/predict")
    def predict(token: str, request: Request, web: WebDep, choice: Annotated[int, Form()]) -> Response:
        """The learner's prediction: record it, then run the command it was asked before."""
        session = owner(token, web)
        state = json.loads(session.lesson_state or "{}")
        asking = state.pop("asking", None)
        if asking is None:
            return after_write(request, web, session)
        state.setdefault("answered", {})[str(asking["index"])] = choice
        session = web.store.set_lesson_state(session.id or 0, state)
        before = session.version
        outcome = web.store.run_command(session.id or 0, asking["line"])
        return after_write(request, web, outcome.session, since=before)

    @app.post("/s/{token}/hint")
    def hint(token: str, request: Request, web: WebDep) -> Response:
        session = owner(token, web)
        state = json.loads(session.lesson_state or "{}")
        state["hints"] = int(state.get("hints", 0)) + 1
        return after_write(request, web, web.store.set_lesson_state(session.id or 0, state))

    @app.post("/s/{token}/solution")
    def solution(token: str, request: Request, web: WebDep) -> Response:
        session = owner(token, web)
        state = json.loads(session.lesson_state or "{}")
        state["solution"] = True
        return after_write(request, web, web.store.set_lesson_state(session.id or 0, state))

    @app.post("/s/{token}/recreate")
    def recreate(token: str, request: Request, web: WebDep, name: Annotated[str, Form()]) -> Response:
        session = owner(token, web)
        from .viewmodel import recreate_lines
        world = web.store.current_world(session)
        c = world.container_by_name(name)
        if c is None:
            return after_write(request, web, session)
        for line in recreate_lines(world, c):
            session = web.store.run_command(session.id or 0, line).session
        return after_write(request, web, session)

    @app.post("/s/{token}/{move}")
    def move(token: str, move: str, request: Request, web: WebDep,
             target: Annotated[int | None, Form()] = None) -> Response:
        if move not in ("undo", "redo", "reset", "jump", "cancel"):
            raise _NotFound()
        session = owner(token, web)
        if move == "cancel":
            session = web.store.cancel_prompt(session.id or 0)
            return after_write(request, web, session)
        outcome = web.store.move(session.id or 0, move, target)
        return after_write(request, web, outcome.session)

    # -- the app's browser window -----------------------------------------------------------------

    @app.get("/w/{token}/app/{port}/{path:path}")
    def watch_app(token: str, port: int, path: str, request: Request, web: WebDep) -> Response:
        session = viewer(token, web)
        url = "/" + path + (("?" + request.url.query) if request.url.query else "")
        return _app_response(web.store.current_world(session), port, "GET", url, f"/w/{token}/app/{port}", web,
                             lang_of(request, web))

    @app.post("/w/{token}/app/{port}/{path:path}")
    def watch_app_write(token: str, port: int, path: str, web: WebDep) -> Response:
        """A watcher's post to the app's form: refused like every write with a watch link (README)."""
        return watch_write(token, "app", web)

    @app.api_route("/s/{token}/app/{port}/{path:path}", methods=["GET", "POST"])
    async def app_proxy(token: str, port: int, path: str, request: Request, web: WebDep) -> Response:
        session = owner(token, web)
        lang = lang_of(request, web)
        url = "/" + path + (("?" + request.url.query) if request.url.query else "")
        prefix = f"/s/{token}/app/{port}"
        if request.method == "POST":
            form = await request.form()
            pairs = [(k, str(v)[:MAX_FIELD]) for k, v in form.multi_items()]
            line = "curl -s -X POST " + " ".join(
                f"--data-urlencode {shlex.quote(f'{k}={v}')}" for k, v in pairs) + f" localhost:{port}{url}"
            outcome = await web.call(web.store.run_command, session.id or 0, line)
            await web.call(record_progress, web, outcome.session)  # saving may reach a goal
            web.hub.publish(session.id or 0, outcome.session.version, outcome.session)
            world = web.store.current_world(outcome.session)
            res = outcome.result
            if res is not None and res.exit_code == 130:
                return _browser_page(web, lang, "hang", port)
            loc = next((t for _, t in (res.lines if res else []) if t.startswith("Found. Redirecting to ")), None)
            if loc is not None:
                return RedirectResponse(prefix + loc[len("Found. Redirecting to "):], status_code=302)
            return _app_response(world, port, "GET", url, prefix, web, lang)
        world = web.store.current_world(session)
        return _app_response(world, port, "GET", url, prefix, web, lang)

    @app.exception_handler(_NotFound)
    async def not_found(request: Request, exc: Exception) -> HTMLResponse:
        lang = lang_of(request, web)
        return HTMLResponse(web.render("404.html", lang), status_code=404)

    @app.exception_handler(_Full)
    async def full(request: Request, exc: Exception) -> Response:
        return refusal(request, 503, translations(lang_of(request, web)).gettext(
            "layerlab is full right now: please try again in a few minutes."))

    @app.exception_handler(OperationalError)
    async def database_down(request: Request, exc: Exception) -> Response:
        """The database did not answer: say so; the next request tries again (nothing was half-written)."""
        return refusal(request, 503, translations(lang_of(request, web)).gettext(
            "The database is not answering right now, so nothing was saved. Try again in a moment."))

    return app


class _NotFound(Exception):
    pass


class _Full(Exception):
    pass


def make_room(web: Web) -> None:
    """Expire idle sessions (at most once a minute); refuse a new one when the store is still full."""
    now = time.monotonic()
    if now - web.last_expiry > 60 or web.store.count_sessions() >= web.settings.max_sessions:
        web.last_expiry = now
        web.store.expire(web.settings.session_days, keep=web.settings.max_sessions - 1)
    if web.store.count_sessions() >= web.settings.max_sessions:
        raise _Full()


_BUILD = re.compile(r"\s*docker\s+(?:image\s+|buildx\s+)?build\b")


def quick_line(line: str) -> bool:
    """Whether a terminal line is sure to run in a few milliseconds: one short command that is not a
    build. A line can chain hundreds of commands (`a; b; ...`), and a build runs every step of a
    Dockerfile the learner may have made long: measured, 350 chained builds took 155 ms and a
    600-step build 750 ms. Those run on a worker thread (see Web.call)."""
    return len(line) <= 512 and not any(c in line for c in ";&|\n`") and "$(" not in line \
        and _BUILD.match(line) is None


def prediction_for(session: SessionRecord, line: str) -> int | None:
    """The index of a question to ask before line runs in this lesson, if one is still open."""
    if session.kind == "sandbox":
        return None
    lesson = find_lesson(session.kind)
    if lesson is None:
        return None
    answered = json.loads(session.lesson_state or "{}").get("answered", {})
    for i, p in enumerate(lesson.predict):
        if str(i) not in answered and re.search(p.when, line):
            return i
    return None


def record_progress(web: Web, session: SessionRecord) -> None:
    if session.kind == "sandbox" or not session.learner:
        return
    lesson = find_lesson(session.kind)
    if lesson is None:
        return
    from app.lessons.checker import evaluate

    events = web.store.events(session.id, session.version)
    world = web.store.world_at(session, session.cursor, events)
    history = [e.line for e in web.store.chain(events, session.cursor) if e.kind == "cmd"]
    reached = [gid for gid, ok in evaluate(lesson, world, history).items() if ok]
    web.store.record_progress(session.learner, lesson.id, reached, len(lesson.goals))


_ABS = re.compile(r'((?:href|src|action)=")/(?!/)')


def _app_response(world: Any, port: int, method: str, url: str, prefix: str, web: Web, lang: str) -> Response:
    outcome, res = hosttools.request(world, port, method, url, "")
    if outcome == "refused":
        return _browser_page(web, lang, "refused", port)
    if outcome == "reset":
        return _browser_page(web, lang, "reset", port)
    if outcome == "hang" or res is None:
        return _browser_page(web, lang, "hang", port)
    return _proxied(res, prefix)


def _proxied(res: AppResponse, prefix: str) -> Response:
    headers = {k: v for k, v in res.headers if k.lower() in ("content-type", "location", "etag", "last-modified")}
    if "Location" in headers:
        headers["Location"] = prefix + headers["Location"]
    body = res.body
    if headers.get("Content-Type", "").startswith("text/html"):
        body = _ABS.sub(lambda m: m.group(1) + prefix + "/", body)
    headers["Content-Security-Policy"] = "default-src 'self'; script-src 'none'; frame-ancestors 'self'"
    return Response(body, status_code=res.status, headers=headers)


def _browser_page(web: Web, lang: str, kind: str, port: int) -> HTMLResponse:
    return HTMLResponse(web.render("browser_error.html", lang, kind=kind, port=port), status_code=200,
                        headers={"Content-Security-Policy": "default-src 'self'; script-src 'none'"})


def _notice(request: Request, web: Web, session: SessionRecord, text: str) -> Response:
    lang = lang_of(request, web)
    html = web.render("_notice.html", lang, text=text)
    return HTMLResponse(html, status_code=200)


def json_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def quote_url(text: str) -> str:
    return quote(text, safe="")
