"""The shells: bash on the learner's host, dash or BusyBox sh inside containers.

One executor runs parsed command lines over a View; each tool is a function registered in a
table with the flavours it exists in. Messages follow GNU coreutils or BusyBox, as the image has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from . import (
    budget,
    devfs,
    hostroot,
    shellarrays,
    shellassign,
    shellflags,
    shellopts,
    shellparams,
    shellprefix,
    shellprocsub,
    shellrandom,
    shellstart,
    shelltime,
    shelltrace,
    shelltrap,
)
from . import escapes as escapes_kind
from .fs import (
    BLOCK,
    CHAR,
    DEV_NULL,
    DIR,
    ERRNO_TEXT,
    FILE,
    HOST_USERS,
    LINK,
    FsError,
    Node,
    join,
    mode_bits,
    normpath,
    parent_of,
)
from .shellarith import ArithError, evaluate
from .shellarith import message as arith_message
from .shellassign import Saved
from .shellassoc import Assoc
from .shellbraces import brace_expand
from .shellbuiltins import (
    ATTRIBUTE_BUILTINS,
    SHELL_BUILTINS,
    JobNeverEnds,
    aliased,
    assign,
    background_list,
    bare_assignments,
    builtin_names,
    in_job,
    note_program,
    prefixed,
    run_aliased,
    run_background,
)
from .shellcompound import LOOP_BUILTINS, LOOP_COMMAND_STEPS, BuiltinAbort, run_compound, subshell
from .shellcond import CondSyntaxError
from .shellfunc import FUNCTION_BUILTINS, call_function, finds_function, positional_env
from .shellgrammar import Command, FunctionDef, GrammarError, Step, each_redirect, parse, script_commands
from .shellparams import ParameterError, Pattern, compile_pattern
from .shellparse import (
    ANSI_C,
    DIALECT,
    GLOB,
    RELEASE,
    Arithmetic,
    Assignment,
    Backquoted,
    Dynamic,
    Process,
    Redirect,
    Said,
    ShellSyntaxError,
    SimpleCommand,
    _Lexer,
    expand,
    expand_heredoc,
    expand_one,
    mark_globs,
)
from .shellread import Stdin, opened_file, read_builtin
from .shellread import opened as open_input
from .timeline import Suspended
from .toolkit import (
    BUSYBOX,
    GNU,
    IO,
    NOTHING,
    OUT,
    SIGPIPE_STATUS,
    Lines,
    PipeClosed,
    PipeLines,
    Tool,
    ToolExit,
    ToolSpec,
    _missing,
    _options,
    emit_text,
    split_text,
)
from .tools import HOST_PROGRAMS, not_simulated
from .tools import TABLE as PROGRAMS  # the programs of app/engine/tools and the host's curl, sudo, npm
from .tools.common import read_input, stdout_write_error
from .tools.early import Maker
from .tools.early import maker as early_maker
from .tools.testprintf import printf
from .views import inode_number
from .weighed import Weighed
from .world import EPOCH, World

if TYPE_CHECKING:
    from .timeline import Timeline
    from .views import View

Target = tuple[Lines | None, int]  # where a descriptor writes: a capture, or else the terminal's stream (fd)


TOOLS: dict[str, ToolSpec] = {}


def tool(name: str, where: str = "host gnu busybox") -> Callable[[Tool], Tool]:
    def register(fn: Tool) -> Tool:
        TOOLS[name] = ToolSpec(fn, frozenset(where.split()))
        return fn
    return register


class ExitShell(Exception):
    pass


class ErrExit(ExitShell):
    """`set -e` ending the shell at a command that failed (Shell.run_steps)."""


class _RunTimeSyntaxError(Exception):
    """dash's syntax error found as a command runs (`>& word` whose word is no descriptor): the
    rest of the line does not run (src/error.c sh_error unwinds to the main loop)."""


class _RedirectError(Exception):
    """A redirection the shell cannot make, found as it expands it: said, and the command does not
    run (status 1)."""


class _ChildExpansionError(Exception):
    """An expansion refused in a redirection bash makes in the child it forks for a program: that
    command fails as the child exits (status as ParameterError.status), the line goes on."""

    def __init__(self, error: ParameterError) -> None:
        super().__init__(error)
        self.error = error


class _SpecialBuiltinError(Exception):
    """An error of a special builtin (export) in dash or BusyBox ash: said as it is, and the rest
    of the line does not run, status 2 (POSIX 2.8.1; dash src/error.c, ash.c ash_msg_and_raise)."""


# Variables every command's words are given a copy of for free; past them, a step for every
# VARIABLES_A_STEP of them: `eval "$(printf 'a%d=1;' {1..30000})"` copied them all for each
# assignment and took 12.9 s, uncharged (the 1 MiB the shell keeps is counted only between lines).
FREE_VARIABLES = 256
VARIABLES_A_STEP = 16


_PLAIN_NAME = re.compile(r"[A-Za-z0-9_./:+-]+")  # a command word with nothing to expand or unquote
_ALSO_BUILTINS = frozenset({"printf", "getopts", "builtin"})  # (printf -v sets a variable)


@dataclass
class Shell:
    """One shell: its view of files, its user, its flavour and its environment."""

    world: World
    view: View
    flavor: str  # GNU or BUSYBOX (tool messages)
    where: str  # "host", "gnu" or "busybox"
    cwd: str
    env: dict[str, str] = field(default_factory=dict)
    name: str = "bash"  # the shell's name in its own messages: bash, sh (dash) or sh (busybox)
    status: int = 0
    utf8: bool = False  # the host terminal runs a UTF-8 locale (GNU quotes names as ‘x’)
    extra: dict[str, Tool] = field(default_factory=dict)  # docker, curl, node: supplied by callers
    elapsed: int = 0  # simulated seconds spent (sleep)
    lineno: int = 1  # the input line dash names in its messages (an interactive one counts the lines typed)
    loops: int = 0  # the loops running now, for break and continue
    line_base: int = 1  # lineno of the first line of the text running now (its steps count on from it)
    positional: list[str] = field(default_factory=list)  # $1 ...: what `for NAME; do` walks
    timeline: Timeline | None = None  # a container's main process: its simulated seconds (timeline.py)
    arg0: str = ""  # $0: the script's name, sh -c's first argument after the text; else the shell's name
    functions: dict[str, FunctionDef] = field(default_factory=dict)
    frames: list[dict[str, Saved]] = field(default_factory=list)  # functions running: their locals' old values
    options: set[str] = field(default_factory=set)  # `set -o` options on: pipefail (shellfunc._set)
    mode: str = ""  # how it reads its commands: "" a terminal (interactive), "-c" a string, "file" a script
    reads: str = ""  # "terminal" (interactive) or "input" (commands on its standard input): $-'s i and s
    pid: int = 0  # $$: its process's ID (a container's main process is 1)
    ppid: int = 0  # $PPID: its parent's (0 for a container's process the runtime started)
    subshells: int = 0  # the ( ) and $( ) it runs inside now: bash's $BASH_SUBSHELL
    arrays: dict[str, dict[int, str]] = field(default_factory=dict)  # bash's arrays (shellarrays.py)
    assoc: dict[str, Assoc] = field(default_factory=dict)  # and its associative ones (shellassoc.py)
    # bash's RANDOM and SECONDS (shellrandom.py): the names still dynamic, the generator (seed, last
    # value drawn), SECONDS's (value assigned, when), the simulated second the shell started
    dynamic: frozenset[str] = shellrandom.NAMES
    rand: tuple[int, int] | None = None
    seconds: tuple[int, int] | None = None
    started: int = -1
    declaring: list[str] | None = None  # a declaration builtin's words to trace once it has made its arrays
    spawns: int = 1  # the PID of a shell it starts: 0 for its own + 1; else it stands for the runtime, which
    # starts the container's process with that PID (1 for the main one, procps.EXEC_PID for docker exec's)
    # dash 0.5.10's and ash's commandname as procargs sets it: the script, or the name after sh -c's text
    commandname: str = ""
    system: str = field(default="", repr=False)  # the image's Debian release, read once (debian_buster)
    evaluating: int = 0  # eval texts running now: a syntax error in one ends no bash script
    sourcing: int = 0  # files source and . run now: return ends the innermost (shellbuiltins._source)
    substituted: int | None = None  # the status of the last $( ) of the command being expanded, if any
    # the variables it set for itself (shellstart.own_variables), made when its words first need them
    _own_variables: dict[str, str] | None = field(default=None, init=False, repr=False)
    # aliases, the lines typed, the pushd stack (top last), the umask, bash's hashed programs
    # (name: [path, hits]): shellbuiltins.py; the terminal keeps them (World.shell_kept)
    aliases: dict[str, str] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    history_base: int = 0
    dirstack: list[str] = field(default_factory=list)
    umask: int = 0o022
    hashed: dict[str, list[str | int]] = field(default_factory=dict)
    piped: int = 0  # commands running in a pipeline's or a $( )'s child: what they hash stays there
    parsing_aliases: dict[str, str] | None = None  # the aliases as the line running now was read
    alias_busy: set[str] = field(default_factory=set)  # aliases being expanded (not again inside)
    jobs: list[tuple[int, int, str, int, int, int, str]] = field(default_factory=list)  # `&` (shellbuiltins.py)
    jobs_new: set[int] = field(default_factory=set)  # the jobs this line started
    last_background: int = 0  # $!: the last job's PID
    # the variables handed to the programs it runs (bash variables.c att_exported, dash and ash
    # VEXPORT): what it was started with, `export`, `declare -x`; a name may be exported unset
    exported: set[str] = field(default_factory=set)
    readonly: set[str] = field(default_factory=set)  # `readonly`, `declare -r` (att_readonly, VREADONLY)
    traps: dict[int, str] = field(default_factory=dict)  # signal (0 EXIT): its action, "" ignored (shelltrap.py)
    # a subshell's parent's traps, as its trap lists them until it sets one (shelltrap.subshell_shown)
    trap_shown: dict[int, str] | None = None
    err_quiet: int = 0  # running a test, or a command before && or ||: its failure runs no ERR trap
    trace_depth: int = 0  # bash's $( ) running now, each a level of set -x's PS4 (shelltrace.py)
    trapping: set[int] = field(default_factory=set)  # the ERR or RETURN trap running now: not again inside it
    unredirected: object = None  # the compound command whose redirection failed last (shellcompound.run_compound)
    # bash's process substitutions held open now, and the >( ) commands waiting for their input (shellprocsub.py)
    pipes: list[devfs.Pipe] = field(default_factory=list)
    pipe_commands: dict[int, Process] = field(default_factory=dict)
    pipe_part: bool = False  # the simple command about to run is a part of a pipeline, in a child of its own

    def __post_init__(self) -> None:
        self.exported |= set(self.env)  # a process's environment comes to it exported
        if self.started < 0:
            self.started = self.world.clock + self.elapsed

    # -- running lines ------------------------------------------------------------------------

    def run_line(self, line: str, io: IO, reading: bool = False) -> int:
        """Read a line and run it. reading: the line is a command of the shell's own text (its -c
        text, its script, its input), read as the text runs (run_text): a syntax error in it ends
        the shell, as bash's reader_loop and parse_and_execute and dash's and ash's main loops do."""
        token = ANSI_C.set(self.name == "bash" or self.flavor == BUSYBOX)
        dialect = DIALECT.set(self.dialect())
        release = RELEASE.set(self.bash_release())
        held = len(self.pipes)
        try:
            with budget.current().nested():
                return self._run_line(line, io, reading)
        finally:
            if len(self.pipes) > held:  # left open by a command the line did not finish
                shellprocsub.close(self, held, run=False)
            RELEASE.reset(release)
            DIALECT.reset(dialect)
            ANSI_C.reset(token)

    def dialect(self) -> str:
        """The shell as its ${...} operators and messages tell it: bash, dash or ash (BusyBox)."""
        return "bash" if self.name == "bash" else "ash" if self.flavor == BUSYBOX else "dash"

    def debian_buster(self) -> bool:
        """Whether the shell runs in node:14's Debian 10 (bash 5.0, dash 0.5.10.2) rather than on
        the host or in ubuntu:24.04 (bash 5.2, dash 0.5.12): its /etc/debian_version says."""
        if not self.system:
            found = self.view.get("/etc/debian_version") if self.where == GNU else None
            self.system = (found.data.strip() if found is not None and found.kind == FILE else "") or "-"
        return self.system.startswith("10.")

    def bash_release(self) -> str:
        """bash's release: 5.0 in node:14 (Debian buster), 5.2 at the terminal and in ubuntu."""
        return "5.0" if self.debian_buster() else "5.2"

    def who(self, builtin: str = "", line: bool = True, at: int = 0) -> str:
        """How this shell's error messages begin (shellprefix.py); builtin: the builtin saying it;
        at: the line when not the command's (the parser's)."""
        return shellprefix.prefix(self, builtin, line, at)

    def _run_line(self, line: str, io: IO, reading: bool = False) -> int:
        try:
            steps = parse(line, budget.current().depth, both=self.name == "bash" or self.flavor == BUSYBOX,
                          bash=self.name == "bash")
        except ShellSyntaxError as exc:
            return self._misread(exc, line, io, reading)
        if self.name == "bash":  # bash warns as it reads the line, before running any of it (make_cmd.c)
            self._heredoc_warnings(steps, line, io)
        base, self.line_base = self.line_base, self.lineno
        read_with, self.parsing_aliases = self.parsing_aliases, dict(self.aliases)  # bash reads a line, then runs it
        try:
            return self.run_steps(steps, io)
        except (_RunTimeSyntaxError, _SpecialBuiltinError, BuiltinAbort) as exc:
            if isinstance(exc, BuiltinAbort) and exc.interactive and not self.mode and budget.current().depth == 1:
                io.err(exc.interactive)  # the terminal's own line, not a $( )'s subshell
            io.err(self._syntax_message(str(exc))[0] if isinstance(exc, _RunTimeSyntaxError) else str(exc))
            self.status = exc.status if isinstance(exc, BuiltinAbort) else 2
            self._error_ends_shell()
            return self.status
        except ArithError as exc:
            # bash drops the rest of the line, status 1 (expr.c evalerror: jump_to_top_level DISCARD);
            # dash and ash end the rest of the script, status 2 (sh_error)
            io.err(arith_message(exc, "bash" if self.name == "bash" else "ash" if self.flavor == BUSYBOX else "sh",
                                 exc.where or self.who()))
            self.status = 1 if self.name == "bash" else 2
            self._error_ends_shell()
            return self.status
        except ParameterError as exc:
            # the rest of the line does not run; a script ends (bash: only on ${P?w}) (shellparams.py)
            io.err(exc.said(self.dialect(), exc.where or self.who()))
            self.status = exc.status(self.dialect(), self.mode)
            if (self.mode == "file" or reading) and exc.ends_script(self.dialect()):
                raise ExitShell(self.status) from None
            return self.status
        finally:
            self.lineno, self.line_base = self.line_base, base
            self.parsing_aliases = read_with

    def _misread(self, exc: ShellSyntaxError, line: str, io: IO, reading: bool) -> int:
        """A syntax error in the line read: said, status 2. The shell's own text (reading) or a
        script ends at it (bash reader_loop: EOF_Reached; dash and ash exit), but not at one in
        bash's eval, which answers 2 (builtins/evalstring.c parse_and_execute). bash's reader takes
        a bad [[ ]] in its own text for the end of it (parse.y read_token: parse_cond_command fails
        and yylex returns -1, EOF): the shell ends with the status it had. dash and ash not reading
        a terminal end at any, an eval's, a trap's or a sourced file's too (their sh_error)."""
        for said in self._syntax_message(str(exc), exc, line):
            io.err(said)
        bash = self.name == "bash"
        if reading and bash and isinstance(exc, CondSyntaxError):
            raise ExitShell(self.status) from None
        self.status = 2
        if reading or (self.mode and not bash) or (self.mode == "file" and not self.evaluating):
            raise ExitShell(2) from None
        return 2

    def _error_ends_shell(self) -> None:
        """dash and ash end a shell that reads no terminal at an error their sh_error raises (a
        special builtin's, an arithmetic one): main.c's and ash.c's main loops go to exitshell
        for an exception when the shell is not interactive. The next line of a script is not read,
        and the text or the sourced file, or the eval, around the error ends with the shell."""
        if self.mode and self.name != "bash":
            raise ExitShell(self.status)

    def _heredoc_warnings(self, steps: list[Step], text: str, io: IO) -> None:
        """bash's internal_warning for each here-document the text ends inside: reading a script or
        a -c text it names the line the text ended on (error_prolog) and the line the document
        began on, counted as the shell counts its lines (shellprefix.bash_line)."""
        for r in each_redirect(steps):
            if not r.wanted:
                continue
            began, at = r.wanted, 0
            if self.mode and not self.evaluating:
                began = shellprefix.bash_line(self, self.lineno + r.wanted - 1)
                at = self.lineno + text.count("\n")
            io.err(f"{shellprefix.prefix(self, at=at)}warning: here-document at line {began} "
                   f"delimited by end-of-file (wanted `{r.target}')")

    def run_steps(self, steps: list[Step], io: IO) -> int:
        """Run a list's pipelines in turn, && and || by the status before them."""
        status = self.status
        ahead = 0
        for at, step in enumerate(steps):
            if ahead:  # run already, in the background job before it
                ahead -= 1
                continue
            self.lineno = self.line_base + step.line - 1
            if self.loops or self.frames:  # a loop's or a function's pipelines cost more (shellcompound.py)
                budget.current().step(LOOP_COMMAND_STEPS)
            if step.background:  # `list &`: a job (shellbuiltins.py)
                job = background_list(steps, at)
                ahead = len(job) - 1
                status = self.status = run_background(self, job, io)
                continue
            if step.op == "&&" and status != 0:
                continue
            if step.op == "||" and status == 0:
                continue
            # a command before && or || is tested, as are the commands inside it (execute_cmd.c
            # execute_connection: CMD_IGNORE_RETURN): its failure runs no ERR trap; so is all of
            # a ! pipeline in ash (ash.c evaltree NNOT: EV_TESTED), only the pipeline in bash
            tested = (at + 1 < len(steps) and steps[at + 1].op in ("&&", "||")) or (
                step.negate and self.name != "bash")
            if tested:
                self.err_quiet += 1
                try:
                    status = self._step_pipeline(step, io)
                finally:
                    self.err_quiet -= 1
            else:
                status = self._step_pipeline(step, io)
            if step.negate:
                status = 0 if status else 1
            self.status = status
            if status and not step.negate and not tested:
                shelltrap.after_failure(self, step.pipeline, status, io)
                if "errexit" in self.options and shelltrap.failed_itself(self, step.pipeline):
                    raise ErrExit(status)  # set -e (bash execute_cmd.c exit_immediately_on_error)
        return status

    def _step_pipeline(self, step: Step, io: IO) -> int:
        """A step's pipeline; with bash's `time` before it, its times written after it."""
        if not step.timed:
            return self._pipeline(step.pipeline, io)
        return shelltime.timed(self, step.timed, lambda: self._pipeline(step.pipeline, io) if step.pipeline else 0, io)

    def _syntax_message(self, text: str, exc: ShellSyntaxError | None = None, source: str = "") -> list[str]:
        """The lines a syntax error is said in, on the line the parser reached (in source, the text
        read). bash reading a script or -c text also shows the line read when it names a token
        (parse.y report_syntax_error: print_offending_line)."""
        at = self.lineno + (exc.line - 1 if isinstance(exc, GrammarError) else 0)
        if not text:  # bash's [[ ]] with nothing in it, or ending after && or ||: no words (parse.y cond_term)
            return []
        if self.name == "bash":
            # a for loop's name is checked as the loop runs (general.c check_identifier: internal_error)
            special = isinstance(exc, GrammarError) and exc.special == "badfor"
            where = self.who(at=at) if special else shellprefix.parser_prefix(self, at)
            lines = source.split("\n")
            if self.mode and text.startswith("syntax error near") and at - self.lineno < len(lines):
                return [where + text, f"{where}`{lines[at - self.lineno]}'"]
            return [where + text]
        if isinstance(exc, GrammarError):
            if self.flavor == BUSYBOX:
                return [f"{self.who(at=at)}syntax error: {exc.posix(True)}"]
            return [f"{self.who(at=at)}Syntax error: {exc.posix(False)}"]
        unterminated = _unterminated(text, self.flavor == BUSYBOX)
        if unterminated:  # found at the end of the text: dash and ash name the line it ended on
            return [f"{self.who(at=self.lineno + source.count(chr(10)))}{unterminated}"]
        if self.flavor == BUSYBOX:
            return [f"{self.who()}{text.replace('`', '').replace(chr(39), '')}"]
        return [f"{self.who()}Syntax error: {text}"]

    def substitute(self, inner: str, io: IO) -> str:
        if isinstance(inner, Arithmetic):
            env = self.expansion_env()
            text = expand_heredoc(inner, env, lambda more: self.substitute(more, io))
            return str(evaluate(text, shellassign.arith_env(self, text) if self.name == "bash" else self.env,
                                self.dialect()))
        if isinstance(inner, Dynamic):  # $RANDOM, $SECONDS (shellrandom.py)
            return shellrandom.read(self, inner)
        if isinstance(inner, Said):  # a warning as a word expands (bash's bad array subscript)
            io.err(f"{self.who()}{inner}")
            return ""
        if isinstance(inner, Assignment):  # ${NAME=word}; ${NAME[SUB]=word} the element
            if inner.key is None:
                self.env[inner.name] = str(inner)
            else:
                shellassign.set_key(self, inner.name, inner.key, str(inner))
            return ""
        if isinstance(inner, Backquoted) and self.name == "bash" and self._backquote_refused(inner, io):
            self.substituted = 2
            return ""
        if isinstance(inner, Process) and inner.io is None:  # <( ) and >( ): /dev/fd/63 (shellprocsub.py)
            return shellprocsub.opened(self, inner, io)
        captured = Lines()  # (a process substitution's command runs here too, with its own streams)
        child = inner.io if isinstance(inner, Process) and inner.io is not None else io.child(capture_out=captured)
        saved, loops = self.status, self.loops
        self.loops = 0  # $( ) runs in a subshell: a break there ends no loop of this shell
        # and what it sets or changes stays there: variables, the directory, the functions
        kept = dict(self.env), self.cwd, self.positional, dict(self.functions)
        attributes = set(self.exported), set(self.readonly)
        options, arrays = set(self.options), shellarrays.copied(self.arrays)
        tables = shellarrays.copied_assoc(self.assoc)
        rand, self.rand = self.rand, shellrandom.subshell_generator(self)  # its own RANDOM draws
        if self.name == "bash":  # bash's $( ) runs without -e (subst.c command_substitute: inherit_errexit off)
            self.options.discard("errexit")
            self.trace_depth += 1
        shown, self.trap_shown = self.trap_shown, shelltrap.subshell_shown(self, inner)
        traps, self.traps = self.traps, shelltrap.subshell_traps(self.traps)
        self.piped += 1
        self.subshells += 1
        try:
            status = self.run_line(inner, child)
        except ExitShell as done:
            # exit (or a script's ${P?w}) ends the subshell of the $( ), not this shell
            status = int(done.args[0]) if done.args else self.status
        finally:
            self.status, self.loops = saved, loops
            self.env, self.cwd, self.positional, self.functions = kept
            self.exported, self.readonly = attributes
            self.options, self.arrays, self.assoc = options, arrays, tables
            self.rand = rand
            self.trace_depth -= self.name == "bash"
            self.traps, self.trap_shown = traps, shown
            self.piped -= 1
            self.subshells -= 1
        if isinstance(inner, Process):
            return ""
        self.substituted = status
        return "\n".join(captured)  # $( ) drops the trailing newlines: an open last line is the same

    def _backquote_refused(self, command: str, io: IO) -> bool:
        """bash reads a `...`'s command only as it runs it (subst.c command_substitute, whose
        parse_and_execute names its input "command substitution"): a syntax error there is said
        on the line its parser has counted to, and the substitution gives nothing, status 2."""
        try:
            parse(command, budget.current().depth + 1, both=True, bash=True)
        except ShellSyntaxError as exc:
            grammar = exc if isinstance(exc, GrammarError) else None
            at = self.lineno + command.count("\n")
            if grammar is not None:  # the end of the text is a line further on
                at += grammar.line - 1 + (grammar.found is None)
            where = f"{(self.arg0 or self.name) if self.mode else 'bash'}: command substitution: " \
                    f"line {shellprefix.bash_line(self, at)}: "
            io.err(where + str(exc))
            if self.mode and grammar is not None and grammar.found is not None:
                io.err(f"{where}`{command.split(chr(10))[grammar.line - 1]}'")
            return True
        return False

    def expansion_env(self) -> dict[str, str]:
        """The variables, $PWD, $? and the positional parameters, as words read them."""
        last = {"!": str(self.last_background)} if self.last_background else {}
        if "nounset" in self.options:
            last[shellparams.NOUNSET] = "1"
        if self._own_variables is None:
            self._own_variables = shellstart.own_variables(self)
        shellarrays.ARRAYS.set(self.arrays)  # what ${NAME[...]} reads (the shell expanding words now)
        shellarrays.ASSOCS.set(self.assoc)
        if self.name == "bash":  # (variables.c: dynamic variables, made as they are read)
            last["BASH_SUBSHELL"] = str(self.subshells)
            last.update(shellrandom.marks(self.dynamic))  # RANDOM and SECONDS, read as the words need them
            statuses = self.arrays.get("PIPESTATUS")
            if statuses is not None and 0 in statuses:  # $PIPESTATUS: its element 0, as any array's
                last["PIPESTATUS"] = statuses[0]
        if (self.name == "bash" or self.flavor == BUSYBOX) and "LINENO" not in self.env:  # dash has no LINENO
            # at a terminal, the lines read so far (the command's number in its history)
            last["LINENO"] = str(self.history_base + len(self.history) if self.reads == "terminal" and self.history
                                 else self.lineno)
        if len(self.env) > FREE_VARIABLES:  # (the copy below, made for every command)
            budget.current().step(len(self.env) // VARIABLES_A_STEP)
        return {**self._own_variables, **self.env, "PWD": self.cwd, "?": str(self.status), "$": str(self.pid),
                "-": shellflags.dollar_dash(self), **positional_env(self), **last}

    def _expansion(self, io: IO) -> tuple[dict[str, str], Callable[[str], str]]:
        """The variables words see now, and what runs their $( ) and $(( )): an assignment in a
        $(( )) is seen by the words after it (`$((x=2)) $x`)."""
        env = self.expansion_env()

        def sub(inner: str) -> str:
            out = self.substitute(inner, io)
            if isinstance(inner, Arithmetic):
                env.update(self.env)
            return out
        return env, sub

    def _command(self, cmd: Command, io: IO, alone: bool) -> int:
        """One command of a pipeline; a compound one that is not alone in it runs in a subshell.
        The process substitutions it opened are closed as it ends (bash's execute_command:
        close_new_fifos)."""
        held = len(self.pipes)
        if isinstance(cmd, SimpleCommand):
            found = aliased(self, cmd)  # an alias in command position (shellbuiltins.py)
            status = run_aliased(self, found, io) if isinstance(found, tuple) else self._simple(found, io)
        elif isinstance(cmd, FunctionDef):
            self.functions[cmd.name] = replace(cmd, base=self.line_base)
            status = 0
        elif alone or cmd.kind == "subshell":  # ( ) is a subshell already: bash counts it once ($BASH_SUBSHELL)
            status = run_compound(self, cmd, io)
        else:
            status = subshell(self, lambda: run_compound(self, cmd, io), io)
        if len(self.pipes) > held:
            shellprocsub.close(self, held)
        return status

    def _stage(self, cmd: Command, io: IO, alone: bool, last: bool = False) -> int:
        """A command of a pipeline. One of several runs in a child: what it sets (variables, the
        directory, arrays: `... | read v`, `... | mapfile a`) stays there, save the last one's in
        a bash that is not interactive with shopt lastpipe (execute_cmd.c execute_pipeline: only
        without job control); dash and ash run each part in a child. An expansion a child refuses
        ends that child, which exits as the shell would (bash: its reader_loop or run_one_command
        catches the jump; dash and ash exit 2), and the rest of the line goes on."""
        if alone:
            return self._command(cmd, io, True)
        self.piped += 1
        try:
            if last and self.reads != "terminal" and self.name == "bash" and shellopts.is_on(self, "lastpipe"):
                return self._child(cmd, io, True)
            if isinstance(cmd, FunctionDef) or (isinstance(cmd, SimpleCommand) and self._may_change_shell(cmd)):
                self.pipe_part = isinstance(cmd, SimpleCommand) and self.name == "bash"
                return subshell(self, lambda: self._child(cmd, io, False), io, counted=False)
            return self._child(cmd, io, False)
        finally:
            self.piped -= 1
            self.pipe_part = False

    def _may_change_shell(self, cmd: SimpleCommand) -> bool:
        """Whether a simple command could change this shell were it run here: an assignment, a
        builtin, a function, an alias, or a name not known until expanded. A program cannot (it
        gets a copy of the exported variables), so it runs without a copy of the shell made."""
        if cmd.assignments or not cmd.argv:
            return True
        word = cmd.argv[0]
        return (not _PLAIN_NAME.fullmatch(word) or word in BUILTINS or word in SHELL_BUILTINS or word in _ALSO_BUILTINS
                or word in self.functions or word in self.aliases)

    def _child(self, cmd: Command, io: IO, alone: bool) -> int:
        try:
            return self._command(cmd, io, alone)
        except ParameterError as exc:
            io.err(exc.said(self.dialect(), exc.where or self.who()))
            return exc.status(self.dialect(), self.mode)

    def expand_words(self, raws: list[str], io: IO) -> list[str]:
        """Words expanded and split as a command's arguments are (a for loop's list)."""
        env, sub = self._expansion(io)
        return [f for raw in self._braces(raws) for f in expand(raw, env, sub, self._glob, self._nullglob())]

    def _braces(self, raws: list[str]) -> list[str]:
        """Brace expansion, bash's first (dash and BusyBox ash have none)."""
        return [w for raw in raws for w in brace_expand(raw)] if self.name == "bash" else raws

    def expand_word(self, raw: str, io: IO) -> str:
        """One word expanded without splitting or globbing (a case word)."""
        env, sub = self._expansion(io)
        return expand_one(raw, env, sub)

    def pattern(self, raw: str, io: IO) -> Pattern:
        """A case pattern: expanded, its unquoted * ? [ live, matching across slashes."""
        lexer = _Lexer(raw, *self._expansion(io))
        lexer.globbing = True  # an unquoted expansion's * ? [ are live too (`c='*'; case x in $c)`)
        return _glob_pattern("".join(mark_globs(t) if live else t for t, live in lexer.pieces()))

    def redirected(self, redirects: list[Redirect], io: IO, run: Callable[[IO], int]) -> int:
        """Run with redirections made around it (a compound command's `> f`, `2>&1`, `< f`)."""
        env, sub = self._expansion(io)
        try:
            made = [x for r in redirects for x in self._expand_redirect(r, env, sub)]
        except _RedirectError as exc:
            io.err(str(exc))
            return 1
        stdin = io.stdin
        for r in (r for r in made if r.fd == 0):
            stdin = self._opened(r, io)
            if stdin is None:
                return self.redirect_failed_status()
        opened = self._descriptors(SimpleCommand([], made), io)
        if opened is None:
            return self.redirect_failed_status()
        (out, out_fd), (err, err_fd), files = opened
        try:
            return run(IO(io.sink, out, err, stdin, out_fd, err_fd))
        finally:
            for r, lines in files:
                if r.target != "&-":
                    self._write_redirect(r.target, lines, True, io)

    def _pipeline(self, cmds: list[Command], io: IO) -> int:
        stdin: str | None = io.stdin
        status = failed = 0
        later: list[Callable[[], None]] = []
        makers = self._pipe_makers(cmds)
        statuses: dict[int, str] = {}
        for i, cmd in enumerate(cmds):
            last = i == len(cmds) - 1
            if last:
                status = self._stage(cmd, io.child(stdin=stdin) if stdin is not None else io, len(cmds) == 1, True)
                statuses[i] = str(status)
            else:
                make = makers[i]
                reads = make() if make is not None else None
                buf = Lines() if reads is None else PipeLines(reads)
                try:
                    status = self._stage(cmd, io.child(capture_out=buf, stdin=stdin), False)
                except PipeClosed:  # the reader has what it reads: the writer ends on SIGPIPE
                    status = SIGPIPE_STATUS
                failed, statuses[i] = status or failed, str(status)
                stdin = open_input(buf.text())
                later += buf.later if isinstance(buf, PipeLines) else []
        for say in later:  # what a writer said once its reader had gone comes after the reader's lines
            say()
        if self.name == "bash":  # each command's status (variables.c: an array, not mirrored in $PIPESTATUS here)
            self.arrays["PIPESTATUS"] = statuses
        # pipefail: the last command that failed gives the status (bash execute_cmd.c, ash.c)
        return status or failed if "pipefail" in self.options else status

    def _pipe_makers(self, cmds: list[Command]) -> list[Maker | None]:
        """For each pipe of the pipeline, what makes the pipe's reading when its reader exits
        before its input ends (tools/early.py: head, sed q, grep -m, a program that reads nothing,
        one not found or not simulated, input redirected from elsewhere, a filter whose own output
        pipe closes early); None for a reader that takes all it is given. Right to left."""
        makers: list[Maker | None] = []
        after: Maker | None = None
        for reader in reversed(cmds[1:]):
            after = self._reader_maker(reader, after)
            makers.append(after)
        return makers[::-1]

    def _reader_maker(self, reader: Command, after: Maker | None) -> Maker | None:
        if not isinstance(reader, SimpleCommand) or not reader.argv:
            return None
        words = _typed_words(reader.argv, self.expansion_env())
        if words is None or not words or finds_function(self, words[0]) is not None:
            return None
        fn = self.resolve(words[0])
        if fn is None or fn is not_simulated or any(r.fd == 0 for r in reader.redirects):
            return lambda: NOTHING
        return early_maker(self, words, fn, after)

    def _expand(self, cmd: SimpleCommand, io: IO) -> SimpleCommand:
        """Expand the raw words now, with the shell's state at this point of the line."""
        env, sub = self._expansion(io)
        # a declaration builtin's NAME=(...) stays as typed, expanded as the array is made (shellassign.py)
        argv = [f for typed in cmd.argv for raw in ([typed] if shellarrays.LITERAL in typed else self._braces([typed]))
                for f in ([raw] if shellarrays.LITERAL in raw else expand(raw, env, sub, self._glob, self._nullglob()))]
        assignments = [(name, self._assigned(value, env, sub)) for name, value in cmd.assignments]
        try:
            redirects = [x for r in cmd.redirects for x in self._expand_redirect(r, env, sub)]
        except ParameterError as exc:
            # bash makes a program's redirections in the child it forks for it (execute_cmd.c
            # execute_disk_command): a refused expansion there (`cat <<EOF` with ${x?}) ends only
            # that child; a builtin's or a function's ends the line
            if self.name == "bash" and argv and argv[0] not in BUILTINS and finds_function(self, argv[0]) is None:
                raise _ChildExpansionError(exc) from None
            raise
        return SimpleCommand(argv, redirects, assignments)

    def _assigned(self, value: str, env: dict[str, str], sub: Callable[[str], str]) -> str:
        """An assignment's value expanded; NAME=(WORD ...)'s words stay as typed, expanded as the
        array is made (shellassign.compound: how depends on the array's kind)."""
        return value if shellarrays.literal_words(value) is not None else expand_one(value, env, sub)

    def _nullglob(self) -> bool:
        return self.name == "bash" and shellopts.is_on(self, "nullglob")

    def _glob(self, pattern: str) -> list[str]:
        """The paths a pattern (its live * ? [ marked with GLOB) matches, written as the pattern
        writes them and sorted; a name starting with '.' only for a component that starts with a
        literal '.' (bash "Pathname Expansion"; dash and BusyBox ash alike)."""
        absolute = pattern.startswith("/")
        found = ["/" if absolute else ""]
        bash = self.name == "bash"  # its shopt dotglob: names starting with '.' too; nocaseglob: any case
        dotglob, nocase = bash and shellopts.is_on(self, "dotglob"), bash and shellopts.is_on(self, "nocaseglob")
        comps = pattern.split("/")[1:] if absolute else pattern.split("/")
        for i, comp in enumerate(comps):
            trailing = comp == "" and i == len(comps) - 1
            step: list[str] = []
            for base in found:
                if GLOB not in comp:
                    step.append(base + comp + ("" if trailing or i == len(comps) - 1 else "/"))
                    continue
                where = normpath(base or ".", self.cwd)
                node = _searchable(self, where)
                if node is None or node.kind != DIR:
                    continue
                rx = _glob_pattern(comp.lower() if nocase else comp)
                try:
                    names = sorted(self.view.children(where))
                except FsError:  # a folder it may not read matches nothing (glob(3) skips it)
                    continue
                for name in names:
                    budget.current().step()
                    if name.startswith(".") and not comp.startswith(".") and (not dotglob or name in (".", "..")):
                        continue
                    if rx.matches(name.lower() if nocase else name):
                        step.append(base + name + ("" if i == len(comps) - 1 else "/"))
            found = step
        return sorted(p for p in found if _searchable(self, normpath(p.rstrip("/") or "/", self.cwd)) is not None
                      and (not pattern.endswith("/") or _is_dir(self, p)))

    def _expand_redirect(self, r: Redirect, env: dict[str, str], sub: Callable[[str], str]) -> list[Redirect]:
        if r.here == "doc":  # a quoted delimiter keeps the lines as written
            return [replace(r, body=expand_heredoc(r.body or "", env, sub) if r.expand else r.body)]
        if r.here == "string":  # the word, expanded but not split, and a newline
            return [replace(r, body=expand_one(r.target, env, sub) + "\n")]
        if r.target.startswith("&?"):
            word = expand_one(r.target[2:], env, sub)
            if self.name != "bash" and self.flavor != BUSYBOX:
                # dash src/parser.c fixredir(err=1): one digit or '-', else a syntax error
                if not ((len(word) == 1 and word.isdigit()) or word == "-"):
                    raise _RunTimeSyntaxError("Bad fd number")
                return [replace(r, target="&" + word)]
            if word.isdigit() or word == "-":
                return [replace(r, target="&" + word)]
            if r.fd != 1:
                # bash redir.c: only >&word (descriptor 1) means both streams; N>&word is
                # AMBIGUOUS_REDIRECT, named as written
                if self.name != "bash":
                    # BusyBox ash.c expredir: "redir error", outside redirectsafe, so the script ends
                    raise _SpecialBuiltinError(f"{self.who()}redir error")
                raise _RedirectError(f"{self.who()}{r.target[2:]}: ambiguous redirect")
            return [Redirect(1, r.append, word), Redirect(2, False, "&1")]  # bash: both streams into it
        if r.target.startswith("&"):
            return [r]
        if self.name == "bash":
            # bash redir.c redirection_expand: the word is expanded as an argument is (braces, splitting,
            # pathname expansion) and must make one word; dash and ash neither split nor glob it
            words = [f for raw in brace_expand(r.target) for f in expand(raw, env, sub, self._glob, self._nullglob())]
            if len(words) != 1:
                raise _RedirectError(f"{self.who()}{r.target}: ambiguous redirect")
            return [replace(r, target=words[0])]
        return [replace(r, target=expand_one(r.target, env, sub))]

    def _simple(self, raw: SimpleCommand, io: IO) -> int:
        self.substituted = None
        part, self.pipe_part = self.pipe_part, False
        try:
            cmd = self._expand(raw, io)
        except _RedirectError as exc:
            io.err(str(exc))
            return 1
        except _ChildExpansionError as child:
            io.err(child.error.said(self.dialect(), self.who()))
            return child.error.status(self.dialect(), self.mode)
        refused = self._traced(cmd, io, raw)
        if refused is not None:
            return refused
        if not cmd.argv:
            # no command name: the status of the last $( ) in it, else 0 (POSIX 2.9.1 "Simple
            # Commands"; bash execute_null_command), unless a redirection fails
            substituted, self.substituted = self.substituted, None
            bare_assignments(self, cmd.assignments, io)
            redirected = self._apply_redirects(cmd, io, [], [])
            return redirected if redirected or substituted is None else substituted
        stdin = io.stdin
        for r in (r for r in cmd.redirects if r.fd == 0):  # the last input redirect wins; each is opened
            stdin = self._opened(r, io)
            if stdin is None:
                return self.redirect_failed_status()
        if isinstance(stdin, Stdin) and cmd.argv[0] not in ("read", "mapfile", "readarray"):
            # what `read` took before is gone; the shell's other builtins read no input
            stdin = "" if cmd.argv[0] in BUILTINS else stdin.rest()
        opened = self._descriptors(cmd, io)
        if opened is None:
            return self.redirect_failed_status()
        (out, out_fd), (err, err_fd), files = opened
        # a builtin or a function that is a part of a pipeline runs a level deeper once its words
        # are expanded (execute_cmd.c execute_simple_command: subshell_level++ before
        # execute_subshell_builtin_or_function): `f | cat` sees $BASH_SUBSHELL 1, `echo $BASH_SUBSHELL | cat` 0
        self.subshells += part
        try:
            status = prefixed(self, cmd.assignments, cmd.argv[0], io, lambda: self._declaring(
                cmd.argv, IO(io.sink, out, err, stdin, out_fd, err_fd))) & 0xFF
        finally:
            self.subshells -= part
        for r, lines in files:
            if r.target == "&-" and r.fd == 2:
                continue  # errors written to a closed stderr are lost, and no one can say so
            if not self._write_redirect(r.target, lines, True, io, cmd.argv[0]) and lines is out:
                # GNU close_stdout exits with the program's exit_failure: 2 for ls, sort and
                # printenv (coreutils ls.c LS_FAILURE, sort.c SORT_FAILURE, printenv.c)
                gnu_two = self.flavor != BUSYBOX and cmd.argv[0].rsplit("/", 1)[-1] in ("ls", "sort", "printenv")
                status = 2 if gnu_two and cmd.argv[0] not in BUILTINS else 1
        return status

    def _declaring(self, argv: list[str], io: IO) -> int:
        """Run the command; a declaration builtin given NAME=(...) under set -x is traced once its
        arrays are made and traced (bash expands those words first: subst.c expand_declaration_argument)."""
        if self.declaring is None:
            return self.execute(argv, io, by_shell=True)
        try:
            return self.execute(argv, io, by_shell=True)
        finally:
            shown, self.declaring = self.declaring, None
            shelltrace.simple(self, [], shown, io)

    def _traced(self, cmd: SimpleCommand, io: IO, raw: SimpleCommand) -> int | None:
        """set -x's line for the command about to run (bash shows NAME=(...) as typed); a status for
        one layerlab does not run."""
        if "xtrace" in self.options:
            shown = [typed if shellarrays.literal_words(typed[1]) is not None else made
                     for made, typed in zip(cmd.assignments, raw.assignments, strict=True)]
            if any(shellarrays.LITERAL in word for word in cmd.argv):  # `declare -a NAME=(...)`: after
                # the NAME=(...) it makes, with NAME alone (shellassign.compound)
                self.declaring = [word.partition("=")[0].removesuffix("+") if shellarrays.LITERAL in word else word
                                  for word in cmd.argv]
            else:
                shelltrace.simple(self, shown, cmd.argv, io)
        if cmd.argv == ["exec"] and cmd.redirects:
            io.err("layerlab: exec with only redirections (the shell's own descriptors changed for the commands "
                   "after it) is not simulated")
            return 126
        return None

    def _descriptors(self, cmd: SimpleCommand, io: IO) -> tuple[Target, Target, list[tuple[Redirect, Lines]]] | None:
        """Descriptors 1 and 2 as the redirections leave them, taken left to right as the shell does
        (`>f 2>&1`: both into f; `2>&1 >f`: errors where the output went before, the output into f):
        where each writes, a capture or the terminal's stream, and the files opened, each with what
        will be written into it. Every file is opened, in order, before the command runs, and the last
        one named for a descriptor gets its output. None (with the shell's message) when one fails."""
        where: dict[int, Target] = {1: (io.capture_out, io.out_fd), 2: (io.capture_err, io.err_fd)}
        files: list[tuple[Redirect, Lines]] = []
        closed: set[int] = set()
        for r in cmd.redirects:
            if r.fd == 0:
                continue
            if r.target.startswith("&"):
                source = r.target[1:]
                if source in ("1", "2") and int(source) in closed:
                    io.err(self.bad_descriptor(source, r.fd))  # `>&- 2>&1`: nothing open on 1 to copy
                    return None
                if source in ("1", "2"):
                    where[r.fd] = where[int(source)]
                    closed.discard(r.fd)
                elif source == "-":
                    # closed: what the command writes there fails (EBADF), see _write_redirect
                    files.append((r, Lines()))
                    where[r.fd] = (files[-1][1], OUT)
                    closed.add(r.fd)
                elif source:
                    io.err(self.bad_descriptor(source, r.fd))
                    return None
                continue
            if not self._open_for_write(r.target, r.append, io):
                return None
            files.append((r, Lines()))
            where[r.fd] = (files[-1][1], OUT)
            closed.discard(r.fd)
        return where[1], where[2], files

    def bad_descriptor(self, fd: str, to: int) -> str:
        """`>&3` with nothing open on 3: bash's words, dash's (src/redir.c dupredirect: "%d: %s") and
        BusyBox ash's (shell/ash.c dup2_or_raise: "dup2(%d,%d)" and the error)."""
        if self.flavor == BUSYBOX and self.name != "bash":
            return f"{self.who()}dup2({fd},{to}): Bad file descriptor"
        return f"{self.who()}{fd}: Bad file descriptor"

    def _apply_redirects(self, cmd: SimpleCommand, io: IO, out: list[str], err: list[str]) -> int:
        for r in cmd.redirects:
            if r.here == "file" and self._read_input(r.target, io) is None:
                return self.redirect_failed_status()
            if r.fd != 0 and not r.target.startswith("&") and not self._open_for_write(r.target, r.append, io):
                return self.redirect_failed_status()
        return 0

    def _opened(self, r: Redirect, io: IO) -> str | None:
        """What an input redirection opens: a here-document's text, a device's, or a regular file's,
        known as a file's (GNU wc sizes its columns by it); None when it cannot be opened."""
        if r.here != "file":
            return open_input(r.body)
        text = self._read_input(r.target, io)
        if text is None or self.device(normpath(r.target, self.cwd)) is not None:
            return open_input(text)
        return opened_file(text)

    def _read_input(self, target: str, io: IO) -> str | None:
        """The text of `< target`, or None (with the shell's message) when it cannot be opened.
        A folder opens (read then fails in the program): it reads as nothing here."""
        path = normpath(target, self.cwd)
        kind = self.device(path)
        if kind is not None:
            return devfs.read_device(kind, path, io.stdin)
        try:
            node = devfs.resolve(self.view.get, path)[1]
            if node is None:
                raise FsError("ENOENT", path)
            if not self.view.readable(node):
                raise FsError("EACCES", path)  # the learner and the host's /etc/shadow
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            if self.name == "bash":
                io.err(f"{self.who()}{target}: {text}")
            elif self.flavor == BUSYBOX:
                io.err(f"{self.who()}can't open '{target}': {text}")  # ash.c sh_open
            else:  # dash src/redir.c openredirect, errmsg(e, E_OPEN) in src/error.c
                io.err(f"{self.who()}cannot open {target}: "
                       f"{'No such file' if exc.code in ('ENOENT', 'ENOTDIR') else text}")
            return None
        return "" if node.kind == DIR else node.data

    def redirect_failed_status(self) -> int:
        """A command whose redirection failed: dash answers 2 (src/redir.c redirectsafe: setjmp * 2),
        bash and BusyBox ash 1 (ash.c dropped dash's '* 2')."""
        return 2 if self.name != "bash" and self.flavor != BUSYBOX else 1

    def device(self, path: str) -> str | None:
        """What path opens when it is a device or a link to this process's own streams (devfs.py),
        or a pipe a process substitution holds open (shellprocsub.py)."""
        if self.pipes and path.startswith(shellprocsub.FD_DIR):
            pipe = shellprocsub.held(self, path)
            if pipe is not None:
                return pipe
        kind = devfs.device_of(self.view.get, path)
        return devfs.NULL if kind is None and path == DEV_NULL else kind

    def terminal(self) -> bool:
        """Whether this shell has a terminal: the learner's own, or a container session opened with -t."""
        return self.where == "host" or (self.world.attached is not None and self.world.attached.tty)

    def _open_for_write(self, target: str, append: bool, io: IO) -> bool:
        path = normpath(target, self.cwd)
        kind = self.device(path)
        if kind == devfs.TTY and not self.terminal():
            io.err(self.redirect_error(target, FsError("ENXIO", path)))  # tty_open: no controlling terminal
            return False
        if kind is not None:
            return True
        try:
            node = self.view.get(path)
            if node is not None and node.kind == DIR:
                raise FsError("EISDIR", path)
            if node is None or not append:
                self.view.write_file(path, "")
            else:
                self.view.touch(path)
        except FsError as exc:
            io.err(self.redirect_error(target, exc))
            return False
        return True

    def _write_redirect(self, target: str, lines: Lines, append: bool, io: IO, writer: str = "") -> bool:
        """Write a command's output into its redirect target; False (with the writer's message) when
        the disk refuses it."""
        path = normpath(target, self.cwd)
        kind = self.device(path) if target != "&-" else None
        try:
            if target == "&-":  # a closed descriptor: any write fails
                if lines:
                    raise FsError("EBADF", "")
            elif kind is None:
                self.view.write_file(path, lines.text(), append=append)
            elif isinstance(kind, devfs.Pipe):
                kind.written.append(lines.text())  # for the >( )'s command to read
            elif kind == devfs.TTY:
                IO(io.sink).write(lines.text())  # the terminal itself, past any capture
            elif kind in (devfs.STDOUT, devfs.STDERR):
                text, end = split_text(lines.text())
                if text or end:
                    (io.out if kind == devfs.STDOUT else io.err)(text, end)
            elif lines:
                devfs.write_device(kind)  # null and the others keep nothing; full refuses
        except FsError as exc:
            io.err(self._write_error(target, exc, writer))
            return False
        return True

    def _write_error(self, target: str, exc: FsError, writer: str) -> str:
        """What is said when a command's output cannot be written into its redirect target."""
        text = ERRNO_TEXT.get(exc.code, exc.code)
        if writer in BUILTINS and self.name == "bash":
            return f"{self.who(writer)}write error: {text}"
        if writer in BUILTINS and self.flavor != BUSYBOX:
            # dash src/eval.c evalbltin: flushall(), then sh_warnx("%s: I/O error", commandname)
            return f"{self.who(writer)}{writer}: I/O error"
        if writer == "echo" and self.flavor == BUSYBOX:
            # ash's echo builtin is echo_main (coreutils/echo.c: bb_simple_perror_msg) run
            # inside the shell, so the message carries the shell's applet name
            return f"sh: write error: {text}"
        if writer:
            return stdout_write_error(self.flavor, writer, text)
        return self.redirect_error(target, exc)

    def redirect_error(self, target: str, exc: FsError) -> str:
        text = ERRNO_TEXT[exc.code]
        if self.name == "bash":
            return f"{self.who()}{target}: {text}"
        if self.flavor == BUSYBOX:
            if exc.code in ("ENOENT", "ENOTDIR"):
                text = "nonexistent directory"  # BusyBox ash's own words for a missing parent
            return f"{self.who()}can't create {target}: {text}"
        if exc.code in ("ENOENT", "ENOTDIR"):
            text = "Directory nonexistent"  # dash src/error.c errmsg(e, E_CREAT)
        return f"{self.who()}cannot create {target}: {text}"

    def execute(self, argv: list[str], io: IO, by_shell: bool = False) -> int:
        """Run one command (builtins, then tools present in this shell's world); by_shell: the shell
        itself runs it from a command line, so a bare `echo` is its builtin and not /bin/echo."""
        name = argv[0]
        budget.current().step()
        dash = self.name != "bash" and self.flavor != BUSYBOX
        function = finds_function(self, name) if by_shell else None
        if function is not None:
            return call_function(self, function, argv, io)
        fn = (_dash_echo if by_shell and dash and name == "echo" else None) or self.own_builtin(name) or self.resolve(name)
        if by_shell and name == "printf" and self.flavor != BUSYBOX:
            fn = _builtin_printf  # bash's and dash's own printf, not the program
        if fn is None:
            io.err(self.not_found(name))
            return 127
        if by_shell:
            note_program(self, name)
        builtin = fn is BUILTINS.get(name) or fn is _dash_echo or fn is _builtin_printf or fn is self.own_builtin(name) \
            or (by_shell and name in ("test", "[") and self.name == "bash")  # (its -v sees every variable)
        try:
            return fn(self, argv, io) if builtin else self._program(fn, argv, io)
        except ToolExit as exit_:
            return exit_.status
        except FsError as exc:  # a tool that did not expect the error: say it like the kernel
            io.err(f"{name}: {ERRNO_TEXT.get(exc.code, exc.code)}")
            return 1
        except PipeClosed:
            if fn in BUILTINS.values() or fn in (_dash_echo, _builtin_printf):
                raise  # the shell itself wrote: it dies of SIGPIPE, and what it was running with it
            return SIGPIPE_STATUS  # a program died of it: the shell that ran it goes on

    def _program(self, fn: Tool, argv: list[str], io: IO) -> int:
        """A program runs with the exported variables only, its environment (bash execute_cmd.c
        execute_disk_command: export_env; dash and ash listvars(VEXPORT)): it sees no other."""
        env, exported = self.env, self.exported
        self.env = {name: value for name, value in env.items() if name in exported}
        self.exported = set(self.env)
        try:
            return fn(self, argv, io)
        finally:
            self.env, self.exported = env, exported

    def resolve(self, name: str) -> Tool | None:
        """The program name runs: a builtin, a simulated tool the host or the image has, the
        "not simulated" note for a program it has that layerlab does not model, else None."""
        if name in BUILTINS:
            return BUILTINS[name]
        base = name.rsplit("/", 1)[-1]
        spec = TOOLS.get(base) or PROGRAMS.get(base)
        fn: Tool | None = self.extra.get(base)
        if fn is None and spec is not None and self.where in spec.where:
            fn = spec.fn
        if self.where == "host":
            return self._host_program(name, base, fn)
        node = self._program_file(name, base)
        if node is None:
            return None
        if fn is None and base in BUILTINS:  # /bin/echo, /bin/true: the program does what the builtin does
            fn = BUILTINS[base]
        if fn is None and node.kind == FILE and _is_script(node):  # a script the learner wrote (or the image has)
            return _script_or_refusal(node)
        if fn is None:
            return not_simulated if node.kind != DIR and node.mode & 0o111 else None
        return fn

    def _host_program(self, name: str, base: str, fn: Tool | None) -> Tool | None:
        """What the learner's machine runs for name: the file at the path, or the first on PATH,
        its links followed (/bin is usr/bin: hostroot.py); a program's stand-in runs the
        simulated tool, or says it is not simulated; a text file with x runs as a script."""
        paths = [normpath(name, self.cwd)] if "/" in name else [
            normpath(f"{d}/{base}", self.cwd) for d in self.env.get("PATH", "").split(":") if d]
        for path in paths:
            try:
                node = self.program_node(path)
                real = self.view.real(path) if node is None and "/" in name else path
            except FsError as exc:  # a folder on the way the learner may not enter, a file in its place
                if "/" in name:
                    return None if exc.code == "ENOENT" else _not_executable
                continue
            if node is None:
                if "/" in name and _file_on_the_way(self, real):
                    return _not_executable  # ENOTDIR: a file where the path wants a folder
                continue
            return self._host_run(node, name, base, fn)
        return None

    def program_node(self, path: str) -> Node | None:
        """The host's file at path, its links followed; in a folder of the disk itself (not /dev,
        not a closed one: hostroot.CLOSED) its entry is read at once, as every PATH lookup does."""
        entries = self.world.host.entries
        folder = entries.get(parent_of(path))
        if folder is not None and folder.kind == DIR and not path.startswith(_HOST_SLOW):
            node = entries.get(path)
            if node is None or node.kind != LINK:
                return node
        return devfs.resolve(self.view.get, path)[1]

    @staticmethod
    def _host_run(node: Node, name: str, base: str, fn: Tool | None) -> Tool | None:
        """What the host runs for the program file node: its tool, a script, or a refusal."""
        if node.kind == DIR or not node.mode & 0o111:
            return _not_executable if "/" in name else None
        if node.kind == FILE and _is_script(node):  # a script the learner wrote
            return _script_or_refusal(node)
        return fn or BUILTINS.get(base) or (not_simulated if base in HOST_PROGRAMS or node.data else None)

    def _program_file(self, name: str, base: str) -> Node | None:
        """The file a container runs for name: the path itself, or the first on PATH."""
        if "/" in name:
            return self.view.get(normpath(name, self.cwd))
        for d in self.env.get("PATH", "/usr/local/bin:/usr/bin:/bin").split(":"):
            node = self.view.get(f"{d}/{base}") if d else None
            if node is not None:
                return node
        return None

    def own_builtin(self, name: str) -> Tool | None:
        """A builtin of this shell that no program stands for, so that `docker exec` and `sudo`
        do not find it: `help` in bash and in BusyBox ash (dash has none: "help: not found"), and
        those of shellbuiltins.py each shell has (alias, type, pushd...)."""
        if name in SHELL_BUILTINS:
            return SHELL_BUILTINS[name] if name in builtin_names(self) else None
        if name != "help":
            return None
        if self.name == "bash":
            return _layerlab_help
        return _ash_help if self.flavor == BUSYBOX else None

    def not_found(self, name: str) -> str:
        if self.name == "bash":  # execute_cmd.c: file_error, or internal_error "command not found"
            return f"{self.who()}{name}: {'No such file or directory' if '/' in name else 'command not found'}"
        return f"{self.who()}{name}: not found"  # dash src/exec.c shellexec, ash.c shellexec

    def run_body(self, fn: FunctionDef, io: IO) -> int:
        """A function's body, run as a command alone in its pipeline; its errors name the lines
        it was written on (bash and dash keep each command's line in the parsed body)."""
        base, line = self.line_base, self.lineno
        self.line_base = fn.base or base
        try:
            return self._command(fn.body, io, True)
        except (ParameterError, ArithError) as exc:
            # said where it happened, in the function on its line (bash "environment: line 1: "
            # for one a -c text defines, dash "sh: 1: "), though caught once the function is left
            exc.where = exc.where or self.who()
            raise
        finally:
            self.line_base, self.lineno = base, line

    # -- helpers for tools --------------------------------------------------------------------

    def path(self, arg: str) -> str:
        return normpath(arg, self.cwd)

    def quote(self, name: str) -> str:
        """GNU's shell-escape quoting of a file name in messages ('x')."""
        if "'" in name:
            return '"' + name + '"'
        return f"'{name}'"

    def lquote(self, name: str) -> str:
        """GNU's locale quoting (quote()): curly quotes in a UTF-8 locale."""
        return f"\u2018{name}\u2019" if self.utf8 else f"'{name}'"


def _unterminated(text: str, ash: bool) -> str:
    """dash's and ash's words for a quote, ${ or $( left open at the end of the text (dash
    src/parser.c readtoken1 and synexpect, ash.c alike), for bash's "unexpected EOF while
    looking for matching"; "" for any other error."""
    words = {"'": ("Unterminated quoted string", "unterminated quoted string"),
             '"': ("Unterminated quoted string", "unterminated quoted string"),
             "}": ("Missing '}'", "missing '}'"),
             ")": ('end of file unexpected (expecting ")")', 'unexpected end of file (expecting ")")'),
             "`": ("EOF in backquote substitution", "EOF in backquote substitution")}  # parsebackq
    m = re.fullmatch(r"unexpected EOF while looking for matching `(.)'", text)
    if m is None or m.group(1) not in words:
        return ""
    dash, busybox = words[m.group(1)]
    return f"syntax error: {busybox}" if ash else f"Syntax error: {dash}"


_PARSED_FUNCTIONS: Weighed[tuple[FunctionDef, ...]] = Weighed(512, 16 * 1024 * 1024, 25)


def define_functions(sh: Shell, source: str) -> None:
    """Define the functions a text defines, without running anything else in it (the host's bash
    keeps its functions from one line to the next: World.shell_functions)."""
    for fn in _parsed_functions(source, sh.name == "bash"):
        sh.functions[fn.name] = fn


def _parsed_functions(source: str, bash: bool) -> tuple[FunctionDef, ...]:
    """The functions a text defines (read once: every later line of the session defines them again).
    Kept by what they weigh: what a text parses to takes about 24 times its length, and a session
    keeps up to 1 MiB of functions (MAX_VARIABLE_BYTES): 512 texts kept whatever their size could
    hold 12 GB (24 texts of 160 kB held 94 MB, now 16)."""
    key = (source, bash)
    found = _PARSED_FUNCTIONS.get(key)
    if found is None:
        found = _PARSED_FUNCTIONS.put(key, _functions_in(source, bash))
    return found


def _functions_in(source: str, bash: bool) -> tuple[FunctionDef, ...]:
    try:
        steps = parse(source, bash=bash, both=True)
    except (ShellSyntaxError, budget.OverBudget):
        return ()
    return tuple(cmd for step in steps for cmd in step.pipeline if isinstance(cmd, FunctionDef))


# ---------------------------------------------------------------------------------------------
# Builtins


def _cd(sh: Shell, argv: list[str], io: IO) -> int:
    target = argv[1] if len(argv) > 1 else sh.env.get("HOME", "/")
    if len(argv) > 2 and sh.name == "bash":
        io.err(f"{sh.who('cd')}too many arguments")
        return 1
    if target == "-":
        target = sh.env.get("OLDPWD", sh.cwd)
    path = sh.path(target)
    try:
        node = devfs.resolve(sh.view.get, path)[1]  # a link to a folder goes there (bash's cd -L: named as typed)
        problem = None if node is not None and node.kind == DIR else ("ENOENT" if node is None else "ENOTDIR")
    except FsError as exc:
        problem = exc.code
    if problem:
        if sh.name == "bash":
            io.err(f"{sh.who('cd')}{target}: {ERRNO_TEXT[problem]}")
        elif sh.flavor == BUSYBOX:
            io.err(f"{sh.who('cd', line=False)}can't cd to {target}: {ERRNO_TEXT[problem]}")
        else:
            io.err(f"{sh.who('cd')}can't cd to {target}")
        return 1 if sh.name == "bash" or sh.flavor == BUSYBOX else 2
    sh.env["OLDPWD"] = sh.cwd
    sh.exported.add("OLDPWD")  # bash variables.c set_pwd, dash cd.c setpwd: exported
    sh.cwd = path
    if len(argv) > 1 and argv[1] == "-":
        io.out(path)  # `cd -` says where it went (bash builtins/cd.def; dash and ash alike)
    return 0


def _pwd(sh: Shell, argv: list[str], io: IO) -> int:
    io.out(sh.cwd)
    return 0


def _echo(sh: Shell, argv: list[str], io: IO) -> int:
    """bash's builtin, coreutils' /bin/echo and BusyBox's take -n, -e and -E (joined too) and read
    backslashes only with -e; \\c ends the output there, newline too."""
    args = argv[1:]
    newline, escapes = True, False
    while args and re.fullmatch(r"-[neE]+", args[0]):
        newline = newline and "n" not in args[0]
        for letter in args[0][1:]:
            escapes = {"e": True, "E": False}.get(letter, escapes)
        args = args[1:]
    kind = escapes_kind.BASH if sh.name == "bash" else escapes_kind.BUSYBOX if sh.flavor == BUSYBOX else escapes_kind.COREUTILS
    return _echo_out(io, " ".join(args), newline, escapes, kind)


def _glob_pattern(comp: str) -> Pattern:
    """One pattern component (its live * ? [...] marked, the rest literal) as shellparams' Pattern,
    the matcher ${P#pat} uses: bash has one matcher (lib/glob/sm_loop.c) for pathnames, case and
    ${P#pat}. A * in a pathname never meets a '/' (the pattern is split at them), and in a case
    word it matches one as any character. It never backtracks: `echo *a*a*a*a*a*a*b` and
    `case x in ******...b)` were regexes that held the whole process for minutes, and `[z-a]` one
    that raised; `[[:alpha:]]` is a class, as in bash."""
    return compile_pattern(comp)


def _is_dir(sh: Shell, path: str) -> bool:
    node = _searchable(sh, normpath(path.rstrip("/") or "/", sh.cwd))
    return node is not None and node.kind == DIR


def _searchable(sh: Shell, path: str) -> Node | None:
    """The node at path for pathname expansion, None when a folder on the way may not be searched:
    glob(3) meets EACCES there and the pattern matches nothing, so the word stays as written (the
    learner's `sudo rm -rf /var/lib/docker/volumes/v/_data/*` is globbed by the learner's shell)."""
    try:
        return sh.view.get(path)
    except FsError:
        return None


_PRINTF_USAGE = "printf: usage: printf [-v var] format [arguments]"


def _builtin_printf(sh: Shell, argv: list[str], io: IO) -> int:
    """bash's and dash's printf; bash's -v VAR puts what it would print into VAR (printf.def),
    dash refuses the option (bltin/printf.c: "Illegal option -v")."""
    if argv[1:2] != ["-v"] or sh.flavor == BUSYBOX:
        return printf(sh, argv, io, builtin=True)
    if sh.name != "bash":
        raise BuiltinAbort(f"{sh.who('printf')}Illegal option -v", 2)
    if len(argv) < 3:
        io.err(f"{sh.who('printf')}-v: option requires an argument")
        io.err(_PRINTF_USAGE)
        return 2
    name = argv[2]
    if not shellparams.is_name(name):
        io.err(f"{sh.who('printf')}`{name}': not a valid identifier")
        return 2
    if len(argv) < 4:
        io.err(_PRINTF_USAGE)
        return 2
    made = Lines()
    status = printf(sh, ["printf", *argv[3:]], IO(io.sink, made, io.capture_err, io.stdin, io.out_fd, io.err_fd),
                    builtin=True)
    return status if assign(sh, name, made.text(), io) else 1


def _dash_echo(sh: Shell, argv: list[str], io: IO) -> int:
    """dash's builtin: only a first -n is an option, backslashes are always read
    (src/bltin/printf.c echocmd)."""
    args = argv[1:]
    newline = not (args and args[0] == "-n")
    return _echo_out(io, " ".join(args if newline else args[1:]), newline, True, escapes_kind.DASH)


def _echo_out(io: IO, text: str, newline: bool, escapes: bool, kind: str) -> int:
    if escapes:
        try:
            text = escapes_kind.unescape(text, kind, escapes_kind.ECHO, stops=True)
        except escapes_kind.Stop as stop:  # \c: the output ends there, newline too
            text, newline = stop.text, False
    io.write(text + "\n" if newline else text)
    return 0


def _true(sh: Shell, argv: list[str], io: IO) -> int:
    return 0


def _false(sh: Shell, argv: list[str], io: IO) -> int:
    return 1


def _exit(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.name == "bash" and argv[1:2] == ["--"]:  # get_exitstat: a first "--" ends the options
        argv = argv[1:]
    if len(argv) < 2:
        raise ExitShell(sh.status & 0xFF)
    arg = argv[1]
    if re.fullmatch(r"[+-]?\d+", arg) and len(argv) > 2 and sh.name == "bash":
        _exit_too_many(sh)
    if re.fullmatch(r"[+-]?\d+", arg):  # dash and ash take the first and leave the rest unread
        raise ExitShell(int(arg) & 0xFF)
    if sh.name == "bash":
        io.err(f"{sh.who('exit')}{arg}: numeric argument required")
    else:
        io.err(f"{sh.who('exit', line=False)}Illegal number: {arg}")
    raise ExitShell(2)


_EXEC_USAGE = "exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]"


def _exec(sh: Shell, argv: list[str], io: IO) -> int:
    """exec [command [argument ...]]: the program takes the shell's place, so the shell ends with
    its status (bash builtins/exec.def, dash src/eval.c execcmd, ash.c execcmd). A program not
    found ends a script or a -c text with 127; at a terminal bash says so and goes on. Only
    programs: a builtin or a function of the same name is not what runs. bash's -c, -l and -a
    NAME change nothing here."""
    args = argv[1:]
    while sh.name == "bash" and args and args[0].startswith("-") and args[0] != "-":
        word, args = args[0], args[1:]
        if word == "--":
            break
        if word == "-a":
            args = args[1:]
        elif not set(word[1:]) <= set("cl"):
            io.err(f"{sh.who('exec')}{word[:2]}: invalid option")
            io.err(_EXEC_USAGE)
            return 2
    if not args:
        return 0
    fn = sh.resolve(args[0])
    if fn is None:
        io.err(f"{sh.who('exec')}{args[0]}: not found")
        if not sh.mode and sh.name == "bash":
            return 127
        raise ExitShell(127)
    try:
        status = sh._program(fn, args, io)
    except ToolExit as exit_:
        status = exit_.status
    raise ExitShell(status & 0xFF)


def _exit_too_many(sh: Shell) -> None:
    """bash (builtins/common.c get_exitstat, no_args): a number and more is too many; the shell stays
    and drops the rest of the line (jump_to_top_level DISCARD). Its status: a -c text's 1
    (evalstring.c parse_and_execute), else the last command's when it failed, else 1 (eval.c
    reader_loop). At the terminal exit_builtin has said "exit" first."""
    status = 1 if sh.mode == "-c" or sh.status == 0 else sh.status
    raise BuiltinAbort(f"{sh.who('exit')}too many arguments", status, interactive="exit")


def N_(text: str) -> str:
    """Marks layerlab's own words for translation: the engine writes them in English, and the page
    shows them in its reader's language (app/web/page.py)."""
    return text


# The learner's `help`: layerlab's own short guide (the web page showed it as a panel).
LAYERLAB_HELP = (
    N_("Type Docker and shell commands as on a real machine. Some to try:"),
    "",
    N_("Images:      docker build -t feedback-node ."),
    N_("Containers:  docker run -d -p 3000:80 --name feedback-app feedback-node"),
    "             docker ps -a, docker logs feedback-app, docker diff feedback-app",
    N_("Volumes:     docker volume ls, docker volume inspect NAME, sudo ls /var/lib/docker/volumes"),
    N_("Files:       ls, cat server.js, sed -i 's/a/b/' FILE, curl localhost:3000"),
    N_("Terminal:    clear, and the up and down arrows for earlier commands"),
)


def _layerlab_help(sh: Shell, argv: list[str], io: IO) -> int:
    for line in LAYERLAB_HELP:
        io.out(line)
    return 0


# BusyBox 1.37 ash's builtintab with the default configuration (shell/ash.c: ASH_SLEEP is
# disabled there, FEATURE_SH_STANDALONE is off, so no applet names follow).
ASH_BUILTINS = (
    ".", ":", "[", "[[", "alias", "bg", "break", "cd", "chdir", "command", "continue", "echo", "eval", "exec",
    "exit", "export", "false", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let", "local",
    "printf", "pwd", "read", "readonly", "return", "set", "shift", "source", "test", "times", "trap", "true",
    "type", "ulimit", "umask", "unalias", "unset", "wait",
)


def _ash_help(sh: Shell, argv: list[str], io: IO) -> int:
    """ash.c helpcmd(): the names after a tab, a line ends once it passes 60 columns."""
    io.out("Built-in commands:")
    io.out("------------------")
    line = ""
    for name in ASH_BUILTINS:
        line += ("\t" if not line else " ") + name
        if len(line) > 60:
            io.out(line)
            line = ""
    io.out(line)  # newline_and_flush(): a last newline, even after a full line
    return 0


def _eval(sh: Shell, argv: list[str], io: IO) -> int:
    """eval: its words joined by spaces, read and run as a line of this shell (its variables and
    directory stay changed); nothing to run is status 0 (POSIX "Special Built-In Utilities")."""
    text = " ".join(argv[1:])
    if not text.strip():
        return 0
    sh.evaluating += 1
    line = sh.lineno
    if sh.dialect() == "dash":
        sh.lineno = 1  # dash reads the text from its own line 1 (src/input.c setinputstring); bash and ash go on
    try:
        return sh.run_line(text, io)
    finally:
        sh.evaluating -= 1
        sh.lineno = line


BUILTINS: dict[str, Tool] = {
    "eval": _eval,
    "cd": _cd,
    "pwd": _pwd,
    "echo": _echo,
    "true": _true,
    "false": _false,
    ":": _true,
    "exit": _exit,
    "exec": _exec,
    "export": ATTRIBUTE_BUILTINS["export"],
    "unset": ATTRIBUTE_BUILTINS["unset"],
    "read": read_builtin,
    **LOOP_BUILTINS,
    **FUNCTION_BUILTINS,
}


# ---------------------------------------------------------------------------------------------
# Tools


@tool("ls")
def _ls(sh: Shell, argv: list[str], io: IO) -> int:
    # -d lists directories themselves, not their contents: GNU ls.c (immediate_dirs) and BusyBox ls.c (-d);
    # -L shows what each link points to instead of the link (ls.c DEREF_ALWAYS, BusyBox FOLLOW_LINKS)
    # -h: sizes (and the total) in K, M, G... (GNU human.c, BusyBox make_human_readable_str)
    # -t newest first, -S largest first (ties by name), -r the whole order reversed
    # -n is -l with numbers for owner and group, -i each entry's inode, -s its blocks (in KiB),
    # -F and -p a mark after its name: GNU ls.c decode_switches, BusyBox ls.c ("nl" implies -l)
    opts, operands = _options(sh, io, "ls", argv, "aA1lRdLhrtSnisFp")
    if "d" in opts:
        opts.discard("R")
    if "n" in opts:
        opts.add("l")
    targets = operands or ["."]
    files, dirs, status = _ls_collect(sh, io, targets, opts)
    shown = _ls_order(sh, sorted(files, key=lambda f: f[0]), opts)
    for line in _ls_rows(sh, shown, opts):
        io.out(line)
    # a heading for each folder when there are several operands or -R (GNU ls.c print_dir,
    # BusyBox ls.c scan_and_display_dirs_recur); -d turns -R off (BusyBox), lists no folder (GNU)
    run = _LsRun(opts, len(targets) > 1 or "R" in opts, not files, status)
    by_arg = {(arg, path): names for arg, path, names in dirs}
    for arg, path in _ls_order(sh, sorted(by_arg), opts):
        _ls_tree(sh, io, run, arg, path, by_arg[(arg, path)])
    return run.status


@dataclass
class _LsRun:
    opts: set[str]
    headed: bool  # each folder's listing under a `NAME:` line
    first: bool  # nothing shown yet: no blank line before the next heading
    status: int
    active: set[str] = field(default_factory=set)  # the folders being listed (GNU ls.c active_dir_set)

    def heading(self, io: IO, arg: str) -> None:
        if self.headed:
            if not self.first:
                io.out("")
            io.out(f"{arg}:")
        self.first = False


def _ls_tree(sh: Shell, io: IO, run: _LsRun, arg: str, path: str, names: list[str], headed: bool = False) -> None:
    """One folder's listing, then with -R each of its folders' (not . or .., nor a link unless -L),
    depth first in name order, each named as its parent's name joined with its own (GNU ls.c
    extract_dirs_from_files file_name_concat, BusyBox concat_path_file)."""
    if not headed:
        run.heading(io, arg)
    if not _ls_dir(sh, io, arg, path, names, run.opts):
        run.status = run.status or 1  # GNU LS_MINOR_PROBLEM, BusyBox EXIT_FAILURE
    if "R" not in run.opts:
        return
    run.active.add(path)
    for name in names:
        if name in (".", ".."):
            continue
        sub, node = _ls_node(sh, _ls_entry_path(path, name), "L" in run.opts)
        if node is not None and node.kind == DIR:
            _ls_subdir(sh, io, run, arg + name if arg.endswith("/") else f"{arg}/{name}", sub)
    run.active.discard(path)


def _ls_subdir(sh: Shell, io: IO, run: _LsRun, arg: str, path: str) -> None:
    """A folder met while recursing. GNU opens it before its heading (an error is a minor problem)
    and refuses one already being listed, a loop through -L (a serious problem); BusyBox heads it
    before it opens it (and has no loop check: layerlab stops there silently)."""
    if path in run.active:
        if sh.flavor == GNU:
            io.err(f"ls: {arg}: not listing already-listed directory")
            run.status = 2  # LS_FAILURE
        return
    if sh.flavor == BUSYBOX:
        run.heading(io, arg)
    names = _ls_names(sh, io, arg, path, run.opts)
    if names is None:
        run.status = run.status or 1
        return
    _ls_tree(sh, io, run, arg, path, names, headed=sh.flavor == BUSYBOX)


def _ls_collect(sh: Shell, io: IO, targets: list[str], opts: set[str]) \
        -> tuple[list[tuple[str, str]], list[tuple[str, str, list[str]]], int]:
    """The operands shown as entries (each with the path it shows), the directories shown with
    their names, and the exit status. A link named on the command line is followed when it leads
    to a folder, unless -l or -d asks for the link itself (GNU ls.c: DEREF_COMMAND_LINE_SYMLINK_TO_DIR,
    BusyBox ls.c alike); with -L always, and then a link that leads nowhere is an error."""
    failed = 2 if sh.flavor == GNU else 1
    status = 0
    files: list[tuple[str, str]] = []
    dirs: list[tuple[str, str, list[str]]] = []
    for arg in targets:
        path = sh.path(arg)
        try:
            path, node = _ls_operand(sh, arg, path, opts)
        except FsError as exc:
            node, code = None, exc.code
        else:
            code = "ENOENT"
        if node is None:
            io.err(_ls_access(sh, arg, code))
            status = failed
        elif node.kind != DIR or "d" in opts:
            files.append((arg, path))
        else:
            names = _ls_names(sh, io, arg, path, opts)
            if names is None:
                status = failed
            else:
                dirs.append((arg, path, names))
    return files, dirs, status


def _ls_operand(sh: Shell, arg: str, path: str, opts: set[str]) -> tuple[str, Node | None]:
    """What an operand shows: itself, or the folder its link leads to; with -L (or a trailing
    slash) where its link leads, a link that leads nowhere or round a loop raising FsError."""
    must = "L" in opts or arg.endswith("/")
    piped = shellprocsub.entry(sh, path, must)  # a process substitution's /dev/fd/N
    if piped is not None:
        return path, piped
    node = sh.view.get(path)
    # GNU follows it unless -l, -d or -F (ls.c DEREF_COMMAND_LINE_SYMLINK_TO_DIR); BusyBox unless
    # -l, -i, -s or -F (ls_main's my_stat), and this simulator not with -d either
    keep = {"l", "d", "F"} | ({"i", "s"} if sh.flavor == BUSYBOX else set())
    if node is None or node.kind != LINK or not (must or not opts & keep):
        return path, node
    try:
        to, target = devfs.resolve(sh.view.get, path)
    except FsError:
        if must:
            raise
        return path, node  # GNU ls.c gobble_file: stat failed, so lstat: the link itself
    if target is None and must:
        raise FsError("ENOENT", path)
    if target is not None and (must or target.kind == DIR):
        return to, target
    return path, node


def _ls_names(sh: Shell, io: IO, arg: str, path: str, opts: set[str]) -> list[str] | None:
    """A directory's names as -a / -A choose, or None after the error for one that cannot be read."""
    try:
        names = sh.view.children(path)
    except FsError as exc:
        if sh.flavor == GNU:
            io.err(f"ls: cannot open directory {sh.quote(arg)}: {ERRNO_TEXT[exc.code]}")
        else:
            io.err(f"ls: can't open '{arg}': {ERRNO_TEXT[exc.code]}")
        return None
    budget.current().step(len(names))
    if "a" in opts:
        names = [".", "..", *names]
    elif "A" not in opts:
        names = [n for n in names if not n.startswith(".")]
    return [name for name, _ in _ls_order(sh, [(n, _ls_entry_path(path, n)) for n in names], opts)]


def _ls_order(sh: Shell, entries: list[tuple[str, str]], opts: set[str]) -> list[tuple[str, str]]:
    """(name, path) pairs in name order, as -t (newest first), -S (largest first) and -r put them:
    GNU ls.c's comparators and BusyBox ls.c sortcmp both break ties by name, and -r reverses the
    whole comparison. (Times are the world's start but for what `touch` set.)"""
    if "t" in opts or "S" in opts:
        def key(entry: tuple[str, str]) -> int:
            node = sh.view.get(entry[1])
            if node is None:
                return 0
            return -node.mtime if "t" in opts else -sh.view.stat_size(entry[1], node)[0]
        entries = sorted(entries, key=key)  # (stable: the names' order breaks ties)
    return entries[::-1] if "r" in opts else entries


def _ls_dir(sh: Shell, io: IO, arg: str, base: str, names: list[str], opts: set[str]) -> bool:
    """One directory's listing: its names, or with -l or -s a `total` line and a row each; False
    when an entry could not be shown (-lL and a link that leads nowhere or round in a loop)."""
    long, deref, human = "l" in opts, "L" in opts, "h" in opts
    if not long and not opts & _LS_MARKS:
        for name in names:
            io.out(name)
        return True
    entries = [(n, _ls_entry_path(base, n)) for n in names]
    if not long:
        if "s" in opts:
            _ls_total(sh, io, [_ls_node(sh, p, deref) for _, p in entries], human)
        for line in _ls_rows(sh, entries, opts):
            io.out(line)
        return True
    broken = {p for _, p in entries if deref and _ls_broken(sh, p)}
    for name, p in entries:
        if p in broken:  # GNU ls.c gobble_file: file_failure "cannot access"; BusyBox my_stat: the name
            # GNU names it as ls.c attach() joins it (no "./"), BusyBox as concat_path_file does
            shown = name if arg == "." and sh.flavor != BUSYBOX else (arg + name if arg.endswith("/") else f"{arg}/{name}")
            io.err(_ls_access(sh, shown, _ls_broken(sh, p) or "ENOENT"))
    if sh.flavor == BUSYBOX:
        entries = [e for e in entries if e[1] not in broken]
    _ls_total(sh, io, [_ls_node(sh, p, deref) for _, p in entries if p not in broken], human)
    for line in _long_rows(sh, entries, opts, broken):
        io.out(line)
    return not broken


_LS_MARKS = {"i", "s", "F", "p"}  # what a listing without -l shows beside the names


def _ls_total(sh: Shell, io: IO, nodes: list[tuple[str, Node | None]], human: bool) -> None:
    """The `total` line: the blocks the entries take, in KiB (GNU print_dir, BusyBox
    scan_and_display_dirs_recur)."""
    total = sum(sh.view.stat_size(p, node)[1] for p, node in nodes if node is not None)  # KiB
    if not human:
        io.out(f"total {total}")
    elif sh.flavor == BUSYBOX:  # ls.c: "total %-7s", no fraction
        io.out(f"total {busybox_human(total * 1024, fraction=False):<7}")
    else:
        io.out(f"total {gnu_human(total * 1024)}")


def _ls_rows(sh: Shell, entries: list[tuple[str, str]], opts: set[str]) -> list[str]:
    """Entries as ls shows them: long rows with -l, else each name with what -i, -s, -F and -p add
    (one a line: the output is no terminal)."""
    if "l" in opts:
        return _long_rows(sh, entries, opts)
    if not opts & _LS_MARKS:
        return [name for name, _ in entries]
    found = [(name, *_ls_node(sh, path, "L" in opts)) for name, path in entries]
    shown = [(name, path, node) for name, path, node in found if node is not None]
    prefixes = _ls_prefixes(sh, [(path, node) for _, path, node in shown], opts)
    return [prefix + name + _ls_mark(node, opts) for prefix, (name, _, node) in zip(prefixes, shown, strict=True)]


def _ls_prefixes(sh: Shell, nodes: list[tuple[str, Node | None]], opts: set[str]) -> list[str]:
    """What -i and -s put before each entry: its inode number and the KiB its blocks take. GNU
    pads each column to its widest cell (ls.c inode_number_width, block_size_width; "?" where
    stat failed), BusyBox prints "%7llu " and "%6u " ("%7s " with -h) (ls.c display_single)."""
    columns: list[tuple[list[str], int]] = []  # the cells, and BusyBox's width for them
    if "i" in opts:
        columns.append((["?" if node is None else str(inode_number(path)) for path, node in nodes], 7))
    if "s" in opts:
        kib = [None if node is None else sh.view.stat_size(path, node)[1] for path, node in nodes]
        if "h" not in opts:
            columns.append((["?" if k is None else str(k) for k in kib], 6))
        else:
            human = busybox_human if sh.flavor == BUSYBOX else gnu_human
            columns.append((["?" if k is None else human(k * 1024) for k in kib], 7))
    rows = ["" for _ in nodes]
    for column, busybox_width in columns:
        width = busybox_width if sh.flavor == BUSYBOX else max((len(cell) for cell in column), default=0)
        rows = [row + f"{cell:>{width}} " for row, cell in zip(rows, column, strict=True)]
    return rows


def _ls_mark(node: Node | None, opts: set[str]) -> str:
    """-F: / for a folder, * for an executable file, @ for a link; -p: / alone (GNU ls.c
    get_type_indicator, BusyBox append_char). The simulator keeps no fifos nor sockets (| =)."""
    if node is None or not opts & {"F", "p"}:
        return ""
    if node.kind == DIR:
        return "/"
    if "F" not in opts:
        return ""
    if node.kind == LINK:
        return "@"
    if node.kind == shellprocsub.FIFO:
        return "|"
    return "*" if node.kind == FILE and node.mode & 0o111 else ""


def _ls_link_mark(sh: Shell, path: str, opts: set[str]) -> str:
    """With -l, -F or -p marks what a link leads to, after its target (GNU print_long_format with
    f->linkmode; BusyBox display_single stat()s it): nothing when it leads nowhere."""
    if not opts & {"F", "p"}:
        return ""
    try:
        target = devfs.resolve(sh.view.get, path)[1]
    except FsError:
        return ""
    return "" if target is None or target.kind == LINK else _ls_mark(target, opts)


def _ls_broken(sh: Shell, path: str) -> str | None:
    """Why a link cannot be followed (ELOOP, or ENOENT when it leads nowhere); None when it can,
    or path is no link."""
    node = sh.view.get(path)
    if node is None or node.kind != LINK:
        return None
    try:
        return None if devfs.resolve(sh.view.get, path)[1] is not None else "ENOENT"
    except FsError as exc:
        return exc.code


_USERS = HOST_USERS
# the host's folders a PATH lookup asks the view about (devices, the daemon's, closed ones)
_HOST_SLOW = ("/dev/", *(p + "/" for p in hostroot.CLOSED))


def _ls_accounts(sh: Shell) -> tuple[dict[int, str], dict[int, str] | None]:
    """The names ls -l shows for ids: in a container the first entry for each in its own
    /etc/passwd and /etc/group (getpwuid / getgrgid through nss files; BusyBox ls.c
    get_cached_username / get_cached_groupname), the number where none names it; on the learner's
    machine its accounts (and None for the groups: a file's group is its owner's, or the one it
    names: hostroot.GROUP_NAMES)."""
    if sh.where == "host":
        return dict(_USERS), None

    def table(path: str) -> dict[int, str]:
        try:
            node = devfs.resolve(sh.view.get, path)[1]
        except FsError:
            node = None
        names: dict[int, str] = {}
        for line in (node.data if node is not None and node.kind == FILE else "").split("\n"):
            parts = line.split(":")
            if len(parts) > 2 and parts[2].isdigit() and parts[2].isascii():
                names.setdefault(int(parts[2]), parts[0])
        return names

    return table("/etc/passwd"), table("/etc/group")


def _ls_entry_path(base: str, name: str) -> str:
    if name == ".":
        return base
    if name == "..":
        return base.rsplit("/", 1)[0] or "/"
    return join(base, name)


def _ls_node(sh: Shell, path: str, deref: bool) -> tuple[str, Node | None]:
    """What ls shows for path: the entry itself, or with -L what its links lead to (a link that
    leads nowhere, or round in a loop, shows as itself)."""
    piped = shellprocsub.entry(sh, path, deref)
    if piped is not None:
        return path, piped
    node = sh.view.get(path)
    if deref and node is not None and node.kind == LINK:
        try:
            to, target = devfs.resolve(sh.view.get, path)
        except FsError:
            return path, node
        if target is not None:
            return to, target
    return path, node


def gnu_human(n: int) -> str:
    """A size as GNU ls -h shows it (gnulib human.c: powers of 1024 with K, M, G...; rounded up;
    one decimal below 10; under 1024 the bytes as they are)."""
    if n < 1024:
        return str(n)
    base = 1024
    for unit in "KMGTPEZYRQ":
        tenths = -(-n * 10 // base)
        if tenths < 100:
            return f"{tenths // 10}.{tenths % 10}{unit}"
        whole = -(-n // base)
        if whole < 1024:
            return f"{whole}{unit}"
        base *= 1024
    return str(n)


def busybox_human(n: int, fraction: bool = True) -> str:
    """A size as BusyBox shows it (libbb/human_readable.c make_human_readable_str): divided by 1024
    while it is 1024 or more, one decimal rounded to the nearest (none when `fraction` is off, as
    for ls's total line, which rounds the whole)."""
    if n == 0:
        return "0"
    val, frac, unit = n, 0, 0
    while val >= 1024:
        frac = ((val % 1024) * 10 + 512) // 1024
        val //= 1024
        unit += 1
    if frac >= 10:
        val, frac = val + 1, 0
    letter = " KMGTPEZY"[unit].strip()
    if not fraction:
        return f"{val + (frac >= 5)}{letter}"
    return f"{val}.{frac}{letter}" if unit else str(val)


def _long_rows(sh: Shell, entries: list[tuple[str, str]], opts: set[str],
               broken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """`ls -l` rows: mode, links, owner, group, size, date, name (mtimes are not kept: the world's
    start), after -i's and -s's columns. A broken entry (-lL, a link that cannot be followed) is
    all question marks but its type (GNU ls.c print_long_format without stat_ok)."""
    date = datetime.fromtimestamp(EPOCH, UTC).strftime("%b %e %H:%M")
    accounts = _ls_accounts(sh) if "n" not in opts else ({}, {})  # -n: the numbers
    nodes: list[tuple[str, Node | None]] = []
    cells: list[tuple[str, str, str, str, str, str]] = []
    devices: dict[int, tuple[str, str]] = {}  # a device's row: its major and minor number instead of a size
    unknown: set[int] = set()
    for name, shown in entries:
        if shown in broken:
            unknown.add(len(cells))
            cells.append(("l?????????", "?", "?", "?", "?", name))
            nodes.append((shown, None))
            continue
        path, node = _ls_node(sh, shown, "L" in opts)
        if node is None:
            continue
        if node.kind in (CHAR, BLOCK):
            major, minor = devfs.major_minor(node)
            devices[len(cells)] = (str(major), str(minor))
        nodes.append((path, node))
        cells.append(_long_cells(sh, name, path, node, opts, accounts))
    prefixes = _ls_prefixes(sh, nodes, opts)
    if sh.flavor == BUSYBOX:  # ls.c: "%4u, %3u " for a device, "%9u " for a size ("%7s " with -h)
        width = 7 if "h" in opts else 9
        return [f"{p}{m:<10} {n:>4} {o[:8]:<8} {g[:8]:<8} "
                f"{f'{devices[i][0]:>4}, {devices[i][1]:>3}' if i in devices else f'{s:>{width}}'} {date} {name}"
                for i, (p, (m, n, o, g, s, name)) in enumerate(zip(prefixes, cells, strict=True))]
    if not cells:
        return []
    wn = max(len(c[1]) for c in cells)
    wo = max(len(c[2]) for c in cells)
    wg = max(len(c[3]) for c in cells)
    # GNU ls.c: the size column is as wide as the widest size or "MAJOR, MINOR", the numbers aligned
    wmaj = max((len(d[0]) for d in devices.values()), default=0)
    wmin = max((len(d[1]) for d in devices.values()), default=0)
    ws = max([len(c[4]) for i, c in enumerate(cells) if i not in devices] + [wmaj + 2 + wmin if devices else 0])
    wmaj = ws - 2 - wmin
    return [f"{p}{m} {n:>{wn}} {o:<{wo}} {g:<{wg}} "
            f"{f'{devices[i][0]:>{wmaj}}, {devices[i][1]:>{wmin}}' if i in devices else f'{s:>{ws}}'} "
            f"{'?'.rjust(len(date)) if i in unknown else date} {name}"
            for i, (p, (m, n, o, g, s, name)) in enumerate(zip(prefixes, cells, strict=True))]


def _long_cells(sh: Shell, name: str, path: str, node: Node, opts: set[str],
                accounts: tuple[dict[int, str], dict[int, str] | None]) -> tuple[str, str, str, str, str, str]:
    """One long row's cells: mode, links, owner, group, size (a device's is set apart) and name,
    a link's with where it leads, each with -F's or -p's mark."""
    users, groups = accounts
    owner = users.get(node.uid, str(node.uid))
    if groups is None:  # the learner's machine
        group = owner if node.gid < 0 else devfs.group_name(node.gid) or hostroot.GROUP_NAMES.get(node.gid, str(node.gid))
    else:
        gid = node.uid if node.gid < 0 else node.gid
        group = groups.get(gid, str(gid))
    if node.kind == LINK:
        name = f"{name} -> {node.data}{_ls_link_mark(sh, path, opts)}"
    else:
        name += _ls_mark(node, opts)
    size = sh.view.stat_size(path, node)[0]
    shown_size = str(size) if "h" not in opts else busybox_human(size) if sh.flavor == BUSYBOX else gnu_human(size)
    letter = "p" if node.kind == shellprocsub.FIFO else devfs.kind_letter(node)
    return (letter + mode_bits(node.mode), str(sh.view.links(path, node)), owner, group,
            shown_size, name)


def _ls_access(sh: Shell, arg: str, code: str) -> str:
    if sh.flavor == BUSYBOX:
        return f"ls: {arg}: {ERRNO_TEXT[code]}"
    return f"ls: cannot access {sh.quote(arg)}: {ERRNO_TEXT[code]}"


def _cat_visible(ch: str) -> str:
    """cat -v: a control character as ^X, DEL as ^?, a byte above 127 as M- and the same rule."""
    code = ord(ch)
    if code > 255:
        return ch
    prefix = "M-" if code >= 128 else ""
    code &= 0x7F
    if code < 32:
        return f"{prefix}^{chr(code + 64)}"
    return f"{prefix}^?" if code == 127 else prefix + chr(code)


def _cat_lines(text: str, opts: set[str], state: dict[str, int]) -> str:
    """cat -n -b -s -E -T -v (and -A -e -t) over one input; numbering goes on across the inputs
    (coreutils cat.c; BusyBox's cat takes -nbvteA alike)."""
    show_ends = bool(opts & {"E", "A", "e"})
    show_tabs = bool(opts & {"T", "A", "t"})
    visible = bool(opts & {"v", "A", "e", "t"})
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        body, nl = (line[:-1], "\n") if line.endswith("\n") else (line, "")
        blank = body == ""
        if "s" in opts and blank and nl and state.get("blank"):
            continue
        state["blank"] = int(blank and bool(nl))
        if visible:
            body = "".join(ch if ch == "\t" else _cat_visible(ch) for ch in body)
        if show_tabs:
            body = body.replace("\t", "^I")
        if ("n" in opts and "b" not in opts) or ("b" in opts and not blank):
            state["n"] = state.get("n", 0) + 1
            body = f"{state['n']:>6}\t{body}"
        out.append(body + ("$" if show_ends and nl else "") + nl)
    return "".join(out)


@tool("cat")
def _cat(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "cat", argv, "AbeEnstTuv" if sh.flavor != BUSYBOX else "nbvteAu")
    state: dict[str, int] = {}
    shown = (lambda text: _cat_lines(text, opts, state)) if opts - {"u"} else (lambda text: text)
    if not operands:
        if io.stdin:
            emit_text(io, shown(io.stdin))
        return 0
    status = 0
    for arg in operands:
        text = read_input(sh, io, "cat", arg)
        if text is None:
            status = 1
            continue
        emit_text(io, shown(text))
    return status


@tool("touch")
def _touch(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "touch", argv, "c")
    if not operands:
        raise _missing(io, "touch", "missing file operand")
    status = 0
    for arg in operands:
        try:
            sh.view.touch(sh.path(arg))
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            io.err(f"touch: {arg}: {text}" if sh.flavor == BUSYBOX
                   else f"touch: cannot touch {sh.quote(arg)}: {text}")
            status = 1
    return status


@tool("mkdir")
def _mkdir(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "mkdir", argv, "p")
    if not operands:
        raise _missing(io, "mkdir", "missing operand")
    status = 0
    for arg in operands:
        path = sh.path(arg)
        try:
            if "p" in opts:
                todo = []
                p = path
                while p != "/" and sh.view.get(p) is None:
                    # a lookup reads the whole path: a step per 64 characters (`mkdir -p` of 30,000
                    # folders looked each one up, 60,000 characters at first: 10 s)
                    budget.current().step(1 + (len(p) >> 6))
                    todo.append(p)
                    p = p.rsplit("/", 1)[0] or "/"
                existing = sh.view.get(p)
                if existing is not None and existing.kind != DIR:
                    raise FsError("ENOTDIR", p)
                for q in reversed(todo):
                    sh.view.mkdir(q)
            else:
                sh.view.mkdir(path)
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            io.err(f"mkdir: can't create directory '{arg}': {text}" if sh.flavor == BUSYBOX
                   else f"mkdir: cannot create directory {sh.lquote(arg)}: {text}")
            status = 1
    return status


@tool("rm")
def _rm(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "rm", argv, "rRfdv")
    recursive = bool(opts & {"r", "R"})
    force = "f" in opts
    if not operands:
        if force:
            return 0
        raise _missing(io, "rm", "missing operand")
    status = 0
    for arg in operands:
        path = sh.path(arg)
        if arg.rstrip("/").rsplit("/", 1)[-1] in (".", ".."):
            io.err(f"rm: refusing to remove '.' or '..' directory: skipping {sh.quote(arg)}"
                   if sh.flavor == GNU else "rm: can't remove '.' or '..'")
            status = 1
            continue
        try:
            node = sh.view.get(path)
            if node is None:
                if force:
                    continue
                raise FsError("ENOENT", path)
            if node.kind == DIR and not recursive:
                raise FsError("EISDIR", path)
            if path == "/":
                io.err("rm: it is dangerous to operate recursively on '/'")
                io.err("rm: use --no-preserve-root to override this failsafe")
                status = 1
                continue
        except FsError as exc:
            io.err(_cannot_remove(sh, "rm", arg, exc.code))
            status = 1
            continue
        if not _remove_walk(sh, io, "rm", path, arg):
            status = 1
    return status


def _cannot_remove(sh: Shell, prog: str, shown: str, code: str) -> str:
    """GNU remove.c excise's and BusyBox remove_file's words for an entry that would not go."""
    if sh.flavor == BUSYBOX:
        return f"{prog}: can't remove '{shown}': {ERRNO_TEXT[code]}"
    return f"{prog}: cannot remove {sh.quote(shown)}: {ERRNO_TEXT[code]}"


def _remove_walk(sh: Shell, io: IO, prog: str, path: str, shown: str) -> bool:
    """Remove path and all it holds as GNU rm's fts walk (remove.c) and BusyBox's remove_file
    (libbb/remove_file.c) go: depth first, each entry that will not go -- a mount point is EBUSY --
    reported by the name it was reached by, and the folders above it left untried. A folder is
    walked name by name only where mounts lie (a mount point's own contents go through it)."""
    if sh.view.is_mount_point(path) or sh.view.mounts_below(path):
        node = sh.view.get(path)
        if node is not None and node.kind == DIR:
            ok = True
            for name in sh.view.children(path):
                ok = _remove_walk(sh, io, prog, join(path, name), f"{shown.rstrip('/')}/{name}") and ok
            if not ok:
                return False
    try:
        sh.view.remove(path, recursive=True)
    except FsError as exc:
        if exc.code == "EACCES" and _remove_below(sh, io, prog, path, shown):
            return False
        io.err(_cannot_remove(sh, prog, shown, exc.code))
        return False
    return True


def _remove_below(sh: Shell, io: IO, prog: str, path: str, shown: str) -> bool:
    """A folder the user may not remove whole (EACCES, as on the host outside the learner's home):
    the fts walk has met what it holds first, each entry reported as it fails, and the folder
    itself is left untried after one did (remove.c mark_ancestor_dirs, prompt's fts_number).
    True when an entry below failed. A folder the user may not open is fts's FTS_DNR: excise
    tries the folder itself (False: its own line follows)."""
    try:
        node = sh.view.get(path)
        names = sh.view.children(path) if node is not None and node.kind == DIR else []
    except FsError:
        return False
    failed = False
    for name in names:
        budget.current().step()
        failed = not _remove_walk(sh, io, prog, join(path, name), f"{shown.rstrip('/')}/{name}") or failed
    return failed


_SUFFIX = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
# what C's strtod reads (leading blanks, a sign, decimal or hexadecimal digits with an exponent,
# inf, infinity and nan), then GNU sleep's one suffix letter (coreutils sleep.c apply_suffix)
_GNU_INTERVAL = re.compile(r"\s*([+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|"
                           r"\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?))([smhd]?)",
                           re.IGNORECASE)


def _gnu_interval(arg: str) -> float | None:
    """GNU sleep's reading of one operand (xstrtod with cl_strtod, then `0 <= s` and apply_suffix):
    seconds, or None when it is no interval (negative, NaN, more than one letter after it)."""
    m = _GNU_INTERVAL.fullmatch(arg)
    if m is None:
        return None
    number = m.group(1).strip().lower()
    if "nan" in number:
        return None  # NaN fails `0 <= s`
    value = float.fromhex(number) if "x" in number else float(number)
    return value * _SUFFIX[m.group(2)] if value >= 0 else None


def _busybox_interval(arg: str) -> float | str:
    """BusyBox sleep's (libbb/duration.c parse_duration_str): digits and dots through strtod when there
    is a dot, else a whole number; then a suffix (xatoul_sfx). The error text when it is none."""
    m = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+|\d*\.)([smhd]?)", arg) if "." in arg else re.fullmatch(r"(\d+)([smhd]?)", arg)
    if m is None or m.group(1) == ".":
        return f"invalid number '{arg}'"  # (xatonum_template.c; a bad float part shows the usage instead)
    return float(m.group(1)) * _SUFFIX[m.group(2)]


@tool("sleep")
def _sleep(sh: Shell, argv: list[str], io: IO) -> int:
    read = _gnu_sleep_operands(sh, argv[1:], io) if sh.flavor == GNU else _busybox_sleep_operands(sh, argv[1:], io)
    if isinstance(read, int):
        return read  # refused (or nothing to sleep): its status
    if read == float("inf"):
        return _sleep_forever(sh, " ".join(a for a in argv[1:] if a != "--"))
    sh.elapsed += int(read)
    budget.current().slept += read
    if sh.timeline is not None:
        sh.timeline.now += int(read)
        sh.timeline.check()
    return 0


def _gnu_sleep_operands(sh: Shell, args: list[str], io: IO) -> float | int:
    """GNU sleep's seconds, or the status it ends with having said why. getopt_long runs over every
    operand before "--" first (parse_gnu_standard_options_only, scan_all): "-1" is an option to it,
    and an unknown one; a bare "--" leaves nothing, and sleeps 0 s (main checks argc, not optind)."""
    if not args:
        raise _missing(io, "sleep", "missing operand", True)
    ends = args.index("--") if "--" in args else len(args)
    option = next((a for a in args[:ends] if a.startswith("-") and a != "-"), None)
    if option is not None and len(option) > 2 and ("--help".startswith(option) or "--version".startswith(option)):
        io.err(f"layerlab: sleep {option} is not simulated")  # (getopt_long takes a prefix of either)
        return 126
    if option is not None:
        io.err(f"sleep: unrecognized option '{option}'" if option.startswith("--") else f"sleep: invalid option -- '{option[1]}'")
        io.err("Try 'sleep --help' for more information.")
        return 1
    args = [a for i, a in enumerate(args) if i != ends]
    refused = [arg for arg in args if _gnu_interval(arg) is None]
    for arg in refused:  # each one said, then the usage line (sleep.c main)
        io.err(f"sleep: invalid time interval {sh.quote(arg)}")
    if refused:
        io.err("Try 'sleep --help' for more information.")
        return 1
    return sum(_gnu_interval(arg) or 0.0 for arg in args)


def _busybox_sleep_operands(sh: Shell, args: list[str], io: IO) -> float | int:
    """BusyBox sleep's seconds (coreutils/sleep.c: skip_dash_dash, "inf..." for ever, then each
    operand's duration added), or 1 having said why."""
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        raise _missing(io, "sleep", "missing operand", False)
    if args[0][:3].lower() == "inf":  # "GNU sleep accepts inf..." (coreutils/sleep.c): for ever
        return float("inf")
    total = 0.0
    for arg in args:
        seconds = _busybox_interval(arg)
        if isinstance(seconds, str):
            io.err(f"sleep: {seconds}")
            return 1
        total += seconds
    return total


def _sleep_forever(sh: Shell, said: str) -> int:
    """`sleep infinity`: in a background job, the job runs on for ever; else as waits_forever."""
    if in_job():
        raise JobNeverEnds()
    return waits_forever(sh, f"sleep {said}")


def waits_forever(sh: Shell, said: str) -> int:
    """A command that never returns (`sleep infinity`, `wait` for a job that never ends): a
    container's main process goes on running from here (as far ahead as layerlab runs it); at a
    terminal the line never ends, so it is stopped, as /dev/zero's reader is."""
    if sh.timeline is not None:
        raise Suspended()
    raise budget.OverBudget(f"layerlab: {said} never ends: a terminal waits for it until Ctrl-C stops it; "
                            "nothing was changed", 130)


# The PATH a shell gives itself when its environment has none (not exported): bash's
# DEFAULT_PATH_VALUE (config-top.h, variables.c set_if_not), dash's defpathvar (var.c), BusyBox
# ash's bb_PATH_root_path (libbb/messages.c)
_DEFAULT_PATH = {"bash": "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.",
                 "dash": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                 "ash": "/sbin:/usr/sbin:/bin:/usr/bin"}


def _child_shell(sh: Shell, name: str, **given: Any) -> Shell:
    """A shell that sh starts (sh -c, a script, commands on its input), with sh's environment."""
    sub = Shell(sh.world, sh.view, sh.flavor, sh.where, sh.cwd, dict(sh.env), name=name, extra=sh.extra,
                timeline=sh.timeline, pid=sh.spawns or sh.pid + 1, ppid=0 if sh.spawns else sh.pid, spawns=0, **given)
    sub.utf8 = sh.utf8  # the locale comes with the environment (LANG=C.UTF-8 on the host)
    if "PATH" not in sub.env:
        sub.env["PATH"] = _DEFAULT_PATH["bash" if name == "bash" else "ash" if sh.flavor == BUSYBOX else "dash"]
        sub.exported.discard("PATH")
    sub.pipes = list(sh.pipes)  # the descriptors it holds open, a process substitution's (shellprocsub.py)
    return sub


@tool("sh", "host gnu busybox")
def _sh(sh: Shell, argv: list[str], io: IO) -> int:
    options: set[str] = set()
    started = shellstart.started(argv, "bash" if argv[0].rsplit("/", 1)[-1] == "bash" else "ash" if sh.flavor == BUSYBOX
                                 else "dash", sh.bash_release())
    if isinstance(started, shellstart.Said):
        for line in started.out:
            io.out(line)
        for line in started.err:
            io.err(line)
        return started.status
    if started is not None:
        options, argv = started
    if len(argv) >= 3 and argv[1] == "-c":
        # `bash -c` speaks bash's words (bash: nope: command not found), `sh -c` dash's or ash's
        name = "bash" if argv[0].rsplit("/", 1)[-1] == "bash" else "sh"
        # $0 is the name after the text, else the shell as it was called (/bin/sh); a name given is
        # also the commandname dash 0.5.10 and ash print (shellprefix.py)
        named = argv[3] if len(argv) > 3 else ""
        sub = _child_shell(sh, name, positional=argv[4:], arg0=named or argv[0], mode="-c", commandname=named,
                           options=set(options))
        try:
            status = run_text(sub, argv[2], io)
        except ExitShell as exc:
            status = int(exc.args[0])
        finally:
            shelltrap.keep_for_process(sub)
        status = shelltrap.on_exit(sub, status, io)
        sh.elapsed += sub.elapsed
        return status
    if len(argv) >= 2 and not argv[1].startswith("-"):
        bash = argv[0].rsplit("/", 1)[-1] == "bash"
        path = sh.path(argv[1])
        node = sh.view.get(path)
        if node is None or node.kind == DIR:
            return _no_script(sh, argv[1], node is None, bash, io)
        sub = _child_shell(sh, "bash" if bash else "sh", positional=argv[2:], arg0=argv[1], mode="file",
                           commandname=argv[1], options=set(options))
        try:
            status = run_text(sub, node.data, io)
        except ExitShell as exc:
            status = int(exc.args[0])
        finally:
            shelltrap.keep_for_process(sub)
        status = shelltrap.on_exit(sub, status, io)
        sh.elapsed += sub.elapsed
        return status
    if io.stdin:  # `sh < script`, `echo 'echo hi' | sh`: the commands come on its input
        return _commands_on_input(sh, argv, options, io)
    return 0  # an interactive shell with no terminal reads EOF and exits


def run_text(sub: Shell, text: str, io: IO) -> int:
    """A shell's own text (its -c text, its script, its input) run as the shell reads it: one
    command at a time (a line, or the lines of a compound command or here-document it opens), each
    run before the next is read (bash parse_and_execute and reader_loop, dash's and ash's cmdloop).
    So the commands before a syntax error have run, and the error names its own line and ends the
    shell (status 2)."""
    status = 0
    for first, command in script_commands(text):
        sub.lineno = first
        status = sub.run_line(command, io, reading=True)
    return status


def _commands_on_input(sh: Shell, argv: list[str], options: set[str], io: IO) -> int:
    """A shell reading its commands from its input (`sh -s WORDS`: the words are $1 ...)."""
    sub = _child_shell(sh, "bash" if argv[0].rsplit("/", 1)[-1] == "bash" else "sh", mode="file", reads="input",
                       options=set(options), positional=argv[2:] if argv[1:2] == ["-s"] else [])
    try:
        status = run_text(sub, io.stdin or "", io.child())
    except ExitShell as exc:
        status = int(exc.args[0])
    status = shelltrap.on_exit(sub, status, io.child())
    sh.elapsed += sub.elapsed
    return status


TOOLS["bash"] = ToolSpec(_sh, frozenset({"host", "gnu"}))


def _no_script(sh: Shell, name: str, missing: bool, bash: bool, io: IO) -> int:
    """`sh NAME` when NAME is missing (or a folder): bash's words, dash's (src/input.c setinputfile:
    0.5.10, node:14's, "Can't open" and 127; 0.5.12's sh_open_fail "cannot open", 2), ash's."""
    why = "No such file or directory" if missing else "Is a directory"
    if bash:
        io.err(f"bash: {name}: {why}")
        return 127 if missing else 126
    if sh.flavor != GNU:
        io.err(f"sh: can't open '{name}': {why}")
        return 127
    if sh.debian_buster():
        io.err(f"sh: 0: Can't open {name}")
        return 127
    io.err(f"sh: 0: cannot open {name}: No such file")
    return 2


def _typed_words(raw: list[str], env: dict[str, str]) -> list[str] | None:
    """A command's words as they will run, when the typing and the variables decide them (quotes
    removed, $NAME and ${NAME} expanded; no $( ), $(( )), ` or pattern, no ~); else None."""
    if not all(_typed(word) for word in raw):
        return None
    return [field for word in raw for field in expand(word, env, lambda text: "")]


_PARAMETER = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9#?@*!$-]|\{[A-Za-z_][A-Za-z0-9_]*\})")


def _typed(word: str) -> bool:
    quote, i = "", 0
    while i < len(word):
        ch = word[i]
        parameter = _PARAMETER.match(word, i) if ch == "$" and quote != "'" else None
        if quote == "'":
            quote = "" if ch == "'" else quote
        elif ch == "\\":
            i += 1
        elif parameter is not None:
            i = parameter.end() - 1
        elif ch in "$`" or (not quote and ch in "*?[~"):
            return False
        elif ch == '"' or (ch == "'" and not quote):
            quote = "" if quote == ch else ch
        i += 1
    return True


def _script_or_refusal(node: Node | None) -> Tool | None:
    """What running a file by its path does: a script with the execute bit runs (its #! line names
    the interpreter, else the shell runs it itself, as bash's execute_cmd.c and dash's exec do on
    ENOEXEC); a file without the bit or a folder is refused as execve refuses it (EACCES)."""
    if node is None:
        return None
    if node.kind == DIR or not node.mode & 0o111:
        return _not_executable
    return _run_script if node.kind == FILE and _is_script(node) else None


def _is_script(node: Node) -> bool:
    """Text to run, not one of the programs' stand-ins (app/engine/rootfs.py marks those "\x7fELF")."""
    return bool(node.data) and not node.data.startswith("\x7fELF")


def _file_on_the_way(sh: Shell, path: str) -> bool:
    """Whether a folder path goes through is a file (execve's ENOTDIR)."""
    parent = parent_of(path)
    while parent != "/":
        node = sh.view.get(parent)
        if node is not None:
            return node.kind != DIR
        parent = parent_of(parent)
    return False


def _not_executable(sh: Shell, argv: list[str], io: IO) -> int:
    try:
        node = sh.view.get(sh.path(argv[0]))
        why = ("Is a directory" if node is not None and node.kind == DIR else
               "Not a directory" if node is None and _file_on_the_way(sh, sh.path(argv[0])) else "Permission denied")
    except FsError as exc:
        why = ERRNO_TEXT.get(exc.code, exc.code)
    io.err(f"{sh.who()}{argv[0]}: {why if sh.name == 'bash' else 'Permission denied'}")
    return 126


def _run_script(sh: Shell, argv: list[str], io: IO) -> int:
    """A script file run by its path: `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env node`..."""
    node = sh.view.get(sh.path(argv[0]))
    data = node.data if node is not None else ""
    first = data.split("\n", 1)[0]
    if not first.startswith("#!"):
        return _sh(sh, ["bash" if sh.name == "bash" else "sh", *argv], io)  # ENOEXEC: the shell runs it
    words = first[2:].split()
    interpreter = words[0] if words else ""
    program = interpreter
    if interpreter.rsplit("/", 1)[-1] == "env" and len(words) > 1 and sh.resolve(interpreter) is not None:
        words = words[1:]
        program = words[0]
        if sh.resolve(program) is None:  # env itself runs and does not find the program
            io.err(f"env: can't execute '{program}': No such file or directory" if sh.flavor == BUSYBOX
                   else f"{interpreter}: {sh.quote(program)}: No such file or directory")
            return 127
    fn = sh.resolve(program) if program else None
    if fn is None:
        if sh.name == "bash":
            io.err(f"{sh.who()}{argv[0]}: {interpreter}: bad interpreter: No such file or directory")
            return 126
        io.err(f"{sh.who()}{argv[0]}: not found")
        return 127
    return fn(sh, [program.rsplit("/", 1)[-1], *words[1:], *argv], io)
TOOLS["dash"] = ToolSpec(_sh, frozenset({"host", "gnu"}))


def _typed_target(sh: Shell, dest_arg: str, arg: str) -> tuple[str, str]:
    """Where a source goes inside an existing directory operand: (path, name as the tool shows it).

    GNU cp/mv append the source's last component as typed (cp.c: `cp -R src/.. dest` copies
    into dest/., not dest/..); BusyBox appends it as is (concat_path_file).
    """
    base = arg.rstrip("/").rsplit("/", 1)[-1] or "/"
    if sh.flavor == GNU and base == "..":
        base = "."
    shown = dest_arg + base if dest_arg.endswith("/") else f"{dest_arg}/{base}"
    return sh.path(shown), shown


@tool("mv")
def _mv(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "mv", argv, "f")
    if len(operands) < 2:
        raise _missing(io, "mv", "missing file operand" if not operands
                       else f"missing destination file operand after {sh.quote(operands[0])}", sh.flavor == GNU)
    dest = sh.path(operands[-1])
    status = 0
    dnode = sh.view.get(dest)
    for arg in operands[:-1]:
        src = sh.path(arg)
        if dnode is not None and dnode.kind == DIR:
            target = join(dest, src.rsplit("/", 1)[-1])
            shown = _typed_target(sh, operands[-1], arg)[1].rstrip("/")
        else:
            target, shown = dest, operands[-1]
        try:
            if sh.view.get(src) is None:
                raise FsError("ENOENT", src)
            try:
                sh.view.rename(src, target)
            except FsError as exc:
                if exc.code != "EXDEV":
                    raise
                if not _mv_across(sh, io, src, target, arg, shown):
                    status = 1
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            if exc.code == "ENOENT" and sh.view.get(src) is None:
                io.err(f"mv: can't rename '{arg}': {text}" if sh.flavor == BUSYBOX
                       else f"mv: cannot stat {sh.quote(arg)}: {text}")
            elif exc.code == "EINVAL" and sh.flavor == GNU:
                # copy.c: rename(2) refuses a directory into itself with EINVAL
                io.err(f"mv: cannot move {sh.quote(arg)} to a subdirectory of itself, {sh.quote(shown)}")
            else:
                io.err(f"mv: can't rename '{arg}': {text}" if sh.flavor == BUSYBOX
                       else f"mv: cannot move {sh.quote(arg)} to {sh.quote(shown)}: {text}")
            status = 1
    return status


def _mv_across(sh: Shell, io: IO, src: str, target: str, arg: str, shown: str) -> bool:
    """mv where rename(2) says EXDEV (across file systems, or an overlay directory from a lower
    layer): a copy, then the source removed as rm -r would (GNU mv.c do_move, BusyBox mv.c
    remove_file), a mount point in it staying with an error."""
    node = sh.view.get(src)
    if node is not None and node.kind == DIR:
        if not _copy_tree(sh, src, target, arg, shown, io):
            return False
    else:
        sh.view.copy_file(src, target)
    return _remove_walk(sh, io, "mv", src, arg)


@tool("cp")
def _cp(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "cp", argv, "rRaf")
    if len(operands) < 2:
        raise _missing(io, "cp", "missing file operand" if not operands
                       else f"missing destination file operand after {sh.quote(operands[0])}", sh.flavor == GNU)
    dest = sh.path(operands[-1])
    dnode = sh.view.get(dest)
    status = 0
    for arg in operands[:-1]:
        src = sh.path(arg)
        node = sh.view.get(src)
        if dnode is not None and dnode.kind == DIR:
            target, shown = _typed_target(sh, operands[-1], arg)
        else:
            target, shown = dest, operands[-1]
        try:
            if node is None:
                raise FsError("ENOENT", src)
            if node.kind == DIR:
                if not opts & {"r", "R", "a"}:
                    io.err(f"cp: -r not specified; omitting directory {sh.quote(arg)}"
                           if sh.flavor == GNU else f"cp: omitting directory '{arg}'")
                    status = 1
                    continue
                if not _copy_tree(sh, src, target, arg, shown, io):
                    status = 1
            elif not _cp_file(sh, io, src, target, arg):
                status = 1
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            if node is None:
                io.err(f"cp: can't stat '{arg}': {text}" if sh.flavor == BUSYBOX
                       else f"cp: cannot stat {sh.quote(arg)}: {text}")
            elif exc.code == "ENOSPC" and sh.view.get(target) is not None:  # made, then short of room (libbb/copyfd.c; coreutils copy.c sparse_copy)
                io.err("cp: write error: " + text if sh.flavor == BUSYBOX else f"cp: error writing {sh.quote(shown)}: {text}")
            else:
                io.err(f"cp: can't create '{operands[-1]}': {text}" if sh.flavor == BUSYBOX
                       else f"cp: cannot create regular file {sh.quote(operands[-1])}: {text}")
            status = 1
    return status


def _copy_tree(sh: Shell, src: str, dst: str, src_arg: str, dst_arg: str, io: IO) -> bool:
    """cp -r of directory src to dst, depth first in name order, one step per entry.

    A copy into itself ends as each cp does (False): GNU remembers the source and the first
    directory it creates and stops when it meets one again (copy.c, "cannot copy a directory,
    %s, into itself, %s", then copy_dir stops at every level); BusyBox remembers every directory
    it creates, skips one it meets again and goes on (libbb/copy_file.c, "recursion detected").
    A directory is known by where it is stored, as the kernel knows it by its inode.
    """
    view = sh.view
    spent = budget.current()
    gnu = sh.flavor != BUSYBOX

    def ident(path: str) -> tuple[int, str]:
        loc = view.locate(path)
        return id(loc.tree), loc.inner

    remembered = {ident(src): dst}  # GNU: command-line source and first created directory
    created: set[tuple[int, str]] = set()  # BusyBox: every directory created or entered
    refused: list[str] = []  # the folders the user may not open (made, left empty)
    ok = True

    def open_dir(s: str, d: str, shown: str) -> tuple[str, str, str, Iterator[str]]:
        if view.get(d) is None:
            view.mkdir(d)
            if gnu and len(remembered) == 1:
                remembered[ident(d)] = d
        created.add(ident(d))
        return s, d, shown, _cp_names(sh, io, s, shown, refused)  # listed after the mkdir, as readdir would

    stack = [open_dir(src, dst, src_arg)]
    while stack:
        s_dir, d_dir, shown_dir, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        spent.step()
        s, d = join(s_dir, name), join(d_dir, name)
        node = view.get(s)
        if node is None:
            continue
        if node.kind != DIR:
            ok = _cp_file(sh, io, s, d, shown_dir + name if shown_dir.endswith("/") else f"{shown_dir}/{name}") and ok
            continue
        me = ident(s)
        shown = shown_dir + name if shown_dir.endswith("/") else f"{shown_dir}/{name}"
        if gnu:
            earlier = remembered.get(me)
            if earlier is not None and ident(earlier) == me:
                io.err(f"cp: cannot copy a directory, {sh.quote(src_arg)}, into itself, {sh.quote(dst_arg)}")
                return False
        elif me in created:
            io.err(f"cp: recursion detected, omitting directory '{shown}'")
            ok = False
            continue
        stack.append(open_dir(s, d, shown))
    return ok and not refused


def _cp_names(sh: Shell, io: IO, src: str, shown: str, refused: list[str]) -> Iterator[str]:
    """The names in a source folder cp -r has made the copy of; none for one the user may not
    open, its name added to refused: GNU's copy_dir says savedir's "cannot access" (coreutils
    src/copy.c), BusyBox's copy_file gives up on it without a word (libbb/copy_file.c: opendir,
    retval -1); both go on."""
    try:
        return iter(sh.view.children(src))
    except FsError as exc:
        if exc.code != "EACCES":
            raise
        if sh.flavor != BUSYBOX:
            io.err(f"cp: cannot access {sh.quote(shown)}: {ERRNO_TEXT[exc.code]}")
        refused.append(shown)
        return iter(())


def _cp_file(sh: Shell, io: IO, src: str, dst: str, shown: str) -> bool:
    """Copy one file, or say why not when the user may not read it (/etc/shadow on the host): GNU
    copy_reg opens the source before it makes the copy ("cannot open %s for reading"), BusyBox
    uses open_or_warn ("can't open")."""
    node = sh.view.get(src)
    if node is not None and not sh.view.readable(node):
        io.err(f"cp: cannot open {sh.quote(shown)} for reading: Permission denied" if sh.flavor != BUSYBOX
               else f"cp: can't open '{shown}': Permission denied")
        return False
    sh.view.copy_file(src, dst)
    return True


@tool("clear", "host gnu")
def _clear(sh: Shell, argv: list[str], io: IO) -> int:
    """The terminal is cleared (the web terminal starts again after this line)."""
    return 0


