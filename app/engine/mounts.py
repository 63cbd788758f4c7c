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
    """Split on ':' the way cli/internal/volumespec Parse does: a ':' after a part of one letter
    so far is a Windows drive's and stays in the part ("a:/data" is one part, "/x:b:ro" two)."""
    parts: list[str] = []
    part = ""
    for ch in raw:
        if ch == ":" and _is_drive(part):
            part += ch
        elif ch == ":":
            parts.append(part)
            part = ""
        else:
            part += ch
    return [*parts, part]


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
        # the client sends a one-part spec as Config.Volumes, which the daemon takes as it is
        # (daemon/create_unix.go createContainerOSSpecificSettings: no check; runc only warns
        # of a relative destination and mounts it under the root): "a:/data" is one part
        dest = parts[0]
        if dest.startswith("/"):
            _check_destination(raw, dest, "volume")
        return VolumeSpec(raw, "", dest, "")
    # the client makes a bind's relative host part absolute (docker/cli v28.5.2
    # cli/command/container/opts.go parse: filepath.Abs of what precedes the first ':' when it
    # starts with '.'), and the daemon, HostConfig.Binds and its errors have that
    host, colon, rest = raw.partition(":")
    if host.startswith("."):
        raw = normpath(host, cwd) + colon + rest
    # the daemon splits the raw bind again without the client's drive-letter rule (moby v28.5.2
    # volume/mounts/linux_parser.go ParseMountRaw, in its order): strings.SplitN(raw, ":", 4)
    parts = raw.split(":", 3)
    if len(parts) == 4:
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}'", 125)
    source, dest = parts[0], parts[1]
    mode = parts[2] if len(parts) == 3 else ""
    if len(parts) == 2 and valid_mount_mode(dest):
        raise DockerError(f"Error response from daemon: invalid volume specification: '{raw}'", 125)
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
    subpath: str = ""  # volume-subpath
    driver: str = ""  # volume-driver ("" for the daemon's default, local)
    image_subpath: str = ""  # image-subpath
    labels: dict[str, str] | None = None  # volume-label: the labels of a volume the mount creates
    options: dict[str, str] | None = None  # volume-opt: its driver options


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
class MountFields:
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
    driver: str = ""
    image_subpath: str = ""
    options: set[str] = field(default_factory=set)  # which of volume-*, bind-*, tmpfs-*, image-* were given
    volume_labels: dict[str, str] = field(default_factory=dict)
    volume_opts: dict[str, str] = field(default_factory=dict)
    consistency: str = ""
    nonrecursive: bool = False  # BindOptions.NonRecursive (bind-nonrecursive, bind-recursive=disabled)


class _FieldError(Exception):
    """MountOpt.Set's error for one field."""


def _bool_field(key: str, val: str) -> bool:
    flag = _go_bool(val)
    if flag is None:
        raise _FieldError(f"invalid value for {key}: {val}")
    return flag


def _bare_field(m: MountFields, key: str, text: str) -> None:
    """A field without '=': only readonly/ro, volume-nocopy and bind-nonrecursive may be bare."""
    if key in ("readonly", "ro"):
        m.readonly = True
    elif key == "volume-nocopy":
        m.nocopy = True
        m.options.add("volume")
    elif key == "bind-nonrecursive":
        m.options.add("bind")
        m.nonrecursive = True
    else:
        raise _FieldError(f"invalid field '{text}' must be a key=value pair")


def _common_field(m: MountFields, key: str, val: str, cwd: str) -> bool:
    """type, source, target, readonly and consistency; False for another key."""
    if key == "type":
        m.type = val.lower()
    elif key in ("source", "src"):
        m.source = normpath(val, cwd) if val.startswith(".") else val  # filepath.Abs
    elif key in ("target", "dst", "destination"):
        m.target = val
    elif key in ("readonly", "ro"):
        m.readonly = _bool_field(key, val)
    elif key == "consistency":
        m.consistency = val.lower()
    else:
        return False
    return True


def _bind_field(m: MountFields, key: str, val: str) -> None:
    if key == "bind-propagation":
        m.propagation = val.lower()
    elif key == "bind-nonrecursive":
        m.nonrecursive = _bool_field(key, val)  # the CLI also logs a deprecation warning here
    elif val not in ("enabled", "disabled", "writable", "readonly"):
        raise _FieldError(f'invalid value for {key}: {val} (must be "enabled", "disabled", "writable", or "readonly")')
    else:
        m.recursive = val
        m.nonrecursive = m.nonrecursive or val == "disabled"


