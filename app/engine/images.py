"""Base images, the small built-in registry, and image/layer bookkeeping."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from . import rootfs
from .fs import Tree, dir_node, file_node, tree_from
from .world import SHARED_LAYERS, Image, Layer, World

PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def _hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _bin(name: str, size: int = 0) -> Any:
    return file_node("\x7fELF", mode=0o755, size=size or 40_000)


def _tree(name: str) -> dict[str, Any]:
    """A layer's files from data/rootfs/NAME.txt (app/engine/rootfs.py)."""
    return dict(rootfs.load(name).files)


@dataclass(frozen=True)
class BaseLayer:
    created_by: str
    size: int
    files: dict[str, Any]


@dataclass(frozen=True)
class BaseImage:
    repo: str
    tags: tuple[str, ...]
    created: int  # UTC seconds
    config: dict[str, Any]
    steps: tuple[BaseLayer | str, ...]  # a str is a metadata-only history entry

    @property
    def digest(self) -> str:
        return "sha256:" + _hex("digest:" + self.repo)


def _node_user() -> dict[str, Any]:
    """groupadd/useradd of the node user: its home, and the lines it adds to passwd and group."""
    base = rootfs.load("buster").files
    return {
        "/home/node": dir_node(1000),
        "/etc/passwd": file_node(base["/etc/passwd"].data + "node:x:1000:1000::/home/node:/bin/bash\n"),
        "/etc/group": file_node(base["/etc/group"].data + "node:x:1000:\n"),
    }


def _bins(folder: str, names: str, size: int) -> dict[str, Any]:
    """Programs of a buildpack-deps layer's packages (the ones a learner might type)."""
    return {f"{folder}/{n}": _bin(n, size) for n in names.split()}


# procps, from buildpack-deps:buster's scm layer (Debian puts ps and kill in /bin)
PROCPS = {**{f"/bin/{n}": _bin(n, 133_432) for n in ("ps", "kill")},
          **{f"/usr/bin/{n}": _bin(n, 30_000) for n in ("free", "pgrep", "pkill", "pmap", "pwdx", "slabtop",
                                                         "tload", "top", "uptime", "vmstat", "w", "watch")},
          "/sbin/sysctl": _bin("sysctl", 30_000)}


def _yarn() -> dict[str, Any]:
    """Yarn 1.22.19 unpacked into /opt, with its two links in /usr/local/bin."""
    script = file_node("#!/usr/bin/env node\n", mode=0o755, size=1_015)
    files: dict[str, Any] = {f"/opt/yarn-v1.22.19/{n}": file_node("", size=s)
                             for n, s in (("LICENSE", 1_346), ("README.md", 2_838), ("package.json", 675))}
    files["/opt/yarn-v1.22.19/lib/cli.js"] = file_node("", size=5_233_664)
    for name in ("yarn", "yarnpkg", "yarn.js"):
        files[f"/opt/yarn-v1.22.19/bin/{name}"] = script
        if name != "yarn.js":
            files[f"/usr/local/bin/{name}"] = script  # ln -s /opt/yarn-v$YARN_VERSION/bin/{name}
    return files


NODE_14 = BaseImage(
    repo="node",
    tags=("14",),
    created=1681344000,  # 2023-04-13
    config={
        "Env": [PATH_ENV, "NODE_VERSION=14.21.3", "YARN_VERSION=1.22.19"],
        "Cmd": ["node"],
        "Entrypoint": ["docker-entrypoint.sh"],
        "WorkingDir": "",
        "ExposedPorts": {},
        "Volumes": {},
        "User": "",
        "Labels": {},
    },
    steps=(
        BaseLayer("/bin/sh -c #(nop) ADD file:9c1b8c5e3b4f1a0d2c7e in / ", 114_060_000, _tree("buster")),
        '/bin/sh -c #(nop)  CMD ["bash"]',
        BaseLayer(
            "/bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tnetbase \t\twget \t; \trm -rf /var/lib/apt/lists/*",
            17_580_000,
            {**_bins("/usr/bin", "curl wget gpg gpgv gpg-agent dirmngr gpgconf", 240_000)},
        ),
        BaseLayer(
            "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\tprocps \t&& rm -rf /var/lib/apt/lists/*",
            146_020_000,
            {"/usr/bin/git": _bin("git", 3_000_000), **PROCPS,
             **_bins("/usr/bin", "hg ssh scp sftp ssh-add ssh-agent ssh-keygen ssh-keyscan svn svnadmin svnlook "
                     "svnversion git-shell git-receive-pack git-upload-pack", 200_000)},
        ),
        BaseLayer(
            "/bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tg++ \t\tgcc \t\tmake \t\tpython3 \t; \trm -rf /var/lib/apt/lists/*",
            510_300_000,
            {"/usr/bin/make": _bin("make", 240_000), "/usr/bin/python3": _bin("python3", 5_000_000),
             **_bins("/usr/bin", "gcc g++ cc c++ cpp as ld ar autoconf automake autoreconf libtool libtoolize "
                     "pkg-config file patch unzip xz unxz bzip2 bunzip2 convert identify python3.7 mysql_config "
                     "pg_config", 400_000)},
        ),
        BaseLayer(
            "/bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node",
            333_000,
            _node_user(),
        ),
        "/bin/sh -c #(nop)  ENV NODE_VERSION=14.21.3",
        BaseLayer(
            "/bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"   && case \"${dpkgArch##*-}\" in     amd64) ARCH='x64';;   esac   && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\"   && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs",
            116_400_000,
            _tree("node14"),
        ),
        "/bin/sh -c #(nop)  ENV YARN_VERSION=1.22.19",
        BaseLayer(
            "/bin/sh -c set -ex   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn",
            7_617_000,
            _yarn(),
        ),
        BaseLayer(
            "/bin/sh -c #(nop) COPY file:4d192565a7220e135cab6c77fbc1c73211b69f3d9fb37e62857b2c6eb9363d51 in /usr/local/bin/ ",
            388,
            {"/usr/local/bin/docker-entrypoint.sh": file_node(
                '#!/bin/sh\nset -e\n\n# Run command with node if the first argument contains a "-" or is not a system command.\n'
                'if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ]; then\n  set -- node "$@"\nfi\n\nexec "$@"\n',
                mode=0o755,
            )},
        ),
        '/bin/sh -c #(nop)  ENTRYPOINT ["docker-entrypoint.sh"]',
        '/bin/sh -c #(nop)  CMD ["node"]',
    ),
)


