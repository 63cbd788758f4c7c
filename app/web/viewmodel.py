"""The page's view model: plain dataclasses made from a world. Templates draw only these.

Every file carries `where`: the place its bytes physically live (an image layer, a container's
read-write layer, a volume, a bind-mounted host folder, a tmpfs), so the drawing can answer
"where is my file?" at a glance.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import quote

from app.caches import Bounded, MiB
from app.engine.formatting import human_size, progress_bytes
from app.engine.fs import DIR, FILE, WHITEOUT, Node, Tree, ancestors, basename, is_under, join, naive_diff, overlay_get
from app.engine.images import image_size
from app.engine.listing import command_text, image_display, ports_text, status_text
from app.engine.localvolumes import is_tmpfs
from app.engine.views import ContainerView as EngineView
from app.engine.views import volume_backing, volume_data_path
from app.engine.volumes import natural_key, volume_size
from app.engine.world import Container, Image, Mount, Volume, World, container_image
from app.tutor.recreate import recreate_lines

from .i18n import BASE_IMAGE  # where_label of a file from a pulled image; templates translate it

PROJECT = "/home/learner/feedback-app"
MAX_ENTRIES = 60  # per listing; the rest is summarised
# Layers an image's card draws above its base, the newest; the older are folded into one line. The
# course's images have a dozen, and overlay2 stops at 128 lower layers, but the simulator's may have
# more: twelve images of 1,000 layers made a 4 MB page that took a second of the event loop to draw,
# each time a command changed an image (every page's /livez waited with it).
MAX_LAYERS_DRAWN = 64
# Mounts a container's card draws, and bind notes the Host draws, the first by destination; the rest
# are counted in one line. The course's containers have four mounts; a world of 40 containers of
# 100 mounts each made a page of 2.2 MB and an answer of 2 MB to every command, 0.1-0.2 s to draw.
MAX_MOUNTS_DRAWN = 16
# Containers the column draws as cards, the newest (and the one the terminal is in); the rest are
# counted in one line. A world holds 40: their cards made an answer of 650 kB to every command (the
# column is sent again whenever a status moves on with the clock), 50-60 ms to draw.
MAX_CONTAINERS_DRAWN = 12
# Variables of a container's environment its card and the table draw, the first, and characters of
# a value the table draws (the card draws 32); the rest are counted. --env-file of 5,000 lines made
# twelve cards an 11 MB answer to every command.
MAX_ENV_DRAWN = 24
ENV_VALUE_DRAWN = 240
# Volumes the Host draws (those containers use first, then the others, each in its place); folders
# outside the project it draws for binds, and tmpfs mounts, are MAX_MOUNTS_DRAWN, the first. The rest
# are counted in one line. 60 volumes of 60 files each made an 836 kB page (the table lists their
# files too) and a 500 kB answer to a command that touched one; 100 bound folders a 979 kB answer.
MAX_VOLUMES_DRAWN = 16
# Characters of a Re-create button's tooltip (the lines it runs): a run line may hold 8,192
RECREATE_TITLE = 240


@dataclass
class FileEntry:
    path: str
    name: str
    depth: int
    kind: str  # file, dir, whiteout, summary
    where: str = "host"  # image, rw, volume, bind, tmpfs, host
    where_label: str = ""  # the volume's name, the bind's host folder or the image layer's build step
    size: str = ""
    note: str = ""  # copied-up, whiteout, opaque, added, changed, deleted
    new: bool = False
    content: str = ""
    # movement (static/motion.js): how this file came to be here in the last change. "app": saved
    # through the app's form, a draft in `via` first; "up": copied up from an image layer; "hide": a
    # whiteout now hides the image's file. actor: the container that did it.
    move: str = ""
    actor: str = ""
    via: str = ""
    # A container's whiteout (or opaque folder) and the image layer files it hides share a key
    # (hide_key): pointing at either lights the other (layerlab.js). `link` holds this row's keys,
    # space-separated; hidden_in names the containers that no longer see this image file.
    link: str = ""
    hidden_in: tuple[str, ...] = ()
    draft: str = ""  # the container whose app's save just left this draft (a copy of the saved file)


@dataclass
class VolumeView:
    name: str
    label: str
    anonymous: bool
    path: str
    files: list[FileEntry]
    users: list[str]
    size: str
    new: bool = False
    kept: bool = False  # a container that used it was just removed: the volume stays
    # where its files live when not in _data on the disk: "tmpfs" (memory), or the host folder a
    # volume created as a bind stands for (app/engine/localvolumes.py); "" for a plain volume
    backing: str = ""


@dataclass
class LayerView:
    index: int
    step: str
    size: str
    files: list[FileEntry]
    shared_by: int
    short_id: str
    empty: bool
    drawn_in: str = ""  # the image card above that already lists this layer's files (each layer drawn once)
    cache: str = ""  # for the newest build's image: "cached" (BuildKit reused it) or "rebuilt"


@dataclass
class ImageView:
    name: str
    tags: list[str]
    short_id: str
    size: str
    base: str  # e.g. "node:14"
    base_layers: int
    base_size: str
    layers: list[LayerView]  # the layers above the base, top first
    config: list[str]  # metadata-only steps (CMD, EXPOSE, VOLUME ...)
    used_by: list[str]
    new: bool = False
    build: BuildFacts | None = None  # the newest build made this image
    folded: int = 0  # layers between the base and those drawn, not drawn (MAX_LAYERS_DRAWN)


@dataclass
class BuildFacts:
    """What the newest build did: the context it sent (and what the build of the same tag before it
    sent, when that differed) and, step by step, whether BuildKit took the layer from its cache."""

    context: str  # as the build output's `transferring context:` line prints it; "" when none was sent
    previous: str  # the same tag's build before, when its figure differed; else ""
    steps: list[tuple[str, bool]]  # (step, cached), bottom first

    @property
    def rebuilt(self) -> int:
        return sum(1 for _, cached in self.steps if not cached)

    @property
    def cached(self) -> int:
        return sum(1 for _, cached in self.steps if cached)


@dataclass
class EnvVar:
    """One variable of a container's Config.Env, and whether the image or the run set it."""

    key: str
    value: str
    source: str  # "image" (its ENV), "run" (-e or --env-file) or "" (the image is gone: unknown)
    overrides: str = ""  # the image's value this run value replaced

    @property
    def short(self) -> str:
        return self.value if len(self.value) <= 32 else self.value[:31] + "…"

    @property
    def long(self) -> str:
        """The value as the table shows it: at most ENV_VALUE_DRAWN characters."""
        return self.value if len(self.value) <= ENV_VALUE_DRAWN else self.value[:ENV_VALUE_DRAWN - 1] + "…"


