"""The shell builtins a learner types to look at the shell itself: alias and unalias (and the
expansion of an alias in command position), type and command, source and `.`, umask, history,
hash, pushd, popd and dirs, background jobs (`cmd &`), jobs, wait and kill %N; export, readonly,
declare/typeset and unset, with the exported and readonly attributes and `NAME=v command`.

bash's words are bash-5.2's (builtins/alias.def, type.def, command.def, source.def, umask.def,
history.def, hash.def, pushd.def, jobs.def, wait.def, kill.def; hashlib.c for the order `hash`
lists in, jobs.c for the lines of jobs); the outputs were checked against bash 5.2.15;
BusyBox ash's are shell/ash.c's (aliascmd, unaliascmd, describe_command, umaskcmd); dash 0.5's
alias.c and exec.c say the same words as ash, but for "is a shell function". A builtin a shell
lacks (pushd in dash, history in dash) is not found there, as its own missing commands are.

The learner's terminal keeps its aliases, history, directory stack, umask, hashed programs,
jobs and which variables are exported or readonly from one line to the next (World.shell_kept, app/engine/engine.py), as one bash session does."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from . import budget, devfs, shellarrays, shellassign, shellassoc, shellopts, shellrandom, shelltrap
from .fs import DIR, FsError
from .shellcompound import BuiltinAbort, let_builtin
from .shellfunc import SPECIAL_BUILTINS, FunctionReturn
from .shellgrammar import ShellSyntaxError, SimpleCommand, Step, parse
from .shellmapfile import mapfile_builtin
from .shellopts import shopt
from .shelltrap import TRAP_BUILTINS
from .toolkit import BUSYBOX, IO, Lines
from .world import ShellKept

if TYPE_CHECKING:
    from .shell import Shell

# bash 5.2's builtins (`enable`), for `type` and `command -V`
BASH_BUILTINS = frozenset((
    ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen", "complete",
    "compopt", "continue", "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit", "export", "false",
    "fc", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let", "local", "logout", "mapfile", "popd",
    "printf", "pushd", "pwd", "read", "readarray", "readonly", "return", "set", "shift", "shopt", "source",
    "suspend", "test", "times", "trap", "true", "type", "typeset", "ulimit", "umask", "unalias", "unset", "wait"))
# dash 0.5's builtins (src/builtins.def.in, without the optional ones Debian leaves out)
DASH_BUILTINS = frozenset((
    ".", ":", "[", "alias", "bg", "break", "cd", "chdir", "command", "continue", "echo", "eval", "exec", "exit",
    "export", "false", "fg", "getopts", "hash", "jobs", "kill", "local", "printf", "pwd", "read", "readonly",
    "return", "set", "shift", "test", "times", "trap", "true", "type", "ulimit", "umask", "unalias", "unset", "wait"))
BASH_KEYWORDS = frozenset(("if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until",
                           "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc"))
POSIX_KEYWORDS = frozenset(("!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then",
                            "until", "while", "{", "}"))

# builtins that Ubuntu also has as programs in /usr/bin (coreutils, procps): `type -a echo`
_HOST_PROGRAM_TWINS = frozenset(("echo", "pwd", "true", "false", "printf", "test", "[", "kill"))
HISTORY_KEPT = 500  # bash's history list without HISTSIZE set (bashhist.c: HISTSIZE_DEFAULT)
HISTORY_BYTES = 128 * 1024  # layerlab's own bound on it: the characters of the lines kept
_ALIAS_FORBIDDEN = re.compile(r"[/$`=\s()<>;&|\"'\\]")  # bash general.c legal_alias_name, shell_break_chars


def builtin_names(sh: Shell) -> frozenset[str]:
    """The builtins this shell has."""
    if sh.name == "bash":
        return BASH_BUILTINS
    from .shell import ASH_BUILTINS  # shell.py imports this module

    return frozenset(ASH_BUILTINS) if sh.flavor == BUSYBOX else DASH_BUILTINS


def _usage(sh: Shell, name: str, usage: str, io: IO) -> int:
    """bash's builtin_usage: no "bash: " before it, status 2."""
    io.err(f"{name}: usage: {usage}")
    return 2


# -- the terminal's kept state ------------------------------------------------------------------

def restore(sh: Shell, kept: ShellKept | None) -> None:
    """Give the learner's shell what earlier lines left in it."""
    if kept is None:
        return
    sh.aliases = dict(kept.aliases)
    sh.history = list(kept.history)
    sh.history_base = kept.history_base
    sh.dirstack = list(kept.dirs)
    sh.umask = sh.view.umask = kept.umask
    sh.hashed = {name: [path, hits] for name, path, hits in kept.hashed}
    sh.jobs = list(kept.jobs)
    sh.last_background = kept.last_background
    sh.exported = (sh.exported - set(kept.unexported)) | set(kept.exported_unset)
    sh.readonly = set(kept.readonly)
    sh.traps = dict(kept.traps)
    sh.assoc = {name: table.copy() for name, table in kept.assoc}
    sh.rand, sh.seconds = kept.random, kept.seconds
    if kept.plain:  # (else the same frozenset: shellrandom.marks knows it)
        sh.dynamic = sh.dynamic - set(kept.plain)


def keep(sh: Shell) -> ShellKept | None:
    """What the learner's shell keeps for the next line (None: nothing beyond its start)."""
    drop = max(0, len(sh.history) - HISTORY_KEPT)
    size = sum(len(line) for line in sh.history[drop:])
    while size > HISTORY_BYTES:  # long lines pasted: the oldest go first
        size -= len(sh.history[drop])
        drop += 1
    kept = ShellKept(tuple(sh.aliases.items()), tuple(sh.history[drop:]), sh.history_base + drop,
                     tuple(sh.dirstack), sh.umask, tuple((n, str(p), int(h)) for n, (p, h) in sh.hashed.items()),
                     tuple(sh.jobs), sh.last_background, tuple(sorted(set(sh.env) - sh.exported)),
                     tuple(sorted(sh.exported - set(sh.env))), tuple(sorted(sh.readonly)),
                     tuple(sorted(sh.traps.items())),
                     tuple((name, table.copy()) for name, table in sorted(sh.assoc.items())),
                     sh.rand, sh.seconds, tuple(sorted(shellrandom.NAMES - sh.dynamic)))
    return None if kept == ShellKept() else kept


def kept_size(kept: ShellKept | None) -> int:
    """The characters kept, counted against the terminal's MAX_VARIABLE_BYTES (not the history,
    bounded by HISTORY_BYTES)."""
    if kept is None:
        return 0
    return (sum(len(k) + len(v) for k, v in kept.aliases)
            + sum(len(d) for d in kept.dirs) + sum(len(n) + len(p) for n, p, _ in kept.hashed)
            + sum(len(job[2]) + len(job[6]) for job in kept.jobs)
            + sum(len(name) for name in (*kept.unexported, *kept.exported_unset, *kept.readonly))
            + sum(len(action) for _, action in kept.traps)
            + sum(len(name) + table.size() for name, table in kept.assoc))


# -- alias expansion ----------------------------------------------------------------------------

def expands_aliases(sh: Shell) -> bool:
    """bash expands aliases while shopt expand_aliases is on: an interactive shell starts with it
    on, a -c text or a script with it off (shell.c: expand_aliases = interactive_shell; the text
    read after a `shopt -s expand_aliases` line has them); dash and ash always."""
    if sh.name != "bash" or (not sh.mode and sh.reads != "terminal"):  # (a container's interactive one: on)
        return True
    return shellopts.is_on(sh, "expand_aliases")


