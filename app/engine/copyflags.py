"""COPY's and ADD's flags in a Dockerfile (--chown, --chmod, --from, --link, ADD's --checksum...):
read, checked and applied as the Dockerfile frontend vendored in moby v28.5.2 does (build.py runs
the steps)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .execuser import entries
from .fs import FILE
from .views import ContainerView

# COPY and ADD flags, as the Dockerfile frontend vendored in moby v28.5.2 reads them
# (vendor/github.com/moby/buildkit/frontend/dockerfile/instructions/parse.go parseCopy, parseAdd;
# bflag.go BFlags.Parse). "s" takes a value, "b" is a boolean, "m" may be given again.
COPY_FLAGS = {"COPY": {"chown": "s", "from": "s", "chmod": "s", "link": "b", "exclude": "m"},
              "ADD": {"chown": "s", "chmod": "s", "link": "b", "keep-git-dir": "b", "checksum": "s",
                      "unpack": "b", "exclude": "m"}}


@dataclass
class CopySpec:
    """A COPY or ADD with its flags read: values as written (before variables are expanded)."""

    flags: dict[str, str]
    excludes: list[str]
    words: list[str]  # the sources, then the destination


class FlagError(Exception):
    """A Dockerfile flag error, worded as BuildKit words it."""


def split_flags(rest: str) -> tuple[list[str], str]:
    """The leading --words of an instruction (quotes removed, a backslash escaping the next
    character) and the rest of the line (parser/split_command.go extractBuilderFlags)."""
    words: list[str] = []
    pos = 0
    while True:
        while pos < len(rest) and rest[pos].isspace():
            pos += 1
        if not rest.startswith("--", pos):
            return words, rest[pos:].strip()
        word, quoted, quote = "", False, ""
        while pos < len(rest) and (quote or not rest[pos].isspace()):
            ch = rest[pos]
            if ch == quote:
                quote = ""
            elif ch in "'\"" and not quote:
                quote, quoted = ch, True
            elif ch == "\\" and pos + 1 < len(rest):
                pos += 1
                word += rest[pos]
            elif ch != "\\":
                word += ch
            pos += 1
        if word == "--":
            return words, rest[pos:].strip()
        if word or quoted:
            words.append(word)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (BuildKit util/suggest's measure)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def closest(value: str, options: list[str]) -> str:
    """util/suggest Search, case-sensitive: the first option fewest edits away, under 3 ("": none)."""
    best, dist = "", 3
    for opt in options:
        d = edit_distance(value, opt)
        if d < dist:
            best, dist = opt, d
    return best


def suggest_flag(name: str, options: list[str]) -> str:
    """The closest flag, as a parse error's suggestion."""
    best = closest(name, sorted(options))
    return f" (did you mean {best}?)" if best else ""


def parse_copy(kw: str, rest: str) -> CopySpec:
    """The flags and words of a COPY or ADD, or FlagError as BFlags.Parse words it."""
    flag_words, body = split_flags(rest)
    words = _json_or_words(body)
    if len(words) < 2:
        raise FlagError(f"{kw} requires at least two arguments, but only one was provided. "
                        "Destination could not be determined")
    known = COPY_FLAGS[kw]
    flags: dict[str, str] = {}
    excludes: list[str] = []
    for word in flag_words:
        name, has_value, value = word.partition("=")
        kind = known.get(name[2:])
        if kind is None:
            raise FlagError(f"unknown flag: {name}{suggest_flag(name[2:], list(known))}")
        if name[2:] in flags and kind != "m":
            raise FlagError(f"duplicate flag specified: {name}")
        if (kind == "b" and has_value and not value) or (kind != "b" and not has_value):
            raise FlagError(f"missing a value on flag: {name}")
        if kind == "b" and value.lower() not in ("", "true", "false"):
            raise FlagError(f"expecting boolean value for flag {name}, not: {value}")
        flags[name[2:]] = (value.lower() or "true") if kind == "b" else value
        if kind == "m":
            excludes.append(value)
    return CopySpec(flags, excludes, words)


