tmpfs is emptied when the container stops, while the container layer is kept
(reference 2.10, 1.1); `--tmpfs` is not listed in Mounts (2.5, inferred).
--read-only makes the root filesystem read-only except volumes and tmpfs
(2.7). A named volume and --tmpfs on one path: Duplicate mount point (E7f).

  $ docker pull busybox
  ...
  $ docker run -d --name tt --tmpfs /cache busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec tt sh -c 'echo hot > /cache/f'
  $ docker exec tt sh -c 'echo layer > /tmp/g'
  $ docker exec tt cat /cache/f /tmp/g
  hot
  layer
  $ docker inspect -f '{{json .Mounts}}' tt
  []
  $ docker stop tt
  tt
  $ docker start tt
  tt
  $ docker exec tt ls /cache
  $ docker exec tt cat /cache/f
  cat: can't open '/cache/f': No such file or directory
  [1]
  $ docker exec tt cat /tmp/g
  layer
  $ docker restart tt
  tt
  $ docker exec tt cat /tmp/g
  layer
  $ docker rm -f tt
  tt
  $ docker run --rm --read-only busybox touch /x
  touch: /x: Read-only file system
  [1]
  $ docker run --rm --read-only -v /data busybox touch /data/x
  $ docker run --rm --read-only --tmpfs /tmp busybox touch /tmp/x
  $ docker run --rm --read-only -v rovol:/data busybox sh -c 'echo ok > /data/f'
  $ docker run --rm -v rovol:/data:ro busybox cat /data/f
  ok
  $ docker run --rm -v rovol:/data:ro busybox touch /data/g
  touch: /data/g: Read-only file system
  [1]
  $ docker run --rm -v rovol:/data --tmpfs /data busybox true
  docker: Error response from daemon: Duplicate mount point: /data
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v rovol:/data -v other:/data busybox true
  docker: Error response from daemon: Duplicate mount point: /data
  
  Run 'docker run --help' for more information
  [125]
