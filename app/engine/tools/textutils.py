"""head, tail, wc, sort and uniq: GNU coreutils' output, or BusyBox's where the image has it."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, TypeVar

from .. import archive, budget, devfs
from ..fs import DIR, ERRNO_TEXT, FsError
from ..shellread import FileText
from ..toolkit import BUSYBOX, GNU, IO, ToolExit, _bad_option, _missing, _options, emit_text
from . import sortkeys
from .common import lines_of, read_input

if TYPE_CHECKING:
    from ..shell import Shell

_Part = TypeVar("_Part", str, list[str])


def _count_arg(sh: Shell, io: IO, tool: str, argv: list[str]) -> tuple[list[str], int, bool, str]:
    """head/tail's -n N, -N and -c N: (the other arguments, N, counting bytes, N's sign: tail's
    +N starts at the Nth, head's -N leaves the last N out; tail's obsolete first `+N` too)."""
    rest: list[str] = []
    count, use_bytes, sign = 10, False, ""
    i = 1
    if tool == "tail" and len(argv) > 1 and re.fullmatch(r"\+\d+", argv[1]):  # `tail +2 file` (obsolete form)
        return argv[2:], int(argv[1]), False, "+"
    while i < len(argv):
        a = argv[i]
        if a in ("-n", "-c") and i + 1 < len(argv):
            value, use_bytes = argv[i + 1], a == "-c"
            i += 1
        elif re.fullmatch(r"-[nc][+-]?\d+", a):
            value, use_bytes = a[2:], a[1] == "c"
        elif re.fullmatch(r"-\d+", a):
            value = a[1:]
        else:
            rest.append(a)
            i += 1
            continue
        if not re.fullmatch(r"[+-]?\d+", value):
            io.err(f"{tool}: invalid number of {'bytes' if use_bytes else 'lines'}: {sh.quote(value)}"
                   if sh.flavor == GNU else f"{tool}: invalid number '{value}'")
            raise ToolExit(1)
        count = abs(int(value))
        sign = value[0] if value[0] in "+-" else ""
        i += 1
    return rest, count, use_bytes, sign


def _head_tail(sh: Shell, argv: list[str], io: IO, tail: bool) -> int:
    tool = "tail" if tail else "head"
    rest, count, use_bytes, sign = _count_arg(sh, io, tool, argv)
    # tail -n +N: from the Nth on; head -n -N: all but the last N (GNU and BusyBox alike)
    start = (tail and sign == "+") or (not tail and sign == "-")
    opts, files = _options(sh, io, tool, [tool, *rest], "qvf")
    files = files or ["-"]
    status = 0
    shown = 0
    for arg in files:
        data = read_input(sh, io, tool, arg, count if use_bytes and not tail else None)
        if data is None:
            status = 1
            continue
        if (len(files) > 1 and "q" not in opts) or "v" in opts:
            if shown:
                io.out("")
            io.out(f"==> {'standard input' if arg == '-' else arg} <==")
        shown += 1
        budget.current().step(data.count("\n") + 1)
        if use_bytes and archive.is_archive(data):  # a part of an archive is held as its size
            emit_text(io, archive.cut(data, count))
            continue
        if use_bytes:
            emit_text(io, _cut(data, count, tail, start))
            continue
        lines = lines_of(data)
        picked = _cut(lines, count, tail, start)
        # head and tail copy bytes: the file's last line keeps its missing newline (head.c, tail.c)
        keeps_end = tail or (not start and count >= len(lines)) or (start and not count)
        open_end = bool(picked) and keeps_end and not data.endswith("\n")
        for n, line in enumerate(picked, 1):
            io.out(line, "" if open_end and n == len(picked) else "\n")
    return status


def _cut(items: _Part, count: int, tail: bool, start: bool) -> _Part:
    """The part head or tail prints: the first or last count, or with start tail's from the
    count-th on (+0 as +1) and head's all but the last count."""
    if start:
        return items[max(count - 1, 0):] if tail else items[:max(len(items) - count, 0)]
    return (items[-count:] if count else items[:0]) if tail else items[:count]


