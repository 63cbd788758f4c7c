"""The container commands: run, create, start, stop, restart, kill, rm, prune, logs, exec, diff,
commit, rename (what each does to a container's life is in lifecycle.py)."""

from __future__ import annotations

import re

from . import attached, events
from .commitchanges import apply_changes, commit_changes
from .dockercli import Args, Ctx, DockerError, confirm, print_pruned, refuse_unsimulated
from .execuser import ExecUser, UserError, read_user, run_as
from .filters import Filters, get_timestamp, prune_until
from .formatting import human_size4
from .fs import naive_diff
from .imagecmds import commit_container
from .lifecycle import (
    EMPTY_ID,
    create_container,
    each_container,
    exit_container,
    freeze,
    get_container,
    no_such_container,
    outlives_signal,
    remove_container,
    restarting_error,
    run_framed,
    run_status,
    start_container,
    stop_container,
    stop_signal,
    thaw,
    tick,
    watching_exits,
)
from .process import (
    NOT_SIMULATED,
    RUNTIME_EXEC,
    container_shell,
    home_given,
    lookpath,
    program_for,
    run_trap,
    runtime_failure,
    trap_delay,
    trap_of,
)
from .refs import CONTAINER_NAME, RefError, parse_ref
from .restartpolicy import cancel
from .runflags import ATTACH_AND_DETACH, env_flag
from .shell import Shell
from .signals import NOT_FATAL, SIGNALS, parse_signal
from .toolkit import IO, Lines
from .tools.procps import EXEC_PID
from .world import Container, World, config_user, container_image, log_times

# Flags of run and create the simulator takes but does not carry out: refused when given
# (dockercli.refuse_unsimulated), not ignored
RUN_UNSIMULATED = ("annotation", "blkio-weight-device", "cgroup-parent", "cgroupns", "cidfile", "detach-keys",
                   "device", "device-cgroup-rule", "device-read-bps", "device-read-iops", "device-write-bps",
                   "device-write-iops", "disable-content-trust", "gpus", "ip6", "ipc",
                   "isolation", "kernel-memory", "label-file", "link-local-ip", "log-driver", "log-opt",
                   "mac-address", "oom-score-adj", "pid", "platform", "publish-all", "runtime",
                   "security-opt", "sysctl", "ulimit", "use-api-socket", "userns", "uts")


def cmd_run(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, RUN_UNSIMULATED)
    world: World = ctx.world
    try:
        c = create_container(ctx, args, "run")
    except DockerError as exc:
        if exc.message.startswith("docker: ") or "\n\nUsage:" in exc.message or exc.message == ATTACH_AND_DETACH:
            raise
        raise run_framed(exc.message, run_status(exc.message)) from None
    detached = args.bool("detach")
    if detached:
        ctx.io.out(c.id)
    else:
        events.container(world, c, "attach")  # the CLI attaches before it starts (run.go)
    try:
        code, out = start_container(ctx, c, attached=not detached)
    except DockerError as exc:
        if c.auto_remove and c.id in world.containers:
            remove_container(world, c, remove_volumes=True)
        raise run_framed(exc.message, run_status(exc.message)) from None
    if not detached:
        return attached.after_run(ctx, args, c, code, out)  # the terminal stays with the container
    return 0


def cmd_create(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, RUN_UNSIMULATED)
    try:
        c = create_container(ctx, args, "create")
    except DockerError as exc:
        if "\n\nUsage:" in exc.message:
            raise  # a flag error, already framed
        if exc.message.startswith("Error response from daemon"):
            raise DockerError(exc.message, 1) from None  # create.go returns daemon errors as they are
        raise run_framed(exc.message, 125, "create") from None  # parse errors: withHelp(err, "create")
    ctx.io.out(c.id)
    return 0


def cmd_start(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("detach-keys",))
    if args.bool("attach") or args.bool("interactive"):
        return attached.start_attached(ctx, args)
    failed: list[str] = []
    for ref, c in each_container(ctx, args.positional, failed):
        if c.frozen:  # daemon/start.go: checked before "already running"
            ctx.io.err("Error response from daemon: cannot start a paused container, try unpause instead")
            failed.append(ref)
            continue
        if c.running or c.restarting:  # daemon/start.go: a running one (restarting too) is left as it is
            ctx.io.out(ref)
            continue
        try:
            start_container(ctx, c, attached=False)
        except DockerError as exc:
            ctx.io.err(exc.message)
            failed.append(ref)
            continue
        ctx.io.out(ref)
    if failed:
        ctx.io.err(f"Error: failed to start containers: {', '.join(failed)}")
        return 1
    return 0


