"""Splitting an instruction's text into words with regular expressions, a word at a time, where a
Python loop went a character at a time: shlex.split for ENV's and LABEL's name=value pairs (about
7 us a character: 0.19 s of the 0.45 s an ENV of 60,000 characters took to read), the parser's
parseWords (2 us a character). Each gives what the loop it replaces gave, character for character
(tests/test_dockerfile_split.py compares them on random text)."""

from __future__ import annotations

import re

# shlex.split (posix mode, whitespace_split, no comments): blanks, a run of plain characters, a
# single-quoted string, a double-quoted one (\" and \\ escaped in it), an escaped character.
_SHLEX = re.compile(r"""[ \t\r\n]+|[^ \t\r\n'"\\]+|'[^']*'|"(?:[^"\\]|\\.)*"|\\.""", re.S)
_DQ_ESCAPE = re.compile(r'\\(["\\])')


def shlex_split(text: str) -> list[str]:
    """shlex.split(text); a ValueError where it raises one (a quote not closed, an escape at the end)."""
    words: list[str] = []
    cur: list[str] = []
    quoted, pos = False, 0
    while pos < len(text):
        m = _SHLEX.match(text, pos)
        if m is None:
            raise ValueError("No closing quotation")
        tok, pos = m.group(), m.end()
        first = tok[0]
        if first in " \t\r\n":
            if cur or quoted:
                words.append("".join(cur))
            cur, quoted = [], False
        elif first == "'":
            cur.append(tok[1:-1])
            quoted = True
        elif first == '"':
            cur.append(_DQ_ESCAPE.sub(r"\1", tok[1:-1]))
            quoted = True
        else:
            cur.append(tok[1] if first == "\\" else tok)
    if cur or quoted:
        words.append("".join(cur))
    return words


# parseWords: a word is escaped pairs, quoted strings (a quote not
# closed runs to the end; an escape inside double quotes; a lone escape at the end is dropped,
# "drop") and plain characters; the rest of the text is blanks (str.isspace, as \s is) or that lone
# escape outside quotes.
_PARSE_WORD = re.compile(r"""(?:\\.|"(?:\\.|[^"\\])*(?:"|(?P<drop>\\)?\Z)|'[^']*(?:'|\Z)|[^\s'"\\])+""", re.S)


def parse_words(rest: str) -> list[str]:
    """line_parsers.go parseWords: words split at blanks outside quotes, the quotes and escapes
    kept (an escape at the end of the line is dropped)."""
    return [m.group()[:-1] if m.group("drop") else m.group() for m in _PARSE_WORD.finditer(rest)]


# build._words: the same, but a lone escape at the end is kept, and inside double quotes too
_KEPT_WORD = re.compile(r"""(?:\\.|\\\Z|"(?:\\.|[^"\\])*(?:"|\\?\Z)|'[^']*(?:'|\Z)|[^\s'"\\])+""", re.S)


def kept_words(text: str) -> list[str]:
    """build._words: words split at blanks outside quotes, quotes and escapes kept as written."""
    return _KEPT_WORD.findall(text)
