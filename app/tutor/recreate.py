"""The command lines that re-create a container as it was: what the Re-create button runs."""

from __future__ import annotations

import csv
import io
import shlex
from typing import Any

from app.engine.world import Container, Mount, World


def recreate_lines(world: World, c: Container) -> list[str]:
    """The command lines that re-create c as it was run: the same image, name, ports (with their
    host address and protocol), mounts (read-only, nocopy), environment set at run, --read-only,
    -i, -t, --init, working folder, user, hostname and command. (It kept only the image, name, ports, mounts and
    command: a container re-created in lesson 13 lost the -e it was run with.)"""
    image = world.images.get(c.image_id)
    config: dict[str, Any] = image.config if image is not None else {}
    parts = ["docker", "run", "-d", *_options(c, config, image is not None), *_ports(c), *_mounts(c, config)]
    parts.append(shlex.quote(c.image_ref))
    if image is not None and c.cmd != list(config.get("Cmd") or []):
        parts += [shlex.quote(a) for a in c.cmd]
    lines = []
    if c.id in world.containers:
        lines.append(f"docker rm -f {c.name}")
    lines.append(" ".join(parts))
    return lines


def _options(c: Container, config: dict[str, Any], has_image: bool) -> list[str]:
    """--rm, --name and what the run set apart from its image's config."""
    parts = [*(["--rm"] if c.auto_remove else []), "--name", c.name, *(["--read-only"] if c.read_only else [])]
    # -i and -t as it was run: a shell run with -it waits on its terminal (started again, it runs on);
    # run again without them, it read an empty input and exited at once
    parts += [*(["-i"] if c.stdin_open else []), *(["-t"] if c.tty else []), *(["--init"] if c.init else [])]
    if c.hostname:
        parts += ["-h", c.hostname]
    if c.user is not None and c.user != (config.get("User") or ""):
        parts += ["-u", shlex.quote(c.user)]
    if has_image and c.workdir != (config.get("WorkingDir") or ""):
        parts += ["-w", shlex.quote(c.workdir or "/")]
    image_env = set(config.get("Env") or [])
    for e in c.env:
        if e not in image_env:
            parts += ["-e", shlex.quote(e)]
    return parts


def _ports(c: Container) -> list[str]:
    specs = c.port_specs if len(c.port_specs) == len(c.ports) else [("", "tcp")] * len(c.ports)
    parts = []
    for (hp, cp), (ip, proto) in zip(c.ports, specs, strict=True):
        address = f"{ip}:" if ip and ip != "0.0.0.0" else ""
        parts += ["-p", f"{address}{hp}:{cp}" + (f"/{proto}" if proto and proto != "tcp" else "")]
    return parts


def _mounts(c: Container, config: dict[str, Any]) -> list[str]:
    parts = []
    for m in sorted(c.mounts, key=lambda m: m.destination):
        if m.origin == "mount-flag":  # as --mount again: -v has no image mounts, subpaths or tmpfs sizes
            parts += ["--mount", shlex.quote(_mount_fields(m))]
            continue
        if m.type == "tmpfs":
            parts += ["--tmpfs", m.destination]
            continue
        src = m.source if m.type == "bind" else m.spec_source
        if not src and m.destination in (config.get("Volumes") or {}):
            continue  # the image's VOLUME makes a fresh anonymous one again
        spec = f"{src}:{m.destination}" if src else m.destination
        modes = [*([] if m.rw else ["ro"]), *([] if m.copy_data or m.type != "volume" else ["nocopy"])]
        if modes:
            spec += ":" + ",".join(modes)
        parts += ["-v", shlex.quote(spec)]
    return parts


def _mount_fields(m: Mount) -> str:
    """A mount made with --mount, as that flag's CSV fields (docker/cli opts/mount.go MountOpt.Set
    reads them). Written as -v, an image mount (`--mount type=image,source=alpine,...`) came back as
    a volume named after the image, holding none of the image's files."""
    fields = [f"type={m.type}"]
    if m.type == "bind":
        fields.append(f"source={m.source}")
    elif m.spec_source:  # a named volume, an image (as given); none for an anonymous volume or a tmpfs
        fields.append(f"source={m.spec_source}")
    fields.append(f"target={m.destination}")
    # ReadOnly as it was sent: an image mount is read-only anyway (app/engine/hostconfig.py _read_only)
    if (m.spec == "ro") if m.type == "image" else not m.rw:
        fields.append("readonly")
    if m.type == "bind" and m.propagation and m.propagation != "rprivate":
        fields.append(f"bind-propagation={m.propagation}")
    if m.type == "volume":
        fields += [*([] if m.copy_data else ["volume-nocopy"]), *([f"volume-subpath={m.subpath}"] if m.subpath else [])]
    if m.type == "image" and m.image_subpath:
        fields.append(f"image-subpath={m.image_subpath}")
    if m.type == "tmpfs":
        fields += [*([f"tmpfs-size={m.tmpfs_size}"] if m.tmpfs_size else []),
                   *([f"tmpfs-mode={m.tmpfs_mode:o}"] if m.tmpfs_mode else [])]
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)  # a field with a comma or a quote is quoted, as the flag reads it
    return out.getvalue()
