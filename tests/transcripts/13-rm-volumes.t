docker rm vs docker rm -v (reference 1.1, CLIDOC container_rm.md example, with `awesome` renamed):
plain rm keeps every volume; -v removes the container's anonymous volumes and
never named ones. A volume held by a stopped container is in use (E5).

  $ docker pull busybox
  ...
  $ docker create -v myvol:/foo -v /bar --name hello busybox
  [0-9a-f]{64} (re)
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  myvol
  $ docker volume rm myvol
  Error response from daemon: remove myvol: volume is in use - \[[0-9a-f]{64}\] (re)
  [1]
  $ docker volume rm -f myvol
  Error response from daemon: remove myvol: volume is in use - \[[0-9a-f]{64}\] (re)
  [1]
  $ docker rm -v hello
  hello
  $ docker volume ls -q
  myvol
  $ docker create -v myvol:/foo -v /bar --name hello2 busybox
  [0-9a-f]{64} (re)
  $ docker rm hello2
  hello2
  $ docker volume ls -q --filter dangling=true
  [0-9a-f]{64} (re)
  myvol
  $ docker volume prune -f
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker run -d --name runner -v /data -v myvol:/keep busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker rm -v runner
  Error response from daemon: cannot remove container "runner": container is running: stop the container before removing or force remove
  [1]
  $ docker rm -fv runner
  runner
  $ docker volume ls -q
  myvol
  $ docker volume rm nosuch
  Error response from daemon: get nosuch: no such volume
  [1]
  $ docker volume rm -f nosuch
  nosuch
  $ docker volume rm myvol
  myvol
  $ docker volume ls
  DRIVER    VOLUME NAME
