"""One sentence per change, in the learner's language, for the ARIA live region."""

from __future__ import annotations

import gettext

from app.engine.changes import Change


def sentence(change: Change, t: gettext.NullTranslations) -> str:
    _ = t.gettext
    k, s, p = change.kind, change.subject, change.place
    if k == "file-in-layer":
        return _("{file} was written to the read-write layer of {container} — it will be lost when the "
                 "container is removed").format(file=s, container=p)
    if k == "file-copied-up":
        return _("{file} was copied up from the image into the read-write layer of {container} before "
                 "it changed").format(file=s, container=p)
    if k == "file-whiteout":
        return _("{file} was deleted in {container}: a whiteout in its layer hides the image's copy, "
                 "which stays in the image").format(file=s, container=p)
    if k == "file-in-volume":
        return _("{file} was written to the volume {volume} — it stays when the container is "
                 "removed").format(file=s, volume=_short(p))
    if k == "files-in-volume":
        return t.ngettext("{count} file was written to the volume {volume}",
                          "{count} files were written to the volume {volume}",
                          change.count).format(count=change.count, volume=_short(s))
    if k == "file-on-host":
        return _("{file} appeared in the host folder {folder}").format(file=s, folder=p)
    if k == "container-created":
        return _("Container {container} was created with an empty read-write layer").format(container=s)
    if k == "container-started":
        return _("{container} is running").format(container=s)
    if k == "container-stopped":
        return _("{container} stopped — its read-write layer is kept until it is removed").format(container=s)
    if k == "container-removed":
        return _("{container} was removed together with its read-write layer; its volumes stay").format(container=s)
    if k == "layer-lost":
        return t.ngettext("{count} file in the layer of {container} is gone for good",
                          "{count} files in the layer of {container} are gone for good",
                          change.count).format(count=change.count, container=s)
    if k == "volume-created":
        return _("Volume {volume} was created on the host").format(volume=_short(s))
    if k == "volume-removed":
        return _("Volume {volume} was removed with its data").format(volume=_short(s))
    if k == "image-built":
        return _("Image {image} is ready: read-only layers that every container of it shares").format(image=s)
    if k == "image-removed":
        return _("Image {image} was removed").format(image=s)
    return s


def _short(name: str) -> str:
    return f"{name[:6]}…{name[-4:]}" if len(name) == 64 else name


def narrate(changes: list[Change], t: gettext.NullTranslations, limit: int = 4) -> list[str]:
    order = ["file-in-layer", "file-in-volume", "files-in-volume", "file-copied-up", "file-whiteout", "layer-lost", "file-on-host",
             "container-removed", "volume-removed", "volume-created", "image-built", "image-removed",
             "container-stopped", "container-started", "container-created"]
    ranked = sorted(changes, key=lambda c: order.index(c.kind) if c.kind in order else 99)
    return [sentence(c, t) for c in ranked[:limit]]
