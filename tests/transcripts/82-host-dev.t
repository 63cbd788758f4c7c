The learner's machine has a /dev too, outside its disk (a Debian-like host's devtmpfs, a few of
its entries): the null device and its kin, the links to the process's own streams, the terminal's
pseudo-terminal (/dev/pts/0), the disk. Only root makes files there.

  $ ls /dev
  console
  core
  fd
  full
  kmsg
  mqueue
  null
  ptmx
  pts
  random
  sda
  sda1
  shm
  stderr
  stdin
  stdout
  tty
  urandom
  zero
  $ ls -l /dev/null /dev/zero /dev/tty /dev/sda1 /dev/stdout
  crw-rw-rw- 1 root root 1, 3 Mar  2 09:00 /dev/null
  brw-rw---- 1 root disk 8, 1 Mar  2 09:00 /dev/sda1
  lrwxrwxrwx 1 root root   15 Mar  2 09:00 /dev/stdout -> /proc/self/fd/1
  crw-rw-rw- 1 root tty  5, 0 Mar  2 09:00 /dev/tty
  crw-rw-rw- 1 root root 1, 5 Mar  2 09:00 /dev/zero
  $ echo hi > /dev/null
  $ cat /dev/null
  $ cat /dev/null | wc -c
  0
  $ echo to the terminal > /dev/tty
  to the terminal
  $ test -c /dev/urandom && echo char device
  char device
  $ ls /dev/pts
  0
  ptmx
  $ touch /dev/mine
  touch: cannot touch '/dev/mine': Permission denied
  [1]
  $ ls / | grep dev
  dev
