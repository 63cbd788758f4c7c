"""The live stream: Server-Sent Events carrying each new version's changed regions to a page.

A stream is served as a bare ASGI exchange, beside the framework rather than through it. A watcher
may stay connected for an hour and a classroom has hundreds, so what one costs while it waits is
what counts: here it is one coroutine, a task that notices the browser leaving, and a small
mailbox (`live.Watch`) with one future while it waits. Going through the middleware and a generic
SSE response kept about 400 objects alive per stream (a coroutine per layer, task groups, cancel
scopes, a ping task). A queue with a task per wait was next: 23.5 KiB per idle watcher, against
15.2 KiB now. Every full garbage collection walks all of them, so it grows slower as watchers join.
Frames are what `Web.fragments` gives, rendered once per version however many watch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.exc import OperationalError
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.types import Message, Receive, Scope, Send

from .deps import lang_of
from .guards import PAGE_POLICY
from .live import frame
from .web import Late

if TYPE_CHECKING:
    from app.store.models import SessionRecord

    from .web import Web

PING_SECONDS = 15.0  # a comment line this often keeps proxies from closing a quiet stream
STREAM_PATH = re.compile(r"/(s|w)/([^/]+)/events")  # any token: a wrong one is a 404, whatever its length
HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"x-accel-buffering", b"no"),  # nginx: pass each frame on at once
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
log = logging.getLogger("layerlab.stream")
T = TypeVar("T")


def resume_point(last_event_id: str | None, since: str | None, version: int) -> int | None:
    """The version a new stream's reader already shows: the last event it got before a drop, else the
    version its page was drawn at. None (send everything) when neither is known or makes sense."""
    for given in (last_event_id, since):
        # ASCII digits only, and no longer than a version can be: str.isdigit() takes "²", and
        # int() refuses more than 4,300 digits (either made the stream end empty, with a traceback)
        if given is not None and 0 < len(given) <= 19 and given.isascii() and given.isdigit() and int(given) <= version:
            return int(given)
    return None


def encoded(web: Web, current: SessionRecord, lang: str, role: str, sent: int | None) -> bytes | None:
    """The frame taking a reader from version `sent` to `current`, when it needs no rendering. Readers
    in the same place (a classroom watching one session) share the encoded bytes."""
    key = (*web.renderer.render_key(current, lang, role), sent)
    found: bytes | None = web.renderer.frames.get(key)
    if found is None:
        html = web.renderer.cached_fragments(current, lang, role, sent)
        if html is None:
            return None
        found = keep(web, key, frame(html, current.version))
    return found


def keep(web: Web, key: tuple[Any, ...], body: bytes) -> bytes:
    """Remember an encoded frame (`web.frames` is bounded in entries and bytes)."""
    return web.renderer.frames.put(key, body)


PING = b": ping\n\n"


async def _gone(receive: Receive) -> None:
    """Returns when the browser has closed the connection."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def shared(web: Web, key: tuple[Any, ...], work: Callable[[], T], at_hand: bool = False) -> T:
    """work() (through `web.call`), once for all of this process's streams that ask for `key` at the
    same time: a classroom watching one session reads and renders each version once, not once per
    watcher. A stream that leaves does not cancel the work the others wait for."""
    running: asyncio.Future[T] | None = web.pending.get(key)
    if running is None:
        running = web.pending[key] = asyncio.ensure_future(web.call(work, at_hand=at_hand))
        running.add_done_callback(lambda _: web.pending.pop(key, None))
    return await asyncio.shield(running)


class Reader:
    """What one stream has sent (`sent`, the version its reader shows) and how it sends, with a lock
    so that two tasks never send on it at once: its own, and a command's (`hand_over`)."""

    __slots__ = ("lang", "lock", "out", "role", "sent")

    def __init__(self, lang: str, role: str, out: Callable[[bytes], Awaitable[None]]) -> None:
        self.lang, self.role, self.out = lang, role, out
        self.sent: int | None = None
        self.lock = asyncio.Lock()


HAND_OVER = 8  # streams a command's own task sends its frame to (see hand_over)


