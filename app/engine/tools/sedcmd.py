"""sed in the simulated shells: GNU sed 4.9 (the host, ubuntu; 4.7 in node:14's Debian 10) and
BusyBox 1.37 sed (busybox, alpine), each with its own options, messages and exit statuses.

GNU's option reading follows sed/sed.c (getopt_long, each -e and -f compiled as it comes, usage
on standard error with status 1); the script is compiled by sedgnu.py (sed/compile.c) and run by
sedexec.py (sed/execute.c); -i writes a temporary file beside the input and renames it over it
(keeping a backup when given a suffix), so a symbolic link operand becomes a regular file unless
--follow-symlinks. BusyBox's sed is sedbusybox.py (editors/sed.c)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from .. import devfs
from ..fs import DIR, ERRNO_TEXT, FILE, LINK, FsError
from ..toolkit import BUSYBOX, IO, ToolExit, split_text
from .common import GetoptError, _long_option, _short_options, load
from .sedexec import Opened, Out, Runner, RunOptions, split_lines
from .sedgnu import Compiler, SedFail, Settings

if TYPE_CHECKING:
    from ..shell import Shell

GNU_USAGE = """Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>."""

# getopt_long's table in sed/sed.c main(), in its order (an ambiguous abbreviation lists them so)
LONGS = {"binary": "b", "regexp-extended": "r", "debug": "debug", "expression": "e:", "file": "f:",
         "in-place": "i::", "line-length": "l:", "null-data": "z", "zero-terminated": "z", "quiet": "n",
         "posix": "posix", "silent": "n", "sandbox": "sandbox", "separate": "s", "unbuffered": "u",
         "version": "version", "help": "help", "follow-symlinks": "F"}
SHORTS = "bsnrzuEe:f:l:i::V:"
NOT_SIMULATED = {"posix", "debug", "sandbox", "version"}


class Usage(Exception):
    """A usage error: getopt's message (or none), then sed's usage."""


def sed(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        from .sedbusybox import busybox_sed
        return busybox_sed(sh, argv, io)
    return GnuSed(sh, io).main(argv)


def _old_debian(sh: Shell) -> bool:
    node = sh.view.get("/etc/debian_version") if sh.where != "host" else None
    return node is not None and node.data.startswith("10.")


class GnuSed:
    """One run of GNU sed: its options as getopt_long gives them, the program, the files (tools.early
    runs it over a pipe's lines so far with files and a runner of its own: where would it quit)."""

    files_class: type[GnuFiles]
    runner_class: type[Runner] = Runner

    def __init__(self, sh: Shell, io: IO) -> None:
        self.sh, self.io = sh, io
        self.settings = Settings(posix="POSIXLY_CORRECT" in sh.env, old=_old_debian(sh))
        self.files = self.files_class(sh, io, self.settings)
        self.settings.open_write = self.files.open_write
        self.settings.open_read = self.files.open_read
        self.compiler = Compiler(self.settings)
        self.opts = RunOptions(posix=self.settings.posix)
        cols = sh.env.get("COLS", "")
        if cols.isdigit() and int(cols) > 1:
            self.opts.line_len = int(cols) - 1
        self.have_program = False

    def main(self, argv: list[str]) -> int:
        try:
            try:
                operands = self.options(argv)
            except Usage as exc:
                if str(exc):
                    self.io.err(f"sed: {exc}")
                self.io.err(GNU_USAGE)
                return 1
            if not self.have_program:
                if not operands:
                    self.io.err(GNU_USAGE)
                    return 1
                self.compiler.compile_string(operands.pop(0))
            program = self.compiler.finish()
            if self.opts.in_place and not operands:
                raise SedFail("no input files", 4)
            self.opts.files = operands
            self.opts.where = self.compiler.runtime_where()
            return self.runner_class(program, self.opts, self.files, self.files.stdout).run()
        except SedFail as exc:
            self.files.flush()
            self.io.err(f"sed: {exc.text}")
            return exc.status
        finally:
            self.files.finish()

    def options(self, argv: list[str]) -> list[str]:
        """Each option in turn (a script compiled as it comes); the operands."""
        operands: list[str] = []
        i = 1
        while i < len(argv):
            a = argv[i]
            if a == "--":
                return operands + argv[i + 1:]
            try:  # glibc getopt_long's reading, as the other tools have it (tools/common.py)
                if a.startswith("--"):
                    i, one = _long_option(argv, i, LONGS)
                    found = [one]
                elif a.startswith("-") and a != "-":
                    i, found = _short_options(argv, i, SHORTS)
                else:
                    operands.append(a)
                    i += 1
                    continue
            except GetoptError as exc:
                raise Usage(str(exc)) from None
            for key, value in found:
                self.option(key, value)
        return operands

    def option(self, key: str, value: str | None) -> None:
        if key in NOT_SIMULATED:
            raise SedFail(f"layerlab: sed --{key} is not simulated")
        if key == "help":
            self.io.out(GNU_USAGE + "\nE-mail bug reports to: <bug-sed@gnu.org>.")
            raise ToolExit(0)
        if key == "V":
            raise Usage("")
        if key in ("e", "f"):
            if key == "e":
                self.compiler.compile_string(value or "")
            else:
                self.compiler.compile_file(value or "", self.files.script(value or ""))
            self.have_program = True
        elif key == "i":
            self.opts.in_place = self.files.in_place = True
            self.files.suffix = "*" if value is None else value if "*" in value else "*" + value
        elif key == "z":
            self.opts.delim = self.files.delim = self.files.stdout.delim = "\0"
        elif key == "l":
            self.opts.line_len = _atoi(value or "")
        else:
            self.flag(key)

    def flag(self, key: str) -> None:
        """The options that only set something: -n, -E/-r, -s, --follow-symlinks (-b, -u change nothing here)."""
        if key == "n":
            self.opts.quiet = True
        elif key in ("r", "E"):
            self.settings.ere = True
        elif key == "s":
            self.opts.separate = True
        elif key == "F":
            self.files.follow = True


def _atoi(text: str) -> int:
    digits = ""
    for ch in text.strip():
        if not ch.isdigit() and not (ch in "+-" and not digits):
            break
        digits += ch
    try:
        return int(digits)
    except ValueError:
        return 0


class Reader:
    """An R command's file: one line (with its delimiter) each time it runs."""

    def __init__(self, text: str | None, delim: str) -> None:
        parts = (text or "").split(delim)
        self.pieces = [part + delim for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        self.pos = 0

    def next_line(self) -> str | None:
        if self.pos >= len(self.pieces):
            return None
        self.pos += 1
        return self.pieces[self.pos - 1]

    def rewind(self) -> None:
        self.pos = 0


class GnuFiles:
    """The shell's files as GNU sed opens them: inputs, -i's temporary file and backup, w files."""

    def __init__(self, sh: Shell, io: IO, settings: Settings) -> None:
        self.sh, self.io, self.settings = sh, io, settings
        self.delim = "\n"
        self.suffix = "*"
        self.follow = False
        self.in_place = False
        self.buffer: list[str] = []
        self.stdout = Out(self.buffer.append)
        self.writes: dict[str, Out] = {}
        self.written: dict[str, list[str]] = {}
        self.readers: dict[str, Reader] = {}
        self.editing: tuple[str, str, list[str], int] | None = None  # target, temporary, text, mode

    def flush(self) -> None:
        if self.buffer:
            self.io.write("".join(self.buffer))
            self.buffer.clear()

    def warn(self, text: str) -> None:
        self.flush()
        self.io.err(text)

    def finish(self) -> None:
        """At exit: standard output, the w files' bytes, and an unfinished -i's temporary file gone."""
        self.flush()
        for name, pieces in self.written.items():
            with suppress(FsError):
                self.sh.view.write_file(self.sh.path(name), "".join(pieces))
        if self.editing is not None:
            with suppress(FsError):
                self.sh.view.remove(self.sh.path(self.editing[1]))
            self.editing = None

    # -- compile time ---------------------------------------------------------------------------------

    def script(self, name: str) -> str:
        """A -f script's text ('-' is standard input)."""
        text, code = load(self.sh, self.io, name)
        if text is None:
            raise SedFail(f"couldn't open file {name}: {ERRNO_TEXT.get(code or '', code)}", 4)
        return text

    def open_write(self, name: str) -> Out:
        if name in self.writes:
            return self.writes[name]
        if name == "/dev/stdout" and not self.settings.posix:
            out = Out(self.buffer.append, self.delim)
        elif name == "/dev/stderr" and not self.settings.posix:
            out = Out(self.to_stderr, self.delim)
        else:
            try:
                self.sh.view.write_file(self.sh.path(name), "")
            except FsError as exc:
                raise SedFail(f"couldn't open file {name}: {ERRNO_TEXT.get(exc.code, exc.code)}", 4) from None
            pieces: list[str] = []
            self.written[name] = pieces
            out = Out(pieces.append, self.delim)
        self.writes[name] = out
        return out

    def to_stderr(self, text: str) -> None:
        self.flush()
        self.io.err(*split_text(text))

    def open_read(self, name: str) -> Reader:
        if name not in self.readers:
            text, _ = load(self.sh, self.io, name)
            self.readers[name] = Reader(text, self.delim)
        return self.readers[name]

    # -- run time ------------------------------------------------------------------------------------

    def open(self, name: str) -> Opened | str:
        if name == "-" and not self.in_place:
            data, self.io.stdin = self.io.stdin or "", ""  # standard input is read once
            return split_lines("-", data, self.delim)
        text, code = load(self.sh, self.io, name)
        if code == "EISDIR" and self.in_place:
            raise SedFail(f"couldn't edit {name}: not a regular file", 4)
        if code == "EISDIR":
            return Opened(name, [], error=ERRNO_TEXT["EISDIR"])
        if text is None:
            return ERRNO_TEXT.get(code or "", code or "")
        if self.in_place and self._kind(name) != FILE:
            raise SedFail(f"couldn't edit {name}: not a regular file", 4)
        return split_lines(name, text, self.delim)

    def _kind(self, name: str) -> str | None:
        try:
            node = devfs.resolve(self.sh.view.get, self.sh.path(name))[1]
        except FsError:
            return None
        return None if node is None else node.kind

    def read_quietly(self, name: str) -> str | None:
        """An r command's file: nothing when it cannot be read, a folder ends sed."""
        text, code = load(self.sh, self.io, name)
        if code == "EISDIR" and self._kind(name) == DIR:
            raise SedFail(f"read error on {name}: Is a directory", 4)
        return text

    def begin_in_place(self, opened: Opened) -> Out:
        target = opened.name
        if self.follow:
            target = _followed(self.sh, target)
        folder = target.rsplit("/", 1)[0] if "/" in target else "."
        temporary = f"{folder}/sedXXXXXX"
        try:
            node = devfs.resolve(self.sh.view.get, self.sh.path(target))[1]
            self.sh.view.write_file(self.sh.path(temporary), "")
        except FsError as exc:
            raise SedFail(f"couldn't open temporary file {temporary}: {ERRNO_TEXT.get(exc.code, exc.code)}", 4) from None
        pieces: list[str] = []
        self.editing = (target, temporary, pieces, node.mode if node is not None else 0o644)
        return Out(pieces.append, self.delim)

    def end_in_place(self, opened: Opened) -> None:
        """closedown: the temporary file takes the input's place (the input kept as the backup)."""
        assert self.editing is not None
        target, temporary, pieces, mode = self.editing
        view, path = self.sh.view, self.sh.path
        try:
            view.write_file(path(temporary), "".join(pieces))
            if mode != 0o644:
                view.chmod(path(temporary), mode)
        except FsError as exc:
            raise SedFail(f"couldn't write items to {temporary}: {ERRNO_TEXT.get(exc.code, exc.code)}", 4) from None
        if self.suffix != "*":
            backup = self.suffix.replace("*", target)
            _rename(self.sh, target, backup)
        _rename(self.sh, temporary, target)
        self.editing = None


def _rename(sh: Shell, src: str, dst: str) -> None:
    try:
        sh.view.rename(sh.path(src), sh.path(dst))
    except FsError as exc:
        raise SedFail(f"cannot rename {src}: {ERRNO_TEXT.get(exc.code, exc.code)}", 4) from None


GnuSed.files_class = GnuFiles


def _followed(sh: Shell, name: str) -> str:
    """follow_symlink: the link's target in its place, link after link, as sed names it."""
    for _ in range(41):
        try:
            node = sh.view.get(sh.path(name))
        except FsError:
            return name
        if node is None or node.kind != LINK:
            return name
        target = node.data
        if not target.startswith("/") and "/" in name:
            target = name.rsplit("/", 1)[0] + "/" + target
        name = target
    raise SedFail(f"couldn't follow symlink {name}: Too many levels of symbolic links", 4)


