"""The docker CLI's machinery: commands as data/docker_cli.json describes them, pflag-style parsing,
cobra-style help, the CLI's error framing and its prompts (the table of commands: commands.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import hostprofile
from .formatting import TemplateError, format_rows
from .godurations import DurationError, parse_duration
from .resources import flag_value_error

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO

CLI_TABLE: dict[str, Any] = json.loads((Path(__file__).parent / "data" / "docker_cli.json").read_text())

# Flags whose value is a list (repeatable) and flags that take no value, by long name.
_LIST_VARS = {"list", "filter", "mount", "strings", "stringArray", "map", "network"}  # network: opts.NetworkOpt

# The commands whose bytes and decimal flags are the docker CLI's own opts.MemBytes and
# opts.NanoCPUs, checked as pflag sets them (buildx's sizes are read by its command)
_SIZED = {"run", "create", "container run", "container create", "update", "container update"}


class DockerError(Exception):
    """An error the CLI prints to stderr (already framed) with its exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class Cancelled(Exception):
    """The learner answered no at a prompt: nothing is printed, exit 0 (or `code`)."""

    def __init__(self, code: int = 0) -> None:
        super().__init__(code)
        self.code = code


# The answer the Ctrl-C key gives at a prompt (the page's Ctrl-C, a "^C" line in layerlab sim), as the
# keys a container's terminal is given (attached.CTRL_C); the terminal shows it after the question.
INTERRUPT = "^C"
# A process a signal ended, as the docker CLI reports its plugin's end: tryPluginRun returns
# StatusError{StatusCode: ws.ExitStatus()}, -1 for a signalled child, and os.Exit(-1) is 255.
SIGNALLED_PLUGIN = 255


# internal/prompt/prompt.go Confirm's question, after the command's warning lines
QUESTION = "Are you sure you want to continue? [y/N] "


class NeedAnswer(Exception):
    """The command asks the learner first: apply() returns these prompts, and the command runs
    again with the answer."""

    def __init__(self, prompts: list[str], question: str = "") -> None:
        super().__init__(prompts)
        self.prompts = prompts
        self.question = question or QUESTION


@dataclass
class Flag:
    long: str
    short: str
    var: str  # the value's type word, "" for booleans
    usage: str
    default: str | None
    hidden: bool = False  # parsed, but left out of --help (cobra's flag.Hidden)
    deprecated: str = ""  # pflag's MarkDeprecated message (the flag is hidden too)

    @property
    def takes_value(self) -> bool:
        return self.var != ""

    @property
    def repeatable(self) -> bool:
        return self.var in _LIST_VARS


@dataclass
class Args:
    """Parsed flags (by long name) and positional arguments."""

    flags: dict[str, Any]
    positional: list[str]
    given: set[str] = field(default_factory=set)

    def get(self, name: str, default: Any = None) -> Any:
        return self.flags.get(name, default)

    def bool(self, name: str) -> bool:
        return bool(self.flags.get(name, False))

    def list(self, name: str) -> list[str]:
        v = self.flags.get(name)
        return list(v) if isinstance(v, list) else []


Handler = Callable[["Ctx", Args], int]


@dataclass(frozen=True)
class Entry:
    """One docker command layerlab runs (the table: commands.py)."""

    key: str  # the management form, e.g. "container rm"
    handler: Handler
    args: tuple[int, int | None]  # (at least, at most) positional arguments; None: no upper bound
    shortcut: str = ""  # the top-level form sharing the handler ("rm"), with its own usage and help
    aliases: tuple[str, ...] = ()  # cobra aliases of the management form ("container remove")
    interspersed: bool = True  # False: flags stop at the first argument (run IMAGE COMMAND -x)


@dataclass
class Command:
    key: str  # table key, e.g. "volume create"
    path: str  # as shown: "docker volume create"
    use: str
    short: str
    aliases: str
    flags: list[Flag]
    min_args: int = 0
    max_args: int | None = None
    interspersed: bool = True
    handler: Handler | None = None
    subcommands: list[list[str]] = field(default_factory=list)
    additional_help: str = ""  # the "additionalHelp" annotation (docker/cli cli/cobra.go usageTemplate)

    def flag(self, name: str) -> Flag | None:
        for f in self.flags:
            if f.long == name:
                return f
        return None

    def short_flag(self, ch: str) -> Flag | None:
        for f in self.flags:
            if f.short == ch:
                return f
        return None


