Audit leftovers, each as its source has it. ls -R lists each folder under a `NAME:` heading,
depth first in name order, the subfolders named as their parent's name joined with their own
(coreutils src/ls.c print_dir, extract_dirs_from_files with file_name_concat, "." giving "./b";
BusyBox coreutils/ls.c scan_and_display_dirs_recur with concat_path_file); links are not followed
unless -L, GNU refuses a folder it is already inside ("not listing already-listed directory",
exit 2), and -d turns -R off. ls -l names owners and groups from the container's own /etc/passwd
and /etc/group (getpwuid; BusyBox get_cached_username, "%-8.8s"), the number when none names it:
busybox has no uid 1000, ubuntu's is ubuntu, node:14's node. -v a:/data is one part to the
client (docker/cli internal/volumespec/volumespec.go Parse: a ':' after a lone letter is a
Windows drive's), so an anonymous volume in Config.Volumes, which the daemon mounts as it is
(moby daemon/create_unix.go createContainerOSSpecificSettings: Destination "a:/data"; runc only
warns of a relative destination and mounts it at /a:/data), and which commit keeps
(daemon/commit.go merge); "a:/data:ro" is a bind whose source the daemon's
volume/mounts/linux_parser.go ParseMountRaw splits off as the volume name "a". --tmpfs options
go through moby/sys/mount MergeTmpfsOptions at start (daemon/oci_linux.go withMounts: "invalid
tmpfs option" for a word that is no flag and no known KEY=VALUE; the last size= wins), then runc
v1.3.3 mounts them (libcontainer/rootfs_linux.go mountPropagate, mount_linux.go mountError's
text) and Linux's tmpfs refuses a bad value with EINVAL; the container stays Created with exit
code 128 (daemon/start.go). A container's Config.StopSignal is its --stop-signal, else its
image's (daemon/commit.go merge); docker stop sends it (container/container.go StopSignal,
daemon/stop.go), and commit keeps it; commit -a and a Dockerfile's MAINTAINER set the image's
Author, STOPSIGNAL its StopSignal, checked by signal.ParseSignal (BuildKit
dockerfile2llb/convert.go dispatchMaintainer, dispatchStopSignal). RepoDigests are the reference
store's canonical references, which only a pull adds (daemon/images/image_inspect.go,
distribution/pull_v2.go), so docker tag adds none. rename(2) of a mount point is EBUSY when both
folders are on one mount, EXDEV when not (Linux fs/namei.c): mv reports the EBUSY and copies
nothing (BusyBox coreutils/mv.c "can't rename", coreutils src/copy.c "cannot move"); on EXDEV
it copies, then removes the source as rm does, which fails on the mount point (mv.c do_move,
remove_file). rm -r reports every mount point it meets by the name it reached it by, empties a
mounted volume, and leaves the folders above (coreutils src/remove.c excise, BusyBox
libbb/remove_file.c).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q ubuntu
  docker.io/library/ubuntu:latest
  $ docker run --rm busybox sh -c 'mkdir -p /a/b/c /a/d /a/.h; touch /a/b/f /a/z; ln -s /a/b /a/lnk; ls -R /a'
  /a:
  b
  d
  lnk
  z
  
  /a/b:
  c
  f
  
  /a/b/c:
  
  /a/d:
  $ docker run --rm ubuntu sh -c 'mkdir -p /a/b/c /a/d; touch /a/b/f /a/z; ln -s /a/b /a/lnk; cd /a; ls -R; ls -dR /a'
  .:
  b
  d
  lnk
  z
  
  ./b:
  c
  f
  
  ./b/c:
  
  ./d:
  /a
  $ docker run --rm ubuntu sh -c 'mkdir -p /a/d; ln -s /a /a/d/up; ls -RL /a/d; echo $?'
  /a/d:
  up
  
  /a/d/up:
  d
  ls: /a/d/up/d: not listing already-listed directory
  2
  $ docker run --rm -u 1000 busybox sh -c 'touch /tmp/x; ls -l /tmp/x'
  -rw-r--r--    1 1000     1000             0 Mar  2 09:00 /tmp/x
  $ docker run --rm -u 33 busybox sh -c 'touch /tmp/x; ls -l /tmp/x'
  -rw-r--r--    1 www-data www-data         0 Mar  2 09:00 /tmp/x
  $ docker run --rm -u 1000 ubuntu sh -c 'touch /tmp/x; ls -l /tmp/x'
  -rw-r--r-- 1 ubuntu ubuntu 0 Mar  2 09:00 /tmp/x
  $ docker run --rm -u 1000 node:14 sh -c 'touch /tmp/x; ls -l /tmp/x'
  -rw-r--r-- 1 node node 0 Mar  2 09:00 /tmp/x
  $ docker run --name anon -v a:/data busybox sh -c 'grep data /proc/mounts'
  /dev/sda1 /a:/data ext4 rw,relatime 0 0
  $ docker inspect anon --format '{{json .Config.Volumes}} {{.HostConfig.Binds}} {{range .Mounts}}{{.Type}} {{.Destination}}{{end}}'
  {"a:/data":{}} [] volume a:/data
  $ docker commit anon anonimg
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect anonimg --format '{{json .Config.Volumes}}'
  {"a:/data":{}}
  $ docker run --rm -v a:/data:ro busybox true
  docker: Error response from daemon: create a: volume name is too short, names should be at least two alphanumeric characters
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v /x:b:ro busybox true
  docker: Error response from daemon: invalid volume specification: '/x:b:ro': invalid mount config for type "bind": invalid mount path: 'b' mount path must be absolute
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --tmpfs /x:size=abc busybox true
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "tmpfs" to rootfs at "/x": mount src=tmpfs, dst=/x, dstFd=/proc/thread-self/fd/7, flags=MS_NOSUID|MS_NODEV|MS_NOEXEC, data=size=abc: invalid argument: unknown
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --name bad --tmpfs /x:ro,exec,mode=800 busybox true
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "tmpfs" to rootfs at "/x": mount src=tmpfs, dst=/x, dstFd=/proc/thread-self/fd/7, flags=MS_NOSUID|MS_NODEV, data=mode=800: invalid argument: unknown
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --filter name=bad --format '{{.Status}}'
  Created
  $ docker inspect bad --format '{{.State.ExitCode}}'
  128
  $ docker run --rm --tmpfs /x:size busybox true
  docker: Error response from daemon: invalid tmpfs option ["size"]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --tmpfs /x:foo=bar busybox true
  docker: Error response from daemon: invalid tmpfs option ["foo" "bar"]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --tmpfs /x:size=1m, busybox true
  docker: Error response from daemon: invalid tmpfs option [""]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --tmpfs /x:size=abc,size=64k busybox sh -c 'df /x | tail -1'
  tmpfs                       64         0        64   0% /x
  $ docker run -d --init --name sleeper busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect sleeper --format '{{.Config.StopSignal}}|'
  |
  $ docker commit -c 'STOPSIGNAL SIGINT' -a me sleeper stopper
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect stopper --format '{{.Author}}|{{.Config.StopSignal}}'
  me|SIGINT
  $ docker run -d --init --name s1 stopper
  [0-9a-f]{64} (re)
  $ docker inspect s1 --format '{{.Config.StopSignal}}'
  SIGINT
  $ docker stop s1
  s1
  $ docker inspect s1 --format '{{.State.ExitCode}}'
  130
  $ docker run -d --init --stop-signal USR1 --name s2 stopper
  [0-9a-f]{64} (re)
  $ docker stop s2
  s2
  $ docker inspect s2 --format '{{.State.ExitCode}} {{.Config.StopSignal}}'
  138 USR1
  $ mkdir sig
  $ cd sig
  $ printf 'FROM busybox\nMAINTAINER Ann\nSTOPSIGNAL SIGUSR2\nCMD ["sleep","1000"]\n' > Dockerfile
  $ docker build -q -t sig .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect sig --format '{{.Author}}|{{.Config.StopSignal}}'
  Ann|SIGUSR2
  $ docker history sig --format '{{.CreatedBy}}'
  CMD ["sleep" "1000"]
  STOPSIGNAL SIGUSR2
  MAINTAINER Ann
  BusyBox 1.37.0 (glibc), Debian 13
  $ docker run -d --init --name s3 sig
  [0-9a-f]{64} (re)
  $ docker stop s3
  s3
  $ docker inspect s3 --format '{{.State.ExitCode}}'
  140
  $ printf 'FROM busybox\nSTOPSIGNAL FOO\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> STOPSIGNAL FOO
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid signal: FOO
  [1]
  $ cd ..
  $ docker tag busybox mybox
  $ docker tag busybox busybox:v1
  $ docker image inspect mybox --format '{{.RepoTags}} {{.RepoDigests}}'
  [busybox:latest busybox:v1 mybox:latest] [busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f]
  $ docker rmi busybox busybox:v1
  Untagged: busybox:latest
  Untagged: busybox:v1
  Untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  $ docker image inspect mybox --format '{{.RepoTags}} {{.RepoDigests}}'
  [mybox:latest] []
  $ docker run --rm -v vol1:/data mybox sh -c 'mv /etc/hosts /tmp/h; echo $?; ls /tmp; mv /etc/hosts /data/h; echo $?; ls /data; rm -rf /data; ls /data; cd /; rm -rf etc; echo $?; ls -A etc'
  mv: can't rename '/etc/hosts': Device or resource busy
  1
  mv: can't remove '/etc/hosts': Device or resource busy
  1
  h
  rm: can't remove '/data': Device or resource busy
  rm: can't remove 'etc/hostname': Device or resource busy
  rm: can't remove 'etc/hosts': Device or resource busy
  rm: can't remove 'etc/resolv.conf': Device or resource busy
  1
  hostname
  hosts
  resolv.conf
  $ docker run --rm -v vol1:/data ubuntu sh -c 'mv /etc/hosts /tmp/h; echo $?; mv /etc/hosts /data/h; echo $?; ls /data; rm -rf /data /etc; echo $?; ls -A /etc /data; mv /data /d2'
  mv: cannot move '/etc/hosts' to '/tmp/h': Device or resource busy
  1
  mv: cannot remove '/etc/hosts': Device or resource busy
  1
  h
  rm: cannot remove '/data': Device or resource busy
  rm: cannot remove '/etc/hostname': Device or resource busy
  rm: cannot remove '/etc/hosts': Device or resource busy
  rm: cannot remove '/etc/resolv.conf': Device or resource busy
  1
  /data:
  
  /etc:
  hostname
  hosts
  resolv.conf
  mv: cannot move '/data' to '/d2': Device or resource busy
  [1]
  $ docker run --rm ubuntu mv /etc/hostname /tmp
  mv: cannot move '/etc/hostname' to '/tmp/hostname': Device or resource busy
  [1]
