"""The FastAPI application, wired: the shared Web, the guard, the routers, the live streams and
what each error is answered with. The routes live in app/web/routes/, the rules of a learner's turn
in app/tutor/, rendering in render.py."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from app.caches import MiB
from app.settings import Settings
from app.store.sessions import REPLAY_STEPS, LogFull, ReplayTooLong, SessionFull, Store

from . import stream
from .deps import Full, NotFound, lang_of, notice, refusal, translated
from .guards import APP_POLICY, PAGE_POLICY
from .i18n import N_
from .middleware import LATE_TEXT, Guard
from .render import STATIC, TEMPLATES
from .routes import actions, appwindow, editor, pages, sharing
from .statics import Static
from .web import Late, Overlong, Web

__all__ = ["APP_POLICY", "PAGE_POLICY", "TEMPLATES", "LayerlabApp", "create_app"]


# The path every command takes: answered by `LayerlabApp.command`, past the framework's routing
COMMAND_PATH = re.compile(r"/s/([^/]+)/run")
LONG_RUNNING = N_("This command takes long. It goes on running, and its answer shows in the terminal when it is done.")
LONG_WAITING = N_("Long commands were running before this one, so it was not run. Try it again in a moment.")
PAGE_SLOW = N_("This session's page takes long to draw: its commands are being run again. Reload it in a moment.")
DB_WARN_SECONDS = 30.0  # the log hears of a failing database at most this often
log = logging.getLogger("layerlab.web")


class LayerlabApp(FastAPI):
    """FastAPI, with the live streams answered before the framework's middleware (see stream.py),
    and a learner's command before its routing (see `commands`)."""

    live: Callable[[Scope, Receive, Send, str, str], Awaitable[None]] | None = None
    command: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            if self.live is not None and scope["method"] == "GET":
                found = stream.STREAM_PATH.fullmatch(scope["path"])
                if found is not None:
                    await self.live(scope, receive, send, found[1], found[2])
                    return
            elif self.command is not None and scope["method"] == "POST" and COMMAND_PATH.fullmatch(scope["path"]):
                scope["app"] = self
                await self.command(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def commands(self, web: Web) -> ASGIApp:
        """POST /s/{token}/run behind the same Guard (checks, security headers, deadline) and answered
        with the same route and error handlers, without the framework's routing, dependency solving and
        middleware in between: at 200 learners those cost a sixth of a command's CPU."""

        async def run(scope: Scope, receive: Receive, send: Send) -> None:
            request = Request(scope, receive)
            found = COMMAND_PATH.fullmatch(scope["path"])
            assert found is not None
            try:
                response = await actions.run(found[1], request, web)
            except Exception as exc:
                handler = next((self.exception_handlers[kind] for kind in type(exc).__mro__
                                if kind in self.exception_handlers), None)
                if handler is None:
                    raise
                response = await handler(request, exc)
            await response(scope, receive, send)

        return Guard(run, web=web)


def lifespan_of(web: Web) -> Callable[[FastAPI], AsyncIterator[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        web.hub.loop = asyncio.get_running_loop()
        # Routes that touch the database or render run on worker threads. With only the GIL to share,
        # more threads than this add switching, not throughput: 40 (the default) cost a third more CPU
        # per command at 200 busy learners, and a long latency tail.
        anyio.to_thread.current_default_thread_limiter().total_tokens = web.settings.threads
        # the garbage collector's young passes as usual, its full ones every few minutes (collector.py)
        web.collector.start(web.hub.loop)
        listener = None
        if web.store.postgres:
            # changes made through other processes reach this process's watchers
            from app.store.notify import Listener, Notifier

            def resync() -> None:
                for sid in web.hub.sessions():
                    web.hub.publish(sid, web.store.get(sid).version)

            # (and the changes other processes rendered for them, sent along by this process's notifier)
            # (what this process's own connections notify is not heard back: see Store.backends)
            listener = Listener(web.store.url, web.hub.publish, resync, web.hub.promise, web.hub.framed, web.hub.watched,
                                own=web.store.backends)
            listener.start(web.hub.loop)
            web.notifier = Notifier(web.store.url, own=web.store.backends)
            web.notifier.start(web.hub.loop)
            from app.store.aio import AsyncStatements

            web.statements = AsyncStatements(web.store.url, web.settings.db_timeout, own=web.store.backends)
        yield
        if web.statements is not None:
            await web.statements.close()
            web.statements = None
        if listener is not None:
            await listener.closed()
        if web.notifier is not None:
            await web.notifier.closed()
            web.notifier = None
        web.collector.stop()

    return lifespan  # type: ignore[return-value]


def disk_full(exc: BaseException) -> bool:
    """Whether the database refused a write for want of disk space: SQLite's SQLITE_FULL ("database
    or disk is full"), PostgreSQL's disk_full (SQLSTATE 53100)."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) == "53100" or "database or disk is full" in str(orig)


def read_only(exc: BaseException) -> bool:
    """Whether the database refused a write because it only reads: SQLite's SQLITE_READONLY ("attempt
    to write a readonly database": its file or folder made read-only, its disk remounted so),
    PostgreSQL's read_only_sql_transaction (SQLSTATE 25006: a standby, a read-only default). It
    answers; "not answering, try again in a moment" was not true of it."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) == "25006" or "readonly database" in str(orig)


def database_refusal(lang: str, exc: Exception, told: list[float]) -> str:
    """What a learner reads when the database failed them: its disk full, read-only, or not
    answering. Whoever runs the server reads why in its log, once every DB_WARN_SECONDS however many
    requests fail meanwhile (`told`: when it last did)."""
    full, reading = disk_full(exc), read_only(exc)
    if time.monotonic() - told[0] >= DB_WARN_SECONDS:
        told[0] = time.monotonic()
        why = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        log.error("the database %s: %s",
                  "has no room to write" if full else "is read-only" if reading else "did not answer",
                  why[0] if why else type(exc).__name__)
    if full:
        return translated(lang, "The server's disk is full, so nothing was saved. What you did before is kept: "
                                "try again later.")
    if reading:
        return translated(lang, "The server's database is read-only right now, so nothing was saved. What you "
                                "did before is kept: try again later.")
    return translated(lang, "The database is not answering right now, so nothing was saved. Try again in a moment.")


def create_app(settings: Settings | None = None, store: Store | None = None) -> LayerlabApp:
    web = Web(settings or Settings(), store)
    app = LayerlabApp(title="layerlab", lifespan=lifespan_of(web), docs_url=None, redoc_url=None)
    app.state.web = web

    async def live(scope: Scope, receive: Receive, send: Send, kind: str, token: str) -> None:
        await stream.live(web, scope, receive, send, kind, token)

    app.live = live
    app.mount("/static", Static(directory=str(STATIC)), name="static")
    app.add_middleware(Guard, web=web)
    app.command = app.commands(web)
    for module in (pages, editor, actions, sharing, appwindow):  # (before actions: its /s/{token}/{move})
        app.include_router(module.router)
    answer_errors(app, web)
    return app


def answer_errors(app: FastAPI, web: Web) -> None:
    """What each error is answered with: a page or a message a learner can read, never a trace."""

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: Exception) -> HTMLResponse:
        return HTMLResponse(web.renderer.render("404.html", lang_of(request, web)), status_code=404)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """No such route: the site's own 404 page (a method a route does not take says so in text)."""
        if exc.status_code == 404:
            return await not_found(request, exc)
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(LogFull)
    async def log_full(request: Request, exc: Exception) -> Response:
        lang = lang_of(request, web)
        if isinstance(exc, SessionFull):  # its text, not its count of entries, is what filled it
            text = translated(lang, "This session keeps all it can ({max} of commands and output, {snapshots} of saved "
                                    "states). Start a new Sandbox, or Fork this one.",
                              max=f"{web.store.max_log_bytes // MiB} MiB", snapshots=f"{web.store.max_snapshot_bytes // MiB} MiB")
        else:
            text = translated(lang, "This session's log is full ({max} entries). Start a new Sandbox, or Fork this one.",
                              max=web.settings.max_events)
        if request.headers.get("hx-request"):
            return notice(web, lang, text)
        return PlainTextResponse(text, status_code=409)

    @app.exception_handler(ReplayTooLong)
    async def replay_too_long(request: Request, exc: Exception) -> Response:
        lang = lang_of(request, web)
        text = translated(lang, "This session's commands do too much work to be run again for a copy ({steps} steps; "
                                "a copy runs at most {max}). Nothing was copied: start a new Sandbox instead.",
                          steps=f"{getattr(exc, 'steps', 0):,}", max=f"{REPLAY_STEPS:,}")
        return refusal(web, request, 409, text)

    @app.exception_handler(Late)
    async def late(request: Request, exc: Exception) -> Response:
        """(A line given up in the slow lane says what became of it, web.Overlong: not the database.)"""
        text = (LONG_RUNNING if exc.running else LONG_WAITING) if isinstance(exc, Overlong) else LATE_TEXT
        if isinstance(exc, Overlong) and request.method in ("GET", "HEAD"):
            text = PAGE_SLOW  # a page whose session's lines are being run again (routes/pages.drawn)
        return refusal(web, request, 503, translated(lang_of(request, web), text))

    @app.exception_handler(Full)
    async def full(request: Request, exc: Exception) -> Response:
        return refusal(web, request, 503, translated(lang_of(request, web),
                                                     "layerlab is full right now: please try again in a few minutes."))

    told = [-DB_WARN_SECONDS]  # when the log last heard of the database failing

    @app.exception_handler(OperationalError)
    async def database_down(request: Request, exc: Exception) -> Response:
        """The database did not answer, or had no room to write: say so; the next request tries
        again (nothing was half-written)."""
        return refusal(web, request, 503, database_refusal(lang_of(request, web), exc, told))