def _typed_field(m: MountFields, key: str, val: str, text: str) -> None:
    """The options of one mount type: bind-*, volume-*, image-subpath, tmpfs-*."""
    kind = key.split("-")[0]
    if key in ("bind-propagation", "bind-nonrecursive", "bind-recursive"):
        _bind_field(m, key, val)
        if key == "bind-recursive" and val == "enabled":
            return  # opts/mount.go: a NOP that makes no BindOptions, so it mixes with any type
    elif key == "volume-nocopy":
        m.nocopy = _bool_field(key, val)
    elif key == "volume-subpath":
        m.subpath = val
    elif key == "volume-driver":
        m.driver = val
    elif key == "image-subpath":
        m.image_subpath = val
    elif key in ("volume-label", "volume-opt"):
        # opts/mount.go setValueOnMap: KEY[=VALUE], an empty key left out
        k, _, v = val.partition("=")
        if k:
            (m.volume_labels if key == "volume-label" else m.volume_opts)[k] = v
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


def _check_fields(m: MountFields) -> None:
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
    m = mount_flag_fields(raw, cwd)
    _daemon_checks(m)
    return MountSpec(m.type, m.source, m.target, m.readonly, m.nocopy, raw, m.size, m.mode, m.propagation,
                     subpath=m.subpath, driver=m.driver, image_subpath=m.image_subpath,
                     labels=m.volume_labels or None, options=m.volume_opts or None)


def mount_flag_fields(raw: str, cwd: str) -> MountFields:
    """What MountOpt.Set makes of one --mount value: the mount.Mount the CLI sends (its options
    are set only when one of their keys was given)."""
    m = MountFields()
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
    return m


def _daemon_checks(m: MountFields) -> None:
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
        if m.image_subpath and not _go_is_local(m.image_subpath):
            raise bad("subpath must be a relative path within the volume")  # mounts/parser.go errInvalidSubpath
    else:
        raise bad("mount type unknown")


def parse_tmpfs_flag(raw: str) -> str:
    """A --tmpfs destination (what precedes the first ':'), as verifyPlatformContainerSettings checks
    it before the image is looked up (moby v28.5.2 daemon/daemon_unix.go; volume/mounts/
    linux_parser.go ValidateTmpfsMountDestination: linuxValidateNotRoot, then
    linuxValidateAbsolute, their errors as they are, with no mount config around them)."""
    dest = raw.split(":", 1)[0]
    slashed = dest.replace("\\", "/")
    if slashed.startswith("/") and normpath(slashed) == "/":
        raise DockerError("Error response from daemon: invalid specification: destination can't be '/'", 125)
    if not slashed.startswith("/"):
        raise DockerError(f"Error response from daemon: invalid mount path: '{slashed}' mount path must be absolute", 125)
    return normpath(dest)


def tmpfs_size_option(options: str) -> int:
    """The size= of a --tmpfs option list, in bytes, as the kernel's memparse reads it (a number
    with k, m, g, t, p or e); the last one counts (MergeTmpfsOptions keeps it); 0 when there is
    none or it is no plain size."""
    for opt in reversed(options.split(",")):
        if opt.startswith("size="):
            value, rest = _memparse(opt[5:])
            return value if not rest else 0
    return 0


def tmpfs_inodes_option(options: str) -> int:
    """The nr_inodes= of a tmpfs option list (memparse, the last one counts); 0: none, no limit."""
    for opt in reversed(options.split(",")):
        if opt.startswith("nr_inodes="):
            value, rest = _memparse(opt[10:])
            return value if not rest else 0
    return 0


def tmpfs_root(m: Mount) -> tuple[int, int, int]:
    """(mode, uid, gid) of a tmpfs mount's root, as mm/shmem.c gives it from the mount's data: mode=
    (octal; 1777 when none), uid= and gid= (0 when none); the last of each counts. --mount takes
    tmpfs-mode only."""
    mode, uid, gid = m.tmpfs_mode or 0o1777, 0, 0
    if not m.tmpfs_mode:
        for opt in m.spec.split(","):
            key, _, value = opt.partition("=")
            value = value.strip().removeprefix("+")
            if key == "mode" and re.fullmatch(r"[0-7]+", value):
                mode = int(value, 8) & 0o7777
            elif key in ("uid", "gid") and value.isdigit():
                uid, gid = (int(value), gid) if key == "uid" else (uid, int(value))
    return mode, uid, gid