def aliased(sh: Shell, raw: SimpleCommand) -> SimpleCommand | tuple[str, frozenset[str]]:
    """The command with its aliases put in place as bash's reader does (parse.y alias_expand_token,
    push_string, pop_string): a word in command position, or after an alias whose value ends in a
    blank, that names an alias not being read already is replaced by the value's words, the first
    of which is in the same position. An alias is being read until its last word is: `alias
    e='echo '` expands again in `e e e`, `alias ls='ls;ls'` not inside itself. When a value is
    more than one simple command: the text to run and the aliases being read."""
    table = sh.parsing_aliases if sh.parsing_aliases is not None else sh.aliases
    if not table or not raw.argv or not expands_aliases(sh):
        return raw
    argv: list[str] = []
    redirects, assignments = [], list(raw.assignments)
    busy = set(sh.alias_busy)
    frames: list[tuple[list[str], str]] = [(raw.argv[::-1], "")]  # words left (last first), whose value
    after_blank = False  # PST_ALEXPNEXT
    while frames:
        words, name = frames[-1]
        if not words:
            frames.pop()
            busy.discard(name)
            after_blank = bool(name) and table[name].endswith((" ", "\t"))
            continue
        word = words.pop()
        budget.current().step()
        if (after_blank or not argv) and word in table and word not in busy:
            value = table[word]
            cmd = _alias_command(value, sh.name == "bash")
            if cmd is None or (argv and cmd.assignments):
                rest = [w for left, _ in reversed(frames) for w in reversed(left)]
                return " ".join([*argv, value, *rest]), frozenset(busy | {word})
            busy.add(word)
            redirects += cmd.redirects
            assignments += cmd.assignments
            frames.append((cmd.argv[::-1], word))
            continue
        argv.append(word)
        after_blank = False
    return SimpleCommand(argv, [*redirects, *raw.redirects], assignments)


@lru_cache(maxsize=256)
def _alias_command(value: str, bash: bool) -> SimpleCommand | None:
    """An alias's value read as one simple command (an empty one for a blank value); None when it
    is more (a list, a pipeline, a compound command) or does not parse alone."""
    if not value.strip():
        return SimpleCommand([], [], [])
    try:
        steps = parse(value, bash=bash, both=True)
    except ShellSyntaxError:
        return None
    if len(steps) != 1 or len(steps[0].pipeline) != 1 or steps[0].negate or steps[0].background:
        return None
    cmd = steps[0].pipeline[0]
    return cmd if isinstance(cmd, SimpleCommand) else None


def run_aliased(sh: Shell, found: tuple[str, frozenset[str]], io: IO) -> int:
    """An alias whose value is a list: its text, with the words after it, read and run, the
    aliases being read then not expanded again inside it."""
    text, names = found
    added = names - sh.alias_busy
    sh.alias_busy |= added
    try:
        return sh.run_line(text, io)
    finally:
        sh.alias_busy -= added


def _quoted(value: str) -> str:
    """sh_single_quote: in single quotes, a quote written '\\''."""
    return "'" + value.replace("'", "'\\''") + "'"


def _ash_order(aliases: dict[str, str]) -> list[str]:
    """dash's and ash's table order: ATABSIZE buckets by hashalias, each in the order set."""
    def bucket(name: str) -> int:
        raw = name.encode()
        return ((raw[0] << 4) + sum(raw)) % 39 if raw else 0
    return sorted(aliases, key=bucket)  # sorted() is stable: a bucket keeps the order set


def _print_alias(sh: Shell, name: str, io: IO) -> None:
    value = _quoted(sh.aliases[name])
    if sh.name == "bash":
        io.out(f"alias {'-- ' if name.startswith('-') else ''}{name}={value}")
    else:
        io.out(f"{name}={value}")


def _alias(sh: Shell, argv: list[str], io: IO) -> int:
    """alias [-p] [name[=value] ...]: bash lists `alias d='docker'` in name order; dash and ash
    `d='docker'` in their table's order."""
    args = argv[1:]
    if sh.name == "bash":
        if args[:1] == ["--"]:
            args = args[1:]
        elif args and args[0].startswith("-") and args[0] != "-":
            if args[0] != "-p":
                io.err(f"{sh.who('alias')}{args[0][:2]}: invalid option")
                return _usage(sh, "alias", "alias [-p] [name[=value] ... ]", io)
            args = args[1:]
            for name in sorted(sh.aliases):
                _print_alias(sh, name, io)
    if not args:
        for name in sorted(sh.aliases) if sh.name == "bash" else _ash_order(sh.aliases):
            _print_alias(sh, name, io)
        return 0
    status = 0
    for arg in args:
        name, eq, value = arg.partition("=")
        if eq and name:
            if sh.name == "bash" and _ALIAS_FORBIDDEN.search(name):
                io.err(f"{sh.who('alias')}`{name}': invalid alias name")
                status = 1
                continue
            sh.aliases.pop(name, None)  # a new value goes to the end of dash's bucket too
            sh.aliases[name] = value
        elif arg in sh.aliases:
            _print_alias(sh, arg, io)
        else:
            io.err(f"{sh.who('alias')}{arg}: not found" if sh.name == "bash" else f"alias: {arg} not found")
            status = 1
    return status


def _unalias(sh: Shell, argv: list[str], io: IO) -> int:
    """unalias [-a] name ...: bash's "not found" is builtin_error's, dash's and ash's their own line."""
    args = argv[1:]
    if args[:1] == ["-a"]:
        sh.aliases.clear()
        return 0
    if args[:1] == ["--"]:
        args = args[1:]
    elif sh.name == "bash" and args and args[0].startswith("-") and args[0] != "-":
        io.err(f"{sh.who('unalias')}{args[0][:2]}: invalid option")
        return _usage(sh, "unalias", "unalias [-a] name [name ...]", io)
    if not args and sh.name == "bash":
        return _usage(sh, "unalias", "unalias [-a] name [name ...]", io)
    status = 0
    for name in args:
        if sh.aliases.pop(name, None) is None:
            io.err(f"{sh.who('unalias')}{name}: not found" if sh.name == "bash" else f"unalias: {name} not found")
            status = 1
    return status


# -- type and command ---------------------------------------------------------------------------

def program_path(sh: Shell, name: str) -> str | None:
    """Where the shell would find name on its PATH (or name itself, with a slash)."""
    from .tools.sysinfo import locate  # the tools import the shell

    if sh.where == "host" and name in _HOST_PROGRAM_TWINS and "/usr/bin" in sh.env.get("PATH", "").split(":"):
        return f"/usr/bin/{name}"
    return locate(sh, name)


def _hashed_path(sh: Shell, name: str) -> str | None:
    """bash's phash_search: a hashed program's path, its hits counted."""
    entry = sh.hashed.get(name)
    if entry is None or sh.name != "bash":
        return None
    entry[1] = int(entry[1]) + 1
    return str(entry[0])


def _describe(sh: Shell, name: str, how: str, every: bool, io: IO) -> bool:
    """One name as bash's describe_command says it; how: "short" (type), "type" (-t), "path"
    (-p/-P), "reuse" (command -v); every: -a. Whether anything was found."""
    bash = sh.name == "bash"
    keywords = BASH_KEYWORDS if bash else POSIX_KEYWORDS
    found = False
    if how != "force" and name in sh.aliases and expands_aliases(sh):
        value = sh.aliases[name]
        _say(io, how, "alias", f"{name} is aliased to `{value}'" if bash else f"{name} is an alias for {value}",
             f"alias {name}={_quoted(value)}")
        found = True
        if not every:
            return True
    if how != "force" and name in keywords:
        _say(io, how, "keyword", f"{name} is a shell keyword", name)
        found = True
        if not every:
            return True
    if how != "force" and name in sh.functions:
        said = f"{name} is a function" if bash or sh.flavor == BUSYBOX else f"{name} is a shell function"
        _say(io, how, "function", said + (_function_text(sh, name) if bash else ""), name)
        found = True
        if not every:
            return True
    if how != "force" and name in builtin_names(sh):
        special = not bash and name in SPECIAL_BUILTINS
        _say(io, how, "builtin", f"{name} is a {'special ' if special else ''}shell builtin", name)
        found = True
        if not every:
            return True
    hashed = _hashed_path(sh, name) if not every or how == "force" else None
    if hashed is not None:
        _say(io, how, "file", f"{name} is hashed ({hashed})", hashed)
        return True
    for path in _every_path(sh, name) if every else [program_path(sh, name)]:
        if path is not None:
            _say(io, how, "file", f"{name} is {path}", path)
            found = True
    return found


