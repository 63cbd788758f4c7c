"""The app's browser window: what a container publishes on localhost:<port>, shown in an iframe.
Its answers run sandboxed (see middleware.Guard); posting its form is recorded as a `curl` line."""

from __future__ import annotations

import json
import re

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.engine import hosttools
from app.engine.nodeapp import Response as AppResponse
from app.engine.world import World
from app.store.models import Event, SessionRecord
from app.tutor.turn import ANSWER_FIRST, ASKED, FORM_TOO_LONG, INSIDE_SHELL

from ..deps import LangDep, OwnerDep, ViewerDep, WebDep
from ..web import Web

router = APIRouter()
_ABS = re.compile(r'((?:href|src|action)=")/(?!/)')
REDIRECT = "Found. Redirecting to "
FORM_SENT = "curl -s -X POST "  # the line a post of the app's form is recorded as (tutor.curl_line)
NOT_SENT = {ASKED: "asked", ANSWER_FIRST: "answer-first", FORM_TOO_LONG: "too-long", INSIDE_SHELL: "inside-shell"}


def requested_url(request: Request) -> str:
    """The path after /<s|w>/<token>/app/<port> as the browser sent it (still percent-encoded, so a
    recorded curl asks for the same), with its query. (The routes' `path` is the decoded one.)"""
    raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
    url = "/" + raw.split("/", 5)[5] if raw.count("/") >= 5 else "/"
    return url + (("?" + request.url.query) if request.url.query else "")


@router.get("/w/{token}/app/{port}/{path:path}")
def watch_app(session: ViewerDep, token: str, port: int, path: str, request: Request, web: WebDep, lang: LangDep) -> Response:
    return app_response(web.store.current_world(session), port, requested_url(request), f"/w/{token}/app/{port}",
                        web, web.window_langs.of(token, lang))


@router.post("/w/{token}/app/{port}/{path:path}")
def watch_app_write(session: ViewerDep, token: str, port: int, path: str, web: WebDep, lang: LangDep) -> Response:
    """A watcher's post to the app's form: refused like every write with a watch link, and the window
    says so, in the page's language (a watcher's Save did nothing and said nothing: their window
    could not send a form at all)."""
    return browser_page(web, web.window_langs.of(token, lang), "watching", port, status=403)


@router.get("/s/{token}/app/{port}/{path:path}")
async def app_page(session: OwnerDep, token: str, port: int, path: str, request: Request, web: WebDep,
                   lang: LangDep) -> Response:
    world = await web.call(web.store.current_world, session)
    return app_response(world, port, requested_url(request), f"/s/{token}/app/{port}", web,
                        web.window_langs.of(token, lang))


@router.post("/s/{token}/app/{port}/{path:path}")
async def app_post(session: OwnerDep, token: str, port: int, path: str, request: Request, web: WebDep,
                   lang: LangDep) -> Response:
    """The app's form, posted: recorded as its curl line, and answered as the app answers it."""
    url, prefix = requested_url(request), f"/s/{token}/app/{port}"
    lang = web.window_langs.of(token, lang)  # (the app's sandboxed form sends no cookie)
    form = await request.form()
    turn = await web.call(web.tutor.app_form, session, port, url, [(k, str(v)) for k, v in form.multi_items()])
    if turn.notice is not None:  # not sent: too long, or a question to answer first
        web.hub.publish(session.id or 0, turn.session.version, turn.session)
        return browser_page(web, lang, NOT_SENT.get(turn.notice.text, "too-long"), port)
    await web.call(web.tutor.progress, turn.session)  # saving may reach a goal
    web.hub.publish(session.id or 0, turn.session.version, turn.session)
    res = turn.result
    if res is not None and res.exit_code == 130:
        return browser_page(web, lang, "hang", port)
    loc = next((t for _, t in (res.lines if res else []) if t.startswith(REDIRECT)), None)
    if loc is not None:
        return RedirectResponse(prefix + loc[len(REDIRECT):], status_code=302)
    world = await web.call(web.store.current_world, turn.session)
    return app_response(world, port, url, prefix, web, lang)


@router.get("/s/{token}/sent/{port}")
async def form_sent(session: OwnerDep, token: str, port: int, web: WebDep, lang: LangDep) -> Response:
    """What the window shows once a save that the lesson's question held back has gone out (the
    question answered, the form's curl line run): the app's answer to it, as after any save, the
    page it redirects to or "Waiting for localhost…". The window kept saying "Not sent yet: answer
    in the terminal, and the form is sent then" after it had been sent."""
    lang = web.window_langs.of(token, lang)
    prefix = f"/s/{token}/app/{port}"
    last = await web.call(newest_command, web, session)
    if last is None or not last.line.startswith(FORM_SENT) or not last.line.rsplit(" ", 1)[-1].lstrip("'") \
            .startswith(f"localhost:{port}/"):
        return RedirectResponse(prefix + "/", status_code=303)  # (nothing of the form's: the page itself)
    if last.exit_code == 130:
        return browser_page(web, lang, "hang", port)
    lines = [str(text) for _, text in json.loads(last.output or "[]")]
    loc = next((t for t in lines if t.startswith(REDIRECT)), None)
    return RedirectResponse(prefix + (loc[len(REDIRECT):] if loc is not None else "/"), status_code=303)


def newest_command(web: Web, session: SessionRecord) -> Event | None:
    chain = web.store.chain(web.store.events(session.id or 0, session.version), session.cursor)
    return chain[-1] if chain else None


def app_response(world: World, port: int, url: str, prefix: str, web: Web, lang: str) -> Response:
    outcome, res = hosttools.request(world, port, "GET", url, "")
    if outcome in ("refused", "reset"):
        return browser_page(web, lang, outcome, port)
    if outcome == "hang" or res is None:
        return browser_page(web, lang, "hang", port)
    return proxied(res, prefix)


def proxied(res: AppResponse, prefix: str) -> Response:
    """The app's answer, with its links kept inside the window."""
    # (Cache-Control too: without the app's max-age=0 the browser kept its page on the simulated
    # clock's Last-Modified, and the window's Reload showed the form of an app that was down)
    headers = {k: v for k, v in res.headers
               if k.lower() in ("content-type", "location", "etag", "last-modified", "cache-control")}
    if "Location" in headers:
        headers["Location"] = prefix + headers["Location"]
    body = res.body
    if headers.get("Content-Type", "").startswith("text/html"):
        body = _ABS.sub(lambda m: m.group(1) + prefix + "/", body)
    return Response(body, status_code=res.status, headers=headers)


def browser_page(web: Web, lang: str, kind: str, port: int, status: int = 200) -> HTMLResponse:
    """What a browser shows when the page does not come: refused, reset, waiting, not sent."""
    return HTMLResponse(web.renderer.render("browser_error.html", lang, kind=kind, port=port), status_code=status)
