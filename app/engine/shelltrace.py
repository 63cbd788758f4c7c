"""set -x (xtrace): before a simple command runs, the shell writes it to its standard error as it
will run, its words expanded, after PS4 ("+ " unless set otherwise).

bash (print_cmd.c xtrace_print_word_list, xtrace_print_assignment, indirection_level_string):
each assignment on a line of its own, then the words; a word with a character the shell reads
specially goes in single quotes, one with a character that does not print in $'...', an empty one
as ''; PS4's first character is repeated once more for each level of eval, source and $( ) the
command runs in (`++ date` for a $(date)); a for loop's head is written at each pass with its words
as typed (`+ for f in *.txt`), a case's with its word (`+ case $x in`). dash and BusyBox ash
(eval.c evalcommand, eprintlist; ash.c evalcommand): one line, the assignments then the words,
PS4 as it is, no levels; dash quotes nothing, ash quotes as bash does.

bash's (( )) is written with its variables expanded (`+ (( n = 5 + 1 ))`: xtrace_print_arith_cmd
after expand_words_no_vars); one with a $( ) in it as typed, so that its command runs once. [[ ]]
is written as a simple command is, not term by term as bash does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import budget, shellarrays
from .shellparams import quote_reusable
from .shellparse import expand_heredoc
from .toolkit import BUSYBOX, IO

if TYPE_CHECKING:
    from .shell import Shell

# lib/sh/shquote.c sh_contains_shell_metas: a word with one of these is single-quoted (looked for
# by a regex, not a character at a time: 32 MB of traced words took 2.9 s, with control
# characters more than 10 s)
_METAS = re.compile(r"[ \t\n'\"\\|&;()<>!{}*\[?\]^$`]")


def _quoted(word: str) -> str:
    if not word:
        return "''"
    if _METAS.search(word) or word[0] in "~#" or "=~" in word or ":~" in word:
        return "'" + word.replace("'", "'\\''") + "'" if word != "'" else "\\'"
    if not word.isprintable():
        return quote_reusable(word)  # (strtrans.c ansic_quote: $'...')
    return word


def _assigned(value: str) -> str:
    """xtrace_print_assignment: an empty value as nothing, else quoted as a word is."""
    return value if not value else _quoted(value)


def on(sh: Shell) -> bool:
    return "xtrace" in sh.options


def prefix(sh: Shell) -> str:
    ps4 = sh.env.get("PS4", "+ ")
    if sh.name != "bash" or not ps4:
        return ps4
    return ps4[0] * (sh.evaluating + sh.sourcing + sh.trace_depth) + ps4


def simple(sh: Shell, assignments: list[tuple[str, str]], argv: list[str], io: IO) -> None:
    """The trace of a simple command about to run (its assignments alone when it has no words)."""
    if sh.name == "bash":
        for name, value in assignments:
            words = shellarrays.literal_words(value)  # NAME=(...): its words as they were typed
            shown = _assigned(value) if words is None else "(" + " ".join(words) + ")"
            _write(io, f"{prefix(sh)}{name}={shown}")
        if argv:
            _write(io, prefix(sh) + " ".join(_quoted(w) for w in argv))
        return
    quote = _quoted if sh.flavor == BUSYBOX else (lambda w: w)
    parts = [f"{name}={quote(value) if value else ''}" for name, value in assignments] + [quote(w) for w in argv]
    _write(io, prefix(sh) + " ".join(parts))


def _write(io: IO, line: str) -> None:
    """A trace line, charged as text held is (a step per 4 KiB): a PS4 or words of megabytes at each
    of a loop's passes are work, wherever the terminal stops keeping them."""
    budget.current().step(len(line) >> 12)
    io.err(line)


def loop_head(sh: Shell, name: str, raw: list[str] | None, io: IO) -> None:
    """bash's for head at each pass (xtrace_print_for_command_head: the words as typed)."""
    if sh.name == "bash" and on(sh):
        io.err(f"{prefix(sh)}for {name} in " + " ".join(raw if raw is not None else ['"$@"']))


def arith(sh: Shell, expression: str, io: IO) -> None:
    if sh.name != "bash" or not on(sh):
        return
    text = expression.strip()
    if "$(" not in text and "`" not in text and "$" in text:
        text = expand_heredoc(text, sh.expansion_env(), lambda inner: "")
    io.err(f"{prefix(sh)}(( {text} ))")


def case_head(sh: Shell, raw: str, io: IO) -> None:
    if sh.name == "bash" and on(sh):
        io.err(f"{prefix(sh)}case {raw} in")
