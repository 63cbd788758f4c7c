Image mounts, --shm-size and what a tmpfs's files take. `--mount type=image` (API 1.48; docker/cli
v28.5.2 opts/mount.go: image-subpath, and "cannot mix 'image-*' options" with another type) mounts
an image's files read-only: moby v28.5.2 volume/mounts/linux_parser.go validateMountConfigImpl
wants a Source and a local subpath ("subpath must be a relative path within the volume"), and
daemon/container.go validateHostConfig warns "Image mount is an experimental feature".
daemon/volumes.go registerMountPoints looks the image up (never pulls it), makes a layer of its own
on the image's layers, mounts it and sets RW false whatever was asked; inspect's Mounts show the
source as Name and the layer's merged folder as Source (container/container_unix.go
GetMountPoints), HostConfig.Mounts the spec as sent. A missing image is ErrImageDoesNotExist, a
NotFound, which cli/command/container/create.go takes for its own image: it says "Unable to find
image", pulls the container's image and fails again. A missing image-subpath fails the start
(volume/mounts/mounts.go Setup, internal/safepath ErrNotAccessible; run's status 127 for "no such
file or directory"). docker rmi by reference counts a container with an image mount as a user
(daemon/images/image_delete.go ImageDelete's using); forced, the image goes but its layers stay,
held by the mount's layer until the container is removed (removeMountPoints releases it). --shm-size (opts.MemBytes) sets
HostConfig.ShmSize (0: config.DefaultShmSize, 64 MiB, daemon/daemon_unix.go adaptContainerSettings)
and the size= of /dev/shm's tmpfs (daemon/oci_linux.go WithMounts), which mm/shmem.c shows in KiB.
A tmpfs's Used is the pages its files hold (each file rounded up to 4 KiB; folders take none), as
du counts them; an empty one shows 0.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q alpine
  docker.io/library/alpine:latest
  $ docker run --rm --mount type=image,src=alpine,dst=/img busybox ls /img
  WARNING: Image mount is an experimental feature
  bin
  dev
  etc
  home
  lib
  media
  mnt
  opt
  proc
  root
  run
  sbin
  srv
  sys
  tmp
  usr
  var
  $ docker run --rm --mount type=image,src=alpine,dst=/img,image-subpath=etc,readonly busybox sh -c "ls /img | head -3; touch /img/x; mkdir /img/d"
  WARNING: Image mount is an experimental feature
  alpine-release
  apk
  busybox-paths.d
  touch: /img/x: Read-only file system
  mkdir: can't create directory '/img/d': Read-only file system
  [1]
  $ docker run -d --name im --mount type=image,src=alpine,dst=/img,image-subpath=etc busybox sleep 1000
  WARNING: Image mount is an experimental feature
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' im
  \[\{"Type":"image","Name":"alpine","Source":"/var/lib/docker/overlay2/[0-9a-f]{64}/merged","Destination":"/img","Mode":"","RW":false,"Propagation":"rprivate"\}\] (re)
  $ docker inspect -f '{{json .HostConfig.Mounts}}' im
  [{"Type":"image","Source":"alpine","Target":"/img","ImageOptions":{"Subpath":"etc"}}]
  $ docker exec im grep ' /img ' /proc/mounts
  overlay /img overlay ro,relatime,lowerdir=/var/lib/docker/overlay2/l/[A-Z2-7]{26},upperdir=/var/lib/docker/overlay2/[0-9a-f]{64}/diff,workdir=/var/lib/docker/overlay2/[0-9a-f]{64}/work,nouserxattr 0 0 (re)
  $ docker exec im df /img
  Filesystem           1K-blocks      Used Available Use% Mounted on
  overlay               61202244  14263612  46938632  23% /img
  $ docker ps --format '{{.Mounts}}'
  alpine
  $ docker rmi alpine
  Error response from daemon: conflict: unable to remove repository reference "alpine" \(must force\) - container [0-9a-f]{12} is using its referenced image 1ed22d3b775a (re)
  [1]
  $ docker rmi -f alpine
  Untagged: alpine:latest
  Untagged: alpine@sha256:6842053d52bad956b27d9fb3d462cdb07d32ab32dd7e8e53bd1a43890d43e0ac
  Deleted: sha256:1ed22d3b775a3972dbaf5ce6027865dfd7c4086258f516cf8f21e1dff4ee6ad9
  $ docker exec im ls /img/apk
  keys
  $ docker rm -f im
  im
  $ docker run --rm --mount type=image,src=ubuntu,dst=/img busybox true
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Image is up to date for busybox:latest
  docker: Error response from daemon: No such image: ubuntu:latest
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=image,src=busybox,dst=/img,image-subpath=../etc busybox true
  docker: Error response from daemon: invalid mount config for type "image": subpath must be a relative path within the volume
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=image,dst=/img busybox true
  docker: Error response from daemon: invalid mount config for type "image": field Source must not be empty
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,image-subpath=etc busybox true
  invalid argument "type=bind,src=/tmp,dst=/x,image-subpath=etc" for "--mount" flag: cannot mix 'image-*' options with mount type 'bind'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=image,src=busybox,dst=/img,image-subpath=nope busybox true
  WARNING: Image mount is an experimental feature
  docker: Error response from daemon: cannot access path /var/lib/docker/overlay2/[0-9a-f]{64}/merged/nope: no such file or directory (re)
  
  Run 'docker run --help' for more information
  [127]
  $ docker run --rm --mount type=image,src=busybox,dst=/img,image-subpath=bin/sh busybox ls -l /img
  WARNING: Image mount is an experimental feature
  -rwxr-xr-x    1 root     root       1135512 Mar  2 09:00 /img
  $ docker run --rm --shm-size 128m busybox sh -c "df -h /dev/shm; grep shm /proc/mounts"
  Filesystem                Size      Used Available Use% Mounted on
  shm                     128.0M         0    128.0M   0% /dev/shm
  shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=131072k,inode64 0 0
  $ docker run --rm --shm-size abc busybox true
  invalid argument "abc" for "--shm-size" flag: invalid size: 'abc'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name shm1 --shm-size 1g busybox
  [0-9a-f]{64} (re)
  $ docker create --name shm2 busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.ShmSize}}' shm1 shm2
  1073741824
  67108864
  $ docker run --rm --tmpfs /t node:14 sh -c "echo hello > /t/g; head -c 5000 /dev/zero > /t/h; mkdir /t/d; df /t; df -h /t; du -s /t"
  Filesystem     1K-blocks  Used Available Use% Mounted on
  tmpfs            8172072    12   8172060   1% /t
  Filesystem      Size  Used Avail Use% Mounted on
  tmpfs           7.8G   12K  7.8G   1% /t
  12	/t
  $ docker run --rm --tmpfs /t busybox sh -c "df /t; df -h /t"
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                  8172072         0   8172072   0% /t
  Filesystem                Size      Used Available Use% Mounted on
  tmpfs                     7.8G         0      7.8G   0% /t
  $ docker run --rm --shm-size 1m node:14 sh -c "echo hi > /dev/shm/a; df /dev/shm; df -h /dev/shm"
  Filesystem     1K-blocks  Used Available Use% Mounted on
  shm                 1024     4      1020   1% /dev/shm
  Filesystem      Size  Used Avail Use% Mounted on
  shm             1.0M  4.0K 1020K   1% /dev/shm
