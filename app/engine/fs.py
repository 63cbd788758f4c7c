"""File trees, overlay lookups and the naive diff that overlay2 uses.

A tree is a flat mapping from absolute path to an immutable node. The root "/" is implicit.
Image layers are frozen trees shared between images; container layers, the host disk and
tmpfs mounts are mutable trees copied cheaply (nodes are immutable, so a copy is a dict copy).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from . import budget

FILE = "f"
DIR = "d"
WHITEOUT = "w"
# Kinds only the runtime's /dev holds (app/engine/devfs.py): image layers keep no device nodes, and
# their symbolic links stand as copies of their targets (app/engine/rootfs.py).
CHAR = "c"  # a character device: rdev says which
BLOCK = "b"  # a block device (the host's disk)
LINK = "l"  # a symbolic link: data is its target

# The null device every Linux machine and container has (a character device, not a file in a layer):
# what is written there is dropped and reading it gives nothing (the shell's redirections, tools' input).
DEV_NULL = "/dev/null"

ROOT_UID = 0
LEARNER_UID = 1000
HOST_USERS = {ROOT_UID: "root", LEARNER_UID: "learner"}  # the learner's machine's accounts


@dataclass(frozen=True, slots=True)
class Node:
    """One entry of a tree: a file, a directory or an overlay whiteout."""

    kind: str
    data: str = ""
    size: int = 0
    mode: int = 0o644
    uid: int = ROOT_UID
    opaque: bool = False
    # When `touch` last set the file's times (the simulated clock), else 0. A touch changes no byte,
    # and `nodemon -L` polls mtimes (chokidar's usePolling compares stat.mtimeMs), so it restarts.
    # Writes leave it 0: their bytes tell the change; ls -l and stat still print the world's start.
    mtime: int = 0
    rdev: int = 0  # a device's number, major * 256 + minor (CHAR and BLOCK only)
    gid: int = -1  # its group when not the owner's own (a device's tty or disk group)

    def __getstate__(self) -> list[object]:
        state: list[object] = [self.kind, self.data, self.size, self.mode, self.uid, self.opaque, self.mtime]
        # only devices carry the last two: every other node pickles as before
        return state if self.rdev == 0 and self.gid == -1 else [*state, self.rdev, self.gid]

    def __setstate__(self, state: list[object]) -> None:
        """Also a node pickled before `mtime` existed (a snapshot saved then): its fields stop short."""
        names = ("kind", "data", "size", "mode", "uid", "opaque", "mtime", "rdev", "gid")
        defaults: list[object] = [FILE, "", 0, 0o644, ROOT_UID, False, 0, 0, -1]
        for name, value in zip(names, [*state, *defaults[len(state):]], strict=True):
            object.__setattr__(self, name, value)

    @property
    def is_dir(self) -> bool:
        return self.kind == DIR

    @property
    def is_file(self) -> bool:
        return self.kind == FILE


def file_node(data: str, uid: int = ROOT_UID, mode: int = 0o644, size: int | None = None) -> Node:
    """A regular file whose size is its UTF-8 length unless given (stand-ins for binaries)."""
    return Node(FILE, data, len(data.encode()) if size is None else size, mode, uid)


def dir_node(uid: int = ROOT_UID, mode: int = 0o755, opaque: bool = False) -> Node:
    return Node(DIR, "", 0, mode, uid, opaque)


def link_node(target: str, uid: int = ROOT_UID) -> Node:
    """A symbolic link: its data is the target as written, its size the target's length."""
    return Node(LINK, target, size=len(target.encode()), mode=0o777, uid=uid)


def mode_bits(mode: int) -> str:
    """ls -l's nine permission letters (a sticky directory's last one is t, or T without x; a
    set-user-ID or set-group-ID program's x is s, or S without x: sudo is 4755)."""
    bits = "".join(ch if mode & (1 << (8 - i)) else "-" for i, ch in enumerate("rwxrwxrwx"))
    for bit, at in ((0o4000, 2), (0o2000, 5)):
        if mode & bit:
            bits = bits[:at] + ("s" if mode & (1 << (8 - at)) else "S") + bits[at + 1:]
    if mode & 0o1000:
        bits = bits[:8] + ("t" if mode & 1 else "T")
    return bits


