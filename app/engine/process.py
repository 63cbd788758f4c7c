"""The process inside a container: its shell, its node and npm, and how its main process starts."""

from __future__ import annotations

import re
from typing import Any

from . import budget, hosttools, nodeapp, shelltrap
from .budget import OverBudget
from .dockercli import DockerError
from .execuser import ExecUser, UserError, read_user_in, run_as
from .fs import DIR, normpath
from .npm import NotBeside, npm_install, npm_start
from .shell import BUILTINS, ExitShell, Shell
from .shellcompound import run_compound
from .shellgrammar import Compound, parse
from .shellparse import ShellSyntaxError
from .timeline import Paused, Suspended, TimedLines, TimedOutput, Timeline, resumable_loop, split_by_time
from .toolkit import BUSYBOX, ERR, GNU, IO, Lines, Output, PipeClosed, PipeLines, StdoutGone, Unread, cli_pipe
from .views import ContainerView
from .world import MAX_VARIABLE_BYTES, STDERR_LINE, Container, World, add_logs, config_user, host_name, log_line

# A file the runtime would execute that layerlab has no program for (a script, a copied binary).
NOT_SIMULATED = "layerlab: {name} is an executable file, but running it is not simulated"


def flavor_of(world: World, c: Container) -> str:
    view = ContainerView(world, c)
    return BUSYBOX if view.get("/bin/busybox") is not None else GNU


def main_user(world: World, c: Container) -> ExecUser | None:
    """Who c's main process runs as: Config.User read against the container's files (moby v28.5.2
    daemon/oci_linux.go WithUser, getUser), None for root when it is empty. The daemon reads it as it
    makes the runtime's spec; an error there is a System error of the start (daemon/start.go
    containerStart), with no runtime text around it, and the container records exit code 128
    (exitUnknown, daemon/errors.go)."""
    spec = config_user(world, c)
    if not spec and not c.group_add:
        return None
    try:
        return read_user_in(ContainerView(world, c), spec, c.group_add)
    except UserError as exc:
        raise DockerError(f"Error response from daemon: {exc}", 128) from None


def home_given(c: Container) -> bool:
    """Whether the environment sets HOME, which runc then keeps (libcontainer setupUser)."""
    return any(e.startswith("HOME=") and e != "HOME=" for e in c.env)


def container_shell(world: World, c: Container, extra: dict[str, Any] | None = None) -> Shell:
    flavor = flavor_of(world, c)
    env = dict(e.split("=", 1) for e in c.env if "=" in e)
    env.setdefault("HOME", "/root")
    env["HOSTNAME"] = host_name(c)
    sh = Shell(world, ContainerView(world, c, devices=True), flavor, flavor, c.workdir or "/", env, name="sh")
    sh.extra = dict(extra or {})
    sh.extra["node"] = node_tool(c)
    sh.extra["npm"] = npm_tool
    sh.extra["curl"] = hosttools.container_curl(c)  # where the image has curl (resolve looks first)
    return sh


def node_tool(c: Container) -> Any:
    def node(sh: Shell, argv: list[str], io: IO) -> int:
        if len(argv) >= 2 and argv[1] in ("-v", "--version"):
            io.out("v14.21.3")
            return 0
        if len(argv) >= 2 and not argv[1].startswith("-"):
            # no timeline: a shell docker exec started, beside the main process
            try:
                code, logs = nodeapp.start_node(sh.world, c, normpath(argv[1], sh.cwd), beside=sh.timeline is None)
            except nodeapp.SecondServer:
                io.err(nodeapp.SecondServer.MESSAGE)
                return 1
            for line in logs:  # console.log's lines on its stdout, its errors on its stderr
                (io.err if line.startswith(STDERR_LINE) else io.out)(line.removeprefix(STDERR_LINE))
            if code is None:
                # a server started where one ran before and serves no more (a nodemon whose app
                # crashed): it serves now; one beside a serving main process is start_node's
                if c.process.get("kind") == "app" and c.process.get("exec_started"):
                    return 0
                c.process["exec_started"] = True
                if sh.timeline is not None:
                    # the main process's shell (`CMD node server.js`, `sh -c 'node server.js'`) waits
                    # for the server, which runs on: so does the container (begin_process)
                    raise Suspended()
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
    if argv[1:] in (["start"], ["run", "start"]):
        return _npm_start_in_shell(sh, io)
    io.err(f"npm ERR! Unknown command: \"{argv[1] if len(argv) > 1 else ''}\"")
    return 1


