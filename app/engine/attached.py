"""A terminal attached to a container: an interactive shell whose lines run inside it (`docker run
-it busybox sh`, `docker exec -it feedback-app bash`), or a foreground command holding the terminal
(`docker run` without -d, `docker attach`, `docker logs -f`) until the container exits or the learner
stops it.

The state lives in World.attached, so replaying a session's log gives it back. Keys arrive as lines
of their own: CTRL_C, CTRL_D and DETACH (Ctrl-P Ctrl-Q, the CLI's default detach keys,
cli/command/container/hijack.go). While a command holds the terminal, a typed line runs on the host
as in a second terminal, and the held terminal shows what the container printed meanwhile.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import events, eventscmd, lifecycle, statscmd
from .dockercli import Args, Ctx, DockerError, refuse_unsimulated
from .execuser import ExecUser, UserError, read_user, run_as
from .formatting import rfc3339_nano
from .process import container_shell, home_given, shell_kind
from .restartpolicy import cancel
from .shell import ExitShell
from .toolkit import IO, SIGPIPE_STATUS, Lines, Unread, reader_gone, say_after
from .tools.common import passwd_name
from .tools.procps import EXEC_PID
from .world import STDERR_LINE, Attached, Container, World, config_user, host_name, log_stream, log_times

CTRL_C = "^C"
CTRL_D = "^D"
DETACH = "^P^Q"
KEYS = (CTRL_C, CTRL_D, DETACH)

# cmd/docker/docker.go forceExitAfter3TerminationSignals: the CLI gives up on the third SIGINT.
FORCED_EXIT = "got 3 SIGTERM/SIGINTs, forcefully exiting"
# github.com/moby/term EscapeError: what `docker attach` and `docker exec` return on the detach keys.
ESCAPED = "read escape sequence"
SIGINT_STATUS = 130  # 128 + SIGINT: a process the signal ended; the CLI's own exit on it (getExitCode)


def prompt(world: World) -> str | None:
    """What the terminal shows before the next line: None on the host (the page and `layerlab sim`
    draw the learner's own prompt), "" while a command holds it or a shell has no terminal."""
    a = world.attached
    if a is None:
        return None
    if not a.shell or not a.tty:
        return ""
    if a.shell == "node":
        return "> "  # the Node.js REPL's
    home = dict(a.env).get("HOME", "/root")
    where = a.cwd
    if home != "/" and (where == home or where.startswith(home.rstrip("/") + "/")):
        where = "~" + where[len(home):]
    mark = "#" if a.uid == 0 else "$"  # \$: '#' for uid 0
    if a.shell == "bash":
        # Debian's and Ubuntu's /etc/bash.bashrc: PS1='\u@\h:\w\$ ', the host name being the short id
        c = world.containers.get(a.container)
        return f"{a.login}@{host_name(c) if c else a.container[:12]}:{where}{mark} "
    if a.shell == "ash":
        return f"{where} {mark} "  # BusyBox ash with FEATURE_EDITING_FANCY_PROMPT: PS1='\w \$ '
    return f"{mark} "  # dash: '# ' for root, '$ ' for others


# The stored output of a line (the log's `output`, drawn without replay) ends with the prompt the
# next line is typed at, when that is not the learner's own: [PROMPT_FD, prompt].
PROMPT_FD = 0


def with_prompt(lines: list[tuple[int, str]], world: World) -> list[tuple[int, str]]:
    """A line's terminal lines as the log keeps them: with the next prompt when it is a container's."""
    shown = prompt(world)
    if shown is None:
        return lines
    return [*lines, (PROMPT_FD, shown if world.attached and world.attached.shell else HELD)]


HELD = "(held)"  # the marker's text while a command holds the terminal (no prompt ends so)


def badge(world: World) -> tuple[str, str, str] | None:
    """(container name, what holds the terminal: a shell's name or the docker command, "shell" or
    "held") for the page; None on the host."""
    a = world.attached
    if a is not None and a.stats is not None:
        return statscmd.label(world, a.stats), "docker stats", "held"
    if a is not None and a.events is not None:
        return "", "docker events", "held"
    c = world.containers.get(a.container) if a is not None else None
    if a is None or c is None:
        return None
    if a.shell:
        return c.name, (a.shell if a.shell in ("bash", "node") else "sh"), "shell"
    return c.name, f"docker {a.command}", "held"


# ---------------------------------------------------------------------------------------------
# Entering


def _open_shell(world: World, c: Container, command: str, shell: str, tty: bool, pid1: bool,
                cwd: str = "", env: dict[str, str] | None = None, user: ExecUser | None = None) -> None:
    sh = container_shell(world, c)
    if pid1 and user is None and (config_user(world, c) or c.group_add):  # the main process's user
        try:
            user = read_user(sh, config_user(world, c), c.group_add)
        except UserError:
            user = None  # it could not have started: the daemon refuses the start (process.main_user)
        if user is not None:
            run_as(sh, user, home_given(c))
    state = c.process if pid1 else {}
    uid, login = 0, "root"
    groups: tuple[int, ...] = ()
    if user is not None:  # bash's \u: getpwuid's name, or its "I have no name!"
        uid, groups, login = user.uid, user.groups, passwd_name(sh, user.uid) or "I have no name!"
    world.attached = Attached(
        c.id, command, shell=shell, raw=tty, tty=tty, pid1=pid1,
        cwd=cwd or state.get("cwd") or sh.cwd, env=tuple((env or state.get("env") or sh.env).items()),
        status=int(state.get("status", 0)), shown=len(c.logs), since=c.started_at, lineno=int(state.get("lineno", 0)),
        uid=uid, groups=groups, login=login)


def _hold(world: World, c: Container, command: str, raw: bool, sig_proxy: bool, muted: tuple[str, ...] = ()) -> None:
    world.attached = Attached(c.id, command, raw=raw, sig_proxy=sig_proxy, shown=len(c.logs), since=c.started_at,
                              muted=muted)


def after_run(ctx: Ctx, args: Args, c: Container, code: int | None, out: list[str]) -> int:
    """An attached `docker run` (no -d) once its container started: what it printed, then the
    terminal is the container's shell, or held while the process runs (cli/command/container/run.go)."""
    return _attach_started(ctx, c, "run", args.bool("interactive"), args.bool("tty"), _sig_proxy(args), code, out,
                           _muted(args))


def _muted(args: Args) -> tuple[str, ...]:
    """The output streams `docker run -a` leaves out: without -a the CLI attaches stdout and
    stderr; with it, only those named (docker/cli v28.5.2 cli/command/container/opts.go parse,
    validateAttach lower-casing each; run.go attaches Config.AttachStdout and AttachStderr)."""
    asked = {value.lower() for value in args.list("attach")}
    return tuple(stream for stream in ("stdout", "stderr") if asked and stream not in asked)


def start_attached(ctx: Ctx, args: Args) -> int:
    """`docker start -a` / `-i` (cli/command/container/start.go): one container, started, then
    attached as `docker run` is (stdin only with -i and a container made with -i)."""
    world: World = ctx.world
    if len(args.positional) > 1:
        raise DockerError("you cannot start and attach multiple containers at once")
    c = lifecycle.get_container(world, args.positional[0])
    stdin = args.bool("interactive") and c.stdin_open
    code: int | None = None
    out: list[str] = []
    if not c.running:
        try:
            code, out = lifecycle.start_container(ctx, c, attached=True)
        except DockerError as exc:
            raise DockerError(exc.message, 1) from None
    return _attach_started(ctx, c, "start", stdin, c.tty, not c.tty, code, out)


def _attach_started(ctx: Ctx, c: Container, command: str, interactive: bool, tty: bool, sig_proxy: bool,
                    code: int | None, out: list[str], muted: tuple[str, ...] = ()) -> int:
    world: World = ctx.world
    for n, line in enumerate(out, 1):  # a last line printed without its newline stays open (printf abc)
        show_logged(ctx.io, line, "" if n == len(out) and isinstance(out, Lines) and out.open else "\n", c.tty,
                    muted)
    if isinstance(out, Unread):
        return _stdout_gone(ctx.io, sig_proxy)
    if code is not None:
        return code
    if c.process.get("kind") == "sleep":
        # It ends by itself: the terminal waits for it while the clock moves on.
        status = int(c.process.get("status", 0))
        for line in c.process.get("output", []):
            show_logged(ctx.io, line, tty=c.tty, muted=muted)
        world.clock = max(world.clock, int(c.process.get("until", world.clock)))
        lifecycle.tick(world)
        return status
    shell = str(c.process.get("shell", ""))
    if shell == "node" and tty:
        _node_banner(ctx.io)
    if shell and interactive:
        _open_shell(world, c, command, shell, tty, pid1=True)
        return 0
    if shell and tty:
        # -t without -i: the shell prints its prompt and waits on a terminal nobody types into
        ctx.io.out(_shell_prompt(world, c, shell))
    _hold(world, c, command, raw=tty and interactive, sig_proxy=sig_proxy, muted=muted)
    _mark_gone(ctx)
    return 0


def _mark_gone(ctx: Ctx) -> None:
    """The held CLI writes into a pipe whose reader has exited (`docker logs -f C | head -1`):
    the next line the container writes ends it, unseen (follow)."""
    if ctx.world.attached is not None and reader_gone(ctx.io):
        ctx.world.attached = replace(ctx.world.attached, gone=True)


def exec_shell(ctx: Ctx, args: Args, c: Container, argv: list[str], cwd: str, env: dict[str, str],
               user: ExecUser | None = None) -> int | None:
    """`docker exec -i C sh`: the terminal becomes that shell (None when argv is not a bare shell
    or has no terminal and no input: then it runs as a command and reads end of input at once)."""
    shell = shell_kind(ctx.world, c, argv)
    if not shell or args.bool("detach"):
        return None
    if not args.bool("interactive"):
        if not args.bool("tty"):
            return None
        # -t alone: the shell prompts on a terminal nobody types into, and waits; so does the CLI
        if shell == "node":
            _node_banner(ctx.io)
        ctx.io.out(_shell_prompt(ctx.world, c, shell, cwd, user, env))
        _hold(ctx.world, c, "exec", raw=False, sig_proxy=False)
        return 0
    if shell == "node" and args.bool("tty"):
        _node_banner(ctx.io)
    _open_shell(ctx.world, c, "exec", shell, args.bool("tty"), pid1=False, cwd=cwd, env=env, user=user)
    return 0


def _node_banner(io: IO) -> None:
    io.out("Welcome to Node.js v14.21.3.")
    io.out('Type ".help" for more information.')


def follow_logs(ctx: Ctx, c: Container, details: bool = False, timestamps: bool = False) -> None:
    """`docker logs -f` of a running container holds the terminal for what comes next, each line
    with the prefixes --details and --timestamps ask for."""
    _hold(ctx.world, c, "logs", raw=False, sig_proxy=False)
    if ctx.world.attached is not None:
        ctx.world.attached = replace(ctx.world.attached, log_details=details, log_timestamps=timestamps)
    _mark_gone(ctx)


def cmd_attach(ctx: Ctx, args: Args) -> int:
    """`docker attach C` (cli/command/container/attach.go)."""
    refuse_unsimulated(ctx, args, ("detach-keys",))
    world: World = ctx.world
    c = lifecycle.get_container(world, args.positional[0])
    if c.restarting:  # State.Running too: it passes the first check
        raise DockerError("You cannot attach to a restarting container, wait until it is running")
    if not c.running:
        raise DockerError("You cannot attach to a stopped container, start it first")
    if c.paused:  # the CLI's own check, before the daemon's
        raise DockerError("You cannot attach to a paused container, unpause it first")
    stdin = not args.bool("no-stdin") and c.stdin_open
    shell = str(c.process.get("shell", ""))
    if shell and stdin:
        _open_shell(world, c, "attach", shell, c.tty, pid1=True)
        return 0
    events.container(world, c, "attach")  # daemon/attach.go
    # the CLI proxies signals only for a container without a terminal
    _hold(world, c, "attach", raw=c.tty and stdin, sig_proxy=_sig_proxy(args) and not c.tty)
    return 0


def _stdout_gone(io: IO, sig_proxy: bool) -> int:
    """The pipe the CLI streams the container's output into closed (its reader exited): the next
    write fails. With the signal proxy on, the CLI has asked for every signal (container/signals.go
    notifyAllSignals: gosignal.Notify), so the write returns EPIPE: hijack.go's StdCopy returns it,
    run.go returns it and cmd/docker prints it, exit 1. Without it Go's runtime lets SIGPIPE end the
    CLI on a write to fd 1 (os/signal), silently: 141. The container's process runs on either way."""
    if sig_proxy:
        say_after(io, "write /dev/stdout: broken pipe")
        return 1
    return SIGPIPE_STATUS


def _sig_proxy(args: Args) -> bool:
    return bool(args.flags.get("sig-proxy", True))


def _shell_prompt(world: World, c: Container, shell: str, cwd: str = "", user: ExecUser | None = None,
                  env: dict[str, str] | None = None) -> str:
    probe = replace(world, attached=None)
    _open_shell(probe, c, "exec", shell, True, pid1=False, cwd=cwd, env=env, user=user)
    return prompt(probe) or ""


# ---------------------------------------------------------------------------------------------
# A line while attached


def step(world: World, line: str, io: IO, on_host: Callable[[str], int]) -> int:
    """Run one line of the attached terminal (world is the caller's copy, changed in place);
    on_host runs a line in the learner's own shell."""
    a = world.attached
    assert a is not None
    if a.stats is not None:
        return _stats_line(world, a, line, io, on_host)
    if a.events is not None:
        return _events_line(world, line, io, on_host)
    c = world.containers.get(a.container)
    if c is None or not c.running or c.started_at != a.since:
        # The container stopped since (its time ran out): the command attached to it ended then,
        # once it had shown what the process wrote up to its end.
        follow(world, io)
        world.attached = None
        return on_host(line) if line not in KEYS else host_key(world, line)
    if a.shell:
        return _shell_line(world, c, a, line, io)
    if line == CTRL_C:
        return _interrupt(world, c, a, io)
    if line == DETACH and a.raw:
        return _detach(world, c, a, io)
    if a.gone:
        follow(world, io)  # what came since ended the CLI before this line was typed
        if world.attached is None:
            return on_host(line) if line not in KEYS else host_key(world, line)
    if line in KEYS:
        return world.status  # nothing reads these keys: the terminal stays held
    code = on_host(line)
    follow(world, io)
    return code


def _stats_line(world: World, a: Attached, line: str, io: IO, on_host: Callable[[str], int]) -> int:
    """A line while `docker stats` streams: it holds the terminal until Ctrl-C, the table printed
    again when a line changed it (app/engine/statscmd.py)."""
    if line == CTRL_C:
        if not (a.stats and a.stats.named):
            # without names the events stream ends with the signal, RunStats returns its error: 130
            world.attached = None
            return SIGINT_STATUS
        # with names v28.5.2's RunStats never looks at its context (docker/cli issue 6090, fixed in
        # v29.0.0): the streams end, every value shows "--", and the CLI waits for the third SIGINT
        if a.sigints + 1 >= 3:
            io.err(FORCED_EXIT)
            world.attached = None
            return 1
        world.attached = replace(a, sigints=a.sigints + 1)
        statscmd.redraw(world, io)
        return world.status
    if line in KEYS:
        return world.status  # nothing reads these keys
    code = on_host(line)
    if world.attached is not None and world.attached.stats is not None:
        statscmd.redraw(world, io)
    return code


def _events_line(world: World, line: str, io: IO, on_host: Callable[[str], int]) -> int:
    """A line while `docker events` streams: the events it caused are printed after it; Ctrl-C
    ends the stream (app/engine/eventscmd.py)."""
    if line == CTRL_C:
        return eventscmd.interrupt(world)
    if line in KEYS:
        return world.status  # nothing reads these keys
    code = on_host(line)
    if world.attached is not None and world.attached.events is not None:
        eventscmd.follow(world, io)
    return code


def host_key(world: World, line: str) -> int:
    """A key at the learner's own prompt: Ctrl-C drops the line and bash sets $? to 130; the others
    change nothing here."""
    return SIGINT_STATUS if line == CTRL_C else world.status


# The nanoseconds of a log line's time: layerlab keeps the simulated second each line was written
LOG_NANOS = 234567890


def log_prefixed(line: str, when: int, details: bool, timestamps: bool) -> str:
    """moby v28.5.2 api/server/httputils/write_log_stream.go: --details puts the log's attributes
    and a space before the line (none here: no --log-opt labels or env), --timestamps the time the
    line was written (jsonmessage.RFC3339NanoFixed: nine digits) and a space before that."""
    stderr, text = log_stream(line)
    if details:
        text = " " + text
    if timestamps:
        text = f"{rfc3339_nano(when, LOG_NANOS)} {text}"
    return STDERR_LINE + text if stderr else text


def show_logged(io: IO, line: str, end: str = "\n", tty: bool = False, muted: tuple[str, ...] = ()) -> None:
    """A line of a container's output, as a client shows it: on the stream it came from. A -t
    container writes through a pseudo-terminal whose onlcr turns each newline into CR LF, and the
    client copies those bytes as they are (cli/command/container/hijack.go); a terminal shows them
    as plain lines, a pipe or a file keeps the CR. muted: the streams the client did not attach
    (`docker run -a`); a pseudo-terminal has one stream, stdout."""
    stderr, text = log_stream(line)
    if ("stderr" if stderr and not tty else "stdout") in muted:
        return
    if tty and end == "\n" and not stderr and io.capture_out is not None:
        text += "\r"
    (io.err if stderr else io.out)(text, end)


def follow(world: World, io: IO) -> None:
    """The held terminal shows the container's new output; it is given back when the container
    has exited (or is gone)."""
    a = world.attached
    if a is None or a.shell:
        return
    c = world.containers.get(a.container)
    logs = c.logs if c is not None else []
    if a.command in ("run", "start", "logs") or (a.command == "attach" and a.sigints == 0):
        # the container's output (an exec's is its own; attach stops streaming at the first SIGINT)
        times = log_times(c) if c is not None else []
        # up to the end of the process it holds: a restart's lines go to a new logger (daemon/logs.go
        # follows the logger the container had; container/monitor.go Reset closes it at every exit)
        upto = len(logs) if a.ended is None else min(a.ended, len(logs))
        if a.gone and upto > a.shown:
            # its reader is gone: writing this line fails and the CLI ends (logs: SIGPIPE, silent;
            # an attached run with its signal proxy: the EPIPE said, _stdout_gone)
            world.attached = None
            if a.command != "logs" and a.sig_proxy:
                io.err("write /dev/stdout: broken pipe")
            return
        for n in range(min(a.shown, upto), upto):
            line = logs[n]
            if a.log_details or a.log_timestamps:
                line = log_prefixed(line, times[n], a.log_details, a.log_timestamps)
            show_logged(io, line, tty=c is not None and c.tty, muted=a.muted)
    ended = c is None or not c.running or c.started_at != a.since
    world.attached = None if ended else replace(a, shown=len(logs))


def _shell_line(world: World, c: Container, a: Attached, line: str, io: IO) -> int:
    if a.shell == "node":
        return _node_line(world, c, a, line, io)
    if line == CTRL_C:
        if a.raw:
            # the key reaches the shell through its terminal: it drops the line, $? is 130
            world.attached = replace(a, status=SIGINT_STATUS)
            return SIGINT_STATUS
        return _interrupt(world, c, a, io)
    if line == DETACH:
        return _detach(world, c, a, io) if a.raw else a.status
    if line == CTRL_D:
        return _leave(world, c, a, a.status, io)  # end of input: the shell exits with $?
    sh = container_shell(world, c)
    sh.cwd, sh.env, sh.status, sh.lineno = a.cwd, dict(a.env), a.status, a.lineno + 1
    sh.pid, sh.spawns, sh.reads = 1 if a.pid1 else EXEC_PID, 0, "terminal" if a.tty else "input"
    sh.exported = (set(sh.env) - set(a.attributes[0])) | set(a.attributes[1])
    sh.readonly = set(a.attributes[2])
    sh.view.uid, sh.view.groups = a.uid, a.groups
    if a.shell == "bash":
        sh.name = "bash"
    try:
        code = sh.run_line(line, io)
    except ExitShell as exc:
        _elapse(world, sh.elapsed)
        return _leave(world, c, a, int(exc.args[0]), io)
    _elapse(world, sh.elapsed)
    if world.attached is a:
        attributes = (tuple(sorted(set(sh.env) - sh.exported)), tuple(sorted(sh.exported - set(sh.env))),
                      tuple(sorted(sh.readonly)))
        world.attached = replace(a, cwd=sh.cwd, env=tuple(sh.env.items()), status=code, lineno=sh.lineno,
                                 attributes=attributes)
    return code


# The REPL's own words (Node 14 lib/repl.js); its JavaScript is not simulated, and says so.
REPL_CTRL_C = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)"
REPL_NOTE = "layerlab: JavaScript in the Node.js REPL is not simulated; .exit or Ctrl-D leaves it"
_PROCESS_EXIT = re.compile(r"\s*process\.exit\(\s*(\d*)\s*\)\s*;?\s*")


