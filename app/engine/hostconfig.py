"""A container's HostConfig as `docker inspect` prints it (moby v28.5.2 api/types/container/
hostconfig.go, fields in struct order with their omitempty tags): what docker run from CLI 28.5.2
sends (cli/command/container/opts.go parse, create.go) and what the daemon fills in at create
(daemon/daemon_unix.go adaptContainerSettings and verifyPlatformContainerSettings,
daemon/create_unix.go createContainerOSSpecificSettings, daemon/inspect.go getInspectData).
"""

from __future__ import annotations

from typing import Any

from .formatting import GoStruct
from .gotemplate import GoNil
from .mounts import mount_flag_fields
from .resources import resources_json
from .world import Container, Mount, network_mode

# oci/defaults.go DefaultSpec: Linux.MaskedPaths (defaultLinuxMaskedPaths, without the per-CPU
# thermal_throttle folders this VM host does not have: app/engine/procfs.py) and ReadonlyPaths,
# which createContainerOSSpecificSettings keeps in HostConfig when the request has none
MASKED_PATHS = (
    "/proc/asound", "/proc/acpi", "/proc/interrupts", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
    "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
    "/sys/devices/virtual/powercap",
)
READONLY_PATHS = ("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger")

SHM_SIZE = 64 << 20  # config.DefaultShmSize, which adaptContainerSettings sets when the CLI sends 0
CONSOLE_SIZE = [24, 80]  # create.go: the CLI's terminal (height, width), an 80x24 one here

OMITEMPTY = frozenset({"Annotations", "StorageOpt", "Tmpfs", "Sysctls", "Runtime", "Mounts", "Init"})

# The Go type of each HostConfig field that may be nil, for a template's typed nil
NIL_TYPES = {
    "Annotations": "map[string]string", "CapAdd": "strslice.StrSlice", "CapDrop": "strslice.StrSlice",
    "ExtraHosts": "[]string", "GroupAdd": "[]string", "Links": "[]string", "SecurityOpt": "[]string",
    "StorageOpt": "map[string]string", "Sysctls": "map[string]string", "Init": "*bool",
    "MaskedPaths": "[]string", "ReadonlyPaths": "[]string",
}


def port_bindings(c: Container) -> dict[str, Any]:
    """nat.PortMap of the -p flags (a map: sorted), published or not (off the bridge the daemon
    keeps them and publishes none). HostIp stays as given; the port as bound."""
    bindings: dict[str, Any] = {}
    for hp, cp, ip, proto in [*c.published_ports(), *c.unpublished]:
        bindings.setdefault(f"{cp}/{proto}", []).append(
            GoStruct(HostIp=ip if ip != "0.0.0.0" else "", HostPort=str(hp) if hp else ""))
    return dict(sorted(bindings.items()))


def _options(go_type: str, given: bool, fields: dict[str, Any]) -> Any:
    """One of mount.Mount's option pointers: nil unless the CLI made it (a key of its kind was
    given), every field omitempty."""
    if not given:
        return GoNil(go_type)
    out = GoStruct(fields)
    out.go_type, out.omitempty = go_type, frozenset(fields)
    return out


def _mount_spec(m: Mount) -> GoStruct:
    """A --mount as the CLI sent it (docker/cli v28.5.2 opts/mount.go MountOpt.Set): mount.Mount
    (moby v28.5.2 api/types/mount/mount.go), every field omitempty, the options nil unless one of
    their keys was given; volumeOptions() also makes Labels and an empty DriverConfig."""
    f = mount_flag_fields(m.mount_flag or _flag_of(m), "/")
    driver = _options("*mount.Driver", True, {"Name": f.driver, "Options": dict(sorted(f.volume_opts.items()))
                                              if f.volume_opts else GoNil("map[string]string")})
    spec = GoStruct({
        "Type": f.type, "Source": m.spec_source, "Target": f.target, "ReadOnly": f.readonly,
        "Consistency": f.consistency,
        "BindOptions": _options("*mount.BindOptions", "bind" in f.options, {
            "Propagation": f.propagation, "NonRecursive": f.nonrecursive, "CreateMountpoint": False,
            "ReadOnlyNonRecursive": f.recursive == "writable", "ReadOnlyForceRecursive": f.recursive == "readonly"}),
        "VolumeOptions": _options("*mount.VolumeOptions", "volume" in f.options, {
            "NoCopy": f.nocopy, "Labels": dict(sorted(f.volume_labels.items())), "Subpath": f.subpath,
            "DriverConfig": driver}),
        "ImageOptions": _options("*mount.ImageOptions", "image" in f.options, {"Subpath": f.image_subpath}),
        "TmpfsOptions": _options("*mount.TmpfsOptions", "tmpfs" in f.options, {
            "SizeBytes": f.size, "Mode": f.mode, "Options": GoNil("[][]string")}),
        "ClusterOptions": GoNil("*mount.ClusterOptions"),
    })
    spec.go_type, spec.omitempty = "mount.Mount", frozenset(spec)
    return spec


