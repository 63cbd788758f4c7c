"""head, tail, wc, sort and uniq: GNU coreutils' output, or BusyBox's where the image has it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import archive, budget, devfs
from ..fs import ERRNO_TEXT, FsError
from ..toolkit import BUSYBOX, GNU, IO, ToolExit, _missing, _options, emit_text
from .common import lines_of, read_input

if TYPE_CHECKING:
    from ..shell import Shell


def _count_arg(sh: Shell, io: IO, tool: str, argv: list[str]) -> tuple[list[str], int, bool]:
    """head/tail's -n N, -N and -c N: (the other arguments, N, counting bytes)."""
    rest: list[str] = []
    count, use_bytes = 10, False
    i = 1
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
        i += 1
    return rest, count, use_bytes


def _head_tail(sh: Shell, argv: list[str], io: IO, tail: bool) -> int:
    tool = "tail" if tail else "head"
    rest, count, use_bytes = _count_arg(sh, io, tool, argv)
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
            emit_text(io, data[-count:] if tail and count else "" if tail else data[:count])
            continue
        lines = lines_of(data)
        picked = (lines[-count:] if count else []) if tail else lines[:count]
        # head and tail copy bytes: the file's last line keeps its missing newline (head.c, tail.c)
        open_end = bool(picked) and (tail or count >= len(lines)) and not data.endswith("\n")
        for n, line in enumerate(picked, 1):
            io.out(line, "" if open_end and n == len(picked) else "\n")
    return status


def head(sh: Shell, argv: list[str], io: IO) -> int:
    return _head_tail(sh, argv, io, tail=False)


def tail(sh: Shell, argv: list[str], io: IO) -> int:
    return _head_tail(sh, argv, io, tail=True)


def _counts(data: str) -> dict[str, int]:
    budget.current().step(data.count("\n") + 1)
    # an archive's bytes are its stated size (app/engine/archive.py): its held lines are shorter
    return {"l": data.count("\n"), "w": len(data.split()), "m": len(data), "c": archive.byte_count(data),
            "L": max((len(x) for x in data.split("\n")), default=0)}


def wc(sh: Shell, argv: list[str], io: IO) -> int:
    """coreutils wc.c pads every count to the width of the files' total size (7 for a pipe) unless
    one count of one file is asked for; BusyBox's wc.c pads to 9 past the first column."""
    opts, files = _options(sh, io, "wc", argv, "lwcmL")
    which = [k for k in "lwmcL" if k in opts] or ["l", "w", "c"]
    named = bool(files)
    files = files or ["-"]
    rows: list[tuple[dict[str, int], str | None]] = []
    status = 0
    for arg in files:
        data = read_input(sh, io, "wc", arg)
        if data is None:
            status = 1
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
    width = 1 if single else max(7 if "-" in files else 1, len(str(sum(r[0]["c"] for r in rows if r[1] != "total"))))
    for counts, name in rows:
        io.out(" ".join(f"{counts[k]:>{width}}" for k in which) + (f" {name}" if name else ""))
    return status


def _sort_key(line: str, opts: set[str], field: int | None, sep: str | None) -> tuple[float, str]:
    text = line
    if field is not None:
        parts = line.split(sep) if sep else line.split()
        text = " ".join(parts[field - 1:]) if len(parts) >= field else ""
    if "n" in opts:
        m = re.match(r"\s*(-?\d+(?:\.\d+)?)", text)
        return (float(m.group(1)) if m else 0.0, line)
    return (0.0, text.lower() if "f" in opts else text)


def sort(sh: Shell, argv: list[str], io: IO) -> int:
    args = list(argv[1:])
    field: int | None = None
    sep: str | None = None
    rest = ["sort"]
    while args:
        a = args.pop(0)
        if a in ("-k", "-t") and args:
            value = args.pop(0)
            if a == "-k":
                field = int(re.match(r"\d+", value).group(0)) if re.match(r"\d+", value) else 1  # type: ignore[union-attr]
            else:
                sep = value
        else:
            rest.append(a)
    opts, files = _options(sh, io, "sort", rest, "rnufb")
    lines: list[str] = []
    for arg in files or ["-"]:
        data = read_input(sh, io, "sort", arg)
        if data is None:
            return 2 if sh.flavor == GNU else 1
        lines.extend(lines_of(data))
    budget.current().step(len(lines))
    ordered = sorted(lines, key=lambda x: _sort_key(x, opts, field, sep), reverse="r" in opts)
    seen: set[object] = set()
    for line in ordered:
        key = _sort_key(line, opts, field, sep)[0 if "n" in opts else 1]
        if "u" in opts:
            if key in seen:
                continue
            seen.add(key)
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
