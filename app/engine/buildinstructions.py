"""What the Dockerfile frontend refuses in an instruction's arguments before any step runs, read
from the frontend vendored in moby v28.5.2 (vendor/github.com/moby/buildkit/frontend/dockerfile).

Two passes, as BuildKit makes them. The parser reads the whole file first (parser/parser.go
Parse, newNodeFromLine): each instruction's words by its line parser (parser/line_parsers.go:
parseNameVal for ENV and LABEL, parseMaybeJSON, parseMaybeJSONToList, parseString,
parseStringsWhitespaceDelimited, parseNameOrNameVal for ARG); its errors carry the line but no
"dockerfile parse error" words (parser.withLocation). Then instructions.Parse turns each node into
a command (instructions/parse.go), in the file's order, and its errors say "dockerfile parse error
on line N: ..." (parseError): too few or too many arguments, flags an instruction does not take
(bflag.go BFlags.Parse), blank names. build.py asks for both; COPY's, ADD's and FROM's own rules
are copyflags.parse_copy's and buildstages.parse_from's."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .copyflags import split_flags, suggest_flag
from .dockerfileheredoc import Heredoc, HeredocError, heredocs_from_line, read_bodies
from .dockerfilesplit import parse_words
from .gotemplate import go_quote
from .healthcheck import parse_healthcheck

_WHITESPACE = re.compile(r"[\t\v\f\r ]+")  # parser.go reWhitespace
NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only"


# parser.go directives.setEscapeToken: the default escape token's line continuation
_CONTINUATION = re.compile(r"([^\\])\\[ \t]*$|^\\[ \t]*$")


def _continued(line: str) -> tuple[str, bool]:
    """trimContinuationCharacter: the line without its ending escape, and whether it had one (the
    one match cut off by hand: re.sub took a third of the time 100,000 continued lines took)."""
    m = _CONTINUATION.search(line)
    if m is None:
        return line, False
    return line[:m.start()] + (m.group(1) or ""), True


@dataclass
class Logical:
    """One instruction as parser.Parse reads it: its first and last lines (1-based; the last is
    the last here-document's delimiter), its text with the lines that continue it appended, whether
    an empty line was among them (NoEmptyContinuation), its here-documents, and the parser's
    error about them ("" when none)."""

    start: int
    end: int
    body: str
    empty: bool
    heredocs: tuple[Heredoc, ...] = ()
    problem: str = ""


def logical_lines(text: str) -> list[tuple[int, int, str, bool]]:
    """read_lines without the here-documents."""
    return [(ln.start, ln.end, ln.body, ln.empty) for ln in read_lines(text)]


def read_lines(text: str) -> list[Logical]:
    """parser.Parse's lines: each instruction's text with the lines that continue it appended as
    they are (the first one's leading blanks dropped, the others' kept, no space added:
    processLine, trimContinuationCharacter), then the here-documents it opens, read from the
    lines after it. The parser stops at an unterminated here-document: it is the last one."""
    lines = text.split("\n")
    out: list[Logical] = []
    i = 0
    while i < len(lines):
        first = lines[i].rstrip("\r\n").lstrip()
        start = i
        i += 1
        if first.startswith("#"):
            continue
        head, more = _continued(first)
        if not more and not head:
            continue
        body, empty = [head], False
        while more and i < len(lines):
            line = lines[i].rstrip("\r\n")
            i += 1
            if line.lstrip().startswith("#"):
                continue
            if not line.strip():
                empty = True
                continue
            part, more = _continued(line)
            body.append(part)  # (text += part made it again at each line: 100,000 lines 0.6 s)
        joined = "".join(body)
        docs, i, problem = _heredocs(joined, lines, i)
        out.append(Logical(start + 1, i, joined, empty, docs, problem))
        if problem:
            break
    return out


def _heredocs(line: str, lines: list[str], at: int) -> tuple[tuple[Heredoc, ...], int, str]:
    """Parse: the here-documents of an instruction that may have them (RUN, COPY, ADD, or an
    ONBUILD of one, not in JSON form: canContainHeredoc) and whose line has a `<<`; their text,
    where the next instruction starts, and the parser's error."""
    if "<<" not in line or not _may_hold_heredocs(line):
        return (), at, ""
    try:
        opened = heredocs_from_line(line)
    except HeredocError as exc:
        return (), at, str(exc)
    docs, at, terminated = read_bodies(lines, at, opened)
    return tuple(docs), at, "" if terminated else "unterminated heredoc"


def _may_hold_heredocs(line: str) -> bool:
    """canContainHeredoc: ADD, COPY and RUN, also as ONBUILD's trigger, unless in JSON form."""
    kw, rest = (_WHITESPACE.split(line.strip(), maxsplit=1) + [""])[:2]
    if kw.upper() == "ONBUILD":
        kw, rest = (_WHITESPACE.split(rest.strip(), maxsplit=1) + [""])[:2]
    if kw.upper() not in ("ADD", "COPY", "RUN"):
        return False
    try:
        return _json_list(split_flags(rest)[1]) is None
    except _NotStrings:
        return False


class _NotStrings(Exception):
    """line_parsers.go errDockerfileNotStringArray."""


def _json_list(rest: str) -> list[str] | None:
    """parseJSON: the strings of a JSON array, None when the text is not one; _NotStrings when
    an item is not a string."""
    rest = rest.lstrip()
    if not rest.startswith("["):
        return None
    try:
        value = json.loads(rest)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, list):
        return None
    if not all(isinstance(v, str) for v in value):
        raise _NotStrings
    return value


