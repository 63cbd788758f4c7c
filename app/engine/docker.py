"""The `docker` command: resolve the subcommand in the table, parse, check arguments, run."""

from __future__ import annotations

from typing import Any

from .commands import GROUPS, lookup
from .dockercli import (
    HELP_SHORTHAND_DEPRECATED,
    Cancelled,
    Command,
    Ctx,
    DockerError,
    check_arg_count,
    global_flags,
    help_lines,
    parse_args,
)
from .shell import Shell
from .systeminfo import VERSION_LINE
from .toolkit import IO, PIPE_SHIELD


def docker_tool(answer: str | None) -> Any:
    def tool(sh: Shell, argv: list[str], io: IO) -> int:
        return run_docker(sh, argv[1:], io, answer)
    return tool


_READS = {"exec", "logs", "inspect", "ps", "ls", "images", "history", "top", "diff", "port", "version", "info"}


def run_docker(sh: Shell, argv: list[str], io: IO, answer: str | None = None) -> int:
    # the daemon finishes what it was asked even when the CLI's pipe closes: a command that changes
    # the world is never cut off in the middle; one that only reads or runs a process may be
    words = [w for w in argv if not w.startswith("-")][:2]  # the command (`exec`, `container exec`)
    shield = PIPE_SHIELD.set(not _READS & set(words))
    try:
        return _dispatch(sh, argv, io, answer)
    except DockerError as exc:
        for line in exc.message.split("\n"):
            io.err(line)
        return exc.code
    except Cancelled as exc:
        return exc.code
    finally:
        PIPE_SHIELD.reset(shield)


class _Done(Exception):
    """A global option answered the whole line (--help, --version): exit 0."""


def _global_options(argv: list[str], io: IO, root: Command) -> list[str]:
    """Skip the global options before the command (--help and --version answer at once)."""
    while argv and argv[0].startswith("-"):
        a = argv[0]
        if a in ("--help", "-h"):
            if a == "-h":
                io.err(HELP_SHORTHAND_DEPRECATED)
            _print(io, help_lines(_help_target(argv[1:], root)))
            raise _Done
        if a in ("-v", "--version"):
            io.out(VERSION_LINE)
            raise _Done
        flag = next((f for f in global_flags() if a in (f"--{f.long}", f"-{f.short}")
                     or a.startswith(f"--{f.long}=")), None)
        if flag is not None and flag.long not in ("help", "version"):
            takes = bool(flag.var) and "=" not in a
            if takes and len(argv) < 2:
                raise DockerError(f"flag needs an argument: {a}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\n"
                                  "Run 'docker --help' for more information", 125)
            argv = argv[2:] if takes else argv[1:]
            continue
        raise DockerError(f"unknown flag: {a.split('=')[0]}" + "\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\n"
                          "Run 'docker --help' for more information", 125)
    return argv


def _help_target(rest: list[str], root: Command) -> Command:
    """Whose help `docker --help CMD` shows: the root's --help is the persistent flag every command
    shares (docker/cli v28.5.2 cli/cobra.go HandleGlobalFlags sets it; cobra's Traverse finds the
    command the rest of the line names, and its execute sees the flag set): that command's, a
    group's for a subcommand it does not have, else the root's."""
    if not rest or rest[0].startswith("-"):
        return root
    if rest[0] in GROUPS and rest[1:2] and not rest[1].startswith("-"):
        return lookup(f"{rest[0]} {rest[1]}") or lookup(rest[0]) or root
    return lookup(rest[0]) or root


def _dispatch(sh: Shell, argv: list[str], io: IO, answer: str | None) -> int:
    root = lookup("docker")
    assert root is not None
    try:
        argv = _global_options(argv, io, root)
    except _Done:
        return 0
    if not argv:
        for line in help_lines(root):
            io.err(line)
        return 0
    if argv[0] == "help":
        return _help(argv, io, root)
    found = _group_command(argv, io) if argv[0] in GROUPS else _top_level(argv[0], argv[1:], io)
    if found is None:
        return 0
    cmd, rest = found
    notes: list[str] = []
    parsed = parse_args(cmd, rest, notes)
    _print(io, notes)
    if parsed is None:
        _print(io, help_lines(cmd))
        return 0
    check_arg_count(cmd, len(parsed.positional))
    ctx = Ctx(sh.world, io, sh, cmd, answer)
    assert cmd.handler is not None
    return cmd.handler(ctx, parsed)


