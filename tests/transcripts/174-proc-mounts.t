Inside a container the kernel's mount table says where each folder lives: the root is an overlay
whose lowerdir is the image's layers by their short links under /var/lib/docker/overlay2/l (the
init layer first) and whose upperdir is the container's own layer, the one `docker inspect` names
as GraphDriver.Data.UpperDir; each volume and bind mount is a mount of the host's disk; --tmpfs
folders are memory, with the "noexec,nosuid,nodev" moby v28.5.2 daemon/oci_linux.go WithMounts
gives every tmpfs. The default mounts come from oci/defaults.go DefaultLinuxSpec in its order, the
ReadonlyPaths and the MaskedPaths this host has after them (runc: a masked folder gets a read-only
tmpfs, a masked file /dev/null bound over it). Options are Linux 6.8's (show_vfsmnt,
shmem_show_options). `mount` lists the same table (BusyBox mount.c: "%s on %s type %s (%s)");
mounting needs CAP_SYS_ADMIN, which Docker's default capabilities leave out.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app/src:ro" --tmpfs /app/temp feedback-node
  [0-9a-f]{64} (re)
  $ docker exec feedback-app cat /proc/mounts
  overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/[A-Z2-7]{26}(:/var/lib/docker/overlay2/l/[A-Z2-7]{26})+,upperdir=/var/lib/docker/overlay2/[0-9a-f]{64}/diff,workdir=/var/lib/docker/overlay2/[0-9a-f]{64}/work,nouserxattr 0 0 (re)
  proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
  tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0
  sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0
  cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0
  mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0
  shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k,inode64 0 0
  tmpfs /app/temp tmpfs rw,nosuid,nodev,noexec,relatime,inode64 0 0
  /dev/sda1 /app/src ext4 ro,relatime 0 0
  /dev/sda1 /app/feedback ext4 rw,relatime 0 0
  /dev/sda1 /etc/resolv.conf ext4 rw,relatime 0 0
  /dev/sda1 /etc/hostname ext4 rw,relatime 0 0
  /dev/sda1 /etc/hosts ext4 rw,relatime 0 0
  proc /proc/bus proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/fs proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/irq proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/sys proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/sysrq-trigger proc ro,nosuid,nodev,noexec,relatime 0 0
  tmpfs /proc/acpi tmpfs ro,relatime,inode64 0 0
  tmpfs /proc/interrupts tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/kcore tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/keys tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/timer_list tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/scsi tmpfs ro,relatime,inode64 0 0
  tmpfs /sys/firmware tmpfs ro,relatime,inode64 0 0

The upper folder in the table is the one inspect names, and the lower folders are the image's
layers and the init layer, one more than the image has:

  $ upper=$(docker exec feedback-app sed -n 's/.*upperdir=\([^,]*\),.*/\1/p' /proc/mounts)
  $ test "$upper" = "$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' feedback-app)" && echo same upper
  same upper
  $ docker exec feedback-app sed -n 's/.*lowerdir=\([^,]*\),.*/\1/p' /proc/self/mounts | tr ':' '\n' | wc -l
  13
  $ docker image inspect -f '{{len .RootFS.Layers}}' feedback-node
  12
  $ docker exec feedback-app mount -t ext4
  /dev/sda1 on /app/src type ext4 (ro,relatime)
  /dev/sda1 on /app/feedback type ext4 (rw,relatime)
  /dev/sda1 on /etc/resolv.conf type ext4 (rw,relatime)
  /dev/sda1 on /etc/hostname type ext4 (rw,relatime)
  /dev/sda1 on /etc/hosts type ext4 (rw,relatime)
  $ docker exec feedback-app mount -t tmpfs tmpfs /mnt
  mount: /mnt: permission denied.
  [32]
  $ docker exec feedback-app umount /app/feedback
  umount: /app/feedback: umount failed: Operation not permitted.
  [32]
  $ docker exec -u node feedback-app mount -t tmpfs tmpfs /mnt
  mount: only root can do that
  [1]
  $ docker exec feedback-app ls -l /proc/mounts /proc/kcore
  crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 /proc/kcore
  lrwxrwxrwx 1 root root   11 Mar  2 09:00 /proc/mounts -> self/mounts
  $ docker exec feedback-app cat /proc/version
  Linux version 6.8.0-87-generic (buildd@lcy02-amd64-088) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025

A read-only root (--read-only) shows as "ro" on the overlay and on the files the daemon binds into
it; BusyBox lists the table the same way, and refuses to mount:

  $ docker run --rm --read-only busybox sh -c 'mount | head -1 | sed "s/(ro,.*/(ro,...)/"; grep /etc/hosts /proc/mounts; mount -t tmpfs tmpfs /mnt'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  overlay on / type overlay (ro,...)
  /dev/sda1 /etc/hosts ext4 ro,relatime 0 0
  mount: permission denied (are you root?)
  [1]
