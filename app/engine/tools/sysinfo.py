"""env, printenv, whoami, id, hostname, which and date: who, where and when the shell runs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import budget, hostprofile
from ..toolkit import BUSYBOX, IO, PipeLines, ToolExit, _bad_option, _options
from .common import HOST_USER, current_uid, passwd_name

if TYPE_CHECKING:
    from ..shell import Shell

HOST_NAME = hostprofile.HOSTNAME
# The learner's own groups on the host (an Ubuntu desktop user who may run docker)
HOST_GROUPS = ((1000, "learner"), (4, "adm"), (24, "cdrom"), (27, "sudo"), (30, "dip"), (46, "plugdev"),
               (100, "users"), (984, "docker"))


def environment(sh: Shell) -> list[str]:
    """The process environment as the runtime orders it: PATH and HOSTNAME first, the image's and
    -e variables next, HOME last (moby container.CreateDaemonEnvironment, then runc adds HOME)."""
    env = dict(sh.env)
    if sh.where == "host":
        env.setdefault("PWD", sh.cwd)
        return [f"{k}={v}" for k, v in env.items()]
    first = [k for k in ("PATH", "HOSTNAME") if k in env]
    middle = [k for k in env if k not in ("PATH", "HOSTNAME", "HOME")]
    last = ["HOME"] if "HOME" in env else []
    return [f"{k}={env[k]}" for k in (*first, *middle, *last)]


def env(sh: Shell, argv: list[str], io: IO) -> int:
    if len(argv) > 1 and not argv[1].startswith("-") and "=" not in argv[1]:
        fn = sh.resolve(argv[1])
        if fn is None:
            io.err(f"env: {sh.quote(argv[1]) if sh.flavor != BUSYBOX else argv[1]}: No such file or directory"
                   if sh.flavor != BUSYBOX else f"env: can't execute '{argv[1]}': No such file or directory")
            return 127
        return fn(sh, argv[1:], io)
    for line in environment(sh):
        io.out(line)
    return 0


def printenv(sh: Shell, argv: list[str], io: IO) -> int:
    if len(argv) == 1:
        for line in environment(sh):
            io.out(line)
        return 0
    values = dict(line.split("=", 1) for line in environment(sh))
    status = 0
    for name in argv[1:]:
        if name in values:
            io.out(values[name])
        else:
            status = 1
    return status


def whoami(sh: Shell, argv: list[str], io: IO) -> int:
    uid = current_uid(sh)
    name = passwd_name(sh, uid)
    if name is None:
        io.err(f"whoami: cannot find name for user ID {uid}" if sh.flavor != BUSYBOX
               else f"whoami: unknown uid {uid}")
        return 1
    io.out(name)
    return 0


def _groups(sh: Shell, user: str, gid: int) -> list[tuple[int, str | None]]:
    """The process's groups with their names: those docker exec -u gave it, else the primary
    group, then each group of /etc/group that lists the user (as initgroups)."""
    if sh.where == "host":
        return list(HOST_GROUPS) if user == HOST_USER[0] else [(0, "root")]
    given = tuple(getattr(sh.view, "groups", ()) or ())
    if given:
        return [(g, passwd_name(sh, g, "/etc/group")) for g in given]
    node = sh.view.get("/etc/group")
    found: list[tuple[int, str | None]] = [(gid, passwd_name(sh, gid, "/etc/group") or str(gid))]
    for line in (node.data if node is not None else "").split("\n"):
        parts = line.split(":")
        if len(parts) == 4 and user in parts[3].split(",") and int(parts[2]) != gid:
            found.append((int(parts[2]), parts[0]))
    return found


def _named(number: int, name: str | None) -> str:
    """id's `N(name)`, or the bare number when no name is known."""
    return f"{number}({name})" if name is not None else str(number)


def id_(sh: Shell, argv: list[str], io: IO) -> int:
    uid = current_uid(sh)
    name = passwd_name(sh, uid)
    user = name or str(uid)
    groups = _groups(sh, user, uid)
    gid = groups[0][0]
    flag = argv[1] if len(argv) > 1 else ""
    if flag in ("-u", "-g"):
        io.out(str(uid if flag == "-u" else gid))
        return 0
    if flag == "-un":
        io.out(user)
        return 0
    if flag == "-G":
        io.out(" ".join(str(g) for g, _ in groups))
        return 0
    shown = ",".join(_named(g, n) for g, n in groups)
    io.out(f"uid={_named(uid, name)} gid={_named(gid, groups[0][1])} groups={shown}")
    return 0


def hostname(sh: Shell, argv: list[str], io: IO) -> int:
    if len(argv) > 1 and argv[1] not in ("-s", "--short"):
        io.err("hostname: you must be root to change the host name" if sh.flavor != BUSYBOX
               else "hostname: sethostname: Operation not permitted")
        return 1
    io.out(HOST_NAME if sh.where == "host" else sh.env.get("HOSTNAME", ""))
    return 0


def which(sh: Shell, argv: list[str], io: IO) -> int:
    """debianutils' and BusyBox's which: the first PATH entry holding the name; 1 when one is missing."""
    names = [a for a in argv[1:] if not a.startswith("-")]
    if not names:
        return 1
    status = 0
    for name in names:
        found = locate(sh, name)
        if found is None:
            status = 1
        else:
            io.out(found)
    return status


