"""How a shell is started: `sh -e -c TEXT`, `bash -euo pipefail script`, `bash --norc -c TEXT`: the
options it takes and the words it keeps, bash's --version and --help, and each shell's refusals.

From the sources: bash 5.0 and 5.2 shell.c (parse_long_options, parse_shell_options, main's
want_initial_help and do_version, show_shell_usage) and version.c (show_shell_version); dash
0.5.12 src/options.c (procargs, options: each letter in turn, "Illegal option" at line 0); BusyBox
ash shell/ash.c options ("illegal option").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import shellflags, shellfunc
from .hostprofile import HOSTNAME

if TYPE_CHECKING:
    from .shell import Shell

# The letters a started shell takes that layerlab carries out (the set flags, -c, and -i and -l,
# which change nothing here); a letter the shell knows besides them (-s with words, bash's -O
# shopt and -D, dash's -V and -E...) leaves the words as they were, to run as before.
_TAKEN = frozenset("abcefhiklmnoprtuvxBCEHPT")
# every letter each shell knows when started (bash: set's letters and -ilrsDcO; dash and ash: their
# tables' letters, -c and -l)
_KNOWN = {"bash": frozenset("abefhkmnptuvxBCEHPT" "ilrsDcOo"),
          "dash": frozenset("".join(letter for letter, _ in shellflags.FLAGS["dash"]) + "clo"),
          "ash": frozenset("".join(letter for letter, _ in shellflags.FLAGS["ash"]) + "lo")}

# bash's long options (shell.c long_args without the WORDEXP_OPTION ones), the same in 5.0 and 5.2
_LONG = ("debug", "debugger", "dump-po-strings", "dump-strings", "help", "init-file", "login", "noediting",
         "noprofile", "norc", "posix", "pretty-print", "rcfile", "restricted", "verbose", "version")
_LONG_WITH_ARGUMENT = ("init-file", "rcfile")
_RELEASES = {"5.0": ("5.0.3(1)-release", "2019"), "5.2": ("5.2.21(1)-release", "2022")}
MACHTYPE = "x86_64-pc-linux-gnu"


@dataclass
class Said:
    """What a shell answers instead of running: its status and lines."""

    status: int
    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)


def started(argv: list[str], kind: str, release: str) -> tuple[set[str], list[str]] | Said | None:
    """The options a shell is started with and its words as `sh -c TEXT ...` or `sh SCRIPT ...`
    (flags alone or together, an o taking the next word as an option's name, -c making the first
    word after the options the text); None when there are none to take; else what it says."""
    args = argv[1:]
    if kind == "bash":
        longs = _long_options(argv[0], args, release)
        if isinstance(longs, Said):
            return longs
        args = longs
    if not args or args[0][:1] not in "-+" or args[0] in ("-", "--"):
        return None if len(args) == len(argv) - 1 else (set(), [argv[0], *args])
    return _short_options(argv[0], args, kind)


def _long_options(shell: str, args: list[str], release: str) -> list[str] | Said:
    """bash's --NAME options (or -NAME), read before the others: an unknown one is refused with
    the usage (EX_BADUSAGE); --help, then --version, answer and end."""
    acting: set[str] = set()
    while args and args[0][:1] == "-" and args[0] != "--" and len(args[0]) > 1:
        word = args[0]
        name = word[2:] if word[1] == "-" else word[1:]
        if name not in _LONG:
            if word[1] != "-":
                break  # flags, read next
            return Said(2, err=[f"{shell}: {word}: invalid option", *usage(shell, release, extra=False)])
        if name in _LONG_WITH_ARGUMENT and len(args) < 2:
            return Said(2, err=[f"{shell}: {name}: option requires an argument"])
        args = args[1 + (name in _LONG_WITH_ARGUMENT):]
        acting.add(name)
    if "help" in acting:
        return Said(0, out=usage(shell, release, extra=True))
    if "version" in acting:
        return Said(0, out=version(release))
    return args


def _short_options(shell: str, args: list[str], kind: str) -> tuple[set[str], list[str]] | Said | None:
    """dash options.c procargs, bash shell.c parse_shell_options: the error for a letter or an
    option name the shell does not have, or a -c without its text (status 2)."""
    options: set[str] = set()
    command = False
    while args and args[0][:1] in "-+" and len(args[0]) > 1:
        word = args.pop(0)
        if word == "--":
            break
        if word.startswith("--") and kind == "ash":
            return None  # (its long options: not simulated)
        unknown = next((letter for letter in word[1:] if letter not in _KNOWN[kind]), None)
        if unknown is not None:
            return _illegal(shell, kind, word[0], unknown)
        if any(letter not in _TAKEN for letter in word[1:]):
            return None
        taken = _letters(shell, kind, word, args, options)
        if taken is None or isinstance(taken, Said):
            return taken
        command = command or taken
    if command and not args:  # (BusyBox ash's words for it: not simulated)
        return None if kind == "ash" else Said(2, err=[f"{shell}: -c: option requires an argument" if kind == "bash"
                                                       else f"{shell}: 0: -c requires an argument"])
    return options, [shell, "-c", *args] if command else [shell, *args]


def _letters(shell: str, kind: str, word: str, args: list[str], options: set[str]) -> bool | Said | None:
    """One word of flags: the options it turns on go into options, an o takes its name from args;
    whether it has a -c; None where layerlab leaves the words as they were."""
    command = False
    for letter in word[1:]:
        if letter == "c":
            command = command or word[0] == "-"
            continue
        name = shellfunc.FLAG_OPTIONS.get(letter)
        if letter == "o":
            if not args:  # (`bash -o` alone lists the options: not simulated)
                return None
            name = args.pop(0)
            refused = _refused_option(shell, kind, word[0], name)
            if refused is not None:
                return Said(2, err=[refused]) if refused else None
        if name in shellfunc.SIMULATED_OPTIONS and word[0] == "-":
            options.add(name)
    return command


def _illegal(shell: str, kind: str, sign: str, letter: str) -> Said:
    if kind == "bash":
        return Said(2, err=[f"{shell}: {sign}{letter}: invalid option", *usage(shell, "", extra=False)])
    if kind == "dash":
        return Said(2, err=[f"{shell}: 0: Illegal option {sign}{letter}"])
    return Said(2, err=[f"{shell.rsplit('/', 1)[-1]}: illegal option {sign}{letter}"])


def _refused_option(shell: str, kind: str, sign: str, name: str) -> str | None:
    """A started shell's error for an -o NAME it does not have ("" where layerlab does not know
    the shell's words), else None."""
    if name in shellfunc.OPTION_NAMES[kind]:
        return None
    if kind == "dash":
        return f"{shell}: 0: Illegal option {sign}o {name}"
    return f"{shell}: {name}: invalid option name" if kind == "bash" else ""


