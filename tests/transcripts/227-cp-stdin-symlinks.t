docker cp - into a container: the daemon untars standard input inside the container's root (moby
v28.5.2 daemon/archive_unix.go containerExtractToDir: RunInFS, archive.Untar; go-archive v0.1.0
archive.go Unpack and createTarFile). A symbolic-link member is made as it is (its owner the
header's) unless its target, joined to its folder, leaves the destination by name
(strings.HasPrefix: "invalid symlink"); an absolute target is joined too, so `link -> /etc` is
allowed, and a later member `link/x`, or one whose folders are implied (`link/sub/y`: made root's,
0755), is written through it into the container's /etc, as the kernel's path walk in that root
follows it. Through a dangling link the open fails. A link already at a member's name is replaced
by a file (Lstat, RemoveAll), but not by a folder (NoOverwriteDirNonDir).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name box busybox sleep 1000
  [0-9a-f]{64} (re)
  $ mkdir s1 s2 s2/link s2/link/sub && ln -s /etc s1/link && ln -s ../../etc s1/up && ln -s /nowhere s1/dangling && echo hi > s2/link/x && echo deep > s2/link/sub/y
  $ tar -cf - -C s1 link | docker cp - box:/tmp
  Successfully copied 0B to box:/tmp
  $ docker exec box ls -l /tmp
  total 0
  lrwxrwxrwx    1 1000     1000             4 Mar  2 09:00 link -> /etc
  $ tar -cf - -C s2 link/x link/sub/y | docker cp -q - box:/tmp
  $ docker exec box ls -l /etc/x /tmp/link/x /etc/sub/y
  -rw-r--r--    1 1000     1000             5 Mar  2 09:00 /etc/sub/y
  -rw-r--r--    1 1000     1000             3 Mar  2 09:00 /etc/x
  -rw-r--r--    1 1000     1000             3 Mar  2 09:00 /tmp/link/x
  $ docker exec box stat -c '%A %U' /etc/sub
  drwxr-xr-x root
  $ tar -cf - -C s1 up | docker cp -q - box:/tmp
  Error response from daemon: invalid symlink "/tmp/up" -> "../../etc"
  [1]
  $ mkdir -p s3/dangling && echo lost > s3/dangling/x
  $ tar -cf - -C s1 dangling | docker cp -q - box:/tmp && tar -cf - -C s3 dangling/x | docker cp -q - box:/tmp
  Error response from daemon: open /tmp/dangling/x: no such file or directory
  [1]
  $ tar -cf - -C s2 link | docker cp -q - box:/tmp
  Error response from daemon: cannot overwrite non-directory "/tmp/link" with directory "/tmp"
  [1]
  $ docker exec box sh -c 'ln -s /etc /tmp/l2'
  $ echo file > l2 && tar -cf - l2 | docker cp -q - box:/tmp
  $ docker exec box ls -l /tmp
  total 4
  lrwxrwxrwx    1 1000     1000             8 Mar  2 09:00 dangling -> /nowhere
  -rw-r--r--    1 1000     1000             5 Mar  2 09:00 l2
  lrwxrwxrwx    1 1000     1000             4 Mar  2 09:00 link -> /etc
