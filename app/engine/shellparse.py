"""A small POSIX-shell parser: words, quotes, $VAR, $(...), `...`, ~, redirects, here-documents, newlines, ; && || and |."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import budget, shellarrays, shellparams, shellrandom
from .escapes import BASH, FORMAT, unescape
from .shellparams import ParameterError

if TYPE_CHECKING:
    from .toolkit import IO

# Whether the shell reading the line takes $'...' (ANSI-C quoting: bash and BusyBox ash; the dash of
# node:14's Debian has none). Set by the shell for the line it runs (Shell._run_line).
ANSI_C: ContextVar[bool] = ContextVar("ansi_c", default=False)
# Which shell reads the line: "bash", "dash" or "ash" (BusyBox), for the ${...} operators it takes
# (shellparams.py). Set by the shell for the line it runs, as ANSI_C is.
DIALECT: ContextVar[str] = ContextVar("dialect", default=shellparams.BASH)
# bash's release, for the ${P@op} it takes: "5.2" at the terminal, "5.0" in node:14 (Debian buster).
RELEASE: ContextVar[str] = ContextVar("release", default="5.2")


class ShellSyntaxError(Exception):
    pass


@dataclass
class Redirect:
    fd: int  # 1 or 2; 0 for input: a file, a here-document or a here-string
    append: bool
    target: str  # a file name, "&1" / "&2", "&-" (closed), "&?WORD" (a word to read when it runs);
    # a here-document's delimiter; a here-string's raw word
    here: str = ""  # "doc" (<< and <<-), "string" (<<<) or "file" (< f) for fd 0
    body: str | None = None  # a here-document's lines (each ending in a newline), as read
    expand: bool = False  # an unquoted delimiter: the body gets $VAR and $( ) (bash's "here-documents")
    wanted: int = 0  # the line a here-document began on, when the text ended before its delimiter


@dataclass
class SimpleCommand:
    argv: list[str] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)
    assignments: list[tuple[str, str]] = field(default_factory=list)


Expander = Callable[[str], str]  # runs the text of $( ... ) and returns its output


class Arithmetic(str):
    """The text of a $(( )) handed to the Expander: evaluated, not run."""


class Backquoted(str):
    """The command of a `...` handed to the Expander, its backslashes read (POSIX 2.6.3): it runs as
    the command of a $( ) does; bash reads its syntax only then (subst.c: command_substitute)."""


class Process(str):
    """The command of bash's <(...) or >(...) handed to the Expander, which runs it and gives the
    /dev/fd/N path of the pipe to it (subst.c process_substitute; shellprocsub.py)."""

    reading: bool  # <(...): the command's output is read from the path; >(...): what is written there is its input
    io: IO | None  # the streams it runs with, once its pipe is made

    def __new__(cls, command: str, reading: bool) -> Process:
        made = super().__new__(cls, command)
        made.reading, made.io = reading, None
        return made


class Dynamic(str):
    """bash's $RANDOM or $SECONDS, read from the shell as the word needs it (shellrandom.py)."""


class Said(str):
    """A warning the shell writes on its standard error as it expands a word, the expansion going
    on (bash's "NAME: bad array subscript" for ${NAME[-9]}): handed to the Expander."""


class Assignment(str):
    """${NAME=word} handed to the Expander: the shell sets NAME to this value (nothing runs)."""

    name: str
    key: tuple[str | int, str] | None  # ${NAME[SUB]=word}: the element's key or index, and SUB

    def __new__(cls, name: str, value: str) -> Assignment:
        made = super().__new__(cls, value)
        made.name = name
        made.key = None
        return made


def _arith_end(text: str, start: int) -> int | None:
    """Where the `))` of a $(( that opens at start ends (the index of its last `)`), or None when
    the first `)` at depth one is not followed by another (then it is $( ( ... ) ... ))."""
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 1:
                return j + 1 if text[j + 1 : j + 2] == ")" else None
    return None


# Markers inside a word being expanded: characters of Unicode's private use area, which no text a
# learner types or a program prints here holds (they were \x01 and \x02, which printf '\001' makes).
FIELD = "\ue001"  # between two positional parameters in "$@"
NO_FIELD = "\ue002"  # "$@" with no parameters: a word made of nothing else makes no field
_OPERATORS = ("&&", "||", ";;", ";", "|", "&")
_BREAKS = frozenset(" \t\n;|&<>()")
_PLAIN = re.compile(r"[^\s;|&<>\\'\"$()~#`]+")


