--tmpfs DEST:OPTIONS keeps its options in HostConfig.Tmpfs as written (docker/cli opts.go: what
follows the first ':'), and size= sets the file system's size. df FILE... shows only the file
system that holds each FILE: coreutils df.c stats them all first and says a missing one before
its table; BusyBox df.c prints its header, then each FILE's row or "can't find mount point" in
turn. Use% is used / (used + available): rounded up by coreutils, to the nearest by BusyBox (23%
where node:14's df says 24%).

  $ docker pull busybox
  ...
  $ docker run -d --name tf --tmpfs /t:size=1m,mode=1777 --tmpfs /u -v vv:/data busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Tmpfs}}' tf
  {"/t":"size=1m,mode=1777","/u":""}
  $ docker exec tf df /t /data /data/x /etc
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                     1024         0      1024   0% /t
  /dev/sda1             61202244  14263612  46938632  23% /data
  df: /data/x: can't find mount point
  overlay               61202244  14263612  46938632  23% /
  [1]
  $ docker exec tf df -h /t
  Filesystem                Size      Used Available Use% Mounted on
  tmpfs                     1.0M         0      1.0M   0% /t
  $ docker pull ubuntu
  ...
  $ docker run --rm --tmpfs /t:size=2m -v vv:/data ubuntu df /t /data /nope
  df: /nope: No such file or directory
  Filesystem     1K-blocks     Used Available Use% Mounted on
  tmpfs               2048        0      2048   0% /t
  /dev/sda1       61202244 14263612  46938632  24% /data
  [1]
  $ df .
  Filesystem     1K-blocks     Used Available Use% Mounted on
  /dev/sda1       61202244 14263612  46938632  24% /
  $ df /nope
  df: /nope: No such file or directory
  [1]