def _every_path(sh: Shell, name: str) -> list[str]:
    """type -a: each PATH entry holding name (the host's /bin is /usr/bin: Ubuntu's merged /usr)."""
    first = program_path(sh, name)
    if first is None or "/" in name:
        return [first] if first else []
    found: list[str] = []
    for d in sh.env.get("PATH", "").split(":"):
        if sh.where == "host":
            ok = first == f"/usr/bin/{name}" and d in ("/usr/bin", "/bin")
        else:
            node = sh.view.get(f"{d}/{name}") if d else None
            ok = node is not None and node.kind != DIR and bool(node.mode & 0o111)
        if ok and f"{d}/{name}" not in found:
            found.append(f"{d}/{name}")
    return found


def _function_text(sh: Shell, name: str) -> str:
    """bash's named_function_string (FUNC_MULTILINE) for a body of simple commands in braces:
    `f () `, `{ `, each command indented four spaces, `;` after all but the last, `}`. Other
    bodies are not reprinted here."""
    body = sh.functions[name].body
    steps = getattr(body, "parts", None)
    if getattr(body, "kind", "") != "group" or not steps or len(steps) != 1:
        return ""
    lines: list[str] = []
    for step in steps[0]:
        cmd = step.pipeline[0] if len(step.pipeline) == 1 else None
        if not isinstance(cmd, SimpleCommand) or cmd.redirects or cmd.assignments or step.negate:
            return ""
        if lines and step.op != ";":  # an and-or list stays on its line
            lines[-1] += f" {step.op} {' '.join(cmd.argv)}"
            continue
        if lines:
            lines[-1] += ";"
        lines.append("    " + " ".join(cmd.argv))
    return "\n".join(["", f"{name} () ", "{ ", *lines, "}"])


def _say(io: IO, how: str, kind: str, short: str, reuse: str) -> None:
    if how == "type":
        io.out(kind)
    elif how == "short":
        io.out(short)
    elif how == "reuse" or kind == "file":
        io.out(reuse)


def _type(sh: Shell, argv: list[str], io: IO) -> int:
    """type [-afptP] name ...: bash's; dash and ash take no options and say "x: not found"
    on the standard output, status 127."""
    if sh.name != "bash":
        status = 0
        for name in argv[1:]:
            if not _describe(sh, name, "short", False, io):
                io.out(f"{name}: not found")
                status = 127
        return status
    flags, names = _options(argv[1:], "afptP")
    if flags is None:
        io.err(f"{sh.who('type')}{names[0][:2]}: invalid option")
        return _usage(sh, "type", "type [-afptP] name [name ...]", io)
    how = "force" if "P" in flags else "type" if "t" in flags else "path" if "p" in flags else "short"
    status = 0
    for name in names:
        if not _describe(sh, name, how, "a" in flags, io):
            if how == "short":
                io.err(f"{sh.who('type')}{name}: not found")
            status = 1
    return status


def _options(args: list[str], letters: str) -> tuple[set[str] | None, list[str]]:
    """Flags joined or apart up to the first operand (or --); None and the bad word on a stranger."""
    flags: set[str] = set()
    while args and args[0].startswith("-") and args[0] != "-":
        word = args.pop(0)
        if word == "--":
            break
        if any(c not in letters for c in word[1:]):
            return None, [word]
        flags.update(word[1:])
    return flags, args


def _refused_option(sh: Shell, name: str, word: str, usage: str, io: IO) -> int:
    """An option the builtin does not take: bash's "-x: invalid option" and its usage line (status
    2), dash's "Illegal option -x" (2)."""
    if sh.name == "bash":
        io.err(f"{sh.who(name)}{word[:2]}: invalid option")
        return _usage(sh, name, usage, io)
    io.err(f"{sh.who(name)}Illegal option {word[:2]}")
    return 2


def _command(sh: Shell, argv: list[str], io: IO) -> int:
    """command [-pVv] name [arg ...]: -v says how the shell would run name (nothing and status 1
    when it cannot), -V says it as type does; without them name runs, no function looked up."""
    flags, names = _options(argv[1:], "pVv")
    if flags is None:
        return _refused_option(sh, "command", names[0], "command [-pVv] command [arg ...]", io)
    if not names:
        return 0
    if "v" in flags or "V" in flags:
        status = 0
        for name in names:
            if not _describe(sh, name, "short" if "V" in flags else "reuse", False, io):
                if "V" in flags and sh.name == "bash":
                    io.err(f"{sh.who('command')}{name}: not found")
                elif "V" in flags:
                    io.out(f"{name}: not found")
                status = 1 if sh.name == "bash" or "V" not in flags else 127
        return status
    return sh.execute(names, io)


# -- source and . -------------------------------------------------------------------------------

def _source(sh: Shell, argv: list[str], io: IO) -> int:
    """source/. FILE [ARG ...]: the file's lines run in this shell, ARGs as $1... while it runs.
    A name without a slash is looked for on PATH (bash then tries the directory it is in;
    dash and ash do not)."""
    name = argv[0]
    if len(argv) < 2:
        if sh.name == "bash":
            io.err(f"{sh.who(name)}filename argument required")
            return _usage(sh, name, f"{name} filename [arguments]", io)
        return 0
    found = _dot_file(sh, argv[1], io)
    if found is None:
        return _source_missing(sh, name, argv[1], io)
    path, text = found
    if text is None:  # a file this user may not read (the host's /etc/shadow): open(2) says EACCES
        if sh.name == "bash":
            io.err(f"{sh.who()}{argv[1]}: Permission denied")
            return 1
        from .shell import _SpecialBuiltinError  # shell.py imports this module

        raise _SpecialBuiltinError(f"{sh.who(name)}cannot open {argv[1]}: Permission denied"
                                   if sh.flavor != BUSYBOX else f"{sh.who(name)}can't open '{argv[1]}': Permission denied")
    saved = sh.positional
    if len(argv) > 2:
        sh.positional = argv[2:]
    mode, lineno, base = sh.mode, sh.lineno, sh.line_base
    sh.sourcing += 1
    try:
        try:
            status = sh.run_line(text.rstrip("\n"), io) if text.strip() else 0
        except FunctionReturn as ret:  # return ends the file (bash, dash and ash alike)
            status = ret.status
        shelltrap.run_return(sh, io)  # bash evalfile.c source_file: run_return_trap
        return status
    finally:
        sh.sourcing -= 1
        if len(argv) > 2:
            sh.positional = saved
        sh.mode, sh.lineno, sh.line_base = mode, lineno, base


def _dot_file(sh: Shell, name: str, io: IO) -> tuple[str, str | None] | None:
    """The file a source reads, and its text (a device's: /dev/stdin reads the input; None: a file
    this user may not read)."""
    candidates = [name] if "/" in name else [f"{d or '.'}/{name}" for d in sh.env.get("PATH", "").split(":")]
    if "/" not in name and sh.name == "bash":
        candidates.append(name)
    for candidate in candidates:
        kind = sh.device(sh.path(candidate))
        if kind is not None:
            return candidate, devfs.read_device(kind, sh.path(candidate), io.stdin)
        try:
            node = sh.view.get(sh.path(candidate))
        except FsError:  # a folder on the way it may not enter: not this one
            continue
        if node is not None and node.kind != DIR:
            return candidate, node.data if sh.view.readable(node) else None
    return None


def _source_missing(sh: Shell, name: str, arg: str, io: IO) -> int:
    from .shell import _SpecialBuiltinError  # shell.py imports this module

    if sh.name == "bash":
        io.err(f"{sh.who()}{arg}: No such file or directory")
        return 1
    if "/" not in arg:
        said = f"{sh.who(name)}{arg}: not found"
    elif sh.flavor == BUSYBOX:
        said = f"{sh.who(name)}can't open '{arg}': No such file or directory"
    else:
        said = f"{sh.who(name)}cannot open {arg}: No such file"
    raise _SpecialBuiltinError(said)


# -- umask --------------------------------------------------------------------------------------

_WHO = {"u": 0o700, "g": 0o070, "o": 0o007, "a": 0o777}
_PERM = {"r": 0o444, "w": 0o222, "x": 0o111}