BUSYBOX = BaseImage(
    repo="busybox",
    tags=("latest",),
    created=1727740800,  # 2024-10-01
    config={"Env": [PATH_ENV.replace("/usr/local/sbin:/usr/local/bin:", "/usr/local/sbin:/usr/local/bin:")],
            "Cmd": ["sh"], "Entrypoint": None, "WorkingDir": "", "ExposedPorts": {}, "Volumes": {},
            "User": "", "Labels": {}},
    steps=(
        BaseLayer("BusyBox 1.37.0 (glibc), Debian 13", 4_270_000, _tree("busybox")),
    ),
)

ALPINE = BaseImage(
    repo="alpine",
    tags=("latest", "3.22"),
    created=1759276800,  # 2025-10-01
    config={"Env": [PATH_ENV], "Cmd": ["/bin/sh"], "Entrypoint": None, "WorkingDir": "/",
            "ExposedPorts": {}, "Volumes": {}, "User": "", "Labels": {}},
    steps=(
        BaseLayer("ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit", 8_310_000, _tree("alpine")),
        'CMD ["/bin/sh"]',
    ),
)

UBUNTU = BaseImage(
    repo="ubuntu",
    tags=("latest", "24.04", "noble"),
    created=1759968000,  # 2025-10-09
    config={"Env": [PATH_ENV], "Cmd": ["/bin/bash"], "Entrypoint": None, "WorkingDir": "",
            "ExposedPorts": {}, "Volumes": {}, "User": "",
            "Labels": {"org.opencontainers.image.ref.name": "ubuntu", "org.opencontainers.image.version": "24.04"}},
    steps=(
        "/bin/sh -c #(nop)  ARG RELEASE",
        "/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH",
        "/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu",
        "/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04",
        BaseLayer("/bin/sh -c #(nop) ADD file:32d41b6329e8f89fa1e5ce0a0fda1d3b0da9d8f5b9c4e8a1b2c3 in / ", 78_130_000, _tree("ubuntu")),
        '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ),
)

REGISTRY: dict[str, BaseImage] = {b.repo: b for b in (NODE_14, BUSYBOX, ALPINE, UBUNTU)}


def layer_id(base: BaseImage, step: BaseLayer) -> str:
    return "sha256:" + _hex("layer:" + base.repo + step.created_by)


# Each registry layer by its id (what a snapshot names it by: world.Layer.__reduce_ex__)
_REGISTRY_LAYERS: dict[str, BaseLayer] = {layer_id(b, step): step for b in REGISTRY.values()
                                          for step in b.steps if isinstance(step, BaseLayer)}


def registry_tree(lid: str) -> Tree:
    """A registry layer's frozen tree, made once per process and shared by every world that has the
    image (each session used to make its own: node:14's 366 entries in each of them)."""
    made = SHARED_LAYERS.get(lid)
    if made is None:
        made = SHARED_LAYERS[lid] = tree_from(_REGISTRY_LAYERS[lid].files).freeze()
    return made


def registry_lookup(repo: str, tag: str) -> BaseImage | None:
    base = REGISTRY.get(repo)
    if base is None or tag not in base.tags:
        return None
    return base


def install_base(world: World, base: BaseImage, tag: str) -> Image:
    """Put a registry image into the world's image store (layers shared by id)."""
    layer_ids: list[str] = []
    history: list[dict[str, Any]] = []
    for step in base.steps:
        if isinstance(step, str):
            history.append({"created": base.created, "created_by": step, "empty_layer": True,
                            "comment": "", "size": 0})
            continue
        lid = layer_id(base, step)
        if lid not in world.layers:
            world.layers[lid] = Layer(lid, registry_tree(lid), step.created_by, step.size)
        layer_ids.append(lid)
        history.append({"created": base.created, "created_by": step.created_by, "empty_layer": False,
                        "comment": "", "size": step.size})
    image_id = "sha256:" + _hex("image:" + base.repo + ":" + ",".join(layer_ids))
    image = world.images.get(image_id)
    if image is None:
        image = Image(image_id, layer_ids, json.loads(json.dumps(base.config)), history, base.created,
                      digest=base.digest)
        world.images[image_id] = image
    return world.add_tag(image_id, f"{base.repo}:{tag}")


def digest_refs(img: Image, tags: list[str]) -> list[str]:
    """The repo@digest references a pull left beside these tags: one per repository the image was
    pulled from (distribution/pull_v2.go addDigestReference), none for a name docker tag gave it;
    the daemon's reference store keeps one until the repository's last tag goes
    (daemon/images/image_delete.go)."""
    repos = sorted({t.rsplit(":", 1)[0] for t in tags})
    return [f"{r}@{img.digest}" for r in repos
            if img.digest and (base := REGISTRY.get(r)) is not None and base.digest == img.digest]


def image_size(world: World, image: Image) -> int:
    return sum(world.layers[lid].size for lid in image.layers)


def initial_images(world: World) -> None:
    install_base(world, NODE_14, "14")
