"""`-v`, `--mount` and `--tmpfs` parsing, and the daemon's mount assembly rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dockercli import DockerError
from .fs import normpath
from .refs import NAME_CHARS
from .world import Mount

PROPAGATIONS = ("private", "rprivate", "shared", "rshared", "slave", "rslave")
# linuxValidMountMode's groups (moby v28.5.2 volume/mounts/linux_parser.go): at most one word of each
_MODE_GROUPS = {"rw": "rw", "ro": "rw", "z": "label", "Z": "label", "nocopy": "copy",
                "consistent": "consistency", "cached": "consistency", "delegated": "consistency",
                **{p: "propagation" for p in PROPAGATIONS}}


def valid_mount_mode(mode: str) -> bool:
    """linuxValidMountMode: "" or comma-separated known words, no two from one group."""
    if not mode:
        return True
    groups = [_MODE_GROUPS.get(word) for word in mode.split(",")]
    return None not in groups and len(groups) == len(set(groups))


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
    # the daemon splits the raw bind again without the client's drive-letter rule (moby v28.5.2
    # volume/mounts/linux_parser.go ParseMountRaw, in its order): strings.SplitN(raw, ":", 4)
    parts = raw.split(":", 3)
    if len(parts) == 4:
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}'", 125)
    source, dest = parts[0], parts[1]
    mode = parts[2] if len(parts) == 3 else ""
    if len(parts) == 2 and valid_mount_mode(dest):
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}'", 125)
    if source.startswith("."):
        source = normpath(source, cwd)
    if not valid_mount_mode(mode):
        raise DockerError(f"Error response from daemon: invalid mode: {mode}", 125)
    kind = "bind" if source.startswith("/") else "volume"
    _check_destination(raw, dest, kind)
    words = mode.split(",")
    # nocopy sets VolumeOptions and a propagation word BindOptions; validateMountConfigImpl then
    # refuses the one the type does not take
    extra = ("VolumeOptions" if kind == "bind" and "nocopy" in words else
             "BindOptions" if kind == "volume" and any(w in PROPAGATIONS for w in words) else "")
    if extra:
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}': invalid mount "
                          f"config for type \"{kind}\": field {extra} must not be specified", 125)
    if kind == "volume":
        check_volume_name(source, "create", 125)
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
    propagation: str = ""  # bind-propagation, as given (the daemon defaults a bind to rprivate)


def ram_in_bytes(text: str) -> int | None:
    """go-units RAMInBytes: 64m, 1g, 512k (binary units), or plain bytes."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?", text.strip().lower())
    if m is None:
        return None
    return int(float(m.group(1)) * 1024 ** " kmgtp".index(m.group(2) or " "))


# strconv.ParseBool's spellings
_TRUE = ("1", "t", "T", "TRUE", "true", "True")
_FALSE = ("0", "f", "F", "FALSE", "false", "False")


def _go_bool(value: str) -> bool | None:
    return True if value in _TRUE else False if value in _FALSE else None


def go_csv_fields(value: str) -> list[str]:
    """The one record encoding/csv's Reader.Read takes from value (RFC 4180 quoting, comma-separated);
    ValueError with the reader's message when the quoting is wrong."""
    line = value.split("\n", 1)[0]
    if line.endswith("\r"):
        line = line[:-1]
    if not line:
        raise ValueError("EOF")  # csv: an empty input has no record (io.EOF)
    fields: list[str] = []
    i = 0
    while True:
        if not line.startswith('"', i):
            j = line.find(",", i)
            field = line[i:] if j < 0 else line[i:j]
            if '"' in field:
                raise ValueError(f'parse error on line 1, column {i + field.index(chr(34)) + 1}: bare " in non-quoted-field')
            fields.append(field)
            if j < 0:
                return fields
            i = j + 1
            continue
        buf = []
        i += 1
        while True:
            j = line.find('"', i)
            if j < 0:
                raise ValueError(f'parse error on line 1, column {len(line) + 1}: extraneous or missing " in quoted-field')
            buf.append(line[i:j])
            i = j + 1
            if line.startswith('"', i):
                buf.append('"')
                i += 1
            elif line.startswith(",", i) or i == len(line):
                break
            else:
                raise ValueError(f'parse error on line 1, column {i}: extraneous or missing " in quoted-field')
        fields.append("".join(buf))
        if i == len(line):
            return fields
        i += 1


