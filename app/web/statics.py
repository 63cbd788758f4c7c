"""/static: the page's scripts, styles and pictures as Starlette serves files, and gzip-compressed
to a browser that accepts it (they all do: a session page with its assets is about a third of its
size on the wire). Pages, command answers and the live stream are never compressed here."""

from __future__ import annotations

import gzip
import os

from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers
from starlette.staticfiles import NotModifiedResponse
from starlette.types import Scope

# what is worth compressing (the rest, and what gzip would not make smaller, goes out as it is)
_TEXTUAL = ("text/", "application/javascript", "application/json", "image/svg+xml")
# each file compressed once per process: (path, mtime, size) -> its gzip bytes, or None if not smaller
_GZIPPED: dict[tuple[str, int, int], bytes | None] = {}


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding allows gzip (RFC 9110 §12.5.3): named, or `*`, with a q above 0."""
    named = star = None
    for part in (header or "").split(","):
        coding, _, params = part.partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        coding = coding.strip().lower()
        if coding in ("gzip", "x-gzip"):
            named = q if named is None else max(named, q)
        elif coding == "*":
            star = q
    chosen = named if named is not None else star
    return chosen is not None and chosen > 0


def gzipped(full_path: str, stat: os.stat_result) -> bytes | None:
    """The file's gzip bytes, compressed on its first request and kept (the files are immutable per
    deploy; a changed file is another key); None when gzip would not make it smaller."""
    key = (full_path, stat.st_mtime_ns, stat.st_size)
    if key not in _GZIPPED:
        with open(full_path, "rb") as f:
            plain = f.read()
        packed = gzip.compress(plain, compresslevel=9, mtime=0)
        _GZIPPED[key] = packed if len(packed) < len(plain) else None
    return _GZIPPED[key]


class Static(StaticFiles):
    """/static as Starlette serves it, and gzip-compressed to a browser that accepts it: the same
    Last-Modified and conditional answers, with an ETag of its own (RFC 9110 §8.8.3) and
    `Vary: Accept-Encoding` on both variants. A range request gets the plain bytes."""

    def file_response(self, full_path: str | os.PathLike[str], stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        request_headers = Headers(scope=scope)
        plain = FileResponse(full_path, status_code=status_code, stat_result=stat_result)
        plain.headers["Vary"] = "Accept-Encoding"
        packed = None
        if (status_code == 200 and "range" not in request_headers and (plain.media_type or "").startswith(_TEXTUAL)
                and accepts_gzip(request_headers.get("accept-encoding"))):
            packed = gzipped(str(full_path), stat_result)
        response: Response = plain
        if packed is not None:
            headers = {"Last-Modified": plain.headers["last-modified"],
                       "ETag": plain.headers["etag"].removesuffix('"') + '-gzip"',
                       "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
            response = Response(packed, media_type=plain.headers["content-type"], headers=headers)
        if self.is_not_modified(response.headers, request_headers):
            return NotModifiedResponse(response.headers)
        return response
