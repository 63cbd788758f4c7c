"""`layerlab sim`: the engine without the web, one command line per input line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TextIO

from .engine import apply, initial_world
from .engine.attached import prompt
from .engine.shellparse import here_documents_open
from .engine.world import World


def _prompt(world: World) -> str:
    """The learner's bash prompt; inside a container its shell's (none while a command holds the
    terminal)."""
    inside = prompt(world)
    if inside is not None:
        return inside
    home = "/home/learner"
    where = "~" + world.cwd[len(home):] if world.cwd.startswith(home) else world.cwd
    return f"learner@layerlab:{where}$ "


def _read_here_documents(line: str, lines: Iterator[str], out: TextIO, interactive: bool) -> str:
    """A here-document's lines follow its command's line: read them (echoed, as a terminal shows what
    is typed at its "> " prompt) up to the delimiter, to run with the line as one."""
    while here_documents_open(line):
        if interactive:
            out.write("> ")
            out.flush()
        more = next(lines, None)
        if more is None:
            break
        more = more.rstrip("\n").rstrip("\r")
        if not interactive:
            out.write(f"$ {more}\n")
        line += "\n" + more
    return line


def run(inp: TextIO, out: TextIO, seed: int = 0, interactive: bool = False) -> int:
    """Echo protocol: '$ line', the output (stdout and stderr merged in order), '[N]' when N != 0.
    A line that opens a here-document takes the next lines up to its delimiter, each echoed as '$ line'.

    Interactive (a person at a terminal): a shell prompt instead of the echo.
    Keys are lines of their own, in both modes: ^C (Ctrl-C), ^D (Ctrl-D), ^P^Q (detach keys);
    a line typed into a container's shell is echoed like any other ('$ touch /x').
    """
    world = initial_world(seed)
    lines = iter(inp)
    while True:
        if interactive:
            out.write(_prompt(world))
            out.flush()
        raw = next(lines, None)
        if raw is None:
            break
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if interactive and world.attached is None and line.strip() in ("exit", "logout"):
            break
        if not interactive:
            out.write(f"$ {line}\n")
        line = _read_here_documents(line, lines, out, interactive)
        try:
            result = apply(world, line)
            if result.prompt is not None:
                # The question, then the answer read from the next line, echoed like a command.
                out.write("\n".join(result.prompt) + ("" if interactive else "\n"))
                out.flush()
                answer = next(lines, "").rstrip("\n").rstrip("\r")
                if not interactive:
                    out.write(f"$ {answer}\n")
                asked = len(result.prompt)
                result = apply(world, line, answer=answer)
                del result.lines[:asked]  # the question was shown already
        except Exception as exc:  # a bug: say so and go on with the unchanged world
            out.write(f"layerlab: internal error: {type(exc).__name__}: {exc}\n[70]\n")
            out.flush()
            continue
        for _, text in result.lines:
            out.write(text + "\n")
        if result.exit_code and not interactive:
            out.write(f"[{result.exit_code}]\n")
        out.flush()
        world = result.world
    return 0


def main(argv: list[str]) -> int:
    seed = 0
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--seed" and args:
            seed = int(args.pop(0))
        elif a.startswith("--seed="):
            seed = int(a.split("=", 1)[1])
        elif a in ("-h", "--help"):
            print("usage: layerlab sim [--seed N] < commands")
            return 0
        else:
            print(f"layerlab sim: unknown option {a}", file=sys.stderr)
            return 2
    return run(sys.stdin, sys.stdout, seed, interactive=sys.stdin.isatty())
