"""bash's conditional command, [[ expression ]]: its grammar and how it is evaluated.

From bash 5.2: parse.y (cond_or, cond_and, cond_term, cond_error: the words of its syntax errors),
execute_cmd.c execute_cond_node (the words are expanded without splitting or pathname expansion;
the right side of == and != is a pattern, of =~ an extended regular expression, each with its
quoted parts taken as they are; -eq and the other arithmetic operators evaluate both sides as
arithmetic expressions; < and > compare strings) and test.c (unary_test, binary_test). An
expression is a tree of tuples: ("or", [terms]), ("and", [terms]), ("not", term), ("unary", op,
word), ("binary", op, left, right), ("word", word), the words raw as typed. =~ sets the array
BASH_REMATCH (lib/sh/shmatch.c sh_regmatch): the match, then each parenthesized part ("" for one
that took no part), emptied when nothing matches, left alone when the expression is refused.
(dash has no [[: it is a command it does not find.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import budget, shellarrays, shellassign, shellflags, shelltrace
from .budget import OverBudget
from .shellarith import ArithError, message
from .shellparse import Arithmetic, ShellSyntaxError, _Lexer

if TYPE_CHECKING:
    from .shell import Shell
    from .shellgrammar import _Parser
    from .toolkit import IO

Cond = tuple[Any, ...]

UNARY = frozenset(f"-{c}" for c in "abcdefghknoprstuvwxzGLNORS")
_ARITHMETIC = {"-eq": lambda a, b: a == b, "-ne": lambda a, b: a != b, "-lt": lambda a, b: a < b,
               "-le": lambda a, b: a <= b, "-gt": lambda a, b: a > b, "-ge": lambda a, b: a >= b}
BINARY = frozenset({"==", "=", "!=", "=~", "<", ">", "-nt", "-ot", "-ef", *_ARITHMETIC})
_ENDS = (("word", "]]"), ("op", "&&"), ("op", "||"), ("op", ")"))
MAX_DEPTH = 100  # parentheses one [[ ]] may nest (each is a level of the parser)


class CondSyntaxError(ShellSyntaxError):
    """A syntax error inside [[ ]]: said in bash's words (some of which are nothing at all)."""


# -- the grammar -------------------------------------------------------------------------------

def parse(p: _Parser) -> Cond:
    """From the `[[` at p's token to the `]]` that ends it (p is left after it)."""
    p.advance()
    tree = _or(p, 0)
    t = p.tok()
    if t != ("word", "]]"):
        if t is None:
            raise CondSyntaxError("unexpected EOF while looking for `]]'")
        raise CondSyntaxError("syntax error in conditional expression" if t[0] == "word" else
                              f"syntax error in conditional expression: unexpected token `{_shown(t)}'")
    p.advance()
    return tree


def _shown(t: tuple[str, str] | None) -> str:
    if t is None or t == ("op", "\n"):
        return "newline"
    return t[1]


def _skip_newlines(p: _Parser) -> tuple[str, str] | None:
    while p.is_op("\n"):
        p.advance()
    return p.tok()


def _or(p: _Parser, depth: int) -> Cond:
    terms = [_and(p, depth)]
    while p.is_op("||"):
        p.advance()
        terms.append(_and(p, depth))
    return terms[0] if len(terms) == 1 else ("or", terms)


def _and(p: _Parser, depth: int) -> Cond:
    terms = [_term(p, depth)]
    while p.is_op("&&"):
        p.advance()
        terms.append(_term(p, depth))
    return terms[0] if len(terms) == 1 else ("and", terms)


def _term(p: _Parser, depth: int) -> Cond:
    """cond_term: `!` term, ( expression ), a unary operator and its word, a word and a binary
    operator and its word, or a word alone."""
    bangs = 0
    while (t := _skip_newlines(p)) == ("word", "!"):
        bangs += 1
        p.advance()
    term = _primary(p, depth, t)
    _skip_newlines(p)
    return ("not", term) if bangs % 2 else term


