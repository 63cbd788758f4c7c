"""BusyBox 1.37's sed (editors/sed.c) for the busybox and alpine images: its own reading of a
script (add_cmd, get_address, parse_cmd_args: fewer commands, looser syntax, errors said as
libbb's bb_error_msg_and_die says them, status 1) and its own cycle (process_files: a line read
ahead for `$`, ranges kept in in_match, s/// going on after each match with REG_NOTBOL, `l`
parsed and doing nothing, a missing last newline put back as the input had it)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import budget, devfs
from ..budget import regex_error
from ..fs import ERRNO_TEXT, FsError
from ..toolkit import IO, split_text
from .common import busybox_usage, load
from .sedexec import COPY_SHIFT, MAX_SPACE
from .sedregex import Compiled, RegexError, compile_posix

if TYPE_CHECKING:
    import regex

    from ..fs import Node
    from ..shell import Shell

USAGE = """[-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...
or: sed [-i[SFX]] [-nrE] CMD [FILE]...

\t-e CMD\tAdd CMD to sed commands to be executed
\t-f FILE\tAdd FILE contents to sed commands to be executed
\t-i[SFX]\tEdit files in-place (otherwise write to stdout)
\t\tOptionally back files up, appending SFX
\t-n\tSuppress automatic printing of pattern space
\t-r,-E\tUse extended regex syntax

If no -e or -f, the first non-option argument is the sed command string.
Remaining arguments are input files (stdin if none)."""
LETTERS = "saicrw:btTydDgGhHlnNpPqx={}"
SEPARATORS = "; \n\r\t\v"
SPACE = " \t\n\v\f\r"
NO_EOL, LAST_IS_NUL = "\x01", "\x02"  # what a line ended with: nothing, or the file's last NUL
STDIN = "standard input"


class Die(Exception):
    """bb_error_msg_and_die: "sed: TEXT", status 1."""


@dataclass(eq=False)
class BRegex:
    normal: Compiled
    notbol: Compiled  # for the matches after the first (REG_NOTBOL)


@dataclass(eq=False)
class Writer:
    """A w file: what was written, and whether its last line lacked its newline (sw_last_char)."""

    pieces: list[str]


@dataclass(eq=False)
class BCmd:
    cmd: str = ""
    beg_match: BRegex | None = None
    end_match: BRegex | None = None
    sub_match: BRegex | None = None
    beg_line: int = 0
    beg_line_orig: int = 0
    end_line: int = 0  # -1 last line, -2-N: +N
    end_line_orig: int = 0
    sw_file: Writer | None = None
    sw_last: str = "\n"
    string: str | None = None
    which_match: int = 1
    invert: bool = False
    in_match: bool = False
    sub_p: bool = False
    pairs: tuple[tuple[str, str], ...] = ()


def index_of_delim(delim: str, text: str, brackets: bool) -> int:
    """index_of_next_unescaped_regexp_delim: where the next unescaped delimiter is."""
    bracket = -1 if brackets else -2
    escaped = False
    for idx, ch in enumerate(text):
        if bracket >= 0:
            if ch == "]" and not (bracket == idx - 1 or (bracket == idx - 2 and text[idx - 1] == "^")):
                bracket = -1
        elif escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif bracket == -1 and ch == "[":
            bracket = idx
        elif ch == delim:
            return idx
    raise Die(f"unmatched '{delim}'")


def parse_escapes(text: str, frm: str, to: str) -> str:
    """"\\frm" made to (to empty: any "\\c" made c), the other escapes kept."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 == len(text) and not to:
            break
        if text[i] == "\\" and i + 1 < len(text) and (not to or text[i + 1] == frm):
            out.append(to or text[i + 1])
            i += 2
            continue
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i:i + 2])
            i += 2
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def copy_parsing_escapes(text: str, delim: str) -> str:
    for frm, to in (("n", "\n"), ("t", "\t"), ("r", "\r")):
        text = parse_escapes(text, frm, to)
    return parse_escapes(text, delim, delim) if delim else text


