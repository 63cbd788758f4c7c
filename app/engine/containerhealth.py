"""A container's health, as the daemon's monitor keeps it (moby v28.5.2 daemon/health.go): the
healthcheck its config holds (its image's, daemon/commit.go merge), probed in simulated time while it
runs and is not paused: the first probe an interval after the start (30 s by default), then one an
interval after each (the start interval, 5 s by default, while it is starting within its start
period). A probe execs the test (CMD-SHELL through the container's shell) in the container; exit 0
is healthy, anything else a failure, and failures in a row reaching the retries (3) unhealthy, none
counted within the start period while it is starting (handleProbeResult). The last five results are
kept (maxLogEntries). A probe whose command layerlab does not simulate (its own "layerlab: ..."
message) decides nothing: the status stays what it was ("starting" until a probe that runs).

Shown by `docker ps` as "Up 5 seconds (health: starting)" / "(healthy)" / "(unhealthy)" (container/
state.go String, health.go String) and by inspect as State.Health."""

from __future__ import annotations

from typing import Any

from . import budget, events
from .budget import MAX_STEPS, OverBudget
from .dockercli import Args, DockerError
from .formatting import rfc3339_nano
from .godurations import go_duration, parse_duration
from .process import container_shell, lookpath, program_for
from .toolkit import IO, Output
from .world import Container, World, container_image

INTERVAL, TIMEOUT, START_PERIOD, START_INTERVAL, RETRIES = 30, 30, 0, 5, 3  # the daemon's defaults (s)
MAX_LOG = 5  # maxLogEntries
MAX_OUTPUT = 4096  # maxOutputLen
MAX_PROBES = 20  # the probes one moment catches up with, per container (the earlier ones are skipped)
PROBE_STEPS = 200  # what a probe's exec costs the line beside its command's own work
PROBE_WORK = 20_000  # the work a probe's command may do: past it, it has run past its timeout


_RUN_FLAGS = (("health-interval", "Interval"), ("health-timeout", "Timeout"), ("health-start-period", "StartPeriod"),
              ("health-start-interval", "StartInterval"))


def flags_config(args: Args) -> dict[str, Any] | None:
    """run's and create's --health-* and --no-healthcheck as the CLI makes Config.Healthcheck
    (docker/cli v28.5.2 cli/command/container/opts.go parse: its refusals, a client's), then the
    daemon's validateHealthCheck (moby daemon/container.go, on what the client sent); None when
    none is given. pflag read the durations (time.ParseDuration) already."""
    values = {key: parse_duration(args.get(name)) if args.get(name) else 0 for name, key in _RUN_FLAGS}
    retries = int(args.get("health-retries") or 0)
    cmd = args.get("health-cmd") or ""
    given = bool(cmd) or retries != 0 or any(values.values())
    if args.bool("no-healthcheck"):
        if given:
            raise DockerError("--no-healthcheck conflicts with --health-* options", 125)
        return {"Test": ["NONE"]}
    if not given:
        return None
    # opts.go's order: interval, timeout, retries, start period, start interval
    checks = [(n, values[k]) for n, k in _RUN_FLAGS[:2]] + [("health-retries", retries)] + [
        (n, values[k]) for n, k in _RUN_FLAGS[2:]]
    for name, value in checks:
        if value < 0:
            raise DockerError(f"--{name} cannot be negative", 125)
    return {"Test": ["CMD-SHELL", cmd] if cmd else [], **values, "Retries": retries}


def validate(found: dict[str, Any] | None) -> None:
    """validateHealthCheck: each interval 0 or at least 1ms (Retries was checked by the client)."""
    for key in ("Interval", "Timeout", "StartPeriod", "StartInterval"):
        if found and 0 < found.get(key, 0) < 10**6:
            raise DockerError(f"Error response from daemon: {key} in Healthcheck cannot be less than 1ms", 125)


def config(world: World, c: Container) -> dict[str, Any] | None:
    """The container's Config.Healthcheck: run's, each field it leaves empty the image's
    (daemon/commit.go merge); the image's alone without one."""
    image = container_image(world, c)
    found = (image.config.get("Healthcheck") if image is not None else None) or None
    own = c.healthcheck
    if own is None:
        return found
    if found is None:
        return own
    return {k: own.get(k) or found.get(k) for k in ("Test", "Interval", "Timeout", "StartPeriod", "StartInterval",
                                                   "Retries")}


def _probed(world: World, c: Container) -> dict[str, Any] | None:
    """getProbe: the config when it has a CMD or CMD-SHELL test, else None (NONE, nothing)."""
    found = config(world, c)
    test = (found or {}).get("Test") or []
    return found if test and test[0] in ("CMD", "CMD-SHELL") and found is not None else None