def du_bytes(node: Node) -> int:
    """What moby's directory.Size adds for one entry: lstat's size of anything but a folder, so a
    symbolic link counts its target's length and a whiteout (a 0/0 device) nothing
    (internal/directory/directory_unix.go; hard links, counted once there, are not simulated)."""
    return 0 if node.kind == DIR else node.size


WHITEOUT_NODE = Node(WHITEOUT, mode=0)
_ROOT = Node(DIR, mode=0o755)


class FsError(Exception):
    """A kernel error (errno name) raised by a file operation, turned into a message by the shell."""

    def __init__(self, code: str, path: str = "", path2: str = "") -> None:
        super().__init__(code, path)
        self.code = code
        self.path = path
        self.path2 = path2


ERRNO_TEXT = {
    "ENOENT": "No such file or directory",
    "EEXIST": "File exists",
    "EISDIR": "Is a directory",
    "ENOTDIR": "Not a directory",
    "ENOTEMPTY": "Directory not empty",
    "EROFS": "Read-only file system",
    "EXDEV": "Invalid cross-device link",
    "EACCES": "Permission denied",
    "ENOSPC": "No space left on device",
    "ENAMETOOLONG": "File name too long",
    "EINVAL": "Invalid argument",
    "EBUSY": "Device or resource busy",
    "ENXIO": "No such device or address",
    "EBADF": "Bad file descriptor",
    "EPERM": "Operation not permitted",
    "ELOOP": "Too many levels of symbolic links",
}

# Linux follows at most 40 symbolic links in one lookup, then fails with ELOOP (fs/namei.c MAXSYMLINKS)
MAXSYMLINKS = 40

NAME_MAX = 255
PATH_MAX = 4096


def normpath(path: str, cwd: str = "/") -> str:
    """Absolute, normalised form of path relative to cwd ('..' above '/' stays at '/')."""
    if not path.startswith("/"):
        path = cwd.rstrip("/") + "/" + path
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/" + "/".join(parts)


def parent_of(path: str) -> str:
    head = path.rsplit("/", 1)[0]
    return head or "/"


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


# Folders a walk up or down a path passes for free; each one past them is a step of the line's
# budget. A path may be 2,000 folders deep (PATH_MAX), and every lookup of a file there walked them
# all, uncharged: a build whose context held 3,000 files 1,500 folders down took 8 s, `mkdir -p` of
# 4,000 folders 9 s, of 30,000 more than 20 s, all inside one line's budget of 1,000,000 steps.
FREE_PATH_DEPTH = 64
# Past them a folder costs a step more for each KiB of its path: each ancestor is a new string as
# long as its path, made and then hashed, so a walk up a path d folders deep is d * d work, not d.
# (`mkdir -p` 3,000 folders deep in a container, its paths 14,000 characters long, took 6.2 s to the
# budget's end, 9,999 folders deep 13 s and 228 MB, a lookup's ancestors listed whole.)
PATH_KIB_SHIFT = 10


def ancestors(path: str) -> Iterator[str]:
    """Proper ancestors of path, nearest first, excluding '/'."""
    walked = 0
    while True:
        path = parent_of(path)
        if path == "/":
            return
        walked += 1
        if walked > FREE_PATH_DEPTH:
            budget.current().step(1 + (len(path) >> PATH_KIB_SHIFT))
        yield path


def check_name_length(path: str) -> None:
    raw = path.encode()  # the longest name found by split and max: one pass in C, not a loop per folder
    if len(raw) >= PATH_MAX or max(map(len, raw.split(b"/"))) > NAME_MAX:
        raise FsError("ENAMETOOLONG", path)


def is_under(path: str, top: str) -> bool:
    """True when path is top or inside it."""
    return top == "/" or path == top or path.startswith(top + "/")


_REVISIONS = itertools.count(1)


