"""GNU sed's script compiler, read as sed/compile.c (GNU sed 4.9) reads it: one character at a
time (inchar, savchar, in_nonblank), addresses, commands and their arguments, the -e scripts
and -f files joined into one program, and the error texts with the place they name
("-e expression #N, char P:" or "file F line L:"). Debian 10's sed 4.7 (node:14) differs in two
corners: no 0rFILE, and `\\n` in a regex read as a newline before the delimiter check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .sedregex import Compiled, RegexError, compile_posix

EOF = ""
INACTIVE, ACTIVE, CLOSED = 0, 1, 2
ASIS, UPPER, LOWER, UPPER_FIRST, LOWER_FIRST = 0, 1, 2, 4, 8
MODIFIERS = UPPER_FIRST | LOWER_FIRST


class SedFail(Exception):
    """sed stops: its message (without "sed: ") and exit status (bad_prog 1, panic 4)."""

    def __init__(self, text: str, status: int = 1) -> None:
        super().__init__(text)
        self.text = text
        self.status = status


@dataclass(eq=False)
class Regex:
    source: str
    compiled: Compiled


@dataclass(eq=False)
class Addr:
    kind: str  # num, mod (first~step), last, regex, step (+N), stepmod (~N), null
    num: int = 0
    step: int = 0
    regex: Regex | None = None  # None for a regex address: the last regex used


@dataclass(eq=False)
class Piece:
    """A replacement's part: literal text, then group subst_id (-1: none), in a case mode."""

    prefix: str
    subst_id: int
    repl_type: int


@dataclass(eq=False)
class Subst:
    regex: Regex | None
    pieces: list[Piece]
    max_id: int
    glob: bool = False
    print: bool = False
    numb: int = 0
    outf: object | None = None


@dataclass(eq=False)
class Cmd:
    name: str
    a1: Addr | None = None
    a2: Addr | None = None
    bang: bool = False
    range_state: int = INACTIVE
    jump: int = -1
    text: str | None = None  # a/i/c text, b/t/T label, r/R file name
    arg: int = -1  # q/Q exit status, l line length
    subst: Subst | None = None
    table: dict[str, str] = field(default_factory=dict)  # y
    outf: object | None = None  # w, W: an output; R: a reader
    prepend: bool = False  # 0rFILE


@dataclass
class Program:
    cmds: list[Cmd] = field(default_factory=list)
    quiet: bool = False  # #n on the first line


@dataclass
class Settings:
    ere: bool = False
    posix: bool = False  # POSIXLY_CORRECT in the environment
    old: bool = False  # sed 4.7 (Debian 10)
    open_write: Callable[[str], object] = lambda name: None
    open_read: Callable[[str], object] = lambda name: None


def isdigit(ch: str) -> bool:
    return len(ch) == 1 and "0" <= ch <= "9"