def _strtoull(text: str) -> tuple[int, str]:
    """simple_strtoull(text, &rest, 0): 0x for hex, a leading 0 for octal; no digit reads 0."""
    base, digits = 10, text
    if text[:2].lower() == "0x" and text[2:3] and text[2] in "0123456789abcdefABCDEF":
        base, digits = 16, text[2:]
    elif text.startswith("0"):
        base = 8
    m = re.match({16: r"[0-9a-fA-F]+", 8: r"[0-7]+", 10: r"[0-9]+"}[base], digits)
    if not m:
        return 0, text
    return int(m.group(), base), digits[m.end():]


def _memparse(text: str) -> tuple[int, str]:
    """The kernel's memparse: a number and an optional K, M, G, T, P or E; (value, what is left)."""
    value, rest = _strtoull(text)
    if rest[:1] and rest[0] in "kKmMgGtTpPeE":
        value <<= 10 * ("kmgtpe".index(rest[0].lower()) + 1)
        rest = rest[1:]
    return value, rest


# moby/sys/mount flags_unix.go: the words MergeTmpfsOptions takes as flags, each with the flag it
# sets or clears (a later word for the same flag wins; all propagations share one), and the data
# keys it lets through
_MERGE_FLAGS = {"ro": "RDONLY", "rw": "RDONLY", "suid": "NOSUID", "nosuid": "NOSUID", "dev": "NODEV",
                "nodev": "NODEV", "exec": "NOEXEC", "noexec": "NOEXEC", "sync": "SYNC", "async": "SYNC",
                "dirsync": "DIRSYNC", "remount": "REMOUNT", "mand": "MAND", "nomand": "MAND", "atime": "NOATIME",
                "noatime": "NOATIME", "diratime": "NODIRATIME", "nodiratime": "NODIRATIME",
                "relatime": "RELATIME", "norelatime": "RELATIME", "strictatime": "STRICTATIME",
                "nostrictatime": "STRICTATIME",
                **{p: "propagation" for p in ("bind", "rbind", "unbindable", "runbindable", "private", "rprivate",
                                              "shared", "rshared", "slave", "rslave")}}
_TMPFS_DATA = {"", "size", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol"}


def _go_quoted_list(parts: list[str]) -> str:
    """fmt's %q of a []string: ["a" "b"]."""
    return "[" + " ".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts) + "]"


def merge_tmpfs_options(data: str) -> list[str]:
    """The options a --tmpfs mount reaches the runtime with (daemon/oci_linux.go withMounts: noexec,
    nosuid, nodev and rprivate, then the mount's own; moby/sys/mount MergeTmpfsOptions keeps the last
    of each flag and data key, in order). A word that is neither a flag nor KEY=VALUE with a known
    key fails the start as the daemon's own error (a System error of createSpec)."""
    options = ["noexec", "nosuid", "nodev", "rprivate", *(data.split(",") if data else [])]
    merged: list[str] = []
    taken: set[str] = set()
    for option in reversed(options):
        if option == "defaults":
            continue
        key = _MERGE_FLAGS.get(option)
        if key is None:
            parts = option.split("=", 1)
            if len(parts) != 2 or parts[0] not in _TMPFS_DATA:
                raise DockerError(f"Error response from daemon: invalid tmpfs option {_go_quoted_list(parts)}", 128)
            key = "=" + parts[0]
        if key not in taken:
            merged.insert(0, option)
            taken.add(key)
    return merged


# runc v1.3.3 libcontainer/specconv/spec_linux.go mountFlags (those MergeTmpfsOptions lets through):
# a word sets or (with True) clears its flag bits; the propagations go apart, the rest is data
_RUNC_FLAGS = {"ro": (False, 0x1), "rw": (True, 0x1), "nosuid": (False, 0x2), "suid": (True, 0x2),
               "nodev": (False, 0x4), "dev": (True, 0x4), "noexec": (False, 0x8), "exec": (True, 0x8),
               "sync": (False, 0x10), "async": (True, 0x10), "remount": (False, 0x20), "mand": (False, 0x40),
               "nomand": (True, 0x40), "dirsync": (False, 0x80), "noatime": (False, 0x400),
               "atime": (True, 0x400), "nodiratime": (False, 0x800), "diratime": (True, 0x800),
               "bind": (False, 0x1000), "rbind": (False, 0x1000 | 0x4000), "relatime": (False, 1 << 21),
               "norelatime": (True, 1 << 21), "strictatime": (False, 1 << 24), "nostrictatime": (True, 1 << 24)}
