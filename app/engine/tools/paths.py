"""basename, dirname, readlink and realpath: GNU coreutils 9.4's (src/basename.c, src/dirname.c,
src/readlink.c, src/realpath.c, with gnulib's base_name, dir_len and canonicalize.c) and BusyBox
1.37's (coreutils/basename.c, dirname.c, readlink.c, realpath.c, libbb/xreadlink.c).

readlink -f/-e/-m and realpath walk the name one component at a time as gnulib's
canonicalize_filename_mode does: each symbolic link read and spliced into what is left, "."
and ".." taken on the way, and what must exist checked by the mode (-e all, -f all but the
last, -m nothing). BusyBox asks the C library's realpath(3) and, for a missing last name, its
own fallback (xmalloc_realpath_coreutils).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .. import devfs, rootfs
from ..fs import DIR, ERRNO_TEXT, LINK, MAXSYMLINKS, FsError, Node
from ..toolkit import BUSYBOX, IO
from .common import Getopt, busybox_usage, fail, quote_arg, quotef, usage_error

if TYPE_CHECKING:
    from ..shell import Shell

EXISTING, ALL_BUT_LAST, MISSING = "existing", "all-but-last", "missing"

BASENAME_USAGE = """FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...

Strip directory path and SUFFIX from FILE

\t-a\t\tAll arguments are FILEs
\t-s SUFFIX\tRemove SUFFIX (implies -a)"""
DIRNAME_USAGE = "FILENAME\n\nStrip non-directory suffix from FILENAME"
READLINK_USAGE = """[-fnv] FILE

Display the value of a symlink

\t-n\tDon't add newline
\t-f\tCanonicalize by following all symlinks
\t-v\tVerbose"""
REALPATH_USAGE = "FILE...\n\nPrint absolute pathnames of FILEs"


# -- basename and dirname --------------------------------------------------------------------


def gnu_basename(name: str, suffix: str | None = None) -> str:
    """gnulib base_name then strip_trailing_slashes, then remove_suffix (not from a root, nor
    when the name is all suffix)."""
    stripped = name.rstrip("/")
    if not stripped:
        return "/" if name else ""
    base = stripped.rsplit("/", 1)[-1]
    if suffix and len(base) > len(suffix) and base.endswith(suffix):
        base = base[:-len(suffix)]
    return base


def gnu_dirname(name: str) -> str:
    """gnulib dir_len: the name without its last component and the slashes before it ("." when
    nothing is left, "/" for a name under the root)."""
    prefix = 1 if name.startswith("/") else 0
    base = len(name) - len(name.lstrip("/"))
    slash = False
    for i in range(base, len(name)):
        if name[i] == "/":
            slash = True
        elif slash:
            base, slash = i, False
    length = base
    while length > prefix and name[length - 1] == "/":
        length -= 1
    return name[:length] or "."


def _bb_basename(name: str, suffix: str | None) -> str:
    """bb_get_last_path_component_strip, then the suffix when the name is longer than it."""
    stripped = name
    while len(stripped) > 1 and stripped.endswith("/"):
        stripped = stripped[:-1]
    base = stripped if stripped == "/" else stripped.rsplit("/", 1)[-1]
    if suffix and len(base) > len(suffix) and base.endswith(suffix):
        base = base[:-len(suffix)]
    return base


def _bb_dirname(name: str) -> str:
    """The C library's dirname(3) (musl's steps: trailing slashes, the last name, the slashes before it)."""
    i = len(name) - 1
    if i < 0:
        return "."
    while name[i] == "/":
        if i == 0:
            return "/"
        i -= 1
    while name[i] != "/":
        if i == 0:
            return "."
        i -= 1
    while name[i] == "/":
        if i == 0:
            return "/"
        i -= 1
    return name[:i + 1]


def basename(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        parser = Getopt(sh, io, "basename", argv, "+as:", usage=BASENAME_USAGE)
        opts = parser.all()
        names = parser.operands
        if not names or (not opts.found and len(names) > 2):
            raise busybox_usage(io, "basename", BASENAME_USAGE)
        suffix = opts.last("s") if opts.found else (names[1] if len(names) == 2 else None)
        for name in names if opts.found else names[:1]:
            io.out(_bb_basename(name, suffix))
        return 0
    parser = Getopt(sh, io, "basename", argv, "+as:z", {"multiple": "a", "suffix": "s:", "zero": "z"})
    opts = parser.all()
    names = parser.operands
    multiple = opts.has("a", "s")
    if not names:
        raise usage_error(sh, io, "basename", "missing operand")
    if not multiple and len(names) > 2:
        raise usage_error(sh, io, "basename", f"extra operand {quote_arg(sh, names[2])}")
    end = "\0" if opts.has("z") else "\n"
    if multiple:
        for name in names:
            io.write(gnu_basename(name, opts.last("s")) + end)
    else:
        io.write(gnu_basename(names[0], names[1] if len(names) == 2 else None) + end)
    return 0


def dirname(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        names = argv[2:] if argv[1:2] == ["--"] else argv[1:]
        if len(names) != 1:  # single_argv: exactly one name, no options
            raise busybox_usage(io, "dirname", DIRNAME_USAGE)
        io.out(_bb_dirname(names[0]))
        return 0
    parser = Getopt(sh, io, "dirname", argv, "z", {"zero": "z"})
    opts = parser.all()
    if not parser.operands:
        raise usage_error(sh, io, "dirname", "missing operand")
    end = "\0" if opts.has("z") else "\n"
    for name in parser.operands:
        io.write(gnu_dirname(name) + end)
    return 0


# -- canonicalizing --------------------------------------------------------------------------


class PathError(Exception):
    """A lookup that failed, with its errno name."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _lstat(sh: Shell, path: str) -> Node | None:
    """The entry at a path whose folders are all real (no links on the way): lstat(2). An image's
    symbolic link (which the image's layer holds as a copy of its target, app/engine/rootfs.py)
    is seen as the link it is while the container has not replaced it."""
    try:
        node = sh.view.get(path)
    except FsError as exc:
        raise PathError(exc.code) from None
    if node is not None and node.kind != LINK and sh.where != "host":
        target = image_link(path, node)
        if target is not None:
            return devfs.link(target)
    return node


