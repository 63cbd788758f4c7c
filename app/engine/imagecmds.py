"""Image commands: pull, images, rmi, history, tag, and the image docker commit makes."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from . import events
from .dockercli import Args, Ctx, DockerError, confirm, print_formatted, print_pruned, refuse_unsimulated
from .filters import Filters, prune_until
from .formatting import docker_created_at, human_duration, human_size, human_size4, rfc3339, table
from .gotemplate import go_quote
from .images import REGISTRY, digest_refs, image_size, install_base, registry_lookup
from .layerdepth import MAX_DEPTH_EXCEEDED, registers_on
from .refs import RefError, full_name, normalize_tag, parse_ref
from .toolkit import IO, Lines
from .world import MAX_IMAGES, Container, Image, Layer, World, config_user


def pull_into(ctx: Ctx, ref: str, to_err: bool = False, announce_default: bool = False,
              quiet: bool = False) -> Image:
    """Pull from the built-in registry, printing what the CLI prints (nothing when quiet); DockerError
    if it cannot."""
    world: World = ctx.world
    try:
        repo, tag, digest = parse_ref(ref)
    except RefError as exc:
        raise DockerError(str(exc)) from None
    tag = tag or "latest"
    emit = _discard if quiet else ctx.io.err if to_err else ctx.io.out
    if announce_default:  # the CLI says so before it asks the daemon
        emit("Using default tag: latest")
    base = registry_lookup(repo, tag)
    if base is None:
        if repo in ("node", "busybox", "alpine", "ubuntu"):
            raise DockerError(f"Error response from daemon: manifest for {repo}:{tag} not found: manifest unknown: "
                              "manifest unknown")
        raise DockerError(f"Error response from daemon: pull access denied for {repo}, repository does not exist "
                          "or may require 'docker login': denied: requested access to the resource is denied")
    existing = world.find_image(f"{repo}:{tag}")
    if existing is not None:
        emit(f"{tag}: Pulling from {full_name(repo).removeprefix('docker.io/')}")
        emit(f"Digest: {base.digest}")
        emit(f"Status: Image is up to date for {repo}:{tag}")
        _pulled(world, repo, tag, existing)
        return existing
    if len(world.images) >= MAX_IMAGES:
        raise DockerError(f"Error response from daemon: layerlab: this sandbox holds at most {MAX_IMAGES} images; "
                          "remove some with docker rmi")
    emit(f"{tag}: Pulling from {full_name(repo).removeprefix('docker.io/')}")
    known = set(world.layers)
    image = install_base(world, base, tag)
    for lid in image.layers:
        emit(f"{lid[7:19]}: {'Already exists' if lid in known else 'Pull complete '}")
    emit(f"Digest: {base.digest}")
    emit(f"Status: Downloaded newer image for {repo}:{tag}")
    _pulled(world, repo, tag, image)
    return image


def _pulled(world: World, repo: str, tag: str, img: Image) -> None:
    """daemon/images/image_pull.go: a pull event under the reference's familiar string and name."""
    events.image(world, f"{repo}:{tag}", repo, "pull", img)


def _discard(line: str) -> None:
    """Where -q sends the progress (cli/command/image/trust.go: streams.NewOut(io.Discard))."""


def cmd_pull(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("all-tags", "platform", "disable-content-trust"))
    ref = args.positional[0]
    try:
        repo, tag, digest = parse_ref(ref)
    except RefError as exc:
        raise DockerError(str(exc)) from None
    name_only = not tag and not digest
    quiet = args.bool("quiet")
    # cli/command/image/pull.go runPull: "Using default tag" unless -q; the progress goes to
    # io.Discard with -q; the reference (TagNameOnly for a bare name) is printed either way.
    pull_into(ctx, ref, announce_default=name_only and not quiet, quiet=quiet)
    shown = full_name(repo) + (f":{tag}" if tag else ":latest" if name_only else "") + (f"@{digest}" if digest else "")
    ctx.io.out(shown)
    return 0


def _split_tag(tag: str) -> tuple[str, str]:
    repo, _, t = tag.rpartition(":")
    return repo, t


