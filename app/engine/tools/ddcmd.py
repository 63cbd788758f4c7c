"""dd: blocks copied from a file or device to another, as GNU coreutils (9.4 on the host and in
ubuntu, 8.30 in node:14) and BusyBox 1.37 do it.

Both read `if=` (standard input by default) ibs bytes at a time, count full and partial records
in and out, and report them on standard error with the bytes copied (coreutils src/dd.c
print_stats and print_xfer_stats; BusyBox coreutils/dd.c dd_output_status). The time such a copy
takes cannot be measured here: it is taken to be DD_START_SECONDS plus the bytes at DD_RATE bytes a
second, a memory copy's pace, and the speed follows from it.

What a line's dd may move is bounded (app/engine/budget.py): more than MAX_STREAM bytes is refused
before anything is written, as other oversized work is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import budget, devfs
from ..budget import MAX_STREAM, OverBudget
from ..fs import DIR, ERRNO_TEXT, LINK, FsError
from ..toolkit import BUSYBOX, IO, ToolExit
from .common import busybox_usage, fail, usage_error
from .diskutils import bb_human

if TYPE_CHECKING:
    from ..shell import Shell

DD_START_SECONDS = 0.000042
DD_RATE = 2_000_000_000

_BB_USAGE = (
    "[if=FILE] [of=FILE] [ibs=N obs=N/bs=N] [count=N] [skip=N] [seek=N]\n"
    "\t[conv=notrunc|noerror|sync|fsync]\n"
    "\t[iflag=skip_bytes|count_bytes|fullblock|direct] [oflag=seek_bytes|append|direct]\n\n"
    "Copy a file with converting and formatting\n\n"
    "\tif=FILE\t\tRead from FILE instead of stdin\n"
    "\tof=FILE\t\tWrite to FILE instead of stdout\n"
    "\tbs=N\t\tRead and write N bytes at a time\n"
    "\tibs=N\t\tRead N bytes at a time\n"
    "\tobs=N\t\tWrite N bytes at a time\n"
    "\tcount=N\t\tCopy only N input blocks\n"
    "\tskip=N\t\tSkip N input blocks\n"
    "\tseek=N\t\tSkip N output blocks\n"
    "\tconv=notrunc\tDon't truncate output file\n"
    "\tconv=noerror\tContinue after read errors\n"
    "\tconv=sync\tPad blocks with zeros\n"
    "\tconv=fsync\tPhysically write data out before finishing\n"
    "\tconv=swab\tSwap every pair of bytes\n"
    "\tiflag=skip_bytes\tskip=N is in bytes\n"
    "\tiflag=count_bytes\tcount=N is in bytes\n"
    "\toflag=seek_bytes\tseek=N is in bytes\n"
    "\tiflag=direct\tO_DIRECT input\n"
    "\toflag=direct\tO_DIRECT output\n"
    "\tiflag=fullblock\tRead full blocks\n"
    "\toflag=append\tOpen output in append mode\n"
    "\tstatus=noxfer\tSuppress rate output\n"
    "\tstatus=none\tSuppress all output\n\n"
    "N may be suffixed by c (1), w (2), b (512), kB (1000), k (1024), MB, M, GB, G"
)

# libbb/xatonum.c cwbkMG_suffixes
_BB_SUFFIXES = {"c": 1, "w": 2, "b": 512, "kB": 1000, "kD": 1000, "k": 1024, "KB": 1000, "KD": 1000,
                "K": 1024, "MB": 10**6, "MD": 10**6, "M": 1 << 20, "GB": 10**9, "GD": 10**9, "G": 1 << 30}
# gnulib xstrtol's suffix letters as dd takes them ("bcEGkKMPTwYZ0"; 9.4 adds Q and R)
_GNU_POWERS = {"k": 1, "K": 1, "M": 2, "G": 3, "T": 4, "P": 5, "E": 6, "Z": 7, "Y": 8, "R": 9, "Q": 10}
_CONV = {"notrunc", "noerror", "sync", "fsync", "fdatasync"}
_GNU_CONV = {"ascii", "ebcdic", "ibm", "block", "unblock", "lcase", "ucase", "sparse", "swab", "excl",
             "nocreat", *_CONV}
_BB_CONV = {"notrunc", "sync", "noerror", "fsync", "swab"}
_NUMERIC = ("bs", "ibs", "obs", "count", "skip", "seek", "iseek", "oseek")
_BB_KEYS = {"bs", "ibs", "obs", "count", "skip", "seek", "if", "of", "status", "conv", "iflag", "oflag"}


@dataclass
class _Job:
    """What the operands asked for."""

    ibs: int = 512
    obs: int = 512
    count: int | None = None
    skip: int = 0
    seek: int = 0
    infile: str | None = None
    outfile: str | None = None
    status: str = ""
    conv: set[str] = field(default_factory=set)
    in_bytes: set[str] = field(default_factory=set)  # count, skip, seek given in bytes (coreutils 9.4's B)


def dd(sh: Shell, argv: list[str], io: IO) -> int:
    job = _parse(sh, argv[1:], io)
    data, failed = _read(sh, job, io)
    if failed is not None:
        return failed
    total = len(data)
    if total > MAX_STREAM:
        raise OverBudget(f"layerlab: this dd copies more than {MAX_STREAM // (1 << 20)} MiB, the most the simulated "
                         "terminal moves for one command line; nothing was changed")
    budget.current().stream(total)
    in_full, in_part = divmod(total, job.ibs)
    if in_part and "sync" in job.conv:
        data += "\0" * (job.ibs - in_part)  # conv=sync pads the short record with NULs
    written, error = _write(sh, job, data, io)
    # a write cut short is not counted as a record (dd.c write_and_stats; coreutils' dd_copy)
    out_full, out_part = (written // job.obs, 0) if error else divmod(written, job.obs)
    if error:
        io.err(f"dd: error writing '{job.outfile or 'standard output'}': {ERRNO_TEXT.get(error, error)}")
    if job.status != "none":
        io.err(f"{in_full}+{1 if in_part else 0} records in")
        io.err(f"{out_full}+{1 if out_part else 0} records out")
        if job.status != "noxfer":
            io.err(_xfer(sh, written))
    return 1 if error else 0


# -- the operands ------------------------------------------------------------------------------

def _parse(sh: Shell, args: list[str], io: IO) -> _Job:
    job = _Job()
    for arg in args:
        if arg == "--" and sh.flavor == BUSYBOX:
            continue
        key, eq, val = arg.partition("=")
        if not eq or (sh.flavor == BUSYBOX and key not in _BB_KEYS):
            if sh.flavor == BUSYBOX:
                raise busybox_usage(io, "dd", _BB_USAGE)
            raise usage_error(sh, io, "dd", f"unrecognized operand {sh.quote(arg)}")
        if key in ("iflag", "oflag"):
            io.err(f"layerlab: dd {key}= is not simulated")
            raise ToolExit(126)
        _operand(sh, job, key, val, arg, io)
    # from here on skip=, count= and seek= are bytes
    if "skip" not in job.in_bytes:
        job.skip *= job.ibs
    if job.count is not None and "count" not in job.in_bytes:
        job.count *= job.ibs
    if "seek" not in job.in_bytes:
        job.seek *= job.obs
    return job


def _operand(sh: Shell, job: _Job, key: str, val: str, arg: str, io: IO) -> None:
    if key in ("if", "of"):
        setattr(job, "infile" if key == "if" else "outfile", val)
    elif key == "status":
        job.status = _status(sh, val, io)
    elif key == "conv":
        job.conv |= _conv(sh, val, io)
    elif key in _NUMERIC and (sh.flavor != BUSYBOX or key not in ("iseek", "oseek")):
        n = _number(sh, val, io, 1 if key in ("bs", "ibs", "obs") else 0)
        if key in ("bs", "ibs", "obs"):
            job.ibs = n if key != "obs" else job.ibs
            job.obs = n if key != "ibs" else job.obs
            return
        name = {"iseek": "skip", "oseek": "seek"}.get(key, key)
        setattr(job, name, n)
        if sh.flavor != BUSYBOX and "B" in val and not _coreutils_830(sh):
            job.in_bytes.add(name)  # coreutils 9.4: a count, skip or seek with a B suffix is in bytes
    else:
        raise usage_error(sh, io, "dd", f"unrecognized operand {sh.quote(arg)}")


def _status(sh: Shell, val: str, io: IO) -> str:
    words = ("none", "noxfer") if sh.flavor == BUSYBOX else ("none", "noxfer", "progress")
    if val in words:
        return val
    if sh.flavor == BUSYBOX:
        raise fail(io, f"dd: invalid argument '{val}' to 'status'")
    raise usage_error(sh, io, "dd", f"invalid status level: {sh.quote(val)}")


def _conv(sh: Shell, val: str, io: IO) -> set[str]:
    words = set()
    for word in val.split(","):
        if word not in (_BB_CONV if sh.flavor == BUSYBOX else _GNU_CONV):
            if sh.flavor == BUSYBOX:
                raise fail(io, f"dd: invalid argument '{word}' to 'conv'")
            raise usage_error(sh, io, "dd", f"invalid conversion: {sh.quote(word)}")
        if word not in _CONV:
            io.err(f"layerlab: dd conv={word} is not simulated")
            raise ToolExit(126)
        words.add(word)
    return words


def _number(sh: Shell, val: str, io: IO, least: int) -> int:
    """A size operand: BusyBox's xatoul_range_sfx with cwbkMG_suffixes, or coreutils' parse_integer
    (gnulib xstrtoumax: a letter, then B for powers of 1000 or iB for 1024; products with x)."""
    if sh.flavor == BUSYBOX:
        m = re.fullmatch(r"(\d+)([a-zA-Z]*)", val)
        if m is None or (m.group(2) and m.group(2) not in _BB_SUFFIXES):
            raise fail(io, f"dd: invalid number '{val}'")
        n = int(m.group(1)) * _BB_SUFFIXES.get(m.group(2), 1)
        top = (1 << 63) - 1
        if n < least or n > top:
            raise fail(io, f"dd: number {val} is not in {least}..{top} range")
        return n
    n = 1
    for part in val.split("x"):
        value = _gnu_factor(part)
        if value is None or (n * value) < least:
            raise fail(io, f"dd: invalid number: {sh.quote(val)}")
        n *= value
    return n


def _gnu_factor(text: str) -> int | None:
    m = re.fullmatch(r"(\d+)(?:([bcw])|([kKMGTPEZYRQ])(B|D|iB)?)?", text)
    if m is None:
        return None
    n = int(m.group(1))
    if m.group(2):
        return n * {"b": 512, "c": 1, "w": 2}[m.group(2)]
    if m.group(3):
        return n * (1000 if m.group(4) in ("B", "D") else 1024) ** _GNU_POWERS[m.group(3)]
    return n


def _coreutils_830(sh: Shell) -> bool:
    """node:14's coreutils 8.30 (Debian 10), which has no B suffix for bytes."""
    node = sh.view.get("/etc/debian_version") if sh.where != "host" else None
    return node is not None and node.data.startswith("10.")