class Tree:
    """A mutable (or frozen) flat file tree with a lazily built children index.

    `rev` names the tree's content within this process: a copy keeps it and every change takes a
    fresh one, so two trees with the same rev hold the same files (views use it to skip redrawing).

    A copy shares its original's children index until either of them adds an entry (then that one
    takes its own copy of the index's mapping, and of the one folder's list it changes): a world is
    copied for every command, and building the index again from every entry, at the copy's first
    listing, was a tenth of a lesson command's time. The blockers set is shared the same way, and
    so is the mapping of entries itself: the store keeps a couple of thousand recent worlds, each
    with the host's root (about 500 entries), and a copy of that mapping in each was a third of
    what a full pass of the garbage collector walked.
    """

    __slots__ = ("_blockers", "_blockers_shared", "_bytes", "_entries_shared", "_kids", "_kids_owned", "_kids_shared",
                 "entries", "frozen", "rev", "whole")

    def __init__(self, entries: dict[str, Node] | None = None, frozen: bool = False) -> None:
        self.entries: dict[str, Node] = entries if entries is not None else {}
        self._entries_shared = False  # entries is a copy's too: the first change takes its own
        self.frozen = frozen
        self._kids: dict[str, list[str]] | None = None
        self._kids_shared = False
        self._kids_owned: set[str] | None = None  # the index's lists this tree may change (None: all)
        self._blockers: set[str] | None = None
        self._blockers_shared = False
        self._bytes: int | None = None  # the bytes its files hold (data_bytes), once counted
        # every entry's folder is an entry too (the host's disk: hostroot.py), so a walk may go
        # down the children index rather than read every entry
        self.whole = False
        self.rev = next(_REVISIONS)

    def __getstate__(self) -> dict[str, object]:
        return {"entries": self.entries, "frozen": self.frozen}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["entries"], bool(state["frozen"]))  # type: ignore[arg-type, misc]

    def blockers(self) -> AbstractSet[str]:
        """Paths that hide what lower layers hold beneath them: whiteouts, files, opaque dirs (read
        only: `set` keeps the set up to date as entries come and go)."""
        if self._blockers is None:
            self._blockers = {p for p, n in self.entries.items() if n.kind != DIR or n.opaque}
        return self._blockers

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tree) and self.entries == other.entries

    __hash__ = None  # type: ignore[assignment]

    def copy(self) -> Tree:
        if self.frozen:
            return self
        twin = Tree(self.entries)
        twin._entries_shared = self._entries_shared = True
        twin.rev = self.rev
        if self._kids is not None:
            twin._kids = self._kids
            twin._kids_shared = self._kids_shared = True
            twin._kids_owned, self._kids_owned = set(), set()
        if self._blockers is not None:
            twin._blockers = self._blockers
            twin._blockers_shared = self._blockers_shared = True
        twin._bytes = self._bytes
        twin.whole = self.whole
        return twin

    def data_bytes(self) -> int:
        """The bytes its files really hold (a stand-in's shown size is not held): counted once,
        then kept up to date as entries come and go (the world's cap on what is stored)."""
        if self._bytes is None:
            budget.current().step(len(self.entries))
            self._bytes = sum(len(n.data) for n in self.entries.values())
        return self._bytes

    def _kid_list(self, parent: str) -> list[str]:
        """parent's names in the index as this tree's own list, to change (copy on write)."""
        assert self._kids is not None
        if self._kids_shared:
            self._kids = dict(self._kids)
            self._kids_shared = False
        names = self._kids.get(parent)
        if names is None or (self._kids_owned is not None and parent not in self._kids_owned):
            names = self._kids[parent] = list(names or ())
            if self._kids_owned is not None:
                self._kids_owned.add(parent)
        return names

    def _own_blockers(self) -> set[str]:
        assert self._blockers is not None
        if self._blockers_shared:
            self._blockers = set(self._blockers)
            self._blockers_shared = False
        return self._blockers

    def freeze(self) -> Tree:
        return Tree(dict(self.entries), frozen=True)

    def get(self, path: str) -> Node | None:
        return self.entries.get(path)

    def __contains__(self, path: str) -> bool:
        return path in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def _own_entries(self) -> dict[str, Node]:
        """The entries as this tree's own mapping, to change (copy on write)."""
        if self._entries_shared:
            self.entries = dict(self.entries)
            self._entries_shared = False
        return self.entries

    def set(self, path: str, node: Node) -> None:
        assert not self.frozen, "frozen tree"
        self.rev = next(_REVISIONS)
        if self._bytes is not None:
            old = self.entries.get(path)
            self._bytes += len(node.data) - (len(old.data) if old is not None else 0)
        if path not in self.entries and self._kids is not None:
            # keep the index: rebuilding it after each new entry made copying a tree quadratic
            bisect.insort(self._kid_list(parent_of(path)), basename(path))
        if self._blockers is not None:
            # kept up to date rather than dropped: every file written into a layer would otherwise
            # make the next overlay lookup scan the whole layer again (npm install writes hundreds)
            blocks = node.kind != DIR or node.opaque
            if blocks != (path in self._blockers):
                if blocks:
                    self._own_blockers().add(path)
                else:
                    self._own_blockers().discard(path)
        self._own_entries()[path] = node

    def delete(self, path: str) -> None:
        """Delete path and everything below it."""
        assert not self.frozen, "frozen tree"
        self.rev = next(_REVISIONS)
        budget.current().step(len(self.entries))  # the scan below reads every entry
        popped = self._own_entries().pop(path, None)
        existed = popped is not None
        prefix = path.rstrip("/") + "/"
        gone = [p for p in self.entries if p.startswith(prefix)]
        if self._bytes is not None:
            self._bytes -= sum(len(self.entries[p].data) for p in gone) + (len(popped.data) if popped else 0)
        for p in gone:
            del self.entries[p]
        if self._kids is not None:
            # kept rather than dropped, as set keeps it: the host's root has hundreds of entries
            # (hostroot.py), and a listing after each rm rebuilt the index from them all
            if existed:
                names = self._kid_list(parent_of(path))
                at = bisect.bisect_left(names, basename(path))
                if at < len(names) and names[at] == basename(path):
                    del names[at]
            if self._kids_shared:
                self._kids = dict(self._kids)
                self._kids_shared = False
            for p in (path, *gone):
                self._kids.pop(p, None)
        if self._blockers is not None:
            self._own_blockers().difference_update((path, *gone))

    def children(self, path: str) -> list[str]:
        """Names directly inside path, sorted."""
        if self._kids is None:
            budget.current().step(len(self.entries))
            kids: dict[str, list[str]] = {}
            for p in self.entries:
                kids.setdefault(parent_of(p), []).append(basename(p))
            for names in kids.values():
                names.sort()
            self._kids = kids
            self._kids_owned = None
            self._kids_shared = False
        return self._kids.get(path, [])

    def walk(self, top: str) -> Iterator[tuple[str, Node]]:
        """Entries strictly below top, in path order (through the children index of a whole tree
        that has one: the host's root holds hundreds of entries a walk of a folder need not read)."""
        if self._kids is None or not self.whole:
            prefix = "/" if top == "/" else top + "/"
            budget.current().step(len(self.entries))
            found = [p for p in self.entries if p.startswith(prefix)]
        else:
            found, todo = [], [top]
            while todo:
                here = todo.pop()
                for name in self._kids.get(here, ()):
                    path = _join(here, name)
                    found.append(path)
                    todo.append(path)
            budget.current().step(len(found))
        for p in sorted(found):
            yield p, self.entries[p]

    def size(self) -> int:
        """The bytes moby's directory.Size counts here (internal/directory/directory_unix.go)."""
        budget.current().step(len(self.entries))
        return sum(du_bytes(n) for n in self.entries.values())

    def ensure_dirs(self, path: str, uid: int = ROOT_UID) -> None:
        """Create path and its missing ancestors as directories."""
        todo = [path, *ancestors(path)] if path != "/" else []
        for p in reversed(todo):
            if p not in self.entries:
                self.set(p, dir_node(uid))


