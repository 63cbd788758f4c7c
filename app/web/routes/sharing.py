"""Sharing: watch links (long and short), forks and copies, the QR code, embeds."""

from __future__ import annotations

import io
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from app.lessons.model import Lesson
from app.lessons.model import find as find_lesson

from ..deps import (
    EMBED_COOKIE,
    LangDep,
    NotFound,
    OwnerDep,
    ViewerDep,
    WebDep,
    lang_of,
    make_room,
    page_response,
    refusal,
    translated,
)
from ..i18n import LANGS, N_
from ..web import Overlong, Web
from .pages import start

router = APIRouter()
LONG_COPY = N_("Copies of sessions are made one at a time, and this one was not made in time. Try again in a moment.")


async def copied(request: Request, web: Web, make: Callable[[], Response]) -> Response:
    """A copy or a fork: its lines run again, up to REPLAY_STEPS of engine work (seconds), so it is
    made in the slow lane, the clients asking taking turns. On the shared workers, six forks of one
    session, clicked at once, answered every other learner's page 503 for 20 seconds."""
    try:
        return await web.in_lane(request.client.host if request.client else "?", make)
    except Overlong:
        return refusal(web, request, 503, translated(lang_of(request, web), LONG_COPY))


@router.get("/v/{code}")
def short_watch(code: str, request: Request, web: WebDep) -> RedirectResponse:
    """The short watch link shown to a room: it leads to the read-only watch page."""
    session = web.store.by_short(code)
    if session is None:
        web.limits.guessed_wrong(request.client.host if request.client else "?")
        raise NotFound()
    lang = request.query_params.get("lang")  # a room told `?lang=ko` keeps its language on the watch page
    return RedirectResponse(f"/w/{session.viewer_token}" + (f"?lang={lang}" if lang in LANGS else ""), status_code=303)


@router.post("/w/{token}/fork/copy")
async def fork(session: ViewerDep, request: Request, web: WebDep) -> Response:
    """A new session of the viewer's own, with the commands that made the current state."""
    return await copied(request, web, lambda: start(request, web, session.kind, seed=session.seed,
                                                      replay=web.tutor.fork_lines(session)))


@router.post("/w/{token}/{action}")
def watch_write(session: ViewerDep, action: str) -> Response:
    """Watchers cannot change a session; only fork adds a session of their own."""
    return PlainTextResponse("This is a read-only watch link: it cannot change the session.", status_code=403)


@router.get("/copy/{token}/{version}", response_class=HTMLResponse)
def copy_page(session: ViewerDep, token: str, version: int, request: Request, web: WebDep,
              lang: LangDep) -> HTMLResponse:
    """A share permalink. A GET only asks (link previewers and prefetchers open links too)."""
    lines = web.tutor.copy_lines(session, version)
    if lines is None:
        raise NotFound()
    commands = sum(1 for _, _, kind in lines if kind == "cmd")
    html = web.renderer.render("copy.html", lang, action=f"/copy/{token}/{version}", commands=commands)
    return page_response(web, request, html, lang)


@router.post("/copy/{token}/{version}")
async def copy_link(session: ViewerDep, version: int, request: Request, web: WebDep) -> Response:
    """Opens a new copy of the session as it was at that version."""

    def make() -> Response:
        lines = web.tutor.copy_lines(session, version)
        if lines is None:
            raise NotFound()
        return start(request, web, session.kind, seed=session.seed, replay=lines)

    return await copied(request, web, make)


@router.get("/s/{token}/watch-qr.svg")
def watch_qr(session: OwnerDep, request: Request) -> Response:
    """The watch link as a QR code, for a room to scan from the projector."""
    import segno

    url = str(request.base_url).rstrip("/") + f"/w/{session.viewer_token}"
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=6, border=2, xmldecl=False, svgns=True,
                                    title="QR code: " + url)
    return Response(buf.getvalue(), media_type="image/svg+xml")


def embeddable(what: str) -> Lesson | None:
    """The lesson an embed URL names (None for the Sandbox); an unknown one is a 404."""
    if what == "sandbox":
        return None
    lesson = find_lesson(what)
    if lesson is None:
        raise NotFound()
    return lesson


@router.get("/embed/{what}", response_class=Response)
def embed(what: str, request: Request, web: WebDep, lang: LangDep) -> Response:
    """The start of an embed. A GET changes nothing (a link previewer, or a page that may not frame
    layerlab, starts no session): it goes back to this browser's session of the lesson (kept in a
    cookie partitioned by the embedding site), or shows a page that posts for a new one
    (layerlab.js submits it at once; without script it is a button)."""
    lesson = embeddable(what)
    kept = request.cookies.get(EMBED_COOKIE + what)
    if kept and request.query_params.get("fresh") != "1" and web.store.by_token(kept) is not None:
        return RedirectResponse(f"/e/{kept}?lang={lang}", status_code=303)
    return HTMLResponse(web.renderer.render("embed_start.html", lang, what=what, lesson=lesson))


@router.post("/embed/{what}")
def embed_session(what: str, web: WebDep, lang: LangDep) -> RedirectResponse:
    """A fresh session for an iframe; its token is in the URL, so no cookie is needed to use it.
    A partitioned cookie (CHIPS: kept per embedding site, allowed where third-party cookies are
    not) lets a reload of the course page come back to it."""
    lesson = embeddable(what)
    make_room(web)
    session = web.store.create_session(lesson.id if lesson else "sandbox", setup=lesson.start if lesson else (),
                                       lesson_state={"embedded": True})
    response = RedirectResponse(f"/e/{session.token}?lang={lang}", status_code=303)
    # written by hand: Starlette writes Partitioned only on Python 3.14 and later
    response.headers.append("set-cookie", f"{EMBED_COOKIE}{what}={session.token}; Max-Age={30 * 86400}; "
                            f"Path=/embed/{what}; HttpOnly; Secure; SameSite=None; Partitioned")
    return response
