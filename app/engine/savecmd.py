"""docker save, docker load and docker import: images as tar archives and back.

docker/cli v28.5.2 cli/command/image/save.go, load.go and import.go; the daemon's side with the
overlay2 graph driver is moby v28.5.2 image/tarexport (save.go, load.go) and
daemon/images/image_import.go. A saved archive is an OCI layout as tarexport writes it: under
blobs/sha256/ each layer's tar (named by its diff ID), a legacy v1 config per layer, the image's
config (named by the image ID) and its OCI manifest; then index.json, manifest.json, oci-layout
and (when the images have tags) repositories, all walked by go-archive in name order.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from typing import Any

from . import archive, budget, events
from .archive import Member
from .commitchanges import apply_changes, commit_changes
from .dockercli import Args, Ctx, DockerError, refuse_unsimulated
from .exportcmd import TERMINAL, check_output, deliver
from .formatting import human_size4, rfc3339_nano
from .fs import (
    DIR,
    FILE,
    WHITEOUT,
    WHITEOUT_NODE,
    FsError,
    Node,
    Tree,
    ancestors,
    dir_node,
    file_node,
    normpath,
    overlay_get,
    parent_of,
)
from .gopath import go_clean, go_join
from .imagecmds import image_id_for, store_image, tag_image
from .layerdepth import MAX_DEPTH_EXCEEDED, registers_on
from .refs import RefError, parse_ref
from .world import Image, Layer, World

LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar"
MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json"
CONFIG_TYPE = "application/vnd.oci.image.config.v1+json"
INDEX_TYPE = "application/vnd.oci.image.index.v1+json"
TEMP = "/var/lib/docker/tmp/docker-import-3128475306"  # os.MkdirTemp's name: its number is random
_EMPTY_V1 = {"Hostname": "", "Domainname": "", "User": "", "AttachStdin": False, "AttachStdout": False,
             "AttachStderr": False, "Tty": False, "OpenStdin": False, "StdinOnce": False, "Env": None, "Cmd": None,
             "Image": "", "Volumes": None, "WorkingDir": "", "Entrypoint": None, "OnBuild": None, "Labels": None}


def _json(value: Any) -> str:
    """encoding/json Marshal's compact text."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _hex(digest: str) -> str:
    return digest.removeprefix("sha256:")


# ---------------------------------------------------------------------------------------------
# docker save


def cmd_save(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("platform",))
    output = args.get("output") or ""
    if not output and ctx.io.capture_out is None:
        raise DockerError(TERMINAL)
    if output:
        check_output(ctx, output, "failed to save image")
    world: World = ctx.world
    chosen = _selection(world, args.positional)
    data = archive.dump(_save_members(world, chosen))
    for img, _ in chosen:
        events.image(world, img.id, img.id, "save", img)  # save.go: LogImageEvent(id, id, ActionSave)
    deliver(ctx, output, data)
    return 0


def _selection(world: World, names: list[str]) -> list[tuple[Image, list[str]]]:
    """tarexport parseNames: each image named, with the tags it is saved under (a name without a
    tag: every tag of that repository; an ID: none), in the order first named."""
    chosen: dict[str, list[str]] = {}
    for name in names:
        try:
            repo, tag, digest = parse_ref(name)
        except RefError as exc:
            raise DockerError(f"Error response from daemon: {exc}") from None
        if digest and not tag:
            img = world.find_image(digest)
            if img is None:
                raise DockerError(f"Error response from daemon: No such image: {name}")
            chosen.setdefault(img.id, [])
            continue
        if not tag:
            tagged = sorted((t, i) for i in world.images.values() for t in i.tags if t.rsplit(":", 1)[0] == repo)
            for t, i in tagged:
                _add(chosen, i.id, t)
            if tagged:
                continue
            img = world.find_image(name)
            if img is None or name.startswith(repo + ":"):
                raise DockerError(f"Error response from daemon: No such image: {name}")
            chosen.setdefault(img.id, [])
            continue
        img = world.find_image(f"{repo}:{tag}")
        if img is None:
            raise DockerError("Error response from daemon: reference does not exist")
        _add(chosen, img.id, f"{repo}:{tag}")
    return [(world.images[iid], tags) for iid, tags in chosen.items()]


