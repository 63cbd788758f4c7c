"""tar: list, extract and create archives (app/engine/archive.py holds them), as GNU tar (1.35 on
the host and in ubuntu, 1.30 in node:14) and BusyBox tar (busybox, alpine) do.

GNU tar src/list.c simple_print_header makes the -tv line: the mode, owner/group (names when the
header has them, else numbers) and the size right-aligned in a field that starts 19 wide and grows,
then "%Y-%m-%d %H:%M" and the name, " -> target" for a symbolic link and " link to name" for a hard
link. BusyBox archival/libarchive/header_verbose_list.c prints a 9-wide size, the seconds too, and
" -> target" for both kinds of link. Without -f both read standard input and write standard output
(GNU refuses a terminal). Compression (-z, -j, -J) is not simulated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import archive, budget
from ..archive import HARD, Member
from ..fs import DIR, ERRNO_TEXT, FILE, LINK, ROOT_UID, FsError, Node, join, mode_bits, normpath, parent_of
from ..toolkit import BUSYBOX, IO, ToolExit, emit_text
from .common import busybox_usage, current_uid, passwd_name

if TYPE_CHECKING:
    from ..shell import Shell

NOT_SIMULATED = 126
UMASK = 0o022
_ARG_LETTERS = "fCTX"  # the options that take a value
_LETTERS = "txcvfCOpokmhzjJZaT" + "X"
_LONG = {"list": "t", "extract": "x", "get": "x", "create": "c", "verbose": "v", "file": "f=", "directory": "C=",
         "to-stdout": "O", "gzip": "z", "gunzip": "z", "ungzip": "z", "bzip2": "j", "xz": "J",
         "preserve-permissions": "p", "same-permissions": "p", "no-same-owner": "o", "numeric-owner": "N"}
_TRY = "Try 'tar --help' or 'tar --usage' for more information."
_FAILED = "tar: Exiting with failure status due to previous errors"
_FATAL = "tar: Error is not recoverable: exiting now"
BUSYBOX_USAGE = (
    "c|x|t [-ZzJjahmvokO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...\n\n"
    "Create, extract, or list files from a tar file\n\n"
    "\tc\tCreate\n\tx\tExtract\n\tt\tList\n\t-f FILE\tName of TARFILE ('-' for stdin/out)\n"
    "\t-C DIR\tChange to DIR before operation\n\t-v\tVerbose\n\t-O\tExtract to stdout\n"
    "\t-m\tDon't restore mtime\n\t-o\tDon't restore user:group\n\t-k\tDon't replace existing files\n"
    "\t-Z\t(De)compress using compress\n\t-z\t(De)compress using gzip\n\t-J\t(De)compress using xz\n"
    "\t-j\t(De)compress using bzip2\n\t--lzma\t(De)compress using lzma\n\t-a\t(De)compress based on extension\n"
    "\t-h\tFollow symlinks\n\t-T FILE\tFile with names to include\n\t-X FILE\tFile with glob patterns to exclude\n"
    "\t--exclude PATTERN\tGlob pattern to exclude\n\t--overwrite\t\tReplace existing files\n"
    "\t--strip-components NUM\tNUM of leading components to strip\n\t--no-recursion\t\tDon't descend in directories\n"
    "\t--numeric-owner\t\tUse numeric user:group\n\t--no-same-permissions\tDon't restore access permissions\n"
    "\t--to-command COMMAND\tPipe files to COMMAND")


@dataclass
class Job:
    """What one tar command line asks for."""

    ops: list[str] = field(default_factory=list)
    file: str | None = None
    directory: str | None = None
    verbose: int = 0
    to_stdout: bool = False
    keep_perms: bool = False
    numeric: bool = False
    compress: str = ""
    names: list[str] = field(default_factory=list)


class _Usage(Exception):
    """A usage error: GNU's text (BusyBox prints its usage instead)."""


