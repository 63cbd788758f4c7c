"""Base images' file trees, read from compact path lists in data/rootfs/*.txt.

A list names paths, never byte content (except a few small text files); sizes are the real
files' sizes where known, plausible elsewhere. Line forms (data/rootfs/README.md lists the sources):

    /dir/ [MODE] [@UID]         a directory (mode 755 unless given)
    /file SIZE [MODE] [@UID]    a regular file of SIZE bytes (mode 644 unless given)
    /file = /other              a hard link: the same file as /other (BusyBox's applets)
    /path -> TARGET             a symbolic link
    == /file [MODE]             a text file: the lines up to the next `==` line are its content
    {a,b,c}                     in a path: one line for each name

The simulator's trees have no link nodes: a link stands as a copy of what it points to (the
file, or the directory with everything under it), and `links` keeps what the link says, so
listing and reading through it match a real image; only `ls -l` of the link itself differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .fs import DIR, Node, dir_node, file_node, normpath, parent_of

DATA = Path(__file__).parent / "data" / "rootfs"


@dataclass
class RootFs:
    """One image layer's files (path -> node) and its symbolic links (path -> target)."""

    files: dict[str, Node] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)


def _braces(path: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", path)
    if m is None:
        return [path]
    return [p for name in m.group(1).split(",") for p in _braces(path[:m.start()] + name + path[m.end():])]


def _props(words: list[str], default_mode: int) -> tuple[int, int]:
    mode, uid = default_mode, 0
    for w in words:
        if w.startswith("@"):
            uid = int(w[1:])
        else:
            mode = int(w, 8)
    return mode, uid


def _ensure_parents(fs: RootFs, path: str) -> None:
    parent = parent_of(path)
    while parent != "/" and parent not in fs.files:
        fs.files[parent] = dir_node()
        parent = parent_of(parent)


def _link(fs: RootFs, path: str, target: str) -> None:
    """A symbolic link, stood in for by a copy of what it points to (read in list order)."""
    fs.links[path] = target
    real = normpath(target, parent_of(path))
    node = fs.files.get(real)
    if node is None:
        raise ValueError(f"rootfs: {path} -> {target}: the target must come first")
    fs.files[path] = node
    if node.kind == DIR:
        prefix = real.rstrip("/") + "/"
        for p, n in list(fs.files.items()):
            if p.startswith(prefix):
                fs.files[path + "/" + p[len(prefix):]] = n


def _line(fs: RootFs, line: str) -> None:
    head, _, rest = line.partition(" ")
    words = rest.split()
    for path in _braces(head):
        clean = path.rstrip("/") or "/"
        _ensure_parents(fs, clean)
        if words[:1] == ["->"]:
            _link(fs, clean, words[1])
        elif words[:1] == ["="]:
            fs.files[clean] = fs.files[words[1]]
        elif path.endswith("/"):
            mode, uid = _props(words, 0o755)
            fs.files[clean] = dir_node(uid, mode)
        else:
            mode, uid = _props(words[1:], 0o644)
            fs.files[clean] = file_node("\x7fELF" if mode & 0o111 else "", uid, mode, int(words[0]))


def parse(text: str) -> RootFs:
    """The tree a path list describes."""
    fs = RootFs()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if line.startswith("== "):
            words = line[3:].split()
            body: list[str] = []
            while i < len(lines) and lines[i] != "==":
                body.append(lines[i])
                i += 1
            i += 1
            _ensure_parents(fs, words[0])
            mode, uid = _props(words[1:], 0o644)
            fs.files[words[0]] = file_node("".join(x + "\n" for x in body), uid, mode)
        elif line and not line.startswith("#"):
            _line(fs, line)
    return fs


@cache
def load(name: str) -> RootFs:
    """data/rootfs/NAME.txt, parsed once per process."""
    return parse((DATA / f"{name}.txt").read_text(encoding="utf-8"))