# the base layers app/engine/images.py builds from app/engine/data/rootfs/*.txt
_ROOTFS = ("buster", "node14", "busybox", "alpine", "ubuntu")


@cache
def _image_links() -> dict[str, list[tuple[Node, str]]]:
    """Each path that is a symbolic link in a base layer: the node standing in for it, its target."""
    found: dict[str, list[tuple[Node, str]]] = {}
    for name in _ROOTFS:
        fs = rootfs.load(name)
        for path, target in fs.links.items():
            found.setdefault(path, []).append((fs.files[path], target))
    return found


def image_link(path: str, node: Node) -> str | None:
    """The target of the image symbolic link a layer's node stands in for, if it is one."""
    return next((target for stand_in, target in _image_links().get(path, ()) if stand_in is node), None)


def _stat(sh: Shell, path: str, want_dir: bool = False) -> None:
    """stat(2) through links (faccessat F_OK, with "/./" for a folder): nothing when it resolves,
    else PathError."""
    real = canonical(sh, path, EXISTING)
    if want_dir:
        node = _lstat(sh, real)
        if node is None or node.kind != DIR:
            raise PathError("ENOTDIR")


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] or "/"


def _needs_dir(rest: str) -> bool:
    """gnulib suffix_requires_dir_check: what follows a name makes it a folder ("/", "/.", "/..")."""
    i = 0
    while i < len(rest) and rest[i] == "/":
        while i < len(rest) and rest[i] == "/":
            i += 1
        if i == len(rest):
            return True
        if rest[i] != ".":
            return False
        i += 1
        if i == len(rest) or (rest[i] == "." and (i + 1 == len(rest) or rest[i + 1] == "/")):
            return True
    return False


@dataclass
class _Walk:
    """canonicalize_filename_mode's state: the resolved part, what is left, links followed."""

    dest: str
    rest: str
    links: int = 0


def _component_ok(sh: Shell, walk: _Walk, end: str, mode: str, nolinks: bool, code: str) -> bool:
    """A name that is no link (or not looked at, -s): whether the mode accepts it (the one
    condition gnulib checks before `goto error`); code is readlink's errno."""
    if mode == MISSING:
        return True
    try:
        if _needs_dir(end):
            _stat(sh, walk.dest, want_dir=True)
            return True
        if not nolinks:
            if code == "EINVAL":
                return True
            raise PathError(code)
        if end:
            return True
        _stat(sh, walk.dest)
        return True
    except PathError as exc:
        if mode == ALL_BUT_LAST and exc.code == "ENOENT" and not end.strip("/"):
            return True
        raise


def _follow(walk: _Walk, target: str, end: str) -> None:
    """Splice a link's target into what is left to walk."""
    walk.links += 1
    walk.rest = target + end
    walk.dest = "/" if target.startswith("/") else _parent(walk.dest)