def _symbolic(mask: int) -> str:
    allowed = ~mask & 0o777
    parts = []
    for who, shift in (("u", 6), ("g", 3), ("o", 0)):
        bits = (allowed >> shift) & 7
        parts.append(who + "=" + "".join(c for c, b in (("r", 4), ("w", 2), ("x", 1)) if bits & b))
    return ",".join(parts)


def _parse_symbolic(text: str, mask: int) -> int | str:
    """A symbolic mode (u=rwx,g+w,o-x) applied to the permissions the mask allows: the new mask,
    or the words of bash's error (umask.def parse_symbolic_mode)."""
    allowed = ~mask & 0o777
    for clause in text.split(","):
        m = re.match(r"([ugoa]*)(.?)([rwx]*)", clause)
        assert m is not None
        if m.group(2) not in ("+", "-", "="):
            return f"`{m.group(2)}': invalid symbolic mode operator"
        if m.end() < len(clause):
            return f"`{clause[m.end()]}': invalid symbolic mode character"
        who = 0
        for c in m.group(1) or "a":
            who |= _WHO[c]
        perm = 0
        for c in m.group(3):
            perm |= _PERM[c]
        perm &= who
        if m.group(2) == "=":
            allowed = (allowed & ~who) | perm
        elif m.group(2) == "+":
            allowed |= perm
        else:
            allowed &= ~perm
    return ~allowed & 0o777


def _umask(sh: Shell, argv: list[str], io: IO) -> int:
    """umask [-p] [-S] [mode]: print the mask (`0022`; -S what it allows), or set it from an
    octal or a symbolic mode."""
    flags, args = _options(argv[1:], "pS" if sh.name == "bash" else "S")
    if flags is None:
        return _refused_option(sh, "umask", args[0], "umask [-p] [-S] [mode]", io)
    if not args:
        shown = _symbolic(sh.umask) if "S" in flags else f"{sh.umask:04o}"
        io.out(f"umask {'-S ' if 'S' in flags else ''}{shown}" if "p" in flags else shown)
        return 0
    mode = args[0]
    if mode[:1].isdigit():
        if not re.fullmatch(r"[0-7]+", mode) or int(mode, 8) > 0o777:
            if sh.name == "bash":
                io.err(f"{sh.who('umask')}{mode}: octal number out of range")
                return 1
            io.err(f"{sh.who('umask')}Illegal number: {mode}" if sh.flavor != BUSYBOX
                   else f"{sh.who('umask')}illegal mode: {mode}")
            return 2 if sh.flavor != BUSYBOX else 1
        sh.umask = sh.view.umask = int(mode, 8)
        return 0
    new = _parse_symbolic(mode, sh.umask)
    if isinstance(new, str):
        if sh.name == "bash":
            io.err(f"{sh.who('umask')}{new}")
            return 1
        io.err(f"{sh.who('umask')}Illegal mode: {mode}" if sh.flavor != BUSYBOX
               else f"{sh.who('umask')}illegal mode: {mode}")
        return 2 if sh.flavor != BUSYBOX else 1
    sh.umask = sh.view.umask = new
    return 0


# -- history and hash ---------------------------------------------------------------------------

def _history(sh: Shell, argv: list[str], io: IO) -> int:
    """history [-c] [-d offset] [n], -p and -s: the lines typed at this terminal, numbered as bash
    prints them ("%5d  %s"); a shell that is not interactive keeps none. -a -n -r -w (the history
    file) do nothing here: no ~/.bash_history is kept."""
    args = argv[1:]
    if sh.name == "bash" and args and args[0].startswith("-") and len(args[0]) > 1 and not args[0][1:].isdigit():
        return _history_option(sh, args, io)
    lines = list(enumerate(sh.history, sh.history_base + 1)) if sh.mode == "" else []
    if args:
        if not args[0].isdigit():
            io.err(f"{sh.who('history')}{args[0]}: numeric argument required")
            return 1
        lines = lines[-int(args[0]):] if int(args[0]) else []
    for number, line in lines:
        io.out(f"{number:5d}  {line}" if sh.name == "bash" else f"{number:4d} {line}")
    return 0


def _history_option(sh: Shell, args: list[str], io: IO) -> int:
    """history -c, -d offset, -p arg..., -s arg... (history.def history_builtin)."""
    flag = args[0]
    if flag == "-c":
        sh.history.clear()
        sh.history_base = 0
    elif flag == "-d" and len(args) > 1:
        offset = args[1]
        at = len(sh.history) + int(offset) if re.fullmatch(r"-\d+", offset) else (
            int(offset) - sh.history_base - 1 if offset.isdigit() else -1)
        if not 0 <= at < len(sh.history):
            io.err(f"{sh.who('history')}{offset}: history position out of range")
            return 1
        del sh.history[at]
    elif flag == "-p":
        for arg in args[1:]:
            io.out(arg)
        if sh.history:
            sh.history.pop()  # the line with history -p is not kept
    elif flag == "-s":
        if sh.history:
            sh.history.pop()
        if args[1:]:
            sh.history.append(" ".join(args[1:]))
    elif flag not in ("-a", "-n", "-r", "-w"):
        io.err(f"{sh.who('history')}{flag[:2]}: {'option requires an argument' if flag == '-d' else 'invalid option'}")
        return _usage(sh, "history",
                      "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]", io)
    return 0


def note_program(sh: Shell, name: str) -> None:
    """bash hashes a program it found on PATH (hashcmd.c phash_insert, found=1); a command of a
    pipeline or of a $( ) is looked up in a child, which keeps its table to itself."""
    if sh.name != "bash" or "/" in name or sh.piped or name in sh.functions or name in BASH_BUILTINS:
        return
    entry = sh.hashed.get(name)
    if entry is not None:
        entry[1] = int(entry[1]) + 1
        return
    path = program_path(sh, name)
    if path is not None:
        sh.hashed[name] = [path, 1]


def _fnv(name: str) -> int:
    """bash hashlib.c hash_string (FNV-1, 32 bits)."""
    value = 2166136261
    for byte in name.encode():
        value = (value * 16777619) & 0xFFFFFFFF
        value ^= byte
    return value


def _hash(sh: Shell, argv: list[str], io: IO) -> int:
    """hash [-r] [name ...]: list the programs hashed, in bash's table order (256 buckets, the
    newest first in each), forget them all (-r), or look names up."""
    args = argv[1:]
    if args[:1] == ["-r"]:
        sh.hashed.clear()
        return 0
    if args[:1] == ["-t"] and sh.name == "bash":  # list_hashed_filename_targets
        return _hash_targets(sh, args[1:], io)
    if not args:
        if not sh.hashed:
            if sh.name == "bash":  # dash and ash list nothing
                io.out("hash: hash table empty")
            return 0
        io.out("hits\tcommand")
        for name in sorted(reversed(list(sh.hashed)), key=lambda n: _fnv(n) & 255):
            path, hits = sh.hashed[name]
            io.out(f"{int(hits):4d}\t{path}")
        return 0
    status = 0
    for name in args:
        if name in builtin_names(sh) or name in sh.functions:
            continue
        found = program_path(sh, name)
        if found is None:
            io.err(f"{sh.who('hash')}{name}: not found")
            status = 1
        elif "/" not in name and sh.name == "bash":
            sh.hashed[name] = [found, 0]
    return status


def _hash_targets(sh: Shell, names: list[str], io: IO) -> int:
    """hash -t name ...: each hashed program's path (after its name and a tab when several)."""
    status = 0
    for name in names:
        found = _hashed_path(sh, name)
        if found is None:
            io.err(f"{sh.who('hash')}{name}: not found")
            status = 1
        else:
            io.out(f"{name}\t{found}" if len(names) > 1 else found)
    return status


# -- the directory stack ------------------------------------------------------------------------

def _home_short(sh: Shell, path: str) -> str:
    home = sh.env.get("HOME", "")
    if home and home != "/" and (path == home or path.startswith(home + "/")):
        return "~" + path[len(home):]
    return path