def tree_from(files: dict[str, str | Node], uid: int = ROOT_UID) -> Tree:
    """Build a tree from {path: content or Node}, creating parent directories."""
    tree = Tree()
    for path, content in files.items():
        tree.ensure_dirs(parent_of(path), uid)
        if isinstance(content, Node):
            tree.set(path, content)
        elif path.endswith("/"):
            tree.ensure_dirs(path.rstrip("/"), uid)
        else:
            tree.set(path, file_node(content, uid))
    return tree


# ---------------------------------------------------------------------------------------------
# Overlay semantics over a stack of trees (top first).


# Layers a lookup walks for free. A deeper walk charges a step per LAYERS_A_STEP layers (a layer
# looked at costs about an eighth of what a tree entry walked does): the budget's steps bound a
# line's time only if a walk through 3,000 layers (a build of 3,000 RUN lines that each write a
# file: 3.6 s of lookups, 90,000 steps when it was free) costs what it takes. overlay2 itself stops
# at 128 lower layers ("max depth exceeded"); the course's images have a dozen.
FREE_DEPTH = 16
LAYERS_A_STEP = 8


# A path longer than this has its ancestors made again for each layer that could hide it rather than
# listed once for all of them (a list of a path 10,000 folders deep held 250 MB).
LISTED_PATH = PATH_MAX