def _add(chosen: dict[str, list[str]], image_id: str, tag: str) -> None:
    tags = chosen.setdefault(image_id, [])
    if tag not in tags:
        tags.append(tag)


def _save_members(world: World, chosen: list[tuple[Image, list[str]]]) -> list[Member]:
    """The archive's members: the blobs (by name), then the four files at the top."""
    blobs: dict[str, tuple[str, int]] = {}  # hex name -> (content, mtime)
    manifest: list[dict[str, Any]] = []
    index: list[dict[str, Any]] = []
    repositories: dict[str, dict[str, str]] = {}
    for img, tags in chosen:
        sources = _image_blobs(world, img, blobs)
        config = _config_json(img)
        blobs[_hex(img.id)] = (config, img.created)
        mfst = _json({"schemaVersion": 2, "mediaType": MANIFEST_TYPE,
                      "config": {"mediaType": CONFIG_TYPE, "digest": img.id, "size": len(config.encode())},
                      "layers": [{"mediaType": LAYER_TYPE, "digest": lid, "size": sources[lid]} for lid in img.layers]})
        blobs[_sha(mfst)] = (mfst, 0)
        plain = {"mediaType": MANIFEST_TYPE, "digest": "sha256:" + _sha(mfst), "size": len(mfst.encode())}
        for tag in tags:
            repo, _, name = tag.rpartition(":")
            repositories.setdefault(repo, {})[name] = _hex(img.layers[-1])
            index.append({**plain, "annotations": {"io.containerd.image.name": _full(tag),
                                                   "org.opencontainers.image.ref.name": name}})
        if not index:  # save.go: only while no image so far had a tag
            index.append(plain)
        manifest.append({"Config": f"blobs/sha256/{_hex(img.id)}", "RepoTags": tags or None,
                         "Layers": [f"blobs/sha256/{_hex(lid)}" for lid in img.layers],
                         "LayerSources": {lid: {"mediaType": LAYER_TYPE, "size": size, "digest": lid}
                                          for lid, size in sorted(sources.items())}})
    last = chosen[-1][0].created if chosen else 0
    members = [_entry("blobs/", dir_node(), last), _entry("blobs/sha256/", dir_node(), 0)]
    members += [_entry(f"blobs/sha256/{name}", file_node(text) if not archive.is_archive(text)
                       else file_node(text, size=archive.stated_size(text)), when)
                for name, (text, when) in sorted(blobs.items())]
    top = {"index.json": _json({"schemaVersion": 2, "mediaType": INDEX_TYPE, "manifests": index}),
           "manifest.json": _json(manifest) + "\n", "oci-layout": '{"imageLayoutVersion": "1.0.0"}'}
    if repositories:
        top["repositories"] = _json({r: dict(sorted(t.items())) for r, t in sorted(repositories.items())}) + "\n"
    return members + [_entry(name, file_node(text), 0) for name, text in top.items()]


def _entry(name: str, node: Node, mtime: int) -> Member:
    return Member(name, node, mtime)


def _full(tag: str) -> str:
    repo, _, name = tag.rpartition(":")
    first = repo.split("/", 1)[0]
    if "/" not in repo:
        repo = "docker.io/library/" + repo
    elif "." not in first and ":" not in first and first != "localhost":
        repo = "docker.io/" + repo
    return f"{repo}:{name}"


def _image_blobs(world: World, img: Image, blobs: dict[str, tuple[str, int]]) -> dict[str, int]:
    """saveImage: per layer a legacy v1 config and the layer's tar; each layer's tar size by diff ID."""
    sizes: dict[str, int] = {}
    parent = ""
    for i, lid in enumerate(img.layers):
        v1_id = _sha(f"v1:{':'.join(img.layers[:i + 1])}:{parent}")
        v1: dict[str, Any] = {"id": v1_id, **({"parent": parent} if parent else {}),
                              "created": "1970-01-01T00:00:00Z", "container_config": _EMPTY_V1, "os": "linux"}
        if i == len(img.layers) - 1:
            v1.update({"created": rfc3339_nano(img.created), "config": img.config, "architecture": "amd64"})
        text = _json(v1)
        blobs.setdefault(_sha(text), (text, img.created))
        blob = blobs.get(_hex(lid))
        if blob is None:  # a layer several of the images share is written (and walked) once
            lowers = [world.layers[below].tree for below in reversed(img.layers[:i])]
            tar = archive.dump(layer_members(world.layers[lid].tree, lowers), layer_size=world.layers[lid].size,
                               diff_id=lid)
            blob = blobs[_hex(lid)] = (tar, img.created)
        sizes[lid] = archive.stated_size(blob[0]) or 0
        parent = v1_id
    return sizes


