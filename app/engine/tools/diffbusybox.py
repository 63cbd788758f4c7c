"""BusyBox's diff (editors/diff.c, 1.35-1.37; busybox and alpine): unified output only, a header
without times, hunks from Stone's match vector (diffseq.busybox_match). Folders are listed whole
first (recursive_action, -r going down only into folders both sides have, silently otherwise),
their relative names sorted by strcmp and merged. Errors die with status 2 while the operands are
stat'ed, 1 after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import budget
from ..fs import ERRNO_TEXT
from ..toolkit import IO, ToolExit
from .common import Getopt, busybox_usage
from .diffinput import FILE, FOLDER, MISSING, Operand, join, names_in, read_operand, same_file, stat_operand
from .diffseq import busybox_match, split_lines

if TYPE_CHECKING:
    from ..shell import Shell

USAGE = """[-abBdiNqrTstw] [-L LABEL] [-S FILE] [-U LINES] FILE1 FILE2

Compare files line by line and output the differences between them.
This implementation supports unified diffs only.

\t-a\tTreat all files as text
\t-b\tIgnore changes in the amount of whitespace
\t-B\tIgnore changes whose lines are all blank
\t-d\tTry hard to find a smaller set of changes
\t-i\tIgnore case differences
\t-L\tUse LABEL instead of the filename in the unified header
\t-N\tTreat absent files as empty
\t-q\tOutput only whether files differ
\t-r\tRecurse
\t-S\tStart with FILE when comparing directories
\t-T\tMake tabs line up by prefixing a tab when necessary
\t-s\tReport when two files are the same
\t-t\tExpand tabs to spaces in output
\t-U\tOutput LINES lines of context
\t-w\tIgnore all whitespace"""

_LONGS = {
    "ignore-case": "i", "ignore-tab-expansion": "E", "ignore-space-change": "b", "ignore-all-space": "w",
    "ignore-blank-lines": "B", "text": "a", "unified": "U:", "label": "L:", "show-c-function": "p",
    "brief": "q", "expand-tabs": "t", "initial-tab": "T", "recursive": "r", "new-file": "N",
    "report-identical-files": "s", "starting-file": "S:", "minimal": "d",
}
NOTE = "\\ No newline at end of file"


def _fetch(lines: list[str], first: int, last: int, mark: str) -> list[str]:
    """fetch(): lines first..last (from 1) after their mark; one the file ends in without a
    newline gets the note."""
    return [mark + line if line.endswith("\n") else f"{mark}{line}\n{NOTE}\n" for line in lines[first - 1:last]]


def _changes(match: list[int], n0: int) -> list[tuple[int, int, int, int]]:
    """diff()'s vectors: each run of unmatched lines, (a, b) in the old file and (c, d) in the
    new one (a > b: nothing deleted; c > d: nothing inserted)."""
    found = []
    i = 1
    while True:
        a = i
        while a <= n0 and match[a] == match[a - 1] + 1:
            a += 1
        c = match[a - 1] + 1
        b = a - 1
        while b < n0 and not match[b + 1]:
            b += 1
        d = match[b + 1] - 1
        if a <= b or c <= d:
            found.append((a, b, c, d))
        i = b + 1
        budget.current().step(1 + b - a)
        if i > n0:
            return found
        match[b] = d


def _hunks(changes: list[tuple[int, int, int, int]], context: int) -> list[list[tuple[int, int, int, int]]]:
    """A change more than 2 * context + 1 lines after the last, in both files, starts a hunk."""
    hunks: list[list[tuple[int, int, int, int]]] = []
    for v in changes:
        last = hunks[-1][-1] if hunks else None
        if last is None or (v[0] > last[1] + 2 * context + 1 and v[2] > last[3] + 2 * context + 1):
            hunks.append([v])
        else:
            hunks[-1].append(v)
    return hunks


def _hunk(a: list[str], b: list[str], hunk: list[tuple[int, int, int, int]], context: int) -> list[str]:
    spans = [(max(1, hunk[0][0] - context), min(len(a), hunk[-1][1] + context)),
             (max(1, hunk[0][2] - context), min(len(b), hunk[-1][3] + context))]
    head = "@@"
    for mark, (lo, hi) in zip("-+", spans, strict=True):
        head += f" {mark}{min(lo, hi)}" + ("" if lo == hi else f",{hi - lo + 1 if lo < hi else 0}")
    out = [head + " @@\n"]
    low = spans[0][0]
    for v in hunk:
        out.extend(_fetch(a, low, v[0] - 1, " "))
        out.extend(_fetch(a, v[0], v[1], "-"))
        out.extend(_fetch(b, v[2], v[3], "+"))
        low = v[1] + 1
    out.extend(_fetch(a, low, spans[0][1], " "))
    return out


class _BusyBoxDiff:
    def __init__(self, sh: Shell, io: IO, flags: set[str], labels: list[str | None], context: int) -> None:
        self.sh, self.io, self.flags, self.labels, self.context = sh, io, flags, labels, context
        self.status = 0

    def _open(self, op: Operand) -> str | None:
        if op.kind == MISSING:
            return ""
        text = read_operand(self.sh, self.io, op) if op.kind == FILE else None
        if text is None:
            self.io.err(f"diff: can't open '{op.name}': {ERRNO_TEXT.get(op.kind, op.kind)}")
        return text

    def diffreg(self, ops: tuple[Operand, Operand], names: tuple[str, str]) -> str:
        """diffreg: "same", "differ" or "binary" (a file it cannot open is "same" after its warning)."""
        t0 = self._open(ops[0])
        t1 = self._open(ops[1]) if t0 is not None else None
        if t0 is None or t1 is None or t0 == t1:
            return "same"
        self.status |= 1
        common = min(len(t0), len(t1))  # the NULs looked for: where both files have bytes
        if "a" not in self.flags and ("\0" in t0[:common] or "\0" in t1[:common]):
            return "binary"
        if "q" not in self.flags:
            a, b = split_lines(t0), split_lines(t1)
            hunks = _hunks(_changes(busybox_match(a, b, "d" in self.flags), len(a)), self.context)
            out = [f"--- {self.labels[0] or names[0]}\n", f"+++ {self.labels[1] or names[1]}\n"]
            for hunk in hunks:
                out.extend(_hunk(a, b, hunk, self.context))
            self.io.write("".join(out))
        return "differ"

    def report(self, status: str, names: tuple[str, str]) -> None:
        """print_status."""
        if status == "binary" or (status == "differ" and "q" in self.flags):
            self.io.write(f"Files {names[0]} and {names[1]} differ\n")
        elif status == "same" and "s" in self.flags:
            self.io.write(f"Files {names[0]} and {names[1]} are identical\n")

    def listing(self, top: Operand, other: Operand) -> list[str]:
        """recursive_action's names below top, relative to it: each file, and without -r each
        folder (not entered); with -r a folder the other side lacks is skipped (status 1)."""
        found: list[str] = []
        todo = [""]
        while todo:
            rel = todo.pop()
            for name in names_in(self.sh, stat_operand(self.sh, self.io, join(top.name, rel) if rel else top.name)) or []:
                budget.current().step(1)
                path = f"{rel}/{name}" if rel else name
                kind = stat_operand(self.sh, self.io, join(top.name, path)).kind
                if kind != FOLDER or "r" not in self.flags:
                    found.append(path)
                elif "N" in self.flags or stat_operand(self.sh, self.io, join(other.name, path)).kind == FOLDER:
                    todo.append(path)
                else:
                    self.status |= 1
        return sorted(found)

    def diffdir(self, ops: tuple[Operand, Operand]) -> None:
        lists = (self.listing(ops[0], ops[1]), self.listing(ops[1], ops[0]))
        i = j = 0
        while i < len(lists[0]) or j < len(lists[1]):
            n0 = lists[0][i] if i < len(lists[0]) else None
            n1 = lists[1][j] if j < len(lists[1]) else None
            pos = 1 if n0 is None else -1 if n1 is None else (n0 > n1) - (n0 < n1)
            k = int(pos > 0)
            if pos and "N" not in self.flags:
                self.io.write(f"Only in {ops[k].name}: {(n0, n1)[k]}\n")
                self.status |= 1
            else:
                self.one_of_dir(ops, (n0, n1), pos)
            i, j = i + (pos <= 0), j + (pos >= 0)

    def one_of_dir(self, ops: tuple[Operand, Operand], rel: tuple[str | None, str | None], pos: int) -> None:
        name = rel[0] if rel[0] is not None and pos <= 0 else rel[1] or ""
        full = (join(ops[0].name, name), join(ops[1].name, name))
        k = int(pos > 0)
        found = [stat_operand(self.sh, self.io, full[k])] * 2
        paths = list(full)
        if pos:  # -N: the side without the name reads /dev/null, stat'ed as the other side's file
            found[1 - k] = Operand("/dev/null", FOLDER if found[k].is_dir else MISSING)
            paths[1 - k] = "/dev/null"
        else:
            found[1 - k] = stat_operand(self.sh, self.io, full[1 - k])
        kinds = (found[0].kind, found[1].kind)
        if kinds == (FOLDER, FOLDER):
            self.io.write(f"Common subdirectories: {full[0]} and {full[1]}\n")
        elif FOLDER in kinds:
            first, second = ("directory", "regular file") if kinds[0] == FOLDER else ("regular file", "directory")
            self.io.write(f"File {full[0]} is a {first} while file {full[1]} is a {second}\n")
        else:
            self.report(self.diffreg((found[0], found[1]), (paths[0], paths[1])), full)


def _options(sh: Shell, io: IO, argv: list[str]) -> tuple[set[str], list[str | None], int, list[str]]:
    parser = Getopt(sh, io, "diff", argv, "abdiL:NqrsS:tTU:wupBE", _LONGS, usage=USAGE)
    flags: set[str] = set()
    labels: list[str] = []
    context = 3
    for key, value in parser:
        if key in "biStTwpBE":
            io.err(f"layerlab: diff -{key} is not simulated")
            raise ToolExit(126)
        if key == "L":
            labels.append(value or "")
        elif key == "U":
            text = value or ""
            if not text.isdigit() or not text.isascii():  # xatoi_positive
                io.err(f"diff: invalid number '{text}'")
                raise ToolExit(1)
            context = int(text)
        else:
            flags.add(key)
    operands = parser.operands
    if len(operands) != 2:
        raise busybox_usage(io, "diff", USAGE)
    shown: list[str | None] = [labels[0] if labels else None, labels[-1] if len(labels) > 1 else None]
    return flags, shown, context, operands


def _stat_all(sh: Shell, io: IO, operands: list[str], flags: set[str]) -> list[Operand]:
    """The operands stat'ed, dying (status 2) at the first that is missing (-N: /dev/null's)."""
    ops = []
    for name in operands:
        op = stat_operand(sh, io, name)
        if op.kind not in (FILE, FOLDER):
            if "N" not in flags:
                io.err(f"diff: can't stat '{name}': {ERRNO_TEXT.get(op.kind, op.kind)}")
                raise ToolExit(2)
            op.kind = MISSING
        ops.append(op)
    return ops


def diff(sh: Shell, argv: list[str], io: IO) -> int:
    """diff_main."""
    flags, labels, context, operands = _options(sh, io, argv)
    ops = _stat_all(sh, io, operands, flags)
    stdin = operands.count("-")
    if stdin and (ops[0].is_dir or ops[1].is_dir):
        io.err("diff: can't compare stdin to a directory")
        return 1
    if same_file(ops[0], ops[1]) or (ops[0].is_dir and ops[0].path == ops[1].path):
        return 0
    run = _BusyBoxDiff(sh, io, flags, labels, context)
    if ops[0].is_dir and ops[1].is_dir:
        run.diffdir((ops[0], ops[1]))
        return run.status
    if ops[0].is_dir or ops[1].is_dir:
        at = int(ops[1].is_dir)
        other = operands[1 - at]
        operands[at] = join(operands[at], other.rsplit("/", 1)[-1])
        ops[at] = stat_operand(sh, io, operands[at])
        if ops[at].kind not in (FILE, FOLDER):
            io.err(f"diff: can't stat '{operands[at]}': {ERRNO_TEXT.get(ops[at].kind, ops[at].kind)}")
            return 1
    names = (operands[0], operands[1])
    run.report("same" if stdin > 1 else run.diffreg((ops[0], ops[1]), names), names)
    return run.status
