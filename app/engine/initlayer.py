"""The init layer Docker puts between a container's image and its read-write layer.

moby daemon/initlayer/setup_unix.go makes the mount points every container gets (/proc, /sys,
/dev/pts, /dev/shm, /dev/console, /.dockerenv, /etc/hostname, /etc/hosts, /etc/resolv.conf and
/etc/mtab -> /proc/mounts); at start the daemon bind-mounts the hostname, hosts and resolv.conf
files it writes for the container over the last three. `docker diff` and `docker commit` never
see this layer, so it is a lower layer of the container's view only.
"""

from __future__ import annotations

from . import dnsconfig, hostprofile
from .addresses import bridge_ip
from .fs import Tree, dir_node, file_node, link_node, tree_from
from .netconnect import hosts_ips
from .netmodes import kind
from .world import Container, World, host_name, network_mode

HOSTS = (
    "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\n"
    "ff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"
)

_CACHE: dict[tuple[str, str, str], Tree] = {}

# The init layer as moby v28.5.2 daemon/initlayer/setup_unix.go Setup makes it, before the daemon
# mounts anything over it: empty mount points, and /etc/mtab a link to /proc/mounts. This is what
# the container's root holds when it is created (the anonymous volumes' check, populateVolumes).
SETUP_TREE = tree_from({
    **{path: dir_node() for path in ("/dev/pts", "/dev/shm", "/proc", "/sys")},
    **{path: file_node("", mode=0o755) for path in
       ("/.dockerenv", "/etc/resolv.conf", "/etc/hosts", "/etc/hostname", "/dev/console")},
    "/etc/mtab": link_node("/proc/mounts"),
}).freeze()


def container_init(world: World, c: Container) -> Tree:
    """c's init layer: its files, or those of the container whose network stack it shares
    (container:<x>: the daemon gives it that one's hosts and resolv.conf)."""
    files = c
    if network_mode(c).startswith("container:"):
        other = world.find_container(network_mode(c).partition(":")[2])
        files = other if other is not None else c
    return init_tree(c, c.ip or bridge_ip(world, c), files)


def init_tree(c: Container, ip: str = "", files: Container | None = None) -> Tree:
    """The container's init layer with the files the daemon mounts over it (one per container and
    address: /etc/hosts names `ip`, the address its endpoint got at its last start; files: the
    container whose DNS settings and network mode make resolv.conf and the extra hosts)."""
    ip = ip or "172.17.0.2"  # (never started)
    files = files or c
    name = host_name(c)
    hosts = hosts_names(c)
    mode = network_mode(files)
    flags = dnsconfig.DnsFlags(files.dns, files.dns_search, files.dns_options, files.extra_hosts)
    key = (c.id, ip, "\0".join((hosts, mode, repr(flags), repr(files.connected), repr(files.hosts_order))))
    tree = _CACHE.get(key)
    if tree is None:
        tree = Tree()
        for d in ("/dev", "/dev/pts", "/dev/shm", "/proc", "/sys", "/etc"):
            tree.set(d, dir_node())
        tree.set("/.dockerenv", file_node("", mode=0o755))
        tree.set("/dev/console", file_node("", mode=0o755))
        tree.set("/etc/hostname", file_node(name + "\n"))  # moby container_unix.go: Config.Hostname
        tree.set("/etc/hosts", file_node(_hosts(mode, hosts_ips(files, ip), hosts, flags.extra_hosts)))
        kind = _dns_kind(mode)
        resolv = dnsconfig.resolv_conf("user" if files.connected else kind, flags, uplink=kind == "legacy")
        tree.set("/etc/resolv.conf", file_node(resolv))
        tree.set("/etc/mtab", file_node("", mode=0o777))
        tree = tree.freeze()
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = tree
    return tree


def hosts_names(c: Container) -> str:
    """libnetwork makeHostsRecs: the full name, and the bare one when the full name has a dot."""
    name = host_name(c)
    fqdn = f"{name}.{c.domainname}" if c.domainname else name
    return f"{fqdn} {fqdn.split('.', 1)[0]}" if "." in fqdn else fqdn


def _dns_kind(mode: str) -> str:
    """Which resolv.conf the network mode gets: the host's, a user-defined network's (the embedded
    DNS server) or the legacy one (the default bridge, none)."""
    network = kind(mode) if mode else "default"
    return network if network in ("host", "user") else "legacy"


def _hosts(mode: str, ips: list[str], names: str, extra: tuple[str, ...] = ()) -> str:
    """/etc/hosts: the host's own on its network stack (without --add-host: with one, the file is
    built as for the others, sandbox_dns_unix.go buildHostsFile), the defaults and the extra hosts
    alone without an address of its own (none: updateHostsFile has no interface address to add),
    else these and the container's address and names (another container's stack: that
    container's file)."""
    records = dnsconfig.hosts_records(extra)
    if mode == "host":
        return HOSTS + records if extra else hostprofile.ETC_HOSTS
    if mode == "none":
        return HOSTS + records
    return HOSTS + records + "".join(f"{ip}\t{names}\n" for ip in ips)
