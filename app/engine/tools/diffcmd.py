"""diff: GNU diffutils (3.7 in node:14's Debian 10, 3.10 on the host's Ubuntu 24.04; their output
is the same for all this simulates), and BusyBox's in busybox and alpine (diffbusybox.py).

GNU's src/diff.c compare_files and src/dir.c diff_dirs: two files, a file and a folder (the
folder's file of the same name), or two folders, their names merged in order (-r goes down into
common subfolders, else "Common subdirectories"; a name on one side is "Only in"). The output is
the normal format (src/normal.c), -u/-U N unified or -c/-C N context (src/context.c, a header
with each file's modification time), -q a line when files differ; -s says when they do not. Exit
status 0 (no differences), 1 (some), 2 (trouble). Which lines differ: diffseq.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import devfs
from ..fs import ERRNO_TEXT
from ..toolkit import BUSYBOX, IO, ToolExit
from . import diffbusybox
from .common import Getopt, quotef
from .diffinput import (
    FOLDER,
    MISSING,
    Operand,
    join,
    names_in,
    posix_stamp,
    read_operand,
    same_file,
    stamp,
    stat_operand,
)
from .diffseq import Change, gnu_changes, split_lines

if TYPE_CHECKING:
    from ..shell import Shell

TROUBLE = 2
NORMAL, UNIFIED, CONTEXT = "normal", "unified", "context"
NOTE = "\\ No newline at end of file\n"

# src/diff.c longopts: (name, its key and whether it takes an argument: ":" yes, "::" optional)
_LONGS = {
    "binary": "binary", "brief": "q", "changed-group-format": "cgf:", "color": "color::",
    "context": "C::", "ed": "e", "exclude": "x:", "exclude-from": "X:", "expand-tabs": "t",
    "forward-ed": "f", "from-file": "from-file:", "horizon-lines": "horizon-lines:", "ifdef": "D:",
    "ignore-all-space": "w", "ignore-blank-lines": "B", "ignore-case": "i",
    "ignore-file-name-case": "ifnc", "ignore-matching-lines": "I:", "ignore-space-change": "b",
    "ignore-tab-expansion": "E", "ignore-trailing-space": "Z", "inhibit-hunk-merge": "ihm",
    "initial-tab": "T", "label": "L:", "left-column": "left-column", "line-format": "lf:",
    "minimal": "d", "new-file": "N", "new-group-format": "ngf:", "new-line-format": "nlf:",
    "no-dereference": "no-dereference", "no-ignore-file-name-case": "nifnc", "normal": "normal",
    "old-group-format": "ogf:", "old-line-format": "olf:", "paginate": "l", "palette": "palette:",
    "rcs": "n", "recursive": "r", "report-identical-files": "s", "sdiff-merge-assist": "sma",
    "show-c-function": "p", "show-function-line": "F:", "side-by-side": "y",
    "speed-large-files": "H", "starting-file": "S:", "strip-trailing-cr": "stcr",
    "suppress-blank-empty": "sbe", "suppress-common-lines": "scl", "tabsize": "tabsize:", "text": "a",
    "to-file": "to-file:", "unchanged-group-format": "ugf:", "unchanged-line-format": "ulf:",
    "unidirectional-new-file": "P", "unified": "U::", "width": "W:",
}
_SHORT = "0123456789abBcC:dD:eEfF:hHiI:lL:nNpPqrsS:tTuU:vwW:x:X:yZ"
_SIMULATED = set("acCdLNqrsuU") | {"normal"}


@dataclass
class _Options:
    style: str = ""
    context: int = -1
    flags: set[str] = field(default_factory=set)  # a d N q r s
    labels: list[str] = field(default_factory=list)
    switches: str = ""  # the options as the "diff -r a/f b/f" line repeats them
    utf8: bool = False


def _style(sh: Shell, io: IO, opts: _Options, style: str) -> None:
    """specify_style: a second, different output format is a usage error."""
    if opts.style and opts.style != style:
        raise _try_help(io, "conflicting output style options")
    opts.style = style


def _try_help(io: IO, text: str) -> ToolExit:
    io.err(f"diff: {text}")
    io.err("diff: Try 'diff --help' for more information.")
    return ToolExit(TROUBLE)


def _context_length(io: IO, value: str | None) -> int:
    """-U N, -C N, --unified[=N]: a count of lines (3 when --unified has none)."""
    if value is None:
        return 3
    if not re.fullmatch(r"[ \t\n\v\f\r]*\+?[0-9]+", value):  # strtoimax, then nothing after it, not below 0
        raise _try_help(io, f"invalid context length '{value}'")
    return int(value.strip().lstrip("+"))


def _take(sh: Shell, io: IO, opts: _Options, key: str, value: str | None) -> None:
    if key not in _SIMULATED:
        shown = f"-{key}" if len(key) == 1 else f"--{next(n for n, k in _LONGS.items() if k.rstrip(':') == key)}"
        io.err(f"layerlab: diff {shown} is not simulated")
        raise ToolExit(126)
    if key in "uU" or key in "cC":
        _style(sh, io, opts, UNIFIED if key in "uU" else CONTEXT)
        wanted = 3 if key in "uc" else _context_length(io, value)
        opts.context = max(opts.context, wanted)
    elif key == "normal":
        _style(sh, io, opts, NORMAL)
    elif key == "L":
        if len(opts.labels) == 2:
            io.err("diff: too many file label options")
            raise ToolExit(TROUBLE)
        opts.labels.append(value or "")
    else:
        opts.flags.add(key)


def _switches(argv: list[str], operands: list[str]) -> str:
    """option_list: the words before the operands once getopt has put them first, each quoted
    for the shell, each after a space."""
    words = argv[1:]
    for name in reversed(operands):
        at = len(words) - 1 - words[::-1].index(name)
        words = words[:at] + words[at + 1:]
    return "".join(" " + quotef(w, colon=False) for w in words)


def _options(sh: Shell, io: IO, argv: list[str]) -> tuple[_Options, list[str]]:
    opts = _Options(utf8=bool(getattr(sh, "utf8", False)))
    parser = Getopt(sh, io, "diff", argv, _SHORT, _LONGS, status=TROUBLE, named_try=True)
    for key, value in parser:
        _take(sh, io, opts, key, value)
    operands = parser.operands
    if len(operands) != 2:
        raise _try_help(io, f"missing operand after '{argv[-1]}'" if len(operands) < 2
                        else f"extra operand '{operands[2]}'")
    opts.style = opts.style or NORMAL
    opts.context = max(opts.context, 0)
    opts.switches = _switches(argv, operands)
    return opts, operands


# -- output --


def _line(flag: str, line: str) -> str:
    """print_1_line_nl: a line after its flag; one without a newline gets the note."""
    return flag + line if line.endswith("\n") else f"{flag}{line}\n{NOTE}"


def _c_escape(name: str) -> str:
    """util.c c_escape: a name with a space or a control character in double quotes, escaped."""
    named = {"\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r", '"': '"', "\\": "\\"}
    if not any(c == " " or c in named or ord(c) < 32 for c in name):
        return name
    body = "".join("\\" + named[c] if c in named else f"\\{ord(c):03o}" if ord(c) < 32 else c for c in name)
    return f'"{body}"'


def _range(first: int, last: int, sep: str = ",") -> str:
    """print_number_range: a, or a,b (from 0-based first and last)."""
    a, b = first + 1, last + 1
    return f"{a}{sep}{b}" if b > a else f"{b}"


def _normal(a: list[str], b: list[str], script: list[Change]) -> list[str]:
    out = []
    for c in script:
        letter = "c" if c.deleted and c.inserted else "d" if c.deleted else "a"
        out.append(f"{_range(c.line0, c.line0 + c.deleted - 1)}{letter}{_range(c.line1, c.line1 + c.inserted - 1)}\n")
        out.extend(_line("< ", line) for line in a[c.line0:c.line0 + c.deleted])
        if letter == "c":
            out.append("---\n")
        out.extend(_line("> ", line) for line in b[c.line1:c.line1 + c.inserted])
    return out


def _hunks(script: list[Change], context: int) -> list[list[Change]]:
    """find_hunk: changes fewer than 2 * context + 1 lines apart print as one hunk."""
    hunks: list[list[Change]] = []
    for c in script:
        prev = hunks[-1][-1] if hunks else None
        if prev is not None and c.line0 - (prev.line0 + prev.deleted) < 2 * context + 1:
            hunks[-1].append(c)
        else:
            hunks.append([c])
    return hunks


def _span(hunk: list[Change], context: int, n0: int, n1: int) -> tuple[int, int, int, int]:
    """analyze_hunk's first and last lines of each file, widened by the context."""
    first0, first1 = hunk[0].line0, hunk[0].line1
    last0 = hunk[-1].line0 + hunk[-1].deleted - 1
    last1 = hunk[-1].line1 + hunk[-1].inserted - 1
    return (max(first0 - context, 0), min(last0 + context, n0 - 1),
            max(first1 - context, 0), min(last1 + context, n1 - 1))


