"""Shell functions and the positional parameters: calling a function, and the builtins return,
shift, local and set (its operands: `set -- a b c`).

bash's words are bash-5.2's (builtins/return.def, shift.def, common.c sh_erange, variables.c);
dash's are src/eval.c (returncmd, localcmd), src/options.c (shiftcmd, setcmd) and src/error.c;
BusyBox ash's are shell/ash.c's (returncmd, shiftcmd, localcmd)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import budget, shellarrays, shellassign, shellassoc, shellflags, shelltrap
from .shellcompound import BuiltinAbort
from .shellparse import FIELD
from .toolkit import BUSYBOX, IO

# Steps a function call costs besides the commands it runs, as a loop's pass does (shellcompound.py
# ITERATION_STEPS): a function that calls itself twice a level ends at the budget well under a second.
CALL_STEPS = 120

if TYPE_CHECKING:
    from .shell import Shell
    from .shellgrammar import FunctionDef

# Special builtins (POSIX 2.14): dash and ash find them before a function of the same name.
SPECIAL_BUILTINS = frozenset({"break", ":", "continue", ".", "eval", "exec", "exit", "export", "readonly",
                              "return", "set", "shift", "times", "trap", "unset"})


class FunctionReturn(Exception):
    """`return [N]`: the function running now ends with status N."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def positional_env(sh: Shell) -> dict[str, str]:
    """$0, $1 ... and $#, $@ as the word expander reads them (shellparse.py _Lexer.parameter)."""
    budget.current().step(len(sh.positional) >> 2)  # made for each command: `set -- "$@" "$@"` twenty times over
    env = {str(k): v for k, v in enumerate(sh.positional, 1)}
    env["0"] = sh.arg0 or sh.name
    env["#"] = str(len(sh.positional))
    env["@"] = FIELD.join(sh.positional)
    return env


def finds_function(sh: Shell, name: str) -> FunctionDef | None:
    """The function a command name runs, if any: in dash and ash a special builtin comes first."""
    found = sh.functions.get(name)
    if found is None or (sh.name != "bash" and name in SPECIAL_BUILTINS):
        return None
    return found


def call_function(sh: Shell, fn: FunctionDef, argv: list[str], io: IO) -> int:
    """Run a function's body with argv[1:] as its positional parameters; its `local` variables
    and its parameters are put back as they were when it ends. Each call is a level of the
    line's budget: a function that calls itself without end stops there."""
    from .shell import Shell as _Shell  # shell.py imports this module

    budget.current().step(CALL_STEPS)
    saved_params, loops = sh.positional, sh.loops
    sh.positional, sh.loops = argv[1:], 0  # break in a function ends no loop of its caller
    sh.frames.append({})
    aside = shelltrap.function_traps(sh)
    status = 0
    try:
        with budget.current().called():
            try:
                status = _Shell.run_body(sh, fn, io)
            except FunctionReturn as ret:
                status = ret.status
            shelltrap.run_return(sh, io)  # in the function's context, as it returns
    except RecursionError:  # a body of many levels runs out of Python's stack before MAX_CALLS
        raise budget.calls_error() from None
    finally:
        shelltrap.function_returned(sh, aside)
        sh.positional, sh.loops = saved_params, loops
        for name, saved in sh.frames.pop().items():
            shellassign.put_back(sh, name, saved)
    sh.status = status
    return status


def _return(sh: Shell, argv: list[str], io: IO) -> int:
    """return [N]: N, or the last command's status; it ends a function, or a file source or . runs
    (FunctionReturn: shellbuiltins._source); outside both bash refuses (status 2: EX_USAGE), dash
    and ash end the script there (dash returncmd: "do what ksh does")."""
    arg = argv[1] if len(argv) > 1 else None
    status = sh.status
    if arg is not None:
        if re.fullmatch(r"[+-]?\d+", arg):
            status = int(arg) & 0xFF
        elif sh.name == "bash":
            io.err(f"{sh.who('return')}{arg}: numeric argument required")
            status = 2
        else:
            raise BuiltinAbort(_illegal(sh, "return", arg))
    if not sh.frames and not sh.sourcing:
        if sh.name == "bash":
            io.err(f"{sh.who('return')}can only `return' from a function or sourced script")
            return 2
        from .shell import ExitShell

        raise ExitShell(status)
    raise FunctionReturn(status)


def _illegal(sh: Shell, builtin: str, arg: str) -> str:
    return f"{sh.who(builtin)}Illegal number: {arg}"  # dash and ash alike, each its own way (shellprefix.py)


