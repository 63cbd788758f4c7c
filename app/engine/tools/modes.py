"""chmod and rmdir: a file's mode (a metadata copy-up in a container) and an empty directory's
removal (a whiteout when a lower layer has it), in GNU coreutils' and BusyBox's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..fs import DIR, ERRNO_TEXT, FsError, join
from ..toolkit import BUSYBOX, IO, ToolExit, _missing, _options

if TYPE_CHECKING:
    from ..shell import Shell

_UMASK = 0o022
_WHO = {"u": 0o4700, "g": 0o2070, "o": 0o1007}


def parse_mode(spec: str, old: int, is_dir: bool) -> int | None:
    """An octal mode, or symbolic clauses ([ugoa]*[-+=][rwxXst]*, comma-separated) applied to
    old (coreutils modechange.c; BusyBox's bb_parse_mode reads them alike); None when invalid."""
    if re.fullmatch(r"[0-7]{1,4}", spec):
        return int(spec, 8)
    mode = old & 0o7777
    for clause in spec.split(","):
        m = re.fullmatch(r"([ugoa]*)((?:[-+=][rwxXst]*)+)", clause)
        if m is None:
            return None
        who = m.group(1).replace("a", "ugo")
        mask = 0
        for w in who or "ugo":
            mask |= _WHO[w]
        for op, perms in re.findall(r"([-+=])([rwxXst]*)", m.group(2)):
            bits = _bits(perms, is_dir or bool(old & 0o111)) & mask
            if not who:
                bits &= ~_UMASK  # no who: the bits the umask holds are left alone
            if op == "+":
                mode |= bits
            elif op == "-":
                mode &= ~bits
            else:
                mode = (mode & ~(mask & (0o7777 if who else ~_UMASK))) | bits
    return mode


def _bits(perms: str, x_for_X: bool) -> int:
    """The bits of r, w, x, X (x for a directory or a file someone may run), s and t."""
    bits = 0
    for p in perms:
        if p != "X" or x_for_X:
            bits |= {"r": 0o444, "w": 0o222, "x": 0o111, "X": 0o111, "s": 0o6000, "t": 0o1000}[p]
    return bits


def chmod(sh: Shell, argv: list[str], io: IO) -> int:
    opts, operands = _options(sh, io, "chmod", argv, "Rfcv")
    if not operands:
        raise _missing(io, "chmod", "missing operand")
    spec, files = operands[0], operands[1:]
    if not files:
        raise _missing(io, "chmod", f"missing operand after {sh.quote(spec)}")
    if parse_mode(spec, 0, False) is None:
        if sh.flavor == BUSYBOX:
            io.err(f"chmod: invalid mode '{spec}'")
            raise ToolExit(1)
        io.err(f"chmod: invalid mode: {sh.quote(spec)}")
        io.err("Try 'chmod --help' for more information.")
        raise ToolExit(1)
    status = 0
    for arg in files:
        for path, refused in _walk(sh, sh.path(arg), "R" in opts):
            if refused is not None:
                status = 1
                if "f" not in opts:
                    io.err(_unread(sh, arg if path == sh.path(arg) else path, refused))
                continue
            node = sh.view.get(path)
            try:
                if node is None:
                    raise FsError("ENOENT", path)
                mode = parse_mode(spec, node.mode, node.kind == DIR)
                assert mode is not None
                sh.view.chmod(path, mode)
            except FsError as exc:
                if "f" not in opts:
                    io.err(_chmod_error(sh, arg if path == sh.path(arg) else path, exc))
                status = 1
    return status


def _chmod_error(sh: Shell, shown: str, exc: FsError) -> str:
    text = ERRNO_TEXT[exc.code]
    if sh.flavor == BUSYBOX:
        return f"chmod: {shown}: {text}"  # coreutils/chmod.c: bb_simple_perror_msg(fileName)
    if exc.code == "ENOENT":
        return f"chmod: cannot access {sh.quote(shown)}: {text}"
    return f"chmod: changing permissions of {sh.quote(shown)}: {text}"


def _unread(sh: Shell, shown: str, code: str) -> str:
    """chmod -R's line for a folder it may not open, after its own change was tried: GNU's fts
    hands it back as FTS_DNR (coreutils src/chmod.c process_file, "cannot read directory"),
    BusyBox's recursive_action says bb_simple_perror_msg(name)."""
    if sh.flavor == BUSYBOX:
        return f"chmod: {shown}: {ERRNO_TEXT[code]}"
    return f"chmod: cannot read directory {sh.quote(shown)}: {ERRNO_TEXT[code]}"


def _walk(sh: Shell, path: str, recursive: bool) -> list[tuple[str, str | None]]:
    """The entries chmod changes in walk order, each folder before what it holds; a folder the
    user may not open comes again after itself with its error code."""
    node = sh.view.get(path)
    if not recursive or node is None or node.kind != DIR:
        return [(path, None)]
    out: list[tuple[str, str | None]] = [(path, None)]
    try:
        names = sh.view.children(path)
    except FsError as exc:
        return [*out, (path, exc.code)]
    for name in names:
        out += _walk(sh, join(path, name), True)
    return out


def rmdir(sh: Shell, argv: list[str], io: IO) -> int:
    _, operands = _options(sh, io, "rmdir", argv, "p")
    if not operands:
        raise _missing(io, "rmdir", "missing operand")
    status = 0
    for arg in operands:
        path = sh.path(arg)
        try:
            node = sh.view.get(path)
            if node is None:
                raise FsError("ENOENT", path)
            if node.kind != DIR:
                raise FsError("ENOTDIR", path)
            sh.view.remove(path)
        except FsError as exc:
            text = ERRNO_TEXT[exc.code]
            # coreutils rmdir.c: "failed to remove %s"; BusyBox rmdir.c: bb_perror_msg("'%s'")
            io.err(f"rmdir: '{arg}': {text}" if sh.flavor == BUSYBOX
                   else f"rmdir: failed to remove {sh.quote(arg)}: {text}")
            status = 1
    return status
