A mount's Mode in inspect is what the daemon recorded (moby v28.5.2): for -v it is the mode as
written, nocopy included (volume/mounts/linux_parser.go ParseMountRaw sets mp.Mode = mode), and
a local volume's empty mode becomes "z" (daemon/volumes_unix.go setBindModeIfNull). A --mount
volume gets "z" too, anonymous or named, since registerMountPoints (daemon/volumes.go) calls
setBindModeIfNull after it creates the volume. The copies --volumes-from makes keep Type, Name,
Source, RW, Driver, Destination and Propagation but not Mode, which stays empty; -v /path
(Config.Volumes, container_unix.go AddMountPointWithVolume) has none either.

  $ docker pull busybox
  ...
  $ docker create --name md -v nv:/n:nocopy -v nr:/r:ro,nocopy -v /tmp:/b:ro -v /anon1 --mount type=volume,dst=/anon2 --mount type=volume,src=lv,dst=/l busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Destination}}={{.Mode}};{{end}}' md
  /anon1=;/anon2=z;/b=ro;/l=z;/n=nocopy;/r=ro,nocopy;
  $ docker create --name vf --volumes-from md:ro busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Destination}}={{.Mode}},{{.RW}};{{end}}' vf
  /anon1=,false;/anon2=,false;/b=,false;/l=,false;/n=,false;/r=,false;
