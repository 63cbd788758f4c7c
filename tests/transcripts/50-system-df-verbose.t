docker system df -v prints one table per object kind (reference 3 "Sizes",
CLIDOC system_df.md, formatter/disk_usage.go): images with SHARED SIZE /
UNIQUE SIZE / CONTAINERS, containers with LOCAL VOLUMES and SIZE (the RW
layer only: "hello\n" = 6B; the volume's "abc\n" is not in it), volumes
with LINKS (containers referencing them) and SIZE. Tabwriter padding per
section 0. Reclaimed space after prune uses %.4g HumanSize (section 0).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name w1 -v dfv:/data feedback-node
  [0-9a-f]{64} (re)
  $ docker exec w1 sh -c 'echo abc > /data/f; echo hello > /app/h.txt'
  $ docker system df -v
  Images space usage:
  
  REPOSITORY      TAG       IMAGE ID       CREATED +SIZE +SHARED SIZE +UNIQUE SIZE +CONTAINERS (re)
  feedback-node   latest    [0-9a-f]{12}   .+ ago +\S+ +\S+ +\S+ +1 (re)
  node            14        [0-9a-f]{12}   \d+ years ago +912MB +\S+ +\S+ +0 (re)
  
  Containers space usage:
  
  CONTAINER ID   IMAGE           COMMAND                  LOCAL VOLUMES   SIZE      CREATED +STATUS +NAMES (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   1               6B        .+ ago +Up .+ +w1 (re)
  
  Local Volumes space usage:
  
  VOLUME NAME   LINKS     SIZE
  dfv           1         4B
  
  ...
  $ docker rm -f w1
  w1
  $ docker run --rm -v big:/d busybox sh -c 'echo 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789 > /d/f; cat /d/f /d/f > /d/g'
  ...
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images .* (re)
  Containers      0         0         0B        0B
  Local Volumes   2         0         2.917kB   2.917kB (100%)
  Build Cache .* (re)
  $ docker volume prune -a -f
  Deleted Volumes:
  big
  dfv
  
  Total reclaimed space: 2.917kB
