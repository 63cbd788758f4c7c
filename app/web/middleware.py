"""Before any route: size, origin and rate checks; on every answer: the security headers; and a
deadline after which a route still waiting (on a frozen database, say) is answered 503 for."""

from __future__ import annotations

import asyncio

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .deps import lang_of, refusal
from .guards import APP_POLICY, APP_WINDOW, MAX_BODY, PAGE_POLICY, read_body, replay_body, same_origin
from .i18n import N_, translations
from .web import REQUEST_DEADLINE, Web

LATE_TEXT = N_("The database did not answer in time. What you did may not have been saved: "
               "reload the page in a moment to see.")
TOO_BIG = N_("That is too much to send at once (at most 256 kB).")
# Seconds a request's body may take to arrive (256 kB at most): one sent a byte at a time held its
# connection and its task for good, the request's deadline starting only once the body was read.
BODY_SECONDS = 30.0
SLOW_BODY = N_("What you sent did not arrive in time. Try again.")
LANE_GRACE = 0.2  # seconds before the request's deadline that the slow lane is given up at
# paths that start a session
_CREATES = ("/embed/", "/copy/", "/lessons/")


def head_as_get(scope: Scope, receive: Receive, send: Send) -> tuple[Scope, Receive, Send]:
    """HEAD answered as the GET of the same path would be, without its body. Every server must take
    HEAD wherever it takes GET (RFC 9110, 9.1); the routes take only GET, so a monitor's `HEAD
    /healthz` was answered 405 and the site looked down. The route sees a GET; its body is dropped
    (its headers, Content-Length too, go out as they are); once the head is sent, the route hears
    that the client left, so a streamed answer stops there."""
    sent = asyncio.Event()
    asked = False

    async def receive_head() -> Message:
        nonlocal asked
        if not asked:
            asked = True
            return await receive()
        await sent.wait()
        return {"type": "http.disconnect"}

    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.start":
            await send(message)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            sent.set()
        elif message["type"] != "http.response.body":
            await send(message)

    return {**scope, "method": "GET"}, receive_head, send_head


class Guard:
    """A plain ASGI wrapper: Starlette's BaseHTTPMiddleware costs a task and a stream per request."""

    def __init__(self, app: ASGIApp, web: Web) -> None:
        self.inner = app
        self.web = web
        ancestors = " ".join(["'self'", *web.settings.frame_ancestors])
        self.embedders = ancestors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            scope, receive, send = head_as_get(scope, receive, send)
        web = self.web
        request = Request(scope)
        path: str = scope["path"]
        app_window = APP_WINDOW.match(path) is not None
        # an embedded page (and the app window inside it) may be framed by the configured sites
        ancestors = self.embedders if path.startswith(("/e/", "/embed/")) or app_window else "'self'"
        policy = (APP_POLICY if app_window else PAGE_POLICY).format(ancestors=ancestors)
        answered = late = False

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

        refused = self.check(request)
        if refused is None and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            refused, receive = await self.read(request, receive)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
            return

        def overdue() -> None:
            nonlocal late
            if not answered:
                late = True
                web.keep(asyncio.ensure_future(self.too_late(request, with_headers)))

        loop = asyncio.get_running_loop()
        timer = loop.call_later(web.settings.request_seconds, overdue)
        # work in the slow lane gives up a little before, and its answer says why (web.Overlong)
        mark = REQUEST_DEADLINE.set(loop.time() + web.settings.request_seconds - LANE_GRACE)
        try:
            await self.inner(scope, receive, send_with_headers)
        finally:
            REQUEST_DEADLINE.reset(mark)
            timer.cancel()

    async def read(self, request: Request, receive: Receive) -> tuple[Response | None, Receive]:
        """The body, read whole before any route runs: a refusal past MAX_BODY, or when it is not all
        there within BODY_SECONDS (then the connection is closed), else a receive that replays it."""
        def t(text: str) -> str:
            return translations(lang_of(request, self.web)).gettext(text)

        try:
            async with asyncio.timeout(BODY_SECONDS):
                body = await read_body(receive)
        except TimeoutError:
            slow = refusal(self.web, request, 408, t(SLOW_BODY))
            slow.headers["Connection"] = "close"
            return slow, receive
        if body is None:
            return refusal(self.web, request, 413, t(TOO_BIG)), receive
        return None, replay_body(body, receive)

    async def too_late(self, request: Request, send: Send) -> None:
        """The route is still waiting: answer for it; what it sends later is dropped."""
        response = refusal(self.web, request, 503, translations(lang_of(request, self.web)).gettext(LATE_TEXT))

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(request.scope, nothing, send)

    def check(self, request: Request) -> Response | None:
        """Size, origin and rate checks, before any route runs."""
        web, limits = self.web, self.web.limits

        def t(text: str) -> str:  # only a refusal needs the learner's language
            return translations(lang_of(request, web)).gettext(text)

        path: str = request.scope["path"]
        creates = path.startswith(_CREATES) or path in ("/sessions", "/demo") or (
            path.startswith("/w/") and path.endswith("/fork/copy"))
        client = request.client.host if request.client else "?"
        if creates and request.method == "POST" and not limits.per_client.allow(client):
            return refusal(web, request, 429, t("Too many new sessions from your address: wait a minute, then try again."))
        if path.startswith("/v/") and not limits.may_guess(client):
            return refusal(web, request, 429, t("Too many wrong watch links: wait a minute, then try again."))
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return refusal(web, request, 413, t(TOO_BIG))
        # The app window's pages run sandboxed in an origin of their own, so the feedback form they
        # post says Origin: null; the session token in the path is what protects that route.
        if APP_WINDOW.match(path) is None and not same_origin(
                request.headers.get("origin"), request.headers.get("sec-fetch-site"), request.headers.get("host")):
            return refusal(web, request, 403, t("This request came from another site, so layerlab refused it."))
        if path.startswith("/s/") and not limits.per_session.allow(path.split("/")[2]):
            return refusal(web, request, 429, t("Slow down: this session sent too many commands at once. "
                                                "Wait a second and try again."))
        return None