@dataclass
class MountView:
    destination: str
    type: str
    source_label: str
    host_path: str
    ro: bool
    volume: str = ""
    target: str = ""  # the id of the Host element drawn for where its bytes are (see mount_target)
    fallback: str = ""  # an element to join it to when the target is not drawn (a folder past a listing's limit)
    place: str = ""  # one key for every appearance of the same place: vol:NAME, dir:HOSTPATH, mem:CONTAINER:PATH


@dataclass
class ContainerCard:
    name: str
    short_id: str
    image: str
    state: str  # running, restarting, exited, created, removed
    status: str
    ports: str
    command: str
    published: list[int]
    rw_files: list[FileEntry]
    mounts: list[MountView]
    tree: list[FileEntry]
    tree_root: str
    recreate: list[str]
    new: bool = False
    leaving: bool = False
    image_target: str = ""  # the id of its image's card in the Images column (the container sits on it)
    attached: str = ""  # "shell" or "held" when the terminal is inside this container or held by it
    env: list[EnvVar] = field(default_factory=list)  # Config.Env, as docker inspect shows it
    mounts_more: int = 0  # mounts past MAX_MOUNTS_DRAWN, not drawn
    env_count: int = 0  # variables of its environment: env holds the first MAX_ENV_DRAWN
    env_run: list[str] = field(default_factory=list)  # the keys the run set, the first MAX_ENV_DRAWN

    @property
    def env_more(self) -> int:
        return self.env_count - len(self.env)

    @property
    def recreate_title(self) -> str:
        """The lines Re-create runs, as its button's tooltip, cut at RECREATE_TITLE characters."""
        text = " ; ".join(self.recreate)
        return text if len(text) <= RECREATE_TITLE else text[:RECREATE_TITLE - 1] + "…"

    @property
    def env_from_run(self) -> list[str]:
        """The keys the run set (-e, --env-file): what the folded list names in its summary (the
        first MAX_ENV_DRAWN, then an ellipsis)."""
        return self.env_run


@dataclass
class HostFolder:
    path: str  # on the host, as shown (~ for the learner's home)
    host_path: str
    files: list[FileEntry]


@dataclass
class HostPanel:
    cwd: str
    project: list[FileEntry]
    binds: list[tuple[str, str, bool]]  # (container, destination, read-only) for each container binding the project
    elsewhere: list[HostFolder] = field(default_factory=list)  # bind-mounted folders outside the project
    memory: list[tuple[str, str]] = field(default_factory=list)  # (container, destination) of each tmpfs mount
    binds_more: int = 0  # binds of the project past MAX_MOUNTS_DRAWN, not drawn
    elsewhere_more: int = 0  # bound folders outside the project past MAX_MOUNTS_DRAWN, not drawn
    memory_more: int = 0  # tmpfs mounts past MAX_MOUNTS_DRAWN, not drawn


# ---------------------------------------------------------------------------------------------


def _short_volume(name: str) -> str:
    return f"{name[:6]}…{name[-4:]}" if len(name) == 64 else name


_APP_SAVE = re.compile(r"\bcurl\b.*/create\b")


def _saver(world: World, line: str) -> list[tuple[Container, str]]:
    """When `line` posted the app's form: each running app container with the folder its drafts go
    to (nodeapp._create writes `<app>/temp/<name>` first, then moves it into `<app>/feedback/`)."""
    if not _APP_SAVE.search(line):
        return []
    return [(c, c.process.get("script", "/app/server.js").rsplit("/", 1)[0] or "/")
            for c in world.containers.values() if c.running and c.ports]


def _mark_saved(f: FileEntry, container_path: str, savers: list[tuple[Container, str]],
                only: Container | None = None) -> None:
    """Marks a new file the app's save put at container_path (in one of the savers' feedback folders)."""
    if not f.new or f.kind != "file":
        return
    for c, app in savers:
        if (only is None or c is only) and is_under(container_path, app + "/feedback") \
                and container_path != app + "/feedback":
            f.move, f.actor, f.via = "app", c.name, app + "/temp"
            return


def _mark_draft(f: FileEntry, container_path: str, savers: list[tuple[Container, str]], c: Container) -> None:
    """Marks the draft a save left in c's layer (the app's copyFile keeps `<app>/temp/<name>`): the
    file landed there too, so it is lit with the saved copy (motion.js), which alone travels."""
    if f.new and f.kind == "file" and not f.move:
        for saver, app in savers:
            if saver is c and is_under(container_path, app + "/temp") and container_path != app + "/temp":
                f.draft = c.name


def hide_key(container: str, path: str) -> str:
    """The key joining a container's whiteout (or opaque folder) at path to the image files it hides
    (the path quoted: keys are separated by spaces)."""
    return f"wh:{container}:{quote(path)}"


@dataclass(frozen=True)
class Hider:
    """A container that hides some of its image's files: the paths its read-write layer whites out,
    and its opaque folders (which hide what the image holds below them)."""

    name: str
    layers: tuple[str, ...]  # its image's layer ids, bottom first
    whiteouts: frozenset[str]
    opaques: frozenset[str]