def _joined(ctx: Ctx, errors: list[str]) -> int:
    """stop, restart, kill and rm gather their errors and return them joined (errors.Join in
    docker/cli v28.5.2 cli/command/container/stop.go and the others): printed after the names."""
    if errors:
        ctx.io.err("\n".join(errors))
        return 1
    return 0


def stop_timeout(args: Args, c: Container) -> int:
    """The seconds a stop waits: -t/--time when given (cli/command/container/stop.go sends it only
    then), else the container's --stop-timeout, else 10 (container/container.go StopTimeout)."""
    given = args.get("timeout", args.get("time"))
    if given is not None:
        return int(given)
    return c.stop_timeout if c.stop_timeout is not None else 10


def _one_timeout(args: Args) -> None:
    """docker/cli v28.5.2 cli/command/container/stop.go and restart.go RunE: the deprecated --time
    and --timeout together are refused before any container is asked."""
    if "time" in args.given and "timeout" in args.given:
        raise DockerError("conflicting options: cannot specify both --timeout and --time")


def cmd_stop(ctx: Ctx, args: Args) -> int:
    _one_timeout(args)
    signal = args.get("signal") or ""
    errors: list[str] = []
    for ref, c in each_container(ctx, args.positional, [], errors):
        if signal and c.running and parse_signal(signal) is None:
            # daemon/stop.go containerStop: the signal is read only for a running container
            errors.append(f"Error response from daemon: cannot stop container: {ref}: invalid signal: {signal}")
            continue
        number = parse_signal(signal) if signal else None
        timeout = stop_timeout(args, c)
        if timeout < 0 and outlives_signal(c, number):
            # daemon/stop.go: -t -1 never kills; the signal is sent and the CLI waits until Ctrl-C
            events.container(ctx.world, c, "kill", {"signal": str(number or stop_signal(c))})
            ctx.io.err("^C")
            return 130
        stop_container(ctx.world, c, timeout, number)
        ctx.io.out(ref)
    return _joined(ctx, errors)


def cmd_restart(ctx: Ctx, args: Args) -> int:
    """moby v28.5.2 daemon/restart.go: containerStop's rule (--signal and --timeout, the signal read
    only for a running container), then a start; what fails is "Cannot restart container NAME: ..."."""
    _one_timeout(args)
    signal = args.get("signal") or ""
    errors: list[str] = []
    for ref, c in each_container(ctx, args.positional, [], errors):
        timeout = stop_timeout(args, c)
        number = parse_signal(signal) if signal else None
        # daemon/restart.go marks only the stop inside a restart (no auto-removal for it), and
        # daemon/start.go clears the mark once the process runs: a later stop removes an --rm container.
        if c.running or c.restarting:
            if signal and number is None:
                errors.append(_cannot_restart(ref, f"Error response from daemon: invalid signal: {signal}"))
                continue
            if timeout < 0 and outlives_signal(c, number):  # as docker stop -t -1: waited on for ever
                events.container(ctx.world, c, "kill", {"signal": str(number or stop_signal(c))})
                ctx.io.err("^C")
                return 130
            c.manual_restart = True
            stop_container(ctx.world, c, timeout, number)
        try:
            start_container(ctx, c)  # RestartCount back to 0 (daemon/start.go ResetRestartManager)
        except DockerError as exc:
            errors.append(_cannot_restart(ref, exc.message))
            continue
        events.container(ctx.world, c, "restart")  # daemon/restart.go, once it started again
        ctx.io.out(ref)
    return _joined(ctx, errors)


_DAEMON = "Error response from daemon: "


def _cannot_restart(ref: str, message: str) -> str:
    """daemon/restart.go ContainerRestart wraps what went wrong after the lookup."""
    if message.startswith(_DAEMON):
        return f"{_DAEMON}Cannot restart container {ref}: {message.removeprefix(_DAEMON)}"
    return message


