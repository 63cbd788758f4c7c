"""One sentence per change, in the learner's language, for the ARIA live region."""

from __future__ import annotations

import gettext
import os

from app.engine.attached import badge
from app.engine.changes import Change
from app.engine.localvolumes import VOLUMES_ROOT, is_tmpfs, volume_backing
from app.engine.world import Mount, World

from .i18n import N_
from .viewmodel import MAX_ENV_DRAWN, build_facts, container_env

# What a change means, for the changes one sentence tells: the text, and the names its subject and
# its place take in it.
_SENTENCES: dict[str, tuple[str, str, str | None]] = {
    "file-in-layer": (N_("{file} was written to the read-write layer of {container} — it will be lost when the "
                         "container is removed"), "file", "container"),
    "file-copied-up": (N_("{file} was copied up from the image into the read-write layer of {container} before "
                          "it changed"), "file", "container"),
    "file-whiteout": (N_("{file} was deleted in {container}: a whiteout in its layer hides the image's copy, "
                         "which stays in the image"), "file", "container"),
    "container-created": (N_("Container {container} was created with an empty read-write layer"), "container", None),
    "container-started": (N_("{container} is running"), "container", None),
    "container-paused": (N_("{container} is paused: its processes are frozen, and its files stay where they are"),
                         "container", None),
    "container-unpaused": (N_("{container} runs on from where it was paused"), "container", None),
    "container-stopped": (N_("{container} stopped — its read-write layer is kept until it is removed"),
                          "container", None),
    "volume-created": (N_("Volume {volume} was created on the host"), "volume", None),
    "volume-removed": (N_("Volume {volume} was removed with its data"), "volume", None),
    "image-built": (N_("Image {image} is ready: read-only layers that every container of it shares"), "image", None),
    "image-committed": (N_("The read-write layer of {container} is now the top layer of the new image {image}; "
                           "volumes and bind mounts are left out"), "image", "container"),
    "image-removed": (N_("Image {image} was removed"), "image", None),
    "image-tagged": (N_("{image} is now a name of the image {id} (a name only: no layer is copied)"), "image", "id"),
    "image-untagged": (N_("The name {image} was taken off the image {id}, which stays"), "image", "id"),
    "app-restarted": (N_("nodemon in {container} saw a changed file and started the app again, without a rebuild"),
                      "container", None),
}


def sentence(change: Change, t: gettext.NullTranslations, before: World | None = None,
             after: World | None = None) -> str:
    """What change means. With the worlds before and after, a sentence says only what is true of
    this container or volume (which volumes a removed container had, whether a host file is new)."""
    k, s, p = change.kind, change.subject, change.place
    known = _SENTENCES.get(k)
    if known is not None:
        text, subject, place = known
        # a file by its full path in the container: /app/temp/awesome.txt, not just awesome.txt
        values = {subject: _short(s) if subject == "volume" else (change.path or s) if subject == "file" else s}
        if place is not None:
            values[place] = p
        return t.gettext(text).format(**values)
    if k == "file-in-volume":
        return _volume_file(_seen_at(change, after), p, t, after)
    if k == "files-in-volume":
        return t.ngettext("{count} file was written to the volume {volume}",
                          "{count} files were written to the volume {volume}",
                          change.count).format(count=change.count, volume=_short(s))
    if k == "file-on-host":
        if before is not None and before.host.get(f"{p.replace('~', '/home/learner', 1)}/{s}") is not None:
            return t.gettext("{file} changed in the host folder {folder}").format(file=s, folder=p)
        return t.gettext("{file} appeared in the host folder {folder}").format(file=s, folder=p)
    if k == "container-removed":
        return _removed(s, t, before, after)
    if k == "files-in-layer":
        return t.ngettext("{count} file was written to the read-write layer of {container} — they will be lost "
                          "when the container is removed",
                          "{count} files were written to the read-write layer of {container} — they will be lost "
                          "when the container is removed", change.count).format(count=change.count, container=s)
    if k == "files-copied-up":
        return t.ngettext("{count} file was copied up from the image into the read-write layer of {container}",
                          "{count} files were copied up from the image into the read-write layer of {container}",
                          change.count).format(count=change.count, container=s)
    if k == "files-whiteout":
        return t.ngettext("{count} file was deleted in {container}: whiteouts in its layer hide the image's copies, "
                          "which stay in the image",
                          "{count} files were deleted in {container}: whiteouts in its layer hide the image's copies, "
                          "which stay in the image", change.count).format(count=change.count, container=s)
    if k == "layer-lost":
        return t.ngettext("{count} file in the layer of {container} is gone for good",
                          "{count} files in the layer of {container} are gone for good",
                          change.count).format(count=change.count, container=s)
    return s


