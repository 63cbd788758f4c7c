"""Docker's data root on the host as root sees it: the overlay2 folders of every layer and container.

moby v28.5.2 daemon/graphdriver/overlay2/overlay.go: the driver's home, /var/lib/docker/overlay2
(0710), holds l/ (0700) and one folder per layer, named by its cache id (0710). create makes its
diff/ (0755: the layer's own files, whiteouts as 0/0 character devices, opaque folders marked by an
xattr ls does not show) and link (0644: the short id, no newline) with l/<short id> -> ../<id>/diff;
a layer with a parent gets work/ (0700) and lower (0644: l/<parent's short id>, then the parent's
own lower, joined by colons), and its parent an empty committed (0600). A container's read-write
layer sits on "<its cache id>-init" (the init layer: moby daemon/initlayer, app/engine/initlayer.py),
which sits on its image's top layer. Get mounts merged/ (0700) and the kernel makes work/work
(d---------) at the first read-write mount; Put unmounts merged/ and removes it, so it is there
only while the container runs, showing its union (the host's mount namespace does not see the
container's own mounts). The daemon's other folders (daemon/daemon.go and its stores) stand here
empty; engine-id holds the engine's ID (daemon/id.go, 0600).

Nothing here is kept: the tree is derived from the world when a path under the root is looked up,
the diff/ and merged/ folders are the layers' own trees. The simulator does not let root change
them behind the daemon's back (app/engine/views.py HostView refuses it).
"""

from __future__ import annotations

from collections.abc import Iterator

from . import systeminfo
from .fs import (
    CHAR,
    DIR,
    WHITEOUT,
    Node,
    Tree,
    ancestors,
    dir_node,
    file_node,
    link_node,
    overlay_children,
    overlay_get,
)
from .initlayer import container_init
from .overlaydirs import ROOT, container_dir, image_mount_dir, layer_dir, short_link
from .world import Container, Mount, World, container_image

DOCKER_ROOT = "/var/lib/docker"
PREFIX = DOCKER_ROOT + "/"
OVERLAY = ROOT[len(DOCKER_ROOT):]  # "/overlay2" in the tree below, whose root is DOCKER_ROOT
REFUSED = "layerlab: changing Docker's overlay2 folders behind its back is not simulated; nothing was changed"
# The daemon's folders beside volumes/ (which the host's own tree keeps), with their modes.
_FOLDERS = {"buildkit": 0o711, "containers": 0o710, "image": 0o700, "network": 0o750, "overlay2": 0o710,
            "plugins": 0o700, "runtimes": 0o700, "swarm": 0o700, "tmp": 0o700}
NAMES = frozenset([*_FOLDERS, "engine-id"])
# What ls shows of a whiteout overlayfs made: a character device 0/0 with no permission bits.
WHITEOUT_CHAR = Node(CHAR, "", 0, 0o000)

_CACHE: dict[tuple[object, ...], Tree] = {}
_EMPTY = Tree(frozen=True)
_DISK: dict[int, Tree] = {}  # a layer's tree (by its revision) with the folders it leaves out


class MergedTree(Tree):
    """A running container's merged/ folder: the union of its layers, looked up as overlayfs does."""

    __slots__ = ("layers",)

    def __init__(self, layers: list[Tree]) -> None:
        super().__init__(frozen=True)
        self.layers = layers

    def get(self, path: str) -> Node | None:
        return overlay_get(self.layers, path)

    def __contains__(self, path: str) -> bool:
        return self.get(path) is not None

    def children(self, path: str) -> list[str]:
        return overlay_children(self.layers, path)

    def walk(self, top: str) -> Iterator[tuple[str, Node]]:
        todo = [top]
        while todo:
            here = todo.pop()
            for name in reversed(self.children(here)):
                path = f"{here.rstrip('/')}/{name}"
                node = self.get(path)
                if node is not None:
                    yield path, node
                    if node.kind == DIR:
                        todo.append(path)


def shown(node: Node | None) -> Node | None:
    """An entry of a diff/ folder as ls sees it on the host: a whiteout is the device overlayfs made."""
    return WHITEOUT_CHAR if node is not None and node.kind == WHITEOUT else node


def locate(world: World, path: str) -> tuple[Tree, str] | None:
    """The tree holding path (under DOCKER_ROOT) and where it is in it; None for what the host's
    own tree keeps (volumes/, and whatever else is there)."""
    rel = path[len(DOCKER_ROOT):]
    parts = rel.split("/")
    if len(parts) < 2 or parts[1] not in NAMES:
        return None
    if len(parts) > 3 and parts[1] == OVERLAY[1:] and parts[3] in ("diff", "merged"):
        tree = _content(world, parts[2], parts[3])
        if tree is not None:
            return tree, "/" + "/".join(parts[4:])
    return skeleton(world), rel


