"""The learner's machine's own root file system: an Ubuntu 24.04 (noble) server with Docker.

Built once per process and copied into each new world's host tree (engine.initial_world): its
nodes are immutable, so every world shares them and a world's copy is one dict copy.

The names come from Ubuntu noble's packages: the minimal root that ubuntu:24.04 also has
(data/rootfs/ubuntu.txt: base-files, coreutils, bash, dash, util-linux, apt...), then what a
server install adds on top (systemd-resolved's resolv.conf, sudo, the install's fstab, hostname,
hosts and accounts), Docker's packages (docker-ce, docker-ce-cli, containerd.io: their programs
in /usr/bin) and the other programs the host answers "not simulated" for (tools.HOST_PROGRAMS).
Unlike an image's list, the symbolic links stay links (the merged /usr: /bin -> usr/bin), as the
host's view follows them (views.View.real). /proc and /sys are present but empty: the host's
kernel files are not simulated (a container's /proc is: procfs.py).
"""

from __future__ import annotations

from functools import cache

from . import hostprofile, rootfs
from .fs import FILE, LEARNER_UID, ROOT_UID, Node, Tree, dir_node, file_node, link_node

SHADOW_GID = 42  # /etc/shadow's group (base-passwd's "shadow")

# The account files: Ubuntu's base-passwd entries, those a noble server's packages add (systemd,
# dhcpcd, syslog, sshd...), the learner as the installer makes the first user (uid 1000, its own
# group, adm cdrom sudo dip plugdev users) and docker-ce's group (addgroup --system: 984).
_PASSWD = """root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin
systemd-timesync:x:996:996:systemd Time Synchronization:/:/usr/sbin/nologin
dhcpcd:x:100:65534:DHCP Client Daemon,,,:/usr/lib/dhcpcd:/bin/false
messagebus:x:101:101::/nonexistent:/usr/sbin/nologin
systemd-resolve:x:992:992:systemd Resolver:/:/usr/sbin/nologin
syslog:x:102:102::/nonexistent:/usr/sbin/nologin
uuidd:x:103:103::/run/uuidd:/usr/sbin/nologin
sshd:x:104:65534::/run/sshd:/usr/sbin/nologin
learner:x:1000:1000:learner:/home/learner:/bin/bash
"""

_GROUPS = (("root", 0), ("daemon", 1), ("bin", 2), ("sys", 3), ("adm", 4), ("tty", 5), ("disk", 6), ("lp", 7),
           ("mail", 8), ("news", 9), ("uucp", 10), ("man", 12), ("proxy", 13), ("kmem", 15), ("dialout", 20),
           ("fax", 21), ("voice", 22), ("cdrom", 24), ("floppy", 25), ("tape", 26), ("sudo", 27), ("audio", 29),
           ("dip", 30), ("www-data", 33), ("backup", 34), ("operator", 37), ("list", 38), ("irc", 39), ("src", 40),
           ("shadow", SHADOW_GID), ("utmp", 43), ("video", 44), ("sasl", 45), ("plugdev", 46), ("staff", 50),
           ("games", 60), ("users", 100), ("nogroup", 65534), ("systemd-journal", 999), ("systemd-network", 998),
           ("systemd-timesync", 996), ("systemd-resolve", 992), ("messagebus", 101), ("syslog", 102),
           ("uuidd", 103), ("docker", 984), ("learner", 1000))
_MEMBERS = {"adm": "syslog,learner", "cdrom": "learner", "sudo": "learner", "dip": "learner",
            "plugdev": "learner", "users": "learner", "docker": "learner"}
GROUP_NAMES = {gid: name for name, gid in _GROUPS}  # what ls -l names a host file's group by
# the learner's own group and those that list it (tools/sysinfo.py HOST_GROUPS says the same)
LEARNER_GIDS = frozenset({1000} | {gid for name, gid in _GROUPS if "learner" in _MEMBERS.get(name, "").split(",")})
# folders whose modes let the learner in no further (0700 root, 0710 root: docker's)
CLOSED = ("/var/lib/docker", "/root", "/lost+found")


def _group() -> str:
    return "".join(f"{name}:x:{gid}:{_MEMBERS.get(name, '')}\n" for name, gid in _GROUPS)


def _shadow(gshadow: bool) -> str:
    if gshadow:
        return "".join(f"{name}:*::{_MEMBERS.get(name, '')}\n" for name, _ in _GROUPS)
    rows = []
    for line in _PASSWD.splitlines():
        name = line.split(":", 1)[0]
        secret = "$y$j9T$layerlab$notarealpasswordhashatall" if name == "learner" else "*"
        rows.append(f"{name}:{secret}:20300:0:99999:7:::\n")
    return "".join(rows)