def _strtol(text: str, i: int) -> tuple[int, int]:
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return int(text[i:j]), j


def _skip(text: str, i: int, chars: str = SPACE) -> int:
    while i < len(text) and text[i] in chars:
        i += 1
    return i


class Script:
    """add_cmd over the -e scripts and -f files: the command list."""

    def __init__(self, ere: bool, open_write: object) -> None:
        self.ere = ere
        self.open_write = open_write
        self.cmds: list[BCmd] = []
        self.quiet = 0
        self.pending: str | None = None
        self.previous: BRegex | None = None

    def compile(self, source: str, icase: bool = False) -> BRegex:
        try:
            return BRegex(compile_posix(source, self.ere, icase, paren_ord=self.ere),
                          compile_posix(source, self.ere, icase, notbol=True, paren_ord=self.ere))
        except RegexError as exc:
            raise Die(f"bad regex '{source}': {exc}") from None

    def add_block(self, text: str) -> None:
        for line in text.split("\n"):
            self.add_cmd(line)

    def add_cmd(self, line: str) -> None:
        if self.pending is not None:
            line = self.pending + "\n" + line
            self.pending = None
        trailing = len(line) - len(line.rstrip("\\"))
        if trailing % 2:
            self.pending = line[:-1]
            return
        i = 0
        while i < len(line):
            i = _skip(line, i, SEPARATORS)
            if i >= len(line):
                break
            if line[i] == "#":
                if line[i + 1:i + 2] == "n":
                    self.quiet += 1
                ends = [j for j in (line.find("\n", i), line.find("\r", i)) if j >= 0]
                if not ends:
                    break
                i = min(ends)
                continue
            i = self.one_command(line, i)

    def one_command(self, line: str, i: int) -> int:
        cmd = BCmd()
        i, cmd.beg_line, cmd.beg_match = self.address(line, i)
        cmd.beg_line_orig = cmd.beg_line
        if line[i:i + 1] == ",":
            i += 1
            if line[i:i + 1] == "+" and line[i + 1:i + 2].isdigit():
                number, i = _strtol(line, i + 1)
                cmd.end_line = -2 - number
            else:
                start = i
                i, cmd.end_line, cmd.end_match = self.address(line, i)
                if i == start:
                    raise Die("no address after comma")
            cmd.end_line_orig = cmd.end_line
        i = _skip(line, i)
        if line[i:i + 1] == "!":
            cmd.invert = True
            i = _skip(line, i + 1)
        if i >= len(line):
            raise Die("missing command")
        cmd.cmd = line[i]
        i = self.arguments(cmd, line, i + 1)
        self.cmds.append(cmd)
        return i

    def address(self, line: str, i: int) -> tuple[int, int, BRegex | None]:
        """get_address: (where it ends, line number, regex)."""
        if line[i:i + 1].isdigit():
            number, end = _strtol(line, i)
            return end, number, None
        if line[i:i + 1] == "$":
            return i + 1, -1, None
        if line[i:i + 1] not in ("/", "\\"):
            return i, 0, None
        delim = "/"
        if line[i] == "\\":
            i += 1
            delim = line[i:i + 1] or "\0"
        i += 1
        nxt = index_of_delim(delim, line[i:], True)
        if nxt:
            rx = self.previous = self.compile(copy_parsing_escapes(line[i:i + nxt], ""))
        elif self.previous is None:
            raise Die("no previous regexp")
        else:
            rx = self.previous
        return i + nxt + 1, 0, rx

    def arguments(self, cmd: BCmd, line: str, i: int) -> int:
        """parse_cmd_args: where the command's arguments end."""
        at = LETTERS.find(cmd.cmd)
        if at < 0:
            raise Die(f"unsupported command {cmd.cmd}")
        letter = cmd.cmd
        if letter in "air" and (cmd.end_line or cmd.end_match):
            raise Die(f"command '{letter}' uses only one address")
        if letter == "s":
            return i + self.substitute(cmd, line[i:])
        if letter in "aic":
            cmd.string = text_argument(line, i)
            return len(line)
        if letter in "rw":
            end, cmd.string = file_argument(line, i)
            if letter == "w":
                cmd.sw_file = self.open_write(cmd.string)  # type: ignore[operator]
            return end
        if letter in ":btT":
            i = _skip(line, i)
            j = i
            while j < len(line) and line[j] not in SEPARATORS:
                j += 1
            cmd.string = line[i:j] or None
            return j
        if letter == "y":
            delim = line[i:i + 1]
            length, src, dst = regex_delim(line[i:])
            src, dst = parse_escapes(src, delim, delim), parse_escapes(dst, delim, delim)
            cmd.pairs = tuple(zip(src, dst, strict=False))
            return i + length + 1
        return i

    def substitute(self, cmd: BCmd, text: str) -> int:
        """parse_subst_cmd: the pattern, replacement and flags; where the command ends."""
        idx, match, cmd.string = regex_delim(text)
        icase = False
        idx += 1
        while idx < len(text):
            ch = text[idx]
            if ch.isdigit():
                if not match.startswith("^"):
                    cmd.which_match, idx = _strtol(text, idx)
                    continue
            elif ch in SPACE:
                pass
            elif ch in ";}#":
                if ch == "#":
                    idx = len(text)
                break
            elif ch in "gpiI":
                cmd.which_match = 0 if ch == "g" else cmd.which_match
                cmd.sub_p = cmd.sub_p or ch == "p"
                icase = icase or ch in "iI"
            elif ch == "w":
                idx, name = file_argument(text, idx + 1)
                cmd.sw_file = self.open_write(name)  # type: ignore[operator]
                continue
            else:
                raise Die("bad option in substitution expression")
            idx += 1
        if match:
            cmd.sub_match = self.compile(match, icase)
        return idx