def _npm_start_in_shell(sh: Shell, io: IO) -> int:
    """`npm start` run by the main process's shell (`CMD npm start`, which Docker stores as
    /bin/sh -c "npm start"): as the main process's npm start, and the shell waits for the server."""
    c = getattr(sh.view, "c", None)
    beside = sh.timeline is None
    if c is None or (beside and nodeapp.serving_port(c) is None):
        io.err("layerlab: npm start beside a container's main process is not simulated")
        return 1
    # beside a main process that serves (docker exec web npm start): npm's node shares its network,
    # and fails to listen on the same port (nodeapp.start_node); npm then says the script failed
    try:
        code, lines = npm_start(sh.world, c, beside)
    except NotBeside:
        io.err("layerlab: npm start beside a container's main process is not simulated")
        return 1
    except nodeapp.SecondServer:
        io.err(nodeapp.SecondServer.MESSAGE)
        return 1
    for line in lines:
        (io.err if line.startswith(STDERR_LINE) else io.out)(line.removeprefix(STDERR_LINE))
    if code is None:
        raise Suspended()
    return code


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


RUNTIME_CREATE = ("failed to create task for container: failed to create shim task: OCI runtime create failed: "
                  "runc create failed: unable to start container process: error during container init: ")
RUNTIME_EXEC = "OCI runtime exec failed: exec failed: unable to start container process: "


def lookpath(sh: Shell, name: str) -> str | None:
    """Go's exec.LookPath (os/exec/lp_unix.go) as the runtime calls it on the process's first word:
    None when it is found, else its error text. A name with a '/' is not searched in $PATH: it is
    stat'ed (relative to the working directory) and must be a file with an execute bit (as root)."""
    if "/" not in name:
        return None if sh.resolve(name) is not None else f'exec: "{name}": executable file not found in $PATH'
    path = normpath(name, sh.cwd)
    node = sh.view.get(path)
    if node is None:
        why = "not a directory" if _file_on_the_way(sh, path) else "no such file or directory"
        return f'exec: "{name}": stat {name}: {why}'
    if node.kind == DIR:
        return f'exec: "{name}": is a directory'
    if not node.mode & 0o111:
        return f'exec: "{name}": permission denied'
    return None


def program_for(sh: Shell, name: str) -> str | None:
    """The word to run for a first word lookpath found: itself, or for a path to a file whose
    program the shell has as a builtin (/bin/echo), that builtin's name; None if layerlab has none."""
    if sh.resolve(name) is not None:
        return name
    base = name.rsplit("/", 1)[-1]
    return base if "/" in name and base in BUILTINS else None


def _file_on_the_way(sh: Shell, path: str) -> bool:
    """Whether a component above path is a file (stat then fails with ENOTDIR)."""
    parts = path.strip("/").split("/")[:-1]
    for i in range(1, len(parts) + 1):
        node = sh.view.get("/" + "/".join(parts[:i]))
        if node is None:
            return False
        if node.kind != DIR:
            return True
    return False


def runtime_failure(desc: str) -> tuple[str, int]:
    """daemon/errors.go setExitCodeFromError: the daemon's own additions to the runtime's message and
    the exit code it records (126 cannot be invoked, 127 not found or a mount mix-up, 128 else)."""
    low = desc.lower()
    if "permission denied" in low:
        return desc, 126
    if "is a directory" in low:
        # Go 1.20 made exec of a directory EISDIR; the daemon adds EACCES's text so the CLI says 126
        return desc + ": permission denied", 126
    if "not a directory" in low:
        return (desc + ": Are you trying to mount a directory onto a file (or vice-versa)? Check if the "
                "specified host path exists and is the expected type"), 127
    if any(m in low for m in ("executable file not found", "no such file or directory",
                              "system cannot find the file specified", "failed to run runc create/exec call")):
        return desc, 127
    return desc, 128


