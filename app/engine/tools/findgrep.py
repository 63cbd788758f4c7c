"""find and grep over the shell's files, one budget step per entry visited and per line read."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from .. import budget, devfs
from ..budget import regex_error
from ..fs import DIR, ERRNO_TEXT, FILE, LINK, FsError, Node, join
from ..regexsize import too_big
from ..toolkit import BUSYBOX, GNU, IO, Lines, ToolExit, _bre_to_python
from .common import lines_of, open_error, quote_arg

if TYPE_CHECKING:
    from ..shell import Shell

FIND_TESTS = ("-name", "-iname", "-type", "-maxdepth", "-mindepth", "-path")
_NO_VALUE = ("-empty",)  # tests that take no argument
_BUSYBOX_BANNER = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary."

# an item of find's expression, all joined by -a: a test (name, value), -print (("-print", "")),
# or -exec's command (("-exec;" or "-exec+", the command's words with {} still in them))
Item = tuple[str, "str | list[str]"]


def _exec_item(sh: Shell, argv: list[str], i: int, io: IO) -> tuple[Item, int] | None:
    """-exec COMMAND ;  or  -exec COMMAND {} + (findutils parser.c insert_exec_ok: `+` ends it only
    right after a lone {}; BusyBox's find.c parse_params wherever it comes, the names then going
    where a lone {} is); None after find's message when it has no end."""
    for j in range(i + 1, len(argv)):
        if argv[j] == ";" and j > i + 1:
            return ("-exec;", argv[i + 1:j]), j + 1
        if argv[j] == "+" and j > i + 1 and (argv[j - 1] == "{}" or sh.flavor == BUSYBOX):
            return ("-exec+", argv[i + 1:j]), j + 1
    io.err(f"find: missing argument to `{argv[i]}'" if sh.flavor == GNU else f"find: {argv[i]} requires an argument")
    return None


def _find_args(sh: Shell, argv: list[str], io: IO) -> tuple[list[str], list[Item]] | int:
    paths: list[str] = []
    i = 1
    while i < len(argv) and not argv[i].startswith("-") and argv[i] not in ("!", "("):
        paths.append(argv[i])
        i += 1
    tests: list[Item] = []
    while i < len(argv):
        a = argv[i]
        if a in ("-print", "-depth"):
            tests.extend([("-print", "")] if a == "-print" else [])
            i += 1
            continue
        if a in ("-exec", "-empty"):
            found = _exec_item(sh, argv, i, io) if a == "-exec" else ((a, ""), i + 1)
            if found is None:
                return 1
            tests.append(found[0])
            i = found[1]
            continue
        if a not in FIND_TESTS:
            if sh.flavor == BUSYBOX:
                io.err(f"find: unrecognized: {a}")
                io.err(_BUSYBOX_BANNER)
            elif a.startswith("-"):
                io.err(f"find: unknown predicate {sh.quote(a)}")
            else:
                io.err(f"find: paths must precede expression: {sh.quote(a)}")
            return 1
        if i + 1 >= len(argv):
            io.err(f"find: missing argument to {sh.quote(a)}" if sh.flavor == GNU else f"find: {a} requires an argument")
            return 1
        tests.append((a, argv[i + 1]))
        i += 2
    return paths or ["."], tests


def _test(sh: Shell, test: str, value: str, at: tuple[str, str, Node, int]) -> bool:
    path, shown, node, depth = at
    name = shown.rstrip("/").rsplit("/", 1)[-1] or "/"
    if test == "-empty":  # an empty file, or a folder with no names (findutils pred_empty)
        return (node.kind == FILE and not node.size) or (node.kind == DIR and not sh.view.children(path))
    return {
        "-name": lambda v: fnmatch.fnmatchcase(name, v),
        "-iname": lambda v: fnmatch.fnmatchcase(name.lower(), v.lower()),
        "-path": lambda v: fnmatch.fnmatchcase(shown, v),
        "-type": lambda v: v == ("f" if node.kind == FILE else devfs.kind_letter(node)),
        "-maxdepth": lambda v: True,
        "-mindepth": lambda v: depth >= int(v),
    }[test](value)