def text_argument(line: str, i: int) -> str:
    """a, i, c: blanks skipped up to one backslash or newline, then the rest of the line, \\c made c."""
    while i < len(line):
        if line[i] in "\n\\":
            i += 1
            break
        if line[i] not in SPACE:
            break
        i += 1
    return parse_escapes(copy_parsing_escapes(line[i:], ""), "", "")


def regex_delim(text: str) -> tuple[int, str, str]:
    """parse_regex_delim: where the third delimiter is, the pattern and the replacement."""
    if not text:
        raise Die("bad format in substitution expression")
    delim = text[0]
    first = index_of_delim(delim, text[1:], True)
    match = copy_parsing_escapes(text[1:1 + first], delim)
    rest = text[2 + first:]
    second = index_of_delim(delim, rest, False)
    replace = copy_parsing_escapes(rest[:second], delim if delim != "&" else "")
    return 2 + first + second, match, replace


def file_argument(line: str, i: int) -> tuple[int, str]:
    """parse_file_cmd: the name from the first non-blank to the end of the line."""
    start = _skip(line, i)
    eol = line.find("\n", start)
    eol = len(line) if eol < 0 else eol
    if eol == start:
        raise Die("empty filename")
    name = line[start:eol] + ("\\" if eol < len(line) else "")
    return eol, name


def split_chunks(data: str) -> list[tuple[str, str]]:
    """bb_get_chunk_from_file line after line: each chunk up to a newline or a NUL, and which."""
    chunks: list[tuple[str, str]] = []
    i = 0
    while i < len(data):
        nl, nul = data.find("\n", i), data.find("\0", i)
        ends = [j for j in (nl, nul) if j >= 0]
        if not ends:
            chunks.append((data[i:], NO_EOL))
            break
        j = min(ends)
        end = data[j]
        chunks.append((data[i:j], LAST_IS_NUL if end == "\0" and j == len(data) - 1 else end))
        i = j + 1
    return chunks


