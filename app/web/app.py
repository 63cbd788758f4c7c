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
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.caches import Bounded, MiB, text_size
from app.engine import hosttools
from app.engine.nodeapp import Response as AppResponse
from app.lessons.model import all_lessons
from app.lessons.model import find as find_lesson
from app.settings import Settings
from app.store.models import SessionRecord
from app.store.sessions import QUICK, QUICK_SECONDS, Busy, LogFull, Store, new_token

from . import stream
from .guards import MAX_BODY, RateLimiter, same_origin
from .i18n import LANGS, N_, labels, pick_lang, translations
from .live import Hub, RenderCache
from .page import PageState, build_state

ROOT = Path(__file__).resolve().parents[2]


def shipped(name: str) -> Path:
    """templates/ and static/ sit at the top of a checkout, as the design card lists them; a wheel
    (and so the image) carries them inside the `app` package (pyproject.toml maps them there)."""
    here = Path(__file__).resolve()
    checkout = here.parents[2] / name
    return checkout if checkout.is_dir() else here.parents[1] / name


TEMPLATES = shipped("templates")
STATIC = shipped("static")
REGIONS = ("narration", "controls", "stage", "lesson", "host", "images", "containers", "terminal", "prompt", "browser",
           "table")
RECENT_COOKIE = "layerlab_recent"
LEARNER_COOKIE = "layerlab_learner"
LANG_COOKIE = "layerlab_lang"
EMBED_COOKIE = "layerlab_embed_"  # + the lesson: the embedded session to come back to
MAX_LINE = 8192
MAX_FIELD = 10_000
# What rendering may keep in memory (see README, "Limits and safety")
RENDERS_KEPT, RENDER_BYTES = 4096, 128 * MiB  # whole versions' regions
REGIONS_KEPT, REGION_BYTES = 4096, 32 * MiB  # single regions whose inputs did not change
TERMINAL_STATE_BYTES = 16 * MiB  # states kept to draw a whole terminal when a view needs it
FRAME_BYTES = 32 * MiB  # encoded SSE frames
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
        self.store = store or Store(settings.database_url, settings.snapshot_every, timeout=settings.db_timeout)
        self.store.max_events = settings.max_events  # every route that writes to a log obeys it
        self.envs = {lang: make_env(lang) for lang in LANGS}
        self.hub = Hub()
        # A few versions of every active session: the last one is what a change is diffed against.
        # Every cache is bounded in bytes too, so one learner's huge outputs cannot fill the memory.
        self.cache = RenderCache(RENDERS_KEPT, RENDER_BYTES)
        self.last_expiry = 0.0
        self._terminal_states: Bounded[tuple[int, int, str, str], PageState] = Bounded(
            64, TERMINAL_STATE_BYTES, lambda state: sum(len(t) + 16 for e in state.terminal for _, t in e.output))
        self._region_memo: Bounded[tuple[int, str, str, str], tuple[object, str]] = Bounded(
            REGIONS_KEPT, REGION_BYTES, text_size)
        # encoded SSE frames, shared by the streams of one process
        self.frames: Bounded[tuple[int, int, str, str, int | None], bytes] = Bounded(256, FRAME_BYTES, len)
        self.pending: dict[tuple[object, ...], asyncio.Future[Any]] = {}  # reads and renders streams share, on the loop
        self.limits: tuple[RateLimiter, RateLimiter] | None = None
        self.background: set[asyncio.Future[Any]] = set()  # tasks nobody awaits, kept until done

    async def call(self, fn: Callable[..., T], *args: Any, quick: bool = True) -> T:
        """Run work that reads or writes the store (and renders what changed) for async code. The
        work must be one atomic write at most (see `Store.run_lines`): it may be run twice.

        On SQLite, quick work runs right here, on the event loop. A command is about a millisecond
        of CPU either way, and one interpreter lock means a worker thread would not run beside the
        loop anyway. The hop to a worker and back costs a quarter of a millisecond of CPU by itself
        on these machines. Worse, with several workers the one holding SQLite's write lock kept
        losing the interpreter to the others, so at 200 commands a second writes queued behind it
        for 20-50 ms. (A commit here seldom waits on the disk: in WAL mode with synchronous=NORMAL it
        does not sync.)

        Nothing may wait on the loop, though: every other page would wait too. So the work runs there
        in the store's quick mode (`store.QUICK`): a lock held by a worker, a database another process
        is writing, or an engine run longer than `QUICK_SECONDS` stop it with Busy before anything is
        written, and it runs again on a worker thread, where waiting is allowed (up to the store's
        timeout). Work that may take long anyway (`quick=False`: see `quick_line`) goes straight to a
        worker, where the interpreter still switches back to the loop every few milliseconds. On
        PostgreSQL every statement is a network round trip, so all work goes to a worker thread."""
        if quick and not self.store.postgres:
            mark = QUICK.set(time.monotonic() + QUICK_SECONDS)
            try:
                return fn(*args)
            except (Busy, OperationalError):
                pass  # nothing was written: run it where waiting is allowed
            finally:
                QUICK.reset(mark)
        return await self.in_thread(fn, *args)

    async def in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """fn on a worker thread, given up (Late) when it has not finished within the request deadline:
        a database that is frozen rather than down never answers, and the learner must hear so."""
        task = asyncio.ensure_future(run_in_threadpool(fn, *args))
        done, _ = await asyncio.wait((task,), timeout=self.settings.request_seconds)
        if not done:
            task.add_done_callback(_consume)
            raise Late()
        return task.result()

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
                    self._region_memo.put(memo_key, (inputs, out[name]))
            out["@entries"] = "1" if state.terminal else ""
            if tail:
                # The newest command only appends to the terminal: its entry alone is usually sent, and
                # the whole terminal (the biggest region) is rendered only for a view that needs it.
                out["@tail"] = env.get_template("_entry.html").render(e=state.terminal[-1], tail=True)
                out["@tail_parent"] = str(state.tail_parent)
                self._terminal_states.put(key, state)
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
        except (OperationalError, Late):
            await PlainTextResponse("The database is not answering right now.", status_code=503)(scope, receive, send)
            return
        if session is None:
            page = HTMLResponse(web.render("404.html", lang_of(request, web)), status_code=404,
                                headers={"Content-Security-Policy": PAGE_POLICY.format(ancestors="'self'")})
            await page(scope, receive, send)
            return
        await stream.serve(web, session, lang_of(request, web), "owner" if kind == "s" else "viewer",
                           request.headers.get("last-event-id"), request.query_params.get("since"), receive, send)

    app.live = live
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    embedders = " ".join(["'self'", *settings.frame_ancestors])
    per_session = RateLimiter(settings.rate_session, 30)
    per_client = RateLimiter(settings.rate_client, 20)
    # Short watch links are typed off a projector, so they are short (see `short_code`): guessing is
    # made hopeless by letting wrong codes come only slowly. Each client may get 20 wrong, then one
    # every 6 seconds; all clients together one every 0.1 s. Right codes cost nothing, so a room
    # behind one address is never slowed down. (Arithmetic in the README.)
    wrong_codes = (RateLimiter(1 / 6, 20), RateLimiter(10, 100))
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
        app_window = APP_WINDOW.match(path) is not None
        # an embedded page (and the app window inside it) may be framed by the configured sites
        ancestors = embedders if path.startswith(("/e/", "/embed/")) or app_window else "'self'"
        policy = (APP_POLICY if app_window else PAGE_POLICY).format(ancestors=ancestors)
        answered = False  # a response has started (or the deadline answered for the route)
        late = False  # the deadline answered: what the route sends is dropped

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                h.setdefault("X-Content-Type-Options", "nosniff")
                h.setdefault("Referrer-Policy", "same-origin")
                # The app window shows what a learner's container serves: whatever a route set, it
                # runs sandboxed, in an origin of its own and with no script, even opened top-level.
                h["Content-Security-Policy"] = policy
                h.setdefault("Vary", "HX-Request")
            await send(message)

        async def send_with_headers(message: Message) -> None:
            nonlocal answered
            if late:
                return  # the deadline answered this request already
            answered = True
            await with_headers(message)

        refused = guard(request)
        if refused is None and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            body = await read_body(receive)
            if body is None:
                refused = refusal(request, 413, translations(lang_of(request, web)).gettext(
                    "That is too much to send at once (at most 256 kB)."))
            else:
                receive = replay_body(body, receive)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
            return

        def overdue() -> None:
            nonlocal late
            if not answered:
                late = True
                task = asyncio.ensure_future(too_late(request, with_headers))
                web.background.add(task)
                task.add_done_callback(web.background.discard)

        timer = asyncio.get_running_loop().call_later(web.settings.request_seconds, overdue)
        try:
            await inner(scope, receive, send_with_headers)
        finally:
            timer.cancel()

    async def too_late(request: Request, send: Send) -> None:
        """The route is still waiting (a frozen database, say): answer for it; what it sends later is dropped."""
        response = refusal(request, 503, translations(lang_of(request, web)).gettext(LATE_TEXT))

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(request.scope, nothing, send)

    def guard(request: Request) -> Response | None:
        """Size, origin and rate checks, before any route runs."""
        def t(text: str) -> str:  # only a refusal needs the learner's language
            return translations(lang_of(request, web)).gettext(text)

        path: str = request.scope["path"]
        creates = (path.startswith(("/embed/", "/copy/")) or path in ("/sessions", "/demo")
                   or path.startswith("/lessons/") or (path.startswith("/w/") and path.endswith("/fork/copy")))
        client = request.client.host if request.client else "?"
        if creates and request.method == "POST":
            if not per_client.allow(client):
                return refusal(request, 429, t("Too many new sessions from your address: wait a minute, then try again."))
        if path.startswith("/v/") and not (wrong_codes[0].ready(client) and wrong_codes[1].ready("")):
            return refusal(request, 429, t("Too many wrong watch links: wait a minute, then try again."))
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return refusal(request, 413, t("That is too much to send at once (at most 256 kB)."))
        # The app window's pages run sandboxed in an origin of their own, so the feedback form they
        # post says Origin: null; the session token in the path is what protects that route.
        if APP_WINDOW.match(path) is None and not same_origin(
                request.headers.get("origin"), request.headers.get("sec-fetch-site"), request.headers.get("host")):
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
              replay: list[tuple[str, str | None, str]] | None = None,
              lesson_state: dict[str, Any] | None = None, path: str = "/s/{token}") -> RedirectResponse:
        """A new session (its setup and replayed lines written with it, or nothing at all), and the
        browser sent to it."""
        make_room(web)
        learner = request.cookies.get(LEARNER_COOKIE) or new_token()
        session = web.store.create_session(kind, learner=learner, setup=setup, seed=seed, lines=replay or (),
                                           lesson_state=lesson_state)
        response = RedirectResponse(path.format(token=session.token), status_code=303)
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
        text = script if script.strip() else "\n".join(found.solution) if found else ""
        lines = [ln.rstrip() for ln in text[:20_000].splitlines() if ln.strip()][:500]
        return start(request, web, found.id if found else "sandbox", found.start if found else (),
                     lesson_state={"script": {"lines": lines, "pos": 0}}, path="/s/{token}?present=1")

    @app.get("/embed/{what}", response_class=Response)
    def embed(what: str, request: Request, web: WebDep) -> Response:
        """The start of an embed. A GET changes nothing (a link previewer, or a page that may not frame
        layerlab, starts no session): it goes back to this browser's session of the lesson (kept in a
        cookie partitioned by the embedding site), or shows a page that posts for a new one
        (layerlab.js submits it at once; without script it is a button)."""
        lesson = _embeddable(what)
        lang = lang_of(request, web)
        kept = request.cookies.get(EMBED_COOKIE + what)
        if kept and request.query_params.get("fresh") != "1" and web.store.by_token(kept) is not None:
            return RedirectResponse(f"/e/{kept}?lang={lang}", status_code=303)
        return HTMLResponse(web.render("embed_start.html", lang, what=what, lesson=lesson))

    @app.post("/embed/{what}")
    def embed_session(what: str, request: Request, web: WebDep) -> RedirectResponse:
        """A fresh session for an iframe; its token is in the URL, so no cookie is needed to use it.
        A partitioned cookie (CHIPS: kept per embedding site, allowed where third-party cookies are
        not) lets a reload of the course page come back to it."""
        lesson = _embeddable(what)
        make_room(web)
        session = web.store.create_session(lesson.id if lesson else "sandbox", setup=lesson.start if lesson else (),
                                           lesson_state={"embedded": True})
        lang = lang_of(request, web)
        response = RedirectResponse(f"/e/{session.token}?lang={lang}", status_code=303)
        # written by hand: Starlette writes Partitioned only on Python 3.14 and later
        response.headers.append("set-cookie", f"{EMBED_COOKIE}{what}={session.token}; Max-Age={30 * 86400}; "
                                f"Path=/embed/{what}; HttpOnly; Secure; SameSite=None; Partitioned")
        return response

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
    def short_watch(code: str, request: Request, web: WebDep) -> RedirectResponse:
        """The short watch link shown to a room: it leads to the read-only watch page."""
        session = web.store.by_short(code)
        if session is None:
            wrong_codes[0].allow(request.client.host if request.client else "?")
            wrong_codes[1].allow("")
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

    def copy_lines(token: str, version: int, web: Web) -> tuple[SessionRecord, list[tuple[str, str | None, str]]]:
        session = viewer(token, web)
        events = web.store.events(session.id, session.version)
        target = next((e for e in events if e.version == version and e.kind in ("cmd", "setup")), None)
        if target is None and version != 0:
            raise _NotFound()
        chain = web.store.chain(events, version) if version else []
        return session, [(e.line, e.answer, e.kind) for e in chain]

    @app.get("/copy/{token}/{version}", response_class=HTMLResponse)
    def copy_page(token: str, version: int, request: Request, web: WebDep) -> HTMLResponse:
        """A share permalink. A GET only asks (link previewers and prefetchers open links too)."""
        session, lines = copy_lines(token, version, web)
        commands = sum(1 for _, _, kind in lines if kind == "cmd")
        lang = lang_of(request, web)
        return page_response(request, web.render("copy.html", lang, action=f"/copy/{token}/{version}",
                                                 commands=commands), lang)

    @app.post("/copy/{token}/{version}")
    def copy_link(token: str, version: int, request: Request, web: WebDep) -> RedirectResponse:
        """Opens a new copy of the session as it was at that version."""
        session, lines = copy_lines(token, version, web)
        return start(request, web, session.kind, seed=session.seed, replay=lines)

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
        return after_write(request, web, web.store.change_lesson_state(
            session.id or 0, lambda state: state.update(script={"lines": lines, "pos": 0})))

    @app.post("/s/{token}/step")
    def step(token: str, request: Request, web: WebDep) -> Response:
        """Run the script's next command line for real; the comments before it become the caption.
        The command and the script's new position are written together."""
        session = owner(token, web)
        script = json.loads(session.lesson_state or "{}").get("script")
        if not script:
            return after_write(request, web, session)
        lines, pos = script["lines"], int(script["pos"])
        caption = []
        while pos < len(lines) and lines[pos].lstrip().startswith("#"):
            caption.append(lines[pos].lstrip("# ").strip())
            pos += 1
        done = pos >= len(lines)
        text = " ".join(caption) or (script.get("caption", "") if done else "")

        def advance(state: dict[str, Any]) -> None:
            state.setdefault("script", script).update(pos=pos + (0 if done else 1), caption=text)

        if done:
            return after_write(request, web, web.store.change_lesson_state(session.id or 0, advance))
        before = session.version
        # a scripted prune says yes, as a presenter would
        outcome = web.store.run_lines(session.id or 0, [(lines[pos], None, "cmd")], auto_answer="y", change=advance)
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
        lang = lang_of(request, web)
        turn = await web.call(take_turn, token, lang, line, answer if isinstance(answer, str) else None,
                              quick=quick_line(line))
        if isinstance(turn, Response):
            return turn
        return await web.call(after_write, request, web, *turn)

    def take_turn(token: str, lang: str, line: str,
                  answer: str | None) -> Response | tuple[SessionRecord, str, int | None]:
        """A terminal line's one write (a command, an answer, or a question to ask first): the session
        after it, anything to add to the answer, and the version the page shows (None: unknown, so
        send every region)."""
        session = owner(token, web)
        line = line.strip("\r\n")
        gettext = translations(lang).gettext
        if len(line) > MAX_LINE:
            return _notice(web, lang, gettext("That command is {n} characters long; the terminal takes at most {max}.")
                           .format(n=len(line), max=MAX_LINE))
        before = session.version
        if json.loads(session.lesson_state or "{}").get("asking") is not None:
            return session, "", None  # answer the question first
        if session.pending_line is not None and answer is not None:
            return web.store.run_command(session.id or 0, session.pending_line, answer[:100]).session, "", None
        if not line.strip():
            return session, "", None
        if line.strip() == "help":
            return HTMLResponse(web.render("_help.html", lang))
        if session.version >= settings.max_events:
            raise LogFull(session.version)
        question = prediction_for(session, line)
        if question is not None:
            def ask(state: dict[str, Any]) -> None:
                state["asking"] = {"index": question, "line": line}

            return web.store.change_lesson_state(session.id or 0, ask), "", before
        return web.store.run_command(session.id or 0, line).session, "", before

    @app.post("/s/{token}/predict")
    def predict(token: str, request: Request, web: WebDep, choice: Annotated[int, Form()]) -> Response:
        """The learner's prediction: record it and run the command it was asked before, in one write."""
        session = owner(token, web)
        asking = json.loads(session.lesson_state or "{}").get("asking")
        if asking is None:
            return after_write(request, web, session)

        def answered(state: dict[str, Any]) -> None:
            state.pop("asking", None)
            state.setdefault("answered", {})[str(asking["index"])] = choice

        before = session.version
        outcome = web.store.run_lines(session.id or 0, [(asking["line"], None, "cmd")], change=answered)
        return after_write(request, web, outcome.session, since=before)

    @app.post("/s/{token}/hint")
    def hint(token: str, request: Request, web: WebDep) -> Response:
        session = owner(token, web)

        def one_more(state: dict[str, Any]) -> None:
            state["hints"] = int(state.get("hints", 0)) + 1

        return after_write(request, web, web.store.change_lesson_state(session.id or 0, one_more))

    @app.post("/s/{token}/solution")
    def solution(token: str, request: Request, web: WebDep) -> Response:
        session = owner(token, web)
        return after_write(request, web, web.store.change_lesson_state(
            session.id or 0, lambda state: state.update(solution=True)))

    @app.post("/s/{token}/recreate")
    def recreate(token: str, request: Request, web: WebDep, name: Annotated[str, Form()]) -> Response:
        """Remove a container and run it again as it was: both commands are written, or neither."""
        session = owner(token, web)
        from .viewmodel import recreate_lines
        world = web.store.current_world(session)
        c = world.container_by_name(name)
        if c is None:
            return after_write(request, web, session)
        before = session.version
        outcome = web.store.run_lines(session.id or 0, [(line, None, "cmd") for line in recreate_lines(world, c)])
        return after_write(request, web, outcome.session, since=before)

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

    @app.api_route("/s/{token}/app/{port}/{path:path}", methods=["GET", "POST"])
    async def app_proxy(token: str, port: int, path: str, request: Request, web: WebDep) -> Response:
        session = await web.call(owner, token, web)
        lang = lang_of(request, web)
        prefix = f"/s/{token}/app/{port}"
        # the path as the browser sent it (still percent-encoded), so the recorded curl asks the same
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        url = "/" + raw.split("/", 5)[5] if raw.count("/") >= 5 else "/"
        url += ("?" + request.url.query) if request.url.query else ""
        if request.method == "POST":
            form = await request.form()
            pairs = [(k, str(v)[:MAX_FIELD]) for k, v in form.multi_items()]
            line = "curl -s -X POST " + " ".join(
                f"--data-urlencode {shlex.quote(f'{k}={v}')}" for k, v in pairs) + " " + shlex.quote(
                f"localhost:{port}{url}")
            if len(line) > MAX_LINE:
                return _browser_page(web, lang, "too-long", port)
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
        world = await web.call(web.store.current_world, session)
        return _app_response(world, port, "GET", url, prefix, web, lang)

    @app.exception_handler(_NotFound)
    async def not_found(request: Request, exc: Exception) -> HTMLResponse:
        lang = lang_of(request, web)
        return HTMLResponse(web.render("404.html", lang), status_code=404)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """No such route: the site's own 404 page (a method a route does not take says so in text)."""
        if exc.status_code == 404:
            return await not_found(request, exc)
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(LogFull)
    async def log_full(request: Request, exc: Exception) -> Response:
        lang = lang_of(request, web)
        text = translations(lang).gettext(
            "This session's log is full ({max} entries). Start a new Sandbox, or Fork this one.").format(
                max=settings.max_events)
        if request.headers.get("hx-request"):
            return _notice(web, lang, text)
        return PlainTextResponse(text, status_code=409)

    @app.exception_handler(Late)
    async def late(request: Request, exc: Exception) -> Response:
        return refusal(request, 503, translations(lang_of(request, web)).gettext(LATE_TEXT))

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


