"""The shell's grammar (POSIX 2.9, "Shell Commands"): lists, pipelines, simple commands and the
compound commands if, while, until, for, case, { } and ( ). Nothing is expanded or run here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import shellarrays, shellcond
from .budget import MAX_NESTING, OverBudget, current, nesting_error
from .shellparse import Arithmetic, Redirect, ShellSyntaxError, SimpleCommand, _Lexer

# Compound commands inside compound commands one line may hold (each is a level of the parser).
MAX_COMPOUND_DEPTH = 100

# Words that end a compound list where a command could start (and the operators `)` and `;;`).
_ENDS = frozenset({"then", "elif", "else", "fi", "do", "done", "esac", "}"})
_STARTS = frozenset({"if", "while", "until", "for", "case", "{"})
# the builtins that take NAME=(...) among their arguments (bash builtins: ASSIGNMENT_BUILTIN)
_DECLARING = frozenset({"declare", "typeset", "local", "readonly", "export"})


@dataclass
class Compound:
    """A compound command. parts: if, its conditions and bodies in turn (an odd last one is the
    else part); while and until, the condition and the body; for, { } and ( ), the body; case, a
    body for each item."""

    kind: str  # "if", "while", "until", "for", "case", "group", "subshell", "arith" (bash's (( )): name holds it),
    # "cond" (bash's [[ ]]) or "arithfor" (bash's for (( ; ; )): words holds its three expressions)
    parts: list[list[Step]]
    name: str = ""  # for: the variable; case: the raw word
    words: list[str] | None = None  # for: the raw words after `in` (None: no `in`, the positional parameters)
    patterns: list[list[str]] = field(default_factory=list)  # case: the raw patterns of each item
    redirects: list[Redirect] = field(default_factory=list)
    cond: tuple[object, ...] | None = None  # bash's [[ ]]: its expression (shellcond.py)


@dataclass
class FunctionDef:
    """`name() body` (POSIX 2.9.5) or bash's `function name body`: running it defines the function.
    source is the definition's text, which a later line of the host's bash parses again."""

    name: str
    body: Command
    source: str = ""
    redirects: list[Redirect] = field(default_factory=list)  # none: the body's own are kept in it
    base: int = 0  # the line the text defining it began on, once defined: its body's lines count from it


Command = SimpleCommand | Compound | FunctionDef


@dataclass
class Step:
    """A pipeline and the operator that joins it to the step before (';', '&&' or '||')."""

    op: str
    pipeline: list[Command]
    negate: bool = False  # `! pipeline`: its status inverted (POSIX 2.9.2)
    line: int = 1  # the line of the text it begins on (dash names it in its messages)
    background: bool = False  # its and-or list ends in `&`: run as a job (shellbuiltins.py)
    timed: str = ""  # bash's `time` or `time -p` before it: its times are written after it (shelltime.py)


class GrammarError(ShellSyntaxError):
    """A token where the grammar has no place for it (found None: the end of the text), with the
    token that was wanted there when only one was; each shell words it its own way."""

    def __init__(self, found: tuple[str, str] | None, expecting: str | None = None, line: int = 1,
                 special: str = "") -> None:
        self.found = found
        self.expecting = expecting
        self.line = line
        self.special = special  # a message of its own: "badfor" (a for loop's variable is no name), "badfunc"
        super().__init__(self.bash())

    def bash(self) -> str:
        """bash's words (parse.y report_syntax_error)."""
        if self.special == "badfor":
            return f"`{self.found[1] if self.found else ''}': not a valid identifier"
        if self.special == "arithfor":
            return "syntax error: arithmetic expression required"
        if self.found is None:
            return "syntax error: unexpected end of file"
        return f"syntax error near unexpected token `{_shown(self.found)}'"

    def posix(self, ash: bool) -> str:
        """dash's (src/parser.c synexpect: `"fi" unexpected (expecting "then")`) or BusyBox ash's
        (shell/ash.c raise_error_unexpected_syntax: `unexpected "fi" (expecting "then")`)."""
        if self.special == "badfor":
            return "bad for loop variable" if ash else "Bad for loop variable"
        if self.special == "badfunc":  # dash src/parser.c simplecmd, ash.c simple_command
            return "bad function name" if ash else "Bad function name"
        found = _token_name(self.found)
        wanted = f' (expecting "{self.expecting}")' if self.expecting else ""
        return f"unexpected {found}{wanted}" if ash else f"{found} unexpected{wanted}"


def _shown(tok: tuple[str, str]) -> str:
    kind, value = tok
    if kind in ("here", "arith"):
        return "<<" if kind == "here" else "(("
    return "newline" if value == "\n" else value


