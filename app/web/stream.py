"""The live stream: Server-Sent Events carrying each new version's changed regions to a page.

A stream is served as a bare ASGI exchange, beside the framework rather than through it. A watcher
may stay connected for an hour and a classroom has hundreds, so what one costs while it waits is
what counts: here it is one coroutine, a task that notices the browser leaving, and a queue. Going
through the middleware and a generic SSE response kept about 400 objects alive per stream (a
coroutine per layer, task groups, cancel scopes, a ping task), which made every full garbage
collection slower as watchers joined. Frames are what `Web.fragments` gives, rendered once per
version however many watch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import Any

from starlette.types import Message, Receive, Send

from .live import newest

PING_SECONDS = 15.0  # a comment line this often keeps proxies from closing a quiet stream
STREAM_PATH = re.compile(r"/(s|w)/([^/]{1,64})/events")
HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"x-accel-buffering", b"no"),  # nginx: pass each frame on at once
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
log = logging.getLogger("layerlab.stream")


def resume_point(last_event_id: str | None, since: str | None, version: int) -> int | None:
    """The version a new stream's reader already shows: the last event it got before a drop, else the
    version its page was drawn at. None (send everything) when neither is known or makes sense."""
    for given in (last_event_id, since):
        if given is not None and given.isdigit() and int(given) <= version:
            return int(given)
    return None


def frame(data: str, event_id: int) -> bytes:
    """One SSE event. Only CR, LF and CRLF end a line in the protocol, so only they split data."""
    lines = data.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\ndata: ")
    return f"id: {event_id}\ndata: {lines}\n\n".encode()


def encoded(web: Any, current: Any, lang: str, role: str, sent: int | None) -> bytes | None:
    """The frame taking a reader from version `sent` to `current`, when it needs no rendering. Readers
    in the same place (a classroom watching one session) share the encoded bytes."""
    key = (current.id, current.version, lang, web.role_key(current, role), sent)
    found: bytes | None = web.frames.get(key)
    if found is None:
        html = web.cached_fragments(current, lang, role, sent)
        if html is None:
            return None
        found = web.frames[key] = frame(html, current.version)
        while len(web.frames) > 256:
            web.frames.pop(next(iter(web.frames)))
    return found


PING = b": ping\n\n"


async def _gone(receive: Receive) -> None:
    """Returns when the browser has closed the connection."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def serve(web: Any, session: Any, lang: str, role: str, last_event_id: str | None, since: str | None,
                receive: Receive, send: Send, ping: float = PING_SECONDS) -> None:
    """Stream a session's versions to one reader until it leaves or the server stops.

    `web` gives the hub, the store and the rendering (`fragments`, `cached_fragments`)."""
    sid = session.id
    queue = web.hub.subscribe(sid)
    gone = asyncio.ensure_future(_gone(receive))
    waiting: asyncio.Future[Any] | None = None

    async def out(body: bytes) -> None:
        message: Message = {"type": "http.response.body", "body": body, "more_body": True}
        await send(message)

    try:
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        current = await asyncio.to_thread(web.store.get, sid)
        sent = resume_point(last_event_id, since, current.version)
        if sent != current.version:
            await out(frame(await asyncio.to_thread(web.fragments, current, lang, role, sent), current.version))
            sent = current.version
        while True:
            if waiting is None:
                waiting = asyncio.ensure_future(newest(queue))
            done, _ = await asyncio.wait((waiting, gone), timeout=ping, return_when=asyncio.FIRST_COMPLETED)
            if gone in done:
                return
            if waiting not in done:
                await out(PING)
                continue
            version, row = waiting.result()
            waiting = None
            if version < 0:  # the server is stopping: the page reconnects to the next one
                return
            # A row this process wrote comes with the news: no database read per watcher.
            current = row if row is not None else await asyncio.to_thread(web.store.get, sid)
            if current.version == sent:
                continue
            body = encoded(web, current, lang, role, sent)
            if body is None:  # the first watcher of this version renders it, on a worker thread
                body = frame(await asyncio.to_thread(web.fragments, current, lang, role, sent), current.version)
            await out(body)
            sent = current.version
    except Exception:  # the database went away, say: end this stream; the page reconnects
        log.exception("live stream for session %s ended", sid)
    finally:
        web.hub.unsubscribe(sid, queue)
        for task in (gone, waiting):
            if task is not None:
                task.cancel()
        with contextlib.suppress(Exception):
            await send({"type": "http.response.body", "body": b"", "more_body": False})