async def hand_over(web: Web, session: SessionRecord, drawn: tuple[str, int | None, str] | None = None) -> None:
    """Announce a version this process just wrote, after the command's answer went out: every stream
    of the session hears of it, and up to HAND_OVER of them whose frame is at hand already (the
    answer's own render, for a reader at the version before) are sent it now, in this task.

    Woken instead, a stream sends at the event loop's next turn, behind everything else ready by
    then (other commands, a room's wake-ups): under 200 learners' load that wait took an update's p99
    from 15 to 25 ms (the answers' against the frames', `benchmarks/run.py --trace`). The others, and
    these too, still hear of it as before, so a reader whose connection stalls holds up only this
    task, never the rest; a woken stream finds its reader has the version and sends nothing.

    `drawn` is the answer's own render (language, the version it goes from, the html): the frame of
    a reader at that version in that language, encoded without drawing it again. With it, only such
    readers are looked at (a few attribute reads each), however many watch: the owner's other tabs
    among a room of 500 watch-link viewers get their frame now too. Without it, the first HAND_OVER
    streams whose frame is cached."""
    version = session.version
    watches = web.hub.announce(session.id or 0, version, session)
    if drawn is None:
        wanted = None
        watches = watches[:HAND_OVER]
    else:
        lang, since, html = drawn
        keep(web, (*web.renderer.render_key(session, lang, "owner"), since), frame(html, version))
        wanted = (lang, "owner", since)
    handed = 0
    for watch in watches:
        reader: Reader | None = watch.reader
        if (reader is None or reader.lock.locked() or reader.sent is None or version <= reader.sent
                or (wanted is not None and (reader.lang, reader.role, reader.sent) != wanted)):
            continue
        body = encoded(web, session, reader.lang, reader.role, reader.sent)
        if body is None:  # not rendered for this reader (its language, its version): its own task will
            continue
        async with reader.lock:
            await reader.out(body)  # (waits only when the reader's connection is not taking more)
            reader.sent = version
        handed += 1
        if handed == HAND_OVER:
            break


async def serve(web: Web, session: SessionRecord, lang: str, role: str, last_event_id: str | None, since: str | None,
                receive: Receive, send: Send, ping: float = PING_SECONDS) -> None:
    """Stream a session's versions to one reader until it leaves or the server stops.

    `web` gives the hub, the store and the rendering (`fragments`, `cached_fragments`)."""
    sid = session.id
    watch = web.hub.subscribe(sid)
    gone = asyncio.ensure_future(_gone(receive))
    gone.add_done_callback(lambda _: watch.poke())

    async def out(body: bytes) -> None:
        message: Message = {"type": "http.response.body", "body": body, "more_body": True}
        await send(message)

    reader = Reader(lang, role, out)
    try:
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        current = await web.call(web.store.get, sid)  # what may have changed since the lookup
        sent = resume_point(last_event_id, since, current.version)
        if sent != current.version:
            await out(frame(await web.call(web.renderer.fragments, current, lang, role, sent, at_hand=True),
                            current.version))
        else:
            await warm(web, current, lang, role)
        reader.sent = current.version
        watch.reader = reader
        while True:
            update = await watch.next(ping)
            if gone.done():
                return
            async with reader.lock:
                if update is None:
                    await out(PING)
                    continue
                version, row = update
                if version < 0:  # the server is stopping: the page reconnects to the next one
                    return
                if version <= reader.sent:  # (handed over already: see hand_over)
                    continue
                await send_update(web, sid, reader, version, row)
    except Exception:  # the database went away, say: end this stream; the page reconnects
        log.exception("live stream for session %s ended", sid)
    finally:
        watch.reader = None
        web.hub.unsubscribe(sid, watch)
        gone.cancel()
        with contextlib.suppress(Exception):
            await send({"type": "http.response.body", "body": b"", "more_body": False})