def _waiting_process(world: World, c: Container, argv: list[str], base: str) -> dict[str, object] | None:
    """The process state of a main process that keeps running once started (sleep N, sleep infinity,
    top, tail -f, an interactive shell), else None."""
    if base == "sleep" and len(argv) == 2:
        if argv[1] == "infinity":
            return {"kind": "forever"}
        if re.fullmatch(r"(\d+)", argv[1]):
            return {"kind": "sleep", "until": world.clock + int(argv[1])}
    if base == "top" or (base == "tail" and "-f" in argv):
        return {"kind": "forever"}
    shell = shell_kind(world, c, argv)
    if shell and (c.stdin_open or c.tty):
        # An interactive shell reads its terminal (or stdin kept open by -i): it waits, and runs.
        return {"kind": "shell", "shell": shell}
    return None


def begin_process(world: World, c: Container, io: IO, attached: bool,
                  user: ExecUser | None = None) -> tuple[int | None, list[str]]:
    """Run c's main process, as user (main_user) if given: (None, out) while it keeps running,
    else (exit code, out).

    Raises DockerError (with the exit code the daemon records) when the runtime cannot start it.
    """
    argv = process_argv(world, c)
    if not argv:
        raise DockerError("Error response from daemon: no command specified", 125)
    sh = container_shell(world, c)
    if user is not None:
        run_as(sh, user, home_given(c))
    name = argv[0]
    missing = lookpath(sh, name)
    if missing is not None:
        desc, recorded = runtime_failure(f"{RUNTIME_CREATE}{missing}: unknown")
        raise DockerError(f"Error response from daemon: {desc}", recorded)
    program = program_for(sh, name)
    if program is None:
        raise DockerError(NOT_SIMULATED.format(name=name), 126)
    argv = [program, *argv[1:]]
    c.process = {"kind": "running"}
    out: list[str] = []
    base = name.rsplit("/", 1)[-1]
    if base == "node" and len(argv) >= 2 and not argv[1].startswith("-"):
        code, logs = nodeapp.start_node(world, c, argv[1])
        return code, logs
    if base == "npm" and (argv[1:] == ["start"] or argv[1:] == ["run", "start"]):
        return npm_start(world, c)
    waiting = _waiting_process(world, c, argv, base)
    if waiting is not None:
        c.process = waiting
        return None, out
    timeline = Timeline(budget.current().steps, horizon=0 if _loop_script(argv) is not None else None)
    sh.timeline = timeline
    sink = _sink(timeline, cli_pipe(io) if attached else None, c.tty)
    status, paused = _run_main(sh, argv, sink)
    lines = kept_lines(c, sink)
    if isinstance(sink, _Followed) and sink.gone:
        return _unfollowed(c, lines)
    if status is not None and (attached or not sh.elapsed):
        timed = TimedLines(lines)
        timed.open, timed.times = lines.open, [world.clock + t for t in sink.times[:len(lines)]]
        world.clock += sh.elapsed  # the attached client waits for it as the clock moves on
        return status, timed
    return _runs_on(world, c, (sh, argv, timeline), sink, status, paused)


def _runs_on(world: World, c: Container, main: tuple[Shell, list[str], Timeline], sink: TimedOutput,
             status: int | None, paused: Paused | None) -> tuple[None, Lines]:
    """A main process that goes on as the clock passes: what it wrote so far, and c.process as it
    goes on (a server its shell started and waits for, a loop, one asleep until the clock comes)."""
    sh, argv, timeline = main
    lines = kept_lines(c, sink)
    now, later = split_by_time(lines, sink.times, world.clock)
    at_once = Lines(now)
    at_once.open = lines.open and not later
    if status is None and paused is None and c.process.get("kind") == "app":
        return None, at_once  # a server the shell started, which it waits for: the container runs it
    if paused is not None:
        c.process = {"kind": "loop", "pending": later,
                     "resume": _resume_point(paused, argv, world.clock, world.clock + timeline.now)}
    elif status is None:
        c.process = {"kind": "loop", "pending": later}
    else:
        # it ends by itself once its sleeps are over; what it wrote before them is in the log at once
        # (real Docker streams a process's output as it is written)
        c.process = {"kind": "sleep", "until": world.clock + sh.elapsed, "status": status, "pending": later}
    _keep_traps(c, timeline)
    return None, at_once