# -- reading and writing -----------------------------------------------------------------------

def _read(sh: Shell, job: _Job, io: IO) -> tuple[str, int | None]:
    """The bytes dd copies (after skip=, up to count=); or a status when it could not read."""
    end = None if job.count is None else job.skip + job.count
    if job.infile is None:
        return (io.stdin or "")[job.skip:end], None
    path = sh.path(job.infile)
    kind = sh.device(path)
    if kind in devfs.ENDLESS:
        if job.count is None:
            raise devfs.endless(job.infile)
        if job.count > MAX_STREAM:
            raise OverBudget(f"layerlab: this dd copies more than {MAX_STREAM // (1 << 20)} MiB, the most the "
                             "simulated terminal moves for one command line; nothing was changed")
        return _endless(kind, job.count, f"{path}:{sh.world.clock}"), None
    if kind is not None:
        return devfs.read_device(kind, path, io.stdin)[job.skip:end], None
    try:
        node = devfs.resolve(sh.view.get, path)[1]
        code = "ENOENT" if node is None else "EISDIR" if node.kind in (DIR, LINK) else None
    except FsError as exc:
        node, code = None, exc.code
    if code is None and node is not None:
        return node.data[job.skip:end], None
    return "", _read_error(sh, job, code or "ENOENT", io)


