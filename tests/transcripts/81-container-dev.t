A container's /dev is the runtime's, not its image's: Docker 28.5's default spec (moby v28.5.2
oci/defaults.go) mounts a tmpfs on /dev, devpts on /dev/pts, mqueue on /dev/mqueue and a tmpfs on
/dev/shm; runc v1.3.3 fills /dev with its default devices (libcontainer/specconv/spec_linux.go
AllowedDevices: null, random, full, tty, zero, urandom), the links of rootfs_linux.go
setupDevSymlinks (fd, stdin, stdout, stderr, core) and setupPtmx (ptmx -> pts/ptmx), and
/dev/console only for a container with a terminal (-t, console_linux.go mountConsole).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web feedback-node
  [0-9a-f]{64} (re)
  $ docker exec web ls /dev
  core
  fd
  full
  mqueue
  null
  ptmx
  pts
  random
  shm
  stderr
  stdin
  stdout
  tty
  urandom
  zero
  $ docker exec web ls -l /dev
  total 0
  lrwxrwxrwx 1 root root   11 Mar  2 09:00 core -> /proc/kcore
  lrwxrwxrwx 1 root root   13 Mar  2 09:00 fd -> /proc/self/fd
  crw-rw-rw- 1 root root 1, 7 Mar  2 09:00 full
  drwxrwxrwt 2 root root   40 Mar  2 09:00 mqueue
  crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 null
  lrwxrwxrwx 1 root root    8 Mar  2 09:00 ptmx -> pts/ptmx
  drwxr-xr-x 2 root root    0 Mar  2 09:00 pts
  crw-rw-rw- 1 root root 1, 8 Mar  2 09:00 random
  drwxrwxrwt 2 root root   40 Mar  2 09:00 shm
  lrwxrwxrwx 1 root root   15 Mar  2 09:00 stderr -> /proc/self/fd/2
  lrwxrwxrwx 1 root root   15 Mar  2 09:00 stdin -> /proc/self/fd/0
  lrwxrwxrwx 1 root root   15 Mar  2 09:00 stdout -> /proc/self/fd/1
  crw-rw-rw- 1 root root 5, 0 Mar  2 09:00 tty
  crw-rw-rw- 1 root root 1, 9 Mar  2 09:00 urandom
  crw-rw-rw- 1 root root 1, 5 Mar  2 09:00 zero
  $ docker exec web ls -l /dev/pts
  total 0
  crw-rw-rw- 1 root root 5, 2 Mar  2 09:00 ptmx

The devices read and write as the kernel's do; reading all of /dev/zero never ends, so the
simulator stops such a line.

  $ docker exec web sh -c 'cat /dev/null; echo x > /dev/null; test -c /dev/null && echo char device'
  char device
  $ docker exec web sh -c 'test -f /dev/null || echo not a regular file'
  not a regular file
  $ docker exec web sh -c 'head -c 4 /dev/zero > /dev/null && echo read four bytes'
  read four bytes
  $ docker exec web cat /dev/zero
  layerlab: /dev/zero never runs out: a program reading all of it runs until it is stopped; read a part, e.g. head -c 16 /dev/zero; nothing was changed
  [1]
  $ docker exec web sh -c 'echo y > /dev/full'
  sh: 1: echo: echo: I/O error
  [1]
  $ docker exec web sh -c 'echo out > /dev/stdout; echo err > /dev/stderr'
  out
  err
  $ docker exec web sh -c 'echo hi > /dev/tty'
  sh: 1: cannot create /dev/tty: No such device or address
  [2]
  $ docker exec web stat -c '%n %F %A' /dev/null /dev/stdin
  /dev/null character special file crw-rw-rw-
  /dev/stdin symbolic link lrwxrwxrwx

/dev is a tmpfs: what is written there is in no layer, so docker diff and docker commit never see
it, and docker cp, which reads the container's layers and volumes (daemon/containerfs_linux.go
openContainerFS), finds the init layer's /dev there, without the devices.

  $ docker exec web sh -c 'echo a > /dev/shm/a; touch /dev/made; ls /dev/shm'
  a
  $ docker diff web
  $ docker cp web:/dev/null .
  Error response from daemon: Could not find the file /dev/null in container web
  [1]
  $ docker cp web:/dev/shm/a .
  Error response from daemon: Could not find the file /dev/shm/a in container web
  [1]
  $ docker commit web snap
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm snap ls /dev/shm
  $ docker restart web
  web
  $ docker exec web ls /dev/made
  ls: cannot access '/dev/made': No such file or directory
  [2]

With -t the container has a console: the pseudo-terminal devpts made for it (mode=0620, gid=5).

  $ docker pull -q alpine
  docker.io/library/alpine:latest
  $ docker run --rm -t alpine ls -l /dev/console /dev/pts
  crw--w----    1 root     tty       136,   0 Mar  2 09:00 /dev/console
  
  /dev/pts:
  total 0
  crw--w----    1 root     tty       136,   0 Mar  2 09:00 0
  crw-rw-rw-    1 root     root        5,   2 Mar  2 09:00 ptmx
  $ docker run --rm alpine ls /dev/console
  ls: /dev/console: No such file or directory
  [1]
