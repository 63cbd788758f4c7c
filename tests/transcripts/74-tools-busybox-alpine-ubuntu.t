Issue 17 point 26 in BusyBox (busybox, alpine: applets' own output and messages) and in ubuntu
(GNU tools; the minimal image has no procps, so ps is not found there).

  $ docker pull -q busybox
  ...
  $ docker run --rm busybox id
  uid=0(root) gid=0(root) groups=0(root),10(wheel)
  $ docker run --rm busybox whoami
  root
  $ docker run --rm busybox ps
  PID   USER     TIME  COMMAND
      1 root      0:00 ps
  $ docker run --rm busybox wc -l /etc/passwd
  9 /etc/passwd
  $ docker run --rm busybox sh -c 'cat /etc/passwd | wc'
          9         9       340
  $ docker run --rm busybox head -n 1 /nope
  head: /nope: No such file or directory
  [1]
  $ docker run --rm busybox du -sh /etc
  56.0K	/etc
  $ docker run --rm busybox df -h
  Filesystem                Size      Used Available Use% Mounted on
  overlay                  58.4G     13.6G     44.8G  23% /
  tmpfs                    64.0M         0     64.0M   0% /dev
  shm                      64.0M         0     64.0M   0% /dev/shm
  /dev/sda1                58.4G     13.6G     44.8G  23% /etc/resolv.conf
  /dev/sda1                58.4G     13.6G     44.8G  23% /etc/hostname
  /dev/sda1                58.4G     13.6G     44.8G  23% /etc/hosts
  tmpfs                     7.8G         0      7.8G   0% /proc/acpi
  tmpfs                     7.8G         0      7.8G   0% /proc/scsi
  tmpfs                     7.8G         0      7.8G   0% /sys/firmware
  $ docker run --rm busybox which sh ls
  /bin/sh
  /bin/ls
  $ docker run --rm busybox find /etc -name 'pass*'
  /etc/passwd
  $ docker run --rm busybox grep -n root /etc/group
  1:root:x:0:
  11:wheel:x:10:root
  $ docker run --rm busybox stat -c '%n %a' /tmp
  /tmp 1777
  $ docker run --rm busybox ls /usr/bin
  env
  $ docker run --rm busybox bash
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown
  
  Run 'docker run --help' for more information
  [127]
  $ docker run --rm alpine id
  ...
  uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)
  $ docker run --rm alpine ps
  PID   USER     TIME  COMMAND
      1 root      0:00 ps
  $ docker run --rm alpine sh -c 'which ps; apk --version'
  /bin/ps
  layerlab: apk is not simulated
  [126]
  $ docker run --rm alpine cat /etc/alpine-release
  3.22.2
  $ docker run --rm ubuntu ps
  ...
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "ps": executable file not found in $PATH: unknown
  
  Run 'docker run --help' for more information
  [127]
  $ docker run --rm ubuntu sh -c 'ps'
  sh: 1: ps: not found
  [127]
  $ docker run --rm ubuntu id
  uid=0(root) gid=0(root) groups=0(root)
  $ docker run --rm ubuntu env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=[0-9a-f]{12} (re)
  HOME=/root
  $ docker run --rm ubuntu which bash which
  /usr/bin/bash
  /usr/bin/which
  $ docker run --rm ubuntu grep PRETTY /etc/os-release
  PRETTY_NAME="Ubuntu 24.04.3 LTS"
  $ docker run --rm ubuntu wc -l /etc/passwd
  19 /etc/passwd
