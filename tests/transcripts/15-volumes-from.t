--volumes-from copies every mount of another container, read-write unless
:ro (reference 2.9, 2.7). An inherited anonymous volume is not removed by
rm -v / --rm of the second container while the first still references it.

  $ docker pull busybox
  ...
  $ docker create --name src -v shared:/shared -v /anon busybox
  [0-9a-f]{64} (re)
  $ docker run --name ww --volumes-from src busybox sh -c 'echo hi > /shared/a; echo yo > /anon/b'
  $ docker run --rm --volumes-from src busybox cat /shared/a /anon/b
  hi
  yo
  $ docker run --rm --volumes-from src:ro busybox touch /shared/c
  touch: /shared/c: Read-only file system
  [1]
  $ docker run --rm --volumes-from src:ro busybox cat /anon/b
  yo
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  shared
  $ docker rm -v ww
  ww
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  shared
  $ docker run --rm --volumes-from src busybox cat /anon/b
  yo
  $ docker rm -v src
  src
  $ docker volume ls -q
  shared
  $ docker run --rm --volumes-from nope busybox true
  docker: Error response from daemon: No such container: nope
  
  Run 'docker run --help' for more information
  [125]