def _print_dirs(sh: Shell, io: IO, full: bool = False, lines: bool = False, numbered: bool = False) -> None:
    stack = [sh.cwd, *reversed(sh.dirstack)]
    shown = [d if full else _home_short(sh, d) for d in stack]
    if numbered:
        for i, d in enumerate(shown):
            io.out(f"{i:2d}  {d}")
    elif lines:
        for d in shown:
            io.out(d)
    else:
        io.out(" ".join(shown))


def _dirs(sh: Shell, argv: list[str], io: IO) -> int:
    """dirs [-clpv] [+N | -N]: the directory stack, the current directory first, ~ for the home
    folder (-l: not), one a line (-p), numbered (-v); +N or -N: that entry alone."""
    places = [a for a in argv[1:] if re.fullmatch(r"[+-]\d+", a)]
    flags, args = _options([a for a in argv[1:] if a not in places], "clpv")
    if flags is None or args:
        io.err(f"{sh.who('dirs')}{args[0]}: invalid option")  # the whole word (pushd.def dirs_builtin)
        return _usage(sh, "dirs", "dirs [-clpv] [+N] [-N]", io)
    if "c" in flags:
        sh.dirstack.clear()
        return 0
    if places:
        full = [sh.cwd, *reversed(sh.dirstack)]
        num = int(places[-1][1:]) if places[-1][0] == "+" else len(sh.dirstack) - int(places[-1][1:])
        if not 0 <= num < len(full):
            return _stack_error(sh, "dirs", places[-1], io)
        io.out(full[num] if "l" in flags else _home_short(sh, full[num]))
        return 0
    _print_dirs(sh, io, full="l" in flags, lines="p" in flags, numbered="v" in flags)
    return 0


def _change(sh: Shell, builtin: str, target: str, io: IO) -> bool:
    """cd as pushd and popd make it: its errors name the builtin."""
    from .shell import _cd  # shell.py imports this module

    errors = Lines()
    status = _cd(sh, ["cd", target], IO(io.sink, Lines(), errors, None, io.out_fd, io.err_fd))
    for line in errors:
        io.err(line.replace(sh.who("cd"), sh.who(builtin), 1))
    return status == 0


_PUSHD_USAGE = "pushd [-n] [+N | -N | dir]"
_POPD_USAGE = "popd [-n] [+N | -N]"


def _stack_options(sh: Shell, name: str, args: list[str], io: IO) -> tuple[bool, str | None, list[str]] | int:
    """pushd's and popd's words before the operand: -n (no cd), +N or -N (a place in the stack);
    the status 2 of a bad one (sh_invalidopt, sh_invalidnum and builtin_usage)."""
    nocd, place = False, None
    while args:
        word = args[0]
        if word == "-n":
            nocd = True
        elif word == "--":
            args = args[1:]
            break
        elif word == "-" or not word.startswith(("+", "-")):
            break
        elif re.fullmatch(r"[+-]\d+", word):
            place = word
        elif word.startswith("+"):
            io.err(f"{sh.who(name)}{word}: invalid number")
            return _usage(sh, name, _PUSHD_USAGE if name == "pushd" else _POPD_USAGE, io)
        else:
            io.err(f"{sh.who(name)}{word[:2]}: invalid option")
            return _usage(sh, name, _PUSHD_USAGE if name == "pushd" else _POPD_USAGE, io)
        args = args[1:]
    return nocd, place, args


def _stack_error(sh: Shell, name: str, word: str, io: IO) -> int:
    """pushd_error: an empty stack, or a place past its end."""
    io.err(f"{sh.who(name)}{'directory stack empty' if not sh.dirstack else f'{word}: directory stack index out of range'}")
    return 1


def _pushd(sh: Shell, argv: list[str], io: IO) -> int:
    """pushd [-n] [+N | -N | dir]: go to dir and put the directory left on the stack; +N turns
    the stack (the current directory its first entry) until its Nth is on top; without a word,
    the two on top change places. Prints the stack as dirs does (pushd.def pushd_builtin)."""
    if len(argv) == 1:
        if not sh.dirstack:
            io.err(f"{sh.who('pushd')}no other directory")
            return 1
        return _stack_to(sh, "pushd", [sh.dirstack[-1], *reversed([*sh.dirstack[:-1], sh.cwd])], False, io)
    parsed = _stack_options(sh, "pushd", argv[1:], io)
    if isinstance(parsed, int):
        return parsed
    nocd, place, args = parsed
    if place is not None:
        num = int(place[1:]) if place[0] == "+" else len(sh.dirstack) - int(place[1:])
        if not 0 <= num <= len(sh.dirstack):
            return _stack_error(sh, "pushd", place, io)
        full = [sh.cwd, *reversed(sh.dirstack)]
        return _stack_to(sh, "pushd", full[num:] + full[:num], nocd, io)
    if not args:
        return 0
    if nocd:
        sh.dirstack.append(sh.path(args[0]))
        _print_dirs(sh, io)
        return 0
    return _stack_to(sh, "pushd", [args[0], sh.cwd, *reversed(sh.dirstack)], False, io)


def _stack_to(sh: Shell, name: str, full: list[str], nocd: bool, io: IO) -> int:
    """Make full (the directory to be in first, then the stack top first) the stack, going to
    its first unless nocd; print it."""
    if not nocd and not _change(sh, name, full[0], io):
        return 1
    sh.dirstack = list(reversed(full[1:]))
    _print_dirs(sh, io)
    return 0


def _popd(sh: Shell, argv: list[str], io: IO) -> int:
    """popd [-n] [+N | -N]: leave for the directory on top of the stack, taking it off; +N or -N
    takes that entry off instead (pushd.def popd_builtin)."""
    parsed = _stack_options(sh, "popd", argv[1:], io)
    if isinstance(parsed, int):
        return parsed
    nocd, place, args = parsed
    if args and args[0]:
        io.err(f"{sh.who('popd')}{args[0]}: invalid argument")
        return _usage(sh, "popd", _POPD_USAGE, io)
    which = int(place[1:]) if place else 0
    plus = not place or place[0] == "+"
    if which > len(sh.dirstack) or not sh.dirstack:
        return _stack_error(sh, "popd", place or "", io)
    if (plus and which == 0) or (not plus and which == len(sh.dirstack)):
        if not nocd and not _change(sh, "popd", sh.dirstack[-1], io):
            return 1
        sh.dirstack.pop()
    else:
        del sh.dirstack[len(sh.dirstack) - which if plus else which]
    _print_dirs(sh, io)
    return 0


# -- background jobs, jobs and wait --------------------------------------------------------------
#
# layerlab runs a job's commands at once, as the line reads them (their output and their files
# come then), but the time they take (sleep) is the job's, not the shell's: the job runs until
# the simulated clock reaches its end. A job is (number, pid, text, start, end, status, wd).

LONGEST_SIGNAL_DESC = 24  # bash jobs.c: the status column's width
NEVER = 1 << 53  # a job's end when it never ends on its own (`sleep infinity &`)
_IN_JOB: ContextVar[bool] = ContextVar("in_job", default=False)


class JobNeverEnds(Exception):
    """A background job's command never ends (`sleep infinity &`): the job runs on for ever."""


def in_job() -> bool:
    """Whether the commands running now are a background job's (run_background)."""
    return _IN_JOB.get()


def background_list(steps: list[Step], at: int) -> list[Step]:
    """The and-or list that starts at steps[at] and ends in `&`."""
    end = at + 1
    while end < len(steps) and steps[end].background and steps[end].op != ";":
        end += 1
    return steps[at:end]


def _now(sh: Shell) -> int:
    return sh.world.clock + sh.elapsed


