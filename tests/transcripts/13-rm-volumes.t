docker rm vs docker rm -v (reference 1.1, CLIDOC container_rm.md example):
plain rm keeps every volume; -v removes the container's anonymous volumes and
never named ones. A volume held by a stopped container is in use (E5).

  $ docker pull busybox
  ...
  $ docker create -v awesome:/foo -v /bar --name hello busybox
  [0-9a-f]{64} (re)
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  awesome
  $ docker volume rm awesome
  Error response from daemon: remove awesome: volume is in use - \[[0-9a-f]{64}\] (re)
  [1]
  $ docker volume rm -f awesome
  Error response from daemon: remove awesome: volume is in use - \[[0-9a-f]{64}\] (re)
  [1]
  $ docker rm -v hello
  hello
  $ docker volume ls -q
  awesome
  $ docker create -v awesome:/foo -v /bar --name hello2 busybox
  [0-9a-f]{64} (re)
  $ docker rm hello2
  hello2
  $ docker volume ls -q --filter dangling=true
  [0-9a-f]{64} (re)
  awesome
  $ docker volume prune -f
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker run -d --name runner -v /data -v awesome:/keep busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker rm -v runner
  Error response from daemon: cannot remove container "runner": container is running: stop the container before removing or force remove
  [1]
  $ docker rm -fv runner
  runner
  $ docker volume ls -q
  awesome
  $ docker volume rm nosuch
  Error response from daemon: get nosuch: no such volume
  [1]
  $ docker volume rm -f nosuch
  nosuch
  $ docker volume rm awesome
  awesome
  $ docker volume ls
  DRIVER    VOLUME NAME
