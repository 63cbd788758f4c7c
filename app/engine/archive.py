"""Tar archives held in the simulated files: what `docker export`, `docker save` and `tar -c` write,
and what `tar -t`, `tar -x`, `docker load` and `docker import` read.

A file's content is text here, so an archive is kept in a compact form (a marker line, then one
JSON line per member) rather than as 512-byte blocks; the size `ls -l` shows is the real tar's,
written on the marker line and taken by View.write_file. Sizes follow the writers: Go's
archive/tar (docker's: a header per member, a PAX header when the name needs one, the data padded
to 512 bytes, two zero blocks), GNU tar (././@LongLink for a long name, the whole rounded up to its
10240-byte record) and BusyBox tar (the same headers, two zero blocks, no rounding).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import budget, rootfs
from .fs import BLOCK as BLOCK_DEVICE
from .fs import CHAR, DIR, FILE, LINK, Node, Tree, link_node, normpath, parent_of
from .world import EPOCH

MAGIC = "\x00layerlab-tar "
BLOCK = 512
RECORD = 10240  # GNU tar's default record: 20 blocks (tar -b 20)

HARD = "h"  # a hard link member: its data is the name of the member it links to

GO = "go"
GNU = "gnu"
BUSYBOX = "busybox"


@dataclass(frozen=True)
class Member:
    """One entry of an archive: its name as stored ("app/", "app/server.js"), its node (a file's
    data may itself be an archive), its modification time and the owner names its writer put in
    the header ("" when none: listings then show the numbers)."""

    name: str
    node: Node
    mtime: int = EPOCH
    uname: str = ""
    gname: str = ""

    @property
    def gid(self) -> int:
        return self.node.gid if self.node.gid != -1 else self.node.uid


def _padded(n: int) -> int:
    return -(-n // BLOCK) * BLOCK


def _go_pax(name: str) -> int:
    """archive/tar writes a PAX header (a header and its records) when USTAR cannot hold the name."""
    raw = name.encode()
    if raw.isascii() and (len(raw) <= 100 or _ustar_split(name)):
        return 0
    body = len(f" path={name}\n".encode())
    n = body + len(str(body))
    n = body + len(str(n))  # the record's length counts its own digits
    return BLOCK + _padded(n)


def _ustar_split(name: str) -> bool:
    """archive/tar splitUSTARPath: a 155-byte prefix and a 100-byte name, split at a '/'."""
    length = min(len(name), 156)
    if length < 156 and name[length - 1] == "/":
        length -= 1
    i = name.rfind("/", 0, length)
    return 0 < i <= 155 and 0 < len(name) - i - 1 <= 100


def _gnu_long(name: str, node: Node) -> int:
    """GNU and BusyBox tar: a name (or link target) over 100 bytes goes first in a ././@LongLink member."""
    extra = 0
    for text in (name, node.data if node.kind == LINK else ""):
        if len(text.encode()) >= 100:
            extra += BLOCK + _padded(len(text.encode()) + 1)
    return extra


def archive_size(members: list[Member], writer: str = GO) -> int:
    """The bytes the writer's archive of members takes."""
    total = 2 * BLOCK
    for m in members:
        total += BLOCK + (_go_pax(m.name) if writer == GO else _gnu_long(m.name, m.node))
        if m.node.kind == FILE:
            total += _padded(m.node.size)
    if writer == GNU:
        total = -(-total // RECORD) * RECORD
    return total


def dump(members: list[Member], writer: str = GO, layer_size: int | None = None, diff_id: str = "") -> str:
    """The archive as a file holds it: the marker line with its size, then a line per member. A
    layer's tar (docker save) also keeps the size the layer store gave the layer, which its files
    here need not add up to (the base images' layers are stand-ins): docker load gives it back;
    and the layer's diff ID, the digest its real bytes have (see diff_id), which a tar rewritten
    from the same files (tar -c) does not have."""
    budget.current().step(len(members))  # a line made per member
    marker = f"{MAGIC}{archive_size(members, writer)}" + (f" {layer_size}" if layer_size is not None else "")
    lines = [marker + (f" {diff_id.removeprefix('sha256:')}" if layer_size is not None and diff_id else "")]
    for m in members:
        n = m.node
        lines.append(json.dumps([m.name, n.kind, n.mode, n.uid, m.gid, n.size, m.mtime, m.uname, m.gname, n.data],
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def stated_size(data: str) -> int | None:
    """The size an archive's marker line states (what `ls -l` shows), None for any other content:
    also for a file that only starts like one (printf '\\0layerlab-tar ...'), whose marker or
    members are not what dump and cut write or whose members do not make the size it states."""
    if not data.startswith(MAGIC):
        return None
    key = (len(data), hash(data))  # a str keeps its hash: a second look at the same text is free
    if key not in _CHECKED:
        if len(_CHECKED) >= 256:
            _CHECKED.clear()
        _CHECKED[key] = _checked(data)
    return _CHECKED[key]


_CHECKED: dict[tuple[int, int], int | None] = {}
# The most an archive here may state: more than the simulated host's disk (59G) holds.
MAX_STATED = 64 * 1024**3
_NUMBER = re.compile(r"[0-9]{1,20}")
_HEX = re.compile(r"[0-9a-f]{64}")


def _checked(data: str) -> int | None:
    end = data.find("\n")
    words = data[len(MAGIC):end].split(" ") if end >= 0 else []
    if len(words) == 3 and _HEX.fullmatch(words[2]):  # a saved layer's diff ID (dump)
        words = words[:2]
    if not words or len(words) > 2 or not all(_NUMBER.fullmatch(w) for w in words[:1] + [w for w in words[1:] if w != CUT]):
        return None
    size = int(words[0])
    if size > MAX_STATED or (len(words) == 2 and words[1] != CUT and int(words[1]) > MAX_STATED):
        return None
    if words[1:] == [CUT]:
        return size if size > 0 and end == len(data) - 1 else None
    members = _members(data[end + 1:])
    if members is None or all(archive_size(members, w) != size for w in (GO, GNU, BUSYBOX)):
        return None
    return size


def stated_layer_size(data: str) -> int | None:
    """The layer size a saved layer's tar keeps (see dump), None for any other archive."""
    if stated_size(data) is None:
        return None
    words = data[len(MAGIC):data.find("\n")].split(" ")
    return int(words[1]) if len(words) > 1 and words[1].isdigit() else None


def diff_id(data: str) -> str:
    """The digest of an uncompressed tar's bytes, a layer's diff ID (moby layer/layer_store.go
    Register: digest.FromReader over the stream): the one a saved layer's tar keeps (dump), else
    the digest of the text that stands here for the bytes (as docker import names a layer)."""
    if stated_size(data) is not None:
        words = data[len(MAGIC):data.find("\n")].split(" ")
        if len(words) == 3:
            return "sha256:" + words[2]
    return "sha256:" + hashlib.sha256(data.encode()).hexdigest()


def content_size(members: list[Member]) -> int:
    """What the layer store counts for a layer made from these members (moby's directory.Size:
    each file once, a link its target's length)."""
    return sum(m.node.size for m in members if m.node.kind in (FILE, LINK))


def is_archive(data: str) -> bool:
    return stated_size(data) is not None


CUT = "cut"  # the marker line's word for a part of an archive (head -c): its size, no members


def cut(data: str, count: int) -> str:
    """count bytes of an archive (head -c, tail -c), held as their size alone: the members' lines
    stand for the whole archive's bytes, not for a part of them. The whole when count reaches it."""
    size = stated_size(data)
    if size is None or count >= size:
        return data
    return f"{MAGIC}{count} {CUT}\n" if count else ""


def byte_count(data: str) -> int:
    """The bytes data stands for: an archive's (or a part's) stated size, else its UTF-8 length."""
    size = stated_size(data)
    return size if size is not None else len(data.encode())


def terminal_note(data: str) -> str | None:
    """What layerlab shows instead of an archive's bytes on a terminal (a real one shows its headers'
    names and numbers among control characters): None for text."""
    size = stated_size(data)
    if size is None:
        return None
    return f"layerlab: {size} bytes of a tar archive, binary data that layerlab does not show on a terminal"


def parse(data: str) -> list[Member] | None:
    """The members of an archive, None when data is no archive (or a damaged one, or a part of one)."""
    if stated_size(data) is None or data[:data.find("\n")].endswith(" " + CUT):
        return None
    return _members(data[data.find("\n") + 1:])


def _members(body: str) -> list[Member] | None:
    members: list[Member] = []
    for line in body.split("\n"):
        if not line:
            continue
        member = _member_line(line)
        if member is None:
            return None
        members.append(member)
    return members


_KINDS = frozenset((FILE, DIR, LINK, HARD, CHAR, BLOCK_DEVICE))
_MAX_NUMBER = 2**63 - 1  # a header's numbers (base-256 at most 8 bytes)


def _member_line(line: str) -> Member | None:
    """A member's line as dump writes it, None for any other (a file a learner wrote with printf
    that starts with the marker: its fields are not trusted to be what dump puts there)."""
    try:
        fields = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(fields, list) or len(fields) != 10:
        return None
    name, kind, mode, uid, gid, size, mtime, uname, gname, body = fields
    if not all(isinstance(v, str) for v in (name, kind, uname, gname, body)) or kind not in _KINDS or not name:
        return None
    if not all(type(v) is int and 0 <= v <= _MAX_NUMBER for v in (mode, uid, gid, size, mtime)):
        return None
    if mode > 0o7777 or uid > 0xFFFFFFFF or gid > 0xFFFFFFFF or "\x00" in name:
        return None
    node = Node(kind, body, size, mode, uid, gid=gid if gid != uid else -1)
    return Member(name, node, mtime, uname, gname)


def dir_name(path: str) -> str:
    """A folder's name as archive writers store it: with a trailing '/'."""
    return path if path.endswith("/") else path + "/"


def member_for(name: str, node: Node, mtime: int = 0, uname: str = "", gname: str = "") -> Member:
    """A member from a tree's node (DIR names end in '/'; a node's mtime 0 is the world's start)."""
    shown = dir_name(name) if node.kind == DIR else name
    return Member(shown, node, mtime or node.mtime or EPOCH, uname, gname)


_BASES = ("alpine", "buster", "busybox", "node14", "ubuntu")


@cache
def _base_links() -> frozenset[tuple[str, str]]:
    """Every base image's symbolic links (data/rootfs/*.txt) as (path, target): their trees hold
    them as copies of what they point to (app/engine/rootfs.py), an archive as links again."""
    return frozenset((path, target) for name in _BASES for path, target in rootfs.load(name).links.items())


def _links_for(merged: dict[str, Node]) -> dict[str, str]:
    """The links of the base images a tree comes from (node:14's own over Debian buster's): the
    rootfs lists at least half of whose links stand there as copies, the fullest first. BusyBox's
    hard links pass for some of alpine's symbolic links, but for a quarter of them at most."""
    shares: list[tuple[float, dict[str, str]]] = []
    for name in _BASES:
        links = rootfs.load(name).links
        found = sum(1 for path, target in links.items()
                    if (node := merged.get(path)) is not None and merged.get(normpath(target, parent_of(path))) is node)
        if links and found * 2 >= len(links) and found:
            shares.append((found / len(links), links))
    chosen: dict[str, str] = {}
    for _, links in sorted(shares, key=lambda s: -s[0]):
        for path, target in links.items():
            chosen.setdefault(path, target)
    return _outside_linked_folders(merged, chosen)


def _outside_linked_folders(merged: dict[str, Node], links: dict[str, str]) -> dict[str, str]:
    """The links but those pointing into a linked folder (ubuntu's /bin is usr/bin): what is
    there is that folder's copy, and another image's link to it (alpine's /usr/bin/env ->
    ../../bin/env) would point back at itself."""
    folders = [path + "/" for path, target in links.items()
               if (node := merged.get(path)) is not None and node.kind == DIR
               and merged.get(normpath(target, parent_of(path))) is node]
    return {path: target for path, target in links.items()
            if not any(normpath(target, parent_of(path)).startswith(f) for f in folders)}


def tree_members(entries: Iterable[tuple[str, Node]]) -> list[Member]:
    """Members for a tree's entries (absolute paths, parents first): a base image's symbolic link
    (a copy of its target here) as a link, what lies below a linked folder left out, and a file met
    again under another name (BusyBox's applets) as a hard link to where it was first stored
    (go-archive addTarFile: TypeLink for an inode already written)."""
    merged = dict(entries)
    links = _links_for(merged)
    first: dict[int, str] = {}
    folder, real_folder = "", ""  # a linked folder, and its target: the copies below it are left out
    members: list[Member] = []
    for path, node in merged.items():
        if folder and path.startswith(folder) and merged.get(real_folder + path[len(folder):]) is node:
            continue
        target = links.get(path)
        real = normpath(target, parent_of(path)) if target is not None else ""
        if target is not None and merged.get(real) is node:
            members.append(member_for(path[1:], Node(LINK, target, len(target), 0o777, node.uid)))
            if node.kind == DIR:
                folder, real_folder = path + "/", real + "/"
            continue
        if node.kind == FILE and node.size > 0:
            seen = first.setdefault(id(node), path[1:])
            if seen != path[1:]:
                members.append(member_for(path[1:], Node(HARD, seen, 0, node.mode, node.uid, gid=node.gid)))
                continue
        if node.kind in (FILE, DIR, LINK):
            members.append(member_for(path[1:], node))
    return members


def restores_copy(path: str, node: Node) -> bool:
    """A member that is one of the base images' links, which their trees hold as copies."""
    return node.kind == LINK and (path, node.data) in _base_links()


def copy_link(tree: Tree, path: str, target: str) -> None:
    """Stand a base image's link at path as a copy of its target (app/engine/rootfs.py), a folder
    with what it holds; a link whose target is not in the tree stays a link."""
    real = normpath(target, parent_of(path))
    node = tree.get(real)
    if node is None:
        tree.set(path, link_node(target))
        return
    tree.set(path, node)
    if node.kind == DIR:
        for inner, child in list(tree.walk(real)):
            tree.set(path + inner[len(real):], child)
