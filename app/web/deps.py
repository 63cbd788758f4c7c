"""What routes depend on: the shared Web, the learner's language, the session a token opens, and
the answers every route may give (a refusal, a notice, a page that remembers its language)."""

from __future__ import annotations

import re
import time
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from app.store.models import SessionRecord

from .i18n import LANGS, pick_lang, translations
from .web import Web

RECENT_COOKIE = "layerlab_recent"
LEARNER_COOKIE = "layerlab_learner"
LANG_COOKIE = "layerlab_lang"
EMBED_COOKIE = "layerlab_embed_"  # + the lesson: the embedded session to come back to
YEAR = 365 * 86400
# What a learner id looks like: the tokens new_token makes, and what a progress link (/me/...) takes.
LEARNER_ID = re.compile(r"[\w-]{16,64}")


def learner_of(request: Request) -> str:
    """The learner the browser's cookie names, or "" when it names none a progress link could
    give. The cookie is the client's to write: any value was stored with each session it started
    and each lesson's progress, in an indexed column (60 kB a session, at the new-session rate)."""
    learner = request.cookies.get(LEARNER_COOKIE, "")
    return learner if LEARNER_ID.fullmatch(learner) else ""


class NotFound(Exception):
    """No such session, lesson or page: the site's 404 page."""


class Full(Exception):
    """The store holds LAYERLAB_MAX_SESSIONS sessions, none of them idle."""


async def get_web(request: Request) -> Web:
    # async: FastAPI runs a sync dependency on a worker thread, one more hop for every request
    return request.app.state.web  # type: ignore[no-any-return]


WebDep = Annotated[Web, Depends(get_web)]


def lang_of(request: Request, web: Web) -> str:
    """?lang=, the page's own choice sent by htmx (works without cookies), the cookie, Accept-Language."""
    query = request.query_params.get("lang") or request.headers.get("x-layerlab-lang")
    return pick_lang(query, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"),
                     web.settings.default_lang)


async def get_lang(request: Request, web: WebDep) -> str:
    return lang_of(request, web)


LangDep = Annotated[str, Depends(get_lang)]


def find_owner(web: Web, token: str) -> SessionRecord:
    """The session a token opens (the owner's link: /s/<token>, /e/<token>), or NotFound."""
    session = web.store.by_token(token)
    if session is None:
        raise NotFound()
    return session


async def owner_session(token: str, web: WebDep) -> SessionRecord:
    return await web.call(find_owner, web, token)


async def viewer_session(token: str, web: WebDep) -> SessionRecord:
    """The session a watch token shows (read-only: /w/<token>)."""
    session = await web.call(web.store.by_viewer_token, token)
    if session is None:
        raise NotFound()
    return session


OwnerDep = Annotated[SessionRecord, Depends(owner_session)]
ViewerDep = Annotated[SessionRecord, Depends(viewer_session)]


def refusal(web: Web, request: Request, status: int, text: str) -> Response:
    """A refusal the learner can read: in the terminal for page requests, as text otherwise."""
    if request.headers.get("hx-request"):
        return HTMLResponse(web.renderer.render("_notice.html", lang_of(request, web), text=text), status_code=status)
    return PlainTextResponse(text, status_code=status)


def notice(web: Web, lang: str, text: str) -> Response:
    """A message in the terminal's notice line (the command was not run)."""
    return HTMLResponse(web.renderer.render("_notice.html", lang, text=text), status_code=200)


def translated(lang: str, text: str, **values: object) -> str:
    return translations(lang).gettext(text).format(**values)


def page_response(web: Web, request: Request, html: str, lang: str) -> HTMLResponse:
    """A page; a ?lang= choice is remembered in a cookie."""
    response = HTMLResponse(html)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=YEAR, httponly=True, samesite="lax",
                            secure=web.settings.secure_cookies)
    return response


def make_room(web: Web) -> None:
    """Expire idle sessions (at most once a minute); refuse a new one when the store is still full."""
    now = time.monotonic()
    if now - web.last_expiry > 60 or web.store.count_sessions() >= web.settings.max_sessions:
        web.last_expiry = now
        web.store.expire(web.settings.session_days, keep=web.settings.max_sessions - 1)
    if web.store.count_sessions() >= web.settings.max_sessions:
        raise Full()