class Compiler:
    """compile_string/compile_file over one program, and check_final_program at the end."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.program = Program()
        self.text = ""
        self.pos = 0
        self.line = 0
        self.name: str | None = None
        self.expr = 0
        self.first_script = True
        self.pending: list[str] | None = None  # a/i/c text going on into the next script
        self.pending_cmd: Cmd | None = None
        self.blocks: list[tuple[int, str]] = []
        self.labels: dict[str, int] = {}
        self.jumps: list[int] = []

    # -- where errors point ----------------------------------------------------------------------

    def where(self) -> str:
        if self.name is not None:
            return f"file {self.name} line {self.line}"
        return f"-e expression #{self.expr}, char {self.pos}"

    def bad(self, why: str) -> SedFail:
        return SedFail(f"{self.where()}: {why}")

    def runtime_where(self) -> str:
        """Where bad_prog points once compiling is over (prog.cur is NULL: char 0)."""
        if self.name is not None:
            return f"file {self.name} line {self.line}"
        return f"-e expression #{self.expr}, char 0"

    # -- reading ----------------------------------------------------------------------------------

    def inchar(self) -> str:
        if self.pos >= len(self.text):
            return EOF
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
        return ch

    def savchar(self, ch: str) -> None:
        if ch == EOF:
            return
        if ch == "\n" and self.line > 0:
            self.line -= 1
        self.pos -= 1

    def in_nonblank(self) -> str:
        ch = self.inchar()
        while ch in (" ", "\t"):
            ch = self.inchar()
        return ch

    def in_integer(self, ch: str) -> int:
        num = 0
        while isdigit(ch):
            num = num * 10 + int(ch)
            ch = self.inchar()
        self.savchar(ch)
        return num

    def read_end_of_cmd(self) -> None:
        ch = self.in_nonblank()
        if ch in ("}", "#"):
            self.savchar(ch)
        elif ch not in (EOF, "\n", ";"):
            raise self.bad("extra characters after command")

    def read_filename(self) -> str:
        ch = self.in_nonblank()
        out = []
        while ch not in (EOF, "\n"):
            out.append(ch)
            ch = self.inchar()
        return "".join(out)

    def read_label(self) -> str:
        ch = self.in_nonblank()
        out = []
        while ch not in (EOF, "\n", " ", "\t", ";", "}", "#"):
            out.append(ch)
            ch = self.inchar()
        self.savchar(ch)
        return "".join(out)

    # -- entry points -----------------------------------------------------------------------------

    def compile_string(self, script: str) -> None:
        self.expr += 1
        self.text, self.pos, self.line, self.name = script, 0, 0, None
        self.compile_program()
        self.first_script = False

    def compile_file(self, name: str, script: str) -> None:
        self.text, self.pos, self.line, self.name = script, 0, 1, name
        self.compile_program()
        self.first_script = False

    def finish(self) -> Program:
        """check_final_program: open blocks, a last a/i/c text, the jumps' labels."""
        if self.blocks:
            self.name = None
            self.pos = 0
            raise SedFail(f"{self.blocks[-1][1]}: unmatched `{{'")
        if self.pending is not None and self.pending_cmd is not None:
            self.pending_cmd.text = "".join(self.pending) or None
            self.pending = None
        for index in self.jumps:
            cmd = self.program.cmds[index]
            label = cmd.text or ""
            if label not in self.labels:
                if label:
                    raise SedFail(f"can't find label for jump to `{label}'", 4)
                cmd.jump = len(self.program.cmds)
            else:
                cmd.jump = self.labels[label]
        return self.program

    # -- the program --------------------------------------------------------------------------------

    def compile_program(self) -> None:
        if self.pending is not None:
            self.read_text(None, "\n")
        while True:
            ch = self.inchar()
            while ch == ";" or ch in (" ", "\t", "\n", "\v", "\f", "\r"):
                ch = self.inchar()
            if ch == EOF:
                return
            cmd = Cmd("")
            ch = self.addresses(cmd, ch)
            if ch == "!":
                cmd.bang = True
                ch = self.in_nonblank()
                if ch == "!":
                    raise self.bad("multiple `!'s")
            cmd.name = ch
            if self.command(cmd, ch):
                self.program.cmds.append(cmd)

    def addresses(self, cmd: Cmd, ch: str) -> str:
        a1 = self.address(ch)
        if a1 is None:
            return ch
        if a1.kind in ("step", "stepmod"):
            raise self.bad("invalid usage of +N or ~N as first address")
        cmd.a1 = a1
        ch = self.in_nonblank()
        if ch == ",":
            cmd.a2 = self.address(self.in_nonblank())
            if cmd.a2 is None:
                raise self.bad("unexpected `,'")
            ch = self.in_nonblank()
        if a1.kind == "num" and a1.num == 0 and (
                (cmd.a2 is None and (ch != "r" or self.s.old)) or (cmd.a2 is not None and cmd.a2.kind != "regex")):
            raise self.bad("invalid usage of line address 0")
        return ch

    def address(self, ch: str) -> Addr | None:
        if ch in ("/", "\\"):
            if ch == "\\":
                ch = self.inchar()
            body = self.match_slash(ch, True)
            if body is None:
                raise self.bad("unterminated address regex")
            flags = ""
            while True:
                ch = self.in_nonblank()
                if ch not in ("I", "M"):
                    self.savchar(ch)
                    return Addr("regex", regex=self.compile_regex(body, flags, 0))
                flags += ch
        if isdigit(ch):
            addr = Addr("num", num=self.in_integer(ch))
            ch = self.in_nonblank()
            if ch != "~":
                self.savchar(ch)
                return addr
            step = self.in_integer(self.in_nonblank())
            if step > 0:
                addr.kind, addr.step = "mod", step
            return addr
        if ch in ("+", "~"):
            step = self.in_integer(self.in_nonblank())
            if step == 0:
                return Addr("null")
            return Addr("step" if ch == "+" else "stepmod", step=step)
        if ch == "$":
            return Addr("last")
        return None

    def command(self, cmd: Cmd, ch: str) -> bool:
        """Read cmd's arguments; False for what adds no command (# and v)."""
        if ch == "#":
            self.comment(cmd)
            return False
        if ch == "v":
            self.version()
            return False
        for letters, read in ((":bTt{}", self.block_or_label), ("aic", self.text_command), ("qQlL", self.number),
                              ("=dDFgGhHnNpPzx", lambda c, h: self.read_end_of_cmd()),
                              ("rRwW", self.file_command), ("s", lambda c, h: self.substitute(c)),
                              ("y", lambda c, h: self.transliterate(c))):
            if ch and ch in letters:
                read(cmd, ch)
                return True
        if ch == "e":
            raise SedFail("layerlab: sed's e command (run a shell command) is not simulated")
        if ch == EOF:
            raise self.bad("missing command")
        raise self.bad(f"unknown command: `{ch}'")

    def text_command(self, cmd: Cmd, ch: str) -> None:
        self.read_text_to_slash(cmd, self.in_nonblank())

    def number(self, cmd: Cmd, ch: str) -> None:
        """q, Q, l and L: an optional number (an exit status, a line length)."""
        if ch in "qQ" and cmd.a2 is not None:
            raise self.bad("command only uses one address")
        arg = self.in_nonblank()
        if isdigit(arg):
            cmd.arg = self.in_integer(arg)
        else:
            cmd.arg = -1
            self.savchar(arg)
        self.read_end_of_cmd()

    def comment(self, cmd: Cmd) -> None:
        if cmd.a1 is not None:
            raise self.bad("comments don't accept any addresses")
        ch = self.inchar()
        if ch == "n" and self.first_script and self.line < 2 and self.pos == 2:
            self.program.quiet = True
        while ch not in (EOF, "\n"):
            ch = self.inchar()

    def version(self) -> None:
        wanted = self.read_label() or "4.0"
        have = (4, 7) if self.s.old else (4, 9)
        parts = [int(p) if p.isdigit() else 0 for p in wanted.split(".")]
        if tuple(parts) > have:
            raise self.bad("expected newer version of sed")

    def block_or_label(self, cmd: Cmd, ch: str) -> None:
        index = len(self.program.cmds)
        if ch == "{":
            self.blocks.append((index, f"-e expression #{self.expr}, char 0" if self.name is None
                                else f"file {self.name} line {self.line}"))
            cmd.bang = not cmd.bang
        elif ch == "}":
            if not self.blocks:
                raise self.bad("unexpected `}'")
            if cmd.a1 is not None:
                raise self.bad("`}' doesn't want any addresses")
            self.read_end_of_cmd()
            self.program.cmds[self.blocks.pop()[0]].jump = index
        elif ch == ":":
            if cmd.a1 is not None:
                raise self.bad(": doesn't want any addresses")
            label = self.read_label()
            if not label:
                raise self.bad('":" lacks a label')
            self.labels[label] = index
        else:
            cmd.text = self.read_label()
            self.jumps.append(index)

    def file_command(self, cmd: Cmd, ch: str) -> None:
        name = self.read_filename()
        if not name:
            raise self.bad("missing filename in r/R/w/W commands")
        if ch == "r":
            cmd.text = name
            if cmd.a1 is not None and cmd.a1.kind == "num" and cmd.a1.num == 0 and cmd.a2 is None:
                cmd.a1.num, cmd.prepend = 1, True
        elif ch == "R":
            cmd.text = name
            cmd.outf = self.s.open_read(name)
        else:
            cmd.outf = self.s.open_write(name)

    # -- a, i, c ------------------------------------------------------------------------------------

    def read_text_to_slash(self, cmd: Cmd, ch: str) -> None:
        if ch == EOF:
            raise self.bad("expected \\ after `a', `c' or `i'")
        if ch == "\\":
            ch = self.inchar()
        else:
            self.savchar(ch)
            ch = "\n"
        self.read_text(cmd, ch)

    def read_text(self, cmd: Cmd | None, leadin: str) -> None:
        if cmd is not None:
            self.pending = []
            self.pending_cmd = cmd
            cmd.text = None
        if leadin == EOF:
            return
        assert self.pending is not None
        buf = self.pending
        if leadin != "\n":
            buf.append(leadin)
        ch = self.inchar()
        while ch not in (EOF, "\n"):
            if ch == "\\":
                ch = self.inchar()
                if ch != EOF:
                    buf.append("\\")
            if ch == EOF:
                buf.append("\n")
                return
            buf.append(ch)
            ch = self.inchar()
        buf.append("\n")
        assert self.pending_cmd is not None
        self.pending_cmd.text = normalize_text("".join(buf), "buffer", self.s.posix)
        self.pending = None

    # -- s and y ------------------------------------------------------------------------------------

    def match_slash(self, slash: str, regex: bool) -> str | None:
        if len(slash) == 1 and ord(slash) > 127:
            raise self.bad("delimiter character is not a single-byte character")
        out: list[str] = []
        ch = self.inchar()
        while ch not in (EOF, "\n"):
            if ch == slash:
                return "".join(out)
            if ch == "\\":
                ch = self.inchar()
                if ch == EOF:
                    break
                if self.s.old and ch == "n" and regex:
                    ch = "\n"
                elif ch != "\n" and (ch != slash or (not regex and ch == "&")):
                    out.append("\\")
            elif ch == "[" and regex:
                out.append(ch)
                ch = self.snarf_char_class(out)
                if ch != "]":
                    break
            out.append(ch)
            ch = self.inchar()
        if ch == "\n":
            self.savchar(ch)
        return None

    def snarf_char_class(self, out: list[str]) -> str:
        """A bracket expression's characters up to its closing ] (or the end of the line)."""
        state, delim = 0, ""
        ch = self.inchar()
        if ch == "^":
            out.append(ch)
            ch = self.inchar()
        if ch == "]":
            out.append(ch)
            ch = self.inchar()
        while ch not in (EOF, "\n"):
            keep = False
            if ch in ".:=":
                if state == 1:
                    delim, state, keep = ch, 2, True
                elif state == 2 and ch == delim:
                    state, keep = 3, True
            elif ch == "[":
                state = 1 if state == 0 else state
                keep = True
            elif ch == "]":
                if state in (0, 1):
                    return ch
                if state == 3:
                    state = 0
            if not keep:
                state &= ~1
            out.append(ch)
            ch = self.inchar()
        return ch

    def substitute(self, cmd: Cmd) -> None:
        slash = self.inchar()
        pattern = self.match_slash(slash, True)
        if pattern is None:
            raise self.bad("unterminated `s' command")
        replacement = self.match_slash(slash, False)
        if replacement is None:
            raise self.bad("unterminated `s' command")
        pieces, max_id = self.setup_replacement(replacement)
        sub = Subst(None, pieces, max_id)
        flags = self.subst_flags(sub)
        sub.regex = self.compile_regex(pattern, flags, max_id + 1)
        cmd.subst = sub

    def subst_flags(self, sub: Subst) -> str:
        """mark_subst_opts: the flags after s///; the regex's own (I, M) returned."""
        flags = ""
        while True:
            ch = self.in_nonblank()
            if ch in ("i", "I", "m", "M"):
                flags += ch.upper()
            elif ch in ("p", "g"):
                self.once(sub, ch)
            elif ch == "w":
                name = self.read_filename()
                if not name:
                    raise self.bad("missing filename in r/R/w/W commands")
                sub.outf = self.s.open_write(name)
                return flags
            elif isdigit(ch):
                if sub.numb:
                    raise self.bad("multiple number options to `s' command")
                sub.numb = self.in_integer(ch)
                if not sub.numb:
                    raise self.bad("number option to `s' command may not be zero")
            elif ch in ("}", "#", EOF, "\n", ";") or (ch == "\r" and self.inchar() == "\n"):
                if ch in ("}", "#"):
                    self.savchar(ch)
                return flags
            elif ch == "e":
                raise SedFail("layerlab: sed's e option to `s' (run the pattern space as a command) is not simulated")
            else:
                raise self.bad("unknown option to `s'")

    def once(self, sub: Subst, ch: str) -> None:
        if getattr(sub, "print" if ch == "p" else "glob"):
            raise self.bad(f"multiple `{ch}' options to `s' command")
        if ch == "p":
            sub.print = True
        else:
            sub.glob = True

    def setup_replacement(self, text: str) -> tuple[list[Piece], int]:
        """The replacement as literal pieces, \\N and & references and \\L \\U \\E \\l \\u modes."""
        text = normalize_text(text, "replacement", self.s.posix, self)
        pieces: list[Piece] = []
        base, p, max_id = 0, 0, 0
        repl_type = save_type = ASIS
        while p < len(text):
            ch = text[p]
            if ch == "&":
                pieces.append(Piece(text[base:p], 0, repl_type))
                repl_type = save_type
                base = p + 1
            elif ch == "\\":
                piece = Piece(text[base:p], -1, repl_type)
                pieces.append(piece)
                repl_type = save_type
                p += 1
                if p == len(text):
                    piece.prefix += "\\"
                elif isdigit(text[p]):
                    piece.subst_id = int(text[p])
                    max_id = max(max_id, piece.subst_id)
                elif text[p] in "LUE":
                    repl_type = save_type = {"L": LOWER, "U": UPPER, "E": ASIS}[text[p]]
                elif text[p] in "lu":
                    save_type = repl_type
                    repl_type |= LOWER_FIRST if text[p] == "l" else UPPER_FIRST
                else:
                    piece.prefix += text[p]
                base = p + 1
            p += 1
        if base < len(text):
            pieces.append(Piece(text[base:], -1, repl_type))
        return pieces, max_id

    def compile_regex(self, body: str, flags: str, needed: int) -> Regex | None:
        if not body:
            if flags:
                raise self.bad("cannot specify modifiers on empty regexp")
            return None
        source = normalize_text(body, "regex", self.s.posix, self)
        try:
            compiled = compile_posix(source, self.s.ere, "I" in flags, "M" in flags, paren_ord=self.s.posix)
        except RegexError as exc:
            raise self.bad(str(exc)) from None
        if needed and compiled.groups < needed - 1 and not self.s.posix:
            raise self.bad(f"invalid reference \\{needed - 1} on `s' command's RHS")
        return Regex(source, compiled)

    def transliterate(self, cmd: Cmd) -> None:
        slash = self.inchar()
        src = self.match_slash(slash, False)
        if src is None:
            raise self.bad("unterminated `y' command")
        src = normalize_text(src, "buffer", self.s.posix, self)
        dst = self.match_slash(slash, False)
        if dst is None:
            raise self.bad("unterminated `y' command")
        dst = normalize_text(dst, "buffer", self.s.posix, self)
        if len(src) != len(dst):
            raise self.bad("strings for `y' command are different lengths")
        cmd.table = dict(zip(src, dst, strict=True))
        self.read_end_of_cmd()