@dataclass
class Ctx:
    """What a docker handler works with."""

    world: Any
    io: IO
    shell: Shell
    command: Command
    answer: str | None = None  # the learner's reply when the command prompts
    prompts: list[str] = field(default_factory=list)


# docker/cli v28.5.2 cli/command/container/stop.go and restart.go: --time, kept for backward
# compatibility, MarkDeprecated("time", "use --timeout instead")
_TIME = Flag("time", "", "int", "Seconds to wait before killing the container (deprecated: use --timeout)", "0",
             hidden=True, deprecated="use --timeout instead")

# Flags a command takes but its help does not list (the CLI table holds only the listed ones).
_HIDDEN_FLAGS = {
    "stop": [_TIME], "container stop": [_TIME], "restart": [_TIME], "container restart": [_TIME],
    # docker/cli v28.5.2 cli/command/volume/create.go: flags.Lookup("name").Hidden = true
    "volume create": [Flag("name", "", "string", "Specify volume name", None, hidden=True)],
    # cli/command/volume/update.go: a swarm-manager flag, hidden on any other daemon
    "volume update": [Flag("availability", "", "string", 'Cluster Volume availability ("active", "pause", "drain")',
                           '"active"', hidden=True)],
}


def load_command(key: str, entry: Entry | None) -> Command:
    """key's usage, flags and help from the CLI table, with entry's arguments rule and handler
    (None for a command the CLI has and layerlab does not run: it has help only)."""
    raw = CLI_TABLE[key]
    flags = [Flag(f["long"], f["short"], f["var"], f["usage"], f["default"], hidden=bool(f.get("hidden")))
             for f in raw["flags"] if not f.get("global")]
    flags += _HIDDEN_FLAGS.get(key, [])
    subs = []
    for sec in raw.get("commands", []):
        for name, short in sec["items"]:
            if name != "Run":
                subs.append([sec["section"], name, short])
    lo, hi = entry.args if entry is not None else (0, None)
    return Command(key, raw["path"], raw.get("use", raw["path"]), raw["short"], raw.get("aliases", ""),
                   flags, lo, hi, entry.interspersed if entry is not None else True,
                   entry.handler if entry is not None else None, subcommands=subs,
                   additional_help=raw.get("additional_help", ""))


def refuse_unsimulated(ctx: Ctx, args: Args, names: tuple[str, ...]) -> None:
    """The flags of names a learner gave that layerlab accepts but cannot carry out: said, never
    ignored. A value that changes nothing passes: --platform naming the daemon's own platform
    (linux and its architecture, as containerd's platforms.Parse normalizes them, the only images
    it holds), --disable-content-trust (the default: content trust is off without
    DOCKER_CONTENT_TRUST), --log-driver json-file, --runtime runc, --ipc private (the daemon's
    defaults)."""
    # (docker build runs as buildx's `docker buildx build`: named as learners type it)
    where = "build" if ctx.command.key == "build" else ctx.command.path.removeprefix("docker ")
    for name in names:
        if name not in args.given or _HARMLESS.get(name, _never)(args.get(name)):
            continue
        if name == "platform":
            raise DockerError(f"layerlab: docker {where} --platform {_said(args.get(name))} is not simulated: the daemon "
                              f"holds linux/{_own_arch()} images only")
        raise DockerError(f"layerlab: docker {where} --{name} is not simulated yet")


def _said(value: Any) -> str:
    return ",".join(value) if isinstance(value, list) else str(value)


def _never(value: Any) -> bool:
    return False


_ARCH_ALIASES = {"x86_64": "amd64", "x86-64": "amd64", "aarch64": "arm64"}


def _own_arch() -> str:
    return _ARCH_ALIASES.get(hostprofile.MACHINE, hostprofile.MACHINE)


