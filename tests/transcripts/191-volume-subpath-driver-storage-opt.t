--mount's volume-subpath mounts one folder of the volume (moby v28.5.2 volume/mounts/mounts.go
MountPoint.Setup: internal/safepath Join of the volume's path and the subpath). Join resolves
the links of both (safepath/common.go evaluatePath, Go's filepath.EvalSymlinks on the host) and
fails when the folder is missing ("cannot access path", errors.go ErrNotAccessible, a NotFound),
when a part before the end is a file (evaluatePath's "error while resolving symlinks") or when it
resolves outside the volume ("path concatenation escapes the base directory", ErrEscapesBase).
docker create succeeds and the start fails (daemon/start.go: setupMounts' error as it is, exit
status 128 in State); run says it with toStatusError's status (cli/command/container/run.go: 127
for "no such file or directory", else 125). At create, daemon/create_unix.go populateVolume runs
the same Setup when the image has the destination: a missing folder means no copy, an existing
empty one gets the files of the container's root there (the image's, and on /etc the init
layer's mount points), any other error fails the create ("failed to populate volume"). inspect's Mounts keep the volume's _data as Source (container/container_unix.go
GetMountPoints: m.Path()); HostConfig.Mounts keep the Subpath.

--volume-driver is the driver of -v's named volumes (volume/mounts/linux_parser.go
ParseMountRaw), of -v /path and of the image's VOLUMEs (daemon/create_unix.go
createContainerOSSpecificSettings), not of --mount, which has its own volume-driver
(parseMountSpec). There are no volume plugins here, so any driver but local fails the way
`docker volume create -d` does (volume/service/store.go create, drivers/extpoint.go lookup),
for an existing volume as well (checkConflict looks the driver up first); an anonymous volume's
name is the random one service.go Create gave it.

