"""A lean HTTP/1.1 client for the load generator: keep-alive requests and SSE streams on asyncio
streams. A general-purpose client spends more CPU per request than the server under test does, and
on a 2-core machine the generator would then measure itself; this one does only what the benchmark
needs (Content-Length or chunked bodies, no redirects, no TLS)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from urllib.parse import urlencode, urlsplit


class Connection:
    """One keep-alive connection to base (http://host:port); one request at a time."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.reader is None or self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=1 << 20)
        return self.reader, self.writer

    async def request(self, method: str, path: str, form: dict[str, str] | None = None,
                      headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """Send one request and read its whole answer: (status, body)."""
        body = urlencode(form).encode() if form is not None else b""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        if form is not None:
            head.append("Content-Type: application/x-www-form-urlencoded")
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        reader, writer = await self._open()
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        status, fields = await read_head(reader)
        data = b""
        if fields.get("transfer-encoding") == "chunked":
            async for chunk in chunks(reader):
                data += chunk
        else:
            data = await reader.readexactly(int(fields.get("content-length", "0")))
        if fields.get("connection") == "close":
            writer.close()
            self.reader = self.writer = None
        return status, data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("the server closed the connection")
    fields: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        fields[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), fields


async def chunks(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    """The pieces of a chunked body, until its last chunk."""
    while True:
        size = int((await reader.readline()).split(b";")[0], 16)
        if size == 0:
            await reader.readline()
            return
        data = await reader.readexactly(size)
        await reader.readexactly(2)
        yield data


EVENT_ID = re.compile(rb"^id: ?(\d+)\r?$", re.M)


async def sse_ids(base: str, path: str) -> AsyncIterator[int]:
    """The event ids of an SSE stream, as their lines arrive: what the load generator's readers
    measure by. One pattern search per piece received rather than a step per line: with 1,200
    readers of frames a hundred lines long, the generator took 28 % of a core that way and 23 % this
    way, on the cores the servers under test use too."""
    parts = urlsplit(base)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port, limit=1 << 22)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
                     "Accept: text/event-stream\r\n\r\n".encode())
        status, fields = await read_head(reader)
        if status != 200:
            raise ConnectionError(f"stream answered {status}")
        pending = b""
        body = chunks(reader) if fields.get("transfer-encoding") == "chunked" else _raw(reader)
        async for chunk in body:
            pending += chunk
            cut = pending.rfind(b"\n") + 1  # complete lines only: an id may be split between pieces
            for found in EVENT_ID.finditer(pending, 0, cut):
                yield int(found[1])
            pending = pending[cut:]
    finally:
        writer.close()


async def _raw(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    while True:
        data = await reader.read(65536)
        if not data:
            return
        yield data
