A pattern in a folder the shell may not read matches nothing, so the word stays as written (bash
"Pathname Expansion": a pattern that matches no file name is left unchanged; glob(3) skips a folder
it cannot open). Docker's data area is root's: the learner's shell expands the pattern before sudo
runs anything.

  $ echo /var/lib/docker/x[a]
  /var/lib/docker/x[a]
  $ ls /var/lib/docker/*
  ls: cannot access '/var/lib/docker/*': Permission denied
  [2]
  $ sudo ls -d /var/lib/docker/v*
  ls: cannot access '/var/lib/docker/v*': No such file or directory
  [2]
  $ sudo ls -d /var/lib/docker/volumes
  /var/lib/docker/volumes
