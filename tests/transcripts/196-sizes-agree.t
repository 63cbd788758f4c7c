Where the bytes are, and every size agreeing (moby and docker/cli v28.5.2). A container's SizeRw
is its read-write layer alone: daemon/images/image_unix.go GetContainerLayerSize asks the layer
(layer/mounted_layer.go Size), overlay2 with native diff, as docker info says here, sizes its
upper dir (daemon/graphdriver/overlay2/overlay.go DiffSize) with internal/directory calcSize:
lstat's size of everything but a folder, an inode once, so folders and whiteouts (0/0 devices)
count nothing and a symbolic link counts its target's length. SizeRootFs is the image's layers
(layer/ro_layer.go Size sums the chain) plus SizeRw, so ps -s says "1.05MB (virtual 5.32MB)":
formatter/container.go Size with HumanSizeWithPrecision(3). A --format that runs .Size asks the
daemon for sizes (container/list.go buildContainerListOptions, FieldsUsed), {{json .}} too as
formatter/reflect.go marshalMap calls every method; "--format json" runs none, so "0B". Overlayfs
copies a whole file up at its first change (metacopy off), so one byte appended to /bin/busybox
puts all of it in the layer; rm of an image's file leaves a whiteout (0 bytes), of the layer's own
file nothing. docker commit registers the diff as a new layer whose size is calcSize of what it
unpacked (layer/layer_store.go applyTar, overlay2 ApplyDiff), so history shows SizeRw again and
images the chain's sum. docker system df (daemon/disk_usage.go, formatter/disk_usage.go): sums
in HumanSize's 4 digits, reclaimable "%s (%v%%)" with a whole percentage; a container's layer is
reclaimable unless it is running, paused or restarting (isActive); -v shows no virtual size
(SizeRootFs set to 0) and a volume's LINKS (RefCount) and SIZE, calcSize of its _data
(volume/service/convert.go). LocalVolumesSize (volume/service/service.go) leaves out volumes
created with options, like the tmpfs volume tv, as prune does. volume ls has no usage data:
formatter/volume.go prints N/A. Volumes, binds and tmpfs mounts bypass the layer (only their
mount points, folders, are in it); an image mount is read-only. du counts 4 KiB blocks: BusyBox's
-h rounds 1028K to the nearest tenth (1.0M), GNU's up (1.1M).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --name big busybox dd if=/dev/zero of=/f bs=1k count=1024 status=none
  $ docker ps -a -s
  CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS                    PORTS     NAMES     SIZE
  [0-9a-f]{12}   busybox   "dd if=/dev/zero of=…"   1 second ago   Exited \(0\) 1 second ago             big       1.05MB \(virtual 5.32MB\) (re)
  $ docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' big
  1048576 5318576
  $ docker ps -a --format '{{.Names}}: {{.Size}}'
  big: 1.05MB (virtual 5.32MB)
  $ docker ps -a --format '{{json .}}' | grep -o '"Size":"[^"]*"'
  "Size":"1.05MB (virtual 5.32MB)"
  $ docker ps -a --format json | grep -o '"Size":"[^"]*"'
  "Size":"0B"
  $ docker diff big
  A /f
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         1         916.6MB   912.3MB (99%)
  Containers      1         0         1.049MB   1.049MB (100%)
  Local Volumes   0         0         0B        0B
  Build Cache     0         0         0B        0B
  $ docker commit big img
  sha256:[0-9a-f]{64} (re)
  $ docker history img
  IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT
  [0-9a-f]{12}   1 second ago    dd if=/dev/zero of=/f bs=1k count=1024 statu…   1.05MB (re)
  0e1274f9d08a   17 months ago   BusyBox 1.37.0 (glibc), Debian 13               4.27MB
  $ docker images img
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  img          latest    [0-9a-f]{12}   2 seconds ago   5.32MB (re)
  $ docker run --rm img sh -c 'du -s /f; du -sh /f; ls -l /f'
  1024	/f
  1.0M	/f
  -rw-r--r--    1 root     root       1048576 Mar  2 09:00 /f
  $ docker run --rm node:14 sh -c 'dd if=/dev/zero of=/f bs=1k count=1024 status=none; echo hi > /s; du /f /s; du -sh /f; mkdir /d; cp /f /d; du -sh /d'
  1024	/f
  4	/s
  1.0M	/f
  1.1M	/d
  $ docker run --name gone img rm /f
  $ docker diff gone
  D /f
  $ docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' gone
  0 5318576
  $ docker run --name mine busybox sh -c 'dd if=/dev/zero of=/f bs=1k count=1024 status=none; rm /f'
  $ docker diff mine
  $ docker run --name cu busybox sh -c 'echo >> /bin/busybox; cp /bin/ls /ls; ln -s /etc/passwd /pw; ls -l /bin/busybox /ls /pw'
  -rwxr-xr-x    1 root     root       1135513 Mar  2 09:00 /bin/busybox
  -rwxr-xr-x    1 root     root       1135512 Mar  2 09:00 /ls
  lrwxrwxrwx    1 root     root            11 Mar  2 09:00 /pw -> /etc/passwd
  $ docker diff cu
  C /bin
  C /bin/busybox
  A /ls
  A /pw
  $ docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' cu
  2271036 6541036
  $ docker ps -a -s --format '{{.Names}}: {{.Size}}'
  cu: 2.27MB (virtual 6.54MB)
  mine: 0B (virtual 4.27MB)
  gone: 0B (virtual 5.32MB)
  big: 1.05MB (virtual 5.32MB)
  $ docker container prune -f
  Deleted Containers:
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 3.32MB
  $ docker volume create data
  data
  $ docker volume create -o type=tmpfs -o device=tmpfs -o o=size=8m tv
  tv
  $ docker run --name wr -v data:/data -v "$PWD/temp":/b --tmpfs /t -v tv:/tv --mount type=image,source=busybox,target=/img busybox sh -c 'for d in data b t tv img; do dd if=/dev/zero of=/$d/f bs=1k count=1024 status=none; done; du -sh /data /b /t /tv'
  WARNING: Image mount is an experimental feature
  dd: can't open '/img/f': Read-only file system
  1.0M	/data
  1.0M	/b
  1.0M	/t
  1.0M	/tv
  $ docker ps -a -s
  CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS                    PORTS     NAMES     SIZE
  [0-9a-f]{12}   busybox   "sh -c for d in data…"   1 second ago   Exited \(0\) 1 second ago             wr        0B \(virtual 4.27MB\) (re)
  $ docker diff wr
  A /b
  A /data
  A /img
  A /t
  A /tv
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          3         1         917.6MB   917.6MB (100%)
  Containers      1         0         0B        0B
  Local Volumes   1         1         1.049MB   0B (0%)
  Build Cache     0         0         0B        0B
  $ docker system df -v
  Images space usage:
  
  REPOSITORY   TAG       IMAGE ID       CREATED          SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS
  img          latest    [0-9a-f]{12}   21 seconds ago   5.32MB    4.27MB        1.049MB       0 (re)
  busybox      latest    0e1274f9d08a   17 months ago    4.27MB    4.27MB        0B            1
  node         14        b460590c3eb7   2 years ago      912MB     0B            912.3MB       0
  
  Containers space usage:
  
  CONTAINER ID   IMAGE     COMMAND                  LOCAL VOLUMES   SIZE      CREATED         STATUS                     NAMES
  [0-9a-f]{12}   busybox   "sh -c for d in data…"   2               0B        4 seconds ago   Exited \(0\) 4 seconds ago   wr (re)
  
  Local Volumes space usage:
  
  VOLUME NAME   LINKS     SIZE
  data          1         1.049MB
  
  Build cache usage: 0B
  
  CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED
  $ docker volume ls
  DRIVER    VOLUME NAME
  local     data
  local     tv
  $ docker volume ls --format '{{.Name}} {{.Size}} {{.Links}}'
  data N/A N/A
  tv N/A N/A
  $ du -sh temp
  1.1M	temp
  $ ls -l temp
  total 1024
  -rw-r--r-- 1 root root 1048576 Mar  2 09:00 f
  $ sudo du -s /var/lib/docker/volumes/data/_data
  1028	/var/lib/docker/volumes/data/_data
  $ docker rm wr
  wr
  $ docker system df --format '{{.Type}}: {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}'
  Images: 3 0 917.6MB 917.6MB (100%)
  Containers: 0 0 0B 0B
  Local Volumes: 1 0 1.049MB 1.049MB (100%)
  Build Cache: 0 0 0B 0B
  $ docker volume prune -af
  Deleted Volumes:
  data
  
  Total reclaimed space: 1.049MB
  $ docker run -d --restart always --name again busybox sh -c 'echo hello > /f; exit 1'
  [0-9a-f]{64} (re)
  $ docker ps -a -s
  CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS                                  PORTS     NAMES     SIZE
  [0-9a-f]{12}   busybox   "sh -c echo hello > …"   1 second ago   Restarting \(1\) Less than a second ago             again     6B \(virtual 4.27MB\) (re)
  $ docker system df --format '{{.Type}}: {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}'
  Images: 3 1 917.6MB 917.6MB (100%)
  Containers: 1 1 6B 0B (0%)
  Local Volumes: 0 0 0B 0B
  Build Cache: 0 0 0B 0B