def _own_platform(value: Any) -> bool:
    if isinstance(value, list):  # docker image rm --platform: a list; the daemon takes one at most
        return len(value) <= 1 and all(_own_platform(v) for v in value)
    parts = str(value).lower().split("/")
    if parts[:1] == ["linux"]:
        parts = parts[1:]
    if not parts:
        return True  # the OS alone: the daemon's architecture
    arch = _own_arch()
    return _ARCH_ALIASES.get(parts[0], parts[0]) == arch and parts[1:] in ([], ["v8"] if arch == "arm64" else [])


_HARMLESS: dict[str, Callable[[Any], bool]] = {
    "platform": _own_platform, "disable-content-trust": bool, "log-driver": lambda v: v == "json-file",
    "runtime": lambda v: v == "runc", "ipc": lambda v: v == "private", "network": lambda v: v == "default",
    "publish-all": lambda v: v is False,
    "builder": lambda v: v == "default"}  # (buildx's builder of the current context, "default")


def print_formatted(ctx: Ctx, fmt: str, rows: list[dict[str, Any]], type_name: str) -> None:
    """A list command's --format: a Go template per row ('json' is {{json .}}; 'table ...' adds headers)."""
    try:
        lines = format_rows("{{json .}}" if fmt == "json" else fmt, rows, type_name)
    except TemplateError as exc:
        raise DockerError(str(exc)) from None
    for line in lines:
        ctx.io.out(line)


def print_pruned(io: IO, heading: str, items: list[str]) -> None:
    """A prune's report: its heading, one line per item and a blank line; nothing when none went
    (docker/cli v28.5.2 cli/command/*/prune.go runPrune, printed with Fprintln)."""
    if items:
        io.out(heading)
        for item in items:
            io.out(item)
        io.out("")


def confirm(ctx: Ctx, question: str = QUESTION, trim: bool = True) -> bool:
    """Ask the prompt queued in ctx.prompts, then question; the answer arrives with the command.
    trim=False: the answer is compared as read, without TrimSpace (buildx commands/util.go
    promptForConfirmation)."""
    if ctx.answer is None:
        raise NeedAnswer(ctx.prompts, question)
    for line in ctx.prompts:
        ctx.io.out(line)
    ctx.io.out(f"{question}{ctx.answer}")
    # internal/prompt/prompt.go Confirm: strings.EqualFold(TrimSpace(answer), "y"); anything
    # else, "yes" included, is a no (the prune commands then cancel quietly, exit 0). Ctrl-C there
    # ends the prompt the same way: the CLI catches SIGINT, Confirm writes a newline and returns
    # ErrTerminated, a cancelled error main prints nothing for (cmd/docker/docker.go), exit 0. buildx's
    # prompt (commands/util.go promptForConfirmation) reads on with no handler: SIGINT ends the
    # plugin, and the CLI exits 255 without a word.
    if not trim and ctx.answer == INTERRUPT:
        raise Cancelled(SIGNALLED_PLUGIN)
    if (ctx.answer.strip(_GO_SPACE) if trim else ctx.answer).lower() == "y":
        return True
    raise Cancelled()


# What Go's strings.TrimSpace trims (unicode.IsSpace): not Python's \x1c-\x1f separators.
_GO_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


# ---------------------------------------------------------------------------------------------
# Parsing


def flag_error(cmd: Command, text: str) -> DockerError:
    use = "docker [OPTIONS] COMMAND [ARG...]" if cmd.key == "docker" else cmd.use
    return DockerError(f"{text}\n\nUsage:  {use}\n\nRun '{cmd.path} --help' for more information", 125)


# cli/cobra.go setupCommonRootCommand: the root's persistent --help has the shorthand -h, marked
# deprecated (MarkShorthandDeprecated("help", "use --help")); every command but run and create,
# whose -h is --hostname, takes it from the root
HELP_SHORTHAND_DEPRECATED = "Flag shorthand -h has been deprecated, use --help"


def parse_args(cmd: Command, argv: list[str], notes: list[str] | None = None) -> Args | None:
    """pflag parsing; None means --help was asked for. notes gets what pflag writes as it reads a
    deprecated flag or shorthand (vendor/github.com/spf13/pflag/flag.go): cobra's ParseFlags
    prints those lines, on the CLI's standard output, once the whole line parsed, before the help
    or the command runs (vendor/github.com/spf13/cobra/command.go)."""
    parsing = _Parsing(cmd, argv)
    parsing.run()  # a flag error raises: cobra prints none of the notes then
    if notes is not None:
        notes += parsing.notes
    if parsing.help:
        return None
    return Args(parsing.flags, parsing.positional, parsing.given)


