"""Here-documents in a Dockerfile (`RUN <<EOF`, `COPY <<a.txt /dir/`), read as the frontend
vendored in moby v28.5.2 reads them (vendor/github.com/moby/buildkit/frontend/dockerfile):
parser/parser.go (Parse's heredoc loop, heredocsFromLine, heredocFromMatch, ChompHeredocContent,
canContainHeredoc), instructions/parse.go (parseSourcesAndDest, parseShellDependentCommand,
parseOnBuild) and dockerfile2llb/convert.go (dispatchRun, dispatchCopy, summarizeHeredoc)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from . import budget
from .dockerfilewords import WordError, process_words

# parser.go reHeredoc (Go's \s: tab, newline, form feed, carriage return, space)
_HEREDOC = re.compile(r"([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)")
_LEADING_TABS = re.compile(r"^\t+", re.M)  # reLeadingTabs
PIPES = "/dev/pipes"  # where dispatchRun mounts a here-document it runs as a script


@dataclass(frozen=True)
class Heredoc:
    """parser.Heredoc: the delimiter, the descriptor written before `<<`, whether the text gets
    the build's variables (no quote in the delimiter), `<<-` (leading tabs taken away), the text."""

    name: str
    fd: int = 0
    expand: bool = True
    chomp: bool = False
    content: str = ""


class HeredocError(Exception):
    """The parser's error for a here-document (its words as Parse words them)."""


def parse_heredoc(word: str) -> Heredoc | None:
    """ParseHeredoc: the here-document a word opens, None when it opens none; HeredocError when
    its delimiter cannot be lexed."""
    match = _HEREDOC.fullmatch(word)
    if match is None or not match.group(3):
        return None
    rest = match.group(3)
    try:
        words = process_words(rest, {}, skip_unset=True)
        if len(words) != 1:  # not a single word: no here-document
            return None
        raw = process_words(rest, {}, raw=True, skip_unset=True)
    except WordError as exc:
        raise HeredocError(str(exc)) from None
    if len(raw) != len(words):
        raise HeredocError(f"internal lexing of heredoc produced inconsistent results: {rest}")
    quotes = words[0].count("'") + words[0].count('"')
    return Heredoc(words[0], int(match.group(1) or 0), quotes == raw[0].count("'") + raw[0].count('"'),
                   match.group(2) == "-")


def maybe_heredoc(word: str) -> Heredoc | None:
    """MustParseHeredoc: parse_heredoc, its error taken as no here-document."""
    try:
        return parse_heredoc(word)
    except HeredocError:
        return None


def heredocs_from_line(line: str) -> list[Heredoc]:
    """heredocsFromLine: the here-documents the instruction's words open, in order. The words are
    the lexer's with quotes and escapes kept; a line it cannot lex opens none (Go drops the error)."""
    try:
        words = process_words(line, {}, raw=True, skip_unset=True)
    except WordError:
        return []
    return [doc for doc in map(parse_heredoc, words) if doc is not None]


def read_bodies(lines: list[str], at: int, docs: list[Heredoc]) -> tuple[list[Heredoc], int, bool]:
    """Parse's loop over the lines after the instruction: each here-document's text, up to the
    line that is its delimiter alone (after its leading tabs with `<<-`), line endings kept.
    The documents with their text, the index of the line after the last one read, and whether
    each found its delimiter (else: "unterminated heredoc")."""
    out: list[Heredoc] = []
    scanned = len(lines) - 1 if lines and not lines[-1] else len(lines)  # (no line after a last newline)
    for doc in docs:
        text: list[str] = []
        while at < scanned:
            line = lines[at]
            at += 1
            ending = "\n" if at < len(lines) else ""  # scanLines keeps each line's newline
            # a line is looked at, and kept, as the parser's scanner does: charged by its length
            budget.current().step(1 + len(line) // 64)
            candidate = line.rstrip("\r\n")
            if (candidate.lstrip("\t") if doc.chomp else candidate) == doc.name:
                break
            text.append(line + ending)
        else:
            return out, at, False
        out.append(Heredoc(doc.name, doc.fd, doc.expand, doc.chomp, "".join(text)))
    return out, at, True


def chomp(text: str) -> str:
    """ChompHeredocContent: the tabs at the start of each line taken away."""
    return _LEADING_TABS.sub("", text)


def summarize(text: str) -> str:
    """convert.go summarizeHeredoc: the text's first line, with "..." when more follow."""
    lines = text.strip(" \t\n\v\f\r\x85\xa0").replace("\r\n", "\n").split("\n")
    return lines[0] + ("..." if len(lines) > 1 else "")


@dataclass(frozen=True)
class RunScript:
    """What a RUN with here-documents runs (dispatchRun): the text its shell runs, the file it runs
    from /dev/pipes when the one here-document starts with #! (name, text), and what its step's
    name adds (" (first line...)")."""

    script: str
    pipe: tuple[str, str] | None
    summary: str


def run_script(command: str, docs: tuple[Heredoc, ...]) -> RunScript:
    """dispatchRun: a command that is one here-document alone is its text (chomped with `<<-`),
    run by the shell or, starting with #!, as a script of its own; any other is the command
    line with each document's text and delimiter after it, for the shell to read."""
    first = docs[0]
    if maybe_heredoc(command) is None:
        return RunScript(command + "".join(f"\n{doc.content}{doc.name}" for doc in docs), None, "")
    data = chomp(first.content) if first.chomp else first.content
    summary = f" ({summarize(first.content)})"
    if first.content.startswith("#!"):  # (the shebang is looked for before the tabs are taken away)
        return RunScript(posixpath.join(PIPES, first.name), (first.name, data), summary)
    return RunScript(data, None, summary)


def copy_contents(words: list[str], docs: tuple[Heredoc, ...]) -> tuple[list[str], list[Heredoc]]:
    """parseSourcesAndDest: a COPY's or ADD's sources that are paths, and those that are
    here-documents (named by their delimiter, their text chomped with `<<-`)."""
    by_name = {doc.name: doc for doc in docs}
    paths: list[str] = []
    contents: list[Heredoc] = []
    for word in words:
        doc = maybe_heredoc(word)
        if doc is None:
            paths.append(word)
            continue
        found = by_name.get(doc.name, Heredoc(doc.name))
        text = chomp(found.content) if doc.chomp else found.content
        contents.append(Heredoc(doc.name, doc.fd, doc.expand, doc.chomp, text))
    return paths, contents


def onbuild_expression(original: str, docs: tuple[Heredoc, ...]) -> str:
    """parseOnBuild: the trigger kept in the image, its here-documents written after it."""
    text = re.sub(r"(?i)^\s*ONBUILD\s*", "", original, count=1)
    return text + "".join(f"\n{doc.content}{doc.name}" for doc in docs)