_STUB = """# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
# Do not edit.
#
# This file might be symlinked as /etc/resolv.conf. If you're looking at
# /etc/resolv.conf and seeing this text, you have followed the symlink.
#
# This is a dynamic resolv.conf file for connecting local clients to the
# internal DNS stub resolver of systemd-resolved. This file lists all
# configured search domains.
#
# Run "resolvectl status" to see details about the uplink DNS servers
# currently in use.
#
# Third party programs should typically not access this file directly, but only
# through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a
# different way, replace this symlink by a static file or a different symlink.
#
# See man:systemd-resolved.service(8) for details about the supported modes of
# operation for /etc/resolv.conf.

nameserver 127.0.0.53
options edns0 trust-ad
search .
"""

# what the stub file says of itself, and the upstream servers (dnsconfig.HOST_UPLINK)
_UPLINK = (_STUB.replace("stub-resolv.conf", "resolv.conf")
           .split("# This is a dynamic")[0]
           + "# This is a dynamic resolv.conf file for connecting local clients directly to\n"
             "# all known uplink DNS servers. This file lists all configured search domains.\n#\n"
           + "# Third party" + _STUB.split("# Third party")[1].split("\nnameserver")[0]
           + "\nnameserver 8.8.8.8\nnameserver 8.8.4.4\nsearch .\n")

_FSTAB = """# /etc/fstab: static file system information.
#
# Use 'blkid' to print the universally unique identifier for a
# device; this may be used with UUID= as a more robust way to name devices
# that works even if disks are added and removed. See fstab(5).
#
# <file system> <mount point>   <type>  <options>       <dump>  <pass>
/dev/disk/by-uuid/3f1c2a5e-8d4b-4e7a-9c61-2b0d5f7a9e14 / ext4 defaults 0 1
"""

# The server's additions over the image's list (data/rootfs/README.md's line forms).
_HOST_LIST = """
/{bin,lib,sbin}.usr-is-merged/
/lost+found/ 700
/snap/
/cdrom/
/proc/ 555
/sys/ 555
/run/systemd/resolve/
/run/user/
/run/user/1000/ 700 @1000
/etc/{docker,netplan,ssh,cloud,ufw,logrotate.d,update-notifier}/
/etc/sudoers 1800 440
/etc/apt/keyrings/
/etc/apt/keyrings/docker.asc 3817
/etc/apt/sources.list.d/
/run/systemd/resolve/{stub-resolv.conf,resolv.conf} 900
/etc/resolv.conf -> ../run/systemd/resolve/stub-resolv.conf
/usr/share/zoneinfo/Etc/UTC 114
/etc/localtime -> /usr/share/zoneinfo/Etc/UTC
# docker-ce, docker-ce-cli, containerd.io, docker-buildx-plugin, docker-compose-plugin (28.5.2)
/usr/bin/docker 40392888 755
/usr/bin/dockerd 78927000 755
/usr/bin/docker-proxy 2044160 755
/usr/bin/containerd 40480952 755
/usr/bin/containerd-shim-runc-v2 8732672 755
/usr/bin/ctr 19214336 755
/usr/bin/runc 11436832 755
/usr/libexec/docker/cli-plugins/docker-buildx 76640256 755
/usr/libexec/docker/cli-plugins/docker-compose 73322496 755
# the server's packages: sudo, curl, npm, systemd, iproute2, procps, openssh, vim, git, python3...
/usr/bin/sudo 277936 4755
/usr/bin/curl 277000 755
/usr/bin/npm 3900 755
/usr/bin/{systemctl,journalctl} 300000 755
/usr/bin/{ip,ss} 700000 755
/usr/bin/{free,pgrep,pidof,pkill,pmap,ps,pwdx,top,uptime,vmstat,w,watch} 40000 755
/usr/bin/{bzip2,bunzip2,dig,dmesg,file,git,htop,killall,less,lsof,nano,nc,rsync,scp,ssh,time,tree,unzip,wget,zip} 180000 755
/usr/bin/python3.12 8019136 755
/usr/bin/python3 -> python3.12
/usr/bin/vim.basic 4000000 755
/etc/alternatives/vim -> /usr/bin/vim.basic
/etc/alternatives/vi -> /usr/bin/vim.basic
/usr/bin/vim -> /etc/alternatives/vim
/usr/bin/vi -> /etc/alternatives/vi
/usr/bin/snap 18000000 755
/usr/sbin/{sshd,ufw,netplan,iptables,nft,modprobe,reboot,shutdown,visudo} 60000 755
"""