def run_background(sh: Shell, steps: list[Step], io: IO) -> int:
    """Start `list &`: an interactive bash says `[N] PID` on its standard error; $! is the PID;
    the status is 0."""
    number = sh.jobs[-1][0] + 1 if sh.jobs else 1  # the highest number and one (kept in order started)
    pid = 4100 + 3 * (sh.history_base + len(sh.history)) + number
    if sh.name == "bash" and sh.mode == "":
        io.err(f"[{number}] {pid}")
    elapsed, start = sh.elapsed, _now(sh)
    marked = _IN_JOB.set(True)
    try:
        status = sh.run_steps([replace(step, background=False) for step in steps], io)
    except JobNeverEnds:
        status, sh.elapsed = 0, elapsed + NEVER - start  # it never gets to the commands after it
    finally:
        took, sh.elapsed = sh.elapsed - elapsed, elapsed
        _IN_JOB.reset(marked)
    sh.jobs.append((number, pid, _job_text(steps), start, start + took, status, sh.cwd))
    sh.jobs_new.add(number)
    sh.last_background = pid
    return 0


def _job_text(steps: list[Step]) -> str:
    """The job's commands as bash prints them (print_cmd.c): words and redirections by spaces."""
    parts: list[str] = []
    for step in steps:
        if parts:
            parts.append(step.op)
        commands = []
        for cmd in step.pipeline:
            if not isinstance(cmd, SimpleCommand):
                return " ".join(["..."])
            words = [f"{n}={v}" for n, v in cmd.assignments] + list(cmd.argv)
            for r in cmd.redirects:
                arrow = "<" if r.fd == 0 else (">>" if r.append else ">")
                words.append(f"{'' if r.fd in (0, 1) else r.fd}{arrow} {r.target}" if not r.target.startswith("&")
                             else f"{r.fd}>{r.target}")
            commands.append(" ".join(words))
        parts.append(("! " if step.negate else "") + " | ".join(commands))
    return " ".join(parts)


def _job_line(sh: Shell, job: tuple[int, int, str, int, int, int, str], pid: bool) -> str:
    """bash's pretty_print_job: `[1]+  Running                 sleep 100 &`."""
    number, job_pid, text, _, end, status, wd = job
    jobs = sh.jobs
    mark = "+" if number == jobs[-1][0] else "-" if len(jobs) > 1 and number == jobs[-2][0] else " "
    running = end > _now(sh)
    state = ("Running" if running else "Done" if status == 0 else _SIGNALED.get(-status, "Killed") if status < 0
             else f"Exit {status}")
    line = f"[{number}]{mark} {f'{job_pid:5d} ' if pid else ' '}{state:<{LONGEST_SIGNAL_DESC}}{text}"
    line += " &" if running else ""
    if wd != sh.cwd:
        line += f"  (wd: {_home_short(sh, wd)})"
    return line


def at_prompt(sh: Shell, line: str, io: IO) -> int:
    """A line typed at the learner's prompt: bash keeps it in its history (bashhist.c), runs it,
    then says which jobs have ended before the next prompt."""
    from .shell import ErrExit  # shell.py imports this module

    if line.strip():
        sh.history.append(line)
    try:
        status = sh.run_line(line, io)
    except ErrExit:
        # `set -e` ends the terminal's shell at a failure; the one the next line is typed in
        # starts without it (the rest is kept, as after exit)
        sh.options.discard("errexit")
        raise
    notify_jobs(sh, io)
    return status


def notify_jobs(sh: Shell, io: IO) -> None:
    """Before its next prompt an interactive bash says which jobs have ended (jobs.c
    notify_of_job_status), on its standard error, and forgets them; not those the line started."""
    done = [job for job in sh.jobs if job[4] <= _now(sh) and job[0] not in sh.jobs_new]
    for job in done:
        io.err(_job_line(sh, job, False))
    if done:
        ended = {job[0] for job in done}
        sh.jobs = [job for job in sh.jobs if job[0] not in ended]


def _jobs(sh: Shell, argv: list[str], io: IO) -> int:
    """jobs [-lp]: each job, running or ended; an ended one is then forgotten."""
    flags, args = _options(argv[1:], "lnprs")
    if flags is None:
        io.err(f"{sh.who('jobs')}{args[0][:2]}: invalid option")
        return _usage(sh, "jobs", "jobs [-lnprs] [jobspec ...] or jobs -x command [args]", io)
    if sh.name != "bash":
        return 0
    for job in sh.jobs:
        io.out(str(job[1]) if "p" in flags else _job_line(sh, job, "l" in flags))
    sh.jobs = [job for job in sh.jobs if job[4] > _now(sh)]
    return 0


def _wait(sh: Shell, argv: list[str], io: IO) -> int:
    """wait [%N|pid ...]: until the jobs named (all without one) have ended, the simulated clock
    going on; the status of the last one named (0 without one). A pid not a job's is bash's
    "is not a child of this shell", status 127."""
    status = 0
    waited = [] if argv[1:] else list(sh.jobs)  # no operand: every job, none at all is status 0
    for arg in argv[1:]:
        found = [j for j in sh.jobs if arg in (str(j[1]), f"%{j[0]}")]
        if found:
            waited += found
            status = found[-1][5] if found[-1][5] >= 0 else 128 - found[-1][5]
        elif re.fullmatch(r"%\d+", arg):
            io.err(f"{sh.who('wait')}{arg}: no such job")
            status = 127
        elif arg.isdigit():
            if sh.name == "bash":
                io.err(f"{sh.who('wait')}pid {arg} is not a child of this shell")
            status = 127
        else:
            io.err(f"{sh.who('wait')}`{arg}': not a pid or valid job spec" if sh.name == "bash"
                   else f"{sh.who('wait')}Illegal number: {arg}")
            status = 1 if sh.name == "bash" else 2
    last = max((job[4] for job in waited), default=0)
    if last >= NEVER:  # a job that never ends: wait waits for ever
        from .shell import waits_forever  # shell.py imports this module

        return waits_forever(sh, "wait")
    if last > _now(sh):
        sh.elapsed += last - _now(sh)
    return status


# the signals `kill` sends a job, and strsignal's words for a job they ended (jobs.c j_strsignal)
_SIGNALS = {"HUP": 1, "INT": 2, "QUIT": 3, "KILL": 9, "USR1": 10, "USR2": 12, "TERM": 15}
_SIGNALED = {1: "Hangup", 2: "Interrupt", 3: "Quit", 9: "Killed", 10: "User defined signal 1",
             12: "User defined signal 2", 15: "Terminated"}


def _kill(sh: Shell, argv: list[str], io: IO) -> int:
    """kill [-SIG | -s SIG | -n NUM] %N|PID ...: the shell's own kill ends a job it started (the
    job ends now, said as `[1]+  Terminated` before the prompt after the next line); any other
    target, or another use, goes to the kill program as before."""
    args, number = argv[1:], 15
    if args[:1] in (["-s"], ["-n"]) and len(args) > 1:
        args = [f"-{args[1]}", *args[2:]]
    if args and args[0].startswith("-") and args[0] != "--" and len(args) > 1:
        word = args[0][1:].upper().removeprefix("SIG")
        number = int(word) if word.isdigit() else _SIGNALS.get(word, 0)
        args = args[1:]
    args = args[1:] if args[:1] == ["--"] else args
    jobs = {f"%{j[0]}": j for j in sh.jobs} | {str(j[1]): j for j in sh.jobs}
    if sh.name != "bash" or not args or number not in _SIGNALED or not all(
            a in jobs or re.fullmatch(r"%\d+", a) for a in args):
        from .tools import not_simulated  # the tools import the shell

        return not_simulated(sh, argv, io)
    status = 0
    for arg in args:
        job = jobs.get(arg)
        if job is None:
            io.err(f"{sh.who('kill')}{arg}: no such job")
            status = 1
        elif job[4] <= _now(sh):
            io.err(f"{sh.who('kill')}({job[1]}) - No such process")
            status = 1
        else:
            sh.jobs[sh.jobs.index(job)] = (*job[:4], _now(sh), -number, job[6])
            sh.jobs_new.add(job[0])  # the shell hears of it by the next prompt but one
    return status


SHELL_BUILTINS = {
    "alias": _alias, "unalias": _unalias, "type": _type, "command": _command, "source": _source, ".": _source,
    "umask": _umask, "history": _history, "hash": _hash, "dirs": _dirs, "pushd": _pushd, "popd": _popd,
    "jobs": _jobs, "wait": _wait, "kill": _kill, "let": let_builtin, "shopt": shopt, **TRAP_BUILTINS,
}