def _keep_traps(c: Container, timeline: Timeline) -> None:
    """The main shell's traps as it runs on, for docker stop and docker kill (run_trap)."""
    if timeline.traps:
        c.process["traps"] = shelltrap.encode(timeline.traps)


class _Followed(TimedOutput):
    """The output of a process an attached CLI streams into a pipe that closes early (cli_pipe):
    when that pipe closes, the CLI's next write fails and the process is no longer followed."""

    def __init__(self, timeline: Timeline, follower: PipeLines, tty: bool) -> None:
        super().__init__(timeline)
        self.follower, self.tty, self.gone = follower, tty, False

    def add(self, fd: int, text: str, end: str = "\n") -> None:
        super().add(fd, text, end)
        if fd != ERR or self.tty:  # stderr goes to the CLI's own stderr (stdcopy), not into the pipe
            try:
                self.follower.add(text, end)
            except PipeClosed:
                self.gone = True
                raise StdoutGone from None


def _sink(timeline: Timeline, follower: PipeLines | None, tty: bool) -> TimedOutput:
    return TimedOutput(timeline) if follower is None else _Followed(timeline, follower, tty)


def _unfollowed(c: Container, lines: Lines) -> tuple[None, Unread]:
    """The attached CLI is gone (its stdout pipe closed): what it had; the process runs on into its
    log, as far as layerlab runs it (no further)."""
    c.process = {"kind": "loop", "pending": []}
    return None, Unread(lines)


def _run_main(sh: Shell, argv: list[str], sink: TimedOutput) -> tuple[int | None, Paused | None]:
    """Run a main process as far as it goes now: its exit status, else None while it runs on (a
    loop run ahead as far as layerlab runs it, or one asleep until the clock comes: Paused)."""
    try:
        return sh.execute(argv, IO(sink)), None
    except (Suspended, StdoutGone):
        return None, None  # a loop that goes on: it runs, and what it wrote comes in time
    except Paused as asleep:
        return None, asleep  # it runs on as the clock passes (resume_loop)


def _loop_script(argv: list[str]) -> Compound | None:
    """The loop that `sh -c SCRIPT` (or bash, dash, ash) ends with, when it runs on as the clock
    passes (timeline.resumable_loop); None for every other main process."""
    if len(argv) < 3 or argv[1] != "-c" or argv[0].rsplit("/", 1)[-1] not in ("sh", "bash", "dash", "ash"):
        return None
    try:
        return resumable_loop(parse(argv[2]))
    except ShellSyntaxError:
        return None


def _resume_point(paused: Paused, argv: list[str], started: int, at: int) -> dict[str, Any] | None:
    """What a paused loop needs to run on: its script, the shell's variables and directory, when it
    started and when it wakes (None when its variables are too big to keep: it then just runs)."""
    if sum(len(k) + len(v) for k, v in paused.env.items()) > MAX_VARIABLE_BYTES:
        return None
    return {"argv": list(argv), "env": paused.env, "cwd": paused.cwd, "started": started, "at": at}


