docker cp with '-' moves a tar archive through a pipe (docker/cli v28.5.2
cli/command/container/cp.go). As the destination, copyFromContainer copies the daemon's archive of
the path to standard output as it comes (io.Copy: no terminal check, no progress line); the daemon
writes it as for any cp (moby daemon/archive_unix.go containerArchivePath, go-archive
TarWithOptions: numbers for owners, folders ending in '/'), so what is in a volume mounted there is
in it. On a terminal layerlab shows a note in place of the archive's binary bytes.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web -v feedback:/app/feedback feedback-node
  [0-9a-f]{64} (re)
  $ docker cp web:/app/pages - | tar -tv
  drwxr-xr-x 0/0               0 2026-03-02 09:00 pages/
  -rw-r--r-- 0/0             488 2026-03-02 09:00 pages/exists.html
  -rw-r--r-- 0/0             744 2026-03-02 09:00 pages/feedback.html
  $ docker cp web:/app/pages -
  layerlab: 4096 bytes of a tar archive, binary data that layerlab does not show on a terminal
  $ docker cp web:/app/pages - > pages.tar && ls -l pages.tar
  -rw-r--r-- 1 learner learner 4096 Mar  2 09:00 pages.tar
  $ docker exec web sh -c 'echo hi > /app/feedback/a.txt'
  $ docker cp web:/app/feedback - | tar -t
  feedback/
  feedback/a.txt
  $ docker cp web:/app/package.json - | tar -xO | grep version
    "version": "1.0.0",
  $ docker cp web:/nope -
  Error response from daemon: Could not find the file /nope in container web
  [1]

As the source, copyToContainer sends standard input to the daemon as it is: the destination must
be a folder ("must be a directory", before anything is read), and the CLI counts no progress for a
stream it did not make, so a terminal sees "Successfully copied 0B". The daemon (archive_unix.go
containerExtractToDir) unpacks it with go-archive Untar: the owners in the headers (uid 1000 is
node in node:14), a folder the archive does not hold made root's, 0755; no bytes is an empty
archive; anything else is archive/tar's error (fewer bytes than a header: io.ErrUnexpectedEOF).

  $ tar -cf - public | docker cp - web:/tmp
  Successfully copied 0B to web:/tmp
  $ docker exec web ls -l /tmp/public
  total 4
  -rw-r--r-- 1 node node 516 Mar  2 09:00 styles.css
  $ tar -cf - public | docker cp - web:/tmp > /dev/null
  $ tar -cf - public | docker cp - web:/tmp/styles
  destination "web:/tmp/styles" must be a directory
  [1]
  $ tar -cf - public | docker cp - nope:/tmp
  destination "nope:/tmp" must be a directory
  [1]
  $ echo hello | docker cp - web:/tmp
  Successfully copied 0B to web:/tmp
  Error response from daemon: unexpected EOF
  [1]
  $ seq 1000 | docker cp - web:/tmp
  Successfully copied 0B to web:/tmp
  Error response from daemon: archive/tar: invalid tar header
  [1]
  $ docker cp - web:/tmp
  Successfully copied 0B to web:/tmp
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm -v $(pwd):/w -w / busybox tar -cf - w/pages | docker cp - web:/srv
  Successfully copied 0B to web:/srv
  $ docker exec web ls -ld /srv/w /srv/w/pages
  drwxr-xr-x 3 root root 4096 Mar  2 09:00 /srv/w
  drwxr-xr-x 2 node node 4096 Mar  2 09:00 /srv/w/pages

An archive is held compactly here (app/engine/archive.py), but what reads its bytes counts the
real tar's: ls, stat, du, wc -c (coreutils wc.c: st_size for a file, the bytes read from a pipe),
and a part of it cut with head -c.

  $ tar -cf site.tar pages
  $ ls -l site.tar
  -rw-r--r-- 1 learner learner 10240 Mar  2 09:00 site.tar
  $ wc -c site.tar
  10240 site.tar
  $ cat site.tar | wc -c
  10240
  $ stat -c %s site.tar
  10240
  $ du -k site.tar
  12	site.tar
  $ head -c 1000 site.tar | wc -c
  1000
  $ head -c 1000 site.tar > part.tar && ls -l part.tar
  -rw-r--r-- 1 learner learner 1000 Mar  2 09:00 part.tar
  $ cat site.tar
  layerlab: 10240 bytes of a tar archive, binary data that layerlab does not show on a terminal
  $ docker export web -o web.tar
  $ test "$(wc -c < web.tar)" = "$(stat -c %s web.tar)" && echo same size
  same size

bash's exit with more than a number (bash 5.2 and 5.0 builtins/common.c get_exitstat: no_args
says "too many arguments" and jumps to the top level with DISCARD): the shell does not exit, and
the rest of the line is dropped. At the terminal exit_builtin has said "exit" first and the status
is the last command's when it failed, else 1 (eval.c reader_loop), as in a script, which goes on
with its next line; a -c text's is 1 (builtins/evalstring.c parse_and_execute). A subshell is not
interactive and ends there (execute_cmd.c execute_in_subshell; reader_loop: EOF_Reached). dash
takes the first number and exits.

  $ exit 1 2
  exit
  bash: exit: too many arguments
  [1]
  $ echo $?
  1
  $ ls nope; exit 1 2; echo not reached
  ls: cannot access 'nope': No such file or directory
  exit
  bash: exit: too many arguments
  [2]
  $ true; (exit 1 2); echo the subshell ended: $?
  bash: exit: too many arguments
  the subshell ended: 1
  $ printf 'ls nope\nexit 3 4; echo not reached\necho still here, status $?\n' > s.sh
  $ bash s.sh; echo $?
  ls: cannot access 'nope': No such file or directory
  s.sh: line 2: exit: too many arguments
  still here, status 2
  0
  $ bash -c 'exit 3 4; echo not reached'
  bash: line 1: exit: too many arguments
  [1]
  $ sh -c 'exit 3 4'
  [3]
  $ docker run --rm node:14 bash -c 'exit 3 4'
  bash: line 0: exit: too many arguments
  [1]