def _seconds(ns: int, default: int) -> int:
    """timeoutWithDefault, in whole simulated seconds (a sub-second interval is a second here)."""
    return max(1, -(-ns // 10**9)) if ns else default


def advance(world: World, c: Container) -> None:
    """Run the probes due by now (initHealthMonitor at each start: starting, no failure streak,
    the log kept), each at its own second."""
    if not c.running or c.frozen:
        return
    probe = _probed(world, c)
    if probe is None:
        return
    health = c.health
    if health is None or health.get("started") != c.started_at:
        health = {"status": "starting", "streak": 0, "log": list((health or {}).get("log") or []),
                  "started": c.started_at, "next": c.started_at + _seconds(probe.get("Interval") or 0, INTERVAL)}
    gap = _seconds(probe.get("Interval") or 0, INTERVAL)
    if health["next"] + MAX_PROBES * gap <= world.clock:  # a long wait: only its last probes are run
        health = {**health, "next": health["next"] + (world.clock - health["next"]) // gap * gap
                  - (MAX_PROBES - 1) * gap}
    while health["next"] <= world.clock and c.running:
        health = _probe_once(world, c, probe, health)
    c.health = health


def _probe_once(world: World, c: Container, probe: dict[str, Any], health: dict[str, Any]) -> dict[str, Any]:
    """One probe at health["next"] (monitor's timer), its result handled (handleProbeResult), and
    when the next one is due (getInterval)."""
    at = health["next"]
    budget.current().step(PROBE_STEPS)
    result = _run(world, c, probe, at)
    health = dict(health)
    if result is not None:
        health["log"] = [*health["log"], result][-MAX_LOG:]
        old = health["status"]
        if result["ExitCode"] == 0:
            health["status"], health["streak"] = "healthy", 0
        elif not (old == "starting" and at - c.started_at < _seconds(probe.get("StartPeriod") or 0, START_PERIOD)):
            health["streak"] += 1
            if health["streak"] >= (probe.get("Retries") or RETRIES):
                health["status"] = "unhealthy"
        if health["status"] != old:
            events.container(world, c, f"health_status: {health['status']}", when=at)
    starting = health["status"] == "starting" and at - c.started_at < _seconds(probe.get("StartPeriod") or 0,
                                                                              START_PERIOD)
    gap = _seconds(probe.get("StartInterval") or 0, START_INTERVAL) if starting else _seconds(
        probe.get("Interval") or 0, INTERVAL)
    health["next"] = at + gap
    return health


def _run(world: World, c: Container, probe: dict[str, Any], at: int) -> dict[str, Any] | None:
    """cmdProbe.run: the test exec'd in the container (CMD-SHELL: the container's shell -c), its
    output (4096 bytes at most) and exit code; None when layerlab does not simulate what it runs."""
    test = list(probe["Test"])
    argv = [*(c_shell(world, c)), *test[1:]] if test[0] == "CMD-SHELL" else test[1:]
    if not argv:
        return None
    sh = container_shell(world, c)
    if lookpath(sh, argv[0]) is not None or program_for(sh, argv[0]) is None:
        return None
    sink = Output()
    command = argv[0] + " " + " ".join(argv[1:])
    exec_id = events.exec_id(world)
    events.container(world, c, f"exec_create: {command}", {"execID": exec_id}, when=at)
    events.container(world, c, f"exec_start: {command}", {"execID": exec_id}, when=at)
    timeout = _seconds(probe.get("Timeout") or 0, TIMEOUT)
    with budget.opened() as own:  # its own work, bounded: one that runs on is past its timeout
        own.steps = MAX_STEPS - PROBE_WORK
        try:
            status = sh.execute([program_for(sh, argv[0]) or argv[0], *argv[1:]], IO(sink))
        except OverBudget:
            status = -1
    output = "".join(text + "\n" for _, text in sink)[:MAX_OUTPUT]
    if any(text.startswith("layerlab: ") for _, text in sink) and status != -1:
        return None  # (what it runs is not simulated: it decides nothing)
    if status == -1 or sh.elapsed > timeout:  # cmdProbe.run: killed at its timeout
        shown = go_duration(timeout * 10**9)
        output, status = (f"Health check exceeded timeout ({shown}): {output}" if output
                          else f"Health check exceeded timeout ({shown})"), -1
    events.container(world, c, "exec_die", {"execID": exec_id, "exitCode": str(status)}, when=at)
    return {"Start": at, "End": at, "ExitCode": status, "Output": output}


def c_shell(world: World, c: Container) -> list[str]:
    """getShell: the image's SHELL, else /bin/sh -c."""
    image = container_image(world, c)
    return list((image.config.get("Shell") if image is not None else None) or ["/bin/sh", "-c"])


def status_suffix(world: World, c: Container) -> str:
    """What State.String adds to "Up ..." for a container with health (health.go String)."""
    health = c.health if c.health is not None and c.health.get("started") == c.started_at else None
    if health is None:
        if _probed(world, c) is None:
            return ""
        return " (health: starting)"
    return " (health: starting)" if health["status"] == "starting" else f" ({health['status']})"


def state_json(world: World, c: Container) -> dict[str, Any] | None:
    """State.Health as inspect writes it (daemon/inspect.go: Status, FailingStreak, Log; nil for a
    container never started with a probe)."""
    health = c.health
    if health is None:
        if not c.started_at or _probed(world, c) is None:
            return None
        health = {"status": "starting", "streak": 0, "log": []}
    return {"Status": health["status"], "FailingStreak": health["streak"],
            "Log": [{"Start": rfc3339_nano(r["Start"], 312345678), "End": rfc3339_nano(r["End"], 318765432),
                     "ExitCode": r["ExitCode"], "Output": r["Output"]} for r in health["log"]]}
