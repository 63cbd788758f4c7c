"""How deep a chain of layers may be with the overlay2 graph driver.

Two limits, in two places of moby v28.5.2:

- layer/layer_store.go: maxLayerDepth = 125. registerWithDescriptor (what `docker commit` and
  `docker load` register a layer through) refuses a parent whose depth (ro_layer.go depth: 1 for a
  layer without a parent) is 125 or more: layer.ErrMaxDepthExceeded, "max depth exceeded". The
  comment gives the reason: 127 in some graph drivers, less the init and read-write layers of a
  container. BuildKit's export registers its layers through migration.go RegisterByGraphID, which
  has no such check.
- daemon/graphdriver/overlay2/overlay.go: maxDepth = 128. create (the driver's Create and
  CreateReadWrite) writes the new directory's "lower" file through getLower: the parent's link
  and the parent's own lowers, refused with "max depth exceeded" when they are more than 128. A
  directory on the N-th layer of a chain has N lowers.

So BuildKit (builder/builder-next/adapters/snapshot/snapshot.go Prepare calls the driver's Create
for each step's snapshot) builds at most 129 layers; a container needs its init layer (N lowers)
and its read-write layer (N + 1) on an image of N layers, so N may be at most 127; a commit or a
load adds a layer only on a parent of at most 124.
"""

from __future__ import annotations

import hashlib

MAX_DEPTH_EXCEEDED = "max depth exceeded"  # layer/layer.go ErrMaxDepthExceeded and overlay.go getLower
MAX_LAYER_DEPTH = 125  # layer/layer_store.go maxLayerDepth
OVERLAY_MAX_LOWERS = 128  # daemon/graphdriver/overlay2/overlay.go maxDepth

_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def registers_on(parent_depth: int) -> bool:
    """Whether the layer store registers a layer on a parent this deep (0: no parent)."""
    return parent_depth < MAX_LAYER_DEPTH


def driver_creates_on(parent_depth: int) -> bool:
    """Whether overlay2 makes a directory on a parent this deep: the new one has that many lowers."""
    return parent_depth <= OVERLAY_MAX_LOWERS


def container_layers_fit(image_depth: int) -> bool:
    """Whether CreateRWLayer makes a container's init layer, then its read-write layer on that."""
    return driver_creates_on(image_depth) and driver_creates_on(image_depth + 1)


def chain_id(diff_ids: list[str]) -> str:
    """layer.CreateChainID: the first diff ID, then sha256 of "<parent chain> <diff ID>"."""
    chain = diff_ids[0]
    for diff in diff_ids[1:]:
        chain = "sha256:" + hashlib.sha256(f"{chain} {diff}".encode()).hexdigest()
    return chain


def buildkit_id(seed: str) -> str:
    """A BuildKit identity.NewID as layerlab derives it: 25 base-36 characters (random in Docker)."""
    value = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:17], "big")
    out = ""
    for _ in range(25):
        value, digit = divmod(value, 36)
        out = _BASE36[digit] + out
    return out