def tar(sh: Shell, argv: list[str], io: IO) -> int:
    busy = sh.flavor == BUSYBOX
    try:
        job = _parse(argv[1:])
    except _Unsimulated as exc:
        io.err(f"layerlab: tar {exc} is not simulated")
        return NOT_SIMULATED
    except _Usage as exc:
        return _usage(io, busy, str(exc))
    if len(set(job.ops)) != 1:
        return _usage(io, busy, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options"
                      if not job.ops else
                      "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option")
    if job.compress:
        io.err(f"layerlab: tar -{job.compress} (compressed archives) is not simulated")
        return NOT_SIMULATED
    return {"t": _list, "x": _extract, "c": _create}[job.ops[0]](sh, job, io)


def _usage(io: IO, busy: bool, text: str) -> int:
    """GNU: the complaint and its "Try" line (exit 2); BusyBox: getopt's complaint, if any, then
    its usage (nothing more is said of a missing -t/-x/-c)."""
    if busy:
        if text.startswith(("invalid option", "option requires", "unrecognized option")):
            io.err(f"tar: {text}")
        raise busybox_usage(io, "tar", BUSYBOX_USAGE)
    io.err(f"tar: {text}")
    io.err(_TRY)
    return 2


def _parse(args: list[str]) -> Job:
    """Old-style letters (`tar tvf F`), short clusters (`-tvf F`) and long options, GNU's way:
    an option taking a value takes the rest of its cluster, else the next word."""
    job = Job()
    words = list(args)
    if words and not words[0].startswith("-"):
        for ch in words.pop(0):  # each letter that takes a value takes the next word, in order
            value = None
            if ch not in _LETTERS:
                raise _Usage(f"invalid option -- '{ch}'")
            if ch in _ARG_LETTERS:
                if not words:
                    raise _Usage(f"option requires an argument -- '{ch}'")
                value = words.pop(0)
            _apply(job, ch, value)
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word == "--":
            job.names.extend(words[i:])
            break
        if word.startswith("--"):
            i = _long(job, word, words, i)
        elif word.startswith("-") and word != "-":
            i = _cluster(job, word, words, i)
        else:
            job.names.append(word)
    return job


class _Unsimulated(Exception):
    """--help, --usage, --version: their texts are not simulated."""


def _long(job: Job, word: str, words: list[str], i: int) -> int:
    name, eq, value = word[2:].partition("=")
    if name in ("help", "usage", "version"):
        raise _Unsimulated(word)
    found = [k for k in _LONG if k.startswith(name)]
    key = name if name in _LONG else found[0] if len(found) == 1 else None
    if key is None:
        raise _Usage(f"unrecognized option '{word}'" if not found else f"option '{word}' is ambiguous")
    spec = _LONG[key]
    if spec.endswith("="):
        if not eq:
            if i >= len(words):
                raise _Usage(f"option '--{key}' requires an argument")
            value, i = words[i], i + 1
        _apply(job, spec[0], value)
    elif eq:
        raise _Usage(f"option '--{key}' doesn't allow an argument")
    else:
        _apply(job, spec, None)
    return i


def _cluster(job: Job, word: str, words: list[str], i: int) -> int:
    for j, ch in enumerate(word[1:], 1):
        if ch not in _LETTERS:
            raise _Usage(f"invalid option -- '{ch}'")
        if ch in _ARG_LETTERS:
            rest = word[j + 1:]
            if not rest:
                if i >= len(words):
                    raise _Usage(f"option requires an argument -- '{ch}'")
                rest, i = words[i], i + 1
            _apply(job, ch, rest)
            return i
        _apply(job, ch, None)
    return i


def _apply(job: Job, ch: str, value: str | None) -> None:
    if ch in "txc":
        job.ops.append(ch)
    elif ch == "v":
        job.verbose += 1
    elif ch == "f":
        job.file = value
    elif ch == "C":
        job.directory = value
    elif ch == "O":
        job.to_stdout = True
    elif ch == "p":
        job.keep_perms = True
    elif ch == "N":
        job.numeric = True
    elif ch in "zjJZ":
        job.compress = ch


