"""`-v`, `--mount` and `--tmpfs` parsing, and the daemon's mount assembly rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dockercli import DockerError
from .fs import normpath
from .refs import NAME_CHARS
from .world import Mount

_MODES = {"ro", "rw", "z", "Z", "nocopy", "private", "rprivate", "shared", "rshared", "slave", "rslave"}


@dataclass
class VolumeSpec:
    """One -v value after the client's parsing."""

    raw: str
    source: str  # "" for anonymous
    destination: str
    mode: str


def _is_drive(part: str) -> bool:
    return len(part) == 1 and part.isalpha()


def split_volume_spec(raw: str) -> list[str]:
    """Split on ':' the way cli/internal/volumespec does (a lone letter is a Windows drive)."""
    parts = raw.split(":")
    if len(parts) > 1 and _is_drive(parts[0]) and len(parts) > 2:
        parts = [parts[0] + ":" + parts[1], *parts[2:]]
    return parts


def check_volume_syntax(raw: str) -> None:
    """The client's own -v check (internal/volumespec Parse); the rest is the daemon's, once it
    has the image and the name (daemon/volumes.go registerMountPoints)."""
    if not raw:
        raise DockerError("invalid empty volume spec", 125)
    if len(raw) <= 2:
        return
    parts = split_volume_spec(raw)
    if any(p == "" for p in parts):
        raise DockerError(f"invalid spec: {raw}: empty section between colons", 125)
    if len(parts) > 3:
        raise DockerError(f"invalid spec: {raw}: too many colons", 125)


def parse_volume_flag(raw: str, cwd: str) -> VolumeSpec:
    check_volume_syntax(raw)
    parts = split_volume_spec(raw)
    if len(parts) == 1:
        dest = parts[0]
        _check_destination(raw, dest, "volume")
        return VolumeSpec(raw, "", dest, "")
    source, dest = parts[0], parts[1]
    mode = parts[2] if len(parts) == 3 else ""
    if len(parts) == 2 and all(m in _MODES for m in dest.split(",")):
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}'", 125)
    if source.startswith("."):
        source = normpath(source, cwd)
    for m in filter(None, mode.split(",")):
        if m not in _MODES:
            raise DockerError(f"Error response from daemon: invalid mode: {m}", 125)
    kind = "bind" if source.startswith("/") else "volume"
    _check_destination(raw, dest, kind)
    if kind == "volume":
        check_volume_name(source, "create", 125)
    if kind == "bind" and "nocopy" in mode.split(","):
        raise DockerError("Error response from daemon: invalid mode: nocopy", 125)
    return VolumeSpec(raw, source, dest, mode)


def _check_destination(raw: str, dest: str, kind: str) -> None:
    if not dest.startswith("/"):
        raise DockerError(
            f"Error response from daemon: invalid volume specification: '{raw}': invalid mount config for "
            f"type \"{kind}\": invalid mount path: '{dest}' mount path must be absolute", 125)
    if normpath(dest) == "/":
        # linux_parser.go ParseMountRaw wraps the parser error like the other spec errors
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}': invalid mount "
                          f"config for type \"{kind}\": invalid specification: destination can't be '/'", 125)


def check_volume_name(name: str, op: str = "create", code: int = 1) -> None:
    """The local driver's name rule (daemon/volume/local/local.go)."""
    if len(name) < 2 and name.isalnum():
        raise DockerError(f"Error response from daemon: {op} {name}: volume name is too short, names should "
                          "be at least two alphanumeric characters", code)
    if not NAME_CHARS.match(name):
        raise DockerError(
            f"Error response from daemon: {op} {name}: \"{name}\" includes invalid characters for a local volume "
            "name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, "
            "use absolute path", code)


class MountFlagError(Exception):
    """A --mount value the CLI's flag parser rejects (framed with the usage line, exit 125)."""


@dataclass
class MountSpec:
    type: str
    source: str
    target: str
    readonly: bool
    nocopy: bool
    raw: str
    tmpfs_size: int = 0
    tmpfs_mode: int = 0
    create_src: bool = False  # bind-create-src: the daemon makes a missing source