def _flag_of(m: Mount) -> str:
    """A --mount value for a mount kept before its value was (a world pickled earlier): its type,
    source, target and read-only flag."""
    read_only = m.spec == "ro" if m.type == "image" else not m.rw  # an image mount is read-only anyway
    fields = [f"type={m.type}", f"target={m.destination}",
              *([f"source={m.spec_source}"] if m.spec_source else []), *(["readonly"] if read_only else [])]
    return ",".join('"' + f.replace('"', '""') + '"' if "," in f or '"' in f else f for f in fields)


def _mounts(c: Container) -> list[GoStruct] | None:
    """HostConfig.Mounts: the --mount specs in the order given (the daemon keeps the request's slice)."""
    flags = sorted((m for m in c.mounts if m.origin == "mount-flag"), key=lambda m: m.flag_order)
    return [_mount_spec(m) for m in flags] or None


def host_config(c: Container) -> GoStruct:
    """HostConfig for inspect: every field, the omitempty ones kept for templates and left out of
    JSON when empty (OMITEMPTY)."""
    tmpfs = {m.destination: m.spec for m in c.mounts if m.destination in c.tmpfs_flags}
    hc = GoStruct({
        "Binds": [m.spec for m in c.mounts if m.origin == "bind-flag"] or None,
        "ContainerIDFile": "",
        "LogConfig": GoStruct(Type="json-file", Config={}),
        "NetworkMode": network_mode(c),
        "PortBindings": port_bindings(c),
        "RestartPolicy": GoStruct(Name=c.restart_policy, MaximumRetryCount=c.restart_retries),
        "AutoRemove": c.auto_remove,
        "VolumeDriver": c.volume_driver,  # --volume-driver, as given
        "VolumesFrom": c.volumes_from or None,
        "ConsoleSize": list(CONSOLE_SIZE),
        "Annotations": None,
        "CapAdd": list(c.cap_add) or None, "CapDrop": list(c.cap_drop) or None,  # as the CLI sent them
        "CgroupnsMode": "private",  # cgroup v2: adaptContainerSettings's default
        # GetAllOrEmpty: never nil; ExtraHosts GetSlice: nil when empty (app/engine/dnsconfig.py)
        "Dns": list(c.dns), "DnsOptions": list(c.dns_options), "DnsSearch": list(c.dns_search),
        "ExtraHosts": list(c.extra_hosts) or None,
        "GroupAdd": list(c.group_add or []) or None,
        "IpcMode": "private",  # config.DefaultIpcMode
        "Cgroup": "", "Links": None, "OomScoreAdj": 0, "PidMode": "", "Privileged": c.privileged,
        "PublishAllPorts": False, "ReadonlyRootfs": c.read_only, "SecurityOpt": None, "StorageOpt": None,
        "Tmpfs": dict(sorted(tmpfs.items())) or None,
        "UTSMode": "", "UsernsMode": "", "ShmSize": c.shm_size or SHM_SIZE, "Sysctls": None,
        "Runtime": "runc",  # the daemon's default runtime (verifyPlatformContainerSettings)
        "Isolation": "",
        **dict(resources_json(c.memory, c.resources)),  # the embedded Resources, in their order
        "Mounts": _mounts(c),
        # daemon/create_unix.go: the defaults only for a container that is not --privileged
        "MaskedPaths": None if c.privileged else list(MASKED_PATHS),
        "ReadonlyPaths": None if c.privileged else list(READONLY_PATHS),
        "Init": True if c.init else None,  # set only when --init is given
    })
    hc.omitempty = OMITEMPTY
    return hc