def overlay_get(layers: Iterable[Tree], path: str) -> Node | None:
    """The node a union mount shows at path, or None when absent or whited out."""
    if path == "/":
        return _ROOT
    ancs: list[str] | None = None
    listed = len(path) <= LISTED_PATH
    found: Node | None = None
    walked = 0
    for layer in layers:
        walked += 1
        node = layer.entries.get(path)
        if node is not None:
            found = None if node.kind == WHITEOUT else node
            break
        blockers = layer.blockers()
        if blockers:
            if ancs is None and listed:
                ancs = list(ancestors(path))
            if not blockers.isdisjoint(ancestors(path) if ancs is None else ancs):
                break
    if walked > FREE_DEPTH:
        budget.current().step(walked // LAYERS_A_STEP)
    return found


def overlay_children(layers: list[Tree], path: str) -> list[str]:
    """Names a union mount shows inside directory path, sorted."""
    if len(layers) > FREE_DEPTH:
        budget.current().step(len(layers) // LAYERS_A_STEP)
    seen: dict[str, bool] = {}
    for layer in layers:
        for name in layer.children(path):
            if name not in seen:
                seen[name] = layer.entries[_join(path, name)].kind != WHITEOUT
        here = layer.entries.get(path)
        if here is not None and (here.kind != DIR or here.opaque):
            break
        if path != "/" and _hidden_in(layer, path):
            break
    return sorted(name for name, alive in seen.items() if alive)


def _hidden_in(layer: Tree, path: str) -> bool:
    blockers = layer.blockers()
    return bool(blockers) and not blockers.isdisjoint(ancestors(path))


def _join(path: str, name: str) -> str:
    return "/" + name if path == "/" else path + "/" + name


join = _join


def overlay_walk(layers: list[Tree], top: str) -> Iterator[tuple[str, Node]]:
    """Every visible entry strictly below top, parents before children.

    Merges the layers bottom-up: a whiteout removes an entry and what is below it, an opaque
    directory hides the lower layers' children.
    """
    if overlay_get(layers, top) is None and top != "/":
        return
    prefix = "/" if top == "/" else top + "/"
    budget.current().step(sum(len(layer.entries) for layer in layers))
    merged: dict[str, Node] = {}
    for layer in reversed(layers):
        for path, node in layer.entries.items():
            if not path.startswith(prefix):
                continue
            prev = merged.get(path)
            if node.opaque or (prev is not None and prev.kind == DIR and node.kind != DIR):
                below = path + "/"
                for p in [p for p in merged if p.startswith(below)]:
                    del merged[p]
            if node.kind == WHITEOUT:
                merged.pop(path, None)
            else:
                merged[path] = node
        if top != "/" and any((n := layer.entries.get(a)) is not None and (n.kind != DIR or n.opaque)
                              for a in (top, *ancestors(top))):
            merged = {p: n for p, n in merged.items() if p in layer.entries}
    for path in sorted(merged, key=lambda p: p.split("/")):
        yield path, merged[path]


def naive_diff(upper: Tree, lowers: list[Tree]) -> list[tuple[str, str]]:
    """docker diff: (kind, path) for what upper changes over lowers, parents before children.

    Follows go-archive's ChangesDirs as overlay2 uses it: a directory's own mtime is ignored, so
    an unchanged directory is listed (C) only because a change lies beneath it.
    """
    changes: dict[str, str] = {}
    budget.current().step(len(upper.entries) * (1 + len(lowers)))  # an overlay lookup per entry
    for path, node in upper.entries.items():
        below = overlay_get(lowers, path)
        if node.kind == WHITEOUT:
            if below is not None:
                changes[path] = "D"
        elif below is None:
            changes[path] = "A"
        elif node.kind == FILE or below.kind != node.kind or node.mode != below.mode or node.uid != below.uid:
            changes[path] = "C"
        if node.kind == DIR and node.opaque and below is not None and below.kind == DIR:
            for lp, _ in overlay_walk(lowers, path):
                if lp not in upper.entries and parent_of(lp) == path:
                    changes[lp] = "D"
    # Drop D entries under another deleted entry (one D for the entry only).
    for path in [p for p, k in changes.items() if k == "D"]:
        if any(changes.get(a) == "D" for a in ancestors(path)):
            del changes[path]
    for path in list(changes):
        for anc in ancestors(path):
            if anc not in changes:
                changes[anc] = "C"
    return sorted(((k, p) for p, k in changes.items()), key=lambda kp: kp[1].split("/"))