def resume_loop(world: World, c: Container) -> tuple[int | None, int]:
    """Run a paused main process's loop on, from its condition, up to the world's clock: what it
    writes to files happens now, its lines reach the log with the second they were written. Its
    work is charged to the budget the caller opened (not to the line being typed). (The exit status
    and when it ended, when the loop ended; else (None, 0) and c.process says where it sleeps.)"""
    point = c.process["resume"]
    argv, started = point["argv"], point["started"]
    loop = _loop_script(argv)
    sh = container_shell(world, c)
    try:
        user = main_user(world, c)
    except DockerError:  # (it started as this user: its files changed since)
        user = None
    if user is not None:
        run_as(sh, user, home_given(c))
    sh.name = "bash" if argv[0].rsplit("/", 1)[-1] == "bash" else "sh"
    sh.mode, sh.pid, sh.spawns = "-c", 1, 0  # the main process itself, `sh -c SCRIPT` running on
    sh.env, sh.cwd, sh.positional = dict(point["env"]), point["cwd"], argv[4:]
    sh.exported = set(sh.env)
    sh.traps = shelltrap.decoded(c.process.get("traps"))
    traps = {"traps": c.process["traps"]} if c.process.get("traps") else {}
    pending = list(c.process.get("pending") or [])
    timeline = Timeline(budget.current().steps, now=point["at"] - started, horizon=world.clock - started,
                        started=started)
    sh.timeline = timeline
    sink = TimedOutput(timeline)
    paused: Paused | None = None
    status: int | None = None
    try:
        if loop is not None:
            status = run_compound(sh, loop, IO(sink))
    except Paused as asleep:
        paused = asleep
    except (Suspended, OverBudget):
        pass  # it goes on running, no longer run ahead
    except ExitShell as exc:
        status = int(exc.args[0])
    if status is not None:  # the script ends with its loop: the EXIT trap runs
        status = shelltrap.on_exit(sh, status, IO(sink))
    _, later = split_by_time(kept_lines(c, sink), [t or 1 for t in sink.times], started)
    if status is not None:
        c.process = {**c.process, "pending": pending + later}
        return status, started + timeline.now
    resume = None if paused is None else _resume_point(paused, argv, started, started + timeline.now)
    c.process = {"kind": "loop", "pending": pending + later, **({"resume": resume} if resume else {}), **traps}
    return None, 0


def kept_lines(c: Container, output: Output) -> Lines:
    """A process's output as the container's log keeps it, each line marked with its stream (a
    container with a terminal has only one)."""
    lines = Lines(log_line(text, fd == ERR and not c.tty) for fd, text in output)
    lines.open = output.open_fd != 0
    return lines


# -- a main shell's traps (shelltrap.py): docker stop and docker kill ----------------------------

def trap_of(c: Container, number: int) -> str | None:
    """The action c's main shell set for a signal ("" ignored), None when it set none."""
    return shelltrap.decoded(c.process.get("traps")).get(number) if c.running else None


def trap_delay(world: World, c: Container) -> int:
    """The seconds before the main shell runs a trap: a shell waiting for a foreground command
    (`sleep 1000`) runs it once that command ends (bash trap.c and jobs.c waitchld, dash
    waitforjob, ash dowait: the trap runs between commands); `wait` and a shell between commands
    run it at once."""
    if c.process.get("kind") == "sleep":
        return max(0, int(c.process["until"]) - world.clock)
    point = c.process.get("resume")
    return max(0, int(point["at"]) - world.clock) if point else 0


def run_trap(world: World, c: Container, number: int, when: int) -> int | None:
    """Run the main shell's trap for a signal, its output in c's log at when: the exit status when
    it exits (its EXIT trap run too), else None (the shell goes on as it was)."""
    traps = shelltrap.decoded(c.process.get("traps"))
    sh = container_shell(world, c)
    try:
        user = main_user(world, c)
    except DockerError:
        user = None
    if user is not None:
        run_as(sh, user, home_given(c))
    argv = process_argv(world, c)
    sh.name = "bash" if argv and argv[0].rsplit("/", 1)[-1] == "bash" else "sh"
    sh.pid, sh.spawns = 1, 0
    point = c.process.get("resume")
    if point:
        sh.env, sh.cwd = dict(point["env"]), point["cwd"]
    sh.traps, sh.mode = traps, "-c"
    output = Output()
    status: int | None = None
    try:
        sh.run_line(traps.get(number) or ":", IO(output))
    except ExitShell as exc:
        status = shelltrap.on_exit(sh, int(exc.args[0]), IO(output))
    except (Suspended, Paused, OverBudget):
        pass  # it runs on (layerlab runs it no further)
    lines = kept_lines(c, output)
    if when <= world.clock:
        add_logs(c, list(lines), when)
    else:
        c.process = {**c.process, "pending": [*(c.process.get("pending") or []), *([when, ln] for ln in lines)]}
    return status