# -- exported and readonly variables ------------------------------------------------------------
# bash 5.2 variables.c (att_exported, att_readonly; err_readonly "%s: readonly variable"),
# builtins/setattr.def (export, readonly: -f -n -p, listed by show_var_attributes as `declare -x`),
# declare.def (-x -r +x -p), set.def (unset: "cannot unset: readonly variable"), subst.c
# do_assignment_statements (a bare assignment that fails drops the rest of the line: DISCARD; one
# before a command is said and left out); dash src/var.c (setvareq: "is read only", exportcmd,
# showvars: `export NAME='v'`), src/eval.c evalcommand (assignments before a command go through
# setvareq, exported to it); BusyBox ash.c the same (exportcmd also takes -n).

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
BASH_READONLY = frozenset({"UID", "EUID", "PPID"})  # (shellstart.own_variables)
_ATTR_OPTIONS = "aAfnp"  # setattr.def ATTROPTS
_USAGES = {"export": "export [-fn] [name[=value] ...] or export -p",
           "readonly": "readonly [-aAf] [name[=value] ...] or readonly -p"}


def read_only(sh: Shell, name: str, io: IO, builtin: str = "") -> bool:
    """Whether name may not be set: bash says nothing here and the caller goes on; dash and ash
    say it and end the line there (a script or a -c text: the shell), status 2. bash's own UID,
    EUID and PPID are readonly from its start (variables.c)."""
    if name not in sh.readonly and not (sh.name == "bash" and name in BASH_READONLY):
        return False
    if sh.name == "bash":
        return True
    from .shell import ExitShell  # shell.py imports this module

    message = f"{sh.who(builtin)}{name}: is read only"
    if sh.mode:
        io.err(message)
        raise ExitShell(2)
    raise BuiltinAbort(message, 2)


def assign(sh: Shell, name: str, value: str, io: IO, builtin: str = "", bare: bool = False) -> bool:
    """NAME=value in this shell (bash's NAME+=value: after what it holds; NAME=(...) and
    NAME[SUB]=value: an array's, shellarrays.py); False (said) when NAME is readonly or SUB a bad
    subscript, which ends the line of a bare assignment (subst.c do_assignment_statements)."""
    append = name.endswith("+")
    name = name.removesuffix("+")
    element = shellarrays.ELEMENT.fullmatch(name)
    base = element.group(1) if element else name
    if read_only(sh, base, io, builtin):
        io.err(f"{sh.who()}{base}: readonly variable")
        return False
    words = shellarrays.literal_words(value)
    if words is not None:
        shellassign.compound(sh, base, words, append, io)
        return True
    if element is not None:
        if not shellassign.element(sh, base, element.group(2), value, append, io):
            if bare:
                raise BuiltinAbort(f"{sh.who()}{name}: bad array subscript", 1)
            io.err(f"{sh.who()}{name}: bad array subscript")
            return False
        return True
    value = sh.env.get(name, "") + value if append else value
    sh.env[name] = value
    shellassign.scalar(sh, name, value)
    return True


def bare_assignments(sh: Shell, assignments: list[tuple[str, str]], io: IO) -> None:
    """`NAME=v` alone on a command: set in the shell; bash drops the rest of the line at a readonly
    one (status 1), dash and ash end it (status 2)."""
    for name, value in assignments:
        base = name.rstrip("+").partition("[")[0]  # NAME[SUB]=v: NAME's
        if sh.name == "bash" and (base in sh.readonly or base in BASH_READONLY):
            raise BuiltinAbort(f"{sh.who()}{base}: readonly variable", 1)
        assign(sh, name, value, io, bare=sh.name == "bash")


def prefixed(sh: Shell, assignments: list[tuple[str, str]], command: str, io: IO, run: Callable[[], int]) -> int:
    """`NAME=v command`: NAME is set and exported for the command only (bash's temporary environment;
    dash's and ash's local variables), but before a special builtin of dash or ash it stays set."""
    if not assignments:
        return run()
    lasting = sh.name != "bash" and command in SPECIAL_BUILTINS
    saved: dict[str, tuple[str | None, bool]] = {}
    for given, value in assignments:
        name = given.rstrip("+")
        before = (sh.env.get(name), name in sh.exported)
        if not assign(sh, given, value, io):
            continue
        if not lasting:
            saved.setdefault(name, before)
            sh.exported.add(name)
    try:
        return run()
    finally:
        for name, (old, exported) in saved.items():
            if old is None:
                sh.env.pop(name, None)
            else:
                sh.env[name] = old
            if not exported:
                sh.exported.discard(name)


def _options_of(sh: Shell, builtin: str, args: list[str], io: IO, allowed: str) -> tuple[str, list[str]] | int:
    """The -letters before the names (bash internal_getopt, dash and ash nextopt); a status when refused."""
    letters = ""
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            return letters, args[1:]
        for letter in args[0][1:]:
            if letter not in allowed:
                if sh.name == "bash":
                    io.err(f"{sh.who(builtin)}-{letter}: invalid option")
                    return _usage(sh, builtin, _USAGES[builtin], io)
                raise BuiltinAbort(f"{sh.who(builtin)}Illegal option -{letter}", 2)
            letters += letter
        args = args[1:]
    return letters, args


def _export_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """export [-fn] [NAME[=VALUE]...] / export -p; readonly [-aAf] [NAME[=VALUE]...] / readonly -p."""
    builtin = argv[0]
    allowed = _ATTR_OPTIONS if sh.name == "bash" else "np" if sh.flavor == BUSYBOX else "p"
    parsed = _options_of(sh, builtin, argv[1:], io, allowed)
    if isinstance(parsed, int):
        return parsed
    letters, names = parsed
    attr = sh.readonly if builtin == "readonly" else sh.exported
    if "f" in letters:
        return _function_names(sh, builtin, names, io)
    if not names or ("p" in letters and sh.name != "bash" and sh.flavor != BUSYBOX):  # dash: -p lists
        list_attribute(sh, builtin, io)
        return 0
    status = 0
    for arg in names:
        name, eq, value = _operand(sh, arg)
        if _NAME.fullmatch(name.removesuffix("+")) is None:
            if sh.name != "bash":
                raise BuiltinAbort(f"{sh.who(builtin)}{name}: bad variable name", 2)
            io.err(f"{sh.who(builtin)}`{arg}': not a valid identifier")
            status = 1
            continue
        kinds = [kind for kind in "aA" if kind in letters and builtin == "readonly"]  # readonly -a / -A
        if not all(shellassign.make(sh, builtin, name.removesuffix("+"), kind, io) for kind in kinds) or (
                eq and not assign(sh, name, value, io, builtin)):
            status = 1
            continue
        name = name.removesuffix("+")
        if "n" in letters and builtin == "export":
            attr.discard(name)
        else:
            attr.add(name)
    return status


def _operand(sh: Shell, arg: str) -> tuple[str, str, str]:
    """NAME=value, NAME+=value (bash: appended to the value it has) or NAME; NAME+=(...) keeps
    its + for assign to append the elements."""
    name, eq, value = arg.partition("=")
    if eq and name.endswith("+") and sh.name == "bash" and shellarrays.literal_words(value) is None:
        name = name[:-1]
        value = sh.env.get(name, "") + value
    return name, eq, value


def _function_names(sh: Shell, builtin: str, names: list[str], io: IO) -> int:
    """export -f / readonly -f: functions handed on are not simulated; a name that is none is said."""
    status = 0
    for name in names:
        if name.partition("=")[0] not in sh.functions:
            io.err(f"{sh.who(builtin)}{name}: not a function")
            status = 1
    return status


def list_attribute(sh: Shell, builtin: str, io: IO) -> None:
    """The variables exported (or readonly), sorted, each as the shell would read it back: bash
    `declare -rx NAME="v"` (print_assignment: double quotes, $'...' for a control character),
    dash and ash `export NAME='v'` (showvars, single_quote); a name without a value bare."""
    for name in sorted(sh.readonly if builtin == "readonly" else _exported(sh)):
        io.out(_attribute_line(sh, builtin, name))


