"""A container's HostConfig as `docker inspect` prints it (moby v28.5.2 api/types/container/
hostconfig.go, fields in struct order with their omitempty tags): what docker run from CLI 28.5.2
sends (cli/command/container/opts.go parse, create.go) and what the daemon fills in at create
(daemon/daemon_unix.go adaptContainerSettings and verifyPlatformContainerSettings,
daemon/create_unix.go createContainerOSSpecificSettings, daemon/inspect.go getInspectData).
"""

from __future__ import annotations

from typing import Any

from .formatting import GoStruct
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


def _mounts(c: Container) -> list[dict[str, Any]] | None:
    """HostConfig.Mounts: the --mount specs (mount.Mount, its own omitempty fields)."""
    out = []
    for m in c.mounts:
        if m.origin != "mount-flag":
            continue
        entry: dict[str, Any] = {"Type": m.type, **({"Source": m.spec_source} if m.spec_source else {}),
                                 "Target": m.destination, **({"ReadOnly": True} if _read_only(m) else {})}
        if m.type == "volume" and m.subpath:
            entry["VolumeOptions"] = {"Subpath": m.subpath}
        if m.type == "tmpfs" and (m.tmpfs_size or m.tmpfs_mode):
            entry["TmpfsOptions"] = {**({"SizeBytes": m.tmpfs_size} if m.tmpfs_size else {}),
                                     **({"Mode": m.tmpfs_mode} if m.tmpfs_mode else {})}
        if m.type == "image" and m.image_subpath:
            entry["ImageOptions"] = {"Subpath": m.image_subpath}
        out.append(entry)
    return out or None


def _read_only(m: Mount) -> bool:
    """ReadOnly as the client sent it: an image mount is read-only anyway, so only its spec tells."""
    return m.spec == "ro" if m.type == "image" else not m.rw


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