class Run:
    """process_files and sed_main's file handling over the shell's files."""

    def __init__(self, sh: Shell, io: IO, script: Script, quiet: bool) -> None:
        self.sh, self.io, self.script = sh, io, script
        self.cmds = script.cmds
        self.quiet = quiet
        self.hold: str | None = None
        self.exitcode = 0
        self.stdout: list[str] = []
        self.out = self.stdout
        self.names: list[str] = []
        self.chunks: list[tuple[str, str]] | None = None
        self.pos = 0
        self.queue: list[str] = []
        self.lpc = "\n"
        self.ps = ""
        self.gc = "\n"
        self.next_line: str | None = None
        self.next_gc = "\n"
        self.linenum = 0
        self.substituted = False
        self.spent = budget.current()

    def flush(self) -> None:
        if self.stdout:
            self.io.write("".join(self.stdout))
            self.stdout.clear()

    def warn(self, text: str) -> None:
        self.flush()
        self.io.err(text)

    # -- output ------------------------------------------------------------------------------------

    def put(self, pieces: list[str], text: str, last: str, gets: str) -> str:
        """puts_maybe_newline: a line to pieces; what it ended with (for the next one)."""
        if last not in ("\n", "\0"):
            pieces.append("\n")
            last = "\n"
        text = text.split("\0", 1)[0]
        if text:
            pieces.append(text)
            last = "x"
        if gets == LAST_IS_NUL:
            pieces.append("\0")
            last = "x"
        elif gets != NO_EOL:
            pieces.append(gets)
            last = gets
        return last

    def puts(self, text: str, gets: str) -> None:
        self.lpc = self.put(self.out, text, self.lpc, gets)

    def flush_append(self) -> None:
        for text in self.queue:
            self.puts(text, "\n")
        self.queue = []

    # -- input -------------------------------------------------------------------------------------

    def get_next_line(self) -> tuple[str | None, str]:
        self.flush_append()
        while self.names:
            if self.chunks is None:
                data = self.open(self.names[0])
                if data is None:
                    self.names.pop(0)
                    continue
                self.chunks, self.pos = split_chunks(data), 0
            if self.pos < len(self.chunks):
                self.pos += 1
                return self.chunks[self.pos - 1]
            self.chunks = None
            self.names.pop(0)
        return None, NO_EOL

    def open(self, name: str) -> str | None:
        if name == STDIN:
            return self.io.stdin or ""
        data, code = load(self.sh, self.io, name)
        if code == "EISDIR":
            return ""  # fopen takes a folder; reading it gives nothing
        if data is None:
            self.warn(f"sed: {name}: {ERRNO_TEXT.get(code or '', code)}")
            self.exitcode = 1
        return data

    # -- the cycle ---------------------------------------------------------------------------------

    def process(self, names: list[str]) -> None:
        self.names, self.chunks = list(names), None
        self.lpc = "\n"
        self.next_line, self.next_gc = self.get_next_line()
        self.linenum = 0
        while self.next_line is not None:
            self.substituted = False
            self.ps, self.gc = self.next_line, self.next_gc
            self.next_line, self.next_gc = self.get_next_line()
            self.linenum += 1
            self.spent.step()
            if self.cycle() == -1 and not self.quiet:
                self.puts(self.ps, self.gc)
            self.flush_append()

    def cycle(self) -> int:
        """The commands over one line: -1 to print it (discard_commands), -2 not (discard_line)."""
        i, cmds = 0, self.cmds
        while i < len(cmds):
            cmd = cmds[i]
            matched = self.matches(cmd)
            if cmd.cmd == "{":
                i = self.skip_block(i) if matched == cmd.invert else i + 1
                continue
            if matched == cmd.invert:
                i += 1
                continue
            if cmd.beg_match is not None:
                self.script.previous = cmd.beg_match
            self.spent.step()  # each command run is a step (sedexec.py)
            result = self.command(cmd)
            if result is None:
                i += 1
            elif result < 0:
                return result
            else:
                self.spent.step()
                i = result
        return -1

    def skip_block(self, i: int) -> int:
        nest = 0
        while True:
            nest += self.cmds[i].cmd == "{"
            if self.cmds[i].cmd == "}":
                nest -= 1
                if nest == 0:
                    return i + 1
            i += 1
            if i >= len(self.cmds):
                raise Die("unterminated {")

    def matches(self, cmd: BCmd) -> bool:
        n, last = self.linenum, self.next_line is None
        old = cmd.in_match
        if not old:
            cmd.end_line = cmd.end_line_orig
        ranged = bool(cmd.end_line or cmd.end_match)
        matched = (old or (not cmd.beg_line and not ranged and cmd.beg_match is None)
                   or (cmd.beg_line > 0 and (cmd.beg_line <= n if ranged else cmd.beg_line == n))
                   or self.begins(cmd) or (cmd.beg_line == -1 and last))
        cmd.in_match = matched
        if matched:
            if cmd.end_line <= -2:
                cmd.end_line = n + (-cmd.end_line - 2)
            if cmd.beg_line > 0:
                cmd.beg_line = -2
            if cmd.end_line:
                ended = last if cmd.end_line == -1 else cmd.end_line <= n
            else:
                ended = cmd.end_match is None
            cmd.in_match = not (ended or (cmd.end_match is not None and old
                                          and self.search(cmd.end_match.normal, self.ps) is not None))
        return matched

    def begins(self, cmd: BCmd) -> bool:
        if cmd.beg_match is None or self.search(cmd.beg_match.normal, self.ps) is None:
            return False
        self.script.previous = cmd.beg_match
        return True

    def search(self, rx: Compiled, text: str) -> regex.Match[str] | None:
        try:
            return rx.pattern.search(text, timeout=self.spent.regex_timeout())
        except TimeoutError:
            raise regex_error("sed") from None

    # -- commands ----------------------------------------------------------------------------------

    def command(self, cmd: BCmd) -> int | None:
        """One command: None for the next, an index to go on at, -1 or -2 to end the cycle."""
        letter = cmd.cmd
        if letter in "pP=aicrwhHgGxy":
            self.simple(cmd)
            return -2 if letter == "c" else None
        if letter in "dD":
            at = self.ps.find("\n")
            if letter == "D" and at >= 0:
                self.ps = self.ps[at + 1:]
                return 0
            return -2
        if letter == "s":
            self.substitute(cmd)
            return None
        if letter in "nNq":
            return self.next(cmd)
        if letter in "btT":
            return self.branch(cmd)
        return None  # : } and l, which BusyBox reads and does not run

    def simple(self, cmd: BCmd) -> None:
        letter, ps = cmd.cmd, self.ps
        if letter == "P" and "\n" in ps:
            self.puts(ps.split("\n", 1)[0], "\n")
        elif letter in "pP":
            self.puts(ps, "\n")
        elif letter == "=":
            self.out.append(f"{self.linenum}\n")
        elif letter == "a":
            self.queue.append(cmd.string or "")
        elif letter == "i" or (letter == "c" and not cmd.in_match):
            self.puts(cmd.string or "", "\n")
        elif letter == "r":
            data, _ = load(self.sh, self.io, cmd.string or "")
            self.queue.extend(text for text, _ in split_chunks(data or ""))
        elif letter == "w" and cmd.sw_file is not None:
            cmd.sw_last = self.put(cmd.sw_file.pieces, ps, cmd.sw_last, self.gc)
        else:
            self.spaces(cmd)

    def spaces(self, cmd: BCmd) -> None:
        letter, hold = cmd.cmd, self.hold or ""
        if letter == "h":
            self.hold = self.ps
        elif letter == "H":
            self.hold = hold + "\n" + self.ps
            self.spent.step(len(self.hold) >> COPY_SHIFT)  # a space made again (sedexec.py)
            self.bound(self.hold)
        elif letter == "g":
            self.ps = hold
        elif letter == "G":
            self.ps += "\n" + hold
            self.gc = "\n"
            self.spent.step(len(self.ps) >> COPY_SHIFT)
            self.bound(self.ps)
        elif letter == "x":
            self.ps, self.hold = hold, self.ps
            self.gc = "\n"
        elif letter == "y":
            table: dict[str, str] = {}
            for src, dst in cmd.pairs:
                table.setdefault(src, dst)
            self.ps = "".join(table.get(c, c) for c in self.ps)

    def bound(self, text: str) -> None:
        self.bound_size(len(text))

    def bound_size(self, size: int) -> None:
        if size > MAX_SPACE:
            raise budget.OverBudget(f"sed: layerlab: the pattern or hold space grew past {MAX_SPACE // (1024 * 1024)} "
                                    "MiB, the most the simulated terminal holds; nothing was changed")

    def next(self, cmd: BCmd) -> int | None:
        if cmd.cmd == "q":
            self.next_line = None
            return -1
        if cmd.cmd == "n" and not self.quiet:
            self.puts(self.ps, self.gc)
        if self.next_line is None:
            return -2 if cmd.cmd == "n" else -1
        self.ps = self.ps + "\n" + self.next_line if cmd.cmd == "N" else self.next_line
        self.spent.step(len(self.ps) >> COPY_SHIFT)
        self.bound(self.ps)
        self.gc = self.next_gc
        self.next_line, self.next_gc = self.get_next_line()
        self.substituted = self.substituted and cmd.cmd == "N"
        self.linenum += 1
        return None

    def branch(self, cmd: BCmd) -> int | None:
        if cmd.cmd == "t":
            if not self.substituted:
                return None
            self.substituted = False
        elif cmd.cmd == "T" and self.substituted:
            return None
        if cmd.string is None:
            return -1
        for i, other in enumerate(self.cmds):
            if other.cmd == ":" and other.string == cmd.string:
                return i + 1
        raise Die(f"can't find label for jump to '{cmd.string}'")

    def substitute(self, cmd: BCmd) -> None:
        """do_subst_command: the matches after the first are searched for in what follows the
        last one alone, with ^ not matching there (REG_NOTBOL)."""
        rx = cmd.sub_match or self.script.previous
        if rx is None:
            raise Die("no previous regexp")
        self.script.previous = rx
        m = self.search(rx.normal, self.ps)
        if m is None:
            return
        state = _Subst(self.ps)
        cost = 1 + len(cmd.string or "")  # the replacement is read a character at a time (sedexec.py)
        while m is not None:
            self.spent.step(cost)
            if not state.step(cmd, m):
                break
            self.bound_size(state.made)
            m = self.search(rx.notbol, state.line)
        state.out.append(state.line)
        self.ps = "".join(state.out)
        self.spent.step(len(self.ps) >> COPY_SHIFT)
        self.bound(self.ps)
        if not state.altered:
            return
        self.substituted = True
        if cmd.sub_p:
            self.puts(self.ps, self.gc)
        if cmd.sw_file is not None:
            cmd.sw_last = self.put(cmd.sw_file.pieces, self.ps, cmd.sw_last, self.gc)