def layer_members(tree: Tree, lowers: list[Tree] | None = None) -> list[Member]:
    """A layer's tar stream (overlay2's diff through go-archive's overlay whiteout converter): the
    folders above what it changes (overlayfs made them in the upper directory, as the layers
    below have them), a whiteout as an empty ".wh.NAME" file (mode 0600), an opaque folder
    followed by its ".wh..wh..opq" file."""
    found = dict(tree.entries)
    for path in list(found):
        for above in ancestors(path):
            if above not in found:
                found[above] = overlay_get(lowers or [], above) or dir_node()
    entries: list[tuple[str, Node]] = []
    for path, node in sorted(found.items(), key=lambda e: e[0].split("/")):
        if node.kind == WHITEOUT:
            entries.append((go_join(parent_of(path), ".wh." + path.rsplit("/", 1)[-1]), file_node("", mode=0o600)))
            continue
        entries.append((path, node))
        if node.kind == DIR and node.opaque:
            entries.append((path + "/.wh..wh..opq", file_node("", mode=node.mode & 0o777)))
    return archive.tree_members(entries)


def _config_json(img: Image) -> str:
    """The image's config as the image store keeps it (its ID is this text's digest)."""
    history = [{"created": rfc3339_nano(h.get("created", img.created)),
                **({"author": h["author"]} if h.get("author") else {}),
                **({"created_by": h["created_by"]} if h.get("created_by") else {}),
                **({"comment": h["comment"]} if h.get("comment") else {}),
                **({"empty_layer": True} if h.get("empty_layer") else {})} for h in img.history]
    body: dict[str, Any] = {"architecture": "amd64", **({"author": img.author} if img.author else {}),
                            **({"comment": img.comment} if img.comment else {}), "config": img.config,
                            "created": rfc3339_nano(img.created), "history": history, "os": "linux",
                            "rootfs": {"type": "layers", "diff_ids": list(img.layers)}}
    return _json(body)


# ---------------------------------------------------------------------------------------------
# docker load


def cmd_load(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("platform",))
    source = args.get("input") or ""
    if not source:
        if ctx.io.stdin is None:
            raise DockerError("requested load from stdin, but stdin is empty")
        data = ctx.io.stdin
    else:
        data = _host_file(ctx, source)
    quiet = args.bool("quiet") or ctx.io.capture_out is not None  # load.go: quiet off a terminal
    members = _untar(data)
    # Untar writes each member at its cleaned name under the temporary folder: a tar made with
    # `tar -cf x.tar -C dir .` (names "./manifest.json") loads as one without the "./"
    by_name = {go_clean(m.name): m for m in members if go_clean(m.name) != "."}
    if "manifest.json" not in by_name:
        folder = next((name for name, m in by_name.items() if m.node.kind == DIR and "/" not in name), None)
        raise DockerError(f"open {TEMP}/{folder}/json: no such file or directory" if folder
                          else f"open {TEMP}/repositories: no such file or directory")
    try:
        manifest = json.loads(_blob(by_name, "manifest.json"))
    except ValueError as exc:
        raise DockerError(f"invalid character in manifest.json: {exc}") from None
    manifest = _go_decode(manifest, _MANIFEST, "", "")
    if manifest is None:  # load.go validateManifest
        raise DockerError("invalid manifest, manifest cannot be null (but can be [])")
    lines, loaded = _load_images(ctx, by_name, manifest, quiet)
    for line in lines:
        ctx.io.out(line)
    if loaded and not loaded[-1][1]:  # load.go: the IDs, when the last image had no tag
        for iid, _ in loaded:
            ctx.io.out(f"Loaded image ID: {iid}")
    return 0


