HostConfig.Mounts is the []mount.Mount the CLI sent, kept by the daemon as it came: in the order
the --mount flags were given, not sorted. docker/cli v28.5.2 opts/mount.go MountOpt.Set makes an
option struct only when one of its keys is given: bind-propagation a BindOptions, consistency
its field, and any volume-* key a VolumeOptions whose DriverConfig is an empty Driver, which the
JSON keeps as {} (a non-nil pointer is not empty for omitempty), while its empty Labels map is
left out (moby v28.5.2 api/types/mount/mount.go). bind-recursive=enabled is a no-op that makes
no BindOptions, so it mixes with a volume mount. A template sees the typed struct: the nil
option pointers print <nil>, and a pipeline's non-nil pointer prints the struct it points to
(text/template printableValue indirects it).

  $ docker pull busybox
  ...
  $ docker create --name hm --mount type=volume,dst=/x,volume-nocopy --mount type=bind,src=/tmp,dst=/b,bind-propagation=rshared --mount type=bind,src=/tmp,dst=/c,consistency=cached --mount type=tmpfs,dst=/t,tmpfs-size=1m busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Mounts}}' hm
  [{"Type":"volume","Target":"/x","VolumeOptions":{"NoCopy":true,"DriverConfig":{}}},{"Type":"bind","Source":"/tmp","Target":"/b","BindOptions":{"Propagation":"rshared"}},{"Type":"bind","Source":"/tmp","Target":"/c","Consistency":"cached"},{"Type":"tmpfs","Target":"/t","TmpfsOptions":{"SizeBytes":1048576}}]
  $ docker inspect -f '{{range .HostConfig.Mounts}}{{.Target}} {{.Consistency}} {{.BindOptions}} {{.ImageOptions}};{{end}}' hm
  /x  <nil> <nil>;/b  {rshared false false false false} <nil>;/c cached <nil> <nil>;/t  <nil> <nil>;
  $ docker create --name hv --mount type=volume,src=vv,dst=/v,readonly,bind-recursive=enabled busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.Mounts}}' hv
  [{volume vv /v true  <nil> <nil> <nil> <nil> <nil>}]
