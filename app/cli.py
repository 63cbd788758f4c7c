"""The `layerlab` command: sim (the engine on stdin/stdout) and, later, serve and lessons."""

from __future__ import annotations

import sys

USAGE = """usage: layerlab COMMAND [ARGS]

commands:
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
    print(f"layerlab: unknown command {cmd!r}\n\n{USAGE}", file=sys.stderr, end="")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