def version(release: str) -> list[str]:
    """bash --version (version.c show_shell_version(1))."""
    number, year = _RELEASES.get(release, _RELEASES["5.2"])
    return [f"GNU bash, version {number} ({MACHTYPE})", f"Copyright (C) {year} Free Software Foundation, Inc.",
            "License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>", "",
            "This is free software; you are free to change and redistribute it.",
            "There is NO WARRANTY, to the extent permitted by law."]


def usage(shell: str, release: str, extra: bool) -> list[str]:
    """shell.c show_shell_usage: with extra (--help) the version line first and the pointers after."""
    number = _RELEASES.get(release, _RELEASES["5.2"])[0]
    lines = [f"GNU bash, version {number}-({MACHTYPE})"] if extra else []
    lines += [f"Usage:\t{shell} [GNU long option] [option] ...",
              f"\t{shell} [GNU long option] [option] script-file ...", "GNU long options:",
              *[f"\t--{name}" for name in _LONG], "Shell options:",
              "\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)", "\t-abefhkmnptuvxBCEHPT or -o option"]
    if extra:
        lines += [f"Type `{shell} -c \"help set\"' for more information about shell options.",
                  f"Type `{shell} -c help' for more information about shell builtin commands.",
                  "Use the `bashbug' command to report bugs.", "",
                  "bash home page: <http://www.gnu.org/software/bash>",
                  "General help using GNU software: <http://www.gnu.org/gethelp/>"]
    return lines


def own_variables(sh: Shell) -> dict[str, str]:
    """The variables a shell sets for itself as it starts (under any of the same name it was
    given): bash's PPID, UID, EUID, BASH_VERSION, HOSTTYPE, OSTYPE, MACHTYPE and HOSTNAME
    (variables.c initialize_shell_variables: the machine's name from gethostname()); dash's and
    BusyBox ash's PPID (dash var.c, ash.c init)."""
    ppid = {"PPID": str(sh.ppid)}
    if sh.name != "bash":
        return ppid
    uid = str(sh.view.uid)
    return {**ppid, "UID": uid, "EUID": uid, "BASH_VERSION": _RELEASES.get(sh.bash_release(), _RELEASES["5.2"])[0],
            "HOSTTYPE": "x86_64", "OSTYPE": "linux-gnu", "MACHTYPE": MACHTYPE,
            "HOSTNAME": _machine_name(sh)}


def _machine_name(sh: Shell) -> str:
    """gethostname(): the learner's machine's name, or the container's (its short ID)."""
    from .world import host_name

    c = getattr(sh.view, "c", None)
    return HOSTNAME if sh.where == "host" or c is None else host_name(c)