async def send_update(web: Web, sid: int, reader: Reader, version: int, row: SessionRecord | None) -> None:
    """Send the reader what takes it from `reader.sent` to `version` (or newer), holding its lock."""
    sent, lang, role = reader.sent, reader.lang, reader.role
    # The change another process rendered and sent along: neither read nor rendered here.
    body = sent_along(web, sid, version, lang, role, sent) if row is None else None
    if body is None:
        # A row this process wrote comes with the news: no database read per watcher.
        current = row if row is not None else await shared(web, ("row", sid, version),
                                                            lambda: web.store.get_with_log(sid))
        if sent is not None and current.version <= sent:
            return
        version = current.version
        body = encoded(web, current, lang, role, sent)
        if body is None:  # the first watcher of this version has it rendered
            body = await rendered(web, current, lang, role, sent)
    await reader.out(body)
    reader.sent = version


def sent_along(web: Web, sid: int, version: int, lang: str, role: str, sent: int | None) -> bytes | None:
    """The frame from `sent` to `version` when the process that wrote the version rendered that very
    change (for the owner's page, in this language: see store.notify) and sent it along."""
    if role != "owner" or sent is None:
        return None
    return web.hub.frames.get((sid, version, lang, sent))


async def warm(web: Web, current: SessionRecord, lang: str, role: str) -> None:
    """Have the regions of the version a reader shows at hand. Its page may have been drawn by
    another process, or before a restart; without them the next change could not be told apart
    from what the page shows, and would go out as the whole page."""
    key = web.renderer.render_key(current, lang, role)
    if web.renderer.cache.peek(key) is None:
        await shared(web, ("regions", *key), lambda: web.renderer.regions(current, lang, role), at_hand=True)


async def rendered(web: Web, current: SessionRecord, lang: str, role: str, sent: int | None) -> bytes:
    """The frame from `sent` to `current`, rendered once for every stream that needs it now."""
    key = (*web.renderer.render_key(current, lang, role), sent)

    def make() -> bytes:
        return frame(web.renderer.fragments(current, lang, role, sent), current.version)

    return keep(web, key, await shared(web, ("frame", *key), make, at_hand=True))


async def live(web: Web, scope: Scope, receive: Receive, send: Send, kind: str, token: str) -> None:
    """GET /s/<token>/events (the owner's page) and /w/<viewer token>/events (a watcher's), each
    holding a seat (`web.seats`) while it is open."""
    request = Request(scope)
    client = request.client.host if request.client else "?"
    refused = web.seats.take(client)
    if refused is not None:
        # As a stream (the page's stream extension only takes over a stream's answer, and tries again
        # after `retry`), which says why and ends at once
        body = f": {SEATS_TAKEN[refused]}\nretry: {RETRY_MS}\n\n"
        await PlainTextResponse(body, status_code=refused, media_type="text/event-stream", headers={
            "Connection": "close", "Retry-After": str(RETRY_MS // 1000), "Cache-Control": "no-store"})(scope, receive, send)
        return
    try:
        await _live(web, request, scope, receive, send, kind, token)
    finally:
        web.seats.give_back(client)


RETRY_MS = 5000  # when a page whose stream was refused tries again
SEATS_TAKEN = {
    429: "Too many live pages are open from your address: close some, and this one will try again.",
    503: "This server holds as many live pages as it can right now: this one will try again.",
}


async def _live(web: Web, request: Request, scope: Scope, receive: Receive, send: Send, kind: str, token: str) -> None:
    find = web.store.by_token if kind == "s" else web.store.by_viewer_token
    try:
        session = await web.call(find, token)
    except (OperationalError, Late):
        await PlainTextResponse("The database is not answering right now.", status_code=503)(scope, receive, send)
        return
    lang = lang_of(request, web)  # type: ignore[arg-type]
    if session is None:
        page = HTMLResponse(web.renderer.render("404.html", lang), status_code=404,
                            headers={"Content-Security-Policy": PAGE_POLICY.format(ancestors="'self'")})
        await page(scope, receive, send)
        return
    await serve(web, session, lang, "owner" if kind == "s" else "viewer", request.headers.get("last-event-id"),
                request.query_params.get("since"), receive, send)
