"""A session's actions: the terminal, predictions, hints, the solution, scripts, buttons, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.background import BackgroundTask

from app.store.models import SessionRecord
from app.store.sessions import Busy, Overran
from app.tutor import Turn, quick_line

from ..deps import LangDep, NotFound, OwnerDep, WebDep, find_owner, lang_of, notice, translated
from ..stream import hand_over
from ..web import Overlong, Web

router = APIRouter()


def answer(request: Request, web: Web, turn: Turn) -> Response:
    """After a write: the learner's progress, then what changed since the page's version (htmx), or
    back to the page. Other views hear of it once this answer is on its way, so the acting tab
    swaps once."""
    lang = lang_of(request, web)
    if turn.notice is not None:
        return notice(web, lang, translated(lang, turn.notice.text, **turn.notice.values))
    session = web.tutor.progress(turn.session)
    if request.headers.get("hx-request"):
        # a turn that wrote nothing to the log (a question asked first, say) changed the lesson panel
        # or the prompt at the same version: those regions go out whole
        since = None if turn.since == session.version else turn.since
        html = web.renderer.fragments(session, lang, "owner", since)
        if turn.promised:  # other processes' watchers of this page wait for this very change
            web.send_along(session, lang, since, html)
        # on the event loop once the answer is on its way (a sync task would cost a worker thread)
        return HTMLResponse(html, background=BackgroundTask(hand_over, web, session, (lang, since, html)))
    web.hub.publish(session.id or 0, session.version, session)
    return RedirectResponse(f"/s/{session.token}", status_code=303)


@router.post("/s/{token}/run", openapi_extra={"requestBody": {"content": {
    "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
        "line": {"type": "string"}, "answer": {"type": "string"}}}}}}})
async def run(token: str, request: Request, web: WebDep) -> Response:
    """A terminal line, or the answer to the question it asked. The form is read here rather than
    declared, and the session looked up with the turn rather than as a dependency: on the path every
    command takes, FastAPI's form parameters and dependency solving cost more than the command."""
    form = await request.form()
    line, reply = form.get("line", ""), form.get("answer")
    line = line if isinstance(line, str) else ""
    # a page's command (htmx) is answered with its rendered change, which can then go to other processes too
    promise = web.notifier is not None and bool(request.headers.get("hx-request"))
    reply = reply if isinstance(reply, str) else None
    turn = None
    quick = quick_line(line) and not web.slow.runs_long(token)
    if web.statements is not None and reply is None and quick:
        turn = await awaited(web, token, line, promise)
    if turn is None:
        quick = quick and not web.slow.runs_long(token)
        client = request.client.host if request.client else "?"
        turn = await web.call(typed, web, token, line, reply, promise, quick=quick, lane=(client, token))
        if not quick or web.slow.runs_long(token):  # its answer, often long too, is drawn there as well
            return await answer_in_lane(request, web, turn, (client, token))
    return await web.call(answer, request, web, turn, at_hand=True)


async def answer_in_lane(request: Request, web: Web, turn: Turn, lane: tuple[str, str]) -> Response:
    """The answer to a turn drawn in the slow lane. Not drawn by the request's deadline, the turn is
    done all the same: its pages hear of it, and the learner reads that its answer comes there."""
    try:
        return await web.call(answer, request, web, turn, quick=False, lane=lane)
    except Overlong:
        web.hub.publish(turn.session.id or 0, turn.session.version, turn.session)
        raise Overlong(running=True) from None


def typed(web: Web, token: str, line: str, reply: str | None, promise: bool = False) -> Turn:
    return web.tutor.line(find_owner(web, token), line, reply, promise)