def _seen_at(change: Change, after: World | None) -> str:
    """Where a file saved into a volume is: the path the containers that mount the volume see it at
    (/app/feedback/awesome.txt), when they all mount it at one place; else its path on the host."""
    if after is None or not change.path:
        return change.subject
    places = {_in_container(m, change.path) for c in after.volume_users(change.place) for m in c.mounts
              if m.type == "volume" and m.source == change.place}
    places.discard(None)
    if len(places) == 1:
        return str(places.pop())
    backing = volume_backing(after, change.place)
    return f"{backing}/{change.path}".replace("/home/learner", "~", 1) if backing else change.subject


def _in_container(mount: Mount, path: str) -> str | None:
    """Where a file at `path` in a volume is in a container that mounts the volume (or the folder of
    it that volume-subpath names: None when the file is outside that folder)."""
    sub = os.path.normpath(mount.subpath).strip("/") if mount.subpath else ""
    if sub:
        if path != sub and not path.startswith(sub + "/"):
            return None
        path = path[len(sub):].lstrip("/")
    return f"{mount.destination.rstrip('/')}/{path}".rstrip("/")


def _volume_file(file: str, volume: str, t: gettext.NullTranslations, after: World | None) -> str:
    """A file saved into a volume: whether it outlives the container depends on the volume's kind.
    An anonymous volume goes with a --rm container (and with `docker rm -v`); a plain `docker rm`
    leaves it behind (daemon/delete.go removes only anonymous volumes, and only when asked)."""
    _ = t.gettext
    vol = after.volumes.get(volume) if after is not None else None
    if vol is not None and vol.anonymous:
        if any(c.auto_remove for c in after.volume_users(volume)):  # type: ignore[union-attr]
            return _("{file} was written to the anonymous volume {volume} — the container runs with --rm, "
                     "so the volume goes when the container does").format(file=file, volume=_short(volume))
        return _("{file} was written to the anonymous volume {volume} — it stays after docker rm, "
                 "but docker rm -v removes it with the container").format(file=file, volume=_short(volume))
    if after is not None and is_tmpfs(after, volume):
        return _("{file} was written to the volume {volume}, which is memory (tmpfs): it goes when the last "
                 "container using the volume stops").format(file=file, volume=_short(volume))
    backing = volume_backing(after, volume) if after is not None else ""
    if backing and not backing.startswith(VOLUMES_ROOT + "/"):
        return _("{file} was written to the volume {volume}, whose files are the host folder {folder}").format(
            file=file, volume=_short(volume), folder=backing.replace("/home/learner", "~", 1))
    return _("{file} was written to the volume {volume} — it stays when the container is "
             "removed").format(file=file, volume=_short(volume))


def _removed(name: str, t: gettext.NullTranslations, before: World | None, after: World | None) -> str:
    """A removed container: its read-write layer is gone; say which of its volumes went with it
    (anonymous ones, with --rm or -v) and which stay, and nothing about volumes it never had."""
    _ = t.gettext
    container = next((c for c in before.containers.values() if c.name == name), None) if before else None
    if container is None or after is None:
        return _("{container} was removed together with its read-write layer").format(container=name)
    volumes = list(dict.fromkeys(m.source for m in container.mounts if m.type == "volume"))
    kept = ", ".join(_short(v) for v in volumes if v in after.volumes)
    gone = any(v not in after.volumes for v in volumes)
    if gone and kept:
        return _("{container} was removed together with its read-write layer and its anonymous volumes; "
                 "these volumes stay: {volumes}").format(container=name, volumes=kept)
    if gone:
        return _("{container} was removed together with its read-write layer and its anonymous "
                 "volumes").format(container=name)
    if kept:
        return _("{container} was removed together with its read-write layer; the volumes it used stay: "
                 "{volumes}").format(container=name, volumes=kept)
    return _("{container} was removed together with its read-write layer").format(container=name)


def _short(name: str) -> str:
    return f"{name[:6]}…{name[-4:]}" if len(name) == 64 else name


