"""Tools the learner's host has: curl (to published ports; container_curl is an image's curl, to its own
app), sudo and npm (listed in tools.TABLE)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from . import nodeapp
from .fs import DEV_NULL, ERRNO_TEXT, FsError
from .npm import npm_install
from .toolkit import IO, Tool, emit_text
from .world import Container, World, host_name, network_mode

if TYPE_CHECKING:
    from .shell import Shell


def published(world: World, port: int) -> Container | None:
    """The container answering localhost:port: one publishing it, or one on the host's network
    stack whose app listens on it."""
    for c in world.containers.values():
        if c.running and any(hp == port and proto == "tcp" for hp, _, _, proto in c.published_ports()):
            return c
        if c.running and network_mode(c) == "host" and c.process.get("kind") == "app" and c.process.get("port") == port:
            return c
    return None


def request(world: World, port: int, method: str, path: str, body: str) -> tuple[str, nodeapp.Response | None]:
    """('refused' | 'reset' | 'hang' | 'ok', response) for a request to localhost:port."""
    c = published(world, port)
    if c is None:
        return "refused", None
    cport = port if network_mode(c) == "host" else next(cp for hp, cp in c.ports if hp == port)
    if c.paused:  # its processes are frozen: the connection is taken by the kernel, nothing answers
        return "hang", None
    if c.process.get("kind") != "app" or c.process.get("port") != cport:
        return "reset", None
    res = nodeapp.handle(world, c, method, path, nodeapp.decode_form(body))
    if res is None:
        return "hang", None
    return "ok", res


def parse_url(url: str) -> tuple[str, int, str] | None:
    m = re.fullmatch(r"(?:(https?)://)?([^/:?#]+)(?::(\d+))?([^#]*)?", url)
    if m is None:
        return None
    scheme = m.group(1) or "http"
    port = int(m.group(3)) if m.group(3) else (443 if scheme == "https" else 80)
    path = m.group(4) or "/"
    if not path.startswith("/"):
        path = "/" + path
    return m.group(2), port, path


@dataclass
class CurlRequest:
    """What a curl command line asks for."""

    url: str = ""
    method: str | None = None
    data: list[str] = field(default_factory=list)
    timeout: float | None = None
    flags: set[str] = field(default_factory=set)  # s S i I L f
    output: str | None = None  # -o FILE: what would be printed goes there ("-": standard output)
    write_out: str | None = None  # -w FORMAT: printed after the transfer, its %{variables} filled in


_FLAG_NAMES = {"-s": "s", "--silent": "s", "-S": "S", "--show-error": "S", "-i": "i", "--include": "i",
               "-I": "I", "--head": "I", "-L": "L", "--location": "L",
               "-f": "f", "--fail": "f"}
_VALUED = ("-X", "--request", "-d", "--data", "--data-raw", "--data-urlencode", "-m", "--max-time",
           "-H", "--header", "-o", "--output", "-w", "--write-out")


def _take_value(req: CurlRequest, a: str, value: str) -> str | None:
    """Record an option's value; the complaint when it is not usable."""
    if a in ("-X", "--request"):
        req.method = value
    elif a in ("-d", "--data", "--data-raw"):
        req.data.append(value)
    elif a == "--data-urlencode":
        name, eq, rest = value.partition("=")
        req.data.append(f"{name}={quote(rest, safe='')}" if eq else quote(value, safe=""))
    elif a in ("-m", "--max-time"):
        try:
            req.timeout = float(value)
        except ValueError:
            return f"option {a}: expected a proper numerical parameter"
    elif a in ("-o", "--output"):
        req.output = value
    elif a in ("-w", "--write-out"):
        req.write_out = value
    return None


def _curl_options(argv: list[str]) -> CurlRequest | str:
    """The request a command line makes, or curl's complaint about it."""
    req = CurlRequest()
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("-") and not a.startswith("--") and len(a) > 2 and all(ch in "sSiILf" for ch in a[1:]):
            req.flags.update(a[1:])
        elif a in _FLAG_NAMES:
            req.flags.add(_FLAG_NAMES[a])
        elif a in _VALUED:
            if i + 1 >= len(args):
                return f"option {a}: requires parameter"
            problem = _take_value(req, a, args[i + 1])
            if problem:
                return problem
            i += 1
        elif a.startswith("-"):
            return f"option {a}: is unknown"
        else:
            req.url = a
        i += 1
    return req if req.url else "no URL specified!"


# Where a request goes: (port, method, path, body) -> ('refused' | 'reset' | 'hang' | 'ok', response)
Route = Callable[[int, str, str, str], tuple[str, "nodeapp.Response | None"]]
LOOPBACK = ("localhost", "127.0.0.1", "0.0.0.0")


def curl(sh: Shell, argv: list[str], io: IO) -> int:
    """The host's curl: localhost is the host's own, where containers' published ports answer."""
    return _curl(sh, argv, io, LOOPBACK, lambda port, verb, path, body: request(sh.world, port, verb, path, body))