@dataclass
class _Parsing:
    """One pflag pass over a command's arguments: long flags, runs of short ones, positionals
    (which end the flags for a command that does not intersperse them: run IMAGE COMMAND -x)."""

    cmd: Command
    argv: list[str]
    flags: dict[str, Any] = field(default_factory=dict)
    given: set[str] = field(default_factory=set)
    positional: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # --help (or the root's -h): a bool flag like any other, looked at once every flag parsed
    # (cobra's execute: GetBool("help") after ParseFlags), so --help=false runs the command
    help: bool = False
    i: int = 0

    def run(self) -> None:
        stop = False
        while self.i < len(self.argv):
            a = self.argv[self.i]
            if stop or a == "-" or not a.startswith("-"):
                self.positional.append(a)
                stop = stop or not self.cmd.interspersed
            elif a == "--":
                stop = True
            elif a.startswith("--"):
                self._long(a)
            else:
                self._shorts(a)
            self.i += 1

    def _next(self, missing: str) -> str:
        """The next word, as the value of the flag just read."""
        if self.i + 1 >= len(self.argv):
            raise flag_error(self.cmd, missing)
        self.i += 1
        return self.argv[self.i]

    def _long(self, a: str) -> None:
        name, eq, value = a[2:].partition("=")
        if not name or name.startswith("-"):
            raise flag_error(self.cmd, f"bad flag syntax: {a}")
        if name == "help":  # the root's persistent --help, or run's and create's own (no shorthand)
            self.help = _bool_value(self.cmd, value if eq else None, "--help")
            return
        f = self.cmd.flag(name)
        if f is None:
            raise flag_error(self.cmd, f"unknown flag: --{name}")
        if f.takes_value and not eq:
            value = self._next(f"flag needs an argument: --{name}")
        self._set(f, value if (eq or f.takes_value) else None)

    def _shorts(self, a: str) -> None:
        """-d, -dp 3000:80, -p3000:80, -p=3000:80, -d=false."""
        for j in range(1, len(a)):
            ch = a[j]
            f = self.cmd.short_flag(ch)
            if f is None:
                if ch == "h":
                    # pflag names a flag with a deprecated shorthand by its long name alone
                    self.notes.append(HELP_SHORTHAND_DEPRECATED)
                    if a[j + 1:].startswith("="):
                        self.help = _bool_value(self.cmd, a[j + 2:], "--help")
                        return
                    self.help = True
                    continue
                raise flag_error(self.cmd, f"unknown shorthand flag: '{ch}' in -{a[j:]}")
            rest = a[j + 1:]
            if f.takes_value:
                rest = rest[1:] if rest.startswith("=") else rest
                self._set(f, rest or self._next(f"flag needs an argument: '{ch}' in -{ch}"))
                return
            if rest.startswith("="):
                self._set(f, rest[1:])
                return
            self._set(f, None)

    def _set(self, f: Flag, value: str | None) -> None:
        self.given.add(f.long)
        if f.deprecated:
            self.notes.append(f"Flag --{f.long} has been deprecated, {f.deprecated}")
        shown = f"-{f.short}, --{f.long}" if f.short else f"--{f.long}"
        if not f.takes_value:
            self.flags[f.long] = _bool_value(self.cmd, value, shown)
            return
        assert value is not None
        problem = _value_problem(self.cmd, f, value)
        if problem is not None:
            raise flag_error(self.cmd, f'invalid argument "{value}" for "{shown}" flag: {problem}')
        if f.var in ("int", "uint", "uint16"):
            try:
                self.flags[f.long] = int(value)
            except ValueError:
                raise flag_error(self.cmd, f'invalid argument "{value}" for "{shown}" flag: '
                                           f'strconv.ParseInt: parsing "{value}": invalid syntax') from None
        elif f.var == "filter":
            # opts.FilterOpt.Set: an empty value adds nothing, one without '=' is a flag error,
            # the name is lower-cased and both sides trimmed (opts/opts.go)
            if value:
                if "=" not in value:
                    raise flag_error(self.cmd, f'invalid argument "{value}" for "{shown}" flag: '
                                               "bad format of filter (expected name=value)")
                name, _, val = value.partition("=")
                self.flags.setdefault(f.long, []).append(f"{name.strip().lower()}={val.strip()}")
        elif f.repeatable:
            self.flags.setdefault(f.long, []).append(value)
        else:
            self.flags[f.long] = value


