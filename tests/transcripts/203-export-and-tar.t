docker export writes a container's files as one tar archive (docker/cli v28.5.2
cli/command/container/export.go: to standard output, which must not be a terminal — "cowardly
refusing to save to a terminal. Use the -o flag or redirect" — or with -o through
github.com/moby/sys/atomicwriter, a file of mode 0600 whose folder must exist). The daemon (moby
v28.5.2 daemon/export.go) mounts the container's read-write layer over its image and walks it with
go-archive TarWithOptions: the names are relative ("app/", "app/server.js"), folders end in '/',
the owners are numbers (no user names in the headers), and the init layer's mount points are there
as it made them (daemon/initlayer/setup_unix.go: empty files of mode 0755, /etc/mtab a link to
/proc/mounts). No mount is in it: a file written into the volume at /app/feedback is not in the
archive, a file written into the container's layer is ("does not export the contents of volumes").
tar lists, extracts and creates archives as GNU tar does on the host (src/list.c: the -tv owner and
size field starts 19 wide; "%Y-%m-%d %H:%M"; its errors exit 2) and BusyBox tar does in busybox
(archival/libarchive/header_verbose_list.c: a 9-wide size and the seconds; its errors exit 1).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web -v feedback:/app/feedback feedback-node
  [0-9a-f]{64} (re)
  $ docker exec web sh -c 'echo kept > /app/feedback/note.txt && echo draft > /app/temp/draft.txt'
  $ docker export web
  cowardly refusing to save to a terminal. Use the -o flag or redirect
  [1]
  $ docker export web -o web.tar
  $ ls -l web.tar
  -rw------- 1 learner learner [0-9]{9} Mar  2 09:00 web.tar (re)
  $ tar -tf web.tar | grep -E '^app/(feedback|temp)'
  app/feedback/
  app/temp/
  app/temp/draft.txt
  $ tar -tf web.tar app/feedback/note.txt
  tar: app/feedback/note.txt: Not found in archive
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -tvf web.tar .dockerenv app/temp etc/hostname etc/mtab bin/sh
  -rwxr-xr-x 0/0               0 2026-03-02 09:00 .dockerenv
  drwxr-xr-x 0/0               0 2026-03-02 09:00 app/temp/
  -rw-r--r-- 0/0               6 2026-03-02 09:00 app/temp/draft.txt
  lrwxrwxrwx 0/0               0 2026-03-02 09:00 bin/sh -> dash
  -rwxr-xr-x 0/0               0 2026-03-02 09:00 etc/hostname
  lrwxrwxrwx 0/0               0 2026-03-02 09:00 etc/mtab -> /proc/mounts
  $ docker export web > copy.tar && test "$(stat -c %s web.tar)" = "$(stat -c %s copy.tar)" && echo same size
  same size
  $ docker export web | tar -t | head -3
  .dockerenv
  app/
  app/Dockerfile
  $ mkdir rootfs && tar -xvf web.tar -C rootfs app/temp && ls -l rootfs/app/temp && cat rootfs/app/temp/draft.txt
  app/temp/
  app/temp/draft.txt
  total 4
  -rw-r--r-- 1 learner learner 6 Mar  2 09:00 draft.txt
  draft
  $ tar -xOf web.tar app/package.json | grep version
    "version": "1.0.0",
  $ sudo tar -xf web.tar -C /tmp etc/shadow && sudo ls -l /tmp/etc/shadow
  -rw-r----- 1 root root 501 Mar  2 09:00 /tmp/etc/shadow

tar -c writes GNU's archive: user and group names in the headers, the size rounded up to the
10240-byte record; with the archive on standard output the names -v lists go to standard error.

  $ tar -cf pages.tar pages && ls -l pages.tar && tar -tvf pages.tar
  -rw-r--r-- 1 learner learner 10240 Mar  2 09:00 pages.tar
  drwxr-xr-x learner/learner   0 2026-03-02 09:00 pages/
  -rw-r--r-- learner/learner 488 2026-03-02 09:00 pages/exists.html
  -rw-r--r-- learner/learner 744 2026-03-02 09:00 pages/feedback.html
  $ tar cvf - public | tar tv
  public/
  public/styles.css
  drwxr-xr-x learner/learner   0 2026-03-02 09:00 public/
  -rw-r--r-- learner/learner 516 2026-03-02 09:00 public/styles.css
  $ tar -t
  tar: Refusing to read archive contents from terminal (missing -f option?)
  tar: Error is not recoverable: exiting now
  [2]
  $ tar -cf empty.tar
  tar: Cowardly refusing to create an empty archive
  Try 'tar --help' or 'tar --usage' for more information.
  [2]
  $ tar -xf Dockerfile
  tar: This does not look like a tar archive
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -tf nope.tar
  tar: nope.tar: Cannot open: No such file or directory
  tar: Error is not recoverable: exiting now
  [2]
  $ tar -tx
  tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option
  Try 'tar --help' or 'tar --usage' for more information.
  [2]
  $ tar -tzf web.tar
  layerlab: tar -z (compressed archives) is not simulated
  [126]

BusyBox's tar reads the same archive in a busybox container, in its own format.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm -v $(pwd):/w busybox tar -tvf /w/web.tar app/server.js bin/sh
  -rw-r--r-- 0/0      1167 2026-03-02 09:00:00 app/server.js
  lrwxrwxrwx 0/0         0 2026-03-02 09:00:00 bin/sh -> dash
  $ docker run --rm -v $(pwd):/w busybox tar -tf /w/nope.tar
  tar: can't open '/w/nope.tar': No such file or directory
  [1]

The CLI's and the daemon's errors.

  $ docker export nope -o x.tar
  Error response from daemon: No such container: nope
  [1]
  $ docker export -o nodir/x.tar web
  failed to export container: invalid output path: stat nodir: no such file or directory
  [1]
  $ docker export -o pages web
  failed to export container: cannot write to a directory
  [1]
  $ ls x.tar
  ls: cannot access 'x.tar': No such file or directory
  [2]
