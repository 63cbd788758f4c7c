"""A container's resource limits (HostConfig.Resources): sizes and CPU counts as the docker CLI
reads them, the daemon's checks of them and the Resources fields `docker inspect` prints.

The daemon is the simulated host's: cgroup v2 with the memory, cpu, io, cpuset and pids
controllers (moby v28.5.2 pkg/sysinfo/cgroup2_linux.go), so swap limits, memory reservations, PIDs
limits, CPU quotas, cpusets and block IO weights are supported, and memory swappiness, kernel
memory and OOM-killer disabling are not (each discarded with a warning when asked for).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from . import hostprofile

if TYPE_CHECKING:
    from .dockercli import Args

# moby v28.5.2 daemon/daemon_unix.go linuxMinMemory: 6 MiB
LINUX_MIN_MEMORY = 6291456

_BINARY = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40, "p": 1 << 50}

# strconv.ParseFloat's decimal syntax (Go's float literals without hexadecimal or underscores)
_GO_FLOAT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def ram_in_bytes(text: str) -> int:
    """go-units RAMInBytes (vendored in docker/cli v28.5.2, size.go parseSize): a number, then a
    unit of 1024s (k, m, g, t, p; a trailing b or ib, any case) or b or nothing. ValueError with
    the parser's message."""
    sep = max(text.rfind(ch) for ch in "0123456789. ")
    if sep < 0:
        raise ValueError(f"invalid size: '{text}'")  # there should be at least a digit
    num, sfx = (text[:sep + 1], text[sep + 1:]) if text[sep] != " " else (text[:sep], text[sep + 1:])
    if not _GO_FLOAT.fullmatch(num):
        raise ValueError(f'strconv.ParseFloat: parsing "{num}": invalid syntax')
    size = float(num)
    if size < 0:
        raise ValueError(f"invalid size: '{text}'")  # backward compatibility: no negative sizes
    if not sfx:
        return int(size)
    if len(sfx) > 3:
        raise ValueError(f"invalid suffix: '{sfx}'")
    sfx = sfx.lower()
    if sfx[0] == "b" and len(sfx) == 1:
        return int(size)
    if sfx[0] not in _BINARY or (len(sfx) == 2 and sfx[1] != "b") or (len(sfx) == 3 and sfx[1:] != "ib"):
        raise ValueError(f"invalid suffix: '{sfx}'")  # no extra characters after b, and kb or kib only
    return int(size * _BINARY[sfx[0]])


def memory_swap_bytes(text: str) -> int:
    """opts.MemSwapBytes: -1 (unlimited swap) or a size."""
    return -1 if text == "-1" else ram_in_bytes(text)


def nano_cpus(text: str) -> int:
    """opts.ParseCPUs (docker/cli v28.5.2 opts/opts.go): a rational number (1.5, 3/2) of CPUs
    as nano CPUs; ValueError with its message."""
    try:
        if "/" in text:
            top, _, bottom = text.partition("/")
            if not re.fullmatch(r"[+-]?\d+", top) or not re.fullmatch(r"\d+", bottom):
                raise ValueError
            cpus = Fraction(int(top), int(bottom))
        elif _GO_FLOAT.fullmatch(text):
            cpus = Fraction(text)
        else:
            raise ValueError
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"failed to parse {text} as a rational number") from None
    nano = cpus * 1_000_000_000
    if nano.denominator != 1:
        raise ValueError("value is too precise")
    return int(nano)


def flag_value_error(var: str, name: str, value: str) -> str | None:
    """The message pflag gives for a bytes or decimal flag's value it cannot set, else None
    (--memory-swap is an opts.MemSwapBytes: -1 too; the other sizes opts.MemBytes)."""
    try:
        if var == "decimal":
            nano_cpus(value)
        elif name == "memory-swap":
            memory_swap_bytes(value)
        else:
            ram_in_bytes(value)
    except ValueError as exc:
        return str(exc)
    return None


# ---------------------------------------------------------------------------------------------
# The values a container keeps


