"""Tools only the learner's host has: curl (to published ports), sudo and npm."""

from __future__ import annotations

import re
from urllib.parse import quote

from . import nodeapp
from .listing import port_list
from .npm import npm_install
from .shell import IO, Shell, emit_text, tool
from .world import Container, World


def published(world: World, port: int) -> Container | None:
    for c in world.containers.values():
        if c.running and any(hp == port and proto == "tcp" for hp, _, _, proto in port_list(c)):
            return c
    return None


def request(world: World, port: int, method: str, path: str, body: str) -> tuple[str, nodeapp.Response | None]:
    """('refused' | 'reset' | 'hang' | 'ok', response) for a request to localhost:port."""
    c = published(world, port)
    if c is None:
        return "refused", None
    cport = next(cp for hp, cp in c.ports if hp == port)
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


@tool("curl", "host")
def _curl(sh: Shell, argv: list[str], io: IO) -> int:
    silent = show_errors = include = head = follow = False
    method: str | None = None
    data: list[str] = []
    timeout: float | None = None
    url: str | None = None
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        nxt = args[i + 1] if i + 1 < len(args) else None
        if a.startswith("-") and not a.startswith("--") and len(a) > 2 and a[1] in "sSiIL" and all(ch in "sSiIL" for ch in a[1:]):
            for ch in a[1:]:
                silent |= ch == "s"
                show_errors |= ch == "S"
                include |= ch == "i"
                head |= ch == "I"
                follow |= ch == "L"
        elif a in ("-s", "--silent"):
            silent = True
        elif a in ("-S", "--show-error"):
            show_errors = True
        elif a in ("-i", "--include"):
            include = True
        elif a in ("-I", "--head"):
            head = True
        elif a in ("-L", "--location"):
            follow = True
        elif a in ("-X", "--request", "-d", "--data", "--data-raw", "--data-urlencode", "-m", "--max-time",
                   "-H", "--header", "-o", "--output"):
            if nxt is None:
                return _usage(io, f"option {a}: requires parameter")
            if a in ("-X", "--request"):
                method = nxt
            elif a in ("-d", "--data", "--data-raw"):
                data.append(nxt)
            elif a == "--data-urlencode":
                name, eq, value = nxt.partition("=")
                data.append(f"{name}={quote(value, safe='')}" if eq else quote(nxt, safe=""))
            elif a in ("-m", "--max-time"):
                try:
                    timeout = float(nxt)
                except ValueError:
                    return _usage(io, f"option {a}: expected a proper numerical parameter")
            i += 1
        elif a.startswith("-"):
            return _usage(io, f"option {a}: is unknown")
        else:
            url = a
        i += 1
    if url is None:
        return _usage(io, "no URL specified!")
    loud = not silent or show_errors
    parsed = parse_url(url)
    if parsed is None:
        if loud:
            io.err("curl: (3) URL using bad/illegal format or missing URL")
        return 3
    host, port, path = parsed
    if host not in ("localhost", "127.0.0.1", "0.0.0.0"):
        if loud:
            io.err(f"curl: (6) Could not resolve host: {host}")
        return 6
    verb = method or ("POST" if data else "HEAD" if head else "GET")
    body = "&".join(data)
    for _ in range(10):
        outcome, res = request(sh.world, port, verb, path, body)
        if outcome == "refused":
            if loud:
                io.err(f"curl: (7) Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server")
            return 7
        if outcome == "reset":
            if loud:
                io.err("curl: (56) Recv failure: Connection reset by peer")
            return 56
        if outcome == "hang":
            if timeout is None:
                io.err("^C")
                return 130
            if loud:
                io.err(f"curl: (28) Operation timed out after {int(timeout * 1000) + 1} milliseconds with 0 bytes received")
            sh.elapsed += int(timeout)
            return 28
        assert res is not None
        if follow and res.status in (301, 302, 303) and verb != "HEAD":
            location = dict(res.headers).get("Location", "/")
            if include:
                _print_head(io, res)
                io.out("")
            verb, path, body = "GET", location, ""
            continue
        break
    if res is None:
        return 0
    if include or head:
        _print_head(io, res)
        if not head:
            io.out("")
    if not head:
        emit_text(io, res.body)
    return 0


def _usage(io: IO, text: str) -> int:
    """curl's answer to a command line it cannot use (exit 2, CURLE_FAILED_INIT)."""
    io.err(f"curl: {text}")
    io.err("curl: try 'curl --help' or 'curl --manual' for more information")
    return 2


def _print_head(io: IO, res: nodeapp.Response) -> None:
    io.out(f"HTTP/1.1 {res.status} {res.reason}")
    for k, v in res.headers:
        io.out(f"{k}: {v}")


@tool("sudo", "host")
def _sudo(sh: Shell, argv: list[str], io: IO) -> int:
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


@tool("npm", "host")
def _npm(sh: Shell, argv: list[str], io: IO) -> int:
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