def locate(sh: Shell, name: str) -> str | None:
    """Where the shell would run name from (the host's PATH holds the programs layerlab knows)."""
    if "/" in name:
        return name if sh.resolve(name) is not None else None
    for d in sh.env.get("PATH", "/usr/bin:/bin").split(":"):
        if not d:
            continue
        if sh.where == "host":
            if d == "/usr/bin" and sh.resolve(name) is not None and name not in ("cd", "echo", "pwd", "true",
                                                                                  "false", "exit", ":"):
                return f"{d}/{name}"
            continue
        node = sh.view.get(f"{d}/{name}")
        if node is not None and node.kind != "d" and node.mode & 0o111:
            return f"{d}/{name}"
    return None


def date(sh: Shell, argv: list[str], io: IO) -> int:
    """date [-u] [+FORMAT]: the simulated clock, in UTC (the containers' zone, and the host's here).
    The default format is GNU's and BusyBox's "%a %b %e %H:%M:%S %Z %Y"; a shell loop in a
    container's main process reads the second it has reached (app/engine/timeline.py)."""
    fmt = "%a %b %e %H:%M:%S %Z %Y"
    _, operands = _options(sh, io, "date", [a for a in argv if a not in ("--utc", "--universal")], "u")
    for arg in operands:
        if arg.startswith("+"):
            fmt = arg[1:]
        else:
            io.err(f"date: invalid date '{arg}'" if sh.flavor == BUSYBOX else f"date: invalid date {sh.lquote(arg)}")
            return 1
    seconds = sh.timeline.clock(sh.world.clock) if sh.timeline is not None else sh.world.clock + sh.elapsed
    io.out(datetime.fromtimestamp(seconds, UTC).strftime(fmt))
    return 0


_UNAME_LONG = {"--all": "a", "--kernel-name": "s", "--nodename": "n", "--kernel-release": "r", "--release": "r",
               "--kernel-version": "v", "--machine": "m", "--processor": "p", "--hardware-platform": "i",
               "--operating-system": "o"}
_UNAME_ORDER = "snrvmpio"


def uname(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils' and BusyBox's uname: the fields asked for in their fixed order (-s alone when none).

    The kernel is the host's, inside a container too (hostprofile.py); the node name is the host's
    name, a container's its short id. -p and -i are "unknown" on Linux for upstream coreutils and
    BusyBox, and -a leaves them out (uname.c: "omit -p and -i if unknown"); Ubuntu's coreutils
    answers both with the machine, so its -a shows "x86_64 x86_64 x86_64". Alpine builds BusyBox
    with CONFIG_UNAME_OSNAME="Linux".
    """
    args = [f"-{_UNAME_LONG[a]}" if a in _UNAME_LONG else a for a in argv[1:]]
    opts, operands = _options(sh, io, "uname", ["uname", *args], "asnrvmpio")
    if operands:
        if sh.flavor == BUSYBOX:
            io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
        else:
            io.err(f"uname: extra operand {sh.quote(operands[0])}")
            io.err("Try 'uname --help' for more information.")
        return 1
    ubuntu = sh.where == "host" or sh.view.get("/etc/lsb-release") is not None
    unknown = hostprofile.MACHINE if ubuntu and sh.flavor != BUSYBOX else "unknown"
    values = {"s": hostprofile.KERNEL_NAME, "n": hostprofile.HOSTNAME if sh.where == "host"
              else sh.env.get("HOSTNAME", ""), "r": hostprofile.KERNEL_RELEASE, "v": hostprofile.KERNEL_VERSION,
              "m": hostprofile.MACHINE, "p": unknown, "i": unknown,
              "o": "Linux" if sh.view.get("/etc/alpine-release") is not None else "GNU/Linux"}
    every = "a" in opts
    wanted = set(_UNAME_ORDER) if every else opts or {"s"}
    shown = [values[k] for k in _UNAME_ORDER if k in wanted and not (every and values[k] == "unknown")]
    io.out(" ".join(shown))
    return 0


def nproc(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils' and BusyBox's nproc: the processors the process may use (the host's: a container
    without --cpuset-cpus may use them all), less --ignore=N but at least one."""
    ignore = 0
    for arg in argv[1:]:
        if arg == "--all":
            continue
        value = arg.removeprefix("--ignore=")
        if value == arg or not value.isdigit():
            if arg.startswith("--ignore="):
                io.err(f"nproc: invalid number: {sh.quote(value)}" if sh.flavor != BUSYBOX
                       else f"nproc: invalid number '{value}'")
                return 1
            raise ToolExit(_bad_option(sh, "nproc", arg if arg.startswith("--") else arg[1:2], io))
        ignore = int(value)
    io.out(str(max(1, hostprofile.CPUS - ignore)))
    return 0


def yes(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils' and BusyBox's yes: its operands (or "y") a line at a time until its reader goes
    (a pipe into head closes, toolkit.PipeLines) or, with no reader to stop it, the work budget ends.
    A container's main process (or a part of one) runs ahead as far as layerlab runs any process that
    does not end (timeline.Timeline.check), and goes on running: `docker run -d busybox yes`."""
    args = argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    line = " ".join(args) if args else "y"
    chunk = "\n".join([line] * max(1, 4096 // (len(line) + 1)))
    steps = chunk.count("\n") + 1
    while True:
        budget.current().step(steps)
        io.out(chunk)
        if sh.timeline is not None and not isinstance(io.capture_out, PipeLines):  # (a reader that goes stops it)
            sh.timeline.check()
