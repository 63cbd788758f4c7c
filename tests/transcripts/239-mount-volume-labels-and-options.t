--mount's volume-label and volume-opt (docker/cli v28.5.2 opts/mount.go: KEY[=VALUE] each, an
empty key left out) reach the daemon in VolumeOptions, and registerMountPoints (moby v28.5.2
daemon/volumes.go) creates the volume with them (WithCreateLabels, WithCreateOptions); an
anonymous one also gets its anonymous label (volume/service/service.go Create). A volume that
exists is returned as it is (volume/service/store.go create), so its labels do not change, and
only a new volume's options go through the local driver's checks (volume/local/local_unix.go
validateOpts). `volume ls` joins a volume's labels from a Go map: sorted here.

  $ docker pull busybox
  ...
  $ docker create --name lb --mount type=volume,src=lv,dst=/l,volume-label=zone=b,volume-label=app,volume-label==x --mount type=volume,dst=/a,volume-label=tier=1 busybox
  [0-9a-f]{64} (re)
  $ docker volume ls --format '{{.Name}} {{.Labels}}'
  [0-9a-f]{64} com.docker.volume.anonymous=,tier=1 (re)
  lv app=,zone=b
  $ docker volume inspect -f '{{json .Labels}} {{json .Options}}' lv
  {"app":"","zone":"b"} null
  $ docker volume ls -q -f label=zone=b
  lv
  $ docker create --name lb2 --mount type=volume,src=lv,dst=/l,volume-label=zone=c,volume-opt=bogus=1 busybox
  [0-9a-f]{64} (re)
  $ docker volume inspect -f '{{.Labels}}' lv
  map[app: zone:b]
  $ docker create --name ob --mount type=volume,src=ov,dst=/o,volume-opt=bogus=1 busybox
  Error response from daemon: create ov: invalid option: "bogus"
  [1]
  $ docker volume ls -q -f name=ov
  $ docker create --name ob --mount type=volume,src=ov,dst=/o,volume-opt=type=tmpfs,volume-opt=device=tmpfs busybox
  [0-9a-f]{64} (re)
  $ docker volume inspect -f '{{json .Options}}' ov
  {"device":"tmpfs","type":"tmpfs"}
  $ docker run --rm --mount type=volume,src=sz,dst=/s,volume-opt=size=1m busybox true
  docker: Error response from daemon: create sz: quota size requested but no quota support
  
  Run 'docker run --help' for more information
  [125]