class _Subst:
    """do_subst_command's loop state: the text not yet looked at, and what was made so far."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.out: list[str] = []
        self.made = 0  # characters the replacements made so far
        self.altered = False
        self.prev_empty = True
        self.tried_at_eol = False
        self.count = 0

    def step(self, cmd: BCmd, m: regex.Match[str]) -> bool:
        """One match: replaced or copied; False when the loop ends."""
        start, end = m.span()
        line = self.line
        self.count += 1
        if cmd.which_match and cmd.which_match != self.count:
            self.out.append(line[:end])
            if start == end and end < len(line):
                self.out.append(line[end])
                end += 1
            self.line = line[end:]
        else:
            self.out.append(line[:start])
            if self.prev_empty or start != 0 or start != end:
                self.out.append(made := replacement(cmd.string or "", m))
                self.made += len(made)
                self.altered = True
            self.prev_empty = start == end
            if self.prev_empty:
                if end >= len(line):
                    self.tried_at_eol = True
                else:
                    self.out.append(line[end])
                    end += 1
            self.line = line[end:]
            if cmd.which_match:
                return False
        if not self.line:
            if self.tried_at_eol:
                return False
            self.tried_at_eol = True
        return True


def replacement(template: str, m: regex.Match[str]) -> str:
    """do_subst_w_backrefs: \\0 to \\9 and & are the match's parts, \\c is c."""
    out: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "\\" and i + 1 < len(template):
            nxt = template[i + 1]
            if nxt.isdigit():
                n = int(nxt)
                out.append((m.group(n) or "") if n < len(m.regs) else "")
            else:
                out.append(nxt)
            i += 2
            continue
        if ch == "&":
            out.append(m.group(0))
        elif ch != "\\":
            out.append(ch)
        i += 1
    return "".join(out)


