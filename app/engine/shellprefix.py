"""How a shell's own error messages begin: who speaks, and on which line.

At the learner's terminal bash says `bash: `. Reading a script or a `-c` text, each shell names
itself and the line its own way:

- bash (error.c): get_name_for_error names the script (BASH_SOURCE[0]) or else $0; error_prolog,
  behind report_error and internal_error (command not found, redirections, ${P?w}), adds
  "line N: " when N > 0, builtin_error_prolog (builtins/common.c) always does, then the builtin's
  name. bash 5.2 counts a -c text's lines from 1 (shell.c run_one_command: SEVAL_RESETLINE);
  5.0 (node:14's) from 0, so its first line goes unnamed and its builtins say "line 0".
- dash (src/error.c exvwarning2): "$0: LINE: ", then commandname when set: a builtin's name while
  it runs (eval.c evalbltin), and in dash 0.5.10 (node:14's) also the script or sh -c's name
  operand, which options.c procargs set until 0.5.11 (commit e7a5030, "options: Do not set
  commandname in procargs": "a duplicated output of arg0").
- BusyBox ash (shell/ash.c ash_vmsg): "$0: ", then when commandname is set (procargs: the script,
  or sh -c's name operand; evalbltin: the builtin) that name unless it is $0, and "line N: "
  unless the shell is interactive.

What eval runs speaks as eval in dash and ash (commandname is "eval" while it runs, so
`eval nope` says "sh: 1: eval: nope: not found"); bash's parser names eval's text as its input
(builtins/eval.def: evalstring(..., "eval", ...)).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shell import Shell


def prefix(sh: Shell, builtin: str = "", line: bool = True, at: int = 0) -> str:
    """The start of an error message of sh, or of its builtin (bash's builtin_error, dash's and
    ash's errors while the builtin runs); line: whether an interactive ash names the line (it does
    not, but layerlab's terminal lines have kept it for some builtins); at: the line to name when
    it is not the command's (a syntax error's)."""
    dialect = sh.dialect()
    if dialect == "bash":
        return _bash(sh, builtin, at)
    name = sh.arg0 or "sh"
    number = at or sh.lineno
    builtin = builtin or ("eval" if sh.evaluating else "")
    if dialect == "dash":
        command = builtin or (sh.commandname and sh.debian_buster() and name)
        return f"{name}: {number}: {command}: " if command else f"{name}: {number}: "
    command = builtin or sh.commandname
    if not command:
        return f"{name}: "
    shown = f"{command}: " if command != name else ""
    return f"{name}: {shown}line {number}: " if sh.mode or (line and builtin) else f"{name}: {shown}"


def _bash(sh: Shell, builtin: str, at: int = 0) -> str:
    if not sh.mode:
        return f"bash: {builtin}: " if builtin else "bash: "
    name = _bash_name(sh)
    number = bash_line(sh, at)
    if builtin:
        return f"{name}: line {number}: {builtin}: "
    return f"{name}: line {number}: " if number > 0 else f"{name}: "


def _bash_name(sh: Shell) -> str:
    """Who a bash that is not interactive names: BASH_SOURCE[0] (error.c get_name_for_error), else
    $0. In a function that is the file it was defined in; one a -c text defines has none, and one
    defined before the shell has finished starting is taken to come from the environment, later
    ones (read from standard input) from "main" (make_cmd.c make_function_def; shell.c runs the -c
    text before shell_initialized): `bash -c 'f() { nope; }; f'` says "environment: line 1: "."""
    if sh.frames and sh.mode == "-c":
        return "environment"
    if sh.frames and sh.reads == "input":
        return "main"
    return sh.arg0 or sh.name


def bash_line(sh: Shell, line: int = 0) -> int:
    """The line bash names (line: the parser's, else the command's): 5.0 counts a -c text from 0."""
    number = line or sh.lineno
    return number - 1 if sh.mode == "-c" and sh.bash_release() == "5.0" else number


def parser_prefix(sh: Shell, line: int) -> str:
    """bash's parser_error (error.c): the script and its line; for a -c text $0, "-c" (the input's
    name, yy_input_name) and the line; at the terminal only `bash: `."""
    if not sh.mode:
        return "bash: "
    name = _bash_name(sh)
    number = bash_line(sh, line)
    if sh.evaluating:
        return f"{name}: eval: line {number}: "
    return f"{name}: line {number}: " if sh.mode == "file" else f"{name}: -c: line {number}: "