def _unified_range(first: int, last: int) -> str:
    a, b = first + 1, last + 1
    if b <= a:
        return f"{b},0" if b < a else f"{b}"
    return f"{a},{b - a + 1}"


def _unified(a: list[str], b: list[str], script: list[Change], context: int) -> list[str]:
    out = []
    for hunk in _hunks(script, context):
        first0, last0, first1, last1 = _span(hunk, context, len(a), len(b))
        out.append(f"@@ -{_unified_range(first0, last0)} +{_unified_range(first1, last1)} @@\n")
        i, j, changes = first0, first1, list(hunk)
        while i <= last0 or j <= last1:
            if not changes or i < changes[0].line0:
                out.append(_line(" ", a[i]))
                i, j = i + 1, j + 1
                continue
            c = changes.pop(0)
            out.extend(_line("-", line) for line in a[i:i + c.deleted])
            out.extend(_line("+", line) for line in b[j:j + c.inserted])
            i, j = i + c.deleted, j + c.inserted
    return out


def _marked(lines: list[str], first: int, last: int, hunk: list[Change], old: bool) -> list[str]:
    """pr_context_hunk's lines of one file: '!' changed, '-' deleted, '+' inserted, ' ' context."""
    out, at = [], 0
    for i in range(first, last + 1):
        def start(c: Change) -> int:
            return c.line0 if old else c.line1

        def size(c: Change) -> int:
            return c.deleted if old else c.inserted

        while at < len(hunk) and start(hunk[at]) + size(hunk[at]) <= i:
            at += 1
        mark = " "
        if at < len(hunk) and start(hunk[at]) <= i:
            mark = "!" if (hunk[at].inserted if old else hunk[at].deleted) else "-" if old else "+"
        out.append(_line(mark + " ", lines[i]))
    return out