LONG_OPTIONS = {"in-place": "i", "regexp-extended": "r", "quiet": "n", "silent": "n", "expression": "e", "file": "f"}


@dataclass
class BusyOptions:
    in_place: str | None = None  # the backup suffix ("" for none) when -i
    ere: bool = False
    quiet: int = 0
    scripts: list[str] | None = None
    files: list[str] | None = None
    operands: list[str] | None = None


def options(argv: list[str]) -> BusyOptions:
    """getopt32's "i::rEne:*f:*" (options anywhere, -- ends them); Die-like errors as text."""
    found = BusyOptions(scripts=[], files=[], operands=[])
    assert found.scripts is not None and found.files is not None and found.operands is not None
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--":
            found.operands += argv[i + 1:]
            break
        if not a.startswith("-") or a == "-":
            found.operands.append(a)
            i += 1
            continue
        pairs, i = _long_option(argv, i) if a.startswith("--") else _short_options(argv, i)
        for key, value in pairs:
            if key == "i":
                found.in_place = value or ""
            elif key in "rE":
                found.ere = True
            elif key == "n":
                found.quiet += 1
            else:
                (found.scripts if key == "e" else found.files).append(value or "")
    return found


class UsageError(Exception):
    pass


def _long_option(argv: list[str], i: int) -> tuple[list[tuple[str, str | None]], int]:
    name, eq, value = argv[i][2:].partition("=")
    matches = [n for n in LONG_OPTIONS if n == name] or [n for n in LONG_OPTIONS if n.startswith(name)]
    if not matches or len({LONG_OPTIONS[n] for n in matches}) > 1:
        raise UsageError(f"unrecognized option '{argv[i]}'")
    key = LONG_OPTIONS[matches[0]]
    if key in "rn":
        if eq:
            raise UsageError(f"option '--{matches[0]}' doesn't allow an argument")
        return [(key, None)], i + 1
    if key == "i" or eq:
        return [(key, value if eq else None)], i + 1
    if i + 1 >= len(argv):
        raise UsageError(f"option '--{matches[0]}' requires an argument")
    return [(key, argv[i + 1])], i + 2