# ---------------------------------------------------------------------------------------------
# Reading an archive


def _read(sh: Shell, job: Job, io: IO) -> list[Member]:
    """The archive's members, or the tar's message and exit."""
    busy = sh.flavor == BUSYBOX
    name = job.file if job.file is not None else "-"
    if name == "-":
        if io.stdin is None and not busy and sh.terminal():  # GNU's isatty(2) test; docker exec has none
            raise _fatal(io, "tar: Refusing to read archive contents from terminal (missing -f option?)")
        data = io.stdin or ""
    else:
        data = _file_data(sh, io, name)
    if not data:
        if busy:  # zero headers is no valid tarball (tar.c: exit status 1, nothing said)
            raise ToolExit(1)
        return []
    members = archive.parse(data)
    if members is None:
        if busy:
            io.err("tar: invalid tar magic")
            raise ToolExit(1)
        io.err("tar: This does not look like a tar archive")
        io.err(_FAILED)
        raise ToolExit(2)
    return members


def _file_data(sh: Shell, io: IO, name: str) -> str:
    try:
        node = sh.view.get(sh.path(name))
        code = "ENOENT" if node is None else "EISDIR" if node.kind == DIR else ""
    except FsError as exc:
        node, code = None, exc.code
    if node is not None and not code:
        if node.kind != FILE:
            return ""
        return node.data
    text = ERRNO_TEXT.get(code, code)
    if sh.flavor == BUSYBOX:
        io.err(f"tar: can't open '{name}': {text}")
        raise ToolExit(1)
    if code == "EISDIR":  # GNU opens a folder, then read(2) fails
        raise _fatal(io, f"tar: {name}: Cannot read: {text}")
    raise _fatal(io, f"tar: {name}: Cannot open: {text}")


def _fatal(io: IO, text: str) -> ToolExit:
    io.err(text)
    io.err(_FATAL)
    return ToolExit(2)


def _selected(members: list[Member], names: list[str]) -> tuple[list[Member], list[str]]:
    """The members the operands name (a folder's name takes what is inside it), and the operands
    that named none."""
    if not names:
        return members, []
    wanted = [n.rstrip("/") or n for n in names]
    hits = [m for m in members if any(m.name.rstrip("/") == w or m.name.startswith(w + "/") for w in wanted)]
    missing = [n for n, w in zip(names, wanted, strict=True)
               if not any(m.name.rstrip("/") == w or m.name.startswith(w + "/") for m in members)]
    return hits, missing


def _not_found(sh: Shell, io: IO, missing: list[str]) -> int:
    if not missing:
        return 0
    if sh.flavor == BUSYBOX:
        io.err(f"tar: {missing[0]}: not found in archive")
        return 1
    for name in missing:
        io.err(f"tar: {name}: Not found in archive")
    io.err(_FAILED)
    return 2


def _list(sh: Shell, job: Job, io: IO) -> int:
    members, missing = _selected(_read(sh, job, io), job.names)
    width = [19]
    for m in members:
        budget.current().step()
        io.out(_long_line(sh, m, width, job.numeric) if job.verbose else m.name)
    return _not_found(sh, io, missing)