def _node_line(world: World, c: Container, a: Attached, line: str, io: IO) -> int:
    """A line typed into `node`'s REPL: Ctrl-C twice, Ctrl-D, .exit and process.exit(N) leave it."""
    if line == DETACH and a.raw:
        return _detach(world, c, a, io)
    if line == CTRL_C and a.raw:
        if a.sigints:
            return _leave(world, c, a, 0, io)
        io.out(REPL_CTRL_C)
        world.attached = replace(a, sigints=1)
        return a.status
    if line == CTRL_C:
        return _interrupt(world, c, a, io)
    exiting = _PROCESS_EXIT.fullmatch(line)
    if line in (CTRL_D, ".exit") or exiting:
        return _leave(world, c, a, int(exiting.group(1) or 0) if exiting else 0, io)
    if line.strip():
        io.err(REPL_NOTE)
    world.attached = replace(a, sigints=0)
    return a.status


def _elapse(world: World, seconds: int) -> None:
    if seconds:
        world.clock += seconds
        lifecycle.tick(world)


def _leave(world: World, c: Container, a: Attached, code: int, io: IO) -> int:
    """The shell exits: an interactive bash says so; as the main process it stops the container
    (and --rm removes it); docker returns the shell's status."""
    if a.shell == "bash" and a.tty:
        io.err("exit")
    world.attached = None
    if a.pid1 and c.id in world.containers and c.running:
        lifecycle.exit_container(world, c, code, world.clock)
    return code