def _host_file(ctx: Ctx, name: str) -> str:
    """os.Open of a file the CLI reads, as Go words its failure."""
    path = go_clean(name) if name.startswith("/") else go_join(ctx.shell.cwd, name)
    try:
        node = ctx.shell.view.get(path)
    except FsError:
        node = None
    if node is None:
        raise DockerError(f"open {name}: no such file or directory")
    if node.kind != FILE:
        raise DockerError(f"read {name}: is a directory")
    return node.data


def _untar(data: str) -> list[Member]:
    """What the daemon's untar finds: nothing in an empty stream, archive/tar's errors for the rest."""
    if not data:
        return []
    members = archive.parse(data)
    if members is None:
        raise DockerError("unexpected EOF" if len(data.encode()) < archive.BLOCK else "archive/tar: invalid tar header")
    return members


def _blob(by_name: dict[str, Member], name: str) -> str:
    m = by_name.get(go_clean(name))
    if m is None or m.node.kind != FILE:
        raise DockerError(f"open {TEMP}/{name}: no such file or directory")
    return m.node.data


def _load_images(ctx: Ctx, by_name: dict[str, Member], manifest: list[dict[str, Any]],
                 quiet: bool) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Each manifest item's layers registered (those the store lacks, with their progress line),
    its image created and tagged: the lines said, and (ID, tags) per image."""
    world: World = ctx.world
    lines: list[str] = []
    loaded: list[tuple[str, list[str]]] = []
    for item in manifest:
        item = item or {}
        config_text = _blob(by_name, item.get("Config") or "")
        config = _image_json(config_text, item.get("Config") or "")
        diff_ids = list(config.get("rootfs", {}).get("diff_ids") or [])
        paths = list(item.get("Layers") or [])
        if len(paths) != len(diff_ids):
            raise DockerError(f"invalid manifest, layers length mismatch: expected {len(paths)}, got {len(diff_ids)}")
        added: list[str] = []
        for depth, (lid, path) in enumerate(zip(diff_ids, paths, strict=True)):
            if lid not in world.layers:  # load.go: a layer the store has is not read again
                _check_depth(ctx, depth, added, lines)
                data = _blob(by_name, path)
                if not quiet:
                    lines.append(_progress(lid, data))
                _check_diff_id(ctx, depth, lid, data, added, lines)
                _register_layer(world, lid, data)
                added.append(lid)
        named = item["Config"].rsplit("/", 1)[-1]  # blobs/sha256/<ID> as save writes it
        # image/store.go Create: the ID is the digest of the config's bytes (what save named it by)
        iid = "sha256:" + (named if re.fullmatch(r"[0-9a-f]{64}", named) else hashlib.sha256(config_text.encode()).hexdigest())
        try:
            img = _image_from(world, iid, config)
        except DockerError:  # layerlab's bound on images: the layers registered for it go, as above
            for lid in added:
                world.layers.pop(lid, None)
            for line in lines:
                ctx.io.out(line)
            raise
        tags = list(item.get("RepoTags") or [])
        for tag in tags:
            lines.extend(_loaded_tag(world, img, tag))
        events.image(world, iid, iid, "load", world.images[iid])  # load.go: ActionLoad
        loaded.append((iid, tags))
    return lines, loaded


def _check_depth(ctx: Ctx, parent_depth: int, added: list[str], lines: list[str]) -> None:
    """loadLayer registers each layer on the ones below it (layer_store.go registerWithDescriptor),
    refused past maxLayerDepth (layerdepth); the image's layers registered so far lose their last
    reference as load.go's deferred ReleaseAndLog runs, so they go. The progress said so far stays."""
    if registers_on(parent_depth):
        return
    for lid in added:
        ctx.world.layers.pop(lid, None)
    for line in lines:
        ctx.io.out(line)
    raise DockerError(MAX_DEPTH_EXCEEDED)


