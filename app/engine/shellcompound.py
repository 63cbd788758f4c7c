"""Running compound commands (POSIX 2.9.4): if, while, until, for, case, { } and ( ), and the
break and continue builtins. The grammar is in shellgrammar.py, simple commands in shell.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import budget, shellarrays, shellcond, shellrandom, shelltrace
from .shellarith import ArithError, message
from .shellgrammar import Compound, Step
from .shellparams import ParameterError
from .shellparse import Arithmetic
from .timeline import Paused
from .toolkit import IO

if TYPE_CHECKING:
    from .shell import Shell

# Steps one pass of a loop costs besides the commands it runs: a loop that does nothing
# (`while :; do :; done`) ends at the budget after MAX_STEPS / ITERATION_STEPS passes, well
# under a second (tests/test_shell_compound.py measures it).
ITERATION_STEPS = 60
# Steps each pipeline run inside a loop costs besides its commands' own: a pass of twenty `:`
# would otherwise let a line run 300,000 commands.
LOOP_COMMAND_STEPS = 6


class LoopControl(Exception):
    """break or continue, for the loop `levels` levels out."""

    def __init__(self, kind: str, levels: int, status: int = 0) -> None:
        super().__init__(kind)
        self.kind = kind
        self.levels = levels
        self.status = status  # the builtin's own: the loop's status when it ends there


class BuiltinAbort(Exception):
    """A special builtin's error that ends the rest of the line (dash and ash: status 2; bash's
    jump_to_top_level (DISCARD) gives its own)."""

    def __init__(self, message: str, status: int = 2, interactive: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.interactive = interactive  # what an interactive shell says first (a subshell is none)


def run_compound(sh: Shell, node: Compound, io: IO) -> int:
    """Run a compound command with its redirections. One whose redirection fails is noted
    (Shell.unredirected): bash runs the ERR trap for it (execute_cmd.c execute_command_internal,
    do_redirections failing), though not for an if, a loop or a group that fails otherwise."""
    if node.redirects:
        ran = False

        def run(inner: IO) -> int:
            nonlocal ran
            ran = True
            return _run(sh, node, inner)
        status = sh.redirected(node.redirects, io, run)
        if not ran:
            sh.unredirected = node
        elif sh.unredirected is node:
            sh.unredirected = None
        return status
    return _run(sh, node, io)


def _run(sh: Shell, node: Compound, io: IO) -> int:
    kind, parts = node.kind, node.parts
    if kind == "group":
        return sh.run_steps(parts[0], io)
    if kind == "subshell":
        return subshell(sh, lambda: sh.run_steps(parts[0], io), io)
    if kind == "if":
        for k in range(0, len(parts) - 1, 2):
            if _tested(sh, parts[k], io) == 0:
                return sh.run_steps(parts[k + 1], io)
        return sh.run_steps(parts[-1], io) if len(parts) % 2 else 0
    if kind == "case":
        return _case(sh, node, io)
    if kind == "arith":
        return _arith_command(sh, node.name, io)
    if kind == "cond":
        return shellcond.run(sh, node.cond or ("word", ""), io)
    if kind == "for":
        return _for(sh, node, io)
    if kind == "arithfor":
        return _arith_for(sh, node, io)

    def test() -> bool:
        return (_tested(sh, parts[0], io) == 0) == (kind == "while")
    return _loop(sh, test, parts[1], io)


def _tested(sh: Shell, steps: list[Step], io: IO) -> int:
    """An if's or a loop's test: a failure in it, however deep, runs no ERR trap (execute_cmd.c
    execute_if_command, execute_while_or_until: CMD_IGNORE_RETURN on the test)."""
    sh.err_quiet += 1
    try:
        return sh.run_steps(steps, io)
    finally:
        sh.err_quiet -= 1


def _for(sh: Shell, node: Compound, io: IO) -> int:
    """for NAME [in WORDS]: the words expanded and split as arguments are, or the positional parameters."""
    if not node.name.isidentifier():  # bash execute_cmd.c execute_for_command: check_identifier
        io.err(f"{sh.who()}`{node.name}': not a valid identifier")  # general.c check_identifier
        return 1
    words = sh.positional if node.words is None else sh.expand_words(node.words, io)
    if words and node.name in sh.readonly:
        # bash execute_for_command: bind_variable refuses (err_readonly), the loop ends, status 1;
        # dash and ash setvar: "is read only", the line ends (shellbuiltins.py assign)
        from .shellbuiltins import assign  # it imports this module

        assign(sh, node.name, words[0], io)
        return 1
    passes = iter(words)

    def next_pass() -> bool:
        word = next(passes, None)
        if word is None:
            return False
        shelltrace.loop_head(sh, node.name, node.words, io)
        sh.env[node.name] = word
        return True
    return _loop(sh, next_pass, node.parts[0], io)


def _loop(sh: Shell, more: Callable[[], bool], body: list[Step], io: IO) -> int:
    """Passes of a loop while more() says so; break and continue end a pass or the loop."""
    status = 0
    spent = budget.current()
    sh.loops += 1
    try:
        while True:
            spent.step(ITERATION_STEPS)
            if sh.timeline is not None:  # a container's main process stops running ahead somewhere
                sh.timeline.check()
            try:
                if not more():
                    break
                status = sh.run_steps(body, io)
                if sh.timeline is not None and sh.timeline.pausing(sh.loops, body):
                    raise Paused(dict(sh.env), sh.cwd)  # a main process asleep until the clock comes
            except LoopControl as ctl:
                if ctl.levels > 1:
                    raise LoopControl(ctl.kind, ctl.levels - 1, ctl.status) from None
                status = ctl.status
                if ctl.kind == "break":
                    break
    finally:
        sh.loops -= 1
    return status


def _arith_command(sh: Shell, expression: str, io: IO) -> int:
    """bash's `(( expr ))`: status 0 when the value is not zero, else 1; an error is said and the
    line goes on (execute_cmd.c execute_arith_command: EXECUTION_FAILURE)."""
    shelltrace.arith(sh, expression, io)
    try:
        value = int(sh.substitute(Arithmetic(expression), io))
    except ArithError as exc:
        io.err(message(exc, "bash", sh.who(), command="(("))
        return 1
    return 0 if value else 1


def let_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    """let EXPRESSION...: each evaluated in turn; status 0 when the last is not 0, else 1; an error
    is said and ends it, status 1 (bash builtins/let.def, BusyBox ash.c letcmd)."""
    shell = "bash" if sh.name == "bash" else "ash"
    if len(argv) < 2:
        io.err(f"{sh.who('let')}expression expected")
        return 1
    value = 0
    for expression in argv[1:]:
        try:
            value = int(sh.substitute(Arithmetic(expression), io))
        except ArithError as exc:
            io.err(message(exc, shell, sh.who("let")))
            return 1
    return 0 if value else 1


def _arith_for(sh: Shell, node: Compound, io: IO) -> int:
    """bash's `for (( init; test; step ))`: init once, then while test is not 0 (an empty one is 1)
    the body and the step (execute_cmd.c execute_arith_for_command); an arithmetic error is said
    and ends the loop, status 1."""
    init, test, step = node.words or ["", "", ""]
    failed = False
    passes = 0

    def value(expression: str) -> int | None:
        nonlocal failed
        if not expression:
            return 1
        shelltrace.arith(sh, expression, io)
        try:
            return int(sh.substitute(Arithmetic(expression), io))
        except ArithError as exc:
            io.err(message(exc, "bash", sh.who(), command="(("))
            failed = True
            return None

    def more() -> bool:
        nonlocal passes
        passes += 1
        if passes > 1 and value(step) is None:
            return False
        return bool(value(test))

    if value(init) is None:
        return 1
    status = _loop(sh, more, node.parts[0], io)
    return 1 if failed else status


def _case(sh: Shell, node: Compound, io: IO) -> int:
    """The first item with a pattern that matches the word runs (glob patterns: * matches any
    text, a quoted character itself; bash "case", POSIX 2.9.4.3)."""
    shelltrace.case_head(sh, node.name, io)
    word = sh.expand_word(node.name, io)
    for patterns, body in zip(node.patterns, node.parts, strict=True):
        for raw in patterns:
            if sh.pattern(raw, io).matches(word):
                return sh.run_steps(body, io) if body else 0
    return 0


def subshell(sh: Shell, run: Callable[[], int], io: IO, counted: bool = True) -> int:
    """Run in a copy of the shell: variables, the directory, the positional parameters and the
    functions set inside stay there, and exit ends only the subshell, as does an expansion it
    refuses (said; bash's execute_in_subshell exits 1, dash and ash 2: the line goes on). A
    simple command a pipeline forks for is not counted in $BASH_SUBSHELL (counted False)."""
    from .shell import ExitShell  # shell.py imports this module
    from .shellfunc import FunctionReturn

    env, cwd, params, functions = dict(sh.env), sh.cwd, sh.positional, dict(sh.functions)
    attributes = set(sh.exported), set(sh.readonly)  # export and readonly inside stay there too
    options = set(sh.options)  # and `set -e`, `set -o pipefail`
    arrays, tables = shellarrays.copied(sh.arrays), shellarrays.copied_assoc(sh.assoc)
    rand, dynamic, seconds = sh.rand, sh.dynamic, sh.seconds
    sh.rand = shellrandom.subshell_generator(sh) if sh.name == "bash" else None  # its own RANDOM draws
    from .shelltrap import subshell_shown  # shelltrap.py imports this module

    traps, shown = sh.traps, sh.trap_shown
    sh.trap_shown = subshell_shown(sh)
    sh.traps = {n: a for n, a in traps.items() if a == "" and n}  # reset, but the ignored (POSIX 2.12)
    sh.subshells += counted
    try:
        status = run()
    except ExitShell as exc:
        status = int(exc.args[0])
    except ParameterError as exc:
        io.err(exc.said(sh.dialect(), exc.where or sh.who()))
        status = exc.subshell_status(sh.dialect())
    except BuiltinAbort as exc:  # bash's DISCARD in a subshell ends it (eval.c reader_loop: EOF_Reached)
        io.err(str(exc))
        status = exc.status
    except LoopControl:
        status = 0
    except FunctionReturn as ret:  # `( return 3 )` in a function ends the subshell, not the function
        status = ret.status
    finally:
        sh.env, sh.cwd, sh.positional, sh.functions = env, cwd, params, functions
        sh.exported, sh.readonly = attributes
        sh.options, sh.arrays, sh.assoc = options, arrays, tables
        sh.rand, sh.dynamic, sh.seconds = rand, dynamic, seconds
        sh.traps, inner = traps, sh.traps
        sh.trap_shown = shown
        sh.subshells -= counted
    if inner.get(0):  # the subshell's own EXIT trap, as it exits
        status = _exit_trap(sh, inner, status, io)
    sh.status = status
    return status


def _exit_trap(sh: Shell, traps: dict[int, str], status: int, io: IO) -> int:
    from .shelltrap import on_exit  # shelltrap.py imports this module

    outer, sh.traps = sh.traps, traps
    try:
        return on_exit(sh, status, io)
    finally:
        sh.traps = outer


def _loop_control(sh: Shell, argv: list[str], io: IO) -> int:
    """break [N] / continue [N] (bash builtins/break.def; dash src/eval.c breakcmd; ash.c breakcmd)."""
    name = argv[0]
    arg = argv[1] if len(argv) > 1 else "1"
    n = int(arg) if re.fullmatch(r"[+-]?\d+", arg) else 0
    bash = sh.name == "bash"
    if bash and sh.loops == 0:
        io.err(f"{sh.who(name)}only meaningful in a `for', `while', or `until' loop")
        return 0
    if n <= 0:
        if bash:
            numeric = re.fullmatch(r"[+-]?\d+", arg)
            io.err(f"{sh.who(name)}{arg}: {'loop count out of range' if numeric else 'numeric argument required'}")
            if sh.loops:  # and every loop ends (break.def: breaking = loop_level)
                raise LoopControl("break", sh.loops, 1)
            return 1
        raise BuiltinAbort(f"{sh.who(name)}Illegal number: {arg}")
    if sh.loops == 0:
        return 0  # dash and ash say nothing outside a loop
    raise LoopControl(name, min(n, sh.loops))


LOOP_BUILTINS = {"break": _loop_control, "continue": _loop_control}