def _primary(p: _Parser, depth: int, t: tuple[str, str] | None) -> Cond:
    if t is None or t == ("word", "]]"):
        raise CondSyntaxError("" if t else "unexpected EOF while looking for `]]'")  # COND_RETURN_ERROR: no words
    if t == ("op", "("):
        if depth >= MAX_DEPTH:
            raise OverBudget(f"layerlab: this [[ ]] nests parentheses more than {MAX_DEPTH} levels deep, the most "
                             "the simulated terminal follows", 2)
        p.advance()
        inner = _or(p, depth + 1)
        if not p.is_op(")"):
            raise CondSyntaxError(f"unexpected token `{_shown(p.tok())}', expected `)'")
        p.advance()
        return inner
    if t[0] != "word":
        raise CondSyntaxError(f"unexpected token `{_shown(t)}' in conditional command")
    p.advance()
    if t[1] in UNARY:
        arg = p.tok()
        if arg is None or arg[0] != "word" or arg == ("word", "]]"):
            raise CondSyntaxError(f"unexpected argument `{_shown(arg)}' to conditional unary operator")
        p.advance()
        return ("unary", t[1], arg[1])
    return _binary(p, t[1])


def _binary(p: _Parser, left: str) -> Cond:
    op = p.tok()
    if op is None or op in _ENDS:
        if op is None:
            raise CondSyntaxError("unexpected token `newline', conditional binary operator expected")
        return ("word", left)
    if (op[0] == "redir" and op[1] in ("<", ">")) or (op[0] == "word" and op[1] in BINARY):
        name = op[1]
    elif op[0] == "word":
        raise CondSyntaxError("conditional binary operator expected")
    else:
        raise CondSyntaxError(f"unexpected token `{_shown(op)}', conditional binary operator expected")
    p.advance()
    if name == "=~":
        return ("binary", name, left, _regex_word(p))
    right = p.tok()
    if right is None or right[0] != "word" or right == ("word", "]]"):
        raise CondSyntaxError(f"unexpected argument `{_shown(right)}' to conditional binary operator")
    p.advance()
    return ("binary", name, left, right[1])


def _regex_word(p: _Parser) -> str:
    """The right side of =~ as typed: bash reads it as one word in which ( ) and | are its own and
    blanks inside parentheses belong to it (parse.y PST_REGEXP)."""
    first, depth = p.i, 0
    while (t := p.tok()) is not None:
        gap = p.i > first and p.lexer.starts[p.i] != p.lexer.ends[p.i - 1]
        if depth == 0 and (t in (("word", "]]"), ("op", "&&"), ("op", "||")) or (gap and p.i > first)):
            break
        if t == ("op", "\n"):
            break
        depth += (t == ("op", "(")) - (t == ("op", ")"))
        if depth < 0:
            break
        p.advance()
    if p.i == first:
        raise CondSyntaxError(f"unexpected argument `{_shown(p.tok())}' to conditional binary operator")
    return p.lexer.text[p.lexer.starts[first]:p.lexer.ends[p.i - 1]]


# -- evaluation --------------------------------------------------------------------------------

def run(sh: Shell, tree: Cond, io: IO) -> int:
    """The status of [[ ]]: 0 true, 1 false, 2 for a regular expression that does not compile;
    an arithmetic error is said and gives 1 (execute_cmd.c execute_cond_command)."""
    try:
        return 0 if _true(sh, tree, io) else 1
    except ArithError as exc:
        io.err(message(exc, "bash", sh.who(), command="[["))
        return 1
    except _BadRegex:
        return 2


class _BadRegex(Exception):
    pass


def _true(sh: Shell, tree: Cond, io: IO) -> bool:
    kind = tree[0]
    budget.current().step()  # each term tested is a step of the line's work
    if kind == "or":
        return any(_true(sh, term, io) for term in tree[1])
    if kind == "and":
        return all(_true(sh, term, io) for term in tree[1])
    if kind == "not":
        return not _true(sh, tree[1], io)
    if kind == "word":
        word = sh.expand_word(tree[1], io)
        _trace(sh, io, word)
        return word != ""
    if kind == "unary":
        arg = sh.expand_word(tree[2], io)
        _trace(sh, io, tree[1], arg)
        return _unary(sh, tree[1], arg, io)
    return _binary_true(sh, tree[1], tree[2], tree[3], io)


def _trace(sh: Shell, io: IO, *words: str) -> None:
    """set -x: each term as it is tested, its words expanded (print_cmd.c xtrace_print_cond_term)."""
    if shelltrace.on(sh):
        io.err(f"{shelltrace.prefix(sh)}[[ {' '.join(words)} ]]")