def _endless(kind: str, size: int, seed: str) -> str:
    if kind == devfs.ZERO:
        return "\0" * size
    chunks = []
    for i in range(0, size, 1 << 16):
        chunks.append(devfs.read_device(kind, "", None, min(1 << 16, size - i), f"{seed}:{i}"))
    return "".join(chunks)


def _read_error(sh: Shell, job: _Job, code: str, io: IO) -> int:
    """A missing input is xopen's "can't open" (BusyBox) or "failed to open" (coreutils); a folder
    opens, and its first read fails (coreutils reports the records, none; BusyBox only the error)."""
    text = ERRNO_TEXT.get(code, code)
    name = job.infile or ""
    if sh.flavor == BUSYBOX:
        io.err(f"dd: {name}: {text}" if code == "EISDIR" else f"dd: can't open '{name}': {text}")
        return 1
    if code != "EISDIR":
        io.err(f"dd: failed to open {sh.quote(name)}: {text}")
        return 1
    io.err(f"dd: error reading {sh.quote(name)}: {text}")
    if job.status != "none":
        io.err("0+0 records in\n0+0 records out")
        if job.status != "noxfer":
            io.err(_xfer(sh, 0))
    return 1


def _write(sh: Shell, job: _Job, data: str, io: IO) -> tuple[int, str | None]:
    """Write the copy; (bytes written, the errno that stopped it or None)."""
    if job.outfile is None:
        io.write(data)
        return len(data), None
    path = sh.path(job.outfile)
    kind = sh.device(path)
    if kind is not None:
        if kind == devfs.FULL and data:
            return 0, "ENOSPC"
        if kind in (devfs.STDOUT, devfs.TTY):
            io.write(data)
        return len(data), None
    try:
        node = sh.view.get(path)
        if node is not None and node.kind == DIR:
            raise FsError("EISDIR", path)
        old = node.data if node is not None and ("notrunc" in job.conv or job.seek) else ""
        if job.seek and "notrunc" not in job.conv:
            old = old[:job.seek]
        head = old[:job.seek].ljust(job.seek, "\0")
        sh.view.write_file(path, "")  # open(O_CREAT|O_TRUNC): the name exists before a byte is written
    except FsError as exc:
        _open_error(sh, job, exc.code, io)
        raise ToolExit(1) from None
    try:
        sh.view.write_file(path, head + data + old[job.seek + len(data):])
    except FsError as exc:
        kept = sh.view.get(path)
        return max(0, min(len(data), (kept.size if kept is not None else 0) - job.seek)), exc.code
    return len(data), None