def hiders(world: World) -> list[Hider]:
    """The containers whose read-write layer hides files of their image (read from the layer's
    blockers: whiteouts, files and opaque folders)."""
    out = []
    for c in world.containers.values():
        image = container_image(world, c)
        if image is None:
            continue
        hit = _HIDING.get(c.rw.rev)  # (every command asks, for every container: kept by the layer's revision)
        if hit is None:
            blockers = c.rw.blockers()
            hit = _HIDING.put(c.rw.rev, (frozenset(p for p in blockers if c.rw.entries[p].kind == WHITEOUT),
                                         frozenset(p for p in blockers if c.rw.entries[p].opaque)))
        if hit[0] or hit[1]:
            out.append(Hider(c.name, tuple(image.layers), *hit))
    return out


_HIDING: Bounded[int, tuple[frozenset[str], frozenset[str]]] = Bounded(
    4096, 8 * MiB, lambda hit: 100 * (1 + len(hit[0]) + len(hit[1])))


def _shown_from(world: World, layers: tuple[str, ...], lid: str, path: str) -> bool:
    """Whether an image made of layers shows path as layer lid holds it: no layer above has it
    (but a folder merged with it) or hides it."""
    for upper in layers[layers.index(lid) + 1:]:
        tree = world.layers[upper].tree
        node = tree.get(path)
        if node is not None and not (node.kind == DIR and not node.opaque):
            return False
        blockers = tree.blockers()
        if blockers and any(a in blockers for a in ancestors(path)):
            return False
    return True


def _mark_hidden(world: World, lid: str, files: list[FileEntry], hide: list[Hider]) -> list[FileEntry]:
    """The layer's rows with the containers that hide them: a whiteout at the row's path or above it,
    an opaque folder above it. A folded row (node_modules) holding a hidden path is joined to its
    whiteout too, but not called hidden. Layers are shared: the rows are copies."""
    out = []
    for f in files:
        keys: list[str] = []
        names: list[str] = []
        if f.kind != "whiteout" and f.path.startswith("/"):
            for h in hide:
                if lid not in h.layers or not _shown_from(world, h.layers, lid, f.path):
                    continue
                over = [w for w in h.whiteouts if is_under(f.path, w)] + \
                       [o for o in h.opaques if f.path != o and is_under(f.path, o)]
                inside = [w for w in h.whiteouts if f.kind == "summary" and w != f.path and is_under(w, f.path)]
                keys += [hide_key(h.name, p) for p in sorted(over + inside)]
                if over and h.name not in names:
                    names.append(h.name)
        out.append(replace(f, link=" ".join(keys), hidden_in=tuple(names)) if keys else f)
    return out


@dataclass(frozen=True)
class BaseHidden:
    """A file of an image's base layers (drawn as one row, not file by file) that a container's
    whiteout hides."""

    container: str
    path: str
    key: str  # hide_key: the container's whiteout carries it too


def base_hidden(world: World) -> dict[str, list[BaseHidden]]:
    """By image card (its short id): the whiteouts that hide a file its base layers hold."""
    hide = hiders(world)
    if not hide:
        return {}
    pulled = {lid for i in world.images.values() if i.digest for lid in i.layers}
    out: dict[str, list[BaseHidden]] = {}
    for img in world.images.values():
        # the bottom of the stack that came from a pulled image, as build_images draws it
        base = set(img.layers) if img.digest else set(itertools.takewhile(pulled.__contains__, img.layers))
        for h in hide:
            for path in sorted(h.whiteouts):
                if _source_layer(world, h.layers, path) in base:
                    out.setdefault(img.id[7:19], []).append(BaseHidden(h.name, path, hide_key(h.name, path)))
            # a folder deleted and made again (opaque) hides what the base layers hold in it
            for path in sorted(h.opaques):
                if any(_shown_from(world, h.layers, lid, join(path, name))
                       for lid in h.layers if lid in base for name in world.layers[lid].tree.children(path)):
                    out.setdefault(img.id[7:19], []).append(BaseHidden(h.name, path + "/", hide_key(h.name, path)))
    return out


def _source_layer(world: World, layers: tuple[str, ...], path: str) -> str | None:
    """The layer an image made of layers shows path from (None: not there, or deleted)."""
    for lid in reversed(layers):
        tree = world.layers[lid].tree
        node = tree.get(path)
        if node is not None:
            return lid if node.kind != WHITEOUT else None
        blockers = tree.blockers()
        if blockers and any(a in blockers for a in ancestors(path)):
            return None
    return None


def _size(node: Node) -> str:
    return human_size(node.size) if node.kind == FILE else ""


def _listing(tree: Tree, top: str, where: str, label: str, before: Tree | None, depth_limit: int = 4,
             strip: str | None = None) -> list[FileEntry]:
    """A tree's entries below top as indented rows; node_modules folded into one row."""
    out: list[FileEntry] = []
    prefix = "/" if top == "/" else top + "/"
    base_depth = top.rstrip("/").count("/")
    folded: set[str] = set()
    for path, node in tree.walk(top):
        if any(path.startswith(f + "/") for f in folded):
            continue
        depth = path.count("/") - base_depth - 1
        if depth >= depth_limit:
            continue
        name = basename(path)
        rel = path[len(prefix):] if strip is None else path[len(strip):]
        if node.kind == DIR and name == "node_modules":
            count = len(tree.children(path))
            folded.add(path)
            out.append(FileEntry(rel, f"{name}/", depth, "summary", where, label, note=f"{count}",
                                 new=before is not None and path not in before))
            continue
        if len(out) >= MAX_ENTRIES:
            out.append(FileEntry(rel, "…", depth, "summary", where, label))
            break
        out.append(FileEntry(rel, name + ("/" if node.kind == DIR else ""), depth,
                             "whiteout" if node.kind == WHITEOUT else "dir" if node.kind == DIR else "file",
                             where, label, _size(node), new=before is not None and path not in before,
                             content=node.data[:200] if node.kind == FILE else ""))
    return out