def _variables(sh: Shell) -> set[str]:
    """The names that have a value or an attribute."""
    return set(sh.env) | _exported(sh) | sh.readonly | set(sh.arrays) | set(sh.assoc)


def _exported(sh: Shell) -> set[str]:
    """The exported names; the terminal's PWD among them, as `env` shows it (sysinfo.environment)."""
    return sh.exported | {"PWD"} if sh.where == "host" else sh.exported


def _attribute_line(sh: Shell, builtin: str, name: str) -> str:
    value = sh.env.get(name, sh.cwd if name == "PWD" and sh.where == "host" else None)
    if sh.name != "bash":
        return f"{builtin} {name}" + ("" if value is None else f"={_single_quoted(value)}")
    flags = ("r" if name in sh.readonly else "") + ("x" if name in _exported(sh) else "")
    if name in sh.arrays:  # arrayfunc.c array_to_assign: each element double-quoted (or $'...') after its index
        return shellarrays.declared(name, sh.arrays[name], flags, bash_quoted)
    if name in sh.assoc:  # assoc.c assoc_to_assign
        return shellassoc.declared(name, sh.assoc[name], flags, bash_quoted, _double_quoted)
    return f"declare -{flags or '-'} {name}" + ("" if value is None else f"={bash_quoted(value)}")


def _double_quoted(value: str) -> str:
    """sh_double_quote: in double quotes, with \\ before $ ` " and \\."""
    return '"' + re.sub(r'([$`"\\])', r"\\\1", value) + '"'


def _single_quoted(value: str) -> str:
    """dash's and ash's single_quote: runs of ' in double quotes, the rest in single quotes."""
    parts = re.findall(r"[^']+|'+", value) or [""]
    return "".join(f'"{p}"' if p.startswith("'") else f"'{p}'" for p in parts)


_ANSI_C = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
           "\x1b": "\\E", "\\": "\\\\", "'": "\\'"}


_CONTROL = re.compile("[\x00-\x1f\x7f]")
_ANSI_C_QUOTED = re.compile("[\x00-\x1f\x7f\\\\']")


def bash_quoted(value: str) -> str:
    """bash's print_var_value: $'...' when a character needs it (ansic_shouldquote), else
    sh_double_quote: " ` $ and \\ escaped."""
    # looked at by regexes, not a character at a time: `declare -p` of a 1 MB value took 0.4 s, free
    if _CONTROL.search(value):
        return "$'" + _ANSI_C_QUOTED.sub(lambda m: _ANSI_C.get(m[0]) or f"\\{ord(m[0]):03o}", value) + "'"
    return '"' + re.sub(r'(["`$\\])', r"\\\1", value) + '"'


def _declare(sh: Shell, argv: list[str], io: IO) -> int:
    """bash's declare and typeset, for the attributes simulated: -x and +x (exported), -r
    (readonly), -p (listed); alone, every variable as `set` shows them."""
    on, off, names = "", "", argv[1:]
    while names and names[0][:1] in "-+" and len(names[0]) > 1 and names[0] != "--":
        for letter in names[0][1:]:
            if letter not in "aAfFgiIlnrtuxp":
                io.err(f"{sh.who(argv[0])}{names[0][0]}{letter}: invalid option")
                release = "5.0" if sh.bash_release() == "5.0" else "5.2"
                return _usage(sh, argv[0], _DECLARE_USAGE[release].replace("declare", argv[0], 1), io)
        on, off = (on + names[0][1:], off) if names[0][0] == "-" else (on, off + names[0][1:])
        names = names[1:]
    names = names[1:] if names[:1] == ["--"] else names
    if not names:
        return _declare_list(sh, on, io)
    if "p" in on:
        return _declare_show(sh, argv[0], names, io)
    status = 0
    for arg in names:
        status |= _declare_one(sh, argv[0], arg, on, off, io)
    return status


def _declare_one(sh: Shell, builtin: str, arg: str, on: str, off: str, io: IO) -> int:
    """One NAME[=value] of declare: in a function a local (declare.def: as local makes one, unless
    -g), made an array of a kind by -a or -A (shellassign.make), then given its value."""
    name = arg.partition("=")[0].removesuffix("+")
    if _NAME.fullmatch(name) is None:
        io.err(f"{sh.who(builtin)}`{arg}': not a valid identifier")
        return 1
    fixed = name in sh.readonly or name in BASH_READONLY
    if fixed and shellarrays.LITERAL in arg:  # an array assigned: an assignment's error ends the line
        raise BuiltinAbort(f"{sh.who()}{name}: readonly variable", 1)
    if fixed and ("r" in off or "=" in arg):
        io.err(f"{sh.who(builtin)}{name}: readonly variable")  # (a readonly attribute stays)
        return 1
    if sh.frames and "g" not in on and name not in sh.frames[-1] and not fixed:
        sh.frames[-1][name] = shellassign.saved(sh, name)
        shellassign.drop(sh, name)
    given, eq, value = _operand(sh, arg)
    if not all(shellassign.make(sh, builtin, name, kind, io) for kind in "aA" if kind in on):
        return 1
    if eq and not assign(sh, given, value, io):
        return 1
    _declare_attributes(sh, name, on, off)
    return 0


_DECLARE_USAGE = {"5.0": "declare [-aAfFgilnrtux] [-p] [name[=value] ...]",
                  "5.2": "declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]"}


def _declare_attributes(sh: Shell, name: str, on: str, off: str) -> None:
    if "x" in on:
        sh.exported.add(name)
    if "x" in off:
        sh.exported.discard(name)
    if "r" in on:
        sh.readonly.add(name)


def _declare_list(sh: Shell, on: str, io: IO) -> int:
    """declare -x / -r / -p alone: the variables with those attributes (all with -p); declare alone:
    every variable, as set shows them."""
    if not any(letter in on for letter in "xrp"):
        from .shellfunc import FUNCTION_BUILTINS

        return FUNCTION_BUILTINS["set"](sh, ["set"], io)
    for name in sorted(_variables(sh)):
        if ("x" not in on or name in _exported(sh)) and ("r" not in on or name in sh.readonly):
            io.out(_attribute_line(sh, "declare", name))
    return 0


def _declare_show(sh: Shell, builtin: str, names: list[str], io: IO) -> int:
    status = 0
    for name in names:
        if name not in _variables(sh):
            io.err(f"{sh.who(builtin)}{name}: not found")
            status = 1
            continue
        io.out(_attribute_line(sh, "declare", name))
    return status


def _unset_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """unset [-f|-v] NAME...: -f the functions; without it the variables (and their attributes),
    and in bash a function when no variable has the name (builtins/set.def unset_builtin). A
    readonly variable stays: bash says so (status 1), dash and ash end the line."""
    functions = "-f" in argv[1:]
    status = 0
    for name in argv[1:]:
        if name in ("-v", "-f"):
            continue
        if functions or (sh.name == "bash" and "-v" not in argv and name not in sh.env):
            sh.functions.pop(name, None)
        if functions:
            continue
        element = shellarrays.ELEMENT.fullmatch(name) if sh.name == "bash" else None
        if read_only(sh, element.group(1) if element else name, io, "unset"):
            io.err(f"{sh.who('unset')}{name}: cannot unset: readonly variable")
            status = 1
            continue
        if element is not None:  # unset 'NAME[SUB]': that element
            wrong = shellassign.unset_element(sh, element.group(1), element.group(2), io)
            if wrong:
                io.err(f"{sh.who('unset')}{wrong}")
                status = 1
            continue
        shellassign.drop(sh, name)
        sh.exported.discard(name)
        sh.dynamic = sh.dynamic - {name}  # RANDOM and SECONDS lose what makes them special
    return status


ATTRIBUTE_BUILTINS = {"export": _export_builtin, "readonly": _export_builtin, "unset": _unset_builtin,
                      "declare": _declare, "typeset": _declare}
SHELL_BUILTINS.update({"readonly": _export_builtin, "declare": _declare, "typeset": _declare,
                       "mapfile": mapfile_builtin, "readarray": mapfile_builtin})
