"""GNU sed's execution, read as sed/execute.c (GNU sed 4.9) runs a compiled program: the cycle
(read_pattern_space, execute_program, the automatic print), addresses and ranges
(match_address_p), the append queue, s/// (do_subst, append_replacement), the `$` look-ahead
across files (test_eof), and a missing last newline kept as the input had it (output_missing_newline).

The files are the shell's: sedcmd.Files opens them, and gives -i its temporary file. Every
cycle, jump and replacement is a step of the command line's budget, so a script that loops
forever ends at the budget's limit; the pattern and hold spaces are bounded too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import regex

from .. import budget
from ..budget import OverBudget, regex_error
from .sedgnu import (
    ACTIVE,
    CLOSED,
    INACTIVE,
    LOWER_FIRST,
    MODIFIERS,
    UPPER,
    UPPER_FIRST,
    Addr,
    Cmd,
    Piece,
    Program,
    Regex,
    SedFail,
)

# The most a pattern or hold space may hold (the simulated terminal's pipe limit).
MAX_SPACE = budget.MAX_STREAM
# A space made again (s///, G, H, N copy it whole) costs a step per 2^COPY_SHIFT characters: a
# space that grows a little at each turn of a loop is copied again and again (`:a;s/a/aa/;ta` ran
# 7.6 s, `h;:a;G;ba` more than 10 s, `H;$!d` over `yes` 3.2 s, each before the budget's end).
COPY_SHIFT = 12


class Out:
    """Somewhere sed writes: standard output, a w file, or -i's temporary file. A line written
    without its newline (the input's last had none) gets it before anything else follows."""

    def __init__(self, emit: Callable[[str], None], delim: str = "\n") -> None:
        self.emit = emit
        self.delim = delim
        self.missing_newline = False

    def missing(self) -> None:
        if self.missing_newline:
            self.emit(self.delim)
            self.missing_newline = False

    def line(self, text: str, nl: bool) -> None:
        self.missing()
        self.emit(text + self.delim if nl else text)
        self.missing_newline = not nl


@dataclass
class Opened:
    """An input file's lines (without their delimiters); chomped: the last one had its delimiter."""

    name: str
    lines: list[str]
    chomped: bool = True
    pos: int = 0
    error: str | None = None  # a read error (a directory): said when a line is read

    def left(self) -> bool:
        return self.error is None and self.pos < len(self.lines)


def split_lines(name: str, data: str, delim: str) -> Opened:
    if not data:
        return Opened(name, [])
    chomped = data.endswith(delim)
    return Opened(name, (data[:-1] if chomped else data).split(delim), chomped)


class Files(Protocol):
    """What the run needs of the shell's files (sedcmd.GnuFiles)."""

    def open(self, name: str) -> Opened | str: ...
    def begin_in_place(self, opened: Opened) -> Out: ...
    def end_in_place(self, opened: Opened) -> None: ...
    def read_quietly(self, name: str) -> str | None: ...
    def warn(self, text: str) -> None: ...


@dataclass
class RunOptions:
    quiet: bool = False
    delim: str = "\n"
    separate: bool = False
    in_place: bool = False
    posix: bool = False
    line_len: int = 70
    where: str = ""  # where a runtime bad_prog points (the last script compiled)
    files: list[str] = field(default_factory=list)


class Runner:
    """process_files over the operands (standard input when none)."""

    def __init__(self, program: Program, opts: RunOptions, files: Files, stdout: Out) -> None:
        self.cmds = program.cmds
        self.o = opts
        self.quiet = opts.quiet or program.quiet
        self.delim = opts.delim
        self.fs = files
        self.stdout = stdout
        self.out = stdout
        self.line, self.chomped = "", True
        self.hold, self.hold_chomped = "", True
        self.replaced = False
        self.queue: list[tuple[str | None, str | None]] = []
        self.last_regex: Regex | None = None
        self.names = opts.files or ["-"]
        self.next_file = 0
        self.cur: Opened | None = None
        self.line_number = 0
        self.bad_count = 0
        self.reset_at_next_file = True
        self.quit_status = 0
        self.spent = budget.current()
        self.handlers: dict[str, Callable[[Cmd], int | None]] = {
            "{": self.c_jump, "b": self.c_jump, "a": self.c_append, "c": self.c_change, "d": lambda c: -1,
            "D": self.c_delete_first, "g": self.c_get, "G": self.c_get_append, "h": self.c_hold,
            "H": self.c_hold_append, "i": self.c_insert, "l": self.c_list, "n": self.c_next, "N": self.c_next_append,
            "p": lambda c: self.out.line(self.line, self.chomped), "P": self.c_print_first, "q": self.c_quit,
            "Q": self.c_quit, "r": self.c_read, "R": self.c_read_line, "s": self.c_subst, "t": self.c_test,
            "T": self.c_test_not, "w": self.c_write, "W": self.c_write_first, "x": self.c_exchange,
            "y": self.c_translate, "z": self.c_zap, "=": self.c_number, "F": self.c_filename,
            "}": lambda c: None, ":": lambda c: None, "L": self.c_internal,
        }

    # -- the cycle --------------------------------------------------------------------------------

    def run(self) -> int:
        status = 0
        while self.read_pattern_space(False):
            result = self.execute()
            if result != -1:
                status = result
                break
        self.closedown()
        return 2 if self.bad_count else status

    def execute(self) -> int:
        i, cmds = 0, self.cmds
        while i < len(cmds):
            cmd = cmds[i]
            if self.match_address(cmd) != cmd.bang:
                self.spent.step()  # each command run is a step (`:a;p;ba` ran 1.7 s, a step a turn)
                result = self.handlers[cmd.name](cmd)
                if result is not None:
                    if result == -1:
                        return -1
                    if result == -3:
                        return self.quit_status
                    self.spent.step()
                    i = result
                    continue
            i += 1
        if not self.quiet:
            self.out.line(self.line, self.chomped)
        return -1

    def read_pattern_space(self, append: bool) -> bool:
        if self.queue:
            self.dump_append()
        self.replaced = False
        if not append:
            self.line = ""
        self.chomped = True
        self.spent.step()
        while not self.read_line():
            self.closedown()
            if self.next_file >= len(self.names):
                return False
            if self.reset_at_next_file:
                self.line_number = 0
                self.hold = ""
                self.reset_addresses()
                self.reset_at_next_file = self.o.separate or self.o.in_place
            self.open_next()
        self.line_number += 1
        return True

    def read_line(self) -> bool:
        cur = self.cur
        if cur is None:
            return False
        if cur.error is not None:
            raise SedFail(f"read error on {cur.name}: {cur.error}", 4)
        if cur.pos >= len(cur.lines):
            return False
        self.line += cur.lines[cur.pos]
        cur.pos += 1
        if cur.pos == len(cur.lines) and not cur.chomped:
            self.chomped = False
        self.bound(self.line)
        return True

    def open_next(self) -> None:
        name = self.names[self.next_file]
        self.next_file += 1
        opened = self.fs.open(name)
        if isinstance(opened, str):
            self.fs.warn(f"sed: can't read {name}: {opened}")
            self.bad_count += 1
            self.cur = None
            return
        self.cur = opened
        if self.o.in_place:
            self.out = self.fs.begin_in_place(opened)

    def closedown(self) -> None:
        if self.cur is not None and self.o.in_place:
            self.fs.end_in_place(self.cur)
            self.out = self.stdout
        self.cur = None

    def test_eof(self) -> bool:
        if self.cur is not None and self.cur.left():
            return False
        if self.o.separate or self.o.in_place:
            return True
        while True:
            self.closedown()
            if self.next_file >= len(self.names):
                return True
            self.open_next()
            if self.cur is not None and self.cur.left():
                return False

    def reset_addresses(self) -> None:
        for cmd in self.cmds:
            zero = cmd.a1 is not None and cmd.a1.kind == "num" and cmd.a1.num == 0
            cmd.range_state = ACTIVE if zero else INACTIVE
            if cmd.name == "R" and hasattr(cmd.outf, "rewind"):
                cmd.outf.rewind()

    def bound(self, text: str) -> None:
        self.bound_size(len(text))

    def bound_size(self, size: int) -> None:
        if size > MAX_SPACE:
            raise OverBudget(f"sed: layerlab: the pattern or hold space grew past {MAX_SPACE // (1024 * 1024)} MiB, "
                             "the most the simulated terminal holds; nothing was changed")

    # -- addresses --------------------------------------------------------------------------------

    def match_address(self, cmd: Cmd) -> bool:
        a1, a2 = cmd.a1, cmd.a2
        if a1 is None:
            return True
        if cmd.range_state != ACTIVE:
            if a2 is None:
                return self.match_one(a1)
            if a1.kind == "num":
                if cmd.range_state == CLOSED or self.line_number < a1.num:
                    return False
            elif not self.match_one(a1):
                return False
            started = self.start_range(cmd, a1, a2)
            if started is not None:
                return started
        if a2 is not None and a2.kind == "num":
            if self.line_number >= a2.num:
                cmd.range_state = CLOSED
            return self.line_number <= a2.num
        if a2 is not None and self.match_one(a2):
            cmd.range_state = CLOSED
        return True

    def start_range(self, cmd: Cmd, a1: Addr, a2: Addr) -> bool | None:
        """A range starts on this line: whether it matches, or None to check its end as usual."""
        cmd.range_state = ACTIVE
        n = self.line_number
        if a2.kind == "regex":
            return True
        if a2.kind == "num":
            if n >= a2.num:
                cmd.range_state = CLOSED
            return n <= a2.num or self.match_one(a1)
        if a2.kind == "step":
            a2.num = n + a2.step
            return True
        if a2.kind == "stepmod":
            a2.num = n + a2.step - n % a2.step
            return True
        return None

    def match_one(self, addr: Addr) -> bool:
        kind, n = addr.kind, self.line_number
        if kind == "regex":
            return self.search(addr.regex, self.line, 0) is not None
        if kind == "num":
            return addr.num == n
        if kind == "mod":
            return n >= addr.num and (n - addr.num) % addr.step == 0
        if kind in ("step", "stepmod"):
            return addr.num <= n
        if kind == "last":
            return self.test_eof()
        return True  # null: +0 or ~0

    def search(self, rx: Regex | None, text: str, pos: int) -> regex.Match[str] | None:
        if rx is None:
            rx = self.last_regex
            if rx is None:
                raise SedFail(f"{self.o.where}: no previous regular expression")
        else:
            self.last_regex = rx
        try:
            return rx.compiled.pattern.search(text, pos, timeout=self.spent.regex_timeout())
        except TimeoutError:
            raise regex_error("sed") from None

    # -- commands ----------------------------------------------------------------------------------

    def c_jump(self, cmd: Cmd) -> int:
        return cmd.jump

    def c_append(self, cmd: Cmd) -> None:
        self.queue.append((cmd.text, None))

    def c_change(self, cmd: Cmd) -> int:
        if cmd.range_state != ACTIVE and cmd.text is not None:
            self.out.line(cmd.text[:-1], True)
        return -1

    def c_delete_first(self, cmd: Cmd) -> int:
        at = self.line.find(self.delim)
        if at < 0:
            return -1
        self.line = self.line[at + 1:]
        return 0

    def c_get(self, cmd: Cmd) -> None:
        self.line, self.chomped = self.hold, self.hold_chomped

    def c_get_append(self, cmd: Cmd) -> None:
        self.line += self.delim + self.hold
        self.chomped = self.hold_chomped
        self.spent.step(len(self.line) >> COPY_SHIFT)
        self.bound(self.line)

    def c_hold(self, cmd: Cmd) -> None:
        self.hold, self.hold_chomped = self.line, self.chomped

    def c_hold_append(self, cmd: Cmd) -> None:
        self.hold += self.delim + self.line
        self.hold_chomped = self.chomped
        self.spent.step(len(self.hold) >> COPY_SHIFT)
        self.bound(self.hold)

    def c_insert(self, cmd: Cmd) -> None:
        if cmd.text is not None:
            self.out.line(cmd.text[:-1], True)

    def c_next(self, cmd: Cmd) -> int | None:
        if not self.quiet:
            self.out.line(self.line, self.chomped)
        if self.test_eof() or not self.read_pattern_space(False):
            return -1
        return None

    def c_next_append(self, cmd: Cmd) -> int | None:
        self.line += self.delim
        self.spent.step(len(self.line) >> COPY_SHIFT)
        if self.test_eof() or not self.read_pattern_space(True):
            self.line = self.line[:-1]
            if not self.o.posix and not self.quiet:
                self.out.line(self.line, self.chomped)
            return -1
        return None

    def c_print_first(self, cmd: Cmd) -> None:
        at = self.line.find(self.delim)
        self.out.line(self.line[:at] if at >= 0 else self.line, True if at >= 0 else self.chomped)

    def c_quit(self, cmd: Cmd) -> int:
        if cmd.name == "q":
            if not self.quiet:
                self.out.line(self.line, self.chomped)
            self.dump_append()
        self.quit_status = 0 if cmd.arg == -1 else cmd.arg
        return -3

    def c_read(self, cmd: Cmd) -> None:
        if cmd.prepend:
            self.out.emit(self.fs.read_quietly(cmd.text or "") or "")
        else:
            self.queue.append((None, cmd.text))

    def c_read_line(self, cmd: Cmd) -> None:
        text = cmd.outf.next_line() if hasattr(cmd.outf, "next_line") else None
        if text is not None:
            self.queue.append((text, None))

    def c_test(self, cmd: Cmd) -> int | None:
        if self.replaced:
            self.replaced = False
            return cmd.jump
        return None

    def c_test_not(self, cmd: Cmd) -> int | None:
        if not self.replaced:
            return cmd.jump
        self.replaced = False
        return None

    def c_write(self, cmd: Cmd) -> None:
        if isinstance(cmd.outf, Out):
            cmd.outf.line(self.line, self.chomped)

    def c_write_first(self, cmd: Cmd) -> None:
        if isinstance(cmd.outf, Out):
            at = self.line.find(self.delim)
            cmd.outf.line(self.line[:at] if at >= 0 else self.line, True if at >= 0 else self.chomped)

    def c_exchange(self, cmd: Cmd) -> None:
        self.line, self.hold = self.hold, self.line
        self.chomped, self.hold_chomped = self.hold_chomped, self.chomped

    def c_translate(self, cmd: Cmd) -> None:
        table = cmd.table
        self.line = "".join(table.get(c, c) for c in self.line)

    def c_zap(self, cmd: Cmd) -> None:
        self.line = ""

    def c_number(self, cmd: Cmd) -> None:
        self.out.missing()
        self.out.emit(f"{self.line_number}{self.delim}")

    def c_filename(self, cmd: Cmd) -> None:
        self.out.missing()
        name = self.cur.name if self.cur is not None else "-"
        self.out.emit(f"{name}{self.delim}")

    def c_internal(self, cmd: Cmd) -> None:
        raise SedFail(f"INTERNAL ERROR: Bad cmd {cmd.name}", 4)

    def c_list(self, cmd: Cmd) -> None:
        self.out.missing()
        self.out.emit(listing(self.line, self.o.line_len if cmd.arg == -1 else cmd.arg, self.delim))

    def dump_append(self) -> None:
        self.out.missing()
        for text, name in self.queue:
            if text:
                self.out.emit(text)
            if name:
                self.out.emit(self.fs.read_quietly(name) or "")
        self.queue = []

    # -- s ----------------------------------------------------------------------------------------

    def c_subst(self, cmd: Cmd) -> None:
        sub = cmd.subst
        assert sub is not None
        line = self.line
        m = self.search(sub.regex, line, 0)
        if m is None:
            return
        out: list[str] = []
        start = last_end = count = made = 0
        while m is not None:
            offset, end = m.span()
            matched = end - offset
            if start < offset:
                out.append(line[start:offset])
                start = offset
            self.spent.step()
            if (matched > 0 or count == 0 or offset > last_end) and (count := count + 1) >= sub.numb:
                self.replaced = True
                # each piece of the replacement is work, and what it makes is held: `s/./&&&…/g` with
                # 256 &s, four times over, took 9 s and 100 MB before a bound was looked at
                self.spent.step(len(sub.pieces))
                out.append(piece := expand(sub.pieces, m))
                made += len(piece)
                self.bound_size(made)
                again = sub.glob
            else:
                again = True
                if matched == 0:
                    if start >= len(line):
                        break
                    matched = 1
                out.append(line[offset:offset + matched])
            start = offset + matched
            last_end = end
            if not again or start > len(line):
                break
            m = self.search(sub.regex, line, start)
        if start < len(line):
            out.append(line[start:])
        self.line = "".join(out)
        self.spent.step(len(self.line) >> COPY_SHIFT)
        self.bound(self.line)
        if count < sub.numb:
            return
        if sub.print:
            self.out.line(self.line, self.chomped)
        if isinstance(sub.outf, Out):
            sub.outf.line(self.line, self.chomped)


def expand(pieces: list[Piece], m: regex.Match[str]) -> str:
    """append_replacement: literal parts, groups, and the case each is put in."""
    out: list[str] = []
    carried = 0
    groups = len(m.regs)
    for piece in pieces:
        kind = piece.repl_type if piece.repl_type & MODIFIERS else piece.repl_type | carried
        carried = 0
        if piece.prefix:
            out.append(cased(piece.prefix, kind))
            kind &= ~MODIFIERS
        i = piece.subst_id
        if i >= 0:
            text = (m.group(i) or "") if i < groups else ""
            if not text and piece.repl_type & MODIFIERS:
                carried = kind & MODIFIERS
            elif text:
                out.append(cased(text, kind))
    return "".join(out)


def _one(c: str, upper: bool) -> str:
    changed = c.upper() if upper else c.lower()
    return changed if len(changed) == 1 else c  # towupper maps one character to one


def cased(text: str, kind: int) -> str:
    """str_append_modified: \\u or \\l on the first character, \\U or \\L on the rest."""
    if not kind or not text:
        return text
    first = text[0]
    rest = text[1:]
    if kind & (UPPER_FIRST | LOWER_FIRST):
        first = _one(first, bool(kind & UPPER_FIRST))
        kind &= ~MODIFIERS
        if not kind:
            return first + rest
    else:
        first = _one(first, bool(kind & UPPER))
    return first + "".join(_one(c, bool(kind & UPPER)) for c in rest)


def listing(line: str, width_max: int, delim: str) -> str:
    """do_list: the `l` command's unambiguous form, wrapped before width_max columns."""
    out: list[str] = []
    width = 0
    names = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}
    for b in line.encode("utf-8", "surrogateescape"):
        if 32 <= b < 127:
            piece = "\\\\" if b == 92 else chr(b)
        else:
            piece = names.get(b, f"\\{b:03o}")
        if width + len(piece) >= width_max > 0:
            out.append("\\" + delim)
            width = 0
        out.append(piece)
        width += len(piece)
    out.append("$" + delim)
    return "".join(out)

