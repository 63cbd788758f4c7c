uname and nproc tell the host's kernel and processors, on the host and inside containers alike:
a container shares the host's kernel (its uname -r is the host's) and sees the host's processors
unless given a cpuset. The node name is the host's name on the host, a container's short id inside
it. coreutils' uname.c prints the fields asked for in a fixed order (-s alone when none) and -a
leaves out -p and -i when they are "unknown", as they are on Linux upstream; Ubuntu's coreutils
answers both with the machine, so an Ubuntu host's -a shows x86_64 three times. BusyBox's
coreutils/uname.c does the same as upstream; Alpine builds it with UNAME_OSNAME "Linux".

-h/--hostname sets Config.Hostname (moby daemon/container.go: the short id when none is given),
which is the container's host name, its /etc/hostname (container_unix.go writes Config.Hostname)
and its HOSTNAME variable; --domainname joins it in /etc/hosts, where libnetwork's makeHostsRecs
writes the full name and, when the full name has a dot, the bare one after it.

  $ uname
  Linux
  $ uname -a
  Linux layerlab 6.8.0-87-generic #88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux
  $ uname -rm
  6.8.0-87-generic x86_64
  $ uname --kernel-release --nodename
  layerlab 6.8.0-87-generic
  $ uname now
  uname: extra operand 'now'
  Try 'uname --help' for more information.
  [1]
  $ uname -z
  uname: invalid option -- 'z'
  Try 'uname --help' for more information.
  [1]
  $ nproc
  4
  $ nproc --ignore=3
  1
  $ nproc --ignore=9
  1
  $ docker run --rm --name kernel-check busybox sh -c 'uname -a; uname -p; nproc'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  Linux [0-9a-f]{12} 6.8.0-87-generic #88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025 x86_64 GNU/Linux (re)
  unknown
  4
  $ docker run --rm -h box busybox sh -c 'uname -n; hostname; cat /etc/hostname; echo $HOSTNAME; tail -1 /etc/hosts'
  box
  box
  box
  box
  172.17.0.2	box
  $ docker run --rm --hostname box --domainname example.com busybox tail -1 /etc/hosts
  172.17.0.2	box.example.com box
  $ docker run -d -h web.local --name named-host busybox sleep 600
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.Hostname}}|{{.Config.Domainname}}' named-host
  web.local|
  $ docker exec named-host tail -1 /etc/hosts
  172.17.0.2	web.local web
  $ docker run -d --name default-host busybox sleep 600
  [0-9a-f]{64} (re)
  $ test "$(docker exec default-host hostname)" = "$(docker inspect -f '{{.Config.Hostname}}' default-host)" && test "$(docker inspect -f '{{slice .Id 0 12}}' default-host)" = "$(docker exec default-host hostname)" && echo short id
  short id
