"""The process inside a container: its shell, its node and npm, and how its main process starts."""

from __future__ import annotations

import re
from typing import Any

from . import nodeapp
from .dockercli import DockerError
from .fs import normpath
from .npm import npm_install, npm_start
from .shell import BUSYBOX, GNU, IO, Shell
from .views import ContainerView
from .world import Container, World


def flavor_of(world: World, c: Container) -> str:
    view = ContainerView(world, c)
    return BUSYBOX if view.get("/bin/busybox") is not None else GNU


def container_shell(world: World, c: Container, extra: dict[str, Any] | None = None) -> Shell:
    flavor = flavor_of(world, c)
    env = dict(e.split("=", 1) for e in c.env if "=" in e)
    env.setdefault("HOME", "/root")
    env["HOSTNAME"] = c.id[:12]
    sh = Shell(world, ContainerView(world, c), flavor, flavor, c.workdir or "/", env, name="sh")
    sh.extra = dict(extra or {})
    sh.extra["node"] = node_tool(c)
    sh.extra["npm"] = npm_tool
    return sh


def node_tool(c: Container) -> Any:
    def node(sh: Shell, argv: list[str], io: IO) -> int:
        if len(argv) >= 2 and argv[1] in ("-v", "--version"):
            io.out("v14.21.3")
            return 0
        if len(argv) >= 2 and not argv[1].startswith("-"):
            code, logs = nodeapp.start_node(sh.world, c, normpath(argv[1], sh.cwd))
            for line in logs:
                io.err(line)
            if code is None:
                # A second server in the same container: the port is taken by the first one.
                if c.process.get("kind") == "app" and c.process.get("exec_started"):
                    return 0
                c.process["exec_started"] = True
                return 0
            return code
        return 0
    return node


def npm_tool(sh: Shell, argv: list[str], io: IO) -> int:
    if len(argv) >= 2 and argv[1] in ("install", "i", "ci"):
        return npm_install(sh, io, argv)
    if len(argv) >= 2 and argv[1] in ("-v", "--version"):
        io.out("6.14.18")
        return 0
    io.err(f"npm ERR! Unknown command: \"{argv[1] if len(argv) > 1 else ''}\"")
    return 1


# A shell named alone (`sh`, `/bin/bash`): with -i or -t it waits for what is typed into it.
SHELL_NAMES = frozenset({"sh", "bash", "ash", "dash"})


def shell_kind(world: World, c: Container, argv: list[str]) -> str:
    """Which shell a bare argv starts in c: "bash", "dash" (sh in Debian and Ubuntu) or "ash"
    (sh in BusyBox images), or "node" (its REPL); "" when argv is not a shell with nothing to run."""
    base = argv[0].rsplit("/", 1)[-1] if len(argv) == 1 else ""
    if base == "node":
        return "node"
    if base not in SHELL_NAMES:
        return ""
    if base in ("bash", "dash"):
        return base
    return "ash" if flavor_of(world, c) == BUSYBOX else "dash"


def process_argv(world: World, c: Container) -> list[str]:
    """Entrypoint + command, with node's docker-entrypoint.sh rule (run node for '-x' or non-commands)."""
    argv = list(c.entrypoint) + list(c.cmd)
    if c.entrypoint == ["docker-entrypoint.sh"] and c.cmd:
        first = c.cmd[0]
        sh = container_shell(world, c)
        if first.startswith("-") or sh.resolve(first) is None:
            return ["node", *c.cmd]
        return list(c.cmd)
    return argv


def begin_process(world: World, c: Container, io: IO, attached: bool) -> tuple[int | None, list[str]]:
    """Run c's main process: (None, out) while it keeps running, else (exit code, out).

    Raises DockerError (exit 127) when the executable is not found, as the runtime would.
    """
    argv = process_argv(world, c)
    if not argv:
        raise DockerError("Error response from daemon: no command specified", 125)
    sh = container_shell(world, c)
    name = argv[0]
    if sh.resolve(name) is None:
        raise DockerError(
            "Error response from daemon: failed to create task for container: failed to create shim task: "
            "OCI runtime create failed: runc create failed: unable to start container process: error during "
            f"container init: exec: \"{name}\": executable file not found in $PATH: unknown", 127)
    c.process = {"kind": "running"}
    out: list[str] = []
    base = name.rsplit("/", 1)[-1]
    if base == "node" and len(argv) >= 2 and not argv[1].startswith("-"):
        code, logs = nodeapp.start_node(world, c, argv[1])
        return code, logs
    if base == "npm" and (argv[1:] == ["start"] or argv[1:] == ["run", "start"]):
        return npm_start(world, c)
    if base in ("sleep",) and len(argv) == 2:
        m = re.fullmatch(r"(\d+)", argv[1])
        if argv[1] == "infinity":
            c.process = {"kind": "forever"}
            return None, out
        if m:
            c.process = {"kind": "sleep", "until": world.clock + int(m.group(1))}
            return None, out
    if base == "top" or (base == "tail" and "-f" in argv):
        c.process = {"kind": "forever"}
        return None, out
    shell = shell_kind(world, c, argv)
    if shell and (c.stdin_open or c.tty):
        # An interactive shell reads its terminal (or stdin kept open by -i): it waits, and runs.
        c.process = {"kind": "shell", "shell": shell}
        return None, out
    buf: list[str] = []
    sink: list[tuple[int, str]] = []
    io2 = IO(sink)
    status = sh.execute(argv, io2)
    if sh.elapsed and attached:
        world.clock += sh.elapsed
    elif sh.elapsed:
        c.process = {"kind": "sleep", "until": world.clock + sh.elapsed, "status": status,
                     "output": [t for _, t in sink]}
        return None, buf
    return status, [t for _, t in sink]