_PROPAGATIONS = {"private", "rprivate", "shared", "rshared", "slave", "rslave", "unbindable", "runbindable"}
# mount_linux.go stringifyMountFlags: the names in its order
_FLAG_NAMES = [("MS_RDONLY", 0x1), ("MS_NOSUID", 0x2), ("MS_NODEV", 0x4), ("MS_NOEXEC", 0x8),
               ("MS_SYNCHRONOUS", 0x10), ("MS_REMOUNT", 0x20), ("MS_MANDLOCK", 0x40), ("MS_DIRSYNC", 0x80),
               ("MS_NOATIME", 0x400), ("MS_NODIRATIME", 0x800), ("MS_BIND", 0x1000), ("MS_REC", 0x4000),
               ("MS_RELATIME", 1 << 21), ("MS_STRICTATIME", 1 << 24)]
_MPOL_MODES = {"default", "prefer", "bind", "interleave", "local", "weighted_interleave"}
_PROCFD = 7  # the descriptor runc holds the mountpoint by (/proc/thread-self/fd/N): layerlab's guess


def _tmpfs_value_ok(key: str, value: str) -> bool:
    """Whether Linux's tmpfs takes KEY=VALUE (mm/shmem.c shmem_parse_one): sizes through memparse
    (size= also as a percentage), mode= in octal, uid= and gid= as numbers, mpol= a policy (one NUMA
    node here: node 0)."""
    if key in ("size", "nr_blocks", "nr_inodes"):
        rest = _memparse(value)[1]
        return rest in ("", "%") if key == "size" else not rest
    if key == "mode":
        return re.fullmatch(r"\+?[0-7]+\n?", value) is not None and int(value.strip(), 8) < 2**32
    if key in ("uid", "gid"):
        number, rest = _strtoull(value.removeprefix("+"))
        return value.removeprefix("+") != "" and rest in ("", "\n") and number < 2**32 - 1
    if key == "mpol":
        mode, _, nodes = value.partition(":")
        mode, _, flags = mode.partition("=")
        if mode not in _MPOL_MODES or flags not in ("", "static", "relative") or nodes not in ("", "0"):
            return False
        return (not nodes and not flags) if mode in ("default", "local") else (mode != "bind" or nodes == "0")
    return False  # the key "": no such parameter


def tmpfs_mount_error(destination: str, merged: list[str]) -> str | None:
    """runc's error when the kernel refuses a --tmpfs mount's data (libcontainer/rootfs_linux.go
    mountPropagate through mount_linux.go mountViaFds: mountError's text; the read-only flag waits
    for the later remount), or None when tmpfs takes it."""
    flags, data = 0, []
    for option in merged:
        if option in _RUNC_FLAGS:
            clear, bits = _RUNC_FLAGS[option]
            flags = flags & ~bits if clear else flags | bits
        elif option not in _PROPAGATIONS:
            data.append(option)
    if all(_tmpfs_value_ok(*option.split("=", 1)) for option in data):
        return None
    flags &= ~0x1
    shown = "|".join(name for name, bit in _FLAG_NAMES if flags & bit)
    return (f"error mounting \"tmpfs\" to rootfs at \"{destination}\": mount src=tmpfs, dst={destination}, "
            f"dstFd=/proc/thread-self/fd/{_PROCFD}{f', flags={shown}' if shown else ''}, data={','.join(data)}: "
            "invalid argument")


def mode_of(spec_mode: str, kind: str, named: bool) -> tuple[bool, str, str]:
    """(rw, Mode, Propagation) as inspect shows them for a -v mount. Mode is the mode as written,
    nocopy included (moby v28.5.2 volume/mounts/linux_parser.go ParseMountRaw: mp.Mode = mode)."""
    opts = [m for m in spec_mode.split(",") if m]
    rw = "ro" not in opts
    mode = spec_mode
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