def _value_problem(cmd: Command, f: Flag, value: str) -> str | None:
    """Why pflag cannot set f to value, for the value types read here rather than by the command:
    uint16 (strconv.ParseUint(s, 0, 16)), and the CLI's opts.MemBytes, MemSwapBytes and NanoCPUs."""
    if f.var == "uint16":
        if not value.isascii() or not value.isdigit():
            return f'strconv.ParseUint: parsing "{value}": invalid syntax'
        if int(value) > 65535:
            return f'strconv.ParseUint: parsing "{value}": value out of range'
    if f.long == "attach" and f.var == "list" and value.lower() not in ("stdin", "stdout", "stderr"):
        return "valid streams are STDIN, STDOUT and STDERR"  # cli/command/container/opts.go validateAttach
    if f.long == "env" and f.var == "list" and not value.partition("=")[0]:
        return f"invalid environment variable: {value}"  # docker/cli opts/env.go ValidateEnv
    if f.long == "label" and f.var == "list" and cmd.key != "build":  # buildx reads its own
        key = value.partition("=")[0].lstrip(" \t")  # docker/cli opts/opts.go ValidateLabel
        if not key:
            return f"invalid label '{value}': empty name"
        if " " in key or "\t" in key:
            return f"label '{key}' contains whitespaces"
    if f.var in ("bytes", "decimal") and cmd.key in _SIZED:
        return flag_value_error(f.var, f.long, value)
    if f.var == "duration" and f.long.startswith("health-"):  # pflag durationValue: time.ParseDuration
        try:
            parse_duration(value)
        except DurationError as exc:
            return str(exc)
    return None


def _bool_value(cmd: Command, value: str | None, shown: str) -> bool:
    """A boolean flag's value: true alone, else what strconv.ParseBool reads."""
    if value is None:
        return True
    low = value.lower()
    if low in ("1", "t", "true"):
        return True
    if low in ("0", "f", "false"):
        return False
    raise flag_error(cmd, f'invalid argument "{value}" for "{shown}" flag: '
                          f'strconv.ParseBool: parsing "{value}": invalid syntax')


def check_arg_count(cmd: Command, n: int) -> None:
    lo, hi = cmd.min_args, cmd.max_args

    def plural(k: int) -> str:
        return "argument" if k == 1 else "arguments"

    # a buildx command's (docker builder ...) comes back from cobra as a plain error, which
    # buildx's main prints after "ERROR: " (docker/buildx v0.29.1 cmd/buildx/main.go)
    head = ("ERROR: " if cmd.path.startswith("docker buildx ") else "") + f"docker: '{cmd.path}'"
    tail = f"\n\nUsage:  {cmd.use}\n\n"
    if hi == 0 and n > 0:
        raise DockerError(f"{head} accepts no arguments{tail}Run '{cmd.path} --help' for more information")
    if hi is None and n < lo:
        raise DockerError(f"{head} requires at least {lo} {plural(lo)}{tail}See '{cmd.path} --help' for more information")
    if hi is not None and lo == hi and n != lo:
        raise DockerError(f"{head} requires {lo} {plural(lo)}{tail}Run '{cmd.path} --help' for more information")
    if hi is not None and lo == 0 and n > hi:
        # "SRun" is docker's own typo, kept on purpose: cli/required.go RequiresMaxArgs in CLI 28.5
        # (docker/cli c60b360c33 brought it in; e069ded4c3 fixed it after 28.5)
        raise DockerError(f"{head} requires at most {hi} {plural(hi)}{tail}SRun '{cmd.path} --help' for more information")
    if hi is not None and lo != hi and (n < lo or n > hi):
        raise DockerError(f"{head} requires at least {lo} and at most {hi} {plural(hi)}{tail}Run '{cmd.path} --help' for more information")