def _token_name(tok: tuple[str, str] | None) -> str:
    """dash's and ash's tokname: end of file, newline, word and redirection plain, the rest quoted."""
    if tok is None:
        return "end of file"
    kind, value = tok
    if kind in ("redir", "here"):
        return "redirection"
    if value == "\n":
        return "newline"
    if kind == "word" and value not in _ENDS | _STARTS | {"!", "in"}:
        return "word"
    return f'"{value}"'


class _Parser:
    def __init__(self, toks: list[tuple[str, str]], lexer: _Lexer, both: bool, strict_for: bool = True) -> None:
        self.strict_for = strict_for  # dash and ash refuse a for loop's bad name as they read it; bash as it runs
        self.bash = not strict_for  # bash's own words: `function`, and a function body must be compound
        self.toks = toks
        self.lexer = lexer
        self.both = both
        self.i = 0
        self.line = 1
        self.depth = 0

    def tok(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def advance(self) -> None:
        kind, value = self.toks[self.i]
        if (kind, value) == ("op", "\n"):
            self.line += 1
        elif kind == "word":  # a quoted or backquoted part may go on over lines
            self.line += value.count("\n")
        self.i += 1

    def is_word(self, word: str) -> bool:
        return self.tok() == ("word", word)

    def is_op(self, op: str) -> bool:
        return self.tok() == ("op", op)

    def error(self, expecting: str | None = None) -> GrammarError:
        return GrammarError(self.tok(), expecting, self.line)

    def expect_word(self, word: str) -> None:
        if not self.is_word(word):
            raise self.error(word)
        self.advance()

    def skip_newlines(self) -> None:
        while self.is_op("\n"):
            self.advance()

    def at_end(self) -> bool:
        t = self.tok()
        return t is None or (t[0] == "word" and t[1] in _ENDS) or t in (("op", ")"), ("op", ";;"))

    def program(self) -> list[Step]:
        steps = self.compound_list(empty=True)
        if self.tok() is not None:
            raise self.error()
        return steps

    def compound_list(self, empty: bool = False) -> list[Step]:
        """Pipelines joined by ; & && || and newlines, up to a word or operator that ends the list."""
        steps: list[Step] = []
        op = ";"
        first = 0  # where the and-or list now being read began: a `&` puts all of it in the background
        self.skip_newlines()
        while not self.at_end():
            negate = self.bangs()
            timed = self.time_word()
            if timed:
                negate = self.bangs() != negate
            if self.is_word("!"):  # dash and ash take one (parser.c pipeline: a second is unexpected)
                raise self.error()
            line = self.line
            pipeline = [] if timed and self.pipeline_ends() else self.pipeline()
            steps.append(Step(op, pipeline, negate, line, timed=timed))
            t = self.tok()
            if t in (("op", "&&"), ("op", "||")):
                op = t[1] if t else ";"
                self.advance()
                self.skip_newlines()
                if self.at_end():
                    raise self.error()
            elif t in (("op", ";"), ("op", "&"), ("op", "\n")):
                if t == ("op", "&"):
                    for step in steps[first:]:
                        step.background = True
                op, first = ";", len(steps)
                self.advance()
                self.skip_newlines()
            else:
                break
        if not steps and not empty:
            raise self.error()
        return steps

    def bangs(self) -> bool:
        """`!` before a pipeline: bash takes any number of them, each turning the status over
        (parse.y pipeline_command); dash and ash one."""
        negate = False
        while self.is_word("!") and (self.bash or not negate):
            negate = not negate
            self.advance()
        return negate

    def time_word(self) -> str:
        """bash's reserved word `time` (and its -p) before a pipeline (parse.y timespec)."""
        if not (self.bash and self.is_word("time")):
            return ""
        self.advance()
        if self.is_word("-p"):
            self.advance()
            return "time -p"
        return "time"

    def pipeline_ends(self) -> bool:
        """Whether nothing follows where a pipeline could (`time` alone times nothing)."""
        return self.at_end() or self.tok() in (("op", ";"), ("op", "&"), ("op", "\n"), ("op", "&&"), ("op", "||"))

    def pipeline(self) -> list[Command]:
        cmds = [self.command()]
        while self.is_op("|"):
            self.advance()
            self.skip_newlines()
            cmds.append(self.command())
        return cmds

    def command(self) -> Command:
        t = self.tok()
        if t is None:
            raise self.error()
        if t == ("op", "(") or (t[0] == "word" and t[1] in _STARTS):
            self.depth += 1
            if self.depth > MAX_COMPOUND_DEPTH:
                raise OverBudget(f"layerlab: this command line nests compound commands more than "
                                 f"{MAX_COMPOUND_DEPTH} levels deep, the most the simulated terminal follows", 2)
            node = self.compound(t[1])
            self.depth -= 1
            while (after := self.tok()) is not None and after[0] in ("redir", "here"):
                self.redirect_into(node.redirects)
            return node
        if self.bash and t == ("word", "[["):
            node = Compound("cond", [], cond=shellcond.parse(self))
            while (after := self.tok()) is not None and after[0] in ("redir", "here"):
                self.redirect_into(node.redirects)
            return node
        if t[0] == "arith":
            self.advance()
            node = Compound("arith", [], name=t[1])
            while (after := self.tok()) is not None and after[0] in ("redir", "here"):
                self.redirect_into(node.redirects)
            return node
        if t[0] == "word" and t[1] in _ENDS:
            raise self.error()
        if t[0] == "op":
            raise self.error()
        empty_array = self.bash and t[1].endswith("=") and self.array_follows()  # NAME=() is no function
        if t[0] == "word" and not empty_array and (self.toks[self.i + 1:self.i + 3] == [("op", "("), ("op", ")")]
                                                   or (self.bash and t[1] == "function")):
            return self.function()
        return self.simple()

    def function(self) -> FunctionDef:
        """`name ( ) body`, and bash's `function name [( )] body`: the body is a compound command
        in bash (parse.y function_def), any command in dash and ash (parser.c: command())."""
        start = self.i
        if self.is_word("function"):
            self.advance()
            t = self.tok()
            if t is None or t[0] != "word":
                raise self.error()
        name = self.toks[self.i][1]
        self.advance()
        if self.is_op("("):
            self.advance()
            if not self.is_op(")"):
                raise self.error()
            self.advance()
        if not self.bash and not name.isidentifier():
            raise GrammarError(self.toks[start], None, self.line, special="badfunc")
        self.skip_newlines()
        t = self.tok()
        if t is None:
            raise self.error()
        if self.bash and not (t == ("op", "(") or (t[0] == "word" and t[1] in _STARTS)):
            raise self.error()
        body = self.command()
        end = self.lexer.ends[self.i - 1] if self.i - 1 < len(self.lexer.ends) else len(self.lexer.text)
        return FunctionDef(name, body, self.lexer.text[self.lexer.starts[start]:end])

    def simple(self) -> SimpleCommand:
        cmd = SimpleCommand()
        while (t := self.tok()) is not None:
            kind, value = t
            if kind == "word":
                name, eq, val = value.partition("=")
                # bash's NAME+=value appends (parse.y assignment: the + is kept with the name), and
                # NAME[SUB]=value sets an element of an array
                plain = name[:-1] if self.bash and name.endswith("+") else name
                assigns = plain.isidentifier() or (self.bash and shellarrays.ELEMENT.fullmatch(plain) is not None)
                if not cmd.argv and eq and assigns and "'" not in name:
                    if not val and self.bash and plain.isidentifier() and self.array_follows():
                        val = self.array_literal()
                    cmd.assignments.append((name, val))
                elif (eq and not val and self.bash and plain.isidentifier() and cmd.argv[0] in _DECLARING
                      and self.array_follows()):  # `declare -a NAME=(...)` (parse.y: PST_ASSIGNOK)
                    cmd.argv.append(value + self.array_literal())
                else:
                    cmd.argv.append(value)
                self.advance()
            elif kind in ("here", "redir"):
                self.redirect_into(cmd.redirects)
            elif value == "(" or kind == "arith":
                raise self.error()
            else:
                break
        return cmd

    def array_follows(self) -> bool:
        """NAME=( right after the =: bash's array assignment (parse.y: a compound assignment)."""
        at = self.i + 1
        return (at < len(self.toks) and self.toks[at] == ("op", "(") and at < len(self.lexer.starts)
                and self.lexer.starts[at] == self.lexer.ends[self.i])

    def array_literal(self) -> str:
        """The words of NAME=(WORD ...) up to its ), newlines between them allowed."""
        self.advance()
        self.advance()
        words: list[str] = []
        while (t := self.tok()) != ("op", ")"):
            if t == ("op", "\n"):
                self.advance()
                continue
            if t is None or t[0] != "word":
                raise self.error()
            words.append(t[1])
            self.advance()
        return shellarrays.literal(words)

    def redirect_into(self, redirects: list[Redirect]) -> None:
        kind, value = self.toks[self.i]
        if kind == "here":
            redirects.append(self.lexer.heredocs[int(value)])
            self.i += 1
            return
        holder = SimpleCommand()
        self.i = _redirect(holder, self.toks, self.i, self.both) + 1
        redirects.extend(holder.redirects)

    def compound(self, word: str) -> Compound:
        self.advance()
        if word == "if":
            parts = [self.compound_list()]
            self.expect_word("then")
            parts.append(self.compound_list())
            while self.is_word("elif"):
                self.advance()
                parts.append(self.compound_list())
                self.expect_word("then")
                parts.append(self.compound_list())
            if self.is_word("else"):
                self.advance()
                parts.append(self.compound_list())
            self.expect_word("fi")
            return Compound("if", parts)
        if word in ("while", "until"):
            cond = self.compound_list()
            return Compound(word, [cond, self.do_group()])
        if word == "for":
            return self.for_loop()
        if word == "case":
            return self.case()
        if word == "{":
            body = self.compound_list()
            self.expect_word("}")
            return Compound("group", [body])
        body = self.compound_list()
        if not self.is_op(")"):
            raise self.error(")")
        self.advance()
        return Compound("subshell", [body])

    def do_group(self) -> list[Step]:
        self.expect_word("do")
        body = self.compound_list()
        self.expect_word("done")
        return body

    def for_loop(self) -> Compound:
        t = self.tok()
        if self.bash and t is not None and t[0] == "arith":
            return self.arith_for(t[1])
        if t is None or t[0] != "word" or (self.strict_for and not t[1].isidentifier()):
            raise GrammarError(t, None, self.line, special="badfor")
        name = t[1]
        self.advance()
        self.skip_newlines()
        words: list[str] | None = None
        if self.is_word("in"):
            self.advance()
            words = []
            while (t := self.tok()) is not None and t[0] == "word":
                words.append(t[1])
                self.advance()
            if not (self.is_op(";") or self.is_op("\n")):
                raise self.error()
            self.advance()
        elif self.is_op(";"):
            self.advance()
        self.skip_newlines()
        return Compound("for", [self.do_group()], name=name, words=words)

    def arith_for(self, text: str) -> Compound:
        """bash's `for (( init; test; step ))`: three arithmetic expressions, any of them empty
        (parse.y arith_for_command; "arithmetic expression required" for another count)."""
        parts = text.split(";")
        if len(parts) != 3:
            raise GrammarError(("word", text), None, self.line, special="arithfor")
        self.advance()
        if self.is_op(";"):
            self.advance()
        self.skip_newlines()
        if self.is_word("{"):  # its body may be a { } group as well (parse.y arith_for_command)
            body = [Step(";", [self.command()], line=self.line)]
        else:
            body = self.do_group()
        return Compound("arithfor", [body], words=[part.strip() for part in parts])

    def case(self) -> Compound:
        t = self.tok()
        if t is None or t[0] != "word":
            raise self.error("word")
        self.advance()
        self.skip_newlines()
        self.expect_word("in")
        self.skip_newlines()
        node = Compound("case", [], name=t[1])
        while not self.is_word("esac"):
            if self.is_op("("):
                self.advance()
            patterns: list[str] = []
            while True:
                p = self.tok()
                if p is None or p[0] != "word":
                    raise self.error("word" if p is None else None)
                patterns.append(p[1])
                self.advance()
                if not self.is_op("|"):
                    break
                self.advance()
            if not self.is_op(")"):
                raise self.error(")")
            self.advance()
            node.patterns.append(patterns)
            node.parts.append(self.compound_list(empty=True))
            if self.is_op(";;"):
                self.advance()
                self.skip_newlines()
            elif not self.is_word("esac"):
                raise self.error("esac" if self.tok() is None else ";;")
        self.advance()
        return node


def parse(text: str, depth: int = 1, both: bool = False, bash: bool = False) -> list[Step]:
    """Split one command line into steps of raw words; raise ShellSyntaxError like bash would.

    Nothing is expanded or run here: bash reads the whole line before it runs any of it. depth is
    how deep text already is in $( ) and sh -c; a $( ) that would go past MAX_NESTING stops here,
    before anything runs.
    """
    if depth > MAX_NESTING:
        raise nesting_error()
    lexer = _Lexer(text, {}, lambda inner: _check_inner(inner, depth + 1), both)
    lexer.arith_command = bash
    return _Parser(lexer.tokens(), lexer, both, strict_for=not bash).program()


def command_open(text: str) -> bool:
    """Whether the text ends inside a compound command, a here-document, a quote, ${ or $( :
    a shell reading a script reads more lines before it runs it."""
    try:
        lexer = _Lexer(text, {}, lambda inner: "")
        toks = lexer.tokens()
        if any(r.wanted for r in lexer.heredocs) or _continued(text, toks):
            return True
        _Parser(toks, lexer, True).program()
    except GrammarError as exc:
        return exc.found is None
    except ShellSyntaxError as exc:
        return str(exc).startswith("unexpected EOF while looking for matching")
    except OverBudget:
        return False
    return False


def _continued(text: str, toks: list[tuple[str, str]]) -> bool:
    """Whether the text ends in a backslash that quotes the newline after it (POSIX 2.2.1: the
    line goes on), not one in a comment or inside quotes."""
    if not toks or toks[-1][0] != "word" or not text.endswith(toks[-1][1]):
        return False
    word = toks[-1][1]
    return (len(word) - len(word.rstrip("\\"))) % 2 == 1


def _read_on(chunk: str) -> bool:
    """command_open, the reading charged to the line's budget by the chunk's length (a compound
    command of many lines is read again as each line joins it)."""
    current().step(1 + len(chunk) // 256)
    return command_open(chunk)


def script_commands(text: str) -> Iterator[tuple[int, str]]:
    """A script's commands, each with the line it begins on: a line, or the lines up to the end
    of a compound command or here-document it opens (dash reads a script one command at a time).
    Each reading of the command so far is charged to the line's budget, by its length."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        first, chunk = k + 1, lines[k]
        k += 1
        while _read_on(chunk) and k < len(lines):
            chunk += "\n" + lines[k]
            k += 1
        if chunk.strip():
            yield first, chunk


def each_redirect(steps: list[Step]) -> Iterator[Redirect]:
    """Every redirection of the steps, compound commands' and those inside them included."""
    for step in steps:
        for cmd in step.pipeline:
            yield from cmd.redirects
            if isinstance(cmd, FunctionDef):
                yield from each_redirect([Step(";", [cmd.body])])
            if isinstance(cmd, Compound):
                for part in cmd.parts:
                    yield from each_redirect(part)


def _redirect(cmd: SimpleCommand, tokens: list[tuple[str, str]], i: int, both: bool = False) -> int:
    """The redirect token at i (with its target word, when it takes one) added to cmd; the index of
    the last token it used."""
    value = tokens[i][1]
    fd = 2 if value.startswith("2") else 1
    append = ">>" in value
    if "&" in value and not value.startswith("&") and not value.endswith("&"):
        cmd.redirects.append(Redirect(fd, append, value[value.index("&"):]))  # >&2, 2>&1
        return i
    i += 1
    if i < len(tokens) and (tokens[i] == ("op", "(") or tokens[i][0] in ("redir", "here")):
        # `<(` where there is no process substitution (dash): dash's `"(" unexpected`, or
        # `redirection unexpected` for `< <(` (src/parser.c parsefname: synexpect(TWORD))
        raise GrammarError(tokens[i])
    if i >= len(tokens) or tokens[i][0] != "word":
        nxt = tokens[i][1] if i < len(tokens) and not value.lstrip("12").startswith("<") else "newline"
        nxt = "newline" if nxt == "\n" else nxt
        raise ShellSyntaxError(f"syntax error near unexpected token `{nxt}'")
    if value.lstrip("12").startswith("<"):  # input from a file: `< f`
        cmd.redirects.append(Redirect(0, False, tokens[i][1], here="file"))
    elif value.startswith("&") or value.endswith("&"):
        # `&>f`, `&>>f`, and `>& f` where f is not a number: both streams into f (bash's
        # "Redirecting Standard Output and Standard Error"); `>& 2` is `>&2`
        word = tokens[i][1]
        if value.endswith("&") and (word.isdigit() or word == "-"):
            cmd.redirects.append(Redirect(fd, append, "&" + word))  # `>&-` closes the descriptor
        elif value.endswith("&") and (not both or "$" in word or "`" in word or fd != 1):
            # a word read when the command runs: dash keeps any word here for then (src/parser.c
            # fixredir with err=0; src/redir.c expands it and calls fixredir again)
            cmd.redirects.append(Redirect(fd, append, "&?" + word))
        else:
            cmd.redirects += [Redirect(1, append, word), Redirect(2, False, "&1")]
    else:
        cmd.redirects.append(Redirect(fd, append, tokens[i][1]))
    return i


def _check_inner(inner: str, depth: int) -> str:
    """Syntax-check the text of a $( ) without running it (a $(( )) is checked when it runs, as bash does)."""
    if not isinstance(inner, Arithmetic):
        parse(inner, depth)
    return ""
