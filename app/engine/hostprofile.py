"""The simulated Docker host: its kernel, operating system, processors and memory.

One machine, described once, so that `uname`, `nproc`, `docker info`, `docker stats` and a
container's /proc agree with each other. Containers share the host's kernel (their `uname -r` is
the host's) and, without limits, see its processors and memory. The profile is a common Docker
host: Ubuntu 24.04 LTS on x86-64 with its generic kernel.
"""

from __future__ import annotations

HOSTNAME = "layerlab"  # the learner's machine; a container's host name is its short id
# the host's /etc/hosts as Ubuntu's installer writes it (the name on 127.0.1.1): what a container
# on the host's network stack gets (libnetwork buildHostsFile copies it for host mode)
ETC_HOSTS = (f"127.0.0.1 localhost\n127.0.1.1 {HOSTNAME}\n\n# The following lines are desirable for IPv6 capable hosts\n"
             "::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\n"
             "ff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n")
KERNEL_NAME = "Linux"
KERNEL_RELEASE = "6.8.0-87-generic"  # uname -r
KERNEL_VERSION = "#88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025"  # uname -v
MACHINE = "x86_64"  # uname -m (Docker's "Architecture")
OPERATING_SYSTEM = "Ubuntu 24.04.3 LTS"  # /etc/os-release PRETTY_NAME, as `docker info` shows it
OS_VERSION = "24.04"

CPUS = 4  # the online processors (nproc; docker info's "CPUs")
# MemTotal 16,344,144 kB: docker info's "Total Memory: 15.59GiB". The host's tmpfs sizes follow from
# it as the kernel and systemd size them: /dev/shm half of it (8,172,072 kB), /run a tenth
# (1,634,416 kB), what `df` shows (app/engine/tools/diskutils.py).
MEMORY_BYTES = 16_344_144 * 1024
