`ln` without -s makes a hard link: a second name for the same inode. On ext4, tmpfs and in a
container's overlay (Linux fs/overlayfs/dir.c ovl_link: a file of a lower layer is copied up
first) both names then show one inode number in `ls -li` and a link count of 2, and a write through
one is read through the other. layerlab's trees keep a file's bytes under each of its names, with
no inode two names could share, so it does not make hard links: ln says "layerlab: ln without -s
(a hard link) is not simulated" and exits 126, and nothing is created. Every refusal comes first,
as the real tools give it. GNU ln (coreutils src/ln.c do_link, 9.4 on the host, 8.30 in node:14):
"failed to access" for a missing source, "hard link not allowed for directory", -f's "are the same
file", and for link(2)'s errors "failed to create hard link 'NEW'" (EEXIST, EROFS, ENOSPC) or
"failed to create hard link 'NEW' => 'OLD'". BusyBox ln (coreutils/ln.c) names only the new link
(bb_simple_perror_msg). The kernel checks in do_linkat's order (fs/namei.c): the new name's folder,
the name taken (filename_create), a read-only mount, another mount (EXDEV: a volume's file cannot be
linked into the container's root, nor /etc/hostname, a bind mount of its own), may_linkat (Ubuntu
sets fs.protected_hardlinks, a host sysctl containers share: only the owner or root may link a
file it may not read and write, EPERM), then vfs_link's may_create (EACCES) and its EPERM for a
folder.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ echo hello > a.txt
  $ ln a.txt b.txt
  layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link
  [126]
  $ ls b.txt
  ls: cannot access 'b.txt': No such file or directory
  [2]
  $ ln nothere b.txt
  ln: failed to access 'nothere': No such file or directory
  [1]
  $ ln feedback f2
  ln: feedback: hard link not allowed for directory
  [1]
  $ ln a.txt server.js
  ln: failed to create hard link 'server.js': File exists
  [1]
  $ ln a.txt nodir/b.txt
  ln: failed to create hard link 'nodir/b.txt' => 'a.txt': No such file or directory
  [1]
  $ ln -f a.txt a.txt
  ln: 'a.txt' and 'a.txt' are the same file
  [1]
  $ ln a.txt /etc/a.txt
  ln: failed to create hard link '/etc/a.txt' => 'a.txt': Permission denied
  [1]
  $ sudo touch /tmp/rootfile
  $ ln /tmp/rootfile mine
  ln: failed to create hard link 'mine' => '/tmp/rootfile': Operation not permitted
  [1]
  $ sudo ln /tmp/rootfile mine
  layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link
  [126]
  $ docker volume create data
  data
  $ docker run --rm -v data:/data node:14 sh -c 'echo x > /data/f; ln /data/f /f; ln /etc/hostname /h; ln /data/f /data/g'
  ln: failed to create hard link '/f' => '/data/f': Invalid cross-device link
  ln: failed to create hard link '/h' => '/etc/hostname': Invalid cross-device link
  layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link
  [126]
  $ docker run --rm -v data:/data:ro busybox sh -c 'ln /data/f /data/h; ln /data/f /h; ln /bin /b; ln /etc/passwd /etc/group'
  ln: /data/h: Read-only file system
  ln: /h: Invalid cross-device link
  ln: /b: Operation not permitted
  ln: /etc/group: File exists
  [1]
  $ docker run --rm -u 1000 busybox ln /etc/passwd /tmp/p
  ln: /tmp/p: Operation not permitted
  [1]
  $ ln -s a.txt c.txt
  $ cat c.txt
  hello
