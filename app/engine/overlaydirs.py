"""Where overlay2 keeps a container's and its image's layers on the host, named once for `docker
inspect` (GraphDriver.Data), the kernel's mount table (/proc/mounts) and the daemon's errors.

moby v28.5.2 daemon/graphdriver/overlay2/overlay.go: each layer is a directory
/var/lib/docker/overlay2/<cache id> (64 hex digits, random, not the layer's digest) holding diff/,
work/ and a short link l/<26 base32 characters> -> ../<cache id>/diff, which the overlay mount's
lowerdir names (to keep the mount's options under a page). A container's layer has a sibling
"<id>-init" holding the init layer (/etc/hosts and friends' mount points). The simulator derives
each name from what it belongs to, so they stay the same across replays.
"""

from __future__ import annotations

import base64
import hashlib

from .world import Container, Image

ROOT = "/var/lib/docker/overlay2"


def layer_dir(layer_id: str) -> str:
    """The cache id of an image layer (a digest): 64 hex digits."""
    return hashlib.sha256(f"cache-id:{layer_id}".encode()).hexdigest()


def container_dir(c: Container) -> str:
    """The cache id of a container's read-write layer."""
    return rw_layer_dir(c.id)


def rw_layer_dir(container_id: str) -> str:
    """The cache id of the read-write layer of the container with this id."""
    return container_id[::-1][:64]


def short_link(cache_id: str) -> str:
    """The name of the cache id's link under l/: overlay.go generateID, 26 base32 characters."""
    return base64.b32encode(hashlib.sha256(f"link:{cache_id}".encode()).digest()).decode()[:26]


def lower_dirs(image: Image | None) -> list[str]:
    """An image's layers' cache ids, the top one first (as LowerDir lists them)."""
    return [layer_dir(lid) for lid in reversed(image.layers)] if image else []


def image_mount_dir(c: Container, destination: str) -> str:
    """The cache id of the layer an image mount made on its image's (named "<container id>-<source>"
    in the layer store, daemon/volumes.go registerMountPoints; its directory, like any, is random)."""
    return hashlib.sha256(f"image-mount:{c.id}:{destination}".encode()).hexdigest()
