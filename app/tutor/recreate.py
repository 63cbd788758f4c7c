"""The command lines that re-create a container as it was: what the Re-create button runs."""

from __future__ import annotations

import shlex

from app.engine.world import Container, World


def recreate_lines(world: World, c: Container) -> list[str]:
    """The command lines that re-create c with the same image, name, ports and mounts."""
    parts = ["docker", "run", "-d"]
    if c.auto_remove:
        parts.append("--rm")
    parts += ["--name", c.name]
    for hp, cp in c.ports:
        parts += ["-p", f"{hp}:{cp}"]
    for m in sorted(c.mounts, key=lambda m: m.destination):
        if m.type == "tmpfs":
            parts += ["--tmpfs", m.destination]
            continue
        src = m.spec_source if m.spec_source else ""
        if m.type == "bind":
            src = m.source
        image = world.images.get(c.image_id)
        if not src and image is not None and m.destination in (image.config.get("Volumes") or {}):
            continue  # the image's VOLUME makes a fresh anonymous one again
        spec = f"{src}:{m.destination}" if src else m.destination
        if not m.rw:
            spec += ":ro"
        parts += ["-v", shlex.quote(spec)]
    parts.append(shlex.quote(c.image_ref))
    image = world.images.get(c.image_id)
    if image is not None and c.cmd != list(image.config.get("Cmd") or []):
        parts += [shlex.quote(a) for a in c.cmd]
    lines = []
    if c.id in world.containers:
        lines.append(f"docker rm -f {c.name}")
    lines.append(" ".join(parts))
    return lines