def _detach(world: World, c: Container, a: Attached, io: IO) -> int:
    """Ctrl-P Ctrl-Q: the CLI lets go and the container runs on. `docker run` returns 0 quietly;
    attach and exec return the escape error (cli/command/container/run.go, attach.go)."""
    world.attached = None
    if a.pid1:
        c.process.update(cwd=a.cwd, env=dict(a.env), status=a.status, lineno=a.lineno)  # the shell is still where it was
    if a.command in ("run", "start"):
        return 0
    io.err(ESCAPED)
    return 1


def _interrupt(world: World, c: Container, a: Attached, io: IO) -> int:
    """Ctrl-C while a command holds the terminal (or a shell without one)."""
    if a.command == "logs":
        # the CLI's context ends and so does the log stream: exit 128+SIGINT (cmd/docker/docker.go)
        world.attached = None
        return SIGINT_STATUS
    if a.command == "start" and not a.raw:
        # start.go streams with the CLI's context: the first SIGINT ends it (context.Canceled, exit
        # 0), after forwarding it to a container without a terminal
        world.attached = None
        if a.sig_proxy and c.init:
            cancel(c)  # forwarded through the API (ContainerKill): no restart after it
            lifecycle.exit_container(world, c, SIGINT_STATUS, world.clock)
        return 0
    if a.raw:
        # a raw terminal sends the key to the container's terminal: SIGINT for its process. As PID 1
        # a process without a handler ignores it; with --init, docker-init passes it to its child.
        if c.init:
            return _killed(world, c)
        return world.status
    if a.command == "exec":
        # the exec's stream ends with the CLI's context; context.Canceled exits quietly with 0
        world.attached = None
        return 0
    if a.sig_proxy and c.init:
        cancel(c)  # a kill through the API: the restart manager is cancelled (daemon/kill.go)
        return _killed(world, c)  # forwarded (run.go ForwardAllSignals): the child dies of it
    # forwarded to a PID 1 that ignores it, or not forwarded: the CLI keeps waiting, until the third
    n = a.sigints + 1
    if n < 3:
        world.attached = replace(a, sigints=n)
        return world.status
    io.err(FORCED_EXIT)
    world.attached = None
    if a.pid1 and a.shell and not c.tty:
        # -i without -t: stdin closes with the CLI's connection (StdinOnce); the shell reads its end
        lifecycle.exit_container(world, c, a.status, world.clock)
    return 1


def _killed(world: World, c: Container) -> int:
    world.attached = None
    lifecycle.exit_container(world, c, SIGINT_STATUS, world.clock)
    return SIGINT_STATUS