def _maybe_json(rest: str) -> tuple[list[str], bool]:
    """parseMaybeJSON: the JSON array's strings, else the whole text as one argument."""
    if not rest:
        return [], False
    value = _json_list(rest)
    return (value, True) if value is not None else ([rest], False)


def _maybe_json_list(rest: str) -> tuple[list[str], bool]:
    """parseMaybeJSONToList: the JSON array's strings, else the blank-separated words."""
    value = _json_list(rest)
    return (value, True) if value is not None else (_spaced(rest), False)


def _spaced(rest: str) -> list[str]:
    """parseStringsWhitespaceDelimited (no quotes: `EXPOSE "80 81"` is two words)."""
    return _WHITESPACE.split(rest) if rest else []


def _name_val(kw: str, rest: str) -> list[str]:
    """parseNameVal (ENV, LABEL): `KEY value` when the first word has no =, else KEY=value
    words; the node's arguments as key, value, separator triples."""
    words = parse_words(rest)
    if not words:
        return []
    if "=" not in words[0]:
        parts = _WHITESPACE.split(rest, maxsplit=1)
        if len(parts) < 2:
            raise ValueError(f"{kw} must have two arguments")
        return [parts[0], parts[1], ""]
    out: list[str] = []
    for word in words:
        if "=" not in word:
            raise ValueError(f"Syntax error - can't find = in {go_quote(word)}. Must be of the form: name=value")
        key, _, value = word.partition("=")
        out += [key, value, "="]
    return out


def node_args(kw: str, rest: str) -> tuple[list[str], list[str], bool]:
    """The instruction's flags and arguments as the parser's node holds them (splitCommand,
    then the line parser for kw), and whether they were a JSON array; ValueError with the line
    parser's error."""
    flags, body = split_flags(rest)
    try:
        if kw in ("ENV", "LABEL"):
            return flags, _name_val(kw, body), False
        if kw == "ARG":
            return flags, parse_words(body), False
        if kw in ("CMD", "ENTRYPOINT", "RUN", "SHELL"):
            return (flags, *_maybe_json(body))
        if kw in ("ADD", "COPY", "VOLUME"):
            return (flags, *_maybe_json_list(body))
        if kw == "HEALTHCHECK":
            # parseHealthConfig: the type up to the first blank, then the command as CMD's
            typ, _, cmd = (re.split(r"(\s+)", body, maxsplit=1) + ["", ""])[:3] if body else ("", "", "")
            args, is_json = _maybe_json(cmd)
            return flags, ([typ, *args] if typ else []), is_json
        if kw == "ONBUILD":
            sub_kw, _, sub_rest = body.strip().partition(" ")
            return flags, ([sub_kw, *node_args(sub_kw.upper(), sub_rest.strip())[1]] if body else []), False
        if kw in ("EXPOSE", "FROM"):
            return flags, _spaced(body), False
        return flags, ([body] if body else []), False  # parseString: MAINTAINER, STOPSIGNAL, USER, WORKDIR
    except _NotStrings:
        raise ValueError(NOT_STRINGS) from None


def parser_error(kw: str, rest: str) -> str:
    """The parser's own error for the line ("" when it reads it)."""
    try:
        node_args(kw, rest)
    except ValueError as exc:
        return str(exc)
    return ""