def _help(argv: list[str], io: IO, root: Command) -> int:
    """`docker help [COMMAND]`."""
    if len(argv) == 1:
        _print(io, help_lines(root))
        return 0
    cmd = lookup(" ".join(argv[1:3])) or lookup(argv[1])
    if cmd is None:
        raise DockerError(f"unknown help topic: {' '.join(argv[1:])}")
    _print(io, help_lines(cmd))
    return 0


def _group_command(argv: list[str], io: IO) -> tuple[Command, list[str]] | None:
    """A management command's subcommand (`docker volume ls`) and its arguments, or None when the
    group's help was printed instead (`docker volume`, `docker volume --help`)."""
    name, rest = argv[0], argv[1:]
    if not rest or rest[0].startswith("-"):
        group = lookup(name)
        assert group is not None
        if rest and rest[0] in ("--help", "-h"):
            _help_of(io, group, rest[0])
            return None
        if name in ("builder", "buildx") and not rest:
            _print(io, help_lines(group))  # buildx's root command: RunE prints its help (commands/root.go)
            return None
        if name in ("builder", "buildx") and rest[0].split("=")[0] in ("--builder", "--debug", "-D"):
            raise DockerError(f"layerlab: docker {name} {rest[0].split('=')[0]} is not simulated yet", 1)
        if name in ("builder", "buildx") and rest[0] not in ("--help", "-h"):
            # the plugin's flag errors (docker/cli cli/cobra.go FlagErrorFunc, as SetupPluginRootCommand sets it)
            raise DockerError(f"unknown flag: {rest[0]}\n\nUsage:  docker buildx [OPTIONS] COMMAND\n\n"
                              "Run 'docker buildx --help' for more information", 125)
        if rest:
            raise DockerError(f"unknown flag: {rest[0]}\n\nUsage:  docker {name}{' COMMAND' if name == 'volume' else ''}"
                              f"\n\nRun 'docker {name} --help' for more information", 125)
        for line in help_lines(group):
            io.err(line)
        return None
    cmd = lookup(f"{name} {rest[0]}")
    group = lookup(name)
    real = cmd is not None or (group is not None and any(sub == rest[0] for _, sub, _ in group.subcommands))
    if real and (cmd is None or cmd.handler is None):
        if cmd is not None and rest[1:2] in (["--help"], ["-h"]):
            _help_of(io, cmd, rest[1])  # the CLI's help, for a command layerlab does not run
            return None
        # docker system info, docker container top...: Docker has them, layerlab does not run them
        raise DockerError(f"layerlab: docker {name} {rest[0]} is a Docker command that layerlab does not simulate "
                          "yet", 1)
    if name in ("builder", "buildx") and cmd is None and group is not None:
        # buildx commands/root.go RunE: its help, then the error cmd/buildx/main.go prints
        _print(io, help_lines(group))
        raise DockerError(f'ERROR: unknown command: "{rest[0]}"', 1)
    if cmd is None or cmd.handler is None:
        use = f"docker {name} COMMAND" if name == "volume" else f"docker {name}"
        raise DockerError(f"docker: unknown command: docker {name} {argv[1]}\n\nUsage:  {use}\n\n"
                          f"Run 'docker {name} --help' for more information")
    return cmd, rest[1:]


def _top_level(name: str, rest: list[str], io: IO) -> tuple[Command, list[str]] | None:
    """A top-level command (`docker ps`) and its arguments, or None when its help was printed instead."""
    cmd = lookup(name)
    known = cmd is not None and cmd.handler is None and name != "docker"
    if known and rest[:1] in (["--help"], ["-h"]):
        _help_of(io, cmd, rest[0])  # type: ignore[arg-type]  # the CLI's help, for a command layerlab does not run
        return None
    if name in NOT_SIMULATED or known:
        raise DockerError(f"layerlab: docker {name} is a Docker command that layerlab does not simulate yet", 1)
    if cmd is None or cmd.handler is None or name == "docker":
        raise DockerError(f"docker: unknown command: docker {name}\n\nRun 'docker --help' for more information")
    return cmd, rest


# Commands real Docker has that layerlab does not run: they say so, rather than "unknown command".
NOT_SIMULATED = frozenset({
    "push", "login", "logout", "search", "compose", "context", "plugin",
    "secret", "config", "service", "stack", "swarm", "node", "trust", "manifest", "init", "checkpoint",
})


def _help_of(io: IO, cmd: Command, asked: str) -> None:
    """A command's help for --help or -h: -h is the root's deprecated shorthand, which pflag
    reports first (dockercli.HELP_SHORTHAND_DEPRECATED)."""
    if asked == "-h":
        io.out(HELP_SHORTHAND_DEPRECATED)
    _print(io, help_lines(cmd))


def _print(io: IO, lines: list[str]) -> None:
    for line in lines:
        io.out(line)