def _mount_label(m: Mount) -> tuple[str, str]:
    """(what the mount's source is called, its path on the host). The kind of mount is not in the
    label: templates name it in the page's language."""
    if m.type == "volume":
        name, path = _short_volume(m.source), volume_data_path(m.source)
        # a --mount volume-subpath shows that folder of the volume (mount_target: still the volume)
        return (f"{name}/{m.subpath}", f"{path}/{m.subpath}") if m.subpath else (name, path)
    if m.type == "bind":
        return (m.source.replace('/home/learner', '~'), m.source)
    if m.type == "image":  # the image as named, and the folder of it that image-subpath chose
        return (f"{m.spec_source}/{m.image_subpath}" if m.image_subpath else m.spec_source, "")
    return ("", "")


def mount_target(m: Mount) -> tuple[str, str, str]:
    """(target, fallback, place) of a mount: the id of the Host element that holds its bytes (a
    volume's `_data`, the bind's folder, memory for a tmpfs), the element to use when that one is not
    drawn, and the key shared by every appearance of the place."""
    if m.type == "volume":
        return f"host-vol-{m.source}", "host-volumes", f"vol:{m.source}"
    if m.type == "bind":
        if m.source == PROJECT:
            return "host-project", "", f"dir:{m.source}"
        if is_under(m.source, PROJECT):
            return f"host-p-{m.source[len(PROJECT) + 1:]}", "host-project", f"dir:{m.source}"
        return f"host-dir-{m.source}", "", f"dir:{m.source}"
    if m.type == "image":  # its image's card (the image may be gone: its layers stay, held by the mount)
        return f"img-{m.source[7:19]}", "images-panel", f"img:{m.source[7:19]}"  # the card's data-place
    return "host-memory", "", "mem"


def _image_name(img: Image) -> str:
    if img.tags:
        t = sorted(img.tags)[0]
        return t
    return f"<none> {img.id[7:19]}"


def build_images(world: World, before: World | None) -> list[ImageView]:
    hide = hiders(world)  # image files a container's whiteout hides are marked so
    users: dict[str, list[str]] = {}
    for c in world.containers.values():
        users.setdefault(c.image_id, []).append(c.name)
    layer_use: dict[str, int] = {}
    for img in world.images.values():
        for lid in img.layers:
            layer_use[lid] = layer_use.get(lid, 0) + 1
    base_images = {lid: i for i in world.images.values() if i.digest for lid in i.layers}
    last = world.last_build
    marks = {lid: "cached" if cached else "rebuilt" for lid, cached in last.steps} if last is not None else {}
    out = []
    drawn: dict[str, str] = {}  # layer id -> the image whose card lists its files
    for img in sorted(world.images.values(), key=lambda i: (-i.created, i.id)):
        # the part of the stack that came from a pulled image
        base_count = 0
        base_name = ""
        for lid in img.layers:
            b = base_images.get(lid)
            if b is None:
                break
            base_count += 1
            base_name = sorted(b.tags)[0] if b.tags else "base"
        if img.digest:
            base_count, base_name = len(img.layers), ""
        layers = []
        first = max(base_count, len(img.layers) - MAX_LAYERS_DRAWN)
        for idx in range(first, len(img.layers)):
            lid = img.layers[idx]
            layer = world.layers[lid]
            files = _layer_files(world, tuple(img.layers[: idx + 1]), idx)
            if hide and lid not in drawn:
                files = _mark_hidden(world, lid, files, hide)
            layers.append(LayerView(idx + 1, _step_text(layer.created_by), human_size(layer.size), files,
                                    layer_use.get(lid, 1), lid[7:19], layer.size == 0, drawn.get(lid, ""),
                                    marks.get(lid, "") if last is not None and img.id == last.image_id else ""))
            drawn.setdefault(lid, _image_name(img))
        layers.reverse()
        config = _config_lines(img)
        base_size = sum(world.layers[lid].size for lid in img.layers[:base_count])
        out.append(ImageView(_image_name(img), sorted(img.tags), img.id[7:19], human_size(image_size(world, img)),
                             base_name, base_count, human_size(base_size), layers, config,
                             users.get(img.id, []), new=before is not None and img.id not in before.images,
                             build=build_facts(world) if last is not None and img.id == last.image_id else None,
                             folded=first - base_count))
    return out


def build_facts(world: World) -> BuildFacts | None:
    """The newest build, for the image card, the table and the narration (None before any build)."""
    last = world.last_build
    if last is None:
        return None
    # the figure the build's progress printed (BuildKit's "transferring context:")
    context = progress_bytes(last.context) if last.context is not None else ""
    previous = progress_bytes(last.previous_context) if last.previous_context is not None else ""
    steps = [(_step_text(world.layers[lid].created_by) if lid in world.layers else lid[7:19], cached)
             for lid, cached in last.steps]
    return BuildFacts(context, previous if context and previous != context else "", steps)


def container_env(world: World, c: Container) -> list[EnvVar]:
    """c's Config.Env with where each value came from. The daemon puts the run's variables first and
    then the image's it did not override (runflags.environment), so the image's part is the longest
    tail that is the image's Env less the keys before it."""
    image = container_image(world, c)
    if image is None:
        return [EnvVar(*e.partition("=")[::2], "") for e in c.env]
    image_env = list(image.config.get("Env") or [])
    image_values = dict(e.partition("=")[::2] for e in image_env)
    split = len(c.env)
    # (the tail is at most the image's Env long: the keys before it are gathered once, then one
    # at a time; gathering them again for each start took 43 s for twelve cards of 5,000 variables)
    start = max(0, len(c.env) - len(image_env))
    keys = {e.partition("=")[0] for e in c.env[:start]}
    for i in range(start, len(c.env) + 1):
        if c.env[i:] == [e for e in image_env if e.partition("=")[0] not in keys]:
            split = i
            break
        if i < len(c.env):
            keys.add(c.env[i].partition("=")[0])
    out = []
    for i, e in enumerate(c.env):
        key, _, value = e.partition("=")
        run = i < split
        over = image_values.get(key, "") if run and image_values.get(key, value) != value else ""
        out.append(EnvVar(key, value, "run" if run else "image", over))
    return out


