"""The init layer Docker puts between a container's image and its read-write layer.

moby daemon/initlayer/setup_unix.go makes the mount points every container gets (/proc, /sys,
/dev/pts, /dev/shm, /dev/console, /.dockerenv, /etc/hostname, /etc/hosts, /etc/resolv.conf and
/etc/mtab -> /proc/mounts); at start the daemon bind-mounts the hostname, hosts and resolv.conf
files it writes for the container over the last three. `docker diff` and `docker commit` never
see this layer, so it is a lower layer of the container's view only.
"""

from __future__ import annotations

from . import hostprofile
from .fs import Tree, dir_node, file_node
from .world import Container, host_name, network_mode

HOSTS = (
    "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\n"
    "ff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"
)
RESOLV = "nameserver 8.8.8.8\nnameserver 8.8.4.4\n"

_CACHE: dict[tuple[str, str, str], Tree] = {}


def init_tree(c: Container, ip: str = "") -> Tree:
    """The container's init layer with the files the daemon mounts over it (one per container and
    address: /etc/hosts names `ip`, the address its endpoint got at its last start)."""
    ip = ip or "172.17.0.2"  # (never started)
    name = host_name(c)
    fqdn = f"{name}.{c.domainname}" if c.domainname else name
    mode = network_mode(c)
    key = (c.id, ip, fqdn + "\0" + mode)
    tree = _CACHE.get(key)
    if tree is None:
        tree = Tree()
        for d in ("/dev", "/dev/pts", "/dev/shm", "/proc", "/sys", "/etc"):
            tree.set(d, dir_node())
        tree.set("/.dockerenv", file_node("", mode=0o755))
        tree.set("/dev/console", file_node("", mode=0o755))
        tree.set("/etc/hostname", file_node(name + "\n"))  # moby container_unix.go: Config.Hostname
        # libnetwork makeHostsRecs: the full name, and the bare one when the full name has a dot
        hosts = f"{fqdn} {fqdn.split('.', 1)[0]}" if "." in fqdn else fqdn
        tree.set("/etc/hosts", file_node(_hosts(mode, ip, hosts)))
        tree.set("/etc/resolv.conf", file_node(RESOLV))
        tree.set("/etc/mtab", file_node("", mode=0o777))
        tree = tree.freeze()
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = tree
    return tree


def _hosts(mode: str, ip: str, names: str) -> str:
    """/etc/hosts: the host's own on its network stack, the defaults alone without an address of
    its own (none: updateHostsFile has no interface address to add), else the defaults and the
    container's address and names (another container's stack: that container's file)."""
    if mode == "host":
        return hostprofile.ETC_HOSTS
    if mode == "none":
        return HOSTS
    return HOSTS + f"{ip}\t{names}\n"