def cmd_kill(ctx: Ctx, args: Args) -> int:
    """moby v28.5.2 daemon/kill.go ContainerKill: the signal is checked before the container is
    looked up, and api/server/router/container/container_routes.go wraps every error with
    "cannot kill container: NAME"."""
    name = args.get("signal") or "KILL"
    number = parse_signal(name)
    errors: list[str] = []
    for given in args.positional:
        ref = given.strip()  # client/utils.go trimID, before the request is made

        def fail(text: str, ref: str = ref) -> None:
            errors.append(f"Error response from daemon: cannot kill container: {ref}: {text}")

        c = ctx.world.find_container(ref)
        if not ref:
            errors.append(EMPTY_ID)
        elif number is None:
            fail(f"invalid signal: {name}")
        elif number not in SIGNALS.values():
            fail(f"the linux daemon does not support signal {number}")
        elif c is None:
            fail(f"No such container: {ref}")
        elif not c.running and not c.restarting:
            fail(f"container {c.id} is not running")
        else:
            c.paused = False  # daemon/kill.go killWithSignal thaws a paused container after the signal
            _signal(ctx.world, c, number)
            ctx.io.out(given)
    return _joined(ctx, errors)


WAIT_SECONDS = 300  # how long a learner sits out `docker wait` (simulated) before pressing Ctrl-C


def cmd_wait(ctx: Ctx, args: Args) -> int:
    """`docker wait`: each container's exit status once it has stopped (cli/command/container/wait.go
    prints them in order, the errors after). A container not running answers at once; a running
    or restarting one (State.Running is true for both: container/state.go conditionAlreadyMet) at
    its next exit, when that comes at a known moment within WAIT_SECONDS: the simulated clock moves
    on to it (a restart's wait, then a sleep). One that would run on longer (the app, a loop, a
    paused container, a long sleep) keeps the terminal until the learner gives up: Ctrl-C, 130."""
    errors: list[str] = []
    for _, c in each_container(ctx, args.positional, [], errors):
        code = _next_exit(ctx.world, c) if c.running or c.restarting else c.exit_code
        if code is None:
            ctx.io.err("^C")
            return 130
        ctx.io.out(str(code))
    return _joined(ctx, errors)


