The learner's own machine is the Ubuntu 24.04 LTS (noble) server it says it is (uname, docker
info): its root is built once from Ubuntu noble's packages (app/engine/hostroot.py) and copied
into every world. The minimal root that ubuntu:24.04 also has comes first (base-files' os-release
and lsb-release, coreutils, bash, dash, util-linux, apt: app/engine/data/rootfs/ubuntu.txt and its
sources), with the merged /usr of noble (bin, lib, lib64 and sbin are links into /usr, beside the
usrmerge markers *.usr-is-merged); then what a server install adds (sudo set-user-ID 4755,
systemd-resolved's /etc/resolv.conf link to its stub file on 127.0.0.53, /etc/localtime, the
installer's hostname, hosts and fstab, the accounts) and Docker's packages (docker-ce, docker-ce-cli
and containerd.io put docker, dockerd, containerd, ctr and runc in /usr/bin). /etc/passwd and
/etc/group agree with `id`: the learner is uid 1000 in adm, cdrom, sudo, dip, plugdev, users and
docker (984). /etc/shadow is root:shadow 0640 and /root 0700, so the learner is refused both, and
sudo is not. /proc and /sys are there but empty: the host's kernel files are not simulated (a
container's /proc is). Every program is a file: the shell finds it through PATH as a container's
shell does (with /nope alone on PATH nothing is found), and which, type and command -v say where;
a program layerlab does not model answers "not simulated" whether named or given by its path, and
/usr/sbin's (chroot) is not on the learner's PATH.

  $ ls /
  bin
  bin.usr-is-merged
  boot
  cdrom
  dev
  etc
  home
  lib
  lib.usr-is-merged
  lib64
  lost+found
  media
  mnt
  opt
  proc
  root
  run
  sbin
  sbin.usr-is-merged
  snap
  srv
  sys
  tmp
  usr
  var
  $ ls -l / | head -6
  total 80
  lrwxrwxrwx  1 root root    7 Mar  2 09:00 bin -> usr/bin
  drwxr-xr-x  2 root root 4096 Mar  2 09:00 bin.usr-is-merged
  drwxr-xr-x  2 root root 4096 Mar  2 09:00 boot
  drwxr-xr-x  2 root root 4096 Mar  2 09:00 cdrom
  drwxr-xr-x  5 root root  420 Mar  2 09:00 dev
  $ cat /etc/os-release
  PRETTY_NAME="Ubuntu 24.04.3 LTS"
  NAME="Ubuntu"
  VERSION_ID="24.04"
  VERSION="24.04.3 LTS (Noble Numbat)"
  VERSION_CODENAME=noble
  ID=ubuntu
  ID_LIKE=debian
  HOME_URL="https://www.ubuntu.com/"
  SUPPORT_URL="https://help.ubuntu.com/"
  BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
  PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
  UBUNTU_CODENAME=noble
  LOGO=ubuntu-logo
  $ cat /etc/lsb-release
  DISTRIB_ID=Ubuntu
  DISTRIB_RELEASE=24.04
  DISTRIB_CODENAME=noble
  DISTRIB_DESCRIPTION="Ubuntu 24.04.3 LTS"
  $ cat /etc/hostname
  layerlab
  $ hostname
  layerlab
  $ id
  uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),24(cdrom),27(sudo),30(dip),46(plugdev),100(users),984(docker)
  $ grep learner /etc/passwd
  learner:x:1000:1000:learner:/home/learner:/bin/bash
  $ grep -c . /etc/passwd
  27
  $ grep docker /etc/group
  docker:x:984:learner
  $ cat /etc/shadow
  cat: /etc/shadow: Permission denied
  [1]
  $ sudo grep -c . /etc/shadow
  27
  $ ls -l /etc/shadow /etc/resolv.conf /etc/localtime
  lrwxrwxrwx 1 root root    27 Mar  2 09:00 /etc/localtime -> /usr/share/zoneinfo/Etc/UTC
  lrwxrwxrwx 1 root root    39 Mar  2 09:00 /etc/resolv.conf -> ../run/systemd/resolve/stub-resolv.conf
  -rw-r----- 1 root shadow 796 Mar  2 09:00 /etc/shadow
  $ grep nameserver /etc/resolv.conf
  nameserver 127.0.0.53
  $ ls /root
  ls: cannot open directory '/root': Permission denied
  [2]
  $ sudo ls -ld /root
  drwx------ 2 root root 4096 Mar  2 09:00 /root
  $ ls -ld /tmp /proc
  dr-xr-xr-x 2 root root 4096 Mar  2 09:00 /proc
  drwxrwxrwt 2 root root 4096 Mar  2 09:00 /tmp
  $ ls /proc /sys
  /proc:
  
  /sys:
  $ ls -l /usr/bin/sudo /usr/bin/docker /bin
  lrwxrwxrwx 1 root root        7 Mar  2 09:00 /bin -> usr/bin
  -rwxr-xr-x 1 root root 40392888 Mar  2 09:00 /usr/bin/docker
  -rwsr-xr-x 1 root root   277936 Mar  2 09:00 /usr/bin/sudo
  $ which docker sudo ls echo sh
  /usr/bin/docker
  /usr/bin/sudo
  /usr/bin/ls
  /usr/bin/echo
  /usr/bin/sh
  $ type -a ls
  ls is /usr/bin/ls
  ls is /bin/ls
  $ command -v cat
  /usr/bin/cat
  $ ls /usr/bin | grep -c .
  268
  $ /bin/ls -d /home/learner
  /home/learner
  $ /usr/bin/git --version
  layerlab: git is not simulated
  [126]
  $ PATH=/nope ls
  bash: ls: command not found
  [127]
  $ hash -r; PATH=/nope; ls; PATH=/usr/local/bin:/usr/bin:/bin
  bash: ls: command not found
  $ ls /usr/local
  bin
  etc
  games
  include
  lib
  man
  sbin
  share
  src
  $ ls /etc/docker
  $ touch /etc/motd
  touch: cannot touch '/etc/motd': Permission denied
  [1]
  $ sudo touch /etc/motd && ls -l /etc/motd
  -rw-r--r-- 1 root root 0 Mar  2 09:00 /etc/motd
  $ /usr/sbin/chroot
  layerlab: chroot is not simulated
  [126]
  $ chroot
  bash: chroot: command not found
  [127]
