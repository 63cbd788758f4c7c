"""A shell's options as it shows them and as `set` takes them by letter: $- (the letters of the
flags on), `set -o` and `set +o` alone (every option, on or off), and the letters each shell knows.

From the sources: bash 5.2 flags.c (shell_flags, which_set_flags: the letters in table order, then
c for -c and s for commands read from the input) and builtins/set.def (o_options in their order,
list_minus_o_opts: "%-15s\\t%s", "set -o NAME" / "set +o NAME"); dash 0.5.12 src/options.h and
options.c (optletters_optnames, minus_o: "Current option settings" then "%-16s%s"; expand.c
varvalue builds $- from the last letter to the first); BusyBox ash shell/ash.c (the same shape as
dash's, without the heading line, and names only for the options `set -o` takes).

Which options are on: the ones a shell starts with (bash: braceexpand, hashall and
interactive-comments, and at a terminal emacs, histexpand, history and monitor; dash and ash at a
terminal: interactive, monitor, stdin), and those `set` turned on. Shell.options holds the names
turned on, and "-NAME" for one of the starting ones turned off; errexit, nounset, xtrace and
pipefail change what runs (shellfunc.SIMULATED_OPTIONS), the others are kept only to be shown.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO

# (letter, name) in each shell's table order; "" where there is no letter or no name
_BASH_FLAGS = (("a", "allexport"), ("b", "notify"), ("e", "errexit"), ("f", "noglob"), ("h", "hashall"),
               ("i", ""), ("k", "keyword"), ("m", "monitor"), ("n", "noexec"), ("p", "privileged"),
               ("t", "onecmd"), ("u", "nounset"), ("v", "verbose"), ("x", "xtrace"), ("B", "braceexpand"),
               ("C", "noclobber"), ("E", "errtrace"), ("H", "histexpand"), ("P", "physical"),
               ("T", "functrace"))
_BASH_NAMES = ("allexport", "braceexpand", "emacs", "errexit", "errtrace", "functrace", "hashall", "histexpand",
               "history", "ignoreeof", "interactive-comments", "keyword", "monitor", "noclobber", "noexec", "noglob",
               "nolog", "notify", "nounset", "onecmd", "physical", "pipefail", "posix", "privileged", "verbose", "vi",
               "xtrace")
_DASH_FLAGS = (("e", "errexit"), ("f", "noglob"), ("I", "ignoreeof"), ("i", "interactive"), ("m", "monitor"),
               ("n", "noexec"), ("s", "stdin"), ("x", "xtrace"), ("v", "verbose"), ("V", "vi"), ("E", "emacs"),
               ("C", "noclobber"), ("a", "allexport"), ("b", "notify"), ("u", "nounset"), ("p", "privileged"),
               ("", "nolog"), ("", "debug"))
_ASH_FLAGS = (("e", "errexit"), ("f", "noglob"), ("I", "ignoreeof"), ("i", ""), ("m", "monitor"),
              ("n", "noexec"), ("s", ""), ("c", ""), ("x", "xtrace"), ("v", "verbose"), ("C", "noclobber"),
              ("a", "allexport"), ("b", "notify"), ("u", "nounset"), ("E", "errtrace"), ("", "vi"),
              ("", "pipefail"))
FLAGS = {"bash": _BASH_FLAGS, "dash": _DASH_FLAGS, "ash": _ASH_FLAGS}
NAMES = {"bash": _BASH_NAMES, "dash": tuple(n for _, n in _DASH_FLAGS),
         "ash": tuple(n for _, n in _ASH_FLAGS if n)}

# the letters `set` takes: bash's set usage "[-abefhkmnptuvxBCEHPT]" (i is refused), dash's and ash's
# every letter of their tables (ash.c setoption takes even i, s and c, which no -o name has)
SET_LETTERS = {"bash": {letter: name for letter, name in _BASH_FLAGS if name},
               "dash": {letter: name for letter, name in _DASH_FLAGS if letter},
               "ash": {letter: name for letter, name in _ASH_FLAGS if letter}}
BASH_SET_USAGE = "set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]"

_BASH_START = frozenset({"braceexpand", "hashall", "interactive-comments"})
_BASH_TERMINAL = _BASH_START | {"emacs", "histexpand", "history", "monitor"}
_TERMINAL = frozenset({"interactive", "monitor", "stdin"})
_STDIN = frozenset({"stdin"})
_NONE: frozenset[str] = frozenset()


def starting(sh: Shell) -> frozenset[str]:
    """The options on when sh started."""
    return _starting(sh.dialect(), sh.reads)


def _starting(shell: str, reads: str) -> frozenset[str]:
    if shell == "bash":
        return _BASH_TERMINAL if reads == "terminal" else _BASH_START
    return _TERMINAL if reads == "terminal" else _STDIN if reads == "input" else frozenset()


def is_on(sh: Shell, name: str) -> bool:
    return name in sh.options or (name in starting(sh) and "-" + name not in sh.options)


def turn(sh: Shell, name: str, on: bool) -> None:
    """set -o NAME / +o NAME, or its letter. bash's emacs and vi are one editing mode or the other
    (set.def set_edit_mode); dash and ash keep both."""
    if sh.dialect() == "bash" and on and name in ("emacs", "vi"):
        turn(sh, "vi" if name == "emacs" else "emacs", False)
    if name in starting(sh):
        (sh.options.discard if on else sh.options.add)("-" + name)
    else:
        (sh.options.add if on else sh.options.discard)(name)


def dollar_dash(sh: Shell) -> str:
    """$-: bash's letters in table order, then c and s; dash's and ash's from the last letter to
    the first. The letters without a name: i at a terminal, s reading its commands from its
    input (at a terminal too), c started with -c (bash and ash). (Made for every command's words:
    kept for each state it is made in.)"""
    return _letters(sh.dialect(), sh.reads, sh.mode == "-c", frozenset(sh.options) if sh.options else _NONE)


@lru_cache(maxsize=256)
def _letters(shell: str, reads: str, command: bool, options: frozenset[str]) -> str:
    at_terminal = reads == "terminal"
    start = _starting(shell, reads)
    extra = {"i": at_terminal, "s": reads in ("terminal", "input"), "c": command}
    letters = [letter for letter, name in FLAGS[shell] if letter and
               (name in options or (name in start and "-" + name not in options) if name else extra[letter])]
    if shell == "bash":
        return "".join(letters) + "c" * command + "s" * extra["s"]
    return "".join(reversed(letters))


def list_options(sh: Shell, io: IO, as_commands: bool) -> None:
    """`set -o` (a table) or `set +o` (the commands that would set each option as it is)."""
    shell = sh.dialect()
    if shell == "dash" and not as_commands:
        io.out("Current option settings")
    for name in NAMES[shell]:
        on = is_on(sh, name)
        if as_commands:
            io.out(f"set {'-' if on else '+'}o {name}")
        elif shell == "bash":
            io.out(f"{name:<15}\t{'on' if on else 'off'}")
        else:
            io.out(f"{name:<16}{'on' if on else 'off'}")