def _json_or_words(body: str) -> list[str]:
    """parseMaybeJSONToList: a JSON list of strings, else the whitespace-separated words."""
    if body.startswith("["):
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):  # nested past Python's stack: not a list of strings either
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    return body.split()


def chmod_mode(value: str) -> tuple[int | None, str]:
    """--chmod: an octal mode up to 07777, or a symbolic one (convert.go dispatchCopy; the
    vendored tonistiigi/dchapes-mode Parse); FlagError with its words when it is neither."""
    if value[:1].isdigit():
        if re.fullmatch(r"[0-7]+", value) and int(value, 8) <= 0o7777:
            return int(value, 8), ""
        raise FlagError(f"invalid chmod parameter: '{value}'. it should be octal string and between 0 and 07777")
    if not re.fullmatch(r"[augo]*(?:[-+=][rstwXxugo]*)+(?:,[augo]*(?:[-+=][rstwXxugo]*)+)*", value):
        raise FlagError("invalid syntax")
    return None, value


_WHO_BITS = {"a": 0o6777, "u": 0o4700, "g": 0o2070, "o": 0o0007}


def apply_symbolic(spec: str, mode: int, is_dir: bool) -> int:
    """A symbolic mode applied as BSD setmode does with no umask (dchapes-mode Set.Apply)."""
    new = mode & 0o7777
    for clause in spec.split(","):
        who_text = re.match(r"[augo]*", clause).group(0)  # type: ignore[union-attr]
        who = 0
        for w in who_text:
            who |= _WHO_BITS[w]
        for op, perms in re.findall(r"([-+=])([rstwXxugo]*)", clause[len(who_text):]):
            bits, scope = _perm_bits(perms, who, new, is_dir or bool(mode & 0o111))
            if op == "=":
                new &= ~(scope if who else 0o6777)
            new = new & ~bits if op == "-" else new | bits
    return new


def _perm_bits(perms: str, who: int, current: int, x_for_X: bool) -> tuple[int, int]:
    """The bits a clause's permission letters stand for, limited to its who (all when none)."""
    scope = who or 0o7777
    bits = 0
    for p in perms:
        if p in "rwx" or (p == "X" and x_for_X):
            bits |= {"r": 0o444, "w": 0o222, "x": 0o111, "X": 0o111}[p]
        elif p in "st" and (not who or who & ~0o007):
            bits |= 0o6000 if p == "s" else 0o1000
            scope |= 0o1000 if p == "t" else 0
        elif p in "ugo":
            bits |= ((current >> {"u": 6, "g": 3, "o": 0}[p]) & 7) * 0o111
    return bits & scope, scope


def _parse_id(text: str) -> int | None:
    """client/llb/fileop.go parseUID: root is 0, else a decimal that fits in 32 signed bits."""
    if text == "root":
        return 0
    if not re.fullmatch(r"[+-]?[0-9]+", text) or not -(2**31) <= int(text) < 2**31:
        return None
    return int(text) & 0xFFFFFFFF  # a pb.UserOpt ByID is a uint32


def _named_ids(view: ContainerView, path: str, name: str) -> list[int] | None:
    """The numeric fields of the first /etc/passwd or /etc/group line for name, if any."""
    node = view.get(path)
    if node is None or node.kind != FILE:
        return None
    for parts in entries(node.data, 4):
        if parts[0] == name:
            return [int(p) if p.isdigit() else 0 for p in parts[2:4]]
    return None


def chown_ids(view: ContainerView, spec: str) -> tuple[int, int]:
    """--chown USER[:GROUP] as the solver reads it (solver/llbsolver/ops/user_linux.go readUser):
    a name is looked up in the stage's own /etc/passwd or /etc/group, and one it does not find
    leaves the id at 0 without an error; a numeric user is also the group unless one is given."""
    user, has_group, group = spec.partition(":")
    uid = gid = 0
    number = _parse_id(user)
    if number is not None or not user:
        uid = gid = number or 0
    else:
        found = _named_ids(view, "/etc/passwd", user)
        if found:
            uid, gid = found
    if has_group:
        number = _parse_id(group)
        if number is not None or not group:
            gid = number or 0
        else:
            found = _named_ids(view, "/etc/group", group)
            gid = found[0] if found else gid
    return uid, gid
