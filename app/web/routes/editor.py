"""The page's file editor: a project file's text to edit, and saving it as the shell line that
writes it (a here-document; see Tutor.edit_file)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, Response

from app.tutor.turn import PROJECT, editable_files

from ..deps import OwnerDep, WebDep
from .actions import answer

router = APIRouter()


@router.get("/s/{token}/file")
def open_file(session: OwnerDep, web: WebDep, path: str = "") -> JSONResponse:
    """The files the editor offers, and the text of `path` (when it is one of them)."""
    world = web.store.current_world(session)
    files = editable_files(world)
    node = world.host.get(f"{PROJECT}/{path}") if path in files else None
    return JSONResponse({"files": files, "path": path if node is not None else "",
                         "content": node.data if node is not None else ""})


@router.post("/s/{token}/edit")
def save_file(session: OwnerDep, request: Request, web: WebDep, path: Annotated[str, Form()],
              content: Annotated[str, Form()] = "") -> Response:
    """The editor's Save: the file written by its here-document line, run like a typed one."""
    return answer(request, web, web.tutor.edit_file(session, path, content))
