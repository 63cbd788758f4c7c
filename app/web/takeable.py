"""Commands a learner can take from the lesson into the command line with one tap, click or Enter.

What counts as a command, by one rule: code whose first word is a program the learner runs at the
host's prompt in the lessons (docker, sudo, curl, ls, cat, echo, sed, touch, npm, ...). In the
lesson's Markdown that is an inline code span, or a line of a code block all of whose lines are
commands; paths, file names, Dockerfile lines, JSON and outputs start otherwise and stay text. Goal
titles and hints are plain text that marks no code: in them a command is one the lesson's data
holds (its solution's lines, or a command its Markdown shows), found whole in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from html import unescape

from markupsafe import Markup, escape

COMMAND_WORDS = frozenset({"docker", "sudo", "curl", "ls", "cat", "echo", "sed", "touch", "npm", "rm", "mkdir",
                           "cd", "pwd", "cp", "mv", "head", "tail", "grep", "find", "diff"})

_CODE_BLOCK = re.compile(r"<pre><code(?: class=\"[^\"]*\")?>(.*?)</code></pre>", re.S)
_CODE_SPAN = re.compile(r"<code>([^<]*)</code>")
_BLOCK_MARK = "\x00block{}\x00"
_BLOCK_BACK = re.compile("\x00block(\\d+)\x00")


def is_command(code: str) -> bool:
    """Whether a piece of code is a command line the learner could run (one line, a command word first)."""
    words = code.split()
    return "\n" not in code.strip() and bool(words) and words[0] in COMMAND_WORDS


def button(command: str, label: str, shown: Markup | str | None = None) -> Markup:
    """A command and what puts it in the command line: its code, which a tap or click on takes too,
    and after it a small real button, named by what it does and which command, for the keyboard and
    screen readers ("Put in the terminal": not with "Command" in it, the command line's own name by
    which screen readers and tests find that field). (A <button> around the code would not wrap as text does: Chromium lays a button
    out as one box, and a long `docker run` took a hint's whole width, its Korean particle pushed to
    the next line.) Templates draw the same in _lesson.html's `took`."""
    inner = escape(command) if shown is None else shown
    return Markup('<code class="take" data-take="{cmd}">{inner}</code><button type="button" class="take-it" data-take="{cmd}" '
                  'title="{label}" aria-label="{label}: {cmd}">↵</button>').format(cmd=command, label=label, inner=inner)


@lru_cache(maxsize=64)
def takeable_html(html: str, label: str) -> str:
    """The lesson's rendered Markdown with each command's code made a button (kept: the panel is
    drawn at every command, from the few texts of the lessons)."""
    blocks: list[str] = []

    def block(m: re.Match[str]) -> str:
        lines = unescape(m[1]).rstrip("\n").split("\n")
        if any(line.strip() for line in lines) and all(is_command(line) for line in lines if line.strip()):
            inner = Markup("\n").join(button(line, label) if line.strip() else Markup("") for line in lines)
            blocks.append(str(Markup('<pre class="takes">{}</pre>').format(inner)))
        else:
            blocks.append(m[0])
        return _BLOCK_MARK.format(len(blocks) - 1)

    def span(m: re.Match[str]) -> str:
        code = unescape(m[1])
        return str(button(code, label)) if is_command(code) else m[0]

    out = _CODE_SPAN.sub(span, _CODE_BLOCK.sub(block, html))
    return _BLOCK_BACK.sub(lambda m: blocks[int(m[1])], out)


def commands_in_html(html: str) -> list[str]:
    """The commands a lesson's rendered Markdown shows: its command code spans and code block lines."""
    found = [unescape(m[1]) for m in _CODE_SPAN.finditer(html)]
    for m in _CODE_BLOCK.finditer(html):
        found.extend(unescape(m[1]).split("\n"))
    return [c.strip() for c in found if is_command(c)]


# what may stand right before a command in a sentence, and right after it: a command goes on with
# an option (" -a") or another word glued to it, not with a space and prose, punctuation, a Korean
# particle or a closing bracket
_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"':]))")
_AFTER = r"(?=$|[\s,;:)”—]|\.(?:\s|$)|[\u1100-\u11ff\uac00-\ud7af])(?!\s+-)"


def split_commands(text: str, known: Iterable[str]) -> tuple[tuple[str, bool], ...]:
    """A sentence cut into pieces, each with whether it is one of the `known` commands, taken whole
    (longest first, so `docker volume prune -a` is not read as `docker volume prune`)."""
    lines = sorted({k.strip() for k in known if is_command(k)}, key=len, reverse=True)
    if not lines:
        return ((text, False),)
    found = re.compile(_BEFORE.pattern + "(" + "|".join(map(re.escape, lines)) + ")" + _AFTER)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for m in found.finditer(text):
        if m.start(1) > at:
            pieces.append((text[at:m.start(1)], False))
        pieces.append((m[1], True))
        at = m.end(1)
    if at < len(text):
        pieces.append((text[at:], False))
    return tuple(pieces)