def container_curl(c: Container) -> Tool:
    """curl in a container whose image has it (node:14 does): localhost (and the container's own
    host name, which its /etc/hosts lists) is the container's own network stack, where its app
    listens on its own port, published or not: what a HEALTHCHECK's `curl -f http://localhost:3000/`
    asks. On the host's network stack localhost is the host's; on another container's
    (--network container:NAME) that container's. Other host names are not simulated."""
    def tool(sh: Shell, argv: list[str], io: IO) -> int:
        names = (*LOOPBACK, host_name(c))
        return _curl(sh, argv, io, names, lambda port, verb, path, body: _own_stack(sh.world, c, port, verb, path, body))
    return tool


def _own_stack(world: World, c: Container, port: int, method: str, path: str,
               body: str) -> tuple[str, nodeapp.Response | None]:
    """A request to localhost:port from inside c: the app of the container whose network stack c
    uses, when it listens on that port; else the connection is refused (nothing listens there)."""
    mode = network_mode(c)
    if mode == "host":
        return request(world, port, method, path, body)
    owner = world.containers.get(mode.removeprefix("container:")) if mode.startswith("container:") else c
    if owner is None or not owner.running or owner.process.get("kind") != "app" or owner.process.get("port") != port:
        return "refused", None
    res = nodeapp.handle(world, owner, method, path, nodeapp.decode_form(body))
    return ("hang", None) if res is None else ("ok", res)


def _curl(sh: Shell, argv: list[str], io: IO, local: tuple[str, ...], route: Route) -> int:
    req = _curl_options(argv)
    if isinstance(req, str):
        return _usage(io, req)
    loud = "s" not in req.flags or "S" in req.flags
    parsed = parse_url(req.url)
    if parsed is None:
        if loud:
            io.err("curl: (3) URL using bad/illegal format or missing URL")
        return 3
    host, port, path = parsed
    if host not in local:
        if sh.where != "host":
            io.err(f"layerlab: curl from a container to {host} is not simulated (only to localhost: its own app)")
            return 126  # tools.NOT_SIMULATED: what a program layerlab does not model answers
        if loud:
            io.err(f"curl: (6) Could not resolve host: {host}")
        return _written_out(io, req, None, 6)
    outcome = _fetch(sh, io, req, route, (host, port, path), loud)
    if isinstance(outcome, int):
        return outcome if outcome == 130 else _written_out(io, req, None, outcome)
    if "f" in req.flags and outcome.status >= 400:
        return _failed(sh, io, req, outcome, loud)
    shown = ""
    if req.flags & {"i", "I"}:
        shown = _head(outcome) + ("\r\n" if "I" not in req.flags else "")
    if "I" not in req.flags:
        shown += outcome.body
    status = _deliver(sh, io, req, shown, loud)
    return _written_out(io, req, outcome, status)


def _failed(sh: Shell, io: IO, req: CurlRequest, res: nodeapp.Response, loud: bool) -> int:
    """-f: an HTTP error is curl's error 22, nothing of the answer shown. node:14's curl 7.64.0 names
    the status line's rest ("404 Not Found": lib/http.c print_http_error), the host's 8.5.0 the
    code alone (http_should_fail's message)."""
    if loud:
        said = f"{res.status} {res.reason}" if sh.where != "host" else str(res.status)
        io.err(f"curl: (22) The requested URL returned error: {said}")
    return _written_out(io, req, res, 22)


def _deliver(sh: Shell, io: IO, req: CurlRequest, shown: str, loud: bool) -> int:
    """What the transfer shows, to standard output or to -o's file (created or emptied first, as
    curl opens it: /dev/null takes it and keeps nothing). 23 when the file cannot be written."""
    if req.output is None or req.output == "-":
        emit_text(io, shown.replace("\r\n", "\n"))
        return 0
    if req.output == DEV_NULL:
        return 0
    try:
        sh.view.write_file(sh.path(req.output), shown)
    except FsError as exc:
        io.err(f"Warning: Failed to open the file {req.output}: {ERRNO_TEXT.get(exc.code, exc.code)}")
        if loud:
            io.err("curl: (23) Failure writing output to destination")
        return 23
    return 0


_WRITE_OUT = re.compile(r"%%|%\{([a-z_]+)\}|\\[nrt\\]")


