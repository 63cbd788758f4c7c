"""Image commands: pull, images, rmi, history, tag, and the image docker commit makes."""

from __future__ import annotations

import fnmatch
import hashlib
import json
from typing import Any

from .dockercli import Args, Ctx, DockerError, print_formatted
from .formatting import docker_created_at, human_duration, human_size, table
from .images import image_size, install_base, registry_lookup
from .refs import RefError, full_name, normalize_tag, parse_ref
from .world import MAX_IMAGES, Container, Image, Layer, World


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
    return image


def _discard(line: str) -> None:
    """Where -q sends the progress (cli/command/image/trust.go: streams.NewOut(io.Discard))."""


def cmd_pull(ctx: Ctx, args: Args) -> int:
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


def image_rows(world: World, include_dangling: bool = True) -> list[tuple[Image, str, str]]:
    rows: list[tuple[Image, str, str]] = []
    for img in sorted(world.images.values(), key=lambda i: (-i.created, i.id)):
        if img.tags:
            for t in sorted(img.tags):
                repo, tag = _split_tag(t)
                rows.append((img, repo, tag))
        elif include_dangling:
            rows.append((img, "<none>", "<none>"))
    return rows


def cmd_images(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    rows = image_rows(world)
    for f in args.list("filter"):
        k, _, v = f.partition("=")
        if k == "dangling":
            want = v.lower() in ("true", "1")
            rows = [r for r in rows if (r[1] == "<none>") == want]
        elif k == "reference":
            rows = [r for r in rows if fnmatch.fnmatchcase(f"{r[1]}:{r[2]}", v if ":" in v else v + ":*")
                    or fnmatch.fnmatchcase(r[1], v)]
        else:
            raise DockerError(f"Error response from daemon: invalid filter '{k}'")
    if args.positional:
        wanted_repo, _, wanted_tag = args.positional[0].partition(":")
        rows = [r for r in rows if r[1] == wanted_repo and (not wanted_tag or r[2] == wanted_tag)]
    if args.bool("quiet"):
        seen = []
        for img, _, _ in rows:
            short = img.id if args.bool("no-trunc") else img.id[7:19]
            if short not in seen:
                seen.append(short)
        for s in seen:
            ctx.io.out(s)
        return 0
    data = [{"Repository": r, "Tag": t, "ID": img.id if args.bool("no-trunc") else img.id[7:19],
             "CreatedSince": human_duration(world.clock - img.created) + " ago",
             "CreatedAt": docker_created_at(img.created), "Size": human_size(image_size(world, img)),
             "Digest": "<none>", "Containers": "N/A", "SharedSize": "N/A", "UniqueSize": "N/A",
             "VirtualSize": human_size(image_size(world, img))} for img, r, t in rows]
    fmt = args.get("format")
    if fmt and fmt != "table":
        print_formatted(ctx, fmt, data, "*formatter.imageContext")
        return 0
    for ln in table([["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"],
                     *[[d["Repository"], d["Tag"], d["ID"], d["CreatedSince"], d["Size"]] for d in data]]):
        ctx.io.out(ln)
    return 0


def cmd_tag(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    src, target = args.positional
    img = world.find_image(src)
    if img is None:
        raise DockerError(f"Error response from daemon: No such image: {normalize_tag(src) or src}")
    try:
        parse_ref(target)
    except RefError as exc:
        raise DockerError(str(exc)) from None
    tag_image(world, img, normalize_tag(target) or target)
    return 0


def tag_image(world: World, img: Image, tag: str) -> Image:
    """Point tag at img; an image that loses its last tag stays as <none> (dangling)."""
    return world.add_tag(img.id, tag)


def cmd_rmi(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    status = 0
    force = args.bool("force")
    for ref in args.positional:
        img = world.find_image(ref)
        if img is None:
            ctx.io.err(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}")
            status = 1
            continue
        tag = normalize_tag(ref)
        by_tag = tag is not None and tag in img.tags
        users = [c for c in world.containers.values() if c.image_id == img.id]
        if by_tag and len(img.tags) > 1:
            world.set_tags(img.id, [t for t in img.tags if t != tag])
            ctx.io.out(f"Untagged: {tag}")
            continue
        if users and not force:
            if by_tag:
                ctx.io.err(f"Error response from daemon: conflict: unable to remove repository reference \"{ref}\" "
                           f"(must force) - container {users[0].id[:12]} is using its referenced image {img.id[7:19]}")
            else:
                ctx.io.err(f"Error response from daemon: conflict: unable to delete {img.id[7:19]} (must be forced) "
                           f"- image is being used by stopped container {users[0].id[:12]}" if not users[0].running else
                           f"Error response from daemon: conflict: unable to delete {img.id[7:19]} (cannot be forced) "
                           f"- image is being used by running container {users[0].id[:12]}")
            status = 1
            continue
        if not by_tag and len(img.tags) > 1 and not force:
            ctx.io.err(f"Error response from daemon: conflict: unable to delete {img.id[7:19]} (must be forced) - "
                       "image is referenced in multiple repositories")
            status = 1
            continue
        if users and any(c.running for c in users) and not by_tag:
            ctx.io.err(f"Error response from daemon: conflict: unable to delete {img.id[7:19]} (cannot be forced) - "
                       f"image is being used by running container {next(c for c in users if c.running).id[:12]}")
            status = 1
            continue
        for t in sorted(img.tags):
            ctx.io.out(f"Untagged: {t}")
        world.set_tags(img.id, [])
        if users:
            continue  # forced: the image stays as <none> while containers use it
        ctx.io.out(f"Deleted: {img.id}")
        del world.images[img.id]
        still = {lid for i in world.images.values() for lid in i.layers}
        cached = {e.get("layer") for e in world.build_cache.values()}
        for lid in reversed(img.layers):
            if lid not in still:
                ctx.io.out(f"Deleted: {lid}")
                if lid not in cached:
                    world.layers.pop(lid, None)
    return status


def cmd_history(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    ref = args.positional[0]
    img = world.find_image(ref)
    if img is None:
        raise DockerError(f"Error response from daemon: No such image: {normalize_tag(ref) or ref}")
    trunc = not args.bool("no-trunc")
    human = args.get("human", True) not in (False, "false")
    rows = []
    for i, h in enumerate(reversed(img.history)):
        created_by = h["created_by"].replace("\t", " ")
        if trunc and len(created_by) > 45:
            created_by = created_by[:44] + "…"
        iid = (img.id if not trunc else img.id[7:19]) if i == 0 else "<missing>"
        rows.append({"ID": iid, "CreatedSince": human_duration(world.clock - h["created"]) + " ago",
                     "CreatedAt": docker_created_at(h["created"]), "CreatedBy": created_by,
                     "Size": human_size(h["size"]) if human else str(h["size"]), "Comment": h.get("comment", "")})
    if args.bool("quiet"):
        for r in rows:
            ctx.io.out(r["ID"])
        return 0
    fmt = args.get("format")
    if fmt and fmt != "table":
        print_formatted(ctx, fmt, rows, "*image.historyContext")
        return 0
    for ln in table([["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"],
                     *[[r["ID"], r["CreatedSince"], r["CreatedBy"], r["Size"], r["Comment"]] for r in rows]]):
        ctx.io.out(ln)
    return 0


def image_id_for(layers: list[str], config: dict[str, Any], history: list[dict[str, Any]]) -> str:
    blob = json.dumps({"layers": layers, "config": config, "history": history}, sort_keys=True)
    return "sha256:" + hashlib.sha256(blob.encode()).hexdigest()


def commit_container(world: World, c: Container, repo: str | None, message: str, author: str) -> Image:
    """docker commit: the container's read-write layer becomes a new top layer (volumes left out)."""
    base = world.images[c.image_id]
    tree = c.rw.freeze()
    lid = "sha256:" + hashlib.sha256(f"commit:{c.id}:{world.clock}:{sorted(tree.entries)}".encode()).hexdigest()
    world.layers[lid] = Layer(lid, tree, " ".join(c.cmd), tree.size())
    config = json.loads(json.dumps(base.config))
    config["Env"] = list(c.env)
    config["Cmd"] = list(c.cmd)
    config["Entrypoint"] = list(c.entrypoint) or None
    config["WorkingDir"] = c.workdir
    config["ExposedPorts"] = {p: {} for p in c.exposed}
    # daemon/commit.go: the history entry is the container's Cmd
    history = [*base.history, {"created": world.clock, "created_by": " ".join(c.cmd),
                               "empty_layer": False, "comment": message, "size": tree.size(), "author": author}]
    layers = [*base.layers, lid]
    iid = image_id_for(layers, config, history)
    img = Image(iid, layers, config, history, world.clock, comment=message)
    world.images[iid] = img
    if repo:
        img = tag_image(world, img, normalize_tag(repo) or repo)
    return img