_LAYER_FILES: dict[tuple[str, ...], list[FileEntry]] = {}


def _layer_files(world: World, stack: tuple[str, ...], idx: int) -> list[FileEntry]:
    """What the top layer of stack adds, changes or deletes (layers never change: memoised)."""
    hit = _LAYER_FILES.get(stack)
    if hit is not None:
        return hit
    layer = world.layers[stack[-1]]
    lower_trees = [world.layers[lid].tree for lid in reversed(stack[:-1])]
    files: list[FileEntry] = []
    for kind, path in naive_diff(layer.tree, lower_trees):
        node = layer.tree.get(path)
        if kind == "C" and (node is None or node.kind == DIR):
            continue  # a folder listed only because something inside it changed
        if any(f.kind == "summary" and path.startswith(f.path + "/") for f in files):
            continue
        if basename(path) == "node_modules" and node is not None and node.kind == DIR:
            files.append(FileEntry(path, "node_modules/", 0, "summary", "image", f"layer {idx + 1}",
                                   note=str(len(layer.tree.children(path)))))
            continue
        if len(files) >= MAX_ENTRIES:
            files.append(FileEntry(path, "…", 0, "summary", "image"))
            break
        files.append(FileEntry(path, path, 0, "dir" if node is not None and node.kind == DIR else
                               "whiteout" if kind == "D" else "file", "image", f"layer {idx + 1}",
                               _size(node) if node is not None else "",
                               note={"A": "added", "C": "changed", "D": "deleted"}[kind]))
    if len(_LAYER_FILES) > 2048:
        _LAYER_FILES.clear()
    _LAYER_FILES[stack] = files
    return files


def _config_lines(img: Image) -> list[str]:
    """The metadata a container of this image starts with (no layer holds it)."""
    cfg = img.config
    out = []
    if cfg.get("WorkingDir"):
        out.append(f"WORKDIR {cfg['WorkingDir']}")
    for port in sorted(cfg.get("ExposedPorts") or {}):
        out.append(f"EXPOSE {port}")
    for vol in sorted(cfg.get("Volumes") or {}):
        out.append(f"VOLUME {vol}")
    if cfg.get("Entrypoint"):
        out.append("ENTRYPOINT " + json.dumps(cfg["Entrypoint"]))
    if cfg.get("Cmd"):
        out.append("CMD " + json.dumps(cfg["Cmd"]))
    return out


def _step_text(created_by: str) -> str:
    text = created_by.replace(" # buildkit", "").replace("/bin/sh -c ", "")
    return text if len(text) <= 60 else text[:59] + "…"


def _where(world: World, c: Container, view: EngineView, path: str, lowers: list[Tree]) -> tuple[str, str, str]:
    """(where, label, note) for a path in a container's merged tree."""
    m = view.mount_for(path)
    if m is not None:
        label, _ = _mount_label(m)
        return ("volume" if m.type == "volume" else m.type), label, ""
    if path in c.rw:
        node = c.rw.get(path)
        below = overlay_get(lowers, path)
        if node is not None and node.kind == FILE and below is not None:
            return "rw", "", "copied-up"
        if node is not None and node.opaque:
            return "rw", "", "opaque"
        if below is None:
            return "rw", "", ""
    image = container_image(world, c)
    if image is not None:
        for lid in reversed(image.layers):
            layer = world.layers[lid]
            if path in layer.tree:
                pulled = any(lid in i.layers for i in world.images.values() if i.digest)
                return "image", BASE_IMAGE if pulled else _step_text(layer.created_by), ""
    return "image", "", ""


# Container cards built, by everything they are built from (`_card_key`). A region is drawn again
# when any of its parts changes, and building a card walks the container's merged tree: most cards
# are as before (the command touched another container, or only the clock moved on).
_CARDS: Bounded[tuple[object, ...], ContainerCard] = Bounded(
    4096, 64 * MiB, lambda card: 300 * (1 + len(card.rw_files) + len(card.tree)))


def _card_key(world: World, c: Container, before: World | None) -> tuple[object, ...]:
    """What a container's card is built from, but for its status (the clock's): the container, its
    image, the files it sees (trees by revision: a changed tree takes a new one) and, for what is
    new, the same container in the world before."""
    image = container_image(world, c)
    prev = before.containers.get(c.id) if before is not None else None
    mounted = any(m.type != "tmpfs" for m in c.mounts)  # the host's files show through volumes and binds
    return (
        c.id, c.name, c.state, c.exit_code, c.read_only, c.auto_remove, c.workdir, c.image_id, c.image_ref,
        tuple(c.cmd), tuple(c.entrypoint), tuple(c.ports), tuple(c.port_specs), c.started_at, c.finished_at,
        tuple(tuple(vars(m).values()) for m in c.mounts),
        c.rw.rev, tuple((d, t.rev) for d, t in c.tmpfs.items()), world.host.rev if mounted else None,
        None if image is None else (tuple(image.tags), tuple(image.config.get("Cmd") or ()),
                                    tuple(image.config.get("Volumes") or ()), tuple(image.config.get("Env") or ())),
        tuple(c.env),
        tuple(i.id for i in world.images.values() if i.digest),  # which layers came from a pull
        c.id in world.containers, before is None, None if prev is None else prev.rw.rev,
        # the terminal inside this container's shell, or held by it
        bool(world.attached.shell) if world.attached is not None and world.attached.container == c.id else None,
    )


