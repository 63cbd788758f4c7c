"""trap: the commands a shell runs on a signal or as it exits, as bash, dash and BusyBox ash set,
list and run them.

bash's words are bash-5.2's builtins/trap.def (trap_builtin: -l, -p, the first argument taken
as a signal when it is all digits or the only one, '' to ignore, '-' to reset; showtrap's
`trap -- 'cmds' SIGTERM` lines, EXIT first and DEBUG, ERR, RETURN after the signals),
builtins/common.c (display_signal_list for -l, sh_invalidsig "invalid signal specification")
and trap.c decode_signal (names in any case, with or without SIG, numbers 0 to 64). dash's are
0.5.12's src/trap.c (trapcmd: a first argument that is a number resets, "trap: X: bad trap" and
status 1 at the first bad one; names without SIG; listed as `trap -- 'cmds' TERM`); BusyBox
ash's are shell/ash.c trapcmd (bash's "invalid signal specification", said as ash_msg, and it goes
on) with libbb/u_signal_names.c get_signum (SIG optional).

A shell runs its EXIT trap as it exits (the end of a -c text or a script, `exit`); the learner's
terminal never exits, so one set there never runs. A subshell, ( ) or $( ), starts with the
traps reset but the ignored ones (POSIX 2.12). A container's main process that is a shell keeps
its traps: docker stop and docker kill run them (process.run_trap, lifecycle.stop_container).
bash's ERR trap runs when a command fails where set -e would end the shell (execute_cmd.c: a simple
command, a pipeline, a ( ) subshell or (( )) whose status is not 0, or a compound command whose
redirection fails, not in an if, while or until test, not before && or ||, not after !; the
failing status is $? in it and stays the status after it); BusyBox ash's the same but for the
redirection (ash.c evaltree). A function does not inherit it (bash
execute_function, ash evalfun: set aside while the body runs, put back when the function did not
set one of its own); nor does a subshell. bash's RETURN trap runs as a function returns, in its
context, when the function itself set it (execute_function sets the caller's aside as it does
ERR's), and after each `source` (evalfile.c source_file: run_return_trap). A bash subshell lists
its parent's traps until it sets one (trap.def: SUBSHELL_RESETTRAP, free_trap_strings), so
$(trap) and (trap) show them; BusyBox ash's $(trap), when trap is all the $( ) runs, shows them too
(ash.c forkchild's "trap hack"); dash's lists only the ignored ones. Not simulated: set -E and
set -T (errtrace, functrace), and the DEBUG trap, which trap refuses to set."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .shellcompound import BuiltinAbort
from .shellgrammar import Command, Compound, FunctionDef, parse
from .shellparse import ShellSyntaxError, SimpleCommand
from .signals import SIGNALS
from .toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from .shell import Shell

NSIG = 65  # Linux: signals 1 to 64
# the first name of each number in the daemon's table (ABRT before IOT, CHLD before CLD, IO before POLL)
_NAMES: dict[int, str] = {}
for _name, _number in SIGNALS.items():
    _NAMES.setdefault(_number, _name)
_NAMES[0] = "EXIT"
# bash's pseudo-signals after the real ones (trap.h DEBUG_TRAP, ERROR_TRAP, RETURN_TRAP); ash's ERR
DEBUG, ERR, RETURN = NSIG, NSIG + 1, NSIG + 2
_BASH_EXTRA = {DEBUG: "DEBUG", ERR: "ERR", RETURN: "RETURN"}
_USAGE = "trap [-lp] [[arg] signal_spec ...]"
DEBUG_REFUSED = "layerlab: bash's DEBUG trap is not simulated: trap did not set it"


def signal_name(sh: Shell, number: int) -> str:
    """The name a listing gives: bash's SIGTERM (EXIT, ERR as they are), dash's and ash's TERM."""
    if number in _BASH_EXTRA:
        return _BASH_EXTRA[number]
    name = _NAMES.get(number, str(number))
    return "SIG" + name if sh.name == "bash" and number else name