def head(sh: Shell, argv: list[str], io: IO) -> int:
    return _head_tail(sh, argv, io, tail=False)


def tail(sh: Shell, argv: list[str], io: IO) -> int:
    return _head_tail(sh, argv, io, tail=True)


def _counts(data: str) -> dict[str, int]:
    budget.current().step(data.count("\n") + 1)
    # an archive's bytes are its stated size (app/engine/archive.py): its held lines are shorter
    return {"l": data.count("\n"), "w": len(data.split()), "m": len(data), "c": archive.byte_count(data),
            "L": max((len(x) for x in data.split("\n")), default=0)}


def _is_folder(sh: Shell, arg: str) -> bool:
    try:
        node = devfs.resolve(sh.view.get, sh.path(arg))[1] if arg != "-" else None
    except FsError:
        return False
    return node is not None and node.kind == DIR


def wc(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils wc.c pads every count to the width of the files' total size (7 for a pipe) unless
    one count of one file is asked for; BusyBox's wc.c pads to 9 past the first column."""
    opts, files = _options(sh, io, "wc", argv, "lwcmL")
    which = [k for k in "lwmcL" if k in opts] or ["l", "w", "c"]
    named = bool(files)
    files = files or ["-"]
    rows: list[tuple[dict[str, int], str | None]] = []
    status = 0
    unsized = False  # an operand that is no regular file: GNU's columns are then at least 7 wide
    for arg in files:
        folder = _is_folder(sh, arg)
        # standard input from `< file` is a regular file's, sized; a pipe's is not
        unsized = unsized or (arg == "-" and not isinstance(io.stdin, FileText)) or folder \
            or sh.device(sh.path(arg)) is not None
        data = read_input(sh, io, "wc", arg)
        if data is None:
            status = 1
            if folder:  # the read failed, but wc.c still writes the file's (zero) counts
                rows.append((_counts(""), arg))
            continue
        rows.append((_counts(data), arg if named else None))
    if len(files) > 1:
        rows.append(({k: sum(r[0][k] for r in rows) for k in "lwmcL"}, "total"))
    single = len(files) == 1 and len(which) == 1
    if sh.flavor == BUSYBOX:
        for counts, name in rows:
            cells = [str(counts[which[0]]) if single else f"{counts[which[0]]:>9}",
                     *(f"{counts[k]:>9}" for k in which[1:])]
            io.out(" ".join(cells) + (f" {name}" if name else ""))
        return status
    width = 1 if single else max(7 if unsized else 1, len(str(sum(r[0]["c"] for r in rows if r[1] != "total"))))
    for counts, name in rows:
        io.out(" ".join(f"{counts[k]:>{width}}" for k in which) + (f" {name}" if name else ""))
    return status


_SORT_LONGS = {"reverse": "r", "numeric-sort": "n", "unique": "u", "ignore-case": "f", "stable": "s",
               "ignore-leading-blanks": "b", "key": "k", "field-separator": "t"}


def _sort_word(word: str, args: list[str], found: dict[str, list[str]], opts: set[str], longs: bool) -> str | None:
    """One option word of sort (-rn, -k2,2n, -k 2, -t:, GNU's --key=2): the option it lacks (an
    unknown one), else None."""
    if word.startswith("--"):
        name, eq, value = word[2:].partition("=")
        letter = _SORT_LONGS.get(name) if longs else None
        if letter is None:
            return word
        word = "-" + letter + (value if eq else "")
    for at in range(1, len(word)):
        letter = word[at]
        if letter in "kt":
            given = word[at + 1:] or (args.pop(0) if args else None)
            if given is None:
                return ":" + letter  # (its argument missing)
            found.setdefault(letter, []).append(given)
            return None
        if letter not in "bfnrsu":
            return letter
        opts.add(letter)
    return None


def _sort_args(sh: Shell, io: IO, argv: list[str]) -> tuple[sortkeys.Order, list[str]]:
    """sort's options (glibc's getopt order: anywhere before --) read into its Order, and its files."""
    args, files = list(argv[1:]), []
    opts: set[str] = set()
    found: dict[str, list[str]] = {}
    while args:
        word = args.pop(0)
        if word == "--":
            files.extend(args)
            break
        if not word.startswith("-") or word == "-":
            files.append(word)
            continue
        bad = _sort_word(word, args, found, opts, sh.flavor != BUSYBOX)
        if bad is not None and bad.startswith(":"):
            io.err(f"sort: option requires an argument -- '{bad[1:]}'")
            io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary." if sh.flavor == BUSYBOX
                   else "Try 'sort --help' for more information.")
            raise ToolExit(2)
        if bad is not None:
            _bad_option(sh, "sort", bad, io)
            raise ToolExit(2)  # (BusyBox's sort_main too: xfunc_error_retval = 2)
    seps = found.get("t", [])
    if seps and len(seps[-1]) != 1:
        io.err(f"sort: multi-character tab {sh.lquote(seps[-1])}" if sh.flavor == GNU else "sort: bad -t parameter")
        raise ToolExit(2)
    try:
        keys = [sortkeys.parse_key(k, sh.flavor) for k in found.get("k", [])]
    except sortkeys.KeyError_ as exc:
        io.err(f"sort: {exc}")
        raise ToolExit(2) from None
    return sortkeys.Order(keys, opts, seps[-1] if seps else None), files