class Late(Exception):
    """Work did not finish within the request deadline (LAYERLAB_DB_TIMEOUT, doubled)."""


def _consume(task: asyncio.Future[Any]) -> None:
    """A task given up on: take its outcome, so it is not reported as never retrieved."""
    if not task.cancelled():
        task.exception()


class _Full(Exception):
    pass


def _embeddable(what: str) -> Any:
    """The lesson an embed URL names (None for the Sandbox); an unknown one is a 404."""
    if what == "sandbox":
        return None
    lesson = find_lesson(what)
    if lesson is None:
        raise _NotFound()
    return lesson


def make_room(web: Web) -> None:
    """Expire idle sessions (at most once a minute); refuse a new one when the store is still full."""
    now = time.monotonic()
    if now - web.last_expiry > 60 or web.store.count_sessions() >= web.settings.max_sessions:
        web.last_expiry = now
        web.store.expire(web.settings.session_days, keep=web.settings.max_sessions - 1)
    if web.store.count_sessions() >= web.settings.max_sessions:
        raise _Full()


# The simulated app's window: /s/<token>/app/<port>/... and /w/<token>/app/<port>/...
APP_WINDOW = re.compile(r"/[sw]/[^/]+/app/")
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
               "frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'")
# `sandbox` without allow-scripts or allow-same-origin: no script runs and the document gets an
# opaque origin, never layerlab's, even when a learner's file is opened top-level.
APP_POLICY = ("sandbox allow-forms; default-src 'none'; style-src 'self'; img-src 'self' data:; "
              "form-action 'self'; frame-ancestors {ancestors}; base-uri 'none'")
LATE_TEXT = N_("The database did not answer in time. What you did may not have been saved: "
               "reload the page in a moment to see.")


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
    return Response(body, status_code=res.status, headers=headers)


def _browser_page(web: Web, lang: str, kind: str, port: int) -> HTMLResponse:
    return HTMLResponse(web.render("browser_error.html", lang, kind=kind, port=port), status_code=200)


def _notice(web: Web, lang: str, text: str) -> Response:
    """A message in the terminal's notice line (the command was not run)."""
    return HTMLResponse(web.render("_notice.html", lang, text=text), status_code=200)


def json_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def quote_url(text: str) -> str:
    return quote(text, safe="")