def _next_exit(world: World, c: Container) -> int | None:
    """The code of c's next exit, the clock moved on to it; None when it does not come in time."""
    limit = world.clock + WAIT_SECONDS
    with watching_exits() as exits:
        for _ in range(64):
            if c.id in exits or c.frozen:
                break
            if c.restarting:
                at = -(-c.restart_at // 1000)  # the second the restart manager starts it again
            elif c.running and c.process.get("kind") == "sleep":
                at = int(c.process.get("until", 0))
            else:
                break
            if at > limit:
                break
            world.clock = max(world.clock, at)
            tick(world)
    return exits.get(c.id)


def cmd_pause(ctx: Ctx, args: Args) -> int:
    """moby v28.5.2 daemon/pause.go containerPause: a container that is not running, then one that
    is paused already, are refused (the latter with errNotPaused's "is already paused"); the CLI
    prints each name done and the errors after them (cli/command/container/pause.go)."""
    errors: list[str] = []
    for ref, c in each_container(ctx, args.positional, [], errors):
        if c.restarting:
            errors.append(f"Error response from daemon: {restarting_error(c)}")
        elif not c.running:
            errors.append(f"Error response from daemon: container {c.id} is not running")
        elif c.paused:
            errors.append(f"Error response from daemon: Container {c.id} is already paused")
        else:
            freeze(ctx.world, c)
            ctx.io.out(ref)
    return _joined(ctx, errors)


def cmd_unpause(ctx: Ctx, args: Args) -> int:
    """daemon/unpause.go containerUnpause: only a paused container is thawed."""
    errors: list[str] = []
    for ref, c in each_container(ctx, args.positional, [], errors):
        if not c.frozen:
            errors.append(f"Error response from daemon: Container {c.id} is not paused")
        else:
            thaw(ctx.world, c)
            ctx.io.out(ref)
    return _joined(ctx, errors)


def _signal(world: World, c: Container, number: int) -> None:
    """SIGKILL ends the container (137). Another signal reaches PID 1, which has no default
    action for it (the kernel ignores it unless the program set a handler, and node, sleep and sh
    set none): the container goes on, unless docker-init (--init) is PID 1, which passes it to the
    program and exits 128+N when it dies of it (tini)."""
    cancel(c)  # daemon/kill.go killWithSignal: ExitOnNext, and one waiting to restart stays stopped
    events.container(world, c, "kill", {"signal": str(number)})
    if c.restarting:
        c.state = "exited"
    elif number == SIGNALS["KILL"]:
        exit_container(world, c, 137, world.clock)
    elif trap_of(c, number):
        _trapped(world, c, number)
    elif c.init and number not in NOT_FATAL and trap_of(c, number) != "":
        exit_container(world, c, 128 + number, world.clock)


def _trapped(world: World, c: Container, number: int) -> None:
    """The main shell trapped the signal: its trap runs once the command it waits for ends
    (process.trap_delay); when the trap exits, the container exits then with its status."""
    delay = trap_delay(world, c)
    code = run_trap(world, c, number, world.clock + delay)
    if code is None:
        return
    if not delay:
        exit_container(world, c, code, world.clock)
        return
    c.process = {"kind": "sleep", "until": world.clock + delay, "status": code, "pending": c.process.get("pending") or []}


def cmd_rm(ctx: Ctx, args: Args) -> int:
    force = args.bool("force")
    errors: list[str] = []
    for given in args.positional:
        # rm.go trims the slashes and refuses an empty name; the API client then trims blanks
        ref = given.strip("/").strip()
        if not ref:
            errors.append("container name cannot be empty" if not given.strip("/") else EMPTY_ID)
            continue
        c = ctx.world.find_container(ref)
        if c is None:
            if force:  # rm.go: with -f a missing container is said at once and is no failure
                ctx.io.err(no_such_container(ref).message)
            else:
                errors.append(no_such_container(ref).message)
            continue
        if c.frozen and not force:  # daemon/delete.go cleanupContainer
            errors.append(f"Error response from daemon: cannot remove container \"{ref}\": container is paused and "
                          "must be unpaused first")
            continue
        if (c.running or c.restarting) and not force:
            errors.append(f"Error response from daemon: cannot remove container \"{ref}\": container is {c.state}: "
                          "stop the container before removing or force remove")
            continue
        if c.running:
            # daemon/delete.go: Kill (SIGKILL), the exit's cleanup and die, before the removal
            events.container(ctx.world, c, "kill", {"signal": "9"})
            events.exited(ctx.world, c, 137, ctx.world.clock)
            c.state = "exited"
            c.exit_code = 137
            c.finished_at = ctx.world.clock
        remove_container(ctx.world, c, remove_volumes=args.bool("volumes"))
        ctx.io.out(given)  # rm.go prints each name as given
    return _joined(ctx, errors)


def cmd_container_prune(ctx: Ctx, args: Args) -> int:
    # daemon/prune.go ContainersPrune checks its filters only once the learner has agreed
    filters = Filters(args.list("filter"))
    if not args.bool("force"):
        ctx.prompts.append("WARNING! This will remove all stopped containers.")
        if not confirm(ctx):
            return 0
    removed, reclaimed = prune_containers(ctx.world, filters)
    print_pruned(ctx.io, "Deleted Containers:", removed)
    ctx.io.out(f"Total reclaimed space: {human_size4(reclaimed)}")
    return 0


def prune_containers(world: World, filters: Filters) -> tuple[list[str], int]:
    """moby v28.5.2 daemon/prune.go ContainersPrune: the stopped containers the filters keep are
    removed (their anonymous volumes stay); their IDs and the read-write layers' bytes. It walks
    daemon.List(), which container/memory_store.go List sorts by History (container/history.go):
    newest first, so the IDs are reported in that order."""
    filters.validate(("label", "label!", "until"))
    until = prune_until(filters, world.clock)
    removed = []
    reclaimed = 0
    for c in reversed(list(world.containers.values())):
        if until is not None and c.created > until:
            continue
        if not c.running and not c.restarting and _labels_match(filters, c.labels):
            removed.append(c.id)
            reclaimed += c.rw.size()
            remove_container(world, c, remove_volumes=False)
    events.record(world, "container", "prune", "", {"reclaimed": str(reclaimed)})  # daemon/prune.go
    return removed, reclaimed


def _labels_match(f: Filters, labels: dict[str, str]) -> bool:
    """daemon/prune.go matchLabels: every label= is there, and not every label! is."""
    if not f.match_kv("label", labels):
        return False
    return not (f.contains("label!") and f.match_kv("label!", labels))


def cmd_logs(ctx: Ctx, args: Args) -> int:
    c = get_container(ctx.world, args.positional[0])
    bounds: dict[str, float] = {}
    for key in ("since", "until"):  # the API client reads them (moby v28.5.2 client/container_logs.go)
        # daemon/logs.go: an until of "0" (GetTimestamp passes Unix seconds through as typed) is no bound
        if args.get(key) and not (key == "until" and args.get(key) == "0"):
            try:
                bounds[key] = get_timestamp(args.get(key), ctx.world.clock)
            except ValueError as exc:
                raise DockerError(f'invalid value for "{key}": {exc}') from None
    written = list(zip(c.logs, log_times(c), strict=True))
    tail = args.get("tail")
    if tail not in (None, "all"):
        # daemon/logs.go: what strconv.Atoi refuses is every line
        n = int(tail) if re.fullmatch(r"[+-]?[0-9]+", tail) else -1
        # loggerutils/logfile.go: 0 lines is none, a negative count every line
        written = written[-n:] if n > 0 else written if n < 0 else []
    # the json-file reader's forwarder (moby v28.5.2 daemon/logger/loggerutils/logfile.go Do): it
    # skips lines until the first written at or after since, and stops at the first after until; a
    # line's time has its nanoseconds
    nanos = attached.LOG_NANOS / 1e9
    if "since" in bounds:
        first = next((i for i, (_, when) in enumerate(written) if when + nanos >= bounds["since"]), len(written))
        written = written[first:]
    if "until" in bounds:
        stop = next((i for i, (_, when) in enumerate(written) if when + nanos > bounds["until"]), len(written))
        written = written[:stop]
    for line, when in written:  # each on the stream it came from (daemon/logger/jsonfilelog keeps it)
        attached.show_logged(ctx.io, attached.log_prefixed(line, when, args.bool("details"), args.bool("timestamps")),
                             tty=c.tty)
    if args.bool("follow") and c.running and bounds.get("until", ctx.world.clock + 1) > ctx.world.clock:
        attached.follow_logs(ctx, c, args.bool("details"), args.bool("timestamps"))
    return 0


def _active_container(world: World, given: str) -> Container:
    """daemon/exec.go getActiveContainer: a running container that is not paused (that error names
    the container as given)."""
    c = get_container(world, given)
    if c.restarting:
        raise DockerError(f"Error response from daemon: {restarting_error(c)}")
    if not c.running:
        raise DockerError(f"Error response from daemon: container {c.id} is not running")
    if c.paused:
        raise DockerError(f"Error response from daemon: Container {given} is paused, unpause the container before exec")
    return c


def cmd_exec(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("detach-keys",))
    world: World = ctx.world
    c = _active_container(world, args.positional[0])
    argv = args.positional[1:]
    exec_id = _exec_events(world, c, argv)
    sh = container_shell(world, c)
    sh.spawns = EXEC_PID  # the process starts in the container's PID namespace after the main one
    user = _exec_user(args, c, sh)
    if isinstance(user, str):  # the container's own user is looked up as the exec starts: it fails there
        ctx.io.out(user)
        return 126
    if args.get("workdir"):
        sh.cwd = args.get("workdir")
    for e in args.list("env"):
        # the client's ValidateEnv fills in a bare NAME; the daemon's ReplaceOrAppendEnvValues
        # unsets one that is still bare (daemon/exec.go)
        k, eq, v = env_flag(ctx, e).partition("=")
        if eq:
            sh.env[k] = v
            sh.exported.add(k)  # the process's environment
        else:
            sh.env.pop(k, None)
    missing = lookpath(sh, argv[0])
    if missing is not None:
        desc, code = runtime_failure(f"{RUNTIME_EXEC}{missing}: unknown")
        if args.bool("detach"):
            # api/server/router/container/exec.go postContainerExecStart: a detached start's error
            # is the API's answer, not a line down the stream
            raise DockerError(f"Error response from daemon: {desc}")
        # daemon/exec.go: the runtime's error, as setExitCodeFromError words it, goes down the stream
        ctx.io.out(desc)
        return code
    program = program_for(sh, argv[0])
    if program is None:
        ctx.io.err(NOT_SIMULATED.format(name=argv[0]))
        return 126
    argv = [program, *argv[1:]]
    if args.bool("detach"):
        # cli/command/container/exec.go RunExec: with -d the CLI returns once the process has started,
        # exit 0, and its output reaches no one (an exec's streams are not the container's log).
        # layerlab runs it to its end at once, without the time it takes.
        sh.execute(argv, IO([], Lines(), Lines()))
        return 0
    opened = attached.exec_shell(ctx, args, c, argv, sh.cwd, sh.env, user)
    if opened is not None:
        return opened
    status = sh.execute(argv, ctx.io)
    if sh.elapsed:
        world.clock += sh.elapsed
        tick(world)
    events.container(world, c, "exec_die", {"execID": exec_id, "exitCode": str(status)})  # daemon/monitor.go
    return status


def _exec_events(world: World, c: Container, argv: list[str]) -> str:
    """daemon/exec.go: exec_create and exec_start, each with the command after a colon (the
    entrypoint, a space, the arguments joined) and the exec's ID; the ID."""
    exec_id = events.exec_id(world)
    command = argv[0] + " " + " ".join(argv[1:])
    events.container(world, c, "exec_create: " + command, {"execID": exec_id})
    events.container(world, c, "exec_start: " + command, {"execID": exec_id})
    return exec_id


def _exec_user(args: Args, c: Container, sh: Shell) -> ExecUser | str | None:
    """Who the exec runs as: -u, else the container's Config.User (moby v28.5.2 daemon/exec.go
    ContainerExecCreate), applied to sh; None for root by default. A -u the container's files do
    not know fails the create, before any exec exists (DockerError); the container's own user is
    read as the exec starts, whose error the API writes down the stream (the text returned)."""
    spec = args.get("user") or ""
    given = bool(spec)
    if not given:
        spec = config_user(sh.world, c)
    if not spec and not c.group_add:
        return None
    try:
        user = read_user(sh, spec, c.group_add)  # getUser adds HostConfig.GroupAdd to an exec's groups too
    except UserError as exc:
        if given or args.bool("detach"):
            raise DockerError(f"Error response from daemon: {exc}") from None
        return str(exc)
    run_as(sh, user, home_given(c))
    return user


def cmd_diff(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    c = get_container(world, args.positional[0])
    image = container_image(world, c)
    lowers = world.image_layers(image) if image else []
    for kind, path in naive_diff(c.rw, lowers):
        ctx.io.out(f"{kind} {path}")
    return 0


def cmd_commit(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    repo = args.positional[1] if len(args.positional) > 1 else None
    if repo:
        # the API client parses the reference before it sends anything (moby v28.5.2
        # client/container_commit.go ContainerCommit)
        try:
            digest = parse_ref(repo)[2]
        except RefError as exc:
            raise DockerError(str(exc)) from None
        if digest:
            raise DockerError("refusing to create a tag with a digest reference")
    c = get_container(world, args.positional[0])
    # daemon/commit.go: --pause (the default) freezes a running container while its layer is read,
    # and thaws it when the commit is done or has failed (a deferred containerUnpause)
    pausing = bool(args.get("pause", True)) and c.running and not c.paused
    if pausing:
        events.container(world, c, "pause")
    try:
        changes = commit_changes(args.list("change"))
        image = commit_container(world, c, repo or None, args.get("message") or "", args.get("author") or "",
                                 lambda config: apply_changes(config, changes))
    finally:
        if pausing:
            events.container(world, c, "unpause")
    ctx.io.out(image.id)
    return 0


def cmd_rename(ctx: Ctx, args: Args) -> int:
    old, new = (a.strip() for a in args.positional)  # cli rename.go trims both names
    if not old or not new:
        raise DockerError("Error: Neither old nor new names may be empty")
    try:
        _rename(ctx.world, old, new)
    except DockerError as exc:
        # cli/command/container/rename.go: the daemon's error, then its own line
        ctx.io.err(exc.message)
        raise DockerError(f"Error: failed to rename container named {old}") from None
    return 0


def _rename(world: World, old: str, new: str) -> None:
    """daemon/rename.go ContainerRename; the new name is reserved as daemon/names.go reserveName does."""
    c = get_container(world, old)
    if not new.startswith("/"):
        new = "/" + new
    if "/" + c.name == new:
        raise DockerError("Error response from daemon: Renaming a container with the same name as its current name")
    prefix = "Error response from daemon: Error when allocating new name: "
    if not CONTAINER_NAME.match(new[1:]):
        raise DockerError(f"{prefix}Invalid container name ({new}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")
    other = world.container_by_name(new[1:])
    if other is not None:
        raise DockerError(f"{prefix}Conflict. The container name \"{new}\" is already in use by container "
                          f"\"{other.id}\". You have to remove (or rename) that container to be able to reuse that name.")
    old_name = c.name
    c.name = new[1:]
    events.container(world, c, "rename", {"oldName": "/" + old_name})  # ctr.Name: with its slash