def sort(sh: Shell, argv: list[str], io: IO) -> int:
    """GNU coreutils' and BusyBox's sort (sortkeys.py): keys, -t, -n, -r, -f, -b, -s and -u."""
    order, files = _sort_args(sh, io, argv)
    lines: list[str] = []
    for arg in files or ["-"]:
        data = read_input(sh, io, "sort", arg)
        if data is None:
            return 2  # (BusyBox 1.37's xfopen_stdin dies with sort's 2)
        lines.extend(lines_of(data))
    budget.current().step(len(lines) * max(1, len(lines).bit_length()))
    ordered = sorted(lines, key=functools.cmp_to_key(order.compare))
    last: str | None = None
    for line in ordered:
        if "u" in order.opts and last is not None and order.compare(last, line) == 0:
            continue
        last = line
        io.out(line)
    return 0


def uniq(sh: Shell, argv: list[str], io: IO) -> int:
    opts, files = _options(sh, io, "uniq", argv, "cdui")
    if len(files) > 2:
        raise _missing(io, "uniq", f"extra operand {sh.quote(files[2])}", sh.flavor == GNU)
    data = read_input(sh, io, "uniq", files[0] if files else "-")
    if data is None:
        return 1
    lines = lines_of(data)
    budget.current().step(len(lines))
    groups: list[tuple[str, int]] = []
    for line in lines:
        same = groups and (groups[-1][0].lower() == line.lower() if "i" in opts else groups[-1][0] == line)
        if same:
            groups[-1] = (groups[-1][0], groups[-1][1] + 1)
        else:
            groups.append((line, 1))
    for line, n in groups:
        if ("d" in opts and n < 2) or ("u" in opts and n > 1):
            continue
        io.out(f"{n:>7} {line}" if "c" in opts else line)
    return 0


def tee(sh: Shell, argv: list[str], io: IO) -> int:
    """Standard input, as it is (a last line without its newline too), to standard output and to
    each file; -a appends. Every file is opened before the copy, so its error comes first (tee.c,
    BusyBox tee.c: both say "tee: FILE: error")."""
    opts, files = _options(sh, io, "tee", argv, "ai")
    data = io.stdin or ""
    budget.current().step(data.count("\n") + 1)
    status = 0
    for arg in files:
        pipe = sh.device(sh.path(arg)) if sh.pipes else None
        if isinstance(pipe, devfs.Pipe):  # tee >(cmd): the process substitution's command reads it
            pipe.written.append(data)
            continue
        try:
            sh.view.write_file(sh.path(arg), data, append="a" in opts)
        except FsError as exc:
            io.err(f"tee: {arg}: {ERRNO_TEXT.get(exc.code, exc.code)}")
            status = 1
    io.write(data)
    return status