def _open_error(sh: Shell, job: _Job, code: str, io: IO) -> None:
    text = ERRNO_TEXT.get(code, code)
    name = job.outfile or ""
    io.err(f"dd: can't open '{name}': {text}" if sh.flavor == BUSYBOX else f"dd: failed to open {sh.quote(name)}: {text}")


# -- the third line ----------------------------------------------------------------------------

def _seconds(n: int) -> float:
    return DD_START_SECONDS + n / DD_RATE


def _xfer(sh: Shell, n: int) -> str:
    """The bytes-copied line: BusyBox's "N bytes (H B) copied, S seconds, R B/s"; coreutils' with
    its SI and IEC sizes (the IEC left out when it has no prefix, both below 1000 bytes), %g
    seconds and an SI speed."""
    secs = _seconds(n)
    if sh.flavor == BUSYBOX:
        return f"{n} bytes ({bb_human(n)}B) copied, {secs:f} seconds, {bb_human(int(n / secs))}B/s"
    si, iec = _gnu_human(n, 1000), _gnu_human(n, 1024)
    rate = _gnu_human(n / secs, 1000) + "/s"
    if not re.search(r"[a-zA-Z]B$", si):
        return f"{n} byte{'' if n == 1 else 's'} copied, {secs:g} s, {rate}"
    if not re.search(r"[a-zA-Z]i?B$", iec) or iec.endswith(" B"):
        return f"{n} bytes ({si}) copied, {secs:g} s, {rate}"
    return f"{n} bytes ({si}, {iec}) copied, {secs:g} s, {rate}"


def _gnu_human(amount: float, base: int) -> str:
    """gnulib human_readable with dd's options: autoscale, round to nearest, a space, SI or IEC
    prefixes and B; one decimal below 10."""
    prefixes = "kMGTPEZYRQ" if base == 1000 else "KMGTPEZYRQ"
    exponent = 0
    while amount >= base and exponent < len(prefixes):
        amount /= base
        exponent += 1
    if exponent and amount < 10:
        text = f"{amount:.1f}"
        if float(text) >= 10:
            text = f"{round(amount):d}"
    else:
        text = f"{round(amount):d}"
    if exponent and int(float(text)) >= base:
        text, exponent = "1.0", exponent + 1
    if not exponent:
        return f"{text} B"
    return f"{text} {prefixes[exponent - 1]}{'i' if base == 1024 else ''}B"
