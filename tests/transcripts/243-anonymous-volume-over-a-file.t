An anonymous volume (-v /path, an image's VOLUME) cannot go where the container's root already
has a file (moby v28.5.2 daemon/create_unix.go createContainerOSSpecificSettings: os.Stat of
GetResourcePath, the destination inside the container's merged root with its links followed in
scope). That root includes the init layer (daemon/initlayer/setup_unix.go: /.dockerenv,
/etc/hosts, /etc/hostname, /etc/resolv.conf, /dev/console are files; /etc/mtab a link to
/proc/mounts, where nothing is yet), and the error names the host path under the container's
overlay2 directory. The container already exists then, so daemon/create.go cleans it up with
RemoveVolume: the anonymous volumes made for it go (delete.go removeMountPoints), named ones stay.

  $ docker build -q -t fb .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm -v /app/server.js fb true
  docker: Error response from daemon: cannot mount volume over existing file, file exists /var/lib/docker/overlay2/[0-9a-f]{64}/merged/app/server.js (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker pull busybox
  ...
  $ docker run --rm --mount type=volume,dst=/m -v kept:/k -v /anon -v /etc/hosts busybox true
  docker: Error response from daemon: cannot mount volume over existing file, file exists /var/lib/docker/overlay2/[0-9a-f]{64}/merged/etc/hosts (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  kept
  $ docker create --name dockerenv -v /.dockerenv busybox
  Error response from daemon: cannot mount volume over existing file, file exists /var/lib/docker/overlay2/[0-9a-f]{64}/merged/.dockerenv (re)
  [1]
  $ docker create --name mtab -v /etc/mtab busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Destination}}{{end}}' mtab
  /etc/mtab
