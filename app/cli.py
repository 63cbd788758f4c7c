"""The `layerlab` command: sim (the engine on stdin/stdout) and, later, serve and lessons."""

from __future__ import annotations

import sys

USAGE = """usage: layerlab COMMAND [ARGS]

commands:
  serve             start the web app (settings: LAYERLAB_* environment variables, see README)
  sim [--seed N]    run command lines from standard input through the simulator
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
    print(f"layerlab: unknown command {cmd!r}\n\n{USAGE}", file=sys.stderr, end="")
    return 2


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
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