def _binary_true(sh: Shell, op: str, left_raw: str, right_raw: str, io: IO) -> bool:
    left = sh.expand_word(left_raw, io)
    if op in ("==", "=", "!="):
        pattern = sh.pattern(right_raw, io)
        _trace(sh, io, left, op, sh.expand_word(right_raw, io))
        return pattern.matches(left) == (op != "!=")
    if op == "=~":
        source = _regex_source(sh, right_raw, io)
        _trace(sh, io, left, op, source)
        found = _searches(source, left)
        shellassign.drop(sh, "BASH_REMATCH")  # unbind_global_variable_noref, then a new array
        sh.arrays["BASH_REMATCH"] = {} if found is None else {
            i: found.group(i) or "" for i in range(len(found.groups()) + 1)}
        shellarrays.mirror(sh.arrays, sh.env, "BASH_REMATCH")
        return found is not None
    right = sh.expand_word(right_raw, io)
    _trace(sh, io, left, op, right)
    if op in _ARITHMETIC:
        return bool(_ARITHMETIC[op](_arithmetic(sh, left, io), _arithmetic(sh, right, io)))
    if op in ("<", ">"):
        return left < right if op == "<" else left > right
    return _files(sh, op, left, right)


def _arithmetic(sh: Shell, word: str, io: IO) -> int:
    return int(sh.substitute(Arithmetic(word), io)) if word.strip() else 0


def _regex_source(sh: Shell, raw: str, io: IO) -> str:
    """The regular expression: what was typed, expanded, its quoted parts matching themselves
    (execute_cmd.c: the pattern is expanded with its quoted characters escaped)."""
    env, sub = sh.expansion_env(), (lambda inner: sh.substitute(inner, io))
    out: list[str] = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\":
            out.append(_escaped(raw[i + 1 : i + 2]))
            i += 2
        elif c == "'":
            end = raw.find("'", i + 1)
            end = len(raw) if end < 0 else end
            out.append(_escaped(raw[i + 1 : end]))
            i = end + 1
        elif c in "\"$`":
            lexer = _Lexer(raw[i:], env, sub)
            text = lexer.double_quoted() if c == '"' else lexer.dollar() if c == "$" else lexer.backquoted()
            out.append(_escaped(text) if c == '"' else text)
            i += max(lexer.i, 1)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _escaped(text: str) -> str:
    return re.sub(r"([][\\.^$*+?(){}|])", r"\\\1", text)


def _searches(source: str, text: str) -> Any:
    """The match (a regex module's Match), None when there is none."""
    from .tools.sedregex import RegexError, compile_posix

    try:
        compiled = compile_posix(source, ere=True)
    except RegexError:
        raise _BadRegex() from None
    try:
        return compiled.pattern.search(text, timeout=budget.current().regex_timeout())
    except TimeoutError:
        raise budget.regex_error("bash: [[") from None


def _unary(sh: Shell, op: str, arg: str, io: IO) -> bool:
    """test.c unary_test."""
    from .tools.testprintf import file_test, terminals

    if op in ("-z", "-n"):
        return (arg == "") == (op == "-z")
    if op == "-v":
        return shellassign.is_set(sh, arg, io)
    if op == "-o":
        return arg in shellflags.NAMES["bash"] and shellflags.is_on(sh, arg)
    if op == "-t":
        return arg.strip().isdigit() and int(arg) in terminals(sh, io)
    if op in ("-a", "-e"):
        return file_test(sh, "e", arg)
    if op[1] in "fdsxrwcbLhpS":
        return file_test(sh, op[1], arg)
    node = _node(sh, arg)
    if node is None:
        return False
    bits = {"-u": 0o4000, "-g": 0o2000, "-k": 0o1000}
    if op in bits:
        return bool(node.mode & bits[op])
    if op == "-O":
        return node.uid == sh.view.uid
    if op == "-G":
        return node.gid == (sh.view.groups[0] if sh.view.groups else sh.view.uid)
    return False  # -N, -R


def _node(sh: Shell, path: str) -> Any:
    from .fs import FsError

    try:
        return sh.view.get(sh.path(path)) if path else None
    except FsError:
        return None


def _files(sh: Shell, op: str, left: str, right: str) -> bool:
    """-nt and -ot by modification time (a file that is not there is older than one that is),
    -ef: the same file."""
    a, b = _node(sh, left), _node(sh, right)
    if op == "-ef":
        return a is not None and b is not None and (a is b or sh.path(left) == sh.path(right))
    if a is None or b is None:
        return (a is not None) if op == "-nt" else (b is not None)
    return a.mtime > b.mtime if op == "-nt" else a.mtime < b.mtime
