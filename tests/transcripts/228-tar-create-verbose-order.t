tar -cv names each member as it writes it (GNU tar 1.35 src/create.c dump_file0 and print_header;
BusyBox 1.37 archival/tar.c writeFileToTarball and writeTarHeader): a folder before what it holds,
depth first, in the order the folder is read (here: by name, as find walks it), a folder's name
ending in '/'; on standard error when the archive goes to standard output; GNU's -cvv says the
line -tv would. What tar says on the way (a file it cannot open, the archive itself met in the
walk) comes where tar meets it, among the names, and the exit status says so at the end. BusyBox
writes a folder's header before it opens the folder.

  $ mkdir -p w/d/a w/d/b && echo 1 > w/d/a/x && echo 2 > w/d/z && echo s > w/d/secret && chmod 000 w/d/secret
  $ cd w && find d
  d
  d/a
  d/a/x
  d/b
  d/secret
  d/z
  $ tar -cvf y.tar d
  d/
  d/a/
  d/a/x
  d/b/
  tar: d/secret: Cannot open: Permission denied
  d/z
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -cvf - d > /dev/null
  d/
  d/a/
  d/a/x
  d/b/
  tar: d/secret: Cannot open: Permission denied
  d/z
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -cvf c.tar d .
  d/
  d/a/
  d/a/x
  d/b/
  tar: d/secret: Cannot open: Permission denied
  d/z
  ./
  tar: ./c.tar: file is the archive; not dumped
  ./d/
  ./d/a/
  ./d/a/x
  ./d/b/
  tar: ./d/secret: Cannot open: Permission denied
  ./d/z
  ./y.tar
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -cvvf - d/a d/z > /dev/null
  drwxr-xr-x learner/learner   0 2026-03-02 09:00 d/a/
  -rw-r--r-- learner/learner   2 2026-03-02 09:00 d/a/x
  -rw-r--r-- learner/learner   2 2026-03-02 09:00 d/z
  $ cd ..
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'mkdir -p /t/d && cd /t && echo 1 > d/x && echo 2 > b && tar -cvf c.tar .'
  ./
  ./b
  tar: ./c.tar: file is the archive; skipping
  ./d/
  ./d/x