def decode(sh: Shell, word: str) -> int | None:
    """The signal a word names for this shell's trap, None when it names none."""
    if sh.name == "bash":
        if re.fullmatch(r"[+-]?\d+", word.strip()):  # legal_number, then 0 <= n < NSIG
            number = int(word)
            return number if 0 <= number < NSIG else None
        upper = word.upper()
        for number, name in {**_NAMES, **_BASH_EXTRA}.items():
            full = name if number in _BASH_EXTRA or not number else "SIG" + name
            if upper in (full, full[3:] if full.startswith("SIG") else full):
                return number
        return None
    if word.isdigit():  # dash decode_signum, ash bb_strtou
        return int(word) if int(word) < NSIG else None
    upper = word.upper()
    if sh.flavor == BUSYBOX:
        if word == "ERR":
            return ERR
        upper = upper[3:] if upper.startswith("SIG") else upper
    return next((n for n, name in _NAMES.items() if name == upper), None)


def quoted(sh: Shell, text: str) -> str:
    """bash's sh_single_quote ('it'\\''s'); dash's and ash's single_quote ('it'"'"'s)."""
    if sh.name == "bash":
        return "'" + text.replace("'", "'\\''") + "'"
    parts = re.findall(r"'+|[^']+", text) or [""]
    return "".join(f'"{p}"' if p.startswith("'") else f"'{p}'" for p in parts)


def _listing(sh: Shell, numbers: list[int], io: IO) -> None:
    traps = sh.traps if sh.trap_shown is None else sh.trap_shown
    for number in numbers:
        if number in traps:
            action = traps[number]
            io.out(f"trap -- {quoted(sh, action) if action else chr(39) * 2} {signal_name(sh, number)}")


def _signal_list(io: IO) -> None:
    """bash's trap -l: five `%2d) SIGNAME` to a line, a tab after each but the fifth."""
    names = [f"{n:2d}) SIG{_NAMES[n]}" for n in range(1, NSIG) if n in _NAMES]
    for at in range(0, len(names), 5):
        row = names[at:at + 5]
        io.out("\t".join(row) + ("\t" if len(row) < 5 else ""))


def _options(sh: Shell, args: list[str], io: IO) -> tuple[str, list[str]] | int:
    """bash's internal_getopt "lp"; dash's and ash's nextopt with no options."""
    letters = ""
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            return letters, args[1:]
        for letter in args[0][1:]:
            if sh.name != "bash":
                illegal = "illegal" if sh.flavor == BUSYBOX else "Illegal"  # ash.c nextopt, dash options.c
                raise BuiltinAbort(f"{sh.who('trap')}{illegal} option -{letter}", 2)
            if letter not in "lp":
                io.err(f"{sh.who('trap')}-{letter}: invalid option")
                io.err(f"trap: usage: {_USAGE}")
                return 2
            letters += letter
        args = args[1:]
    return letters, args


def trap_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """trap [-lp] [[ACTION] SIGNAL...]."""
    parsed = _options(sh, argv[1:], io)
    if isinstance(parsed, int):
        return parsed
    letters, args = parsed
    if "l" in letters:
        _signal_list(io)
        return 0
    if "p" in letters or not args:
        if not args:
            _listing(sh, sorted(sh.traps if sh.trap_shown is None else sh.trap_shown), io)
            return 0
        return _show_some(sh, args, io)
    if sh.name == "bash":
        return _bash_set(sh, args, io)
    return _posix_set(sh, args, io)


def _show_some(sh: Shell, args: list[str], io: IO) -> int:
    status = 0
    for word in args:
        number = decode(sh, word)
        if number is None:
            io.err(f"{sh.who('trap')}{word}: invalid signal specification")
            status = 1
        else:
            _listing(sh, [number], io)
    return status