def build_container(world: World, c: Container, before: World | None,
                    savers: list[tuple[Container, str]] | None = None) -> ContainerCard:
    """A container's card (kept: the same inputs give the same card, which nobody changes). Its
    status is the one part the clock moves on, command after command: it is set on a copy."""
    mine = [(s, app) for s, app in savers or [] if s.id == c.id]  # the app's save marks only its own files
    key = (*_card_key(world, c, before), tuple(app for _, app in mine))
    card = _CARDS.get(key)
    if card is None:
        card = _CARDS.put(key, _build_container(world, c, before, mine))
    status = status_text(world, c)
    return card if card.status == status else replace(card, status=status)


def _build_container(world: World, c: Container, before: World | None,
                     savers: list[tuple[Container, str]] | None = None) -> ContainerCard:
    image = container_image(world, c)
    lowers = world.image_layers(image) if image else []
    view = EngineView(world, c)
    root = c.workdir if c.workdir and c.workdir != "/" else "/"
    prev = before.containers.get(c.id) if before else None
    rw_files = _listing(c.rw, "/", "rw", "", prev.rw if prev else None, depth_limit=8)
    for f in rw_files:
        full = "/" + f.path
        below = overlay_get(lowers, full)
        node = c.rw.get(full)
        if f.kind == "whiteout":
            f.note = "whiteout"
            f.link = hide_key(c.name, full)
        elif node is not None and node.kind == FILE and below is not None:
            f.note = "copied-up"
        elif node is not None and node.opaque and below is not None:
            f.note, f.link = "opaque", hide_key(c.name, full)  # what the image holds below it is hidden
        elif f.kind == "summary" and f.name != "…":  # a folded node_modules: the whiteouts inside it
            f.link = " ".join(hide_key(c.name, p) for p in sorted(c.rw.blockers())
                              if is_under(p, full) and p != full and c.rw.entries[p].kind == WHITEOUT)
        if f.new and f.kind in ("file", "whiteout"):
            if f.note in ("copied-up", "whiteout"):
                f.move, f.actor = ("up" if f.note == "copied-up" else "hide"), c.name
            else:
                _mark_saved(f, full, savers or [], only=c)
                _mark_draft(f, full, savers or [], c)
    tree = _merged_tree(world, c, view, root, lowers, prev) if root != "/" else []
    env = container_env(world, c)
    run_keys = [e.key for e in env if e.source == "run"]
    mounts = []
    for m in sorted(c.mounts, key=lambda m: m.destination)[:MAX_MOUNTS_DRAWN]:
        label, host_path = _mount_label(m)
        mounts.append(MountView(m.destination, m.type, label, host_path, not m.rw,
                                m.source if m.type == "volume" else "", *mount_target(m)))
    return ContainerCard(
        c.name, c.id[:12], _display_image(world, c), c.state, status_text(world, c), ports_text(c), command_text(c),
        [hp for hp, _ in c.ports] if c.running else [], rw_files, mounts, tree, root,
        recreate_lines(world, c), mounts_more=max(0, len(c.mounts) - MAX_MOUNTS_DRAWN),
        new=before is not None and c.id not in before.containers, image_target=f"img-{c.image_id[7:19]}",
        attached=("shell" if world.attached.shell else "held")
        if world.attached is not None and world.attached.container == c.id else "",
        env=env[:MAX_ENV_DRAWN], env_count=len(env), env_run=run_keys[:MAX_ENV_DRAWN] + ["…"] * (len(run_keys) > MAX_ENV_DRAWN))


def _display_image(world: World, c: Container) -> str:
    return image_display(world, c)


# What a container sees below its working folder, walked, by what the walk reads (the container
# before is not among it: only the marks of new files depend on that, set afterwards). A card is built
# again when its container changes state or the command before it changed its files, and walking its
# merged tree was most of the work.
_WALKS: Bounded[tuple[object, ...], tuple[FileEntry, ...]] = Bounded(2048, 32 * MiB, lambda walk: 300 * len(walk))


def _merged_tree(world: World, c: Container, view: EngineView, root: str, lowers: list[Tree],
                 prev: Container | None) -> list[FileEntry]:
    mounted = any(m.type != "tmpfs" for m in c.mounts)
    key = (c.workdir, root, c.image_id, c.read_only, c.rw.rev, tuple(tuple(vars(m).values()) for m in c.mounts),
           tuple((d, t.rev) for d, t in c.tmpfs.items()), world.host.rev if mounted else None,
           tuple(i.id for i in world.images.values() if i.digest))
    walked = _WALKS.get(key)
    if walked is None:
        found: list[FileEntry] = []
        _walk_merged(world, c, view, root, 0, lowers, found, None)
        walked = _WALKS.put(key, tuple(found))
    if prev is None:
        return list(walked)
    top = c.workdir.rstrip("/") + "/" if c.workdir else ""
    # as _walk_merged marks them: a file or folder of the rw layer that the container before lacked
    return [replace(f, new=True) if f.kind != "summary" and f.where == "rw" and top + f.path not in prev.rw else f
            for f in walked]


def _walk_merged(world: World, c: Container, view: EngineView, path: str, depth: int, lowers: list[Tree],
                 out: list[FileEntry], prev: Container | None) -> None:
    if depth > 3 or len(out) >= MAX_ENTRIES:
        return
    for name in view.children(path):
        child = path.rstrip("/") + "/" + name
        node = view.get(child)
        if node is None:
            continue
        where, label, note = _where(world, c, view, child, lowers)
        rel = child[len(c.workdir.rstrip("/")) + 1:] if c.workdir else child
        if node.kind == DIR and name == "node_modules":
            out.append(FileEntry(rel, "node_modules/", depth, "summary", where, label,
                                 note=str(len(view.children(child)))))
            continue
        if len(out) >= MAX_ENTRIES:
            out.append(FileEntry(rel, "…", depth, "summary", where, label))
            return
        is_new = prev is not None and where == "rw" and child not in prev.rw
        out.append(FileEntry(rel, name + ("/" if node.kind == DIR else ""), depth,
                             "dir" if node.kind == DIR else "file", where, label, _size(node), note, is_new,
                             node.data[:200] if node.kind == FILE else ""))
        if node.kind == DIR:
            _walk_merged(world, c, view, child, depth + 1, lowers, out, prev)