def _check_diff_id(ctx: Ctx, depth: int, lid: str, data: str, added: list[str], lines: list[str]) -> None:
    """load.go: the layer store digests the tar it registers (its diff ID), which must be the one
    the config's rootfs.diff_ids names; when not, the image's layers registered so far are released
    (and go), as with the depth limit, and load ends with the daemon's error."""
    actual = archive.diff_id(data)
    if actual == lid:
        return
    for registered in added:
        ctx.world.layers.pop(registered, None)
    for line in lines:
        ctx.io.out(line)
    raise DockerError(f'invalid diffID for layer {depth}: expected "{lid}", got "{actual}"')


def _progress(lid: str, data: str) -> str:
    """loadLayer's progress line as it ends on a terminal (stringid.TruncateID of the diff ID,
    jsonmessage's bar at 100% and go-units sizes)."""
    total = human_size4(archive.stated_size(data) or 0)
    return f"{_hex(lid)[:12]}: Loading layer [{'=' * 50}>] {total:>8}/{total}"


def _register_layer(world: World, lid: str, data: str) -> None:
    """loadLayer: the layer's tar into the store."""
    layer = archive.parse(data) or []
    tree = members_tree(layer)
    size = archive.stated_layer_size(data)
    world.layers[lid] = Layer(lid, tree.freeze(), "", archive.content_size(layer) if size is None else size)


def _loaded_tag(world: World, img: Image, tag: str) -> list[str]:
    """setLoadedTag: the tag moves to the loaded image (the old one is said to be renamed)."""
    try:
        repo, name, _ = parse_ref(tag)
    except RefError as exc:
        raise DockerError(str(exc)) from None
    ref = f"{repo}:{name or 'latest'}"
    said: list[str] = []
    before = world.find_image(ref)
    if before is not None and ref in before.tags and before.id != img.id:
        said.append(f"The image {ref} already exists, renaming the old one with ID {before.id} to empty string")
    world.add_tag(img.id, ref)
    return [*said, f"Loaded image: {ref}"]


# What load.go decodes a saved archive's JSON into (encoding/json into Go types): a struct's
# name and its fields (matched without regard to case, others ignored), a slice, a map's values.
_S, _B, _STRS = "string", "bool", ("[]", "string")
_STRSLICE = "strslice"  # api/types/strslice: a JSON string or array of strings
_CONTAINER_CONFIG: tuple[str, dict[str, Any]] = ("Config", {
    "Hostname": _S, "Domainname": _S, "User": _S, "AttachStdin": _B, "AttachStdout": _B, "AttachStderr": _B,
    "ExposedPorts": ("map", "struct {}", "nat.PortSet"), "Tty": _B, "OpenStdin": _B, "StdinOnce": _B, "Env": _STRS,
    "Cmd": _STRSLICE, "ArgsEscaped": _B, "Image": _S, "Volumes": ("map", "struct {}"), "WorkingDir": _S,
    "Entrypoint": _STRSLICE, "NetworkDisabled": _B, "OnBuild": _STRS, "Labels": ("map", _S), "StopSignal": _S,
    "Shell": _STRSLICE})
_IMAGE: tuple[str, dict[str, Any]] = ("Image", {
    "created": "time.Time", "author": _S, "comment": _S, "config": _CONTAINER_CONFIG, "architecture": _S, "os": _S,
    "rootfs": ("RootFS", {"type": _S, "diff_ids": ("[]", "layer.DiffID")}),
    "history": ("[]", ("History", {"created": "time.Time", "author": _S, "created_by": _S, "comment": _S,
                                   "empty_layer": _B}))})
_MANIFEST = ("[]", ("manifestItem", {"Config": _S, "RepoTags": _STRS, "Layers": _STRS}))
_GO_NAMES = {"manifestItem": "tarexport.manifestItem", "Image": "image.Image", "History": "image.History",
             "RootFS": "image.RootFS", "Config": "container.Config"}
_JSON_KINDS = {dict: "object", list: "array", str: "string", bool: "bool", int: "number", float: "number"}