class _Actions:
    """find's expression run on each entry: its tests and actions left to right, each only while
    the ones before held; -print (or the -print an expression without actions gets) writes the
    name, -exec ... ; runs the command (true when it exits 0), -exec ... {} + gathers the names
    for one run at the end (findutils runs it as the arguments fill, and at the end)."""

    def __init__(self, sh: Shell, io: IO, tests: list[Item]) -> None:
        self.sh, self.io, self.tests = sh, io, tests
        self.default_print = not any(t in ("-print", "-exec;", "-exec+") for t, _ in tests)
        self.gathered: dict[int, list[str]] = {}
        self.status = 0

    def visit(self, path: str, shown: str, node: Node, depth: int) -> None:
        for n, (test, value) in enumerate(self.tests):
            if test == "-print":
                self.io.out(shown)
            elif test == "-exec;":
                assert isinstance(value, list)
                if self.run([w.replace("{}", shown) for w in value]) != 0:
                    return
            elif test == "-exec+":
                self.gathered.setdefault(n, []).append(shown)
            elif not _test(self.sh, test, str(value), (path, shown, node, depth)):
                return
        if self.default_print:
            self.io.out(shown)

    def finish(self) -> None:
        for n, names in self.gathered.items():
            command = self.tests[n][1]
            assert isinstance(command, list)
            words = [w for word in command for w in (names if word == "{}" else [word])]
            if self.run(words) != 0:
                self.status = 1

    def run(self, argv: list[str]) -> int:
        """The command run as execvp runs it (no shell): a name not found is find's line."""
        from .xargscmd import _Runner

        budget.current().step()
        if _Runner(self.sh, self.io, False, self.sh.flavor == BUSYBOX).find(argv[0]) is None:
            shown = quote_arg(self.sh, argv[0]) if self.sh.flavor == GNU else argv[0]
            self.io.err(f"find: {shown}: No such file or directory")
            return 127
        return self.sh.execute(argv, self.io.child(stdin=""))


def find(sh: Shell, argv: list[str], io: IO) -> int:
    parsed = _find_args(sh, argv, io)
    if isinstance(parsed, int):
        return parsed
    paths, tests = parsed
    maxdepth = min((int(v) for t, v in tests if t == "-maxdepth" and isinstance(v, str)), default=None)
    actions = _Actions(sh, io, tests)
    status = 0
    for top in paths:
        try:
            if sh.view.get(sh.path(top)) is None:
                raise FsError("ENOENT", top)
        except FsError as exc:
            text = ERRNO_TEXT.get(exc.code, exc.code)
            io.err(f"find: {quote_arg(sh, top)}: {text}" if sh.flavor == GNU else f"find: {top}: {text}")
            status = 1
            continue
        status = max(status, _walk(sh, io, top, maxdepth, actions))
    actions.finish()
    return max(status, actions.status)


def _walk(sh: Shell, io: IO, top: str, maxdepth: int | None, actions: _Actions) -> int:
    status = 0
    stack = [(sh.path(top), top, 0)]
    while stack:
        path, shown, depth = stack.pop()
        budget.current().step()
        node = sh.view.get(path)
        if node is None:
            continue
        actions.visit(path, shown, node, depth)
        if node.kind == DIR and (maxdepth is None or depth < maxdepth):
            names = _readable_children(sh, path, shown, io)
            status = 1 if names is None else status
            for name in reversed(names or ()):
                stack.append((join(path, name), shown.rstrip("/") + "/" + name if shown != "/" else "/" + name,
                              depth + 1))
    return status


def _readable_children(sh: Shell, path: str, shown: str, io: IO) -> list[str] | None:
    """A folder's names, or None after find's line for one the user may not open: fts hands it
    back as FTS_DNR and GNU find says so and walks on (findutils find/ftsfind.c consider_visiting:
    nonfatal_target_file_error); BusyBox's recursive_action says bb_simple_perror_msg(name) and
    goes on with the next entry. Either way the folder itself was already printed (preorder)."""
    try:
        return sh.view.children(path)
    except FsError as exc:
        text = ERRNO_TEXT.get(exc.code, exc.code)
        io.err(f"find: {quote_arg(sh, shown)}: {text}" if sh.flavor == GNU else f"find: {shown}: {text}")
        return None