def _context(a: list[str], b: list[str], script: list[Change], context: int) -> list[str]:
    out = []
    for hunk in _hunks(script, context):
        first0, last0, first1, last1 = _span(hunk, context, len(a), len(b))
        out.append("***************\n")
        out.append(f"*** {_range(first0, last0)} ****\n")
        if any(c.deleted for c in hunk):
            out.extend(_marked(a, first0, last0, hunk, old=True))
        out.append(f"--- {_range(first1, last1)} ----\n")
        if any(c.inserted for c in hunk):
            out.extend(_marked(b, first1, last1, hunk, old=False))
    return out


def _label(mark: str, op: Operand, label: str | None, opts: _Options) -> str:
    if label is not None:
        return f"{mark} {label}\n"
    when = posix_stamp(op.mtime) if opts.style == CONTEXT and not opts.utf8 else stamp(op.mtime)
    return f"{mark} {_c_escape(op.name)}\t{when}\n"


def _shown(op: Operand, opts: _Options, f: int) -> str:
    return opts.labels[f] if len(opts.labels) > f else op.name


def _diff_2_files(io: IO, opts: _Options, ops: tuple[Operand, Operand], texts: tuple[str, str],
                  recursive: bool) -> int:
    """diff_2_files: the files' differences in the chosen format; 1 when there are some."""
    t0, t1 = texts
    binary = "a" not in opts.flags and ("\0" in t0 or "\0" in t1)
    names = (_shown(ops[0], opts, 0), _shown(ops[1], opts, 1))
    if "q" in opts.flags or binary:
        if t0 == t1:
            return 0
        io.write(f"{'Files' if 'q' in opts.flags else 'Binary files'} {names[0]} and {names[1]} differ\n")
        return 1
    a, b = split_lines(t0), split_lines(t1)
    script = gnu_changes(a, b, opts.context if opts.style != NORMAL else 0, "d" in opts.flags)
    if not script:
        return 0
    out = [f"diff{opts.switches} {_c_escape(names[0])} {_c_escape(names[1])}\n"] if recursive else []
    if opts.style == NORMAL:
        out.extend(_normal(a, b, script))
    else:
        marks = ("---", "+++") if opts.style == UNIFIED else ("***", "---")
        labels = (opts.labels + [None, None])[:2]  # type: ignore[list-item]
        out.append(_label(marks[0], ops[0], labels[0], opts))
        out.append(_label(marks[1], ops[1], labels[1], opts))
        show = _unified if opts.style == UNIFIED else _context
        out.extend(show(a, b, script, opts.context))
    io.write("".join(out))
    return 1


# -- the files and folders compared --


def _perror(io: IO, name: str, code: str) -> None:
    io.err(f"diff: {name}: {ERRNO_TEXT.get(code, code)}")


def _file_type(sh: Shell, op: Operand) -> str:
    """file_type (src/system.h's and gnulib's file-type): as the message about two kinds says it."""
    if op.is_dir:
        return "directory"
    if op.device is not None:
        return "fifo" if isinstance(op.device, devfs.Pipe) else "character special file"
    node = sh.view.get(op.path) if op.path else None
    return "regular file" if node is not None and node.data else "regular empty file"


