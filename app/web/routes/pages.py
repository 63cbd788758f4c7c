"""Pages: the home page, a session's page (owner, embed, watcher), health, and new sessions."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse

from app.lessons.model import all_lessons
from app.lessons.model import find as find_lesson
from app.store.sessions import Line, SessionRecord, new_token
from app.tutor.turn import script_lines

from ..deps import (
    LEARNER_COOKIE,
    LEARNER_ID,
    RECENT_COOKIE,
    YEAR,
    LangDep,
    NotFound,
    OwnerDep,
    ViewerDep,
    WebDep,
    learner_of,
    make_room,
    page_response,
)
from ..web import Web

router = APIRouter()


@router.get("/favicon.ico", include_in_schema=False)
async def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/livez", response_class=PlainTextResponse)
async def livez() -> str:
    """The process answers (for a liveness probe); it touches nothing else."""
    return "ok"


@router.get("/healthz", response_class=PlainTextResponse)
def healthz(web: WebDep) -> str:
    """The process answers and its database does (for a health check or a readiness probe)."""
    from sqlalchemy import text
    with web.store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return "ok"


@router.get("/", response_class=HTMLResponse)
def home(request: Request, web: WebDep, lang: LangDep) -> HTMLResponse:
    tokens = [t for t in request.cookies.get(RECENT_COOKIE, "").split(".") if t]
    recent = web.store.sessions_by_tokens(tokens)
    learner = learner_of(request)
    progress = web.store.progress(learner)
    lessons = [(lesson, progress.get(lesson.id, ([], False))) for lesson in all_lessons()]
    titles = {lesson.id: lesson.title.get(lang) for lesson in all_lessons()}
    html = web.renderer.render("home.html", lang, recent=recent, now=time.time(), lessons=lessons, titles=titles,
                               learner=learner, base=str(request.base_url).rstrip("/"))
    return page_response(web, request, html, lang)


def start(request: Request, web: Web, kind: str, setup: tuple[str, ...] = (), seed: int | None = None,
          replay: list[Line] | None = None, lesson_state: dict[str, Any] | None = None,
          path: str = "/s/{token}") -> RedirectResponse:
    """A new session (its setup and replayed lines written with it, or nothing at all), and the
    browser sent to it, with the session remembered in this browser's recent list."""
    make_room(web)
    learner = learner_of(request) or new_token()
    session = web.store.create_session(kind, learner=learner, setup=setup, seed=seed, lines=replay or (),
                                       lesson_state=lesson_state)
    response = RedirectResponse(path.format(token=session.token), status_code=303)
    tokens = [t for t in request.cookies.get(RECENT_COOKIE, "").split(".") if t]
    tokens = [session.token, *[t for t in tokens if t != session.token]][:10]
    for name, value in ((RECENT_COOKIE, ".".join(tokens)), (LEARNER_COOKIE, learner)):
        response.set_cookie(name, value, max_age=YEAR, httponly=True, samesite="lax",
                            secure=web.settings.secure_cookies)
    return response


@router.post("/sessions")
def new_session(request: Request, web: WebDep) -> RedirectResponse:
    return start(request, web, "sandbox")


@router.post("/lessons/{lesson_id}")
def new_lesson(lesson_id: str, request: Request, web: WebDep) -> RedirectResponse:
    lesson = find_lesson(lesson_id)
    if lesson is None:
        raise NotFound()
    return start(request, web, lesson.id, lesson.start)


@router.post("/demo")
def new_demo(request: Request, web: WebDep, script: Annotated[str, Form()] = "",
             lesson: Annotated[str, Form()] = "") -> RedirectResponse:
    """A scripted demo: a session (a lesson's, when the script names one) with the script loaded."""
    found = find_lesson(lesson) if lesson else None
    text = script if script.strip() else "\n".join(found.solution) if found else ""
    return start(request, web, found.id if found else "sandbox", found.start if found else (),
                 lesson_state={"script": {"lines": script_lines(text), "pos": 0}}, path="/s/{token}?present=1")


@router.get("/me/{learner}")
def adopt_progress(learner: str, web: WebDep) -> RedirectResponse:
    """A progress link: this browser continues as that learner."""
    if not LEARNER_ID.fullmatch(learner):
        raise NotFound()
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(LEARNER_COOKIE, learner, max_age=YEAR, httponly=True, samesite="lax",
                        secure=web.settings.secure_cookies)
    return response


async def drawn(request: Request, web: Web, session: SessionRecord, lang: str, role: str, **ctx: Any) -> str:
    """A session's page, drawn on a worker thread; in the slow lane, the client's own turn, when its
    world is not at hand. Reopening such a session runs its lines again since its newest snapshot (up
    to REPLAY_STEPS: a second or two): on the three workers every page shares, a client opening many
    such sessions at once held them all, and everyone's pages waited."""
    def draw() -> str:
        return web.renderer.draw(session, lang, role, **ctx)

    if web.store.world_at_hand(session):
        return await web.in_thread(draw)
    return await web.in_lane(request.client.host if request.client else "?", draw)


@router.get("/s/{token}", response_class=HTMLResponse)
async def session_page(session: OwnerDep, request: Request, web: WebDep, lang: LangDep) -> HTMLResponse:
    web.window_langs.drawn(session.token, lang)
    present = request.query_params.get("present") == "1"
    html = await drawn(request, web, session, lang, "owner", present=present,
                       origin=str(request.base_url).rstrip("/"), lessons=all_lessons())
    return page_response(web, request, html, lang)


@router.get("/e/{token}", response_class=HTMLResponse)
async def embedded_page(session: OwnerDep, request: Request, web: WebDep, lang: LangDep) -> HTMLResponse:
    web.window_langs.drawn(session.token, lang)
    return HTMLResponse(await drawn(request, web, session, lang, "owner"))


@router.get("/w/{token}", response_class=HTMLResponse)
async def watch_page(session: ViewerDep, request: Request, web: WebDep, lang: LangDep) -> HTMLResponse:
    web.window_langs.drawn(session.viewer_token, lang)
    return page_response(web, request, await drawn(request, web, session, lang, "viewer"), lang)
