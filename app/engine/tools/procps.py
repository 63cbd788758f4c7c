"""ps: the container's processes (its main process is PID 1) as procps-ng or BusyBox lists them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from ..shell import Shell
    from ..world import Container, World

# `docker exec` starts its process in the container's PID namespace after the main one; the
# simulator runs no other processes, so ps is the next PID a short-lived container shows.
EXEC_PID = 7
HOST_SHELL_PID = 2419


def main_argv(world: World, c: Container | None) -> list[str]:
    """PID 1's command line: docker-entrypoint.sh execs node, or the command it was given when that
    is a program on the image's PATH (process.process_argv)."""
    if c is None:
        return ["sh"]
    from ..process import process_argv  # the process module builds shells, which run these tools

    return process_argv(world, c) or ["sh"]


def _start(sh: Shell) -> str:
    c = getattr(sh.view, "c", None)
    seconds = getattr(c, "started_at", 0) or sh.world.clock  # the clock counts from EPOCH already
    return datetime.fromtimestamp(seconds, UTC).strftime("%H:%M")


def ps(sh: Shell, argv: list[str], io: IO) -> int:
    args = "".join(a.lstrip("-") for a in argv[1:])
    if sh.where == "host":
        io.out("    PID TTY          TIME CMD")
        io.out(f"{HOST_SHELL_PID:>7} pts/0    00:00:00 bash")
        io.out(f"{HOST_SHELL_PID + 312:>7} pts/0    00:00:00 ps")
        return 0
    main = main_argv(sh.world, getattr(sh.view, "c", None))
    me = ["ps", *argv[1:]]
    rows = [(1, main), (EXEC_PID, me)] if main[0].rsplit("/", 1)[-1] != "ps" else [(1, me)]
    if sh.flavor == BUSYBOX:
        # procps/ps.c: "%5u %-8.8s %s" rows under "  PID USER       TIME  COMMAND"
        io.out("PID   USER     TIME  COMMAND")
        for pid, cmd in rows:
            io.out(f"{pid:>5} {'root':<8} {'0:00':>5} {' '.join(cmd)}")
        return 0
    if set(args) & {"e", "f"} and "aux" not in args:
        io.out("UID        PID  PPID  C STIME TTY          TIME CMD")
        for pid, cmd in rows:
            io.out(f"{'root':<8} {pid:>5} {0:>5}  0 {_start(sh)} ?        00:00:00 {' '.join(cmd)}")
        return 0
    if "aux" in args or set(args) >= {"a", "u", "x"}:
        io.out("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND")
        for pid, cmd in rows:
            stat, vsz, rss = ("Rs", 8604, 3236) if cmd is me else ("Ssl", 614988, 47588)
            mem = "0.0" if cmd is me else "0.6"
            io.out(f"{'root':<8} {pid:>5}  0.0  {mem} {vsz:>6} {rss:>5} ?        {stat:<4} {_start(sh)}   0:00 "
                   f"{' '.join(cmd)}")
        return 0
    io.out("  PID TTY          TIME CMD")
    for pid, cmd in rows:
        io.out(f"{pid:>5} ?        00:00:00 {cmd[0].rsplit('/', 1)[-1][:15]}")
    return 0