def _image_json(text: str, name: str) -> dict[str, Any]:
    """image.NewFromJSON: the config decoded, and refused without a rootfs."""
    try:
        config = _go_decode(json.loads(text), _IMAGE, "", "")
    except ValueError as exc:
        raise DockerError(f"invalid character in {name}: {exc}") from None
    if not config or config.get("rootfs") is None:
        raise DockerError("invalid image JSON, no RootFS key")
    return dict(config)


def _go_decode(value: Any, spec: Any, path: str, struct: str) -> Any:
    """value as encoding/json decodes it into the Go type spec describes (null leaves the zero
    value: None here), its fields under their Go names; the first type that does not fit ends it
    with json.UnmarshalTypeError's text."""
    if value is None:
        return None
    if spec == _STRSLICE:  # StrSlice.UnmarshalJSON: a []string, else a string
        return [value] if isinstance(value, str) else _go_decode(value, _STRS, path, struct)
    if spec == "time.Time":
        return _go_time(value)
    _go_kind(value, spec, path, struct)
    if isinstance(spec, str):
        return value
    budget.current().step(len(value))
    if spec[0] == "[]":
        return [_go_decode(v, spec[1], path, struct) for v in value]
    if spec[0] == "map":
        return {k: _go_decode(v, spec[1], path, struct) for k, v in value.items()}
    name, fields = spec
    folded = {f.lower(): f for f in fields}
    decoded: dict[str, Any] = {}
    for key, v in value.items():
        field = key if key in fields else folded.get(key.lower())
        if field is None:
            decoded.setdefault(key, v)  # a field load does not know: kept as it came
        elif (got := _go_decode(v, fields[field], f"{path}.{field}" if path else field, name)) is not None:
            decoded[field] = got
    return decoded


def _go_time(value: Any) -> str:
    """time.Time UnmarshalJSON: an RFC 3339 string."""
    if not isinstance(value, str):
        raise DockerError("Time.UnmarshalJSON: input is not a JSON string")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # time.Parse's error, worded for a text that fails at its year
        raise DockerError(f'parsing time "{value}" as "2006-01-02T15:04:05Z07:00": '
                          f'cannot parse "{value}" as "2006"') from None
    return value


def _go_kind(value: Any, spec: Any, path: str, struct: str) -> None:
    """json.UnmarshalTypeError when the JSON value's kind is not one the Go type takes."""
    kind = _JSON_KINDS[type(value)]
    want = {"string": "string", "layer.DiffID": "string", "bool": "bool", "struct {}": "object"}.get(spec) \
        if isinstance(spec, str) else "array" if spec[0] == "[]" else "object"
    if kind != want:
        go_type = spec if isinstance(spec, str) else f"[]{_go_name(spec[1])}" if spec[0] == "[]" \
            else (spec[2] if len(spec) > 2 else f"map[string]{spec[1]}") if spec[0] == "map" else _go_name(spec)
        where = f"Go struct field {struct}.{path}" if struct else "Go value"
        raise DockerError(f"json: cannot unmarshal {kind} into {where} of type {go_type}")


def _go_name(spec: Any) -> str:
    return spec if isinstance(spec, str) else _GO_NAMES.get(spec[0], spec[0]) if isinstance(spec[1], dict) else ""


def _stamp(text: str | None, default: int) -> int:
    if not text:
        return default
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


def _image_from(world: World, iid: str, config: dict[str, Any]) -> Image:
    """The image a config describes (the one already in the store when its ID is there)."""
    if iid in world.images:
        return world.images[iid]
    created = _stamp(config.get("created"), 0)
    layers = list(config.get("rootfs", {}).get("diff_ids") or [])
    sizes = iter(world.layers[lid].size for lid in layers)
    history = []
    for h in config.get("history") or []:
        empty = bool(h.get("empty_layer"))
        entry = {"created": _stamp(h.get("created"), created), "created_by": h.get("created_by", ""),
                 "empty_layer": empty, "comment": h.get("comment", ""), "size": 0 if empty else next(sizes, 0)}
        if "author" in h:
            entry["author"] = h["author"]
        history.append(entry)
    return store_image(world, Image(iid, layers, config.get("config") or {}, history, created,
                                    comment=config.get("comment", ""), author=config.get("author", "")))