@dataclass
class _Diff:
    """One run of diff: the shell, its streams and options."""

    sh: Shell
    io: IO
    opts: _Options

    def _stat(self, name: str | None, parent: str | None, other: str | None) -> Operand:
        if name is None:
            return Operand(join(parent or "", other or ""), MISSING)
        op = stat_operand(self.sh, self.io, join(parent, name) if parent is not None else name)
        return op

    def _new_file(self, ops: list[Operand], top: bool) -> None:
        """-N: a top-level file that does not exist, beside one that does, is empty."""
        if "N" not in self.opts.flags or not top:
            return
        for f in (0, 1):
            if ops[f].kind == "ENOENT" and ops[1 - f].kind in ("file", FOLDER):
                ops[f].kind = MISSING

    def compare(self, parents: tuple[str, str] | None, name0: str | None, name1: str | None) -> int:
        """compare_files: one pair of names, at the top (parents None) or inside two folders."""
        if parents is not None and (name0 is None or name1 is None) and "N" not in self.opts.flags:
            self.io.write(f"Only in {parents[name0 is None]}: {name0 or name1}\n")
            return 1
        ops = [self._stat(name0, parents[0] if parents else None, name1),
               self._stat(name1, parents[1] if parents else None, name0)]
        self._new_file(ops, parents is None)
        status = 0
        for op in ops:
            if op.kind not in ("file", FOLDER, MISSING):
                _perror(self.io, op.name, op.kind)
                status = TROUBLE
        if status == 0 and parents is None and ops[0].is_dir != ops[1].is_dir and MISSING not in (ops[0].kind, ops[1].kind):
            status = self._dir_and_file(ops)
        if status:
            return status
        status = self._compare_stat(parents, ops)
        if status == 0 and "s" in self.opts.flags and not ops[0].is_dir:
            self.io.write(f"Files {_shown(ops[0], self.opts, 0)} and {_shown(ops[1], self.opts, 1)} are identical\n")
        return status

    def _dir_and_file(self, ops: list[Operand]) -> int:
        """A file and a folder named on the line: the folder's file of the file's base name."""
        at = 0 if ops[0].is_dir else 1
        name = ops[1 - at].name
        if name == "-":
            self.io.err("diff: cannot compare '-' to a directory")
            raise ToolExit(TROUBLE)
        ops[at] = stat_operand(self.sh, self.io, join(ops[at].name, name.rstrip("/").rsplit("/", 1)[-1]))
        if ops[at].kind not in ("file", FOLDER):
            _perror(self.io, ops[at].name, ops[at].kind)
            return TROUBLE
        return 0

    def _compare_stat(self, parents: tuple[str, str] | None, ops: list[Operand]) -> int:
        kinds = {ops[0].kind, ops[1].kind}
        if kinds == {MISSING} or (same_file(ops[0], ops[1])):
            return 0
        if kinds <= {FOLDER, MISSING}:  # an absent file takes the other's mode: a folder with no names
            if parents is not None and "r" not in self.opts.flags:
                self.io.write(f"Common subdirectories: {ops[0].name} and {ops[1].name}\n")
                return 0
            return self._dirs(ops)
        if FOLDER in kinds:
            self.io.write(f"File {_shown(ops[0], self.opts, 0)} is a {_file_type(self.sh, ops[0])} while file "
                          f"{_shown(ops[1], self.opts, 1)} is a {_file_type(self.sh, ops[1])}\n")
            return 1
        texts = [read_operand(self.sh, self.io, op) for op in ops]
        status = 0
        for op, text in zip(ops, texts, strict=True):
            if text is None:
                _perror(self.io, op.name, op.kind)
                status = TROUBLE
        if status:
            return status
        return _diff_2_files(self.io, self.opts, (ops[0], ops[1]), (texts[0] or "", texts[1] or ""),
                             parents is not None)

    def _dirs(self, ops: list[Operand]) -> int:
        """diff_dirs: both folders' names in order, each pair compared."""
        listed = [names_in(self.sh, op) for op in ops]
        status = 0
        for op, names in zip(ops, listed, strict=True):
            if names is None:
                _perror(self.io, op.name, op.kind)
                status = TROUBLE
        if status:
            return status
        names0, names1 = listed[0] or [], listed[1] or []
        i = j = 0
        parents = (ops[0].name, ops[1].name)
        while i < len(names0) or j < len(names1):
            order = (1 if i == len(names0) else -1 if j == len(names1)
                     else (names0[i] > names1[j]) - (names0[i] < names1[j]))
            name0 = names0[i] if order <= 0 else None
            name1 = names1[j] if order >= 0 else None
            i, j = i + (order <= 0), j + (order >= 0)
            status = max(status, self.compare(parents, name0, name1))
        return status


def diff(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return diffbusybox.diff(sh, argv, io)
    opts, operands = _options(sh, io, argv)
    return _Diff(sh, io, opts).compare(None, operands[0], operands[1])