# HostConfig.Resources in the API's order (moby v28.5.2 api/types/container/hostconfig.go), with
# what a `docker run` without resource flags leaves in them: the CLI sends empty lists for the
# block IO device lists, the devices and the ulimits (cli/command/container/opts.go parse), the
# daemon drops MemorySwappiness (fixMemorySwappiness; cgroup v2 has none) and PidsLimit 0
# (container_routes.go postContainersCreate), and sets OomKillDisable to false (adaptContainerSettings).
# KernelMemory and KernelMemoryTCP are omitempty and the API (1.42 and later) drops them.
_DEFAULTS: tuple[tuple[str, Any], ...] = (
    ("CpuShares", 0), ("Memory", 0), ("NanoCpus", 0), ("CgroupParent", ""), ("BlkioWeight", 0),
    ("BlkioWeightDevice", []), ("BlkioDeviceReadBps", []), ("BlkioDeviceWriteBps", []),
    ("BlkioDeviceReadIOps", []), ("BlkioDeviceWriteIOps", []), ("CpuPeriod", 0), ("CpuQuota", 0),
    ("CpuRealtimePeriod", 0), ("CpuRealtimeRuntime", 0), ("CpusetCpus", ""), ("CpusetMems", ""),
    ("Devices", []), ("DeviceCgroupRules", None), ("DeviceRequests", None), ("MemoryReservation", 0),
    ("MemorySwap", 0), ("MemorySwappiness", None), ("OomKillDisable", False), ("PidsLimit", None),
    ("Ulimits", []), ("CpuCount", 0), ("CpuPercent", 0), ("IOMaximumIOps", 0), ("IOMaximumBandwidth", 0),
)

# the run and update flags layerlab keeps, by the Resources field each sets
FLAG_FIELDS = {
    "cpu-shares": "CpuShares", "cpus": "NanoCpus", "blkio-weight": "BlkioWeight", "cpu-period": "CpuPeriod",
    "cpu-quota": "CpuQuota", "cpu-rt-period": "CpuRealtimePeriod", "cpu-rt-runtime": "CpuRealtimeRuntime",
    "cpuset-cpus": "CpusetCpus", "cpuset-mems": "CpusetMems", "memory": "Memory",
    "memory-reservation": "MemoryReservation", "memory-swap": "MemorySwap", "pids-limit": "PidsLimit",
}


def resources_json(memory: int, kept: dict[str, Any] | None) -> list[tuple[str, Any]]:
    """The Resources fields of inspect's HostConfig, in order: a container's Memory and the other
    values its flags (or docker update) set, the defaults elsewhere."""
    values = {**(kept or {}), "Memory": memory}
    return [(key, values.get(key, [] if isinstance(default, list) else default)) for key, default in _DEFAULTS]


def typed_nils() -> dict[str, str]:
    """The Go types of the Resources fields that may be null (for templates: a typed nil)."""
    return {"DeviceCgroupRules": "[]string", "DeviceRequests": "[]container.DeviceRequest",
            "MemorySwappiness": "*int64", "PidsLimit": "*int64", "OomKillDisable": "*bool"}


def from_flags(args: Args) -> dict[str, Any]:
    """The Resources values the flags given set (API field names), as the CLI sends them: sizes
    in bytes, CPUs in nano CPUs, the rest as typed; -1 swappiness is no value (the daemon's
    fixMemorySwappiness)."""
    out: dict[str, Any] = {}
    for flag, key in FLAG_FIELDS.items():
        if flag not in args.given:
            continue
        value = args.get(flag)
        if flag == "cpus":
            out[key] = nano_cpus(value)
        elif flag == "memory-swap":
            out[key] = memory_swap_bytes(value)
        elif flag in ("memory", "memory-reservation"):
            out[key] = ram_in_bytes(value)
        else:
            out[key] = value
    if args.get("memory-swappiness", -1) != -1:
        out["MemorySwappiness"] = args.get("memory-swappiness")
    if args.bool("oom-kill-disable"):
        out["OomKillDisable"] = True
    return out