def narrate(changes: list[Change], t: gettext.NullTranslations, limit: int = 4, before: World | None = None,
            after: World | None = None) -> list[str]:
    """The most telling changes as sentences; before and after are the worlds the changes came from."""
    order = ["file-in-layer", "files-in-layer", "file-in-volume", "files-in-volume", "file-copied-up", "files-copied-up",
             "file-whiteout", "files-whiteout", "layer-lost", "file-on-host",
             "app-restarted",
             "container-removed", "volume-removed", "volume-created", "image-built", "image-committed",
             "image-removed",
             "image-untagged", "image-tagged", "container-stopped", "container-started", "container-paused", "container-unpaused", "container-created"]
    ranked = sorted(changes, key=lambda c: order.index(c.kind) if c.kind in order else 99)
    moved = _terminal_moved(t, before, after)
    return [*moved, *(sentence(c, t, before, after) for c in ranked[:limit - len(moved)]),
            *_set_at_run(t, before, after), *_built(t, before, after)]


# New containers whose run's variables are told (a line may run 40, each with 5,000 from an
# --env-file: the narration was 1.1 MB)
TOLD_CONTAINERS = 3


def _set_at_run(t: gettext.NullTranslations, before: World | None, after: World | None) -> list[str]:
    """The variables a new container got at run (-e, --env-file), and which of the image's ENV
    values they override: what its card marks."""
    if before is None or after is None:
        return []
    out = []
    for c in after.containers.values():
        if c.id in before.containers:
            continue
        if len(out) == TOLD_CONTAINERS:
            break
        told = []
        for e in (e for e in container_env(after, c) if e.source == "run"):
            if len(told) == MAX_ENV_DRAWN:  # as its card: the first, then an ellipsis
                told.append("…")
                break
            over = " (" + t.gettext("overrides the image's %(value)s") % {"value": e.overrides} + ")" \
                if e.overrides else ""
            told.append(f"{e.key}={e.long}{over}")
        if told:
            out.append(t.gettext("Set at run in {container}: {variables}").format(container=c.name,
                                                                                variables=", ".join(told)))
    return out


def _built(t: gettext.NullTranslations, before: World | None, after: World | None) -> list[str]:
    """What a build just did: the context it sent (and before, when a .dockerignore changed it) and
    which steps BuildKit rebuilt and which it took from its cache (the same facts the board draws)."""
    if after is None or after.last_build is None or (before is not None and before.last_build == after.last_build):
        return []
    facts = build_facts(after)
    assert facts is not None
    out = []
    if facts.previous:
        out.append(t.gettext("The build sent a context of {size}; the build of this tag before sent {before}").format(
            size=facts.context, before=facts.previous))
    elif facts.context:
        out.append(t.gettext("The build sent a context of {size}").format(size=facts.context))
    rebuilt = ", ".join(step for step, cached in facts.steps if not cached)
    cached = ", ".join(step for step, cached in facts.steps if cached)
    if rebuilt:
        out.append(t.gettext("Rebuilt: {steps}").format(steps=rebuilt))
    if cached:
        out.append(t.gettext("Taken from the cache (CACHED): {steps}").format(steps=cached))
    return out


def _terminal_moved(t: gettext.NullTranslations, before: World | None, after: World | None) -> list[str]:
    """Where the terminal went, when a line took it into a container or back (app/engine/attached.py)."""
    if before is None or after is None or before.attached == after.attached:
        return []
    now = badge(after)
    if now is None:
        return [t.gettext("The terminal is back in the learner's shell on the host")] if before.attached else []
    if before.attached is not None and before.attached.container == after.attached.container:  # type: ignore[union-attr]
        return []  # the same shell, one line further
    name, what, kind = now
    if what == "node":
        return [t.gettext("The terminal is now in Node's REPL inside {container}").format(container=name)]
    if kind == "shell":
        return [t.gettext("The terminal is now inside the shell ({shell}) of {container}: commands run in the "
                          "container until exit").format(shell=what, container=name)]
    if what == "docker events":
        return [t.gettext("docker events holds the terminal and prints the daemon's events as they happen")]
    if what == "docker stats":
        if not name:
            return [t.gettext("docker stats holds the terminal; no container is running, so its table is empty "
                              "until one starts")]
        return [t.gettext("docker stats holds the terminal and shows the resource use of {containers}").format(
            containers=name)]
    return [t.gettext("{command} holds the terminal and shows what {container} prints").format(
        command=what, container=name)]