def _shift(sh: Shell, argv: list[str], io: IO) -> int:
    """shift [N]: bash says nothing when N is more than $# (shift_verbose is off) and answers 1;
    dash stops the script ("can't shift that many", status 2); BusyBox ash answers 1."""
    arg = argv[1] if len(argv) > 1 else "1"
    if not re.fullmatch(r"[+-]?\d+", arg):
        if sh.name == "bash":
            io.err(f"{sh.who('shift')}{arg}: numeric argument required")
            return 1
        raise BuiltinAbort(_illegal(sh, "shift", arg))
    n = int(arg)
    if n < 0:
        if sh.name == "bash":  # shift.def: sh_erange
            io.err(f"{sh.who('shift')}{arg}: shift count out of range")
            return 1
        raise BuiltinAbort(_illegal(sh, "shift", arg))
    if n > len(sh.positional):
        if sh.name == "bash" or sh.flavor == BUSYBOX:
            return 1
        raise BuiltinAbort(f"{sh.who('shift')}can't shift that many")
    sh.positional = sh.positional[n:]
    return 0


def _local(sh: Shell, argv: list[str], io: IO) -> int:
    """local NAME[=VALUE]...: the variable is put back when the function ends."""
    if not sh.frames:
        if sh.name == "bash":
            io.err(f"{sh.who('local')}can only be used in a function")
            return 1
        if sh.flavor == BUSYBOX:  # ash.c localcmd: "not in a function"
            raise BuiltinAbort(f"{sh.who('local')}not in a function")
        raise BuiltinAbort(f"{sh.who('local')}not in a function")
    frame = sh.frames[-1]
    status = 0
    args, on = argv[1:], ""
    if sh.name == "bash":  # declare's options (declare.def local_builtin): -a, -A, -r, -x are simulated
        parsed = _local_options(sh, args, io)
        if isinstance(parsed, int):
            return parsed
        on, args = parsed
    for arg in args:
        name, eq, value = arg.partition("=")
        plain = name.removesuffix("+") if sh.name == "bash" and shellarrays.literal_words(value) is not None else name
        if not plain.isidentifier():
            if sh.name == "bash":
                io.err(f"{sh.who('local')}`{arg}': not a valid identifier")
                status = 1
                continue
            raise BuiltinAbort(f"{sh.who('local')}{name}: bad variable name")
        if plain not in frame:
            frame[plain] = shellassign.saved(sh, plain)
        if sh.name == "bash":
            status |= _bash_local(sh, plain, name if eq else "", value, on, io)
        elif eq:
            sh.env[name] = value
    return status


def _local_options(sh: Shell, args: list[str], io: IO) -> tuple[str, list[str]] | int:
    on = ""
    while args and args[0][:1] in "-+" and len(args[0]) > 1 and args[0] != "--":
        for letter in args[0][1:]:
            if letter not in "aAfFgiIlnrtux":
                io.err(f"{sh.who('local')}{args[0][0]}{letter}: invalid option")
                io.err("local: usage: local [option] name[=value] ...")
                return 2
        on += args[0][1:] if args[0][0] == "-" else ""
        args = args[1:]
    return on, args[1:] if args[:1] == ["--"] else args


def _bash_local(sh: Shell, name: str, given: str, value: str, on: str, io: IO) -> int:
    """A new local of bash: unset until given a value (dash and ash keep the outer one), made an
    array by -a or -A, readonly with -r, exported with -x."""
    from .shellbuiltins import assign

    shellassign.drop(sh, name)
    if not all(shellassign.make(sh, "local", name, kind, io) for kind in "aA" if kind in on):
        return 1
    if given and not assign(sh, given, value, io):
        return 1
    if "r" in on:
        sh.readonly.add(name)
    if "x" in on:
        sh.exported.add(name)
    return 0


def _set(sh: Shell, argv: list[str], io: IO) -> int:
    """set [--] ARG...: the positional parameters become the arguments. Of the options, -e, -u, -x
    and -o pipefail change what runs (SIMULATED_OPTIONS); the others are kept to be shown ($-,
    `set -o`: shellflags.py) and change nothing. Flags come alone or together, and an o among
    them takes the next argument as its option's name (`set -euo pipefail`: bash set.def
    set_builtin, dash options.c options); an o with nothing after it lists the options. Without
    arguments, the variables."""
    args = argv[1:]
    if not args:
        _variables(sh, io)
        return 0
    while args and args[0][:1] in "-+" and args[0] not in ("-", "--") and len(args[0]) > 1:
        flags, on = args[0][1:], args[0][0] == "-"
        args = args[1:]
        for letter in flags:
            if letter == "o":
                if not args:
                    shellflags.list_options(sh, io, as_commands=not on)
                    continue
                if not _option(sh, io, args[0], on):
                    return 2 if sh.name == "bash" else 1
                args = args[1:]
            elif not _letter(sh, io, letter, on):
                return 2
    if args and args[0] in ("-", "--"):
        args = args[1:]
    elif not args:
        return 0
    sh.positional = list(args)
    return 0