class GrepOptions:
    """grep's reading of its words: the option letters, the patterns, the operands, and -m's count
    (None: no limit; GNU grep takes -1 and any negative count so)."""

    def __init__(self) -> None:
        self.opts: set[str] = set()
        self.patterns: list[str] = []
        self.rest: list[str] = []
        self.max_count: int | None = None


def _grep_usage(sh: Shell, io: IO, message: str | None = None) -> int:
    if message:
        io.err(message)
    io.err("Usage: grep [OPTION]... PATTERNS [FILE]..." if sh.flavor == GNU
           else "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
    if sh.flavor == GNU:
        io.err("Try 'grep --help' for more information.")
    return 2


def _max_count(sh: Shell, io: IO, value: str) -> int | None:
    """-m's count as grep takes it: GNU's xstrtoimax (a negative count: no limit; else "invalid max
    count", status 2), BusyBox's xatoi_positive ("invalid number", status 1)."""
    text = value.strip() if sh.flavor == GNU else value
    digits = text[1:] if text[:1] in "+-" and sh.flavor == GNU else text
    if not digits.isdigit():
        if sh.flavor == GNU:
            io.err("grep: invalid max count")
            raise ToolExit(2)
        io.err(f"grep: invalid number '{value}'")
        raise ToolExit(1)
    count = int(text)
    return None if count < 0 else count


def _grep_letters(sh: Shell, io: IO, args: list[str], i: int, found: GrepOptions) -> int:
    """One word of option letters (-qm1, -m 1); the index of the next word."""
    a = args[i]
    for j, ch in enumerate(a[1:], 1):
        if ch == "m":
            value = a[j + 1:] or (args[i + 1] if i + 1 < len(args) else None)
            if value is None:
                raise ToolExit(_grep_usage(sh, io, "grep: option requires an argument -- 'm'"))
            found.max_count = _max_count(sh, io, value)
            return i + (1 if a[j + 1:] else 2)
        if ch not in "nivclLrRwEFoqsHhx":
            raise ToolExit(_grep_usage(sh, io, f"grep: invalid option -- '{ch}'"))
        found.opts.add(ch)
    return i + 1


def _grep_opts(sh: Shell, argv: list[str], io: IO) -> GrepOptions:
    found = GrepOptions()
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-e" and i + 1 < len(args):
            found.patterns.append(args[i + 1])
            i += 2
        elif a.startswith("--max-count=") and sh.flavor == GNU and not found.rest:
            found.max_count = _max_count(sh, io, a[12:])
            i += 1
        elif a.startswith("-") and len(a) > 1 and not found.rest:
            i = _grep_letters(sh, io, args, i, found)
        else:
            found.rest.append(a)
            i += 1
    if not found.patterns:
        if not found.rest:
            raise ToolExit(_grep_usage(sh, io))
        found.patterns.append(found.rest.pop(0))
    return found


def _compile(opts: set[str], patterns: list[str]) -> regex.Pattern[str]:
    parts = [regex.escape(p) if "F" in opts else p if "E" in opts else _bre_to_python(p) for p in patterns]
    body = "|".join(f"(?:{p})" for p in parts)
    if "w" in opts:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    if "x" in opts:
        body = rf"^(?:{body})$"
    if too_big(body):
        raise _TooBig("regular expression too big")
    return regex.compile(body, regex.I if "i" in opts else 0)


class _TooBig(regex.error):
    """A pattern that spells out more than regexsize.MAX_WEIGHT atoms (a bad pattern to whoever
    catches regex.error: early.py's reader too)."""


def _files(sh: Shell, opts: set[str], args: list[str]) -> tuple[list[str | tuple[str, str]], bool]:
    """The operands, with -r's directories opened into their files (name order).

    GNU grep -r with no operand searches "." and names what it finds without "./"; BusyBox reads
    standard input then. Inside the walk -r leaves symbolic links alone in GNU grep; BusyBox's
    reads a link to a file (file_action_grep) but not one to a folder; -R follows them all. A link
    given as an operand is followed by both. Also whether a folder was walked (names are shown then)."""
    if not opts & {"r", "R"} or (not args and sh.flavor == BUSYBOX):
        return list(args or ["-"]), False
    out: list[str | tuple[str, str]] = []
    walked = False
    for arg in args or [""]:
        node = _followed(sh, arg or ".")
        if node is None or node.kind != DIR:
            out.append(arg)
            continue
        walked = True
        _walk_for_grep(sh, opts, arg, out)
    return out, walked


def _walk_for_grep(sh: Shell, opts: set[str], top: str, out: list[str | tuple[str, str]]) -> None:
    """Add the files under folder top to out in name order, each folder's before the next name's
    (a stack of the folders being read, not recursion: folders may nest thousands deep). A folder
    that is one of those being read (-R through a link back up) goes in as (name,): grep warns."""
    real = sh.view.real(devfs.resolve(sh.view.get, sh.path(top or "."))[0])
    stack = [(top, real, _grep_names(sh, real, top or ".", out))]
    while stack:
        d, _, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        budget.current().step()
        shown = d.rstrip("/") + "/" + name if d else name
        child = sh.view.get(sh.path(shown))
        if child is not None and child.kind == LINK:
            if "R" not in opts and sh.flavor != BUSYBOX:
                continue
            child = _followed(sh, shown)
            if child is not None and child.kind == DIR and "R" not in opts:
                continue
        if child is not None and child.kind == DIR:
            real = sh.view.real(devfs.resolve(sh.view.get, sh.path(shown))[0])
            if any(real == r for _, r, _ in stack):
                out.append((shown, ""))  # fts's FTS_DC: GNU grep warns "recursive directory loop"
                continue
            stack.append((shown, real, _grep_names(sh, real, shown, out)))
        else:
            out.append(shown)


def _grep_names(sh: Shell, real: str, shown: str, out: list[str | tuple[str, str]]) -> Iterator[str]:
    """A folder's names to walk, or none and its error in out for one the user may not open: GNU
    grep's grepdirent takes fts's FTS_DNR to suppressible_error (the name, then strerror; -s
    quiet) and walks on, as BusyBox's recursive_action does with bb_simple_perror_msg."""
    try:
        return iter(sh.view.children(real))
    except FsError as exc:
        out.append((shown, ERRNO_TEXT.get(exc.code, exc.code)))
        return iter(())


def _followed(sh: Shell, arg: str) -> Node | None:
    try:
        return devfs.resolve(sh.view.get, sh.path(arg))[1]
    except FsError:
        return None


def grep(sh: Shell, argv: list[str], io: IO) -> int:
    parsed = _grep_opts(sh, argv, io)
    opts, patterns, args = parsed.opts, parsed.patterns, parsed.rest
    try:
        pattern = _compile(opts, patterns)
    except _TooBig:  # gnulib dfa.c's REG_ESIZE (regexsize.py)
        io.err("grep: regular expression too big" if sh.flavor == GNU else "grep: bad regex")
        return 2
    except regex.error:
        io.err("grep: Unmatched ( or \\(" if sh.flavor == GNU else "grep: bad regex")
        return 2
    files, walked = _files(sh, opts, args)
    label = ("H" in opts or len(args) > 1 or walked) and "h" not in opts
    found = False
    trouble = False
    for arg in files:
        if isinstance(arg, tuple):
            if "s" not in opts:
                io.err(f"grep: {arg[0]}: {arg[1] or 'warning: recursive directory loop'}")
            trouble = trouble or bool(arg[1])
            continue
        data = _grep_input(sh, io, arg, opts)
        if data is None:
            trouble = True
            continue
        name = "(standard input)" if arg == "-" else arg
        # grep 3.5 moved the note to stderr, reworded ("grep: F: binary file matches"); Debian 10 has 3.3
        old = sh.flavor == BUSYBOX or _debian10(sh)
        note = f"Binary file {name} matches" if old else f"grep: {name}: binary file matches"
        hits = _grep_text(pattern, opts, data, (name, label, note), io, _Limit(sh.flavor, parsed.max_count))
        found = found or hits
        if found and "q" in opts:
            return 0
    return 2 if trouble and not (found and "q" in opts) else 0 if found else 1


def _grep_input(sh: Shell, io: IO, arg: str, opts: set[str]) -> str | None:
    if arg != "-":
        try:
            node = devfs.resolve(sh.view.get, sh.path(arg))[1]  # a symbolic link is read through
        except FsError:
            node = None
        if node is not None and node.kind == DIR:
            if "s" not in opts:
                io.err(f"grep: {arg}: Is a directory")
            return None
    if "s" in opts:
        quiet = IO([], capture_err=Lines())
        return read_quiet(sh, quiet, arg)
    return read_quiet(sh, io, arg)


def read_quiet(sh: Shell, io: IO, arg: str) -> str | None:
    if arg == "-":
        return io.stdin or ""
    kind = sh.device(sh.path(arg))
    if kind is not None:  # /dev/null, /dev/stdin and the like (app/engine/devfs.py)
        return devfs.read_device(kind, arg, io.stdin)
    try:
        node = devfs.resolve(sh.view.get, sh.path(arg))[1]
    except FsError as exc:
        io.err(open_error(sh, "grep", arg, exc.code))
        return None
    if node is None or node.kind == LINK:  # a dangling link
        io.err(open_error(sh, "grep", arg, "ENOENT"))
        return None
    if not sh.view.readable(node):  # the learner and the host's /etc/shadow
        io.err(open_error(sh, "grep", arg, "EACCES"))
        return None
    return node.data


def _debian10(sh: Shell) -> bool:
    node = sh.view.get("/etc/debian_version") if sh.where != "host" else None
    return node is not None and node.data.startswith("10.")


class _Limit:
    """-m NUM over one file: GNU grep stops after NUM selected lines (at once for 0); BusyBox's
    grep_file checks after every line read whether it has NUM, and a selected line past NUM ends
    it unprinted (so -m 0 reads one line)."""

    def __init__(self, flavor: str, count: int | None) -> None:
        self.busybox, self.count = flavor == BUSYBOX, count

    def before(self, selected: int) -> bool:
        """Stop before reading a line."""
        return not self.busybox and self.count is not None and selected >= self.count

    def past(self, selected: int) -> bool:
        """A selected line (the selected-th) is past the count: BusyBox stops without printing it."""
        return self.busybox and self.count is not None and selected > self.count

    def after(self, selected: int) -> bool:
        """Stop after a line, selected or not."""
        return self.busybox and self.count is not None and selected == self.count


def _print_line(pattern: regex.Pattern[str], opts: set[str], line: str, prefix: str, io: IO) -> None:
    if "o" in opts and "v" not in opts:
        for m in pattern.finditer(line):
            io.out(prefix + m.group(0))
    else:
        io.out(prefix + line)


def _grep_text(pattern: regex.Pattern[str], opts: set[str], data: str, said: tuple[str, bool, str], io: IO,
               limit: _Limit) -> bool:
    spent = budget.current()
    name, label, note = said
    count = 0
    binary = data.startswith("\x7fELF")
    for n, line in enumerate(lines_of(data), 1):
        if limit.before(count):
            break
        spent.step()
        try:
            hit = pattern.search(line, timeout=spent.regex_timeout()) is not None
        except TimeoutError:
            raise regex_error("grep") from None
        if hit != ("v" in opts):
            count += 1
            if limit.past(count) or opts & {"q", "l", "L"}:
                break
            if binary and "c" not in opts:
                (io.out if note.startswith("Binary") else io.err)(note)
                return True
            if "c" not in opts:
                _print_line(pattern, opts, line, (f"{name}:" if label else "") + (f"{n}:" if "n" in opts else ""), io)
        if limit.after(count):
            break
    if "c" in opts:
        io.out((f"{name}:" if label else "") + str(count))
    if "l" in opts and count:
        io.out(name)
    if "L" in opts and not count:
        io.out(name)
    return count > 0