def image_rows(world: World, intermediate: bool = False) -> list[tuple[Image, str, str]]:
    """One row per tag, and one for an untagged image; an untagged image with children (a
    commit's parent) is an intermediate one, listed only with -a (daemon/images/images.go)."""
    rows: list[tuple[Image, str, str]] = []
    for img in sorted(world.images.values(), key=lambda i: (-i.created, i.id)):
        if img.tags:
            for t in sorted(img.tags):
                repo, tag = _split_tag(t)
                rows.append((img, repo, tag))
        elif intermediate or not children_of(world, img):
            rows.append((img, "<none>", "<none>"))
    return rows


def children_of(world: World, img: Image) -> list[Image]:
    """The images whose parent img is (docker commit records the container's image as one)."""
    return [i for i in world.images.values() if i.parent == img.id]


# daemon/images/image_list.go acceptedImageFilterTags
_IMAGE_FILTERS = ("dangling", "label", "before", "since", "reference", "until")


def _path_match(pattern: str, name: str) -> bool:
    """Go's path.Match, as reference.FamiliarMatch uses it: `*` and `?` stop at `/`."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                raise DockerError("Error response from daemon: syntax error in pattern")
            body = pattern[i + 1:end]
            out.append("[" + ("^" + body[1:] if body.startswith("^") else body).replace("\\", "\\\\") + "]")
            i = end
        elif ch == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(ch))
        i += 1
    return re.fullmatch("".join(out), name) is not None


def _created_bound(world: World, f: Filters, key: str) -> int | None:
    """before/since name an image: the oldest (before) or newest (since) of them bounds the list."""
    found = []
    for ref in f.get(key):
        img = world.find_image(ref)
        if img is None:
            raise DockerError(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}")
        found.append(img.created)
    if not found:
        return None
    return min(found) if key == "before" else max(found)


def _image_filter(world: World, args: Args) -> Callable[[Image, str, str], bool]:
    """The daemon's checks, in its order: the keys, dangling's value, then before and since."""
    f = Filters(args.list("filter"))
    if args.positional:  # image/list.go: `docker images REPOSITORY[:TAG]` is a reference filter
        f.fields.setdefault("reference", set()).add(args.positional[0])
    f.validate(_IMAGE_FILTERS)
    dangling_only = f.get_bool("dangling")
    before, since = _created_bound(world, f, "before"), _created_bound(world, f, "since")
    if f.contains("until"):
        raise DockerError("layerlab: the until= filter of docker images is not simulated")

    def keep(img: Image, repo: str, tag: str) -> bool:
        if (before is not None and img.created >= before) or (since is not None and img.created <= since):
            return False
        if not f.match_kv("label", img.config.get("Labels") or {}):
            return False
        if repo == "<none>" and dangling_only and children_of(world, img):
            return False  # dangling=true lists the store's heads only
        if repo == "<none>":  # a dangling image: only without dangling=false and reference=
            return not (f.contains("dangling") and not dangling_only) and not f.contains("reference")
        if dangling_only:
            return False
        refs = f.get("reference")
        return not refs or any(_path_match(p, f"{repo}:{tag}") or _path_match(p, repo) for p in refs)
    return keep


def _image_row(world: World, img: Image, repo: str, tag: str, trunc: bool, digests: bool = False) -> dict[str, str]:
    """imageContext: sizes the plain list does not ask for are N/A; VirtualSize is go-units HumanSize.
    The digest is shown with --digests only, for the repository the image was pulled from
    (formatter/image.go imageFormatTaggedAndDigest)."""
    size = image_size(world, img)
    base = REGISTRY.get(repo)
    digest = img.digest if digests and img.digest and base is not None and base.digest == img.digest else "<none>"
    return {"Repository": repo, "Tag": tag, "ID": img.id[7:19] if trunc else img.id,
            "CreatedSince": human_duration(world.clock - img.created) + " ago",
            "CreatedAt": docker_created_at(img.created), "Size": human_size(size), "Digest": digest,
            "Containers": "N/A", "SharedSize": "N/A", "UniqueSize": "N/A", "VirtualSize": human_size4(size)}


_IMAGE_TABLE = "table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{.CreatedSince}}\\t{{.Size}}"
_IMAGE_TABLE_DIGEST = "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
_IMAGE_RAW = "repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n"
# image/list.go printAmbiguousHint: `docker images <subcommand>` finding nothing
_IMAGE_SUBCOMMANDS = ("build", "history", "import", "inspect", "list", "load", "ls", "prune", "pull", "push", "rm",
                      "save", "tag")


def _image_format(fmt: str, quiet: bool, digests: bool = False) -> str:
    """formatter.NewImageFormat: -q replaces only the table and raw formats; a custom one stays
    (--digests adds a DIGEST column to a table that has none)."""
    if fmt == "table":
        return "{{.ID}}" if quiet else _IMAGE_TABLE_DIGEST if digests else _IMAGE_TABLE
    if fmt == "raw":
        return "image_id: {{.ID}}" if quiet else _IMAGE_RAW.replace("image_id", "digest: {{.Digest}}\nimage_id") \
            if digests else _IMAGE_RAW
    if digests and fmt.startswith("table") and "{{.Digest}}" not in fmt:
        return fmt + "\t{{.Digest}}"
    return fmt


def cmd_images(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    if args.bool("tree"):
        return _images_tree(ctx, args)
    keep = _image_filter(world, args)
    rows = [r for r in image_rows(world, args.bool("all")) if keep(*r)]
    trunc = not args.bool("no-trunc")
    # one row per tag, so -q repeats the ID of an image with several tags (formatter/image.go imageFormat)
    digests = args.bool("digests")
    print_formatted(ctx, _image_format(args.get("format") or "table", args.bool("quiet"), digests),
                    [_image_row(world, *r, trunc, digests) for r in rows], "*formatter.imageContext")
    name = args.positional[0] if args.positional else ""
    if not rows and name in _IMAGE_SUBCOMMANDS and ctx.command.path == "docker images":
        ctx.io.err("")
        ctx.io.err(f'No images found matching "{name}": did you mean "docker image {name}"?')
    return 0


# docker/cli v28.5.2 cli/command/image/list.go runImages: what --tree does not take yet
_TREE_REFUSED = (("quiet", "--quiet"), ("no-trunc", "--no-trunc"), ("digests", "--show-digest"), ("format", "--format"))
_TREE_WARNING = "WARNING: This is an experimental feature. The output may change and shouldn't be depended on."
# tree.go generateLegend on a stream that is not a terminal: tui.InfoHeader's plain form, the chip's letter
_TREE_LEGEND = " Info ->  U In Use "


def _images_tree(ctx: Ctx, args: Args) -> int:
    """`docker image ls --tree` (cli/command/image/tree.go runTree, printImageTree) as it prints
    on a stream that is not a terminal: 80 columns, no colours, chips as letters. The graphdriver
    image store lists no Manifests (daemon/images/image_list.go), so no image has platform rows
    and every CONTENT SIZE is 0B; an untagged image (dangling) shows with -a only."""
    for flag, said in _TREE_REFUSED:
        if args.get(flag):
            raise DockerError(f"{said} is not yet supported with --tree")
    world: World = ctx.world
    keep = _image_filter(world, args)
    names: dict[str, list[str]] = {}
    for img, repo, tag in image_rows(world, args.bool("all")):
        if keep(img, repo, tag):
            names.setdefault(img.id, []).extend([] if repo == "<none>" else [f"{repo}:{tag}"])
    shown = [(world.images[i], n) for i, n in names.items() if n or args.bool("all")]
    used = {c.image_id for c in world.containers.values()}
    chip = any(img.id in used for img, _ in shown)
    # adjustColumns: 80 - (12+3) - (10+3) - (12+3) - (5+3) = 29 at most, as narrow as the names allow
    width = min(29, max([5] + [len(n) for _, ns in shown for n in ns]))
    ctx.io.out(_TREE_WARNING)
    ctx.io.out(_TREE_LEGEND.rjust(80))
    ctx.io.out("")
    ctx.io.out(f"{'IMAGE':<{width}}   {'ID':<12}   {'DISK USAGE':>10}   {'CONTENT SIZE':>12}   EXTRA")
    for img, ns in shown:
        ordered = sorted(ns, key=len, reverse=True)  # printNames: longest first, each but the last alone
        for name in ordered[:-1]:
            ctx.io.out(name)
        last = ordered[-1] if ordered else "<untagged>"
        last = last if len(last) <= width else last[:width - 1] + "\u2026"  # tui.Ellipsis
        extra = ("U" if img.id in used else " ") if chip else ""
        ctx.io.out(f"{last:<{width}}   {img.id[7:19]}   {human_size(image_size(world, img)):>10}   {'0B':>12}   "
                   f"{extra:<5}")
    return 0


def cmd_tag(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    src, target = args.positional
    # moby v28.5.2 client/image_tag.go: the client parses both references before it sends
    # anything (the source as ParseAnyReference: an ID or a digest will do)
    if not re.fullmatch(r"(sha256:)?[0-9a-f]{64}", src):
        _tag_reference(src)
    if re.fullmatch(r"[a-f0-9]{64}", target):
        # vendor/github.com/distribution/reference/normalize.go ParseNormalizedNamed refuses a
        # name that is an ID before it parses anything
        raise DockerError(f"Error parsing reference: {go_quote(target)} is not a valid repository/tag: invalid "
                          f"repository name ({target}), cannot specify 64-byte hexadecimal strings")
    if _tag_reference(target)[2]:
        raise DockerError("refusing to create a tag with a digest reference")
    if _tag_reference(target)[0] == "sha256":
        # api/server/router/image/image_routes.go postImagesTag: the daemon refuses the digest
        # algorithm as a name (FamiliarName) before it looks the source image up
        raise DockerError("Error response from daemon: refusing to create an ambiguous tag using digest algorithm "
                          "as name")
    img = world.find_image(src)
    if img is None:
        raise DockerError(f"Error response from daemon: No such image: {normalize_tag(src) or src}")
    tag_image(world, img, normalize_tag(target) or target)
    return 0


def _tag_reference(ref: str) -> tuple[str, str, str]:
    try:
        return parse_ref(ref)
    except RefError as exc:
        raise DockerError(f"Error parsing reference: {go_quote(ref)} is not a valid repository/tag: {exc}") from None


def store_image(world: World, img: Image) -> Image:
    """A new image into the store (commit, import, load), as moby v28.5.2 image/store.go Create
    puts it: an image of the same ID is given back as it is, its tags kept (commits within one
    simulated second made the same ID, and the later took the earlier's tags away); past
    MAX_IMAGES a new one is refused as a pull is (commit, import and load made hundreds: a page of
    2.4 MB, sent again at every command)."""
    have = world.images.get(img.id)
    if have is not None:
        return have
    if len(world.images) >= MAX_IMAGES:
        raise DockerError(f"Error response from daemon: layerlab: this sandbox holds at most {MAX_IMAGES} images; "
                          "remove some with docker rmi")
    world.images[img.id] = img
    return img


def tag_image(world: World, img: Image, tag: str) -> Image:
    """Point tag at img; an image that loses its last tag stays as <none> (dangling)."""
    img = world.add_tag(img.id, tag)
    events.image(world, img.id, tag, "tag", img)  # daemon/images/image_tag.go TagImage
    return img


def cmd_rmi(ctx: Ctx, args: Args) -> int:
    """docker/cli v28.5.2 cli/command/image/remove.go runRemove: the errors are joined and said
    after what was removed; with -f, when every one of them is a not-found, exit 0."""
    refuse_unsimulated(ctx, args, ("platform",))
    world: World = ctx.world
    errors: list[str] = []
    fatal = False
    for ref in args.positional:
        img = world.find_image(ref)
        if img is None:
            errors.append(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}")
            continue
        conflict = _rmi_one(ctx, world, img, ref, args.bool("force"), not args.bool("no-prune"))
        if conflict:
            errors.append(f"Error response from daemon: conflict: {conflict}")
            fatal = True
    if errors:
        ctx.io.err("\n".join(errors))
    return 1 if errors and (fatal or not args.bool("force")) else 0


def _rmi_conflict(world: World, img: Image, ref: str, by_tag: bool, force: bool) -> str | None:
    """daemon/images/image_delete.go: why the image cannot go (None when it can)."""
    users = [c for c in world.containers.values() if c.image_id == img.id]
    short = img.id[7:19]
    if by_tag and not force:  # the reference's check counts image mounts too (ImageDelete's using)
        users = [c for c in world.containers.values()
                 if c.image_id == img.id or any(m.type == "image" and m.source == img.id for m in c.mounts)]
    if not by_tag and children_of(world, img):  # checkImageDeleteConflict: a hard conflict, checked first
        return f"unable to delete {short} (cannot be forced) - image has dependent child images"
    running = next((c for c in users if c.running or c.restarting), None)  # IsRunning: restarting too
    if users and not force:
        if by_tag:
            return (f"unable to remove repository reference \"{ref}\" (must force) - container {users[0].id[:12]} "
                    f"is using its referenced image {short}")
        if not users[0].running and not users[0].restarting:
            return (f"unable to delete {short} (must be forced) - image is being used by stopped container "
                    f"{users[0].id[:12]}")
        return f"unable to delete {short} (cannot be forced) - image is being used by running container {users[0].id[:12]}"
    if not by_tag and len(img.tags) > 1 and not force:
        return f"unable to delete {short} (must be forced) - image is referenced in multiple repositories"
    if running is not None and not by_tag:
        return f"unable to delete {short} (cannot be forced) - image is being used by running container {running.id[:12]}"
    return None


def _rmi_one(ctx: Ctx, world: World, img: Image, ref: str, force: bool, prune: bool = True) -> str | None:
    """Untag, or delete the image and the layers no other image or cache entry holds; a conflict's text if not."""
    tag = normalize_tag(ref)
    by_tag = tag is not None and tag in img.tags
    if by_tag and len(img.tags) > 1:
        world.set_tags(img.id, [t for t in img.tags if t != tag])
        ctx.io.out(f"Untagged: {tag}")
        events.image(world, img.id, img.id, "untag", img)  # daemon/images/image_delete.go
        # the repository's last tag takes its digest reference with it
        for digest_ref in digest_refs(img, [tag]):  # type: ignore[list-item]
            if not any(t.rsplit(":", 1)[0] == digest_ref.split("@")[0] for t in img.tags if t != tag):
                ctx.io.out(f"Untagged: {digest_ref}")
        return None
    conflict = _rmi_conflict(world, img, ref, by_tag, force)
    if conflict:
        return conflict
    # every reference in lexical order, the pull's repo@digest ones too (removeAllReferencesToImageID);
    # by tag, only the tag's removal is an event
    for t in sorted([*img.tags, *digest_refs(img, img.tags)]):
        ctx.io.out(f"Untagged: {t}")
        if not by_tag or t == tag:
            events.image(world, img.id, img.id, "untag", img)
    world.set_tags(img.id, [])
    users = [c for c in world.containers.values() if c.image_id == img.id]
    if any(c.running or c.restarting for c in users) or children_of(world, img):
        return None  # forced, or a parent: the image stays as <none> (imageDeleteHelper, quiet)
    # a stopped container is a soft conflict, which force ignores: imageDeleteHelper deletes the
    # image, and the container keeps what it was made from (its layer holds the image's layers)
    for c in users:
        c.kept_image = replace(img, tags=[])
    _delete_image(ctx, world, img, prune)
    return None


def _delete_image(ctx: Ctx, world: World, img: Image, prune: bool = True) -> None:
    """imageDeleteHelper: the image and the layers it alone held, then its parent when that is
    left with no tag, no other child and no container (PruneChildren, the CLI's default;
    not with --no-prune)."""
    ctx.io.out(f"Deleted: {img.id}")
    del world.images[img.id]
    events.image(world, img.id, img.id, "delete")  # gone: no labels
    # image/store.go Delete releases the top layer; layer_store.go releaseLayer deletes it and
    # walks down while nothing else holds the next one: another image, or BuildKit's cache
    # (right after a build every layer is still the cache's, so only the image goes)
    held = {lid for i in world.images.values() for lid in i.layers} | world.cache_layers()
    # an image mount's own layer holds its image's layers (daemon/volumes.go registerMountPoints)
    held |= {lid for c in world.containers.values() for m in c.mounts if m.type == "image" for lid in m.image_layers}
    # and a container's own layer holds the chain below it, its image deleted or not
    held |= {lid for c in world.containers.values() if c.kept_image is not None for lid in c.kept_image.layers}
    for lid in reversed(img.layers):
        if lid in held:
            break
        ctx.io.out(f"Deleted: {lid}")
        world.layers.pop(lid, None)
    parent = world.images.get(img.parent) if prune else None
    if (parent is not None and not parent.tags and not children_of(world, parent)
            and not any(c.image_id == parent.id for c in world.containers.values())):
        _delete_image(ctx, world, parent)


_EPOCH_2000 = 946684800  # 2000-01-01T00:00:00Z


def _history_ids(world: World, img: Image) -> list[str]:
    """The image's ID, then each parent's still in the store, one per history entry from the top."""
    ids: list[str] = []
    current: Image | None = img
    while current is not None and len(ids) < len(img.history):
        ids.append(current.id)
        current = world.images.get(current.parent) if current.parent else None
    return ids


def cmd_history(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("platform",))
    world: World = ctx.world
    ref = args.positional[0]
    img = world.find_image(ref)
    if img is None:
        raise DockerError(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}")
    trunc = not args.bool("no-trunc")
    human = args.get("human", True) not in (False, "false")
    rows = []
    # daemon/images/image_history.go: the newest entries take the image's ID, then its parents'
    ids = _history_ids(world, img)
    for i, h in enumerate(reversed(img.history)):
        created_by = h["created_by"].replace("\t", " ")
        if trunc and len(created_by) > 45:
            created_by = created_by[:44] + "…"
        iid = (ids[i] if not trunc else ids[i][7:19]) if i < len(ids) else "<missing>"
        # cli/command/image/formatter_history.go: CreatedAt is RFC 3339; CreatedSince is that too
        # without -H, and N/A for a date before 2000
        since = (rfc3339(h["created"]) if not human else "N/A" if h["created"] <= _EPOCH_2000 else
                 human_duration(world.clock - h["created"]) + " ago")
        rows.append({"ID": iid, "CreatedSince": since,
                     "CreatedAt": rfc3339(h["created"]), "CreatedBy": created_by,
                     "Size": human_size(h["size"]) if human else str(h["size"]), "Comment": h.get("comment", "")})
    if args.bool("quiet"):
        for r in rows:
            ctx.io.out(r["ID"])
        return 0
    fmt = args.get("format")
    if fmt and fmt != "table":
        print_formatted(ctx, fmt, rows, "*image.historyContext")
        return 0
    when = "CreatedSince" if human else "CreatedAt"  # nonHumanHistoryTableFormat
    for ln in table([["IMAGE", "CREATED" if human else "CREATED AT", "CREATED BY", "SIZE", "COMMENT"],
                     *[[r["ID"], r[when], r["CreatedBy"], r["Size"], r["Comment"]] for r in rows]]):
        ctx.io.out(ln)
    return 0


def image_id_for(layers: list[str], config: dict[str, Any], history: list[dict[str, Any]]) -> str:
    blob = json.dumps({"layers": layers, "config": config, "history": history}, sort_keys=True)
    return "sha256:" + hashlib.sha256(blob.encode()).hexdigest()


def commit_container(world: World, c: Container, repo: str | None, message: str, author: str,
                     edit: Callable[[dict[str, Any]], None] | None = None) -> Image:
    """docker commit: the container's read-write layer becomes a new top layer (volumes left out)."""
    base = world.images.get(c.image_id)
    if base is None:
        # its image was deleted (docker rmi -f): image_commit.go CommitImage reads the parent image
        # from the store (image/fs.go get) and fails
        hexid = c.image_id.removeprefix("sha256:")
        raise DockerError(f"Error response from daemon: failed to get digest {c.image_id}: open "
                          f"/var/lib/docker/image/overlay2/imagedb/content/sha256/{hexid}: no such file or directory")
    if not registers_on(len(base.layers)):  # image_commit.go CommitImage: layerStore.Register on the image's chain
        raise DockerError(f"Error response from daemon: {MAX_DEPTH_EXCEEDED}")
    tree = c.rw.freeze()
    lid = "sha256:" + hashlib.sha256(f"commit:{c.id}:{world.clock}:{sorted(tree.entries)}".encode()).hexdigest()
    layer = Layer(lid, tree, " ".join(c.cmd), tree.size())
    config = json.loads(json.dumps(base.config))
    config["Env"] = list(c.env)
    config["Cmd"] = list(c.cmd)
    config["Entrypoint"] = list(c.entrypoint) or None
    config["WorkingDir"] = c.workdir
    config["User"] = config_user(world, c)  # the container's Config.User: its -u, else the image's
    config["ExposedPorts"] = {p: {} for p in c.exposed}
    if c.labels:  # the container's Config.Labels: its --label values over the image's
        config["Labels"] = dict(c.labels)
    if c.anon_volumes:  # the container's Config.Volumes: its -v /path ones beside the image's (commit.go merge)
        config["Volumes"] = {**{v: {} for v in c.anon_volumes}, **(config.get("Volumes") or {})}
    config.pop("StopSignal", None)
    if c.stop_signal:  # the container's Config.StopSignal (its --stop-signal, else the image's)
        config["StopSignal"] = c.stop_signal
    # daemon/commit.go: the image keeps the container's Config, its StopTimeout too (which image
    # inspect's OCI config does not show, and merge does not give a container run from it)
    config.pop("StopTimeout", None)
    if c.stop_timeout is not None:
        config["StopTimeout"] = c.stop_timeout
    if edit is not None:
        edit(config)  # docker commit -c
    # daemon/commit.go: the history entry is the container's Cmd
    history = [*base.history, {"created": world.clock, "created_by": " ".join(c.cmd),
                               "empty_layer": False, "comment": message, "size": tree.size(), "author": author}]
    layers = [*base.layers, lid]
    iid = image_id_for(layers, config, history)
    img = store_image(world, Image(iid, layers, config, history, world.clock, parent=c.image_id, comment=message,
                                   author=author))
    world.layers[lid] = layer  # (after: a commit refused leaves no layer behind)
    events.image(world, iid, iid, "create", img)  # daemon/images/image_commit.go CommitImage
    tag = ""
    if repo:
        tag = normalize_tag(repo) or repo
        img = tag_image(world, img, tag)
    # daemon/commit.go: the container's commit event, with the reference's familiar string
    events.container(world, c, "commit", {"comment": message, "imageID": iid, "imageRef": tag})
    return img


def cmd_image_prune(ctx: Ctx, args: Args) -> int:
    """docker/cli v28.5.2 cli/command/image/prune.go: the prompt, then prune_images."""
    everything = args.bool("all")
    ctx.prompts.append("WARNING! This will remove all images without at least one container associated to them."
                       if everything else "WARNING! This will remove all dangling images.")
    if not args.bool("force"):
        confirm(ctx)
    report, reclaimed = prune_images(ctx, everything, args.list("filter"))
    print_pruned(ctx.io, "Deleted Images:", report)
    ctx.io.out(f"Total reclaimed space: {human_size4(reclaimed)}")
    return 0


def prune_images(ctx: Ctx, everything: bool, filters: list[str]) -> tuple[list[str], int]:
    """moby v28.5.2 daemon/images/image_prune.go ImagesPrune: dangling images (or with -a every
    image) no container uses, each deleted as ImageDelete deletes it (tag by tag with -a); the
    report in lower case ("untagged: ...", "deleted: ..."), and the released layers' bytes."""
    world: World = ctx.world
    f = Filters([*filters, f"dangling={'false' if everything else 'true'}"])
    f.validate(("dangling", "label", "label!", "until"))
    dangling_only = f.get_bool("dangling", True)
    until = prune_until(f, world.clock)
    sizes = {lid: layer.size for lid, layer in world.layers.items()}
    capture = IO([], Lines(), Lines())
    inner = replace(ctx, io=capture)
    for img in sorted(world.images.values(), key=lambda i: i.id):
        if (until is not None and img.created > until) or not _prune_labels(f, img.config.get("Labels") or {}):
            continue
        if img.tags and dangling_only:
            continue  # a tagged image is no dangling one
        if not img.tags and children_of(world, img):
            continue  # an intermediate image goes with its last child
        for ref in sorted(img.tags) or [img.id]:
            current = world.images.get(img.id)
            if current is None or _rmi_one(inner, world, current, ref, False):
                break  # imageDeleteFailed: a container uses it, and it stays
    report = [ln[0].lower() + ln[1:] for ln in capture.capture_out or []]
    reclaimed = sum(sizes.get(ln.partition(": ")[2], 0) for ln in report if ln.startswith("deleted: "))
    return report, reclaimed


def _prune_labels(f: Filters, labels: dict[str, str]) -> bool:
    """daemon/images/image_prune.go matchLabels: every label= is there, and not every label! is."""
    return f.match_kv("label", labels) and not (f.contains("label!") and f.match_kv("label!", labels))
