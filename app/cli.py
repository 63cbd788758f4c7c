"""The `layerlab` command: serve (the web app), sim (the engine on stdin/stdout) and lessons."""

from __future__ import annotations

import sys

USAGE = """usage: layerlab COMMAND [ARGS]

commands:
  serve             start the web app (settings: LAYERLAB_* environment variables, see README)
  sim [--seed N]    run command lines from standard input through the simulator
  lessons [--lang en|ko] [--solution ID] [--check]
                    list the lessons (id<TAB>title), print a reference solution, or check them all
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0
    cmd, rest = args[0], args[1:]
    if cmd == "sim":
        from .sim import main as sim_main
        return sim_main(rest)
    if cmd == "serve":
        return serve(rest)
    if cmd == "lessons":
        return lessons(rest)
    print(f"layerlab: unknown command {cmd!r}\n\n{USAGE}", file=sys.stderr, end="")
    return 2


def _lesson_options(args: list[str]) -> tuple[str, str | None, bool] | str:
    """--lang, --solution and --check, or what was wrong with them."""
    lang, solution, check = "en", None, False
    while args:
        a = args.pop(0)
        if a == "--lang" and args:
            lang = args.pop(0)
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
        elif a == "--solution" and args:
            solution = args.pop(0)
        elif a == "--check":
            check = True
        else:
            return f"unknown option {a}"
    return (lang, solution, check) if lang in ("en", "ko") else "--lang takes en or ko"


def lessons(args: list[str]) -> int:
    from .lessons.checker import check_lesson
    from .lessons.model import LessonError, all_lessons, find

    options = _lesson_options(args)
    if isinstance(options, str):
        print(f"layerlab lessons: {options}", file=sys.stderr)
        return 2
    lang, solution, check = options
    try:
        every = all_lessons()
    except LessonError as exc:
        print(f"layerlab lessons: {exc}", file=sys.stderr)
        return 1
    if solution is not None:
        lesson = find(solution)
        if lesson is None:
            print(f"layerlab lessons: no lesson {solution!r}", file=sys.stderr)
            return 1
        for line in lesson.solution:
            print(line)
        return 0
    if check:
        problems = [p for lesson in every for p in check_lesson(lesson)]
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(every)} lessons checked, {len(problems)} problems")
        return 1 if problems else 0
    for lesson in every:
        print(f"{lesson.id}\t{lesson.title.get(lang)}")
    return 0


FILES_WANTED = 65536


def more_files() -> None:
    """Each open page holds a connection (a file descriptor) for its live stream: the process takes
    as many as it is allowed, up to FILES_WANTED (systems often start a process with 1,024 and allow
    it far more). The streams' seats are counted from what it gets (web.guards.StreamSeats)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = FILES_WANTED if hard == resource.RLIM_INFINITY else min(hard, FILES_WANTED)
    if soft != resource.RLIM_INFINITY and soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def serve(args: list[str]) -> int:
    import uvicorn

    from .settings import Settings
    from .web.app import create_app

    settings = Settings()
    host, port = settings.host, settings.port
    while args:
        a = args.pop(0)
        if a in ("--host",) and args:
            host = args.pop(0)
        elif a in ("--port",) and args:
            port = int(args.pop(0))
        else:
            print(f"layerlab serve: unknown option {a}", file=sys.stderr)
            return 2
    more_files()
    app = create_app(settings)

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: object) -> None:
            # Live streams never finish by themselves: end them, or shutdown would wait for every
            # watcher to close its page.
            app.state.web.hub.close()
            super().handle_exit(sig, frame)  # type: ignore[arg-type]

    # Forwarded headers are believed only from the proxies named in LAYERLAB_TRUSTED_PROXIES: anyone
    # else could write any X-Forwarded-For and pass for as many clients as they like.
    trusted = settings.trusted_proxies.strip()
    # A connection must send its request's headers in time, and one client holds at most its live
    # streams' connections and a few more (web/guards.py guarded_protocol).
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    from .web.guards import SPARE_CONNECTIONS, guarded_protocol

    http = guarded_protocol(AutoHTTPProtocol, settings.streams_per_client + SPARE_CONNECTIONS, trusted)
    Server(uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False, http=http,
                          proxy_headers=bool(trusted), forwarded_allow_ips=trusted or "")).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