def build_host(world: World, before: World | None, savers: list[tuple[Container, str]] | None = None) -> HostPanel:
    project = _listing(world.host, PROJECT, "host", "~/feedback-app", before.host if before else None)
    for c, _ in savers or []:
        for m in c.mounts:  # a file the app saved into a bind-mounted project folder
            for f in project:
                host_path = f"{PROJECT}/{f.path}"
                if m.type == "bind" and is_under(host_path, m.source):
                    _mark_saved(f, m.destination + host_path[len(m.source):], savers or [], only=c)
    binds = []
    elsewhere: set[str] = set()
    memory = []
    for c in world.containers.values():
        for m in c.mounts:
            if m.type == "bind" and (is_under(PROJECT, m.source) or is_under(m.source, PROJECT)):
                binds.append((c.name, m.destination, not m.rw))
            if m.type == "bind" and not is_under(m.source, PROJECT):
                elsewhere.add(m.source)
            elif m.type == "tmpfs":
                memory.append((c.name, m.destination))
    folders = [HostFolder(source.replace("/home/learner", "~", 1) if is_under(source, "/home/learner") else source,
                          source, _listing(world.host, source, "bind", source, None, depth_limit=2)
                          if world.host.get(source) is not None else [])
               for source in sorted(elsewhere)[:MAX_MOUNTS_DRAWN]]
    return HostPanel(world.cwd.replace("/home/learner", "~"), project, binds[:MAX_MOUNTS_DRAWN], folders,
                     memory[:MAX_MOUNTS_DRAWN], binds_more=max(0, len(binds) - MAX_MOUNTS_DRAWN),
                     elsewhere_more=max(0, len(elsewhere) - MAX_MOUNTS_DRAWN),
                     memory_more=max(0, len(memory) - MAX_MOUNTS_DRAWN))


def build_volumes(world: World, before: World | None,
                  savers: list[tuple[Container, str]] | None = None) -> list[VolumeView]:
    out = []
    for v in drawn_volumes(world):
        data = volume_backing(world, v.name)  # a volume made as a bind: the host folder holding its files
        if _holds_node_modules(world, v.name):
            # folded as the container's tree folds it: one row, opened on demand with ls
            files = [FileEntry("", "node_modules/", 0, "summary", "volume", _short_volume(v.name),
                               note=str(len(world.host.children(data)) if world.host.get(data) is not None else 0),
                               new=before is not None and v.name not in before.volumes)]
        else:
            files = _listing(world.host, data, "volume", _short_volume(v.name), before.host if before else None)
        for c, _ in savers or []:
            for m in c.mounts:
                if m.type == "volume" and m.source == v.name:
                    for f in files:
                        _mark_saved(f, f"{m.destination}/{f.path}", savers or [], only=c)
        # a container that used it was just removed: the volume (and what it holds) stays
        kept = before is not None and any(
            old.id not in world.containers and any(m.type == "volume" and m.source == v.name for m in old.mounts)
            for old in before.containers.values())
        backing = "tmpfs" if is_tmpfs(world, v.name) else data if data != volume_data_path(v.name) else ""
        out.append(VolumeView(v.name, _short_volume(v.name), v.anonymous, data, files,
                              [c.name for c in world.volume_users(v.name)], human_size(
                                  volume_size(world, v.name) if backing in ("", "tmpfs") else
                                  sum(n.size for _, n in world.host.walk(data) if n.kind == FILE)),
                              new=before is not None and v.name not in before.volumes, kept=kept, backing=backing))
    return out


def drawn_volumes(world: World) -> list[Volume]:
    """The volumes the Host draws, in their order (named first, by name): at most MAX_VOLUMES_DRAWN,
    those a container uses before the others."""
    ordered = sorted(world.volumes.values(), key=lambda v: (v.anonymous, natural_key(v.name)))
    if len(ordered) <= MAX_VOLUMES_DRAWN:
        return ordered
    used = {m.source for c in world.containers.values() for m in c.mounts if m.type == "volume"}
    kept = {v.name for v in sorted(ordered, key=lambda v: v.name not in used)[:MAX_VOLUMES_DRAWN]}
    return [v for v in ordered if v.name in kept]


def _holds_node_modules(world: World, volume: str) -> bool:
    """A volume mounted at some node_modules: what npm installed, hundreds of files."""
    return any(m.type == "volume" and m.source == volume and basename(m.destination) == "node_modules"
               for c in world.containers.values() for m in c.mounts)


class LazyView:
    """The parts of the drawing (host, volumes, images, containers, ports), each built when a template first asks for it: a region whose
    inputs did not change is not drawn again, so its part is never built."""

    def __init__(self, world: World, before: World | None, line: str = "") -> None:
        self.world = world
        self.before = before
        # the containers whose app saved a form in the last change (its files are drawn travelling)
        self.savers = _saver(world, line) if before is not None else []

    @cached_property
    def host(self) -> HostPanel:
        return build_host(self.world, self.before, self.savers)

    @cached_property
    def volumes(self) -> list[VolumeView]:
        return build_volumes(self.world, self.before, self.savers)

    @cached_property
    def images(self) -> list[ImageView]:
        return build_images(self.world, self.before)

    @property
    def volumes_more(self) -> int:
        """Volumes past MAX_VOLUMES_DRAWN, not drawn."""
        return max(0, len(self.world.volumes) - MAX_VOLUMES_DRAWN)

    @cached_property
    def base_hidden(self) -> dict[str, list[BaseHidden]]:
        return base_hidden(self.world)

    @cached_property
    def containers(self) -> list[ContainerCard]:
        return to_view_containers(self.world, self.before, self.savers)

    @property
    def containers_more(self) -> int:
        """Containers past MAX_CONTAINERS_DRAWN, not drawn as cards."""
        return max(0, len(self.world.containers) - MAX_CONTAINERS_DRAWN)

    @cached_property
    def build(self) -> BuildFacts | None:
        return build_facts(self.world)

    @cached_property
    def app_image(self) -> str | None:
        """The demo app's image the empty Containers column offers to run: feedback-node, else the
        newest tag of it a lesson built (feedback-node:volumes); None before one is built. (It
        offered feedback-node in lessons 4 to 9, whose image is feedback-node:volumes: the run it
        gave failed with "pull access denied".)"""
        return app_image(self.world)

    @cached_property
    def ports(self) -> list[int]:
        return browser_ports(self.world)

    @cached_property
    def serving(self) -> str:
        return browser_serving(self.world)


