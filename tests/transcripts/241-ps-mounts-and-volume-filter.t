`docker ps` reads a container's Mounts from its MountPoints (moby v28.5.2
container/container_unix.go GetMountPoints): a --mount tmpfs is one, with no name and no source,
while a --tmpfs lives in HostConfig.Tmpfs and is none. So the MOUNTS column
(docker/cli v28.5.2 cli/command/formatter/container.go ContainerContext.Mounts: the name, else
the source) shows the --mount tmpfs as an empty item, and `--filter volume=` (daemon/list.go
includeContainerInList: a MountPoint's destination, or its name, else its source) finds the
--mount tmpfs by its destination, or by the empty source, and never the --tmpfs.

  $ docker pull busybox
  ...
  $ docker create --name mt --mount type=tmpfs,dst=/t -v nm:/n busybox
  [0-9a-f]{64} (re)
  $ docker create --name ft --tmpfs /t -v nm:/n busybox
  [0-9a-f]{64} (re)
  $ docker ps -a --format '{{.Names}} [{{.Mounts}}] {{.LocalVolumes}}'
  ft [nm] 1
  mt [nm,] 1
  $ docker ps -a --filter volume=/t --format '{{.Names}}'
  mt
  $ docker ps -a --filter volume= --format '{{.Names}}'
  mt
  $ docker ps -a --filter volume=nm --format '{{.Names}}'
  ft
  mt
  $ docker ps -a --filter volume=/var/lib/docker/volumes/nm/_data --format '{{.Names}}'