--storage-opt must be KEY=VALUE (cli/command/container/opts.go parseStorageOpts). The daemon runs
overlay2 on ext4, without project quotas: daemon/graphdriver/overlay2/overlay.go CreateReadWrite
refuses a size, and parseStorageOpt knows no other key. daemon/create.go makes the container's
layers after taking the name and before the mounts, so no volume is made and the name stays free.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker volume create vv
  vv
  $ docker create --name early --mount type=volume,src=vv,dst=/d,volume-subpath=sub busybox ls /d
  [0-9a-f]{64} (re)
  $ docker start early
  Error response from daemon: cannot access path /var/lib/docker/volumes/vv/_data/sub: lstat /var/lib/docker/volumes/vv/_data/sub: no such file or directory
  Error: failed to start containers: early
  [1]
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' early
  created 128 cannot access path /var/lib/docker/volumes/vv/_data/sub: lstat /var/lib/docker/volumes/vv/_data/sub: no such file or directory
  $ docker run --rm --mount type=volume,src=vv,dst=/d,volume-subpath=sub busybox true
  docker: Error response from daemon: cannot access path /var/lib/docker/volumes/vv/_data/sub: lstat /var/lib/docker/volumes/vv/_data/sub: no such file or directory
  
  Run 'docker run --help' for more information
  [127]
  $ docker run --rm -v vv:/v busybox sh -c 'mkdir -p /v/sub /v/empty && touch /v/file && ln -s sub /v/link && ln -s /etc /v/out'
  $ docker start -a early
  $ docker run --rm --mount type=volume,src=vv,dst=/d,volume-subpath=sub busybox sh -c 'echo note > /d/x; ls /d'
  x
  $ sudo ls /var/lib/docker/volumes/vv/_data /var/lib/docker/volumes/vv/_data/sub
  /var/lib/docker/volumes/vv/_data:
  empty
  file
  link
  out
  sub
  
  /var/lib/docker/volumes/vv/_data/sub:
  x
  $ docker run -d --name sp --mount type=volume,src=vv,dst=/d,volume-subpath=sub busybox sleep 300
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' sp
  [{"Type":"volume","Name":"vv","Source":"/var/lib/docker/volumes/vv/_data","Destination":"/d","Driver":"local","Mode":"z","RW":true,"Propagation":""}]
  $ docker inspect -f '{{json .HostConfig.Mounts}}' sp
  [{"Type":"volume","Source":"vv","Target":"/d","VolumeOptions":{"Subpath":"sub","DriverConfig":{}}}]
  $ docker exec sp grep ' /d ' /proc/mounts
  /dev/sda1 /d ext4 rw,relatime 0 0
  $ docker exec sp df /d
  Filesystem           1K-blocks      Used Available Use% Mounted on
  /dev/sda1             61202244  14263612  46938632  23% /d
  $ docker run --rm --mount type=volume,src=vv,dst=/d,volume-subpath=link busybox cat /d/x
  note
  $ docker run --rm --mount type=volume,src=vv,dst=/d,volume-subpath=out busybox true
  docker: Error response from daemon: path concatenation escapes the base directory, base: /var/lib/docker/volumes/vv/_data, subpath: out
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=vv,dst=/d,volume-subpath=file/x busybox true
  docker: Error response from daemon: error while resolving symlinks in combined path "/var/lib/docker/volumes/vv/_data/file/x": not a directory
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name esc --mount type=volume,src=vv,dst=/etc,volume-subpath=out busybox true
  Error response from daemon: failed to populate volume: path concatenation escapes the base directory, base: /var/lib/docker/volumes/vv/_data, subpath: out
  [1]
  $ docker ps -a --format '{{.Names}}'
  sp
  early
  $ docker run --rm --mount type=volume,src=vv,dst=/etc,volume-subpath=empty busybox true
  $ sudo ls /var/lib/docker/volumes/vv/_data/empty
  group
  hostname
  hosts
  localtime
  mtab
  network
  nsswitch.conf
  passwd
  resolv.conf
  shadow
  $ docker create --name later --mount type=volume,src=vv,dst=/etc,volume-subpath=missing busybox true
  [0-9a-f]{64} (re)
  $ docker ps -a --format '{{.Names}}'
  later
  sp
  early
  $ docker run --rm --volume-driver foo -v xx:/x busybox true
  docker: Error response from daemon: create xx: error looking up volume plugin foo: plugin "foo" not found
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  vv
  $ docker run --rm --volume-driver foo -v /x busybox true
  docker: Error response from daemon: create [0-9a-f]{64}: error looking up volume plugin foo: plugin "foo" not found (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=mm,dst=/m,volume-driver=foo busybox true
  docker: Error response from daemon: create mm: error looking up volume plugin foo: plugin "foo" not found
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volume-driver foo --mount type=volume,src=mm,dst=/m busybox true
  $ docker run --rm --volume-driver foo -v /home/learner/feedback-app/feedback:/f busybox true
  $ echo 'FROM busybox' > Dockerfile.vol
  $ echo 'VOLUME /data' >> Dockerfile.vol
  $ docker build -q -t withvol -f Dockerfile.vol .
  sha256:[0-9a-f]{64} (re)
  $ docker create --volume-driver foo withvol
  Error response from daemon: create [0-9a-f]{64}: error looking up volume plugin foo: plugin "foo" not found (re)
  [1]
  $ docker volume ls -q
  mm
  vv
  $ docker run -d --name loc --volume-driver local -v xx:/x withvol sleep 300
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.VolumeDriver}} {{range .Mounts}}{{.Destination}}={{.Driver}} {{end}}' loc
  local /data=local /x=local 
  $ docker volume ls --format '{{.Driver}} {{.Name}}'
  local [0-9a-f]{64} (re)
  local mm
  local vv
  local xx
  $ docker rm -f loc
  loc
  $ docker run --rm --storage-opt size=1G busybox true
  docker: Error response from daemon: --storage-opt is supported only for overlay over xfs with 'pquota' mount option
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name so --storage-opt size=1G -v nn:/n busybox true
  Error response from daemon: --storage-opt is supported only for overlay over xfs with 'pquota' mount option
  [1]
  $ docker ps -a -q
  4b439bbf0325
  bfd66d6dc60f
  859802ce54cc
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  mm
  vv
  xx
  $ docker run --rm --storage-opt size busybox true
  docker: invalid storage option
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --storage-opt foo=bar busybox true
  Error response from daemon: Unknown option foo
  [1]