def _bash_set(sh: Shell, args: list[str], io: IO) -> int:
    first = args[0]
    action: str | None
    if (first.isdigit() and decode(sh, first) is not None) or (
            first not in ("", "-") and decode(sh, first) is not None and len(args) == 1):
        action = None  # a signal alone, or a number first: reset (trap_builtin REVERT)
    else:
        args = args[1:]
        if not args:
            io.err(f"trap: usage: {_USAGE}")
            return 2
        action = None if first == "-" else first
    sh.trap_shown = None  # a subshell's parent's traps are no longer listed (free_trap_strings)
    status = 0
    for word in args:
        number = decode(sh, word)
        if number is None:
            io.err(f"{sh.who('trap')}{word}: invalid signal specification")
            status = 1
        elif number == DEBUG and action:
            io.err(DEBUG_REFUSED)
            status = 1
        else:
            _set(sh, number, action)
    return status


def _posix_set(sh: Shell, args: list[str], io: IO) -> int:
    """dash: stops at the first bad signal ("trap: X: bad trap", 1); ash says each and goes on."""
    action: str | None = None
    sh.trap_shown = None
    if len(args) > 1 and not args[0].isdigit():
        action, args = args[0], args[1:]
    status = 0
    for word in args:
        number = decode(sh, word)
        if number is None:
            if sh.flavor != BUSYBOX:
                io.err(f"trap: {word}: bad trap")
                return 1
            io.err(f"{sh.who('trap')}{word}: invalid signal specification")  # ash_msg: commandname is trap
            status = 1
            continue
        _set(sh, number, None if action == "-" else action)
    return status


def _set(sh: Shell, number: int, action: str | None) -> None:
    if action is None:
        sh.traps.pop(number, None)
    else:
        sh.traps[number] = action


def subshell_traps(traps: dict[int, str]) -> dict[int, str]:
    """What a subshell starts with: only the ignored signals stay so (POSIX 2.12)."""
    return {n: a for n, a in traps.items() if a == "" and n != 0}


def subshell_shown(sh: Shell, inner: str | None = None) -> dict[int, str] | None:
    """The traps a subshell of sh lists before it sets one: bash's, its parent's (trap.def); BusyBox
    ash's $(trap), when inner is just that command, its parent's too (ash.c forkchild); else none
    beyond its own (None)."""
    if sh.name == "bash":
        return dict(sh.traps if sh.trap_shown is None else sh.trap_shown)
    if inner is not None and sh.flavor == BUSYBOX and _only_trap(inner):
        return dict(sh.traps)
    return None


def _only_trap(text: str) -> bool:
    """Whether a $( )'s text is one simple command, trap (ash.c forkchild: n->type == NCMD, its
    first word "trap", no command after it)."""
    try:
        steps = parse(text, 1, both=True, bash=False)
    except ShellSyntaxError:
        return False
    if len(steps) != 1 or len(steps[0].pipeline) != 1 or steps[0].negate or steps[0].background:
        return False
    cmd = steps[0].pipeline[0]
    return isinstance(cmd, SimpleCommand) and bool(cmd.argv) and cmd.argv[0] == "trap"


# -- ERR and RETURN ---------------------------------------------------------------------------------

def _trap_kind(pipeline: list[Command]) -> bool:
    """Whether a pipeline's failure is one the ERR trap is run for: several commands, a simple
    command, a ( ) subshell, bash's (( )) and [[ ]] (execute_cmd.c: execute_connection '|',
    cm_simple, execute_in_subshell, cm_arith and cm_cond); an if, a loop, a case or a { } group
    leaves it to the commands inside, unless its redirection failed (after_failure)."""
    if len(pipeline) > 1:
        return True
    cmd = pipeline[0]
    if isinstance(cmd, Compound):
        return cmd.kind in ("subshell", "arith", "cond")
    return not isinstance(cmd, FunctionDef)