def _flags_error(flags: list[str]) -> str:
    """BFlags.Parse for an instruction that takes no flag: the first one is unknown."""
    return f"unknown flag: {flags[0].partition('=')[0]}" if flags else ""


def _count_error(kw: str, args: list[str]) -> str:
    """The argument counts parse.go checks before or without the flags."""
    if kw in ("MAINTAINER", "WORKDIR", "USER", "STOPSIGNAL") and len(args) != 1:
        return f"{kw} requires exactly one argument"  # errExactlyOneArgument
    if kw in ("ENV", "LABEL", "EXPOSE", "VOLUME", "ARG", "ONBUILD", "HEALTHCHECK", "SHELL") and not args:
        return f"{kw} requires at least one argument"  # errAtLeastOneArgument
    return ""


def instruction_error(kw: str, rest: str) -> str:
    """instructions/parse.go's refusal of the instruction, in its functions' order ("" when it
    takes it). COPY's, ADD's and FROM's rules are checked elsewhere (copyflags, buildstages)."""
    flags, args, is_json = node_args(kw, rest)
    if kw in ("ENV", "LABEL", "CMD", "ENTRYPOINT", "SHELL") and flags:
        return _flags_error(flags)  # parseEnv, parseLabel...: req.flags.Parse() first
    problem = _count_error(kw, args)
    if problem or kw == "STOPSIGNAL":  # parseStopSignal never parses flags
        return problem
    if kw == "ARG":  # nor does parseArg; a word `=value` has a blank name
        return "ARG names can not be blank" if any(a.startswith("=") for a in args) else ""
    if kw in ("ENV", "LABEL") and any(not args[j] for j in range(0, len(args), 3)):
        return f"{kw} names can not be blank"  # parseKvps: errBlankCommandNames
    if kw in ("MAINTAINER", "WORKDIR", "EXPOSE", "USER", "VOLUME", "ONBUILD") and flags:
        return _flags_error(flags)
    if kw == "VOLUME" and any(not a.strip() for a in args):
        return "VOLUME specified can not be an empty string"
    if kw == "SHELL" and not is_json:
        return "SHELL requires the arguments to be in JSON form"  # errNotJSON (errors_unix.go)
    if kw == "ONBUILD":
        return _onbuild_error(args[0])
    if kw == "HEALTHCHECK":
        return _healthcheck_error(args, flags, is_json)
    if kw == "RUN":
        return run_flags(flags)[1]
    return ""


def _onbuild_error(trigger: str) -> str:
    """parseOnBuild: a trigger may not be ONBUILD, MAINTAINER or FROM."""
    trigger = trigger.strip().upper()
    if trigger == "ONBUILD":
        return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
    return f"{trigger} isn't allowed as an ONBUILD trigger" if trigger in ("MAINTAINER", "FROM") else ""


# RUN's flags, as parseRun's hooks add them (commands_rundevice.go, commands_runmount.go,
# commands_runnetwork.go; commands_runsecurity.go is built only with the dfrunsecurity tag):
# "m" may be given again, "s" takes one value
_RUN_FLAGS = {"device": "m", "mount": "m", "network": "s"}
_NETWORKS = ("default", "none", "host")  # runnetwork.go isValidNetwork


def run_flags(flags: list[str]) -> tuple[dict[str, list[str]], str]:
    """RUN's flags read as BFlags.Parse reads them, then checked by the hooks after it (the
    network mode); their values by name, and the error ("" when none)."""
    values: dict[str, list[str]] = {}
    for word in flags:
        name, has_value, value = word.partition("=")
        kind = _RUN_FLAGS.get(name[2:])
        if kind is None:
            return values, f"unknown flag: {name}{suggest_flag(name[2:], list(_RUN_FLAGS))}"
        if name[2:] in values and kind != "m":
            return values, f"duplicate flag specified: {name}"
        if not has_value:
            return values, f"missing a value on flag: {name}"
        values.setdefault(name[2:], []).append(value)
    network = values.get("network", ["default"])[0]
    if network not in _NETWORKS:
        return values, f"invalid network mode {go_quote(network)}"
    return values, ""


def _healthcheck_error(args: list[str], flags: list[str], is_json: bool) -> str:
    """parseHealthcheck's refusals (healthcheck.parse_healthcheck)."""
    return parse_healthcheck(flags, args, is_json)[1]