def ram_in_bytes(text: str) -> int | None:
    """go-units RAMInBytes: 64m, 1g, 512k (binary units), or plain bytes."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?", text.strip().lower())
    if m is None:
        return None
    return int(float(m.group(1)) * 1024 ** " kmgtp".index(m.group(2) or " "))


_MOUNT_KEYS = {"type", "source", "src", "destination", "dst", "target", "readonly", "ro", "volume-nocopy",
               "bind-propagation", "bind-recursive", "bind-create-src", "tmpfs-size", "tmpfs-mode",
               "volume-opt", "volume-driver", "volume-subpath", "volume-label", "consistency", "image-subpath"}


def parse_mount_flag(raw: str, cwd: str) -> MountSpec:
    """cli/opts/mount.go: comma-separated key=value fields; type defaults to volume."""
    def bad(msg: str) -> MountFlagError:
        return MountFlagError(f'invalid argument "{raw}" for "--mount" flag: {msg}')

    fields: dict[str, str] = {}
    for part in raw.split(","):
        key, eq, value = part.partition("=")
        key = key.strip().lower()
        if not eq:
            if key in ("readonly", "ro", "volume-nocopy", "bind-create-src"):
                fields[key] = "true"
                continue
            raise bad(f"invalid field '{part}' must be a key=value pair")
        if key not in _MOUNT_KEYS:
            raise bad(f"unknown option '{key}' in '{part}'")
        fields[key] = value
    mtype = fields.get("type", "volume")
    if mtype not in ("volume", "bind", "tmpfs", "image", "npipe", "cluster"):
        raise bad(f"unknown mount type '{mtype}'")

    def flag(name: str) -> bool:
        v = fields.get(name, "false").lower()
        if v in ("1", "true", "t"):
            return True
        if v in ("0", "false", "f", ""):
            return False
        raise bad(f"invalid value for '{name}': invalid boolean value ({v!r}): must be one of \"true\", \"1\", \"false\", or \"0\" (default \"true\")")

    source = fields.get("source", fields.get("src", ""))
    if source.startswith(".") and mtype == "bind":
        source = normpath(source, cwd)
    target = fields.get("target", fields.get("destination", fields.get("dst", "")))
    readonly = flag("readonly") or flag("ro")
    if mtype == "tmpfs" and source:
        raise DockerError("Error response from daemon: invalid mount config for type \"tmpfs\": field Source must be empty", 125)
    if not target:
        raise bad("target is required")  # cli/opts/mount.go Set()
    if not target.startswith("/"):
        raise DockerError(f"Error response from daemon: invalid mount config for type \"{mtype}\": invalid mount path: '{target}' mount path must be absolute", 125)
    if mtype == "bind" and not source:
        raise DockerError("Error response from daemon: invalid mount config for type \"bind\": field Source must not be empty", 125)
    if mtype == "bind" and not source.startswith("/"):
        raise DockerError(f"Error response from daemon: invalid mount config for type \"bind\": invalid mount path: '{source}' mount path must be absolute", 125)
    if mtype == "volume" and source:
        check_volume_name(source, "create", 125)
    size = 0
    if "tmpfs-size" in fields:
        parsed = ram_in_bytes(fields["tmpfs-size"])
        if parsed is None:
            raise bad(f"invalid value for tmpfs-size: {fields['tmpfs-size']}")
        size = parsed
    mode = 0
    if "tmpfs-mode" in fields:
        try:
            mode = int(fields["tmpfs-mode"], 8)
        except ValueError:
            raise bad(f"invalid value for tmpfs-mode: {fields['tmpfs-mode']}") from None
    return MountSpec(mtype, source, target, readonly, flag("volume-nocopy"), raw, size, mode, flag("bind-create-src"))


def parse_tmpfs_flag(raw: str) -> str:
    dest = raw.split(":", 1)[0]
    if not dest.startswith("/"):
        raise DockerError("Error response from daemon: invalid mount config for type \"tmpfs\": invalid mount path: "
                          f"'{dest}' mount path must be absolute", 125)
    return normpath(dest)


def mode_of(spec_mode: str, kind: str, named: bool) -> tuple[bool, str, str]:
    """(rw, Mode, Propagation) as inspect shows them for a -v mount."""
    opts = [m for m in spec_mode.split(",") if m]
    rw = "ro" not in opts
    mode_parts = [m for m in opts if m not in ("nocopy",)]
    mode = ",".join(mode_parts)
    propagation = ""
    if kind == "bind":
        prop = next((m for m in opts if m in ("private", "rprivate", "shared", "rshared", "slave", "rslave")), "rprivate")
        propagation = prop
    elif named and not mode:
        mode = "z"  # daemon/volumes_unix.go setBindModeIfNull
    return rw, mode, propagation


def new_mount(kind: str, destination: str, source: str, rw: bool, mode: str, propagation: str,
              named: bool, copy_data: bool, spec_source: str) -> Mount:
    return Mount(kind, normpath(destination), source, rw, mode, propagation, named, copy_data, spec_source)