def _written_out(io: IO, req: CurlRequest, res: nodeapp.Response | None, status: int) -> int:
    """-w's format after the transfer (curl src/tool_writeout.c): its variables filled in, \\n \\r \\t
    read; it is printed whether the transfer worked or not (http_code 000 when nothing answered)."""
    if req.write_out is None:
        return status
    values = {
        "http_code": f"{res.status:03d}" if res else "000", "response_code": f"{res.status:03d}" if res else "000",
        "size_download": str(len(res.body.encode()) if res else 0),
        "size_header": str(len(_head(res).encode()) if res else 0),
        "content_type": dict(res.headers).get("Content-Type", "") if res else "",
        "url_effective": req.url if "://" in req.url else "http://" + req.url,
        # where a redirect not followed (no -L) points, made absolute against the URL asked
        "redirect_url": urljoin(req.url if "://" in req.url else "http://" + req.url, dict(res.headers).get("Location", ""))
        if res and 300 <= res.status < 400 and dict(res.headers).get("Location") else "",
        "num_redirects": "0", "exitcode": str(status), "method": req.method or ("POST" if req.data else "GET"),
        "scheme": "HTTP", "remote_ip": "127.0.0.1" if res else "", "time_total": "0.001000",
    }

    def one(m: re.Match[str]) -> str:
        text = m.group(0)
        if text == "%%":
            return "%"
        if text.startswith("\\"):
            return {"\\n": "\n", "\\r": "\r", "\\t": "\t"}.get(text, "\\")
        if m.group(1) in values:
            return values[m.group(1)]
        io.err(f"curl: unknown --write-out variable: '{m.group(1)}'")
        return ""

    io.write(_WRITE_OUT.sub(one, req.write_out))
    return status


def _fetch(sh: Shell, io: IO, req: CurlRequest, route: Route, where: tuple[str, int, str],
           loud: bool) -> nodeapp.Response | int:
    """The response (following redirects with -L), or curl's exit status after its message."""
    host, port, path = where
    verb = req.method or ("POST" if req.data else "HEAD" if "I" in req.flags else "GET")
    body = "&".join(req.data)
    res: nodeapp.Response | None = None
    for _ in range(10):
        outcome, res = route(port, verb, path, body)
        if outcome != "ok":
            return _failure(sh, io, outcome, req.timeout, host, port, loud)
        assert res is not None
        if "L" in req.flags and res.status in (301, 302, 303) and verb != "HEAD":
            if "i" in req.flags:
                _print_head(io, res)
                io.out("")
            verb, path, body = "GET", dict(res.headers).get("Location", "/"), ""
            continue
        break
    return res if res is not None else 0


def _failure(sh: Shell, io: IO, outcome: str, timeout: float | None, host: str, port: int, loud: bool) -> int:
    """curl's message and exit status for a request that got no response."""
    if outcome == "refused":
        if loud:  # node:14's curl 7.64.0 says it as lib/connect.c did then, with strerror's text
            io.err(f"curl: (7) Failed to connect to {host} port {port}: Connection refused" if sh.where != "host"
                   else f"curl: (7) Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server")
        return 7
    if outcome == "reset":
        if loud:
            io.err("curl: (56) Recv failure: Connection reset by peer")
        return 56
    if timeout is None:
        io.err("^C")
        return 130
    if loud:
        io.err(f"curl: (28) Operation timed out after {int(timeout * 1000) + 1} milliseconds with 0 bytes received")
    sh.elapsed += int(timeout)
    return 28


def _usage(io: IO, text: str) -> int:
    """curl's answer to a command line it cannot use (exit 2, CURLE_FAILED_INIT)."""
    io.err(f"curl: {text}")
    io.err("curl: try 'curl --help' or 'curl --manual' for more information")
    return 2


def _print_head(io: IO, res: nodeapp.Response) -> None:
    emit_text(io, _head(res).replace("\r\n", "\n"))


def _head(res: nodeapp.Response) -> str:
    """The status line and headers as they come over the wire (each line ends with CRLF)."""
    return "".join(f"{line}\r\n" for line in [f"HTTP/1.1 {res.status} {res.reason}", *(f"{k}: {v}" for k, v in res.headers)])


def sudo(sh: Shell, argv: list[str], io: IO) -> int:
    args = argv[1:]
    while args and args[0] in ("-E", "-H", "-n"):
        args = args[1:]
    if not args:
        io.err("usage: sudo -h | -K | -k | -V")
        io.err("usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]")
        io.err("usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]")
        io.err("usage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] "
               "[-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]")
        io.err("usage: sudo -e [-ABkNnS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] "
               "[-T timeout] [-u user] file ...")
        return 1
    saved = sh.view.uid
    sh.view.uid = 0
    try:
        fn = sh.resolve(args[0])
        if fn is None or args[0] in ("cd",):
            io.err(f"sudo: {args[0]}: command not found")
            return 1
        return fn(sh, args, io)
    finally:
        sh.view.uid = saved


def npm(sh: Shell, argv: list[str], io: IO) -> int:
    """npm 6 on the learner's machine: installs into the project folder; the app itself runs in containers."""
    if len(argv) >= 2 and argv[1] in ("install", "i", "ci"):
        return npm_install(sh, io, argv)
    if len(argv) >= 2 and argv[1] in ("-v", "--version"):
        io.out("6.14.18")
        return 0
    if len(argv) >= 2 and argv[1] in ("start", "run", "test"):
        io.err("layerlab: this sandbox runs the app in containers only; try docker run")
        return 1
    io.err(f"npm ERR! Unknown command: \"{argv[1] if len(argv) > 1 else ''}\"")
    return 1
