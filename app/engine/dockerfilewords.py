"""How the Dockerfile frontend expands a word: quotes, backslash escapes, $NAME and ${NAME...}
against the build's environment (the ENVs and ARGs in scope). Read from the lexer vendored in
moby v28.5.2, vendor/github.com/moby/buildkit/frontend/dockerfile/shell/lex.go (Lex.ProcessWord,
processStopOn, processSingleQuote, processDoubleQuote, processDollar, processName,
convertShellPatternToRegex, trimPrefix, trimSuffix).

Three callers use it three ways (dockerfile2llb/convert.go): an instruction's words (COPY, ADD,
WORKDIR: dispatch's Expand), the quotes taken away and an unset name empty; a step's name in the
progress display (processCmdEnv), the same; and a RUN step's name with RawQuotes and SkipUnsetEnv,
so its quotes stay and an unset $NAME stays as written. A RUN's command itself is never expanded
by the frontend: the shell in the step does that."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import budget
from .budget import OverBudget
from .gotemplate import go_quote

_SPECIAL = "@*#?-$!0"  # lex.go isSpecialParam


MAX_DEPTH = 100
# Steps a character costs the lexer: of the word read, and of a name's value where the word uses it.
VALUE_STEPS = 8


class WordError(Exception):
    """lex.go's error for a word it cannot process, wrapped as process() wraps it."""


class _Words:
    """lex.go wordsStruct: the words one reader has split its text into. Its buffer is the
    lexer's, which each reader empties as it starts (processStopOn's wordsBuffer.Reset), so a
    ${A:-word} forgets what came before it in the word: Go's behaviour, kept."""

    def __init__(self, lexer: _Lexer) -> None:
        self.lexer = lexer
        self.found: list[str] = []
        self.in_word = False
        lexer.buffer = []

    def add_char(self, ch: str) -> None:
        """addChar: a blank ends the word; any other character is added."""
        if not ch.isspace():
            self.add_raw(ch)
        elif self.in_word and self.lexer.buffer:
            self.found.append("".join(self.lexer.buffer))
            self.lexer.buffer, self.in_word = [], False

    def add_raw(self, text: str) -> None:
        """addRawChar, addRawString: quoted text and escaped characters, blanks and all. The buffer
        is a list of pieces, empty ones left out (it is tested for being empty): `buffer += text` on
        an attribute made the word again at each character, quadratic."""
        if text:
            self.lexer.buffer.append(text)
        self.in_word = True

    def add_string(self, text: str) -> None:
        for ch in text:
            self.add_char(ch)

    def get(self) -> list[str]:
        if self.lexer.buffer:
            self.found.append("".join(self.lexer.buffer))
            self.lexer.buffer, self.in_word = [], False
        return self.found


