"""env, printenv, whoami, id, hostname, which and date: who, where and when the shell runs."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import budget, devfs, hostprofile
from ..fs import DIR, FsError
from ..toolkit import BUSYBOX, IO, PipeLines, ToolExit, _bad_option, _options
from ..world import EPOCH
from . import dates
from .common import HOST_USER, Getopt, busybox_usage, current_uid, passwd_name

if TYPE_CHECKING:
    from ..shell import Shell

HOST_NAME = hostprofile.HOSTNAME
# The learner's own groups on the host (an Ubuntu desktop user who may run docker)
HOST_GROUPS = ((1000, "learner"), (4, "adm"), (24, "cdrom"), (27, "sudo"), (30, "dip"), (46, "plugdev"),
               (100, "users"), (984, "docker"))


def environment(sh: Shell, pwd: bool = True) -> list[str]:
    """The process environment as the runtime orders it: PATH and HOSTNAME first, the image's and
    -e variables next, HOME last (moby container.CreateDaemonEnvironment, then runc adds HOME).
    (`pwd`: on the host, PWD as the shell exports it, when the environment is the shell's own.)"""
    env = dict(sh.env)
    if sh.where == "host":
        if pwd and not _PWD_LEFT_OUT.get():
            env.setdefault("PWD", sh.cwd)
        return [f"{k}={v}" for k, v in env.items()]
    first = [k for k in ("PATH", "HOSTNAME") if k in env]
    middle = [k for k in env if k not in ("PATH", "HOSTNAME", "HOME")]
    last = ["HOME"] if "HOME" in env else []
    return [f"{k}={env[k]}" for k in (*first, *middle, *last)]


# a command env runs without PWD in its environment (env -i, -u PWD): the host shell's PWD, which
# environment() adds, is not there for it
_PWD_LEFT_OUT: ContextVar[bool] = ContextVar("pwd_left_out", default=False)

# what only a shell can do: no program by these names for env to run
_SHELL_ONLY = frozenset({"cd", "export", "alias", "unalias", "source", ".", "set", "unset", "readonly", "declare",
                         "typeset", "local", "eval", "exec", "exit", "return", "shift", "trap", "type", "hash",
                         "history", "jobs", "wait", "pushd", "popd", "dirs", "umask", "read", "break", "continue",
                         "command", "builtin", "let", "getopts", "fg", "bg", ":"})


@dataclass
class _EnvCall:
    """What env's options and operands ask: a clean environment, names to unset, NAME=VALUE
    settings, a folder (GNU -C), NUL-ended output, and the command with its arguments."""

    clear: bool = False
    unset: list[str] = field(default_factory=list)
    null: bool = False
    chdir: str | None = None
    settings: list[str] = field(default_factory=list)
    command: list[str] = field(default_factory=list)


def _env_options(sh: Shell, args: list[str], io: IO) -> _EnvCall | int:
    """getopt_long with "+" (the first operand ends the options): GNU "+C:iS:u:v0", BusyBox "+i0u:"
    (coreutils src/env.c main, busybox coreutils/env.c); then a lone "-" (as -i) and NAME=VALUE."""
    call = _EnvCall()
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "-":
        i += 1
        if args[i - 1] == "--":
            break
        read = _env_long(sh, args, i, io) if args[i - 1].startswith("--") else _env_short(sh, args, i, io)
        if isinstance(read, int):
            return read
        flags, i = read
        for letter, value in flags:
            _env_flag(call, letter, value)
    if i < len(args) and args[i] == "-":
        call.clear, i = True, i + 1
    while i < len(args) and "=" in args[i]:
        call.settings.append(args[i])
        i += 1
    call.command = args[i:]
    return call


def _env_long(sh: Shell, args: list[str], i: int, io: IO) -> tuple[list[tuple[str, str]], int] | int:
    """One --long option (args[i - 1]), abbreviated as getopt_long allows: its letter and value."""
    gnu = sh.flavor != BUSYBOX
    longs = {"ignore-environment": "i", "null": "0", "unset": "u", **({"chdir": "C"} if gnu else {})}
    a = args[i - 1]
    name, has, value = a[2:].partition("=")
    if gnu and name and any(k.startswith(name) for k in ("help", "version", "split-string", "debug")):
        io.err(f"layerlab: env {a} is not simulated")
        return 126
    found = [k for k in longs if k.startswith(name)] if name else []
    if len(found) != 1:
        return _env_bad(sh, a, io)
    letter = longs[found[0]]
    if letter in "uC" and not has:
        if i >= len(args):
            io.err(f"env: option '--{found[0]}' requires an argument")
            return _env_bad(sh, None, io)
        value, i = args[i], i + 1
    return [(letter, value)], i


def _env_short(sh: Shell, args: list[str], i: int, io: IO) -> tuple[list[tuple[str, str]], int] | int:
    """A cluster of short options (args[i - 1]: -iu NAME, -uNAME...): each letter and its value."""
    gnu = sh.flavor != BUSYBOX
    a, j, flags = args[i - 1], 1, []
    while j < len(a):
        letter, j = a[j], j + 1
        if letter in ("S", "v") and gnu:
            io.err(f"layerlab: env -{letter} is not simulated")
            return 126
        if letter not in ("iu0C" if gnu else "iu0"):
            return _env_bad(sh, letter, io)
        value = ""
        if letter in "uC":
            if j < len(a):
                value, j = a[j:], len(a)
            elif i < len(args):
                value, i = args[i], i + 1
            else:
                io.err(f"env: option requires an argument -- '{letter}'")
                return _env_bad(sh, None, io)
        flags.append((letter, value))
    return flags, i


def _env_bad(sh: Shell, bad: str | None, io: IO) -> int:
    """An unknown option (None: said already), then the usage line: GNU exits 125 (EXIT_CANCELED)."""
    if bad is not None:
        status = _bad_option(sh, "env", bad, io)
    elif sh.flavor == BUSYBOX:
        io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
        status = 1
    else:
        io.err("Try 'env --help' for more information.")
        status = 1
    return 125 if sh.flavor != BUSYBOX else status


def _env_flag(call: _EnvCall, letter: str, value: str) -> None:
    if letter == "i":
        call.clear = True
    elif letter == "0":
        call.null = True
    elif letter == "u":
        call.unset.append(value)
    else:
        call.chdir = value


def env(sh: Shell, argv: list[str], io: IO) -> int:
    """env [-i] [-u NAME] [-0] [-C DIR] [-] [NAME=VALUE]... [COMMAND [ARG]...]: the environment it
    was given (the shell's exported variables: Shell._program), changed, printed or handed to the
    command it runs (execvp: a program, never a shell builtin)."""
    call = _env_options(sh, argv[1:], io)
    if isinstance(call, int):
        return call
    gnu = sh.flavor != BUSYBOX
    given = {} if call.clear else dict(line.split("=", 1) for line in environment(sh))
    for name in call.unset:
        if gnu and ("=" in name or not name):  # unsetenv: EINVAL
            io.err(f"env: cannot unset {sh.quote(name)}: Invalid argument")
            return 125
        given.pop(name.split("=", 1)[0], None)
    for setting in call.settings:
        name, _, value = setting.partition("=")
        if not name:  # putenv("=x"): EINVAL
            io.err(f"env: cannot set {sh.quote(name)}: Invalid argument" if gnu else "env: putenv: Invalid argument")
            return 125 if gnu else 1
        given[name] = value
    if call.command and call.null and gnu:
        io.err("env: cannot specify --null (-0) with command")
        return _env_bad(sh, None, io)
    if call.chdir is not None and not call.command:
        io.err("env: must specify command with --chdir (-C)")
        return _env_bad(sh, None, io)
    if not call.command:
        ended = "\0" if call.null else ""
        env_now, sh.env = sh.env, given
        try:
            for line in environment(sh, pwd=False):
                io.out(line + ended)
        finally:
            sh.env = env_now
        return 0
    return _env_run(sh, call, given, io)


def _env_run(sh: Shell, call: _EnvCall, given: dict[str, str], io: IO) -> int:
    name = call.command[0]
    fn = None if name in _SHELL_ONLY else sh.resolve(name)
    cwd = sh.cwd
    if call.chdir is not None:
        where = sh.path(call.chdir)
        node = sh.view.get(where)
        if node is None or node.kind != DIR:
            io.err(f"env: cannot change directory to {sh.quote(call.chdir)}: "
                   f"{'No such file or directory' if node is None else 'Not a directory'}")
            return 125
    if fn is None:
        io.err(f"env: {sh.quote(name)}: No such file or directory" if sh.flavor != BUSYBOX
               else f"env: can't execute '{name}': No such file or directory")
        return 127
    env_now, exported_now = sh.env, sh.exported
    sh.env, sh.exported = given, set(given)
    if call.chdir is not None:
        sh.cwd = sh.path(call.chdir)
    left_out = _PWD_LEFT_OUT.set("PWD" not in given)
    try:
        return fn(sh, call.command, io)
    finally:
        sh.env, sh.exported, sh.cwd = env_now, exported_now, cwd
        _PWD_LEFT_OUT.reset(left_out)


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
    """Where the shell would run name from: the first folder of PATH holding it as a program."""
    if "/" in name:
        return name if sh.resolve(name) is not None else None
    for d in sh.env.get("PATH", "/usr/bin:/bin").split(":"):
        if not d:
            continue
        try:  # the file, its links followed (the host's /bin is a link: app/engine/hostroot.py)
            node = (sh.program_node(f"{d}/{name}") if sh.where == "host"
                    else devfs.resolve(sh.view.get, f"{d}/{name}")[1])
        except FsError:  # a folder the user may not enter
            continue
        if node is not None and node.kind != "d" and node.mode & 0o111:
            return f"{d}/{name}"
    return None


DATE_USAGE = """[OPTIONS] [+FMT] [[-s] TIME]

Display time (using +FMT), or set time

\t-u\t\tWork in UTC (don't convert to local time)
\t[-s] TIME\tSet time to TIME
\t-d TIME\t\tDisplay TIME, not 'now'
\t-D FMT\t\tFMT (strptime format) for -s/-d TIME conversion
\t-r FILE\t\tDisplay last modification time of FILE
\t-R\t\tOutput RFC-2822 date
\t-I[SPEC]\tOutput ISO-8601 date
\t\t\tSPEC=date (default), hours, minutes, seconds or ns

Recognized TIME formats:
\t@seconds_since_1970
\thh:mm[:ss]
\t[YYYY.]MM.DD-hh:mm[:ss]
\tYYYY-MM-DD hh:mm[:ss]
\t[[[[[YY]YY]MM]DD]hh]mm[.ss]
\t'date TIME' form accepts MMDDhhmm[[YY]YY][.ss] instead"""
_DATE_LONGS = {"date": "d:", "reference": "r:", "rfc-email": "R", "rfc-2822": "R", "iso-8601": "I::", "utc": "u",
               "universal": "u", "set": "s:", "file": "f:"}


def _date_format(sh: Shell, io: IO, found: list[tuple[str, str | None]], operands: list[str]) -> str:
    """The output format: +FORMAT, -R's or -I's; GNU refuses two ("multiple output formats")."""
    formats = [f"+{dates.RFC_EMAIL}" if k == "R" else f"+{dates.ISO.get(v or 'date', '')}"
               for k, v in found if k in "RI"] + [a for a in operands if a.startswith("+")]
    for key, value in found:
        if key == "I" and (value or "date") not in dates.ISO:
            if sh.flavor == BUSYBOX:  # index_in_strings fails: bb_show_usage
                raise busybox_usage(io, "date", DATE_USAGE)
            io.err(f"date: invalid argument {sh.lquote(value or '')} for {sh.lquote('--iso-8601')}")
            io.err("Valid arguments are:")
            for name in ("hours", "minutes", "date", "seconds", "ns"):
                io.err(f"  - {sh.lquote(name)}")
            io.err("Try 'date --help' for more information.")
            raise ToolExit(1)
    if len(formats) > 1 and sh.flavor == BUSYBOX and {k for k, _ in found} >= {"R", "I"}:
        raise busybox_usage(io, "date", DATE_USAGE)  # getopt32's "R--I:I--R"
    if len(formats) > 1 and sh.flavor != BUSYBOX:
        io.err("date: multiple output formats specified")
        raise ToolExit(1)
    return formats[-1][1:] if formats else "%a %b %e %H:%M:%S %Z %Y"


def _date_when(sh: Shell, io: IO, found: list[tuple[str, str | None]], now: int) -> int:
    """The time shown: -d's text, -r's file's modification time, else now."""
    when = now
    for key, value in found:
        if key == "d":
            read = (dates.busybox_date if sh.flavor == BUSYBOX else dates.gnu_date)(value or "", now)
            if read is None and sh.flavor != BUSYBOX and dates.unread(value or ""):
                # (a date GNU may well read, written a way this reading does not: said, not refused)
                io.err("layerlab: date -d is not simulated")
                raise ToolExit(126)
            if read is None:
                io.err(f"date: invalid date '{value}'" if sh.flavor == BUSYBOX else f"date: invalid date {sh.lquote(value or '')}")
                raise ToolExit(1)
            when = read
        elif key == "r":
            node = sh.view.get(sh.path(value or "")) if value else None
            if node is None:
                io.err(f"date: can't stat '{value}': No such file or directory" if sh.flavor == BUSYBOX
                       else f"date: {value}: No such file or directory")
                raise ToolExit(1)
            when = node.mtime or EPOCH
    return when


def date(sh: Shell, argv: list[str], io: IO) -> int:
    """date [-u] [-d TIME | -r FILE] [-R | -I[SPEC] | +FORMAT]: the simulated clock, in UTC (the
    containers' zone, and the host's here). The default format is GNU's and BusyBox's
    "%a %b %e %H:%M:%S %Z %Y"; a shell loop in a container's main process reads the second it has
    reached (app/engine/timeline.py). Other times and formats: dates.py."""
    parser = Getopt(sh, io, "date", argv, "d:r:RI::us:f:D:", _DATE_LONGS if sh.flavor != BUSYBOX else {},
                    usage=DATE_USAGE)
    found = list(parser)
    for key, _ in found:
        if key in "sfD":
            io.err(f"layerlab: date -{key} is not simulated")
            return 126
    operands = parser.operands
    for arg in operands:
        if not arg.startswith("+"):
            io.err(f"date: invalid date '{arg}'" if sh.flavor == BUSYBOX else f"date: invalid date {sh.lquote(arg)}")
            return 1
    fmt = _date_format(sh, io, found, operands)
    now = sh.timeline.clock(sh.world.clock) if sh.timeline is not None else sh.world.clock + sh.elapsed
    io.out(dates.strftime(fmt, _date_when(sh, io, found, now)))
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