def to_view_containers(world: World, before: World | None,
                       savers: list[tuple[Container, str]] | None = None) -> list[ContainerCard]:
    containers = [build_container(world, c, before, savers) for c in drawn_containers(world)]
    if before is not None:
        for c in before.containers.values():
            if c.id not in world.containers:
                containers.append(replace(build_container(before, c, None), leaving=True, state="removed"))
    return containers


def drawn_containers(world: World) -> list[Container]:
    """The containers drawn as cards, newest first: at most MAX_CONTAINERS_DRAWN, the newest, and
    the one the terminal is in wherever it is."""
    newest = list(reversed(world.containers.values()))
    if len(newest) <= MAX_CONTAINERS_DRAWN:
        return newest
    inside = world.attached.container if world.attached is not None else None
    drawn = newest[:MAX_CONTAINERS_DRAWN]
    if inside is not None and all(c.id != inside for c in drawn):
        drawn = [c for c in newest if c.id == inside or c in drawn[:MAX_CONTAINERS_DRAWN - 1]]
    return drawn


# region_inputs' key for the containers' statuses, which the containers region is drawn with but is
# not drawn again for
STATUSES = "containers:status"


def region_inputs(world: World, before: World | None, line: str = "") -> dict[str, object]:
    """For each drawn region, a value that changes whenever what it draws can change."""

    def tree_state(w: World | None) -> object:
        if w is None:
            return None
        # (a tmpfs is a tree of its own: a write there changes neither the rw layer nor the host)
        return (w.host.rev, tuple(w.volumes), tuple((cid, c.rw.rev, c.state, tuple((d, t.rev) for d, t in c.tmpfs.items()))
                                                    for cid, c in w.containers.items()))

    mounts = tuple((c.id, c.name, tuple((m.type, m.source, m.destination, m.rw) for m in c.mounts))
                   for c in world.containers.values())
    # (not their status: "Up 5 seconds" moves on with the clock at every command, and a card's status
    # alone is put into the HTML drawn before: render.with_statuses)
    cards = tuple((c.id, c.state, ports_text(c), c.exit_code, c.rw.rev,
                   tuple((d, t.rev) for d, t in c.tmpfs.items())) for c in world.containers.values()) + (
        (world.attached.container, world.attached.shell) if world.attached else None,)
    images = tuple((iid, tuple(img.tags), img.created) for iid, img in world.images.items())
    # the image files containers' whiteouts hide are marked in Images (they change only with a
    # read-write layer, which the containers and the table are drawn again for anyway)
    images += (tuple((h.name, h.layers, h.whiteouts, h.opaques) for h in hiders(world)),)
    saved = bool(_APP_SAVE.search(line))  # the same trees are marked differently after the app's save
    return {
        # the host's files and volumes, and who mounts what; of the world before only what tells
        # new files and volumes apart, and which containers left (their volumes are marked as staying)
        "host": (world.host.rev, tuple(world.volumes), mounts,
                 None if before is None else (before.host.rev, tuple(before.volumes), tuple(before.containers)),
                 saved),
        "images": (images, mounts, tuple(before.images) if before else None, world.last_build),
        "containers": (cards, mounts, world.host.rev, images, tree_state(before), saved),
        STATUSES: tuple((c.id[:12], status_text(world, c)) for c in world.containers.values()),
        "table": (tree_state(world), mounts, images, world.last_build),
        "browser": (tuple(browser_ports(world)), browser_serving(world)),
    }


def app_image(world: World) -> str | None:
    """The demo app's image, by the name a learner types (see LazyView.app_image)."""
    tagged = [(img.created, tag) for img in world.images.values() for tag in img.tags
              if tag.split(":")[0] in ("feedback-node", "docker.io/library/feedback-node")]
    if not tagged:
        return None
    if any(tag.endswith("feedback-node:latest") for _, tag in tagged):
        return "feedback-node"
    return max(tagged)[1].removeprefix("docker.io/library/")


def browser_serving(world: World) -> str:
    """Which start of which container answers on each published port ("3000=<id>@<started>"): the
    app's window loads its page again when a container begins to answer where none did, or where
    another did (a page that could not connect stayed on its error after the app was up again)."""
    offered = set(browser_ports(world))
    return ",".join(sorted(f"{hp}={c.id[:12]}@{c.started_at}" for c in world.containers.values()
                           if c.running for hp, _ in c.ports if hp in offered))


# Ports the app's window offers at most: a container run with -p 1-65535:1-65535 published 65,535,
# and each was an <option> and an entry of two attributes, 5 MB of every page and answer.
MAX_BROWSER_PORTS = 64


def browser_ports(world: World) -> list[int]:
    """The ports the app's window offers: those running containers publish first, then those of
    stopped ones (a browser pointed there sees the connection refused, as on a real machine); at
    most MAX_BROWSER_PORTS of them, the lowest."""
    running = sorted({hp for c in world.containers.values() if c.running for hp, _ in c.ports})
    stopped = sorted({hp for c in world.containers.values() if not c.running for hp, _ in c.ports} - set(running))
    return (running + stopped)[:MAX_BROWSER_PORTS]
