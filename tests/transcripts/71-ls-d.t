ls -d (issue 17 point 21): GNU ls (coreutils ls.c, immediate_dirs) and BusyBox ls
both list a directory operand itself instead of its contents; with no operand,
".". With -l the row is the directory's own (ls -ld). Operands are sorted
together with files and no "dir:" headers are printed. A missing operand is
reported as usual (GNU exit 2, BusyBox exit 1).

  $ ls -d
  .
  $ ls -d public Dockerfile
  Dockerfile
  public
  $ ls -ld /home/learner
  drwxr-xr-x 3 learner learner 4096 .* /home/learner (re)
  $ ls -ld .
  drwxr-xr-x 6 learner learner 4096 .* \. (re)
  $ ls -d /etc nothere
  ls: cannot access 'nothere': No such file or directory
  /etc
  [2]
  $ docker pull -q busybox
  ...
  $ docker run --rm busybox ls -d /etc /bin
  /bin
  /etc
  $ docker run --rm busybox ls -ld /etc
  drwxr-xr-x +\d+ root +root +\d+ .* /etc (re)
  $ docker run --rm busybox ls -d /nope
  ls: /nope: No such file or directory
  [1]