class _Lexer:
    def __init__(self, text: str, env: dict[str, str], substitute: Expander, both: bool = False) -> None:
        self.text = text
        self.i = 0
        self.both = both  # `&>f` and `>& f` send both streams to f (bash, BusyBox ash); in dash `&` ends a command
        self.env = env
        self.substitute = substitute
        self.heredocs: list[Redirect] = []  # in the order they appear
        self.unread: list[tuple[Redirect, bool]] = []  # here-documents whose lines come after the next newline
        self.globbing = False  # mark the unquoted * ? [ of the fields with GLOB (pathname expansion)
        self.arith_command = False  # bash: `(( expr ))` where a word begins is one token (an arithmetic command)
        self.starts: list[int] = []  # where each token of tokens() begins in the text, and ends
        self.ends: list[int] = []
        self.quoted = False  # inside double quotes: "$@" keeps each parameter a field of its own
        self.checking = False  # the line is being read, not run: ${x=w} assigns nothing, ${x?} says nothing
        self.plain_quote = False  # ' is a plain character: the word of a "${x-word}" in double quotes
        self.dq_start = -1  # where the double-quoted part being read starts, -1 outside one
        # the array element an operator works on now (_operated): its key or index, and SUB as typed
        self.element: tuple[str | int, str] | None = None
        # bash reads <( and >( as a process substitution where a word may be or go on (parse.y
        # read_token: `<` or `>` before `(` is no operator; read_token_word: shellexp), also in
        # posix mode; so does BusyBox ash (its bash-compatible process substitution); dash has none
        self.procsub = DIALECT.get() != shellparams.DASH

    def peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def tokens(self) -> list[tuple[str, str]]:
        """('word', text) and ('op', text) tokens with quotes and expansions resolved."""
        self.checking = True
        out: list[tuple[str, str]] = []
        text = self.text
        while self.i < len(text):
            while len(self.ends) < len(out):  # the token just read ends here
                self.ends.append(self.i)
            c = text[self.i]
            if c in " \t":
                self.i += 1
                continue
            if len(self.starts) == len(out) and c != "#":
                self.starts.append(self.i)
            if c == "#":  # a comment runs to the end of its line
                end = text.find("\n", self.i)
                self.i = len(text) if end < 0 else end
                continue
            if c == "\n":
                self.i += 1
                self.read_heredocs()
                out.append(("op", "\n"))
                continue
            if text.startswith("<<", self.i):
                out.append(("here", str(self.here_operator())))
                continue
            if self.both and text.startswith("&>", self.i):
                size = 3 if text.startswith("&>>", self.i) else 2
                out.append(("redir", text[self.i : self.i + size]))
                self.i += size
                continue
            closing = _arith_end(text, self.i) if self.arith_command and text.startswith("((", self.i) else None
            if closing is not None:
                out.append(("arith", text[self.i + 2 : closing - 1]))
                self.i = closing + 1
                continue
            if c in "()":  # a subshell, a case pattern's end; a syntax error elsewhere (shellgrammar.py)
                out.append(("op", c))
                self.i += 1
                continue
            op = next((o for o in _OPERATORS if text.startswith(o, self.i)), None) if c in "&|;" else None
            if op:
                out.append(("op", op))
                self.i += len(op)
                continue
            if c in "<>12" and self._redirect_next(c):
                out.append(("redir", self.redirect()))
                continue
            start = self.i
            plain = _PLAIN.match(text, start)
            if plain is not None and (plain.end() == len(text) or text[plain.end()] in _BREAKS) and \
                    not self._process_next(plain.end()):  # (a<(...): the word goes on)
                self.i = plain.end()  # nothing to check or expand in this word
            else:
                self.pieces()  # checks quotes and $( ) now; expansion waits until the command runs
            out.append(("word", text[start:self.i]))
        while len(self.ends) < len(out):
            self.ends.append(self.i)
        self.read_heredocs()  # the text ended on the line of a `<<`: the document is empty
        return out

    def here_operator(self) -> int:
        """`<<WORD`, `<<-WORD` or `<<<word` at self.i: the redirect (its index in self.heredocs). A
        here-document's lines are read at the next newline (bash reads them after the whole line)."""
        text = self.text
        kind = "string" if text.startswith("<<<", self.i) else "doc"
        strip = kind == "doc" and text.startswith("<<-", self.i)
        self.i += 3 if kind == "string" or strip else 2
        while self.i < len(text) and text[self.i] in " \t":
            self.i += 1
        start = self.i
        if self.i < len(text) and text[self.i] not in _BREAKS:
            self.pieces()
        raw = text[start:self.i]
        if not raw:
            nxt = text[self.i] if self.i < len(text) and text[self.i] != "\n" else "newline"
            raise ShellSyntaxError(f"syntax error near unexpected token `{nxt}'")
        if kind == "string":
            redirect = Redirect(0, False, raw, here="string")
        else:
            quoted = any(q in raw for q in "'\"\\")
            redirect = Redirect(0, False, _unquote(raw), here="doc", expand=not quoted)
            self.unread.append((redirect, strip))
        self.heredocs.append(redirect)
        return len(self.heredocs) - 1

    def read_heredocs(self) -> None:
        """Read the lines of the here-documents opened on the line just ended, each up to the line that
        is its delimiter (with `<<-`, leading tabs are removed first); the text's end ends one too."""
        text = self.text
        for redirect, strip in self.unread:
            lines: list[str] = []
            begun = text.count("\n", 0, self.i - 1) + 1
            while True:
                if self.i >= len(text):
                    redirect.wanted = begun
                    break
                end = text.find("\n", self.i)
                line = text[self.i:] if end < 0 else text[self.i:end]
                self.i = len(text) if end < 0 else end + 1
                if strip:
                    line = line.lstrip("\t")
                if line == redirect.target:
                    break
                lines.append(line + "\n")
            redirect.body = "".join(lines)
            if redirect.expand:  # its $( ) and ${ } are checked with the line, as a word's are
                expand_heredoc(redirect.body, {}, self.substitute, checking=True)
        self.unread = []

    def redirect(self) -> str:
        start = self.i
        if self.text[self.i] in "12":
            self.i += 1
        if self.text.startswith(">>", self.i):
            self.i += 2
        else:
            self.i += 1
        if self.text.startswith("&", self.i):
            self.i += 1
            while self.i < len(self.text) and self.text[self.i].isdigit():
                self.i += 1
        return self.text[start : self.i]

    def word(self) -> str:
        return "".join(text for text, _ in self.pieces()).replace(FIELD, " ").replace(NO_FIELD, "")

    def fields(self) -> list[str]:
        """The word after expansion, split where an unquoted expansion holds blanks (bash's IFS)."""
        out: list[str] = []
        cur: list[str] = []
        has_text = False
        # Each field made is two steps, charged as it is made: "$@" of 163,840 parameters is one word and
        # few characters (`set -- "$@" "$@"` twenty times ran past 20 s in 1,215 steps; `f() { f $@
        # $@; }; f 1` made two million fields before a charge after the word could stop it).
        spent = budget.current()
        for piece, split in self.pieces():
            if split and FIELD in piece:  # an unquoted $@ (IFS without a blank): each value's fields apart
                segments = piece.split(FIELD)
                cur, has_text = self._split_into(out, cur, has_text, segments[0])
                for text in segments[1:]:
                    if cur or has_text or DIALECT.get() == shellparams.BASH:  # (bash keeps an empty one)
                        out.append("".join(cur))
                        cur, has_text = [], False
                    cur, has_text = self._split_into(out, cur, has_text, text)
                continue
            text = piece
            if not split or FIELD in text or NO_FIELD in text:  # "$@": its fields, split no further
                first, *rest = text.split(FIELD)
                spent.step(2 * len(rest))
                cur.append(first)
                has_text = True
                for seg in rest:
                    out.append("".join(cur))
                    cur = [seg]
                continue
            cur, has_text = self._split_into(out, cur, has_text, text)
        if cur or has_text:
            out.append("".join(cur))
        return [f.replace(NO_FIELD, "") for f in out if not f or f.strip(NO_FIELD)]

    def _split_into(self, out: list[str], cur: list[str], has_text: bool, text: str) -> tuple[list[str], bool]:
        """An unquoted expansion's text split at IFS (at blanks when IFS is unset or the default),
        the fields it ends put in out; the field it leaves open and whether it holds text."""
        ifs = self.env.get("IFS")
        lead: bool | str
        if ifs is None or ifs == " \t\n":
            parts, lead, trail = text.split(), text[:1].isspace(), text[-1:].isspace()
        else:
            parts, lead, trail = _ifs_split(text, ifs)
        budget.current().step(2 * len(parts))
        if self.globbing:
            parts = [mark_globs(p) for p in parts]
        if lead == "field" or (lead and (cur or has_text)):
            out.append("".join(cur))
            cur, has_text = [], False
        if not parts:
            return cur, has_text
        for k, part in enumerate(parts):
            if k > 0:
                out.append("".join(cur))
                cur = []
            cur.append(part)
            has_text = True
        if trail:
            out.append("".join(cur))
            cur, has_text = [], False
        return cur, has_text

    def pieces(self) -> list[tuple[str, bool]]:
        """(text, splittable) pieces of one word: splittable marks an unquoted expansion."""
        buf: list[tuple[str, bool]] = []
        text = self.text
        at_start = True
        while self.i < len(text):
            c = text[self.i]
            if c in _BREAKS:
                if c not in "<>" or not self._process_next():
                    break
                buf.append((self.process(), False))
                at_start = False
                continue
            if c == "~" and at_start:
                nxt = text[self.i + 1 : self.i + 2]
                if nxt in ("", "/", " ", ":"):
                    buf.append((self.env.get("HOME", "/"), False))
                    self.i += 1
                    at_start = False
                    continue
            at_start = False
            if c == "\\":
                if self.i + 1 < len(text) and text[self.i + 1] != "\n":  # a backslash-newline goes (POSIX 2.2.1)
                    buf.append((text[self.i + 1], False))
                self.i += 2
            elif c == "'" and not self.plain_quote:
                end = text.find("'", self.i + 1)
                if end < 0:
                    raise ShellSyntaxError("unexpected EOF while looking for matching `''")
                buf.append((text[self.i + 1 : end], False))
                self.i = end + 1
            elif c == '"':
                buf.append((self.double_quoted(), False))
            elif c == "$" and text.startswith("$'", self.i) and ANSI_C.get():
                buf.append((self.ansi_c_quoted(), False))
            elif c == "$":
                buf.append((self.dollar(), True))
            elif c == "`":
                buf.append((self.backquoted(), True))
            else:
                buf.append((GLOB + c if self.globbing and c in "*?[" else c, False))
                self.i += 1
        return buf

    def _process_next(self, at: int = -1) -> bool:
        """Whether a process substitution, <( or >(, begins at self.i or at (not in dash)."""
        i = self.i if at < 0 else at
        return self.procsub and self.text[i + 1 : i + 2] == "(" and self.text[i] in "<>"

    def _redirect_next(self, c: str) -> bool:
        """Whether a redirection operator begins at self.i, c its first character: < or >, 1> or 2>
        (in bash, <( and >( begin a word, and 2>(cmd) is a word too)."""
        if c in "<>":
            return not self._process_next()
        return c in "12" and self.peek(2)[1:] == ">" and not (self.procsub and self.peek(3)[2:] == "(")

    def process(self) -> str:
        """<(command) or >(command) at self.i: the path the Expander gives for it. Its command ends at
        the `)` that closes it, read as a $( )'s is."""
        end = _paren_end(self.text, self.i + 1)
        inner = self.text[self.i + 2 : end]
        reading = self.text[self.i] == "<"
        self.i = end + 1
        return self.substitute(Process(inner, reading))

    def _braced(self, inside: str) -> str:
        """${inside}: the parameter with its operator, if any (shellparams.py). While the line is only
        read, a refusal waits for the line to run: bash, dash and ash find them as they expand."""
        named = shellarrays.braced(inside) if DIALECT.get() == shellparams.BASH else None
        if named is not None:
            return "" if self.checking else self._array(*named.groups())
        try:
            return shellparams.expand(shellparams.split(inside, DIALECT.get()), self, inside)
        except ParameterError as exc:
            if self.checking:
                return ""
            if exc.kind in ("bad", "transform") and DIALECT.get() == shellparams.BASH and exc.name == f"${{{inside}}}":
                exc.name = self._said_string()  # (an inner word's lexer has named its own string)
            raise

    def _array(self, mark: str, name: str, sub: str, rest: str) -> str:
        """${NAME[SUB]...}, ${NAME[@]...}, ${#NAME[@]}, ${!NAME[@]} (shellarrays.py; an
        associative array's keys in its hash table's order, shellassoc.py)."""
        whole = sub in ("@", "*")
        table = shellarrays.assoc_of(name)
        if mark == "!" and whole and not rest:
            return self.join(sub, table.keys() if table is not None else [str(k) for k in shellarrays.indices(name)])
        if not whole:
            key: str | int = self._key(name, sub) if table is not None else self._index(name, sub, mark == "#" and not rest)
            value = table.get(str(key)) if table is not None else shellarrays.element(name, int(key), self.env)
            if mark == "#" and not rest:
                return str(len(value or ""))
            return (value or "") if not rest else self._operated(name, value, rest, (key, sub))
        if mark == "#" and not rest:  # counted, not listed: in a loop over 100,000 elements, 3,000 took 6 s
            return str(len(table) if table is not None else shellarrays.count(name))
        items = [v for _, v in table.items()] if table is not None else shellarrays.values(name)
        if rest[:1] == ":" and rest[1:2] not in ("-", "=", "?", "+"):
            items = self._slice(items, rest[1:])
        elif rest:
            items = [self._operated(name, item, rest) for item in items]
        return self.join(sub, items)

    def _subscript(self, sub: str) -> int:
        return int(self.substitute(Arithmetic(sub))) if sub.strip() else 0

    def _index(self, name: str, sub: str, length: bool) -> int:
        """An indexed array's subscript, counted from the end when negative; one before the start
        (or any negative one of a plain variable) is said to be a bad subscript and stands for no
        element; in ${#NAME[SUB]} it ends the command (subst.c array_length_reference)."""
        index = self._subscript(sub)
        if index >= 0:
            return index
        array = (shellarrays.ARRAYS.get() or {}).get(name)
        if array is not None and shellarrays.index_of(array, index) >= 0:
            return index
        if length:
            if array is None and name not in self.env:
                return index  # no variable: its length is 0
            raise ParameterError("subscript", f"{sub}]")
        self.substitute(Said(f"{name}: bad array subscript"))
        return shellarrays.NOWHERE

    def _key(self, name: str, sub: str) -> str:
        """An associative array's key: the subscript expanded as a word; an empty one is refused
        (bash: "${m[]}: bad substitution")."""
        key = "".join(text for text, _ in self._inner(sub, False)) if sub else ""  # (blanks are plain)
        if not key and not sub:
            raise ParameterError("bad", f"${{{name}[{sub}]}}")
        return key

    def _operated(self, name: str, value: str | None, rest: str, key: tuple[str | int, str] | None = None) -> str:
        """An element with the operator after its subscript, worked as on a variable of the name;
        ${NAME[SUB]=word} sets the element (the Assignment names it). Each is read and worked anew,
        16 steps more (it cost 8: "${a[@]/1/x}" over 100,000 elements took 0.9 s, 1.1 s to the budget's end)."""
        budget.current().step(16)
        saved = self.env.get(name)
        if value is None:
            self.env.pop(name, None)
        else:
            self.env[name] = value
        before, self.element = self.element, key
        try:
            return self._braced(name + rest)
        finally:
            self.element = before
            if saved is None:
                self.env.pop(name, None)
            else:
                self.env[name] = saved
            arrays = shellarrays.ARRAYS.get() or {}
            if name in arrays and 0 in arrays[name]:  # an assignment to element 0 is $NAME's
                self.env[name] = arrays[name][0]

    def _slice(self, items: list[str], spec: str) -> list[str]:
        """${NAME[@]:OFFSET:LENGTH}: elements from OFFSET (from the end when negative), LENGTH of them."""
        offset, _, length = spec.partition(":")
        start = self._subscript(offset)
        start = max(len(items) + start, 0) if start < 0 else start
        count = self._subscript(length) if length.strip() else len(items)
        return items[start:start + count] if count >= 0 else items[start:count]

    def _said_string(self) -> str:
        """The text bash names in "TEXT: bad substitution": the string it was expanding (subst.c
        parameter_brace_expand reports its whole `string`): the word, the inside of the double
        quotes the ${...} is in, a here-document's whole text with its line breaks."""
        if self.dq_start < 0:
            return self.text
        return self.text[self.dq_start:_double_quote_end(self.text, self.i)]

    # -- what shellparams.Source asks of a word ---------------------------------------------------

    @property
    def dialect(self) -> str:
        return DIALECT.get()

    @property
    def release(self) -> str:
        return RELEASE.get()

    def names(self) -> list[str]:
        """The variables' names, sorted (${!prefix*}): not the positional or special parameters."""
        return sorted(n for n in self.env if shellparams.is_name(n))

    def value(self, name: str) -> str | None:
        """A parameter's value, None when it is unset ($@ and $* with no positional parameters)."""
        if name in ("@", "*"):
            return self.parameter(name) if self.env.get("#", "0") != "0" else None
        if name in shellrandom.NAMES and shellrandom.MARK + name in self.env:
            return "" if self.checking else self.substitute(Dynamic(name))
        return self.env.get(name)

    def params(self) -> list[str]:
        return self.env.get("@", "").split(FIELD) if self.env.get("#", "0") != "0" else []

    def join(self, name: str, values: list[str]) -> str:
        """$@ or $* made of values: in double quotes "$@" keeps each a field of its own, and "$*"
        joins them with IFS's first character (POSIX 2.5.2; none when IFS is empty)."""
        if name == "@" and self.quoted:
            return FIELD.join(values) if values else NO_FIELD
        return (self._joiner() if self.quoted else self._apart()).join(values)

    def _joiner(self) -> str:
        ifs = self.env.get("IFS")
        return " " if ifs is None else ifs[:1]

    def _apart(self) -> str:
        """What keeps the values of an unquoted $* or $@ apart before their fields are split: a
        blank when IFS splits at blanks, else FIELD (each value's fields, split at IFS, its own)."""
        ifs = self.env.get("IFS")
        return " " if ifs is None or " " in ifs else FIELD

    def _inner(self, text: str, globbing: bool) -> list[tuple[str, bool]]:
        """The pieces of a word inside ${...}: blanks and ; | & < > ( ) there are plain text. In
        double quotes a ' in the word of - = ? + is plain too (a pattern's quotes still quote)."""
        sub = _Lexer(text, self.env, self.substitute)
        sub.checking, sub.globbing, sub.plain_quote = self.checking, globbing, self.quoted and not globbing
        out: list[tuple[str, bool]] = []
        while sub.i < len(text):
            out += sub.pieces()
            if sub.i < len(text):
                out.append((text[sub.i], False))
                sub.i += 1
        return out

    def subword(self, text: str) -> str:
        """The word of ${P-word} and the like, expanded."""
        if not text:
            return ""
        return "".join(t for t, _ in self._inner(text, False)).replace(FIELD, " ").replace(NO_FIELD, "")

    def subpattern(self, text: str) -> str:
        """A pattern's word expanded: its unquoted * ? [ (an expansion's too) marked live with GLOB."""
        return "".join(mark_globs(t) if live else t for t, live in self._inner(text, True))

    def arith(self, text: str) -> int:
        return int(self.substitute(Arithmetic(text)) or 0)

    def assign(self, name: str, value: str) -> None:
        """${NAME=word}: NAME keeps the value, for the words after it and for the shell; in
        ${NAME[SUB]=word}, the element."""
        self.env[name] = value
        made = Assignment(name, value)
        made.key = self.element
        self.substitute(made)

    def ansi_c_quoted(self) -> str:
        """$'...' (bash "ANSI-C Quoting"): the text up to the next unescaped ', its backslash escapes
        read as printf's format reads them (\\n, \\t, \\e, \\033, \\x41, \\u263a, \\' ...)."""
        text = self.text
        j = self.i + 2
        while j < len(text) and text[j] != "'":
            j += 2 if text[j] == "\\" else 1
        if j >= len(text):
            raise ShellSyntaxError("unexpected EOF while looking for matching `''")
        inner = text[self.i + 2 : j]
        self.i = j + 1
        return unescape(inner, BASH, FORMAT).split("\0", 1)[0]  # a NUL ends it (bash's strings are C's)

    def double_quoted(self) -> str:
        text = self.text
        self.i += 1
        opened = self.i
        buf: list[str] = []
        while True:
            if self.i >= len(text):
                raise ShellSyntaxError('unexpected EOF while looking for matching `"\'')
            c = text[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\" and text[self.i + 1 : self.i + 2] in ('"', "\\", "$", "`", "\n"):
                buf.append(text[self.i + 1] if text[self.i + 1] != "\n" else "")  # (a backslash-newline goes)
                self.i += 2
            elif c == "$":
                self.quoted, self.dq_start = True, opened
                try:
                    buf.append(self.dollar())
                finally:
                    self.quoted, self.dq_start = False, -1
            elif c == "`":
                buf.append(self.backquoted('"'))
            else:
                buf.append(c)
                self.i += 1

    def backquoted(self, also: str = "") -> str:
        """`command` (POSIX 2.6.3, "Command Substitution"): the text up to the next backquote that no
        backslash escapes; there a backslash is removed before $, ` and \\ (and the characters of
        also: " in double quotes) and with a newline after it, and kept before any other character
        (bash parse.y parse_matched_pair and subst.c de_backslash; dash src/parser.c and BusyBox
        ash.c parsebackq). Its output is that of $( ), without its trailing newlines."""
        text = self.text
        j = _backquote_end(text, self.i)
        if j < 0:
            raise ShellSyntaxError("unexpected EOF while looking for matching ``'")
        command = Backquoted(_backslashes_read(text[self.i + 1 : j], "$`\\" + also))
        self.i = j + 1
        if self.checking and DIALECT.get() == shellparams.BASH:
            return ""  # dash and ash parse it with the line (parsebackq: list()); bash when it runs
        return self.substitute(command).rstrip("\n")

    def parameter(self, name: str) -> str:
        """$@ or $*: the positional parameters joined by spaces; "$@" each a field of its own
        (FIELD between them, NO_FIELD for none: the word then makes no field)."""
        params = self.env.get("@", "")
        if name == "@" and self.quoted:
            return params if self.env.get("#", "0") != "0" else NO_FIELD
        joiner = self._joiner() if self.quoted else self._apart()
        return params.replace(FIELD, joiner) if self.env.get("#", "0") != "0" else ""

    def dollar(self) -> str:
        """One $ expansion. A variable's value is charged to the line's budget as it is expanded:
        `X=$X$X` doubles it at each step, and forty steps (a line of 300 characters) asked for a
        terabyte. ($( ) output is charged where it is captured.)"""
        captured = self.text[self.i + 1 : self.i + 2] == "("
        value = self._dollar()
        if not captured:
            budget.current().stream(len(value))
        return value

    def _dollar(self) -> str:
        text = self.text
        nxt = text[self.i + 1 : self.i + 2]
        if nxt == "(" and text[self.i + 2 : self.i + 3] == "(":
            end = _arith_end(text, self.i + 1)
            if end is not None:
                inner = text[self.i + 3 : end - 1]
                self.i = end + 1
                return self.substitute(Arithmetic(inner))
        if nxt == "(":
            j = _paren_end(text, self.i + 1)
            inner = text[self.i + 2 : j]
            self.i = j + 1
            return self.substitute(inner).rstrip("\n")
        if nxt == "{":
            end = _brace_end(text, self.i + 2, '"' if self.quoted else "'\"")
            if end < 0:
                raise ShellSyntaxError("unexpected EOF while looking for matching `}'")
            name = text[self.i + 2 : end]
            self.i = end + 1
            return self._braced(name)
        j = self.i + 1
        if nxt in ("?", "#", "!", "$", "-") or nxt.isdigit():  # $1 is one digit: $10 is ${1}0; $! the last job's PID
            self.i += 2
            return self._set_value(nxt, "0" if nxt in "?#" else "")
        if nxt in ("@", "*"):
            self.i += 2
            return self.parameter(nxt)
        while j < len(text) and (text[j].isalnum() or text[j] == "_"):
            j += 1
        if j == self.i + 1:
            self.i += 1
            return "$"
        name = text[self.i + 1 : j]
        self.i = j
        return self._set_value(name, "")

    def _set_value(self, name: str, unset: str) -> str:
        """$NAME's value; unset is what it gives when unset, but with set -u the shell refuses
        (bash subst.c param_expand: err_unboundvar; dash expand.c varvalue: varunset)."""
        value = self.env.get(name) if name not in shellrandom.NAMES else self.value(name)
        if value is None:
            if shellparams.NOUNSET in self.env and not self.checking and name != "0":
                raise ParameterError("unbound", f"${name}" if DIALECT.get() == shellparams.BASH and
                                     not shellparams.is_name(name) else name)
            return unset
        return value


def _ifs_split(text: str, ifs: str) -> tuple[list[str], bool | str, bool]:
    """An unquoted expansion split at IFS (POSIX 2.6.5): a run of IFS whitespace, or one other IFS
    character with the whitespace around it, ends a field; an empty IFS splits nothing. The
    fields, whether a delimiter starts the text ("field" when it holds a character other than
    whitespace: it ends a field even when nothing came before), whether one ends it."""
    if not ifs:
        return ([text] if text else []), False, False
    blanks = "".join(c for c in ifs if c in " \t\n")
    pos = 0
    while pos < len(text) and text[pos] in blanks:
        pos += 1
    lead: bool | str = pos > 0
    if pos < len(text) and text[pos] in ifs:
        lead, pos = "field", pos + 1
        while pos < len(text) and text[pos] in blanks:
            pos += 1
    parts: list[str] = []
    while pos < len(text):
        start = pos
        while pos < len(text) and text[pos] not in ifs:
            pos += 1
        parts.append(text[start:pos])
        if pos == len(text):
            return parts, lead, False
        while pos < len(text) and text[pos] in blanks:
            pos += 1
        if pos < len(text) and text[pos] in ifs and text[pos] not in blanks:
            pos += 1
            while pos < len(text) and text[pos] in blanks:
                pos += 1
    return parts, lead, bool(parts) or lead is not False


def _paren_end(text: str, start: int) -> int:
    """Where the `)` closing the `(` at start is, in the text of a $( ) or <( ): quotes and
    backslashes close nothing (a `...` in it is read as a quoted part: parse.y parse_matched_pair)."""
    depth = 0
    j = start
    quote = ""
    while j < len(text):
        ch = text[j]
        if ch == "\\" and quote != "'":  # an escaped character closes nothing
            j += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise ShellSyntaxError("unexpected EOF while looking for matching `)'")


def _backquote_end(text: str, start: int) -> int:
    """The index of the backquote that closes the one at start, -1 when none does: a backslash
    escapes the character after it, quotes quote nothing (bash parse.y parse_matched_pair)."""
    j = start + 1
    while j < len(text) and text[j] != "`":
        j += 2 if text[j] == "\\" else 1
    return j if j < len(text) else -1


def _brace_end(text: str, j: int, quotes: str) -> int:
    """The index of the `}` that closes a `${` whose text starts at j, -1 when none does: a quoted
    or escaped `}`, one in backquotes and those of a ${...} inside it do not (bash parse.y
    parse_matched_pair); in double quotes a ' quotes nothing."""
    depth = 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "`":
            close = _backquote_end(text, j)
            j = j + 1 if close < 0 else close + 1
            continue
        if c in quotes:
            close = text.find(c, j + 1)
            j = j + 1 if close < 0 else close + 1  # an unmatched quote is a plain character
            continue
        if text.startswith("${", j):
            depth += 1
            j += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _double_quote_end(text: str, j: int) -> int:
    """Where the double-quoted part that goes on at j ends (its closing quote), skipping escapes
    and ${...}; the text's end when it does not close."""
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == '"':
            return j
        if text.startswith("${", j):
            end = _brace_end(text, j + 2, '"')
            j = len(text) if end < 0 else end + 1
            continue
        j += 1
    return len(text)


def _backslashes_read(raw: str, special: str) -> str:
    """The command of a `...`: a backslash before one of special, or before a newline, removed."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        nxt = raw[i + 1 : i + 2]
        if raw[i] == "\\" and nxt and nxt in special + "\n":
            out.append("" if nxt == "\n" else nxt)
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def _unquote(raw: str) -> str:
    """A here-document's delimiter: its word with quotes removed and nothing expanded."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            out.append(raw[i + 1])
            i += 2
        elif c in "'\"":
            end = raw.find(c, i + 1)
            inner = raw[i + 1:end]
            out.append(inner if c == "'" else regex_unescape(inner))
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def regex_unescape(inner: str) -> str:
    """Backslashes inside double quotes that escape `$`, `` ` ``, `"` or `\\`."""
    return re.sub(r'\\([$`"\\])', r"\1", inner)


def expand_heredoc(body: str, env: dict[str, str], substitute: Expander, checking: bool = False) -> str:
    """An unquoted here-document's lines after expansion: $VAR, ${VAR} and $( ) are replaced, a
    backslash keeps its meaning only before `$`, `` ` ``, `\\` and a newline (which it removes), and
    quotes are plain text (bash's manual, "Here Documents")."""
    lexer = _Lexer(body, env, substitute)
    lexer.checking = checking
    out: list[str] = []
    while lexer.i < len(body):
        c = body[lexer.i]
        nxt = body[lexer.i + 1:lexer.i + 2]
        if c == "\\" and nxt in ("$", "`", "\\"):
            out.append(nxt)
            lexer.i += 2
        elif c == "\\" and nxt == "\n":
            lexer.i += 2
        elif c == "$":
            out.append(lexer.dollar())
        elif c == "`":  # in dash and ash a \" there is read as in double quotes; bash keeps it
            out.append(lexer.backquoted("" if DIALECT.get() == shellparams.BASH else '"'))
        else:
            out.append(c)
            lexer.i += 1
    return "".join(out)


def here_documents_open(text: str) -> bool:
    """Whether the text ends inside a here-document (its delimiter line not reached yet): a shell
    reading lines reads more before it runs any of them."""
    try:
        lexer = _Lexer(text, {}, lambda inner: "")
        lexer.tokens()
    except ShellSyntaxError:
        return False
    return any(r.wanted for r in lexer.heredocs)


GLOB = "\x00"  # marks a * ? [ that pathname expansion reads (no argument can hold a NUL)


def mark_globs(text: str) -> str:
    if "*" not in text and "?" not in text and "[" not in text:
        return text  # most words: no regex run for them
    return _GLOB_CHARS.sub(lambda m: GLOB + m.group(0), text)


_GLOB_CHARS = re.compile(r"[*?\[]")


Globber = Callable[[str], list[str]]  # a marked pattern -> the paths it matches, sorted


def expand(raw: str, env: dict[str, str], substitute: Expander, glob: Globber | None = None,
           nullglob: bool = False) -> list[str]:
    """Expand one raw word (quotes, $VAR, $( ), ~) into its fields; with glob, then each field
    with an unquoted * ? or [ into the paths it matches, or itself when none does (bash,
    "Pathname Expansion"; with bash's shopt nullglob, nothing)."""
    if _PLAIN.fullmatch(raw) and (glob is None or not any(c in raw for c in "*?[")):
        return [raw]
    lexer = _Lexer(raw, env, substitute)
    lexer.globbing = glob is not None
    fields = lexer.fields()
    if glob is None:
        return fields
    out: list[str] = []
    for f in fields:
        matches = glob(f) if GLOB in f else []
        out.extend(matches or ([] if nullglob and GLOB in f else [f.replace(GLOB, "")]))
    return out


def expand_one(raw: str, env: dict[str, str], substitute: Expander) -> str:
    if _PLAIN.fullmatch(raw):
        return raw
    return _Lexer(raw, env, substitute).word()