async def awaited(web: Web, token: str, line: str, promise: bool) -> Turn | None:
    """typed() on PostgreSQL without a worker thread: the write awaited on the event loop
    (Store.run_command_awaiting), from the session as this process kept it or else as read (awaited
    too). None when the line needs the usual path (nothing written)."""
    assert web.statements is not None
    session = web.store.kept_session(token)  # the write checks it is not behind (Store.kept_session)
    step = web.tutor.line_step(session, line, None) if session is not None else None
    if not isinstance(step, str):  # nothing kept, or a turn decided on what may be behind: read it
        try:
            session = await web.store.by_token_awaiting(web.statements, token)
        except Busy:
            return None
        if session is None:
            raise NotFound()
        step = web.tutor.line_step(session, line, None)
        if not isinstance(step, str):
            return step
    try:
        outcome = await web.store.run_command_awaiting(web.statements, session, step, promise)
    except Overran:  # past the loop's deadline: to the slow lane, as on SQLite (see Web.call)
        web.slow.ran_long(token)
        return None
    return None if outcome is None else web.tutor.ran(session, outcome)


async def acted(request: Request, web: Web, token: str, act: Callable[[SessionRecord], Turn]) -> Response:
    """An action that runs terminal lines the learner did not type just now (a demo script's next
    step, the command a prediction was asked before): run as a typed line is (see `run`), on the
    loop within its deadline and else in the slow lane, never on the workers every page shares. A
    script of `seq 999999999` stepped from five sessions made another learner's `ls` and page take
    1.3-1.4 s (benchmarks/neighbour.py --via step). On PostgreSQL, where such work cannot start on
    the loop, it goes to the slow lane at once."""
    client = request.client.host if request.client else "?"
    lane = (client, token)
    quick = not web.store.postgres and not web.slow.runs_long(token)
    turn = await web.call(lambda: act(find_owner(web, token)), quick=quick, lane=lane)
    if not quick or web.slow.runs_long(token):
        return await answer_in_lane(request, web, turn, lane)
    return await web.call(answer, request, web, turn, at_hand=True)


@router.post("/s/{token}/predict")
async def predict(token: str, request: Request, web: WebDep, choice: Annotated[int, Form()]) -> Response:
    """The learner's prediction: recorded, and the command it was asked before run."""
    return await acted(request, web, token, lambda session: web.tutor.predict(session, choice))


@router.post("/s/{token}/hint")
def hint(session: OwnerDep, request: Request, web: WebDep) -> Response:
    return answer(request, web, web.tutor.hint(session))


@router.post("/s/{token}/solution")
def solution(session: OwnerDep, request: Request, web: WebDep) -> Response:
    return answer(request, web, web.tutor.solution(session))


@router.post("/s/{token}/recreate")
async def recreate(token: str, request: Request, web: WebDep, name: Annotated[str, Form()]) -> Response:
    """Remove a container and run it again as it was: both commands are written, or neither."""
    return await acted(request, web, token, lambda session: web.tutor.recreate(session, name))


@router.post("/s/{token}/script")
def load_script(session: OwnerDep, request: Request, web: WebDep, script: Annotated[str, Form()] = "",
                lesson: Annotated[str, Form()] = "") -> Response:
    """Load a demo script (command lines; # lines are captions) or a lesson's solution."""
    return answer(request, web, web.tutor.load_script(session, script, lesson))


@router.post("/s/{token}/step")
async def step(token: str, request: Request, web: WebDep) -> Response:
    """Run the script's next command line for real; the comments before it become the caption."""
    return await acted(request, web, token, web.tutor.step)


@router.get("/s/{token}/fragments", response_class=HTMLResponse)
def fragments(session: OwnerDep, web: WebDep, lang: LangDep, since: int | None = None,
              stamp: str | None = None) -> HTMLResponse:
    """The live regions, or what changed since a version (nothing, when the page shows this version
    and, by `stamp`, this lesson panel): a page catches up without the stream."""
    return HTMLResponse(web.renderer.fragments(session, lang, "owner", since, stamp))


MOVES = ("undo", "redo", "reset", "jump", "cancel")


@router.post("/s/{token}/{move}")
async def move(token: str, move: str, request: Request, web: WebDep,
               target: Annotated[int | None, Form()] = None) -> Response:
    """Undo, redo, reset, a jump on the timeline, or cancelling a command's question. (A move may
    replay commands to reach its version: it runs as a typed line does, see `acted`.)"""
    if move not in MOVES:
        raise NotFound()
    return await acted(request, web, token, lambda session: web.tutor.cancel(session) if move == "cancel"
                       else web.tutor.move(session, move, target))
