"""Lesson Markdown to HTML: CommonMark, with `*` emphasis that may touch Korean (and other CJK) text."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline


@lru_cache(maxsize=256)
def render(text: str) -> str:
    """The HTML of a lesson text (raw HTML in it is not allowed). The page draws its lesson's text at
    every command, and parsing it was a fifth of a lesson command's CPU: the few texts (each lesson,
    each language) are kept as drawn."""
    return _parser().render(text)


def is_cjk(char: str) -> bool:
    """Hangul, kana, CJK ideographs and their punctuation: scripts that attach particles and endings
    to the word before them without a space."""
    code = ord(char) if char else 0
    return (0x1100 <= code <= 0x11FF or 0x2E80 <= code <= 0x9FFF or 0xA960 <= code <= 0xA97F
            or 0xAC00 <= code <= 0xD7FF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.inline.ruler.at("emphasis", _emphasis)
    return md


def _emphasis(state: StateInline, silent: bool) -> bool:
    """CommonMark's emphasis tokenizer (markdown_it/rules_inline/emphasis.py), with one change for `*`.

    CommonMark lets `**docker diff**` close only when the next character is a space or punctuation,
    if the last one inside is punctuation (the flanking rules, spec 6.2). Korean puts a particle right
    after the word: `**docker diff**는` would show its asterisks. So a run of `*` next to a CJK
    character counts as if a space were on that side: it can close before one and open after one.
    `_` keeps the strict rules (it appears inside identifiers).
    """
    from markdown_it.rules_inline import emphasis
    from markdown_it.rules_inline.state_inline import Delimiter

    start = state.pos
    marker = state.src[start]
    if silent or marker != "*":
        return emphasis.tokenize(state, silent)
    scanned = state.scanDelims(start, True)
    end = start + scanned.length
    before = state.src[start - 1] if start > 0 else " "
    after = state.src[end] if end < state.posMax else " "
    can_open = scanned.can_open or (is_cjk(before) and not after.isspace())
    can_close = scanned.can_close or (is_cjk(after) and not before.isspace())
    for _ in range(scanned.length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(Delimiter(marker=ord(marker), length=scanned.length, token=len(state.tokens) - 1,
                                          end=-1, open=can_open, close=can_close))
    state.pos = end
    return True