def _go_is_local(path: str) -> bool:
    """filepath.IsLocal on Linux: relative, not empty, and never climbing out with '..'."""
    if not path or path.startswith("/"):
        return False
    depth = 0
    for part in path.split("/"):
        if part == "..":
            depth -= 1
            if depth < 0:
                return False
        elif part not in ("", "."):
            depth += 1
    return True


@dataclass
class _MountFields:
    """What MountOpt.Set has read so far from one --mount value."""

    type: str = "volume"  # the default type (opts/mount.go)
    source: str = ""
    target: str = ""
    readonly: bool = False
    nocopy: bool = False
    propagation: str = ""
    recursive: str = ""
    size: int = 0
    mode: int = 0
    subpath: str = ""
    options: set[str] = field(default_factory=set)  # which of volume-*, bind-*, tmpfs-*, image-* were given


class _FieldError(Exception):
    """MountOpt.Set's error for one field."""


def _bool_field(key: str, val: str) -> bool:
    flag = _go_bool(val)
    if flag is None:
        raise _FieldError(f"invalid value for {key}: {val}")
    return flag


def _bare_field(m: _MountFields, key: str, text: str) -> None:
    """A field without '=': only readonly/ro, volume-nocopy and bind-nonrecursive may be bare."""
    if key in ("readonly", "ro"):
        m.readonly = True
    elif key == "volume-nocopy":
        m.nocopy = True
        m.options.add("volume")
    elif key == "bind-nonrecursive":
        m.options.add("bind")
    else:
        raise _FieldError(f"invalid field '{text}' must be a key=value pair")


def _common_field(m: _MountFields, key: str, val: str, cwd: str) -> bool:
    """type, source, target, readonly and consistency; False for another key."""
    if key == "type":
        m.type = val.lower()
    elif key in ("source", "src"):
        m.source = normpath(val, cwd) if val.startswith(".") else val  # filepath.Abs
    elif key in ("target", "dst", "destination"):
        m.target = val
    elif key in ("readonly", "ro"):
        m.readonly = _bool_field(key, val)
    elif key != "consistency":
        return False
    return True


def _bind_field(m: _MountFields, key: str, val: str) -> None:
    if key == "bind-propagation":
        m.propagation = val.lower()
    elif key == "bind-nonrecursive":
        _bool_field(key, val)  # the CLI also logs a deprecation warning here
    elif val not in ("enabled", "disabled", "writable", "readonly"):
        raise _FieldError(f'invalid value for {key}: {val} (must be "enabled", "disabled", "writable", or "readonly")')
    else:
        m.recursive = val


def _typed_field(m: _MountFields, key: str, val: str, text: str) -> None:
    """The options of one mount type: bind-*, volume-*, image-subpath, tmpfs-*."""
    kind = key.split("-")[0]
    if key in ("bind-propagation", "bind-nonrecursive", "bind-recursive"):
        _bind_field(m, key, val)
    elif key == "volume-nocopy":
        m.nocopy = _bool_field(key, val)
    elif key == "volume-subpath":
        m.subpath = val
    elif key in ("volume-label", "volume-driver", "volume-opt", "image-subpath"):
        pass
    elif key == "tmpfs-size":
        parsed = ram_in_bytes(val)
        if parsed is None:
            raise _FieldError(f"invalid value for {key}: {val}")
        m.size = parsed
    elif key == "tmpfs-mode":
        if not re.fullmatch(r"[0-7]+", val) or int(val, 8) >= 1 << 32:
            raise _FieldError(f"invalid value for {key}: {val}")  # strconv.ParseUint(val, 8, 32)
        m.mode = int(val, 8)
    else:
        raise _FieldError(f"unexpected key '{key}' in '{text}'")
    m.options.add(kind)