def after_failure(sh: Shell, pipeline: list[Command], status: int, io: IO) -> None:
    """A pipeline ended with status (not 0), not negated and not before && or ||: the ERR trap runs
    where bash and BusyBox ash run it (not in a test, not while it runs already); $? in it is
    status, and the status stays status after it (trap.c _run_trap_internal)."""
    action = sh.traps.get(ERR)
    if action and ERR not in sh.trapping and failed_itself(sh, pipeline):
        _run(sh, ERR, action, status, io)


def failed_itself(sh: Shell, pipeline: list[Command]) -> bool:
    """Whether a pipeline that failed (not negated, not before && or ||) is one the ERR trap runs
    for and `set -e` ends the shell at: not in a test, and not a compound command that only passes
    on the status of a command inside it (bash execute_cmd.c: the same exit_immediately_on_error
    and run_error_trap tests; dash eval.c evaltree's EV_TESTED and checkexit)."""
    if sh.err_quiet:
        return False
    return _trap_kind(pipeline) or (sh.name == "bash" and pipeline[0] is sh.unredirected)


def _run(sh: Shell, number: int, action: str, status: int, io: IO) -> None:
    sh.trapping.add(number)
    sh.status = status
    try:
        sh.run_line(action, io)
    finally:
        sh.trapping.discard(number)
        sh.status = status


def run_return(sh: Shell, io: IO) -> None:
    """bash's RETURN trap, if one is set now, as a function returns or a source ends (trap.c
    run_return_trap: $? in it is the last command's, and it is again after it)."""
    action = sh.traps.get(RETURN)
    if sh.name == "bash" and action and RETURN not in sh.trapping:
        _run(sh, RETURN, action, sh.status, io)


def function_traps(sh: Shell) -> dict[int, str]:
    """A function is called: the caller's ERR trap (and bash's RETURN trap) are set aside while
    it runs (bash execute_function restore_default_signal, ash evalfun); they come back after."""
    aside = {n: sh.traps.pop(n) for n in (ERR, RETURN) if n in sh.traps}
    return aside


def function_returned(sh: Shell, aside: dict[int, str]) -> None:
    """The traps set aside come back, unless the function set its own (trap.c trap_if_untrapped:
    maybe_set_error_trap, maybe_set_return_trap)."""
    for number, action in aside.items():
        sh.traps.setdefault(number, action)


def on_exit(sh: Shell, status: int, io: IO) -> int:
    """The shell exits with status: its EXIT trap runs first (once), and the shell's status stays
    the one it exited with unless the trap itself calls exit (bash trap.c run_exit_trap, dash
    exitshell, ash exitshell). A -c text's or a script's bash and dash count the action's lines
    from 1, wherever the text ended (`bash: line 1:`, `sh: 1:`, as this machine's bash 5.2 and
    dash 0.5.12 say them); BusyBox ash goes on with the line it was on."""
    from .shell import ExitShell  # shell.py imports this module

    action = sh.traps.pop(0, None)
    if not action:
        return status
    sh.status = status
    line = sh.lineno
    if sh.mode and sh.dialect() != "ash":
        sh.lineno = 1
    try:
        sh.run_line(action, io)
    except ExitShell as exc:
        return int(exc.args[0])
    finally:
        sh.lineno = line
    return status


def keep_for_process(sh: Shell) -> None:
    """A -c text's or a script's shell that a container's main process runs: its traps, as it
    stops running ahead, are the ones docker stop and docker kill find (process.py)."""
    if sh.timeline is not None:
        sh.timeline.traps = dict(sh.traps)


def encode(traps: dict[int, str]) -> list[list[int | str]]:
    """Traps as a container's process state keeps them."""
    return [[n, a] for n, a in sorted(traps.items())]


def decoded(kept: object) -> dict[int, str]:
    if not isinstance(kept, list):
        return {}
    return {int(n): str(a) for n, a in kept}


TRAP_BUILTINS = {"trap": trap_builtin}