def _short_options(argv: list[str], i: int) -> tuple[list[tuple[str, str | None]], int]:
    pairs: list[tuple[str, str | None]] = []
    text = argv[i]
    for j in range(1, len(text)):
        ch = text[j]
        if ch not in "irEnef":
            raise UsageError(f"invalid option -- '{ch}'")
        if ch in "rEn":
            pairs.append((ch, None))
            continue
        rest = text[j + 1:]
        if rest or ch == "i":
            pairs.append((ch, rest or None))
            return pairs, i + 1
        if i + 1 >= len(argv):
            raise UsageError(f"option requires an argument -- '{ch}'")
        pairs.append((ch, argv[i + 1]))
        return pairs, i + 2
    return pairs, i + 1


def busybox_sed(sh: Shell, argv: list[str], io: IO, probe: type[Run] | None = None) -> int:
    """BusyBox sed; with probe (tools.early) that Run goes over the input and no file is written."""
    if len(argv) > 1 and argv[1] == "--version":
        io.out("This is not GNU sed version 4.0")
        return 0
    if len(argv) == 2 and argv[1] == "--help":
        busybox_usage(io, "sed", USAGE)
        return 0
    try:
        opts = options(argv)
    except UsageError as exc:
        io.err(f"sed: {exc}")
        raise busybox_usage(io, "sed", USAGE) from None
    writers: dict[str, Writer] = {}
    run: Run | None = None
    try:
        script = _script(sh, io, opts, writers, probe is None)
        run = (probe or Run)(sh, io, script, bool(opts.quiet + script.quiet))
        _files(run, opts)
        return run.exitcode
    except Die as exc:
        if run is not None:
            run.flush()
        io.err(f"sed: {exc}")
        return 1
    finally:
        if run is not None:
            run.flush()
        if probe is None:
            _write_out(sh, io, writers)