_SIMPLE = {"a": "\a", "f": "\f", "\n": "\n", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def normalize_text(text: str, kind: str, posix: bool = False, where: Compiler | None = None) -> str:
    """normalize_text: \\a \\f \\n \\r \\t \\v, \\dNNN \\oNNN \\xHH and \\cX made characters; other
    escapes passed on (a/i/c text and y drop their backslash)."""
    out: list[str] = []
    p = 0
    bracket = 0
    while p < len(text):
        ch = text[p]
        if ch == "\\" and p + 1 < len(text) and bracket == 0:
            p = _escape(text, p + 1, kind, out, where)
            continue
        if kind == "regex" and posix:
            bracket = _bracket_state(text, p, bracket)
        out.append(ch)
        p += 1
    return "".join(out)


def _escape(text: str, p: int, kind: str, out: list[str], where: Compiler | None) -> int:
    """One escape after its backslash at p-1: what it adds to out, and where reading goes on."""
    ch = text[p]
    if ch in _SIMPLE:
        out.append(_SIMPLE[ch])
        return p + 1
    if ch in "dox":
        base = {"d": 10, "o": 8, "x": 16}[ch]
        value, end = _number(text, p, base)
        if kind == "replacement" and value in ("&", "\\"):
            out.append("\\")
        out.append(value)
        return end
    if ch == "c" and p + 1 < len(text):
        target = text[p + 1]
        out.append(chr(ord(target.upper()) ^ 0x40) if ord(target) < 128 else target)
        if target == "\\":
            if p + 2 >= len(text) or text[p + 2] != "\\":
                raise (where.bad("recursive escaping after \\c not allowed") if where else SedFail("\\c"))
            return p + 3
        return p + 2
    if kind != "buffer":
        out.append("\\")
    if ch == "c":  # \c at the end: its backslash passed on, the c dropped
        return p + 1
    out.append(ch)
    return p + 1


def _number(text: str, p: int, base: int) -> tuple[str, int]:
    """convert_number: up to the digits that fit a byte; the letter itself when none follow."""
    n, most, q = 0, 1, p + 1
    while q < len(text) and most <= 255:
        d = int(text[q], 16) if text[q] in "0123456789abcdefABCDEF" else -1
        if d < 0 or d >= base:
            break
        n = n * base + d
        q += 1
        most *= base
    if q == p + 1:
        return text[p], q
    return chr(n & 0xFF), q


def _bracket_state(text: str, p: int, state: int) -> int:
    """POSIXLY_CORRECT keeps escapes inside a bracket expression as they are."""
    ch = text[p]
    if ch == "[" and not state:
        return -1
    if ch in ":.=" and state == -1 and p and text[p - 1] == "[":
        return ord(ch)
    if ch == "]":
        if state == -1:
            return 0
        if state > 0 and p >= 2 and text[p - 2] != chr(state) and text[p - 1] == chr(state):
            return -1
    return state
