"""What changed between two worlds, as typed records that drive narration and animation."""

from __future__ import annotations

from dataclasses import dataclass

from .fs import FILE, WHITEOUT, Tree, basename
from .views import VOLUMES_ROOT, volume_backing
from .world import Container, Image, World, container_image

PROJECT = "/home/learner/feedback-app"


@dataclass(frozen=True)
class Change:
    kind: str  # see CHANGE_KINDS
    subject: str = ""  # a file name, a container, a volume or an image name
    place: str = ""  # where: a container name, a volume name, a host folder
    count: int = 0
    # a file's full path in its place: in the container (a layer's file), inside the volume's folder
    # ("notes/a.txt" for a volume's file), on the host (a host file)
    path: str = ""


CHANGE_KINDS = (
    "file-in-layer", "file-copied-up", "file-whiteout", "file-in-volume", "file-on-host", "file-removed-host",
    "container-created", "container-started", "container-stopped", "container-removed", "layer-lost",
    "volume-created", "volume-removed", "image-built", "image-committed", "image-removed", "file-in-tmpfs", "files-in-volume",
    "app-restarted", "container-paused", "container-unpaused", "image-tagged", "image-untagged",
    "files-in-layer", "files-copied-up", "files-whiteout",
)


def _files_written(before: Tree | None, after: Tree) -> list[str]:
    """The files after has that before has not, or has otherwise, sorted. Read once for every
    folder asked about (`_files_added`): read again for each of 60 volumes, a host of 16,000
    entries cost 0.17 s of every command's answer."""
    if before is after or (before is not None and before.rev == after.rev):
        return []  # (a tree's copy keeps its rev until it changes: most commands write no host file)
    old = before.entries if before is not None else {}
    return sorted(p for p, n in after.entries.items()
                  if n.kind == FILE and (was := old.get(p)) is not n and was != n)


def _files_added(written: list[str], top: str) -> list[str]:
    prefix = top.rstrip("/") + "/"
    return [p for p in written if p.startswith(prefix)]


def diff_worlds(before: World, after: World) -> list[Change]:
    """The storage-relevant changes from before to after, most telling first."""
    written = _files_written(before.host, after.host)
    return [*_container_changes(before, after), *_volume_changes(before, after, written),
            *_host_changes(written), *_image_changes(before, after)]


def _container_changes(before: World, after: World) -> list[Change]:
    out: list[Change] = []
    for cid, c in after.containers.items():
        old = before.containers.get(cid)
        if old is None:
            out.append(Change("container-created", c.name))
            if c.running:
                out.append(Change("container-started", c.name))
        elif c.state != old.state:
            out.append(Change("container-started" if c.running else "container-stopped", c.name))
        elif c.frozen != old.frozen:
            out.append(Change("container-paused" if c.frozen else "container-unpaused", c.name))
        elif c.process.get("restarts", 0) > old.process.get("restarts", 0):
            out.append(Change("app-restarted", c.name))
        out.extend(_layer_changes(after, c, old))
    for cid, c in before.containers.items():
        if cid not in after.containers:
            lost = sum(1 for n in c.rw.entries.values() if n.kind == FILE)
            out.append(Change("container-removed", c.name))
            if lost:
                out.append(Change("layer-lost", c.name, count=lost))
    return out


def _layer_changes(after: World, c: Container, old: Container | None) -> list[Change]:
    """Files written, copied up or whited out in c's read-write layer since old."""
    out: list[Change] = []
    if old is not None and old.rw.rev == c.rw.rev:
        return out  # the same files
    image = container_image(after, c)
    lowers = after.image_layers(image) if image else []
    for path, node in c.rw.entries.items():
        prev = old.rw.get(path) if old else None
        if prev == node:
            continue
        if node.kind == WHITEOUT:
            out.append(Change("file-whiteout", basename(path), c.name, path=path))
        elif node.kind == FILE:
            below = any(path in t for t in lowers)
            out.append(Change("file-copied-up" if below and prev is None else "file-in-layer",
                              basename(path), c.name, path=path))
    return _counted(out, c.name)


# More files than this of one kind in one layer are told as their count (a docker cp of a folder,
# an rm -rf of the image's files), as a volume's are (files-in-volume)
LAYER_FILES_TOLD = 3
_COUNTED = {"file-in-layer": "files-in-layer", "file-copied-up": "files-copied-up", "file-whiteout": "files-whiteout"}


def _counted(changes: list[Change], container: str) -> list[Change]:
    out: list[Change] = []
    for kind, many in _COUNTED.items():
        of_kind = [ch for ch in changes if ch.kind == kind]
        out += [Change(many, container, count=len(of_kind))] if len(of_kind) > LAYER_FILES_TOLD else of_kind
    return out


def _volume_changes(before: World, after: World, written: list[str]) -> list[Change]:
    out: list[Change] = []
    for name in after.volumes:
        if name not in before.volumes:
            out.append(Change("volume-created", name))
        top = volume_backing(after, name)
        added = _files_added(written, top)
        if len(added) > 2:
            out.append(Change("files-in-volume", name, count=len(added)))
        else:
            out.extend(Change("file-in-volume", basename(path), name, path=path[len(top.rstrip('/')) + 1:])
                       for path in added)
    out.extend(Change("volume-removed", name) for name in before.volumes if name not in after.volumes)
    return out


def _host_changes(written: list[str]) -> list[Change]:
    return [Change("file-on-host", basename(path), path.rsplit("/", 1)[0].replace("/home/learner", "~"), path=path)
            for path in _files_added(written, PROJECT) if not path.startswith(VOLUMES_ROOT)]


def _image_changes(before: World, after: World) -> list[Change]:
    def label(img: Image, iid: str) -> str:
        return sorted(img.tags)[0] if img.tags else iid[7:19]

    new = [iid for iid in after.images if iid not in before.images]
    committed = _committed(after, new) if new else {}
    return [*(Change("image-committed", label(after.images[iid], iid), committed[iid]) if iid in committed
              else Change("image-built", label(after.images[iid], iid)) for iid in new),
            *(Change("image-removed", label(img, iid)) for iid, img in before.images.items()
              if iid not in after.images),
            *_tag_changes(before, after)]


def _committed(after: World, new: list[str]) -> dict[str, str]:
    """The new images a docker commit made, with the container each was made from: the container's
    commit event names the image (daemon/commit.go; app/engine/imagecmds.py commit_container). Only
    the newest events are read: a command's own come last."""
    found: dict[str, str] = {}
    for _, _, type_, action, _, attrs in (after.events or ())[-8 * len(new):]:
        if type_ == "container" and action == "commit":
            values = dict(attrs)
            if values.get("imageID") in new:
                found[values["imageID"]] = values.get("name", "")
    return found


def _tag_changes(before: World, after: World) -> list[Change]:
    """Names given to an image that was there before (docker tag, a load or a pull naming it), and
    names taken from an image that stays (docker rmi of one of its names, or of a name a container's
    image has: the image stays, untagged). A name that moved to a new image (a rebuild) is the new
    image's story, told by image-built."""
    new_names = {t for iid, img in after.images.items() if iid not in before.images for t in img.tags}
    changes: list[Change] = []
    for iid, img in after.images.items():
        old = before.images.get(iid)
        if old is None:
            continue
        changes += [Change("image-tagged", t, iid[7:19]) for t in sorted(set(img.tags) - set(old.tags))]
        changes += [Change("image-untagged", t, iid[7:19]) for t in sorted(set(old.tags) - set(img.tags))
                    if t not in new_names]
    return changes
