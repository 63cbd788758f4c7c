--volumes-from copies the other container's MountPoints (moby v28.5.2 daemon/volumes.go
registerMountPoints), and one with no Source is looked up as a volume by its Name. A `--mount
type=tmpfs` is such a MountPoint, with no Source and no Name, so the lookup is of a volume named ""
(volume/service/store.go Get: OpErr "get", errNoSuchVolume) and the new container is refused with
"get: no such volume" (moby/moby#35194, still open). A `--tmpfs` is not a MountPoint at all
(HostConfig.Tmpfs; container/container_unix.go TmpfsMounts reads both), so a container that has
one lends only its volumes and binds, and the new one gets no tmpfs.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker create --name tsrc --mount type=tmpfs,dst=/mt -v /anon busybox
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a
  $ docker create --name fsrc --tmpfs /ft -v data:/data busybox
  a34eaab1d61b0acbc9baadcdda37206c346b85f70643391091afe51ff957e86f
  $ docker run --rm --volumes-from tsrc busybox true
  docker: Error response from daemon: get: no such volume
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name vf --volumes-from tsrc busybox
  Error response from daemon: get: no such volume
  [1]
  $ docker ps -a --format '{{.Names}}'
  fsrc
  tsrc
  $ docker volume ls -q
  c03fd52e350030142250843931463f4fe7dffbf07645b11c567660d3b25ea75b
  data
  $ docker run --rm --volumes-from fsrc busybox sh -c 'mount | grep -E "/ft|/data"'
  /dev/sda1 on /data type ext4 (rw,relatime)
  $ docker create --name vf --volumes-from fsrc busybox
  fe804649593eb63d4d5a2485be5b408552e663a316d06b7092f503ade6a8cadc
  $ docker inspect -f '{{range .Mounts}}{{.Destination}} {{end}}{{json .HostConfig.Tmpfs}}' vf
  /data null