def _content(world: World, cache_id: str, folder: str) -> Tree | None:
    """The files of a layer's diff/ (or a running container's merged/)."""
    for c in world.containers.values():
        top = container_dir(c)
        if cache_id == top:
            if folder == "merged":
                return _merged(world, c) if c.running else None
            return on_disk(c.rw)
        if cache_id == top + "-init" and folder == "diff":
            return on_disk(container_init(world, c))
        for m in _image_mounts(c):
            if cache_id == image_mount_dir(c, m.destination):  # its own layer stays empty: mounted ro
                if folder == "merged":
                    return MergedTree(_mount_layers(world, m)) if c.running else None
                return _EMPTY
    if folder == "diff":
        for lid, layer in world.layers.items():
            if layer_dir(lid) == cache_id:
                return on_disk(layer.tree)
    return None


def _image_mounts(c: Container) -> list[Mount]:
    return [m for m in c.mounts if m.type == "image"]


def _mount_layers(world: World, m: Mount) -> list[Tree]:
    return [world.layers[lid].tree for lid in reversed(m.image_layers) if lid in world.layers]


def on_disk(tree: Tree) -> Tree:
    """A layer as its diff/ folder holds it: a tree may leave out the folders its files are in
    (the layers below have them), which the folder on disk has (made 0755, root's)."""
    done = _DISK.get(tree.rev)
    if done is None:
        missing = {a for p in tree.entries for a in ancestors(p) if a != "/" and a not in tree.entries}
        done = tree
        if missing:
            done = Tree(dict(tree.entries))
            for path in sorted(missing):
                done.set(path, dir_node())
        if len(_DISK) > 1024:
            _DISK.clear()
        _DISK[tree.rev] = done
    return done


def _merged(world: World, c: Container) -> Tree:
    image = container_image(world, c)
    lowers = world.image_layers(image) if image else []
    return MergedTree([c.rw, container_init(world, c), *lowers])


def _chains(world: World) -> tuple[list[list[str]], dict[str, bool]]:
    """Each stack of cache ids, bottom first: every image's layers, each container's on its image's
    (its init layer, then its own) and each image mount's layer on its image's; and the layers
    mounted read-write (a container's, its init layer, its image mounts'), each with whether it is
    mounted now (merged/ is there)."""
    chains = [[layer_dir(lid) for lid in img.layers] for img in world.images.values()]
    mounted: dict[str, bool] = {}
    for c in world.containers.values():
        image = container_image(world, c)
        base = [layer_dir(lid) for lid in image.layers] if image else []
        top = container_dir(c)
        chains.append([*base, top + "-init", top])
        mounted.update({top + "-init": False, top: c.running})
        for m in _image_mounts(c):
            own = image_mount_dir(c, m.destination)
            chains.append([*(layer_dir(lid) for lid in m.image_layers), own])
            mounted[own] = c.running
    return chains, mounted


def skeleton(world: World) -> Tree:
    """The daemon's folders and overlay2's own files (diff/ and merged/ stand empty here)."""
    chains, mounted = _chains(world)
    key = (world.seed, tuple(world.layers), tuple(tuple(ch) for ch in chains), tuple(mounted.items()))
    tree = _CACHE.get(key)
    if tree is None:
        tree = _build(world, chains, mounted)
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = tree
    return tree


def _build(world: World, chains: list[list[str]], mounted: dict[str, bool]) -> Tree:
    tree = Tree()
    for name, mode in _FOLDERS.items():
        tree.set("/" + name, dir_node(mode=mode))
    tree.set("/engine-id", file_node(systeminfo.daemon_id(world), mode=0o600))
    tree.set(OVERLAY + "/l", dir_node(mode=0o700))
    parents: dict[str, str] = {}
    for chain in chains:
        for below, here in zip(["", *chain], chain, strict=False):
            parents.setdefault(here, below)
    for lid in world.layers:  # a layer no image holds any more (until the daemon removes it)
        parents.setdefault(layer_dir(lid), "")
    children = set(parents.values())
    for cache_id in sorted(parents):
        _layer(tree, cache_id, _lower(parents, cache_id), cache_id in children, mounted.get(cache_id))
    return tree.freeze()


def _lower(parents: dict[str, str], cache_id: str) -> str:
    """What the layer's lower file holds: l/<short id> of each layer below, the nearest first."""
    lowers = []
    below = parents[cache_id]
    while below:
        lowers.append("l/" + short_link(below))
        below = parents.get(below, "")
    return ":".join(lowers)


def _layer(tree: Tree, cache_id: str, lower: str, committed: bool, mounted: bool | None) -> None:
    """One layer's folder. mounted: None for an image's layer, else whether its read-write layer is
    mounted now (the daemon mounted a container's at create, its init layer to make its files)."""
    top = f"{OVERLAY}/{cache_id}"
    tree.set(top, dir_node(mode=0o710))
    tree.set(top + "/diff", dir_node())
    lid = short_link(cache_id)
    tree.set(top + "/link", file_node(lid))
    tree.set(f"{OVERLAY}/l/{lid}", link_node(f"../{cache_id}/diff"))
    if lower:  # a layer with a parent
        tree.set(top + "/work", dir_node(mode=0o700))
        tree.set(top + "/lower", file_node(lower))
        if mounted is not None:  # overlayfs made it at the first read-write mount
            tree.set(top + "/work/work", dir_node(mode=0o000))
    if committed:
        tree.set(top + "/committed", file_node("", mode=0o600))
    if mounted:
        tree.set(top + "/merged", dir_node(mode=0o700))