class _Lexer:
    def __init__(self, word: str, env: Mapping[str, str], raw_quotes: bool, skip_unset: bool,
                 skip_quotes: bool = False) -> None:
        # the word's own characters cost what a name's do: a Dockerfile line of a megabyte (printf
        # writes one) took 8-15 s and more to read, uncharged, on the slow lane everyone shares
        budget.current().step(len(word) * VALUE_STEPS)
        self.s = word
        self.i = 0
        self.env = env
        self.raw_quotes = raw_quotes
        self.skip_unset = skip_unset
        self.raw_escapes = False
        self.skip_quotes = skip_quotes  # SkipProcessQuotes: quotes are plain characters (a COPY here-document's text)
        self.missed: list[str] = []  # the names looked up and not there (getEnv's nonmatches)
        self.depth = 0  # ${...} inside ${...} now: each is a level of this reader (Go's stack is deeper)
        self.buffer: list[str] = []  # the word being gathered: shellWord.wordsBuffer, one for every reader
        self.words: list[str] = []

    def lookup(self, name: str) -> tuple[str, bool]:
        """getEnv: the value and whether the name is set; a name not set is noted."""
        if name in self.env:
            value = self.env[name]
            # steps for each character a name brings, what reading it again costs (the lexer, then
            # ENV's words split by shlex, about 8 us a character): `ENV a=$a$a` forty times over
            # asked for a terabyte, made whole (ten lines of `ENV a=$a$a$a$a$a$a$a$a` ran past 15 s)
            budget.current().step(len(value) * VALUE_STEPS)
            return value, True
        if name not in self.missed:
            self.missed.append(name)
        return "", False

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def next(self) -> str:
        ch = self.peek()
        self.i += 1 if ch else 0
        return ch

    def stop_on(self, stop: str, raw_escapes: bool) -> str:
        """processStopOn: up to stop ("" for the end of the word); the words it split the text
        into are left in self.words (ProcessWords')."""
        saved, self.raw_escapes = self.raw_escapes, raw_escapes
        words = _Words(self)
        try:
            out: list[str] = []
            while self.peek():
                ch = self.peek()
                if stop and ch == stop:
                    self.next()
                    self.words = words.get()
                    return "".join(out)
                if ch == "$" or (ch in "'\"" and not self.skip_quotes) or (ch == "<" and self.s[self.i:self.i + 2] == "<<"):
                    part = (self.dollar() if ch == "$" else self.single_quote() if ch == "'" else self.double_quote()
                            if ch == '"' else self.possible_heredoc())
                    out.append(part)
                    if ch == "$":
                        words.add_string(part)
                    else:
                        words.add_raw(part)
                    continue
                ch = self.next()
                if ch == "\\":
                    if self.raw_escapes:
                        out.append(ch)
                        words.add_raw(ch)
                    ch = self.next()
                    if not ch:
                        break
                    words.add_raw(ch)
                else:
                    words.add_char(ch)
                out.append(ch)
            if stop:
                raise WordError(f"unexpected end of statement while looking for matching {stop}")
            self.words = words.get()
            return "".join(out)
        finally:
            self.raw_escapes = saved

    def single_quote(self) -> str:
        opening = self.next()
        out = [opening] if self.raw_quotes else []
        while True:
            ch = self.next()
            if not ch:
                raise WordError("unexpected end of statement while looking for matching single-quote")
            if ch == "'":
                if self.raw_quotes:
                    out.append(ch)
                return "".join(out)
            out.append(ch)

    def double_quote(self) -> str:
        opening = self.next()
        out = [opening] if self.raw_quotes else []
        while True:
            ch = self.peek()
            if not ch:
                raise WordError("unexpected end of statement while looking for matching double-quote")
            if ch == '"':
                self.next()
                if self.raw_quotes:
                    out.append(ch)
                return "".join(out)
            if ch == "$":
                out.append(self.dollar())
                continue
            ch = self.next()
            if ch == "\\":
                if self.raw_escapes:
                    out.append(ch)
                if not self.peek():
                    continue  # a \ at the end of the word is dropped
                if self.peek() in ('"', "$", "\\"):
                    ch = self.next()
            out.append(ch)

    def possible_heredoc(self) -> str:
        """processPossibleHeredoc: `<<` and the blanks after it stay in the word (`<< EOF` is one
        word, as the parser looks for here-documents in them); a lone `<` is a plain character."""
        start = self.i
        self.i += 2
        while self.peek() in (" ", "\t", "\r"):  # lex.go isWhitespace
            self.next()
        return self.s[start:self.i]

    def name(self) -> str:
        """processName: letters, digits and _; a run of digits, or one special parameter."""
        ch = self.peek()
        if ch.isdigit():
            start = self.i
            while self.peek().isdigit():
                self.next()
            return self.s[start:self.i]
        if ch and ch in _SPECIAL:
            return self.next()
        start = self.i
        while self.peek() and (self.peek().isalnum() or self.peek() == "_"):
            self.next()
        return self.s[start:self.i]

    def dollar(self) -> str:
        """processDollar: $NAME, ${NAME}, ${NAME<modifier>word}, ${NAME/pattern/replacement}."""
        if self.depth >= MAX_DEPTH:
            raise OverBudget(f"layerlab: this Dockerfile word nests ${{...}} more than {MAX_DEPTH} levels deep, the "
                             "most the simulated builder follows; nothing was changed", 1)
        self.depth += 1
        try:
            return self._dollar()
        finally:
            self.depth -= 1

    def _dollar(self) -> str:
        self.next()
        if self.peek() != "{":
            return self.bare()
        self.next()
        if not self.peek():
            raise WordError("syntax error: missing '}'")
        if self.peek() in "{}:":
            raise WordError("syntax error: bad substitution")
        name = self.name()
        ch = self.next()
        if ch == "}":
            value, is_set = self.lookup(name)
            return "${" + name + "}" if not is_set and self.skip_unset else value
        if ch == "/":
            return self.replace(name)
        modifier = ch or "\ufffd"  # Go's string(scanner.EOF)
        null_is_unset = ch == ":"
        if null_is_unset:
            ch = self.next()
            modifier += ch
        if ch in ("#", "%") if null_is_unset else ch not in ("+", "-", "?", "#", "%"):
            raise WordError(f"unsupported modifier ({modifier}) in substitution")
        try:
            word = self.stop_on("}", ch in ("#", "%"))
        except WordError:
            if not self.peek():
                raise WordError("syntax error: missing '}'") from None
            raise
        value, is_set = self.lookup(name)
        if not is_set and self.skip_unset:
            return "${" + name + modifier + word + "}"
        return self.modified(name, ch, modifier, word, null_is_unset, value, is_set)

    def bare(self) -> str:
        """$NAME (a lone $ is itself)."""
        name = self.name()
        if not name:
            return "$"
        value, is_set = self.lookup(name)
        return "$" + name if not is_set and self.skip_unset else value

    def modified(self, name: str, ch: str, modifier: str, word: str, null_is_unset: bool, value: str,
                 is_set: bool) -> str:
        """The value of ${NAME<modifier>word} (processDollar's second switch)."""
        empty = not is_set or (null_is_unset and value == "")
        if ch == "-":
            return word if empty else value
        if ch == "+":
            return "" if empty else word
        if ch == "?":
            if not is_set:
                raise WordError(f"{name}: {word or 'is not allowed to be unset'}")
            if null_is_unset and value == "":
                raise WordError(f"{name}: {word or 'is not allowed to be empty'}")
            return value
        if ch not in ("#", "%"):
            raise WordError(f"unsupported modifier ({modifier}) in substitution")
        greedy = word.startswith(ch)
        if greedy:
            word = word[1:]
        if ch == "#":
            return _trim_prefix(word, value, greedy)
        # trimSuffix: the shortest rightmost match, found as the leftmost in both reversed
        return _trim_prefix(_reverse_pattern(word), value[::-1], greedy)[::-1]

    def replace(self, name: str) -> str:
        every = self.peek() == "/"
        if every:
            self.next()
        try:
            pattern = self.stop_on("/", True)
        except WordError:
            if not self.peek():
                raise WordError("syntax error: missing '/' in ${}") from None
            raise
        try:
            replacement = self.stop_on("}", True)
        except WordError:
            if not self.peek():
                raise WordError("syntax error: missing '}'") from None
            raise
        value, is_set = self.lookup(name)
        if not is_set and self.skip_unset:
            return "${" + name + "/" + pattern + "/" + replacement + "}"
        regex = _pattern(pattern, True, False)
        return regex.sub(lambda _m: replacement, value, count=0 if every else 1)