def _script(sh: Shell, io: IO, opts: BusyOptions, writers: dict[str, Writer], create: bool = True) -> Script:
    def open_write(name: str) -> Writer:
        if name not in writers:
            if create and name not in ("/dev/stdout", "/dev/stderr"):
                try:
                    sh.view.write_file(sh.path(name), "")
                except FsError as exc:
                    raise Die(f"can't open '{name}': {ERRNO_TEXT.get(exc.code, exc.code)}") from None
            writers[name] = Writer([])
        return writers[name]

    script = Script(opts.ere, open_write)
    for text in opts.scripts or []:
        script.add_block(text)
    for name in opts.files or []:
        data, code = load(sh, io, name)
        if data is None or code:
            raise Die(f"can't open '{name}': {ERRNO_TEXT.get(code or '', code)}")
        for line in (data[:-1] if data.endswith("\n") else data).split("\n") if data else []:
            script.add_cmd(line)
    if not opts.scripts and not opts.files:
        if not opts.operands:
            raise busybox_usage(io, "sed", USAGE)
        script.add_block(opts.operands.pop(0))
    script.add_cmd("")
    return script


def _files(run: Run, opts: BusyOptions) -> None:
    names = opts.operands or []
    if not names:
        if opts.in_place is not None:
            raise Die("-i requires an argument")
        run.process([STDIN])
        return
    if opts.in_place is None:
        start = 0
        for k, name in enumerate(names):
            if name == "-":
                names[k] = STDIN
                run.process(names[start:k + 1])
                start = k + 1
        run.process(names[start:])
        return
    for name in names:
        _edit(run, name, opts.in_place)


def _edit(run: Run, name: str, suffix: str) -> None:
    """-i on one file: a temporary FILEXXXXXX beside it takes the output, then its place."""
    sh = run.sh
    try:
        node = devfs_resolve(sh, name)
    except FsError as exc:
        node, code = None, exc.code
    else:
        code = "ENOENT"
    if node is None:
        run.warn(f"sed: {name}: {ERRNO_TEXT.get(code, code)}")
        run.exitcode = 1
        return
    temporary = name + "XXXXXX"
    try:
        sh.view.write_file(sh.path(temporary), "")
    except FsError as exc:
        raise Die(f"can't create temp file '{temporary}': {ERRNO_TEXT.get(exc.code, exc.code)}") from None
    pieces: list[str] = []
    run.out = pieces
    try:
        run.process([name])
        sh.view.write_file(sh.path(temporary), "".join(pieces))
        if node.mode != 0o644:
            sh.view.chmod(sh.path(temporary), node.mode)
        if suffix:
            _move(sh, name, name + suffix)
        _move(sh, temporary, name)
    except BaseException:
        with suppress(FsError):
            sh.view.remove(sh.path(temporary))
        raise
    finally:
        run.out = run.stdout
    for cmd in run.cmds:
        cmd.beg_line, cmd.end_line = cmd.beg_line_orig, cmd.end_line_orig


def devfs_resolve(sh: Shell, name: str) -> Node | None:
    """What the name leads to, its links followed (stat(2))."""
    return devfs.resolve(sh.view.get, sh.path(name))[1]


def _move(sh: Shell, src: str, dst: str) -> None:
    try:
        sh.view.rename(sh.path(src), sh.path(dst))
    except FsError as exc:
        raise Die(f"can't move '{src}' to '{dst}': {ERRNO_TEXT.get(exc.code, exc.code)}") from None


def _write_out(sh: Shell, io: IO, writers: dict[str, Writer]) -> None:
    for name, writer in writers.items():
        text = "".join(writer.pieces)
        if name == "/dev/stdout":
            io.write(text)
        elif name == "/dev/stderr":
            if text:
                io.err(*split_text(text))
        else:
            with suppress(FsError):
                sh.view.write_file(sh.path(name), text)