def _long_line(sh: Shell, m: Member, width: list[int], numeric: bool = False) -> str:
    """One -tv line (width: GNU's owner-and-size field as it has grown so far; numeric:
    --numeric-owner, the numbers even where the header has names)."""
    n = m.node
    kind = {DIR: "d", LINK: "l", HARD: "h" if sh.flavor != BUSYBOX else "-"}.get(n.kind, "-")
    modes = kind + mode_bits(n.mode)
    user = m.uname if m.uname and not numeric else str(n.uid)
    group = m.gname if m.gname and not numeric else str(m.gid)
    when = datetime.fromtimestamp(m.mtime, UTC)
    size = str(n.size if n.kind == FILE else 0)
    if sh.flavor == BUSYBOX:
        line = f"{modes} {user}/{group} {size:>9} {when:%Y-%m-%d %H:%M:%S} {m.name}"
        return line + (f" -> {n.data}" if n.kind in (LINK, HARD) else "")
    pad = len(user) + 1 + len(group) + 1 + len(size)
    width[0] = max(width[0], pad)
    line = f"{modes} {user}/{group} {size:>{width[0] - pad + len(size)}} {when:%Y-%m-%d %H:%M} {m.name}"
    return line + (f" -> {n.data}" if n.kind == LINK else f" link to {n.data}" if n.kind == HARD else "")


# ---------------------------------------------------------------------------------------------
# Extracting


def _extract(sh: Shell, job: Job, io: IO) -> int:
    members, missing = _selected(_read(sh, job, io), job.names)
    base = sh.path(job.directory) if job.directory else sh.cwd
    if job.directory and not _is_dir(sh, base):
        return _no_directory(sh, io, job.directory)
    failed = False
    stripped = False
    for m in members:
        budget.current().step()
        name = m.name.lstrip("/")
        if name != m.name and not stripped and sh.flavor != BUSYBOX:
            io.err("tar: Removing leading `/' from member names")
            stripped = True
        if ".." in name.split("/"):
            io.err(f"tar: {m.name}: Member name contains {sh.lquote('..')}" if sh.flavor != BUSYBOX
                   else f"tar: skipping unsafe path: {m.name}")
            failed = True
            continue
        if job.verbose:
            io.out(_long_line(sh, m, [19]) if job.verbose > 1 else m.name)
        if job.to_stdout:
            if m.node.kind == FILE:
                emit_text(io, m.node.data)
            continue
        failed |= not _place(sh, io, job, base, m)
    status = _not_found(sh, io, missing)
    if failed and not status:
        if sh.flavor == BUSYBOX:
            return 1
        io.err(_FAILED)
        return 2
    return status


def _is_dir(sh: Shell, path: str) -> bool:
    try:
        node = sh.view.get(path)
    except FsError:
        return False
    return node is not None and node.kind == DIR


def _no_directory(sh: Shell, io: IO, directory: str) -> int:
    if sh.flavor == BUSYBOX:
        io.err(f"tar: can't change directory to '{directory}': No such file or directory")
        return 1
    io.err(f"tar: {directory}: Cannot open: No such file or directory")
    io.err(_FATAL)
    return 2


def _place(sh: Shell, io: IO, job: Job, base: str, m: Member) -> bool:
    """Make one member at path as the user can (root keeps the archive's owners and modes, another
    user owns what it makes, its modes less the umask); False after tar's message."""
    view = sh.view
    path = normpath(m.name.lstrip("/"), base)
    root = current_uid(sh) == ROOT_UID
    # GNU extract.c: root (or -p) keeps the archive's mode; anyone else gets its rwx bits less the umask
    mode = m.node.mode if root or job.keep_perms else m.node.mode & 0o777 & ~UMASK
    try:
        _parents(sh, base, path)
        existing = view.get(path)
        if m.node.kind == DIR:
            if existing is None:
                view.mkdir(path)
            if existing is None or existing.kind == DIR:
                view.chmod(path, mode)
        else:
            if existing is not None and existing.kind != DIR:
                view.remove(path)
            _make(sh, path, base, m, mode)
        if root and not job.numeric:
            _own(sh, path, m)
    except FsError as exc:
        what = "Cannot mkdir" if m.node.kind == DIR else "Cannot create symlink to " + sh.lquote(m.node.data) \
            if m.node.kind == LINK else "Cannot open"
        text = ERRNO_TEXT.get(exc.code, exc.code)
        shown = m.name.rstrip("/") or m.name
        if sh.flavor != BUSYBOX:
            io.err(f"tar: {shown}: {what}: {text}")
        elif m.node.kind == DIR:  # data_extract_all.c: a folder's failure is said, a file's ends tar (xopen3)
            io.err(f"tar: can't make dir {shown}: {text}")
        else:
            io.err(f"tar: can't open '{shown}': {text}")
            raise ToolExit(1) from None
        return False
    return True