# Files a learner may read, with their bytes (the host's own, or what its profile says)
_TEXTS = {
    "/etc/hostname": hostprofile.HOSTNAME + "\n",
    "/etc/hosts": hostprofile.ETC_HOSTS,
    "/etc/timezone": "Etc/UTC\n",
    "/etc/fstab": _FSTAB,
    "/etc/environment": 'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin"\n',
    "/etc/passwd": _PASSWD,
    "/etc/apt/sources.list.d/docker.list": "deb [arch=amd64 signed-by=/etc/apt/keyrings/docker.asc] "
                                           "https://download.docker.com/linux/ubuntu noble stable\n",
    "/run/systemd/resolve/stub-resolv.conf": _STUB,
    "/run/systemd/resolve/resolv.conf": _UPLINK,
}


# Ubuntu's /etc/skel (noble's bash package: .bash_logout, .profile, .bashrc), copied into the
# learner's home when the account was made. Their texts are layerlab's own short stand-ins saying
# what Ubuntu's files do (their sizes are the stand-ins' own, so ls, wc and cat agree): the
# simulated shell reads no start-up file.
_SKEL = {
    ".bash_logout": ("""# ~/.bash_logout (layerlab's stand-in for Ubuntu's file)
# bash reads this when a login shell exits: Ubuntu's clears the screen of a
# text console when the last login shell on it ends.
""", None),
    ".bashrc": ("""# ~/.bashrc (layerlab's stand-in for Ubuntu's file)
# bash reads this when an interactive shell starts that is not a login shell.
# Ubuntu's returns at once for shells that are not interactive, then sets the
# history size, the coloured prompt, colour aliases for ls and grep, and
# reads ~/.bash_aliases when there is one. layerlab's terminal reads no
# start-up file: type alias or export lines at the prompt instead.
""", None),
    ".profile": ("""# ~/.profile (layerlab's stand-in for Ubuntu's file)
# A login shell reads this (bash only when there is no ~/.bash_profile or
# ~/.bash_login). Ubuntu's reads ~/.bashrc under bash and puts ~/bin and
# ~/.local/bin at the front of PATH when those folders exist.
""", None),
}
LEARNER_HOME = "/home/learner"


def _links_as_links(fs: rootfs.RootFs) -> dict[str, Node]:
    """The parsed list with its symbolic links made link nodes again (rootfs stands each as a
    copy of its target: the copies under a linked folder go)."""
    files = dict(fs.files)
    for path in sorted(fs.links, key=len):
        prefix = path + "/"
        for p in [p for p in files if p.startswith(prefix)]:
            del files[p]
    for path, target in fs.links.items():
        if path in files:
            files[path] = link_node(target)
    return files


@cache
def entries() -> dict[str, Node]:
    """Path -> node for the host's whole root (the caller copies it: it is shared)."""
    text = (rootfs.DATA / "ubuntu.txt").read_text(encoding="utf-8")
    files = _links_as_links(rootfs.parse(text + "\n" + _HOST_LIST))
    for path in [p for p in files if p == "/home/ubuntu" or p.startswith("/home/ubuntu/")]:
        del files[path]  # the image's default user: the learner is the host's
    del files["/dev"]  # the machine's devtmpfs (devfs.py), in no file of its disk
    for path, data in _TEXTS.items():
        files[path] = file_node(data)
    files["/etc/group"] = file_node(_group())
    for name in ("shadow", "gshadow"):
        data = _shadow(name == "gshadow")
        files[f"/etc/{name}"] = Node(FILE, data, len(data.encode()), 0o640, ROOT_UID, gid=SHADOW_GID)
    files[LEARNER_HOME] = dir_node(LEARNER_UID)
    for name, (data, size) in _SKEL.items():
        files[f"/etc/skel/{name}"] = file_node(data, size=size)
        files[f"{LEARNER_HOME}/{name}"] = file_node(data, LEARNER_UID, size=size)
    return files


@cache
def _template() -> Tree:
    tree = Tree(dict(entries()))
    tree.whole = True  # its folders are all entries (and the host's writes keep them so)
    tree.children("/")  # its children index, blockers and bytes, counted once: each copy shares them
    tree.blockers()
    tree.data_bytes()
    return tree


def host_tree() -> Tree:
    """A new world's host disk: the root, its indexes shared until the world changes them."""
    return _template().copy()