def _pattern(pattern: str, greedy: bool, anchored: bool) -> re.Pattern[str]:
    """convertShellPatternToRegex: * and ?, no bracket expressions."""
    out = ["^"] if anchored else []
    i = 0
    while i < len(pattern):
        tok = pattern[i]
        i += 1
        if tok == "*":
            out.append(".*" if greedy else ".*?")
        elif tok == "?":
            out.append(".")
        elif tok == "\\":
            nxt = pattern[i] if i < len(pattern) else ""
            if nxt in ("}", "/") and nxt:
                continue
            i += 1
            if nxt not in ("*", "?", "\\"):
                raise WordError(f"invalid pattern ({pattern}) in substitution: invalid escape '\\{nxt}'")
            out.append(re.escape(nxt))
        else:
            out.append(re.escape(tok))
    return re.compile("".join(out), re.S)


def _trim_prefix(pattern: str, value: str, greedy: bool) -> str:
    m = _pattern(pattern, greedy, True).search(value)
    return value[m.end():] if m else value


def _reverse_pattern(pattern: str) -> str:
    """reversePattern: reversed, a backslash kept before the character it escapes."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i != len(pattern) - 1:
            out.append("\\" + pattern[i + 1])
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(reversed(out))


def process_word(word: str, env: Mapping[str, str], raw_quotes: bool = False, skip_unset: bool = False) -> str:
    """Lex.ProcessWord; raises WordError with process()'s `failed to process "<word>": ...`."""
    return process_word_missed(word, env, raw_quotes, skip_unset)[0]


def process_word_missed(word: str, env: Mapping[str, str], raw_quotes: bool = False,
                        skip_unset: bool = False, skip_quotes: bool = False) -> tuple[str, list[str]]:
    """Lex.ProcessWordWithMatches: the word expanded, and the names it used that are not set
    (Unmatched, which convert.go reportUnmatchedVariables turns into UndefinedVar warnings);
    skip_quotes: SkipProcessQuotes, quotes left as they are (dispatch's ExpandRaw)."""
    lexer = _Lexer(word, env, raw_quotes, skip_unset, skip_quotes)
    try:
        return lexer.stop_on("", False), lexer.missed
    except WordError as exc:
        raise WordError(f"failed to process {go_quote(word)}: {exc}") from None


def process_words(word: str, env: Mapping[str, str], raw: bool = False, skip_unset: bool = False) -> list[str]:
    """Lex.ProcessWords: the word expanded and split at blanks outside quotes (an unset name
    is empty: `$NONE` is no word at all); raises WordError as process_word does. raw: RawQuotes
    and RawEscapes, the quotes and escapes kept (the parser's look for here-documents)."""
    lexer = _Lexer(word, env, raw, skip_unset)
    try:
        lexer.stop_on("", raw)
    except WordError as exc:
        raise WordError(f"failed to process {go_quote(word)}: {exc}") from None
    return lexer.words


def step_name(text: str, env: Mapping[str, str], run: bool = False) -> str:
    """A step's name in the progress display (convert.go processCmdEnv): the instruction's text
    expanded, or as written when it cannot be; a RUN's keeps its quotes and unset names."""
    try:
        return process_word(text, env, raw_quotes=run, skip_unset=run)
    except WordError:
        return text
