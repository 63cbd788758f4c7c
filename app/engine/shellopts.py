"""bash's shopt: its options listed, set and unset, and the ones that change what layerlab runs.

From bash 5.2 builtins/shopt.def (shopt_vars in their order, without syslog_history, which Debian's
and Ubuntu's builds leave out; print_shopt: "%-15s\\t%s", or "shopt -s NAME" / "shopt -u NAME" with
-p; "invalid shell option name", status 1; with names, the status is 1 when one is off). A shell
starts with checkwinsize, cmdhist, complete_fullquote, extquote, force_fignore, globasciiranges,
globskipdots, hostcomplete, interactive_comments, patsub_replacement, progcomp, promptvars and
sourcepath on; the learner's terminal also with expand_aliases, and histappend from Ubuntu's
~/.bashrc. nullglob, dotglob and nocaseglob change pathname expansion (Shell._glob); the others
are kept to be shown. They live in Shell.options as "shopt:NAME" (and "-shopt:NAME" for a
starting one turned off). `shopt -o` is set -o's options (shellflags.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import shellflags

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO

_NAMES = ("autocd assoc_expand_once cdable_vars cdspell checkhash checkjobs checkwinsize cmdhist compat31 compat32 "
         "compat40 compat41 compat42 compat43 compat44 complete_fullquote direxpand dirspell dotglob execfail "
         "expand_aliases extdebug extglob extquote failglob force_fignore globasciiranges globskipdots globstar "
         "gnu_errfmt histappend histreedit histverify hostcomplete huponexit inherit_errexit interactive_comments "
         "lastpipe lithist localvar_inherit localvar_unset login_shell mailwarn no_empty_cmd_completion nocaseglob "
         "nocasematch noexpand_translation nullglob patsub_replacement progcomp progcomp_alias promptvars "
         "restricted_shell shift_verbose sourcepath varredir_close xpg_echo")
NAMES = tuple(_NAMES.split())
_STARTING = ("checkwinsize cmdhist complete_fullquote extquote force_fignore globasciiranges globskipdots "
             "hostcomplete interactive_comments patsub_replacement progcomp promptvars sourcepath")
_START = frozenset(_STARTING.split())
_TERMINAL = _START | {"expand_aliases", "histappend"}
USAGE = "shopt: usage: shopt [-pqsu] [-o] [optname ...]"


def is_on(sh: Shell, name: str) -> bool:
    start = _TERMINAL if sh.reads == "terminal" else _START
    return f"shopt:{name}" in sh.options or (name in start and f"-shopt:{name}" not in sh.options)


def _turn(sh: Shell, name: str, on: bool) -> None:
    start = _TERMINAL if sh.reads == "terminal" else _START
    if name in start:
        (sh.options.discard if on else sh.options.add)(f"-shopt:{name}")
    else:
        (sh.options.add if on else sh.options.discard)(f"shopt:{name}")


def shopt(sh: Shell, argv: list[str], io: IO) -> int:
    """shopt [-pqsu] [-o] [optname ...]."""
    flags, names = _flags(argv[1:])
    if flags is None or ("s" in flags and "u" in flags):
        io.err(f"{sh.who('shopt')}{names[0][:2] if names else '-'}: invalid option" if flags is None else
               f"{sh.who('shopt')}cannot set and unset shell options simultaneously")
        if flags is None:
            io.err(USAGE)
            return 2
        return 1
    known = shellflags.NAMES["bash"] if "o" in flags else NAMES
    status = 0
    for name in names:
        if name not in known:
            io.err(f"{sh.who('shopt')}{name}: invalid {'option name' if 'o' in flags else 'shell option name'}")
            status = 1
    if status:
        return status
    if "s" in flags or "u" in flags:
        if names:
            for name in names:
                (shellflags.turn if "o" in flags else _turn)(sh, name, "s" in flags)
            return 0
        return _list(sh, io, [n for n in known if _on(sh, n, flags) == ("s" in flags)], flags)
    if names:
        return _list(sh, io, names, flags)
    _list(sh, io, list(known), flags)
    return 0


def _flags(args: list[str]) -> tuple[str | None, list[str]]:
    flags = ""
    while args and args[0].startswith("-") and args[0] != "-":
        word, args = args[0], args[1:]
        if word == "--":
            break
        if not set(word[1:]) <= set("pqsuo"):
            return None, [word]
        flags += word[1:]
    return flags, args


def _on(sh: Shell, name: str, flags: str) -> bool:
    return shellflags.is_on(sh, name) if "o" in flags else is_on(sh, name)


def _list(sh: Shell, io: IO, names: list[str], flags: str) -> int:
    """The names' states (print_shopt), nothing with -q; 1 when one of them is off."""
    status = 0
    for name in names:
        on = _on(sh, name, flags)
        status = status or (0 if on else 1)
        if "q" in flags:
            continue
        if "p" in flags:
            io.out(f"{'set -o' if on else 'set +o'} {name}" if "o" in flags else f"shopt {'-s' if on else '-u'} {name}")
        else:
            io.out(f"{name:<15}\t{'on' if on else 'off'}")
    return status