def _parents(sh: Shell, base: str, path: str) -> None:
    """The folders above path that the archive does not hold first (GNU make_directories: mode
    0777 less the umask)."""
    missing: list[str] = []
    here = parent_of(path)
    while here != base and here != "/" and sh.view.get(here) is None:
        missing.append(here)
        here = parent_of(here)
    for folder in reversed(missing):
        sh.view.mkdir(folder)


def _make(sh: Shell, path: str, base: str, m: Member, mode: int) -> None:
    view = sh.view
    n = m.node
    if n.kind == LINK:
        view.symlink(path, n.data)
        return
    if n.kind == HARD:  # the same file again: the simulated trees hold it as a copy
        source = view.get(normpath(n.data.lstrip("/"), base))
        if source is None:
            raise FsError("ENOENT", path)
        n = source
    view.write_file(path, n.data, size=n.size if n.size != len(n.data.encode()) else None)
    view.chmod(path, mode)


def _own(sh: Shell, path: str, m: Member) -> None:
    """Root restores the archive's owner (GNU --same-owner, BusyBox's default for root)."""
    view = sh.view
    node = view.get(path)
    if node is None or (node.uid == m.node.uid and node.gid == m.node.gid):
        return
    loc = view.locate(path)
    view._put(loc, path, replace(node, uid=m.node.uid, gid=m.node.gid))


# ---------------------------------------------------------------------------------------------
# Creating


def _create(sh: Shell, job: Job, io: IO) -> int:
    busy = sh.flavor == BUSYBOX
    if not job.names:
        if busy:
            io.err("tar: empty archive")
            return 1
        io.err("tar: Cowardly refusing to create an empty archive")
        io.err(_TRY)
        return 2
    to_stdout = job.file in (None, "-")
    if to_stdout and io.capture_out is None and not busy and sh.terminal():
        raise _fatal(io, "tar: Refusing to write archive contents to terminal (missing -f option?)")
    base = sh.path(job.directory) if job.directory else sh.cwd
    if job.directory and not _is_dir(sh, base):
        return _no_directory(sh, io, job.directory)
    members: list[Member] = []
    failed = False
    told = False
    if not to_stdout:  # the archive is opened (created, emptied) before any name is read
        _write_archive(sh, io, job.file or "-", "")
    own = None if to_stdout else sh.path(job.file or "-")
    # -v names each member as it is written, on standard error when the archive goes to standard
    # output: in the order tar walks, among the warnings said on the way (GNU create.c dump_file0
    # and print_header, BusyBox tar.c writeTarHeader); GNU's -vv says the -tv line instead
    out = io.err if to_stdout else io.out
    width = [19]

    def said(m: Member) -> None:
        out(_long_line(sh, m, width) if job.verbose > 1 and not busy else m.name)
    say = said if job.verbose else None
    for name in job.names:
        if name.startswith("/") and not told:
            io.err("tar: Removing leading `/' from member names" if not busy
                   else "tar: removing leading '/' from member names")
            told = True
        failed |= not _gather(sh, io, normpath(name, base), name.lstrip("/") or ".", members,
                              (own, name.startswith("/")), say)
    data = archive.dump(members, archive.BUSYBOX if busy else archive.GNU)
    if to_stdout:
        emit_text(io, data)  # docker exec's output, which reaches the learner's terminal
    else:
        _write_archive(sh, io, job.file or "-", data)
    if failed:
        if busy:
            io.err("tar: error exit delayed from previous errors")
            return 1
        io.err(_FAILED)
        return 2
    return 0


