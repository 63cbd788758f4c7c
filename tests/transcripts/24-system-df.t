docker system df (reference 3 "Sizes", formatter/disk_usage.go): an image is
active when a container uses it; a container only when running; a volume when
any container (even a stopped one) references it. Sizes count file bytes:
"hello\n" (6 B) in the container layer, "abc\n" (4 B) in the volume.

  $ docker pull busybox
  ...
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         0         \S+ +\S+ \(100%\) (re)
  Containers      0         0         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     0         0         0B        0B
  $ docker run --name ww -v dfvol:/data busybox sh -c 'echo abc > /data/f; echo hello > /hello.txt'
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         1         \S+ +\S+ \(\d+%\) (re)
  Containers      1         0         6B        6B (100%)
  Local Volumes   1         1         4B        0B (0%)
  Build Cache     0         0         0B        0B
  $ docker rm ww
  ww
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         0         \S+ +\S+ \(100%\) (re)
  Containers      0         0         0B        0B
  Local Volumes   1         0         4B        4B (100%)
  Build Cache     0         0         0B        0B
