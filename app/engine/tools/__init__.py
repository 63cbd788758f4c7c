"""The programs the simulated shells run beyond shell.py's own, named in one table.

Each entry says where the program exists: "host" (the learner's Ubuntu machine), "gnu" (an image
with GNU coreutils: node:14, ubuntu) and "busybox" (busybox, alpine). Inside a container a
program runs only when the image really has its file on PATH (app/engine/data/rootfs/*.txt), so
ubuntu has no `ps` (procps is not in its minimal image) while node:14 has one.

A program the image (or the host) has and the simulator does not model answers
`layerlab: NAME is not simulated` and exits NOT_SIMULATED (126, the shell's status for a command
found but not run), never "not found": only a program the image lacks is not found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import hosttools
from ..toolkit import IO, ToolSpec
from . import (
    awk,
    ddcmd,
    diffcmd,
    digests,
    diskutils,
    exprcmd,
    fields,
    findgrep,
    links,
    modes,
    mounttool,
    paths,
    procps,
    reverse,
    sedcmd,
    seq,
    sysinfo,
    tarcmd,
    testprintf,
    textutils,
    xargscmd,
)

if TYPE_CHECKING:
    from ..shell import Shell

NOT_SIMULATED = 126

ALL = "host gnu busybox"

TABLE: dict[str, ToolSpec] = {
    name: ToolSpec(fn, frozenset(where.split()))
    for name, fn, where in (
        ("env", sysinfo.env, ALL),
        ("printenv", sysinfo.printenv, ALL),
        ("whoami", sysinfo.whoami, ALL),
        ("id", sysinfo.id_, ALL),
        ("hostname", sysinfo.hostname, ALL),
        ("uname", sysinfo.uname, ALL),
        ("nproc", sysinfo.nproc, ALL),
        ("yes", sysinfo.yes, ALL),
        ("mount", mounttool.mount, "gnu busybox"),
        ("umount", mounttool.umount, "gnu busybox"),
        ("which", sysinfo.which, ALL),
        ("date", sysinfo.date, ALL),
        ("seq", seq.seq, ALL),
        ("head", textutils.head, ALL),
        ("tail", textutils.tail, ALL),
        ("wc", textutils.wc, ALL),
        ("sort", textutils.sort, ALL),
        ("uniq", textutils.uniq, ALL),
        ("tee", textutils.tee, ALL),
        ("dd", ddcmd.dd, ALL),
        ("du", diskutils.du, ALL),
        ("df", diskutils.df, ALL),
        ("stat", diskutils.stat, ALL),
        ("find", findgrep.find, ALL),
        ("grep", findgrep.grep, ALL),
        ("sed", sedcmd.sed, ALL),
        ("ps", procps.ps, ALL),
        ("test", testprintf.test, ALL),
        ("[", testprintf.test, ALL),
        ("[[", testprintf.test, "busybox"),  # ash's [[ is test wanting ]] last (bash's: shellcond.py)
        ("printf", testprintf.printf, ALL),
        ("chmod", modes.chmod, ALL),
        ("rmdir", modes.rmdir, ALL),
        ("ln", links.ln, ALL),
        ("cut", fields.cut, ALL),
        ("tr", fields.tr, ALL),
        ("basename", paths.basename, ALL),
        ("dirname", paths.dirname, ALL),
        ("readlink", paths.readlink, ALL),
        ("realpath", paths.realpath, ALL),
        ("md5sum", digests.checksum, ALL),
        ("sha1sum", digests.checksum, ALL),
        ("sha256sum", digests.checksum, ALL),
        ("sha512sum", digests.checksum, ALL),
        ("base64", digests.base64, ALL),
        ("tac", reverse.tac, ALL),
        ("rev", reverse.rev, ALL),
        ("expr", exprcmd.expr, ALL),
        ("xargs", xargscmd.xargs, ALL),
        ("tar", tarcmd.tar, ALL),
        ("diff", diffcmd.diff, ALL),
        ("awk", awk.awk, "host"),
        ("mawk", awk.awk, "host"),
        ("curl", hosttools.curl, "host"),
        ("sudo", hosttools.sudo, "host"),
        ("npm", hosttools.npm, "host"),
    )
}

# Programs on the learner's host (Ubuntu 24.04 with Docker) that the simulator does not model:
# they answer "not simulated" rather than "command not found".
_HOST_NAMES = """
    [ apt apt-get arch awk b2sum base32 bunzip2 bzip2 chgrp chown chroot cksum clear cmp comm containerd
    csplit dash dig dircolors dmesg dockerd dpkg expand factor file fmt fold free getent git
    groups gunzip gzip hostid htop install ip join journalctl kill killall less link locale logname
    lsblk lsof mkfifo mknod mktemp more mount nano nc nice nl nohup numfmt od paste perl pgrep pinky
    pkill pr printf ptx python3 rsync runcon scp shred shuf snap split ss ssh stdbuf stty su sum sync
    systemctl test time timeout top tree truncate tsort tty umount unexpand unlink unzip uptime
    users vdir vi vim w watch wget who zcat zip
"""
HOST_PROGRAMS = frozenset(_HOST_NAMES.split())


def not_simulated(sh: Shell, argv: list[str], io: IO) -> int:
    io.err(f"layerlab: {argv[0].rsplit('/', 1)[-1]} is not simulated")
    return NOT_SIMULATED