def _gather(sh: Shell, io: IO, path: str, name: str, members: list[Member],
            own: tuple[str | None, bool] = (None, False), say: Callable[[Member], None] | None = None) -> bool:
    """path and what lies below it, as members named from name, each said as it is added when
    say is given; False when it cannot be read. A folder comes before what it holds (depth
    first). The archive being written (own: its path, and whether the name was given from the
    root) is left out with a warning (GNU create.c dump_file0 "file is the archive; not dumped",
    BusyBox tar.c writeFileToTarball "file is the archive; skipping"), the status unchanged."""
    view = sh.view
    try:
        node = view.get(path)
    except FsError as exc:
        node, code = None, exc.code
    else:
        code = "ENOENT"
    if node is None:
        text = ERRNO_TEXT.get(code, code)
        io.err(f"tar: {name}: Cannot stat: {text}" if sh.flavor != BUSYBOX else f"tar: {name}: {text}")
        return False
    todo = [(path, name, node)]
    ok = True
    while todo:
        here, shown, n = todo.pop(0)
        budget.current().step()
        if here == own[0]:
            said = here if own[1] else shown
            io.err(f"tar: {said}: file is the archive; " + ("skipping" if sh.flavor == BUSYBOX else "not dumped"))
            continue
        # BusyBox writes a folder's header before it opens the folder; GNU tar opens first
        header_first = sh.flavor == BUSYBOX and n.kind == DIR
        if header_first:
            _add(sh, members, shown, n, say)
        names = _opened(sh, io, here, n, "/" + shown if own[1] else shown)
        if names is None:
            ok = False
            if not header_first:
                continue
        if not header_first:
            _add(sh, members, shown, n, say)
        if n.kind == DIR:
            kids = [(join(here, k), f"{shown.rstrip('/')}/{k}" if shown != "." else f"./{k}") for k in names or ()]
            found = [(p, s, c) for p, s in kids if (c := view.get(p)) is not None]
            todo[0:0] = found
    return ok


def _add(sh: Shell, members: list[Member], name: str, node: Node, say: Callable[[Member], None] | None) -> None:
    members.append(_member(sh, name, node))
    if say is not None:
        say(members[-1])


def _opened(sh: Shell, io: IO, path: str, node: Node, said: str) -> list[str] | None:
    """A folder's names ([] for any other entry), or None after the line for an entry the user may
    not open. GNU tar opens a folder or a file before it writes its header, and says open_diag's
    "Cannot open" and leaves the entry out (create.c dump_file0); BusyBox's recursive_action has
    written the folder's header before opendir fails (bb_simple_perror_msg), and open_or_warn
    refuses a file before its header ("can't open")."""
    try:
        if node.kind == DIR:
            return sh.view.children(path)
        if sh.view.readable(node):
            return []
        raise FsError("EACCES", path)
    except FsError as exc:
        text = ERRNO_TEXT.get(exc.code, exc.code)
        if sh.flavor != BUSYBOX:
            io.err(f"tar: {said}: Cannot open: {text}")
        else:
            io.err(f"tar: {said}: {text}" if node.kind == DIR else f"tar: can't open '{said}': {text}")
        return None


def _member(sh: Shell, name: str, node: Node) -> Member:
    gid = node.gid if node.gid != -1 else node.uid
    uname = passwd_name(sh, node.uid) or ""
    gname = passwd_name(sh, gid, "/etc/group") or ""
    return archive.member_for(name, node, 0, uname, gname)


def _write_archive(sh: Shell, io: IO, name: str, data: str) -> None:
    try:
        sh.view.write_file(sh.path(name), data)
    except FsError as exc:
        text = ERRNO_TEXT.get(exc.code, exc.code)
        if sh.flavor == BUSYBOX:
            io.err(f"tar: can't open '{name}': {text}")
            raise ToolExit(1) from None
        raise _fatal(io, f"tar: {name}: Cannot open: {text}") from None
