"""bash's mapfile and readarray: lines of the standard input into an indexed array.

From bash 5.2 builtins/mapfile.def: options -d DELIM (its first character; "" the NUL byte), -n
COUNT (0: all), -O ORIGIN (and the array is not emptied first), -s COUNT (lines skipped), -t (the
delimiter taken off each line), -u FD, -C CALLBACK run every -c QUANTUM lines (5000 without -c)
with the next index and the line, single-quoted, after it; the array MAPFILE without a name. An
associative array is refused ("not an indexed array"), a readonly one too; a bad number is said
with what it counts. The status is 0 at the end of the input (read's is 1). In a pipeline the
builtin runs in a child, so `... | mapfile a` fills nothing the shell keeps (shell.py _stage) but
with shopt lastpipe in a shell that is not interactive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import budget, shellarrays
from .shellread import Stdin
from .toolkit import IO

if TYPE_CHECKING:
    from .shell import Shell

_USAGE = ("mapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] "
          "[-c quantum] [array]")
_WORDS = "dunOCcs"  # the options that take a word (internal_getopt "d:u:n:O:tC:c:s:")
_NUMBERS = {"n": "invalid line count", "s": "invalid line count", "O": "invalid array origin",
            "c": "invalid callback quantum"}


def mapfile_builtin(sh: Shell, argv: list[str], io: IO) -> int:
    parsed = _options(sh, argv, io)
    if isinstance(parsed, int):
        return parsed
    opts, names = parsed
    name = names[0] if names else "MAPFILE"
    if not name:
        io.err(f"{sh.who(argv[0])}empty array variable name")
        return 2
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) is None:
        io.err(f"{sh.who(argv[0])}`{name}': not a valid identifier")
        return 1
    fd = opts.get("u", "0")
    if fd != "0":
        io.err(f"{sh.who(argv[0])}{fd}: invalid file descriptor: Bad file descriptor" if int(fd) > 2
               else f"layerlab: {argv[0]} -u {fd} (a descriptor other than the input) is not simulated")
        return 1
    array = _target(sh, argv[0], name, "O" not in opts, io)
    if array is None:
        return 1
    src = io.stdin if isinstance(io.stdin, Stdin) else Stdin(io.stdin or "")
    _fill(sh, array, src, opts, io)
    shellarrays.mirror(sh.arrays, sh.env, name)
    return 0


def _options(sh: Shell, argv: list[str], io: IO) -> tuple[dict[str, str], list[str]] | int:
    opts: dict[str, str] = {}
    args = argv[1:]
    while args and args[0].startswith("-") and len(args[0]) > 1:
        word, args = args[0], args[1:]
        if word == "--":
            break
        for k, letter in enumerate(word[1:], 1):
            if letter == "t":
                opts["t"] = ""
                continue
            if letter not in _WORDS:
                io.err(f"{sh.who(argv[0])}-{letter}: invalid option")
                io.err(_USAGE.replace("mapfile", argv[0], 1))
                return 2
            value = word[k + 1:] or (args.pop(0) if args else None)
            if value is None:
                io.err(f"{sh.who(argv[0])}-{letter}: option requires an argument")
                io.err(_USAGE.replace("mapfile", argv[0], 1))
                return 2
            refused = _refused(letter, value)
            if refused:
                io.err(f"{sh.who(argv[0])}{value}: {refused}")
                return 1
            opts[letter] = value
            break
    return opts, args


def _refused(letter: str, value: str) -> str:
    """legal_number's refusals: a count, origin or quantum that is no number or below its least."""
    if letter == "u":
        return "" if re.fullmatch(r"\s*\+?\d+\s*", value) else "invalid file descriptor specification"
    if letter not in _NUMBERS:
        return ""
    number = re.fullmatch(r"\s*([+-]?\d+)\s*", value)
    least = 1 if letter == "c" else 0
    return _NUMBERS[letter] if number is None or int(number.group(1)) < least else ""


def _target(sh: Shell, builtin: str, name: str, clear: bool, io: IO) -> dict[int, str] | None:
    """builtins/common.c builtin_find_indexed_array: the array, emptied unless -O was given."""
    from .shellbuiltins import read_only  # (it imports this module)

    if read_only(sh, name, io, builtin):
        io.err(f"{sh.who()}{name}: readonly variable")
        return None
    if name in sh.assoc:
        io.err(f"{sh.who(builtin)}{name}: not an indexed array")
        return None
    array = sh.arrays.setdefault(name, {0: sh.env[name]} if name in sh.env else {})
    if isinstance(array, shellarrays.Declared):
        array.valued = True  # (VUNSETATTR att_invisible)
    if clear:
        array.clear()
    return array


def _fill(sh: Shell, array: dict[int, str], src: Stdin, opts: dict[str, str], io: IO) -> None:
    delim = opts["d"][:1] or "\0" if "d" in opts else "\n"
    goal, index = int(opts.get("n", "0")), int(opts.get("O", "0"))
    callback, quantum = opts.get("C"), int(opts.get("c", "5000"))
    for _ in range(int(opts.get("s", "0"))):
        if _line(src, delim) is None:
            return
    count = 1
    while (line := _line(src, delim)) is not None:
        budget.current().step()
        if ("t" in opts or delim == "\0") and line.endswith(delim):  # a C string ends at its NUL anyway
            line = line[:-1]
        if callback is not None and count % quantum == 0:
            quoted = "'" + line.replace("'", "'\\''") + "'"
            sh.execute(["eval", f"{callback} {index} {quoted}"], io)
        array[index] = line
        index, count = index + 1, count + 1
        if goal and count > goal:
            return


def _line(src: Stdin, delim: str) -> str | None:
    """The next line with its delimiter (zgetline), None at the end of the input."""
    text = src
    if src.pos >= len(text):
        return None
    end = text.find(delim, src.pos)
    stop = len(text) if end < 0 else end + 1
    line = text[src.pos:stop]
    src.pos = stop
    return line