def _check_fields(m: _MountFields) -> None:
    """MountOpt.Set's checks once every field is read."""
    if not m.type:
        raise _FieldError("type is required")
    if not m.target:
        raise _FieldError("target is required")
    for kind in ("volume", "image", "bind", "tmpfs"):
        if kind in m.options and m.type != kind:
            raise _FieldError(f"cannot mix '{kind}-*' options with mount type '{m.type}'")
    if m.recursive in ("writable", "readonly") and not m.readonly:
        raise _FieldError(f"option 'bind-recursive={m.recursive}' requires 'readonly' to be specified in conjunction")
    if m.recursive == "readonly" and m.propagation != "rprivate":
        raise _FieldError("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified "
                          "in conjunction")


def parse_mount_flag(raw: str, cwd: str) -> MountSpec:
    """--mount, as docker/cli v28.5.2 opts/mount.go MountOpt.Set parses it (CSV fields, keys
    lower-cased, type defaulting to volume), then the daemon's validateMountConfigImpl in moby
    v28.5.2 volume/mounts/linux_parser.go. The CLI's errors raise MountFlagError; the daemon's
    raise DockerError."""
    m = _MountFields()
    try:
        for text in go_csv_fields(raw):
            key, eq, val = text.partition("=")
            key = key.lower()
            if not eq:
                _bare_field(m, key, text)
            elif not _common_field(m, key, val, cwd):
                _typed_field(m, key, val, text)
        _check_fields(m)
    except (ValueError, _FieldError) as exc:
        raise MountFlagError(f'invalid argument "{raw}" for "--mount" flag: {exc}') from None
    _daemon_checks(m)
    return MountSpec(m.type, m.source, m.target, m.readonly, m.nocopy, raw, m.size, m.mode, m.propagation)


def _daemon_checks(m: _MountFields) -> None:
    """validateMountConfigImpl's order: the target, then what the type requires (the bind source's
    existence is the caller's: it needs the host)."""
    mtype, source, target, readonly, propagation, subpath = (m.type, m.source, m.target, m.readonly,
                                                             m.propagation, m.subpath)

    def bad(msg: str) -> DockerError:
        return DockerError(f"Error response from daemon: invalid mount config for type \"{mtype}\": {msg}", 125)

    slashed = target.replace("\\", "/")  # linuxValidateNotRoot and linuxValidateAbsolute read '\\' as '/'
    if slashed.startswith("/") and normpath(slashed) == "/":
        raise bad("invalid specification: destination can't be '/'")
    if not slashed.startswith("/"):
        raise bad(f"invalid mount path: '{slashed}' mount path must be absolute")
    if mtype == "bind":
        if not source:
            raise bad("field Source must not be empty")
        if propagation and propagation not in ("private", "rprivate", "shared", "rshared", "slave", "rslave"):
            raise bad(f"invalid propagation mode: {propagation}")
        if not source.replace("\\", "/").startswith("/"):
            raise bad(f"invalid mount path: '{source.replace(chr(92), '/')}' mount path must be absolute")
    elif mtype == "volume":
        if subpath and not source:
            raise bad("must not set Subpath when using anonymous volumes")
        if subpath and not _go_is_local(subpath):
            raise bad("subpath must be a relative path within the volume")
        if readonly and not source:
            raise bad("must not set ReadOnly mode when using anonymous volumes")
        if source:
            check_volume_name(source, "create", 125)
    elif mtype == "tmpfs":
        if source:
            raise bad("field Source must not be specified")
    elif mtype == "image":
        if not source:
            raise bad("field Source must not be empty")
        raise DockerError("layerlab: image mounts (--mount type=image) are not simulated", 125)
    else:
        raise bad("mount type unknown")


def parse_tmpfs_flag(raw: str) -> str:
    dest = raw.split(":", 1)[0]
    if not dest.startswith("/"):
        raise DockerError("Error response from daemon: invalid mount config for type \"tmpfs\": invalid mount path: "
                          f"'{dest}' mount path must be absolute", 125)
    return normpath(dest)


def tmpfs_size_option(options: str) -> int:
    """The size= of a --tmpfs option list, in bytes, as the kernel's memparse reads it (a number
    with k, m, g or t); 0 when there is none."""
    for opt in options.split(","):
        m = re.fullmatch(r"size=(\d+)([kKmMgGtT]?)", opt)
        if m:
            return int(m.group(1)) * 1024 ** (" kmgt".index(m.group(2).lower() or " "))
    return 0


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