def as_created(res: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """A new container's Memory and its other Resources values, as the daemon keeps them: a PIDs
    limit of 0 or less is none (container_routes.go postContainersCreate), and a memory limit
    without a swap limit gets twice as much memory plus swap (daemon_unix.go adaptContainerSettings)."""
    kept = dict(res)
    memory = kept.pop("Memory", 0)
    if kept.get("PidsLimit") is not None and kept["PidsLimit"] <= 0:
        del kept["PidsLimit"]
    if memory > 0 and kept.get("MemorySwap", 0) == 0:
        kept["MemorySwap"] = memory * 2
    return memory, kept or None


# ---------------------------------------------------------------------------------------------
# The daemon's checks


class ResourceError(Exception):
    """verifyPlatformContainerResources refused the values (its message)."""


def verify(res: dict[str, Any], update: bool) -> list[str]:
    """moby v28.5.2 daemon/daemon_unix.go verifyPlatformContainerResources on the simulated host
    (cgroup v2, every controller there): raises ResourceError in the daemon's order, returns its
    warnings. res holds the API fields, missing ones 0; MemorySwappiness and OomKillDisable are
    discarded here (the host has neither)."""
    warnings: list[str] = []
    memory, swap, reservation = res.get("Memory", 0), res.get("MemorySwap", 0), res.get("MemoryReservation", 0)
    if 0 < memory < LINUX_MIN_MEMORY:
        raise ResourceError("Minimum memory limit allowed is 6MB")
    if memory > 0 and 0 < swap < memory:
        raise ResourceError("Minimum memoryswap limit should be larger than memory limit, see usage")
    if memory == 0 and swap > 0 and not update:
        raise ResourceError("You should always set the Memory limit when using Memoryswap limit, see usage")
    if res.pop("MemorySwappiness", None) is not None:
        warnings.append("Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. "
                        "Memory swappiness discarded.")
    if 0 < reservation < LINUX_MIN_MEMORY:
        raise ResourceError("Minimum memory reservation allowed is 6MB")
    if memory > 0 and reservation > 0 and memory < reservation:
        raise ResourceError("Minimum memory limit can not be less than memory reservation limit, see usage")
    if res.pop("OomKillDisable", False):
        warnings.append("Your kernel does not support OomKillDisable. OomKillDisable discarded.")
    _verify_cpu(res)
    _verify_cpuset(res.get("CpusetCpus", ""), "cpus", "Requested CPUs are not available", _cpus())
    # pkg/sysinfo/cgroup2_linux.go reads the memory nodes from the CPU list (MemSets) and names
    # cpuset.mems.effective's "0" as the ones available
    _verify_cpuset(res.get("CpusetMems", ""), "mems", "Requested memory nodes are not available", "0",
                   within=_cpus())
    weight = res.get("BlkioWeight", 0)
    if weight > 0 and (weight < 10 or weight > 1000):
        raise ResourceError("Range of blkio weight is from 10 to 1000")
    return warnings


def _verify_cpu(res: dict[str, Any]) -> None:
    nano, period, quota = res.get("NanoCpus", 0), res.get("CpuPeriod", 0), res.get("CpuQuota", 0)
    if nano > 0 and period > 0:
        raise ResourceError("Conflicting options: Nano CPUs and CPU Period cannot both be set")
    if nano > 0 and quota > 0:
        raise ResourceError("Conflicting options: Nano CPUs and CPU Quota cannot both be set")
    # runtime.NumCPU(): the host's processors
    n = hostprofile.CPUS
    if nano != 0 and (nano < 0 or nano > n * 1_000_000_000):
        raise ResourceError(f"range of CPUs is from 0.01 to {n}.00, as there are only {n} CPUs available")
    if period != 0 and (period < 1000 or period > 1000000):
        raise ResourceError("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)")
    if 0 < quota < 1000:
        raise ResourceError("CPU cfs quota can not be less than 1ms (i.e. 1000)")


def _cpus() -> str:
    """cpuset.cpus.effective of the host's root cgroup: 0-3 for four processors."""
    return f"0-{hostprofile.CPUS - 1}" if hostprofile.CPUS > 1 else "0"


def _verify_cpuset(requested: str, what: str, refusal: str, available: str, within: str | None = None) -> None:
    """sysInfo.IsCpusetCpusAvailable / IsCpusetMemsAvailable: every number requested is in the
    set available (within, when the check reads another list than the one it names)."""
    try:
        wanted = parse_uint_list(requested, 8192)  # defaultMaxCPUs
    except ValueError as exc:
        raise ResourceError(f"Invalid value {requested} for cpuset {what}: {exc}") from None
    if not wanted <= parse_uint_list(within or available, 0):
        raise ResourceError(f"{refusal} - requested {requested}, available: {available}")


def parse_uint_list(val: str, maximum: int) -> set[int]:
    """pkg/sysinfo/sysinfo_linux.go parseUintList: 7, 1-6, 0,3-4,7 (duplicates allowed)."""
    out: set[int] = set()
    if val == "":
        return out
    for part in val.split(","):
        low, dash, high = part.partition("-")
        try:
            first, last = _atoi(low), _atoi(high) if dash else _atoi(low)
        except ValueError:
            raise ValueError(f"invalid format: {val}") from None
        if last < first:
            raise ValueError(f"invalid format: {val}")
        if maximum and last > maximum:
            raise ValueError(f"value of out range, maximum is {maximum}")
        out.update(range(first, last + 1))
    return out


def _atoi(text: str) -> int:
    """strconv.Atoi: an optional sign and decimal digits."""
    if not re.fullmatch(r"[+-]?\d+", text):
        raise ValueError(text)
    return int(text)