def canonical(sh: Shell, name: str, mode: str, nolinks: bool = False) -> str:
    """gnulib canonicalize_filename_mode: the absolute name without links, "." or ".."; PathError."""
    if not name:
        raise PathError("ENOENT")
    walk = _Walk("/" if name.startswith("/") else sh.cwd, name)
    while walk.rest:
        start = walk.rest.lstrip("/")
        comp, _, _ = start.partition("/")
        end = start[len(comp):]
        walk.rest = end
        if not comp or comp == ".":
            continue
        if comp == "..":
            walk.dest = _parent(walk.dest)
            continue
        walk.dest = posixpath.join(walk.dest, comp)
        node, code = _readlink_at(sh, walk.dest, nolinks)
        if node is not None and node.kind == LINK:
            if walk.links >= MAXSYMLINKS:
                if mode == MISSING:
                    continue
                raise PathError("ELOOP")
            _follow(walk, node.data, end)
            continue
        if not _component_ok(sh, walk, end, mode, nolinks, code):
            raise PathError(code)
    return walk.dest


def _readlink_at(sh: Shell, path: str, nolinks: bool) -> tuple[Node | None, str]:
    """readlink(2) on a path whose folders are resolved: the link node, or the errno it fails
    with (EINVAL: there, and no link; ENOTDIR: under a file)."""
    if nolinks:
        return None, "EINVAL"
    try:
        node = _lstat(sh, path)
        if node is not None:
            return node, "EINVAL"
        parent = _lstat(sh, _parent(path))
    except PathError as exc:
        return None, exc.code
    return None, "ENOTDIR" if parent is not None and parent.kind != DIR else "ENOENT"


def _relative(path: str, base: str) -> str:
    """gnulib relpath: path from the folder base."""
    return posixpath.relpath(path, base)


# -- readlink --------------------------------------------------------------------------------


def link_target(sh: Shell, name: str) -> str:
    """readlink(2): the target of the link name is, its folders looked up as the kernel does
    (through links); EINVAL when it is no link, ENOENT or ENOTDIR when the lookup fails."""
    if not name:
        raise PathError("ENOENT")
    folder, _, last = name.rpartition("/")
    if last in ("", ".", ".."):
        _stat(sh, name if name.startswith("/") else posixpath.join(sh.cwd, name))
        raise PathError("EINVAL")
    parent = canonical(sh, folder or ("/" if name.startswith("/") else "."), EXISTING)
    node = _lstat(sh, parent)
    if node is None or node.kind != DIR:
        raise PathError("ENOTDIR")
    node = _lstat(sh, posixpath.join(parent, last))
    if node is None:
        raise PathError("ENOENT")
    if node.kind != LINK:
        raise PathError("EINVAL")
    return node.data


def _gnu_readlink_one(sh: Shell, name: str, mode: str | None) -> str:
    if mode is not None:
        return canonical(sh, name, mode)
    return link_target(sh, name)


def _gnu_readlink(sh: Shell, argv: list[str], io: IO) -> int:
    parser = Getopt(sh, io, "readlink", argv, "efmnqsvz", {
        "canonicalize": "f", "canonicalize-existing": "e", "canonicalize-missing": "m", "no-newline": "n",
        "quiet": "q", "silent": "s", "verbose": "v", "zero": "z"})
    mode: str | None = None
    verbose, no_newline, end = False, False, "\n"
    for key, _ in parser:
        mode = {"e": EXISTING, "f": ALL_BUT_LAST, "m": MISSING}.get(key, mode)
        verbose = {"q": False, "s": False, "v": True}.get(key, verbose)
        no_newline = no_newline or key == "n"
        end = "\0" if key == "z" else end
    names = parser.operands
    if not names:
        raise usage_error(sh, io, "readlink", "missing operand")
    if len(names) > 1:
        if no_newline:
            io.err("readlink: ignoring --no-newline with multiple arguments")
        no_newline = False
    status = 0
    for name in names:
        try:
            io.write(_gnu_readlink_one(sh, name, mode) + ("" if no_newline else end))
        except PathError as exc:
            status = 1
            if verbose:
                io.err(f"readlink: {quotef(name)}: {ERRNO_TEXT.get(exc.code, exc.code)}")
    return status


def bb_realpath(sh: Shell, name: str) -> str:
    """libbb xmalloc_realpath_coreutils: realpath(3), and for a missing last name the link's
    target (from the working folder) or the real parent with the name added."""
    try:
        return canonical(sh, name, EXISTING)
    except PathError as exc:
        if exc.code != "ENOENT":
            raise
    try:
        link: str | None = link_target(sh, name)
    except PathError:
        link = None
    if link is not None:
        return bb_realpath(sh, link if link.startswith("/") else posixpath.join(sh.cwd, link))
    path = name
    while path.startswith("//"):
        path = path[1:]
    path = path.rstrip("/") or path[:1]
    slash = path.rfind("/")
    if slash == 0:
        return path
    if slash < 0:
        raise PathError("ENOENT")
    parent = canonical(sh, path[:slash], EXISTING)
    return posixpath.join(parent, path[slash + 1:])