# ---------------------------------------------------------------------------------------------
# Help (cobra's templates, pflag's FlagUsagesWrapped at 79 columns)


def _wrap_n(i: int, slop: int, s: str) -> tuple[str, str]:
    if i + slop > len(s):
        return s, ""
    sub = s[:i]
    w = max(sub.rfind(" "), sub.rfind("\t"), sub.rfind("\n"))
    if w <= 0:
        return s, ""
    nl = sub.rfind("\n")
    if 0 < nl < w:
        return s[:nl], s[nl + 1:]
    return s[:w], s[w + 1:]


def _wrap(i: int, width: int, s: str) -> str:
    """pflag's wrap: fit s in width columns, continuing lines indented by i."""
    wr = width - i
    out = ""
    if wr < 24:
        i = 16
        wr = width - i
        out += "\n" + " " * i
    if wr < 24:
        return s.replace("\n", out)
    slop = 5
    wr -= slop
    line, s = _wrap_n(wr, slop, s)
    out += line.replace("\n", "\n" + " " * i)
    while s:
        line, s = _wrap_n(wr, slop, s)
        out += "\n" + " " * i + line.replace("\n", "\n" + " " * i)
    return out


def flag_usages(flags: list[Flag], width: int = 79) -> list[str]:
    lines: list[str] = []
    maxlen = 0
    for f in sorted(flags, key=lambda f: f.long):
        if f.hidden:
            continue
        line = f"  -{f.short}, --{f.long}" if f.short else f"      --{f.long}"
        if f.var:
            line += " " + f.var
        line += "\x00"
        maxlen = max(maxlen, len(line))
        line += f.usage + (f" (default {f.default})" if f.default is not None else "")
        lines.append(line)
    out: list[str] = []
    for line in lines:
        sidx = line.index("\x00")
        text = line[:sidx] + " " + " " * (maxlen - sidx) + " " + _wrap(maxlen + 2, width, line[sidx + 1:])
        out.extend(x.rstrip() for x in text.split("\n"))
    return out


def help_lines(cmd: Command) -> list[str]:
    lines: list[str] = []
    if cmd.subcommands:
        # cobra's HasAvailableFlags (docker/cli v28.5.2 cli/cobra.go usageTemplate): a plugin's root
        # (docker buildx) has flags, and so has docker's own, its global options; a group has only
        # the hidden --help
        opt = " [OPTIONS]" if cmd.flags or cmd.key == "docker" else ""
        lines.append(f"Usage:  {cmd.path}{opt} COMMAND")
    else:
        lines += f"Usage:  {cmd.use}".split("\n")  # docker cp's usage has a second line
    lines += ["", *cmd.short.split("\n")]
    if cmd.aliases:
        lines += ["", "Aliases:", f"  {cmd.aliases}"]
    if cmd.flags and cmd.key != "docker":
        lines += ["", "Options:", *flag_usages(cmd.flags)]
    if cmd.subcommands:
        sections: dict[str, list[list[str]]] = {}
        for sec, name, short in cmd.subcommands:
            sections.setdefault(sec, []).append([name, short])
        for sec, items in sections.items():
            lines += ["", f"{sec}:"]
            pad = max(11, max(len(n) for n, _ in items))
            for name, short in items:
                lines.append(f"  {name.ljust(pad)} {short}".rstrip())
    if cmd.key == "docker":
        lines += ["", "Global Options:", *flag_usages(global_flags())]
    if cmd.subcommands:
        lines += ["", f"Run '{cmd.path} COMMAND --help' for more information on a command."]
    if cmd.key == "docker":
        lines += ["", "For more help on how to use Docker, head to https://docs.docker.com/go/guides/"]
    if cmd.additional_help:
        lines += ["", cmd.additional_help]
    return lines


def global_flags() -> list[Flag]:
    return [Flag(f["long"], f["short"], f["var"], f["usage"], f["default"])
            for f in CLI_TABLE["docker"]["flags"] if f.get("global")]