def _variables(sh: Shell, io: IO) -> None:
    """The variables and their values; bash's arrays as NAME=([0]="v" ...) (variables.c
    print_var_value: array_to_assign, assoc_to_assign), but one declared with no value yet."""
    shown = set(sh.env) | (set(sh.arrays) | set(sh.assoc) if sh.name == "bash" else set())
    for name in sorted(shown):
        if sh.name == "bash" and (name in sh.arrays or name in sh.assoc):
            line = _array_shown(sh, name)
            if line:
                io.out(line)
            continue
        value = sh.env[name]
        plain = re.fullmatch(r"[A-Za-z0-9_./:@%+,=-]+", value) is not None
        if sh.name == "bash":
            io.out(f"{name}={value if plain else _single(value)}")
        else:
            io.out(f"{name}={_single(value)}")


def _array_shown(sh: Shell, name: str) -> str:
    from .shellbuiltins import _double_quoted, bash_quoted

    if name in sh.arrays:
        array = sh.arrays[name]
        return "" if shellarrays.declared_only(array) else shellarrays.assigned(name, array, bash_quoted)
    table = sh.assoc[name]
    return shellassoc.assigned(name, table, bash_quoted, _double_quoted) if table.valued else ""


def _letter(sh: Shell, io: IO, letter: str, on: bool) -> bool:
    """set -LETTER / +LETTER; a letter the shell does not have: bash says so with its usage and
    answers 2 (set.def: sh_invalidopt, builtin_usage), dash and ash stop there as at a special
    builtin's error (dash options.c setoption, ash.c setoption: "Illegal" / "illegal option")."""
    shell = sh.dialect()
    name = shellflags.SET_LETTERS[shell].get(letter)
    if name is None:
        sign = "-" if on else "+"
        if shell == "bash":
            io.err(f"{sh.who('set')}{sign}{letter}: invalid option")
            io.err(shellflags.BASH_SET_USAGE)
            return False
        raise BuiltinAbort(f"{sh.who('set')}{'Illegal' if shell == 'dash' else 'illegal'} option {sign}{letter}")
    if name:
        _turn(sh, name, on)
    return True


# The names `set -o` knows: bash 5's, dash's (no pipefail before 0.5.13; Debian's and Ubuntu's are
# 0.5.10-0.5.12) and BusyBox ash's (with pipefail): shellflags.NAMES.
OPTION_NAMES = {kind: frozenset(names) for kind, names in shellflags.NAMES.items()}


def _option(sh: Shell, io: IO, name: str, on: bool) -> bool:
    """set -o NAME / +o NAME: pipefail in bash and BusyBox ash (a pipeline's status is its last
    command's that failed, shell.py _pipeline), errexit, nounset and xtrace; the shell's other
    options are accepted and change nothing. A name the shell does not know: bash says so and `set` answers 2, BusyBox ash answers 1
    (ash.c plus_minus_o), dash stops the script as for any special builtin's error (status 2)."""
    kind = sh.dialect()
    if name not in OPTION_NAMES[kind]:
        if kind == "dash":
            raise BuiltinAbort(f"{sh.who('set')}Illegal option {'-' if on else '+'}o {name}")
        io.err(f"{sh.who('set')}{name}: invalid option name" if kind == "bash"
               else f"{sh.who('set')}illegal option {'-' if on else '+'}o {name}")
        return False
    _turn(sh, name, on)
    return True


# The one-letter names of the options that change what layerlab runs (bash flags.c, dash
# options.h, ash.c optletters): errexit (Shell.run_steps), nounset (shellparse's $NAME and
# shellparams' ${NAME}) and xtrace (shelltrace.py); the others are accepted and change nothing.
FLAG_OPTIONS = {"e": "errexit", "u": "nounset", "x": "xtrace"}
SIMULATED_OPTIONS = frozenset({"errexit", "nounset", "pipefail", "xtrace"})


def _turn(sh: Shell, name: str, on: bool) -> None:
    shellflags.turn(sh, name, on)


def _single(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


FUNCTION_BUILTINS = {"return": _return, "shift": _shift, "local": _local, "set": _set}