def _bb_readlink(sh: Shell, argv: list[str], io: IO) -> int:
    opts = Getopt(sh, io, "readlink", argv, "nfvsq", usage=READLINK_USAGE).all()
    if len(opts.operands) != 1:
        raise busybox_usage(io, "readlink", READLINK_USAGE)
    name = opts.operands[0]
    try:
        value = bb_realpath(sh, name) if opts.has("f") else link_target(sh, name)
    except PathError as exc:
        if opts.has("v") and not opts.has("f"):  # xmalloc_readlink_or_warn; -f fails silently
            text = "not a symlink" if exc.code == "EINVAL" else ERRNO_TEXT.get(exc.code, exc.code)
            io.err(f"readlink: {name}: cannot read link: {text}")
        return 1
    io.write(value + ("" if opts.has("n") else "\n"))
    return 0


def readlink(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_readlink(sh, argv, io)
    return _gnu_readlink(sh, argv, io)


# -- realpath --------------------------------------------------------------------------------


@dataclass
class _RealpathOptions:
    mode: str = ALL_BUT_LAST
    nolinks: bool = False
    logical: bool = False
    quiet: bool = False
    end: str = "\n"
    relative_to: str | None = None
    relative_base: str | None = None


def _realpath_options(sh: Shell, io: IO, argv: list[str]) -> tuple[_RealpathOptions, list[str]]:
    o = _RealpathOptions()
    parser = Getopt(sh, io, "realpath", argv, "eLmPqsz", {
        "canonicalize-existing": "e", "canonicalize-missing": "m", "relative-to": "relative-to:",
        "relative-base": "relative-base:", "quiet": "q", "strip": "s", "no-symlinks": "s", "zero": "z",
        "logical": "L", "physical": "P"})
    for key, value in parser:
        if key in "em":
            o.mode = EXISTING if key == "e" else MISSING
        elif key in "LsP":
            o.nolinks, o.logical = key != "P", key == "L"
        elif key == "q":
            o.quiet = True
        elif key == "z":
            o.end = "\0"
        elif key == "relative-to":
            o.relative_to = value
        elif key == "relative-base":
            o.relative_base = value
    if not parser.operands:
        raise usage_error(sh, io, "realpath", "missing operand")
    return o, parser.operands


def _realpath_canon(sh: Shell, o: _RealpathOptions, name: str) -> str:
    """realpath.c realpath_canon: -L takes ".." first, then follows the links of what is left."""
    path = canonical(sh, name, o.mode, o.nolinks)
    return canonical(sh, path, o.mode) if o.logical else path


def _under(prefix: str, path: str) -> bool:
    """realpath.c path_prefix: prefix is path or one of its parent folders."""
    return prefix == "/" or path == prefix or path.startswith(prefix + "/")


def _relative_bases(sh: Shell, io: IO, o: _RealpathOptions) -> tuple[str | None, str | None]:
    """--relative-to and --relative-base made canonical (each must be a folder with -e)."""
    to_name = o.relative_to or o.relative_base
    if to_name is None:
        return None, None
    canon: dict[str, str] = {}
    for name in dict.fromkeys(n for n in (to_name, o.relative_base) if n is not None):
        try:
            canon[name] = _realpath_canon(sh, o, name)
            if o.mode == EXISTING:
                _stat(sh, canon[name], want_dir=True)
        except PathError as exc:
            raise fail(io, f"realpath: {quotef(name)}: {ERRNO_TEXT.get(exc.code, exc.code)}") from None
    to, base = canon[to_name], (canon[o.relative_base] if o.relative_base is not None else None)
    if base is not None and not _under(base, to):
        return None, base
    return to, base


def _gnu_realpath(sh: Shell, argv: list[str], io: IO) -> int:
    o, names = _realpath_options(sh, io, argv)
    to, base = _relative_bases(sh, io, o)
    status = 0
    for name in names:
        try:
            path = _realpath_canon(sh, o, name)
        except PathError as exc:
            status = 1
            if not o.quiet:
                io.err(f"realpath: {quotef(name)}: {ERRNO_TEXT.get(exc.code, exc.code)}")
            continue
        if to is not None and (base is None or _under(base, path)):
            path = _relative(path, to)
        io.write(path + o.end)
    return status


def _bb_realpath(sh: Shell, argv: list[str], io: IO) -> int:
    names = argv[1:]
    if not names:
        raise busybox_usage(io, "realpath", REALPATH_USAGE)
    status = 0
    for name in names:
        try:
            io.out(bb_realpath(sh, name))
        except PathError as exc:
            io.err(f"realpath: {name}: {ERRNO_TEXT.get(exc.code, exc.code)}")
            status = 1
    return status


def realpath(sh: Shell, argv: list[str], io: IO) -> int:
    if sh.flavor == BUSYBOX:
        return _bb_realpath(sh, argv, io)
    return _gnu_realpath(sh, argv, io)