def members_tree(members: list[Member]) -> Tree:
    """A layer's tree from its tar (the inverse of layer_members): whiteouts and opaque folders
    back, a base image's links as copies again, a hard link as the same file."""
    tree = Tree()
    linked: list[tuple[str, str]] = []
    for m in members:
        path = "/" + go_clean(m.name).strip("/")
        if path not in ("/", "/."):
            tree.ensure_dirs(parent_of(path))
            _put_member(tree, path, m, linked)
    _restore_links(tree, linked)
    return tree


def _put_member(tree: Tree, path: str, m: Member, linked: list[tuple[str, str]]) -> None:
    base = path.rsplit("/", 1)[-1]
    if base == ".wh..wh..opq":
        folder = parent_of(path)
        node = tree.get(folder)
        tree.set(folder, Node(DIR, mode=node.mode if node else 0o755, uid=node.uid if node else 0, opaque=True))
    elif base.startswith(".wh."):
        tree.set(go_join(parent_of(path), base[4:]), WHITEOUT_NODE)
    elif m.node.kind == archive.HARD:
        same = tree.get("/" + m.node.data.strip("/"))
        tree.set(path, same if same is not None else file_node(""))
    elif archive.restores_copy(path, m.node):
        linked.append((path, m.node.data))
    else:
        tree.set(path, Node(m.node.kind, m.node.data, m.node.size, m.node.mode, m.node.uid, gid=m.node.gid))


def _restore_links(tree: Tree, linked: list[tuple[str, str]]) -> None:
    """The base images' links as copies (rootfs.py), each once what it points to is whole: its
    target there, and no link still waiting inside a folder it points to."""
    waiting = dict(linked)
    while waiting:
        ready = [(path, target) for path, target in waiting.items() if _whole(tree, waiting, path, target)]
        for path, target in ready or list(waiting.items()):
            archive.copy_link(tree, path, target)
            del waiting[path]


def _whole(tree: Tree, waiting: dict[str, str], path: str, target: str) -> bool:
    real = normpath(target, parent_of(path))
    node = tree.get(real)
    if node is None or real in waiting:
        return False
    return node.kind != DIR or not any(p.startswith(real + "/") for p in waiting)


# ---------------------------------------------------------------------------------------------
# docker import


def cmd_import(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("platform",))
    source = args.positional[0]
    ref = args.positional[1] if len(args.positional) > 1 else ""
    if source.startswith(("http://", "https://")):
        raise DockerError("layerlab: docker import from a URL is not simulated: import a file or '-'")
    if source == "-":
        data = ctx.io.stdin or ""
    else:
        data = _host_file(ctx, source)
    tag = ""
    if ref:
        try:
            repo, name, digest = parse_ref(ref)
        except RefError as exc:
            raise DockerError(str(exc)) from None
        if digest:
            raise DockerError("refusing to create a tag with a digest reference")
        tag = f"{repo}:{name or 'latest'}"
    changes = commit_changes(args.list("change"))
    world: World = ctx.world
    members = _untar_import(data)
    tree = members_tree(members)
    lid = archive.diff_id(data)  # image_import.go: the layer store digests what it registers
    layer = world.layers.get(lid) or Layer(lid, tree.freeze(), "", archive.content_size(members))
    # the API's router: "Imported from -" unless -m gives the message (a file is sent as "-")
    message = args.get("message") or "Imported from -"
    config: dict[str, Any] = {}
    apply_changes(config, changes)
    history = [{"created": world.clock, "created_by": "", "empty_layer": False, "comment": message,
                "size": layer.size}]
    iid = image_id_for([lid], config, history)
    img = store_image(world, Image(iid, [lid], config, history, world.clock, comment=message))
    world.layers[lid] = layer  # (after: an import refused leaves no layer behind)
    if tag:
        tag_image(world, img, tag)
    events.image(world, iid, iid, "import", world.images[iid])  # image_import.go: ActionImport
    ctx.io.out(iid)
    return 0


def _untar_import(data: str) -> list[Member]:
    try:
        return _untar(data)
    except DockerError as exc:
        raise DockerError(f"Error response from daemon: {exc}") from None
