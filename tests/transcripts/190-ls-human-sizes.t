`ls -h` shows sizes in K, M, G: GNU coreutils rounds up, with one decimal below 10 (gnulib human.c,
as ls.c calls it for each size and for the total), BusyBox rounds to the nearest tenth
(libbb/human_readable.c make_human_readable_str) in a column of 7 ("%7s"), and its total line has
no fraction ("total %-7s", trailing spaces and all). It used to be refused as an invalid option.

  $ ls -lh
  total 28K
  -rw-r--r-- 1 learner learner  113 Mar  2 09:00 Dockerfile
  drwxr-xr-x 2 learner learner 4.0K Mar  2 09:00 feedback
  -rw-r--r-- 1 learner learner  269 Mar  2 09:00 package.json
  drwxr-xr-x 2 learner learner 4.0K Mar  2 09:00 pages
  drwxr-xr-x 2 learner learner 4.0K Mar  2 09:00 public
  -rw-r--r-- 1 learner learner 1.2K Mar  2 09:00 server.js
  drwxr-xr-x 2 learner learner 4.0K Mar  2 09:00 temp
  $ ls -h pages
  exists.html
  feedback.html
  $ docker run --rm busybox ls -lh /bin/busybox /etc/passwd
  ...
  -rwxr-xr-x    1 root     root        1.1M Mar  2 09:00 /bin/busybox
  -rw-r--r--    1 root     root         340 Mar  2 09:00 /etc/passwd
  $ docker run --rm busybox ls -lh /etc/network
  total 16K    
  drwxr-xr-x    2 root     root        4.0K Mar  2 09:00 if-down.d
  drwxr-xr-x    2 root     root        4.0K Mar  2 09:00 if-post-down.d
  drwxr-xr-x    2 root     root        4.0K Mar  2 09:00 if-pre-up.d
  drwxr-xr-x    2 root     root        4.0K Mar  2 09:00 if-up.d
  $ docker build -q -t feedback-node . > /dev/null
  $ docker run --rm feedback-node ls -lh /usr/local/bin/node
  -rwxr-xr-x 1 root root 73M Mar  2 09:00 /usr/local/bin/node

-t lists the newest first, -S the largest first, each breaking ties by name (GNU ls.c's
comparators, BusyBox ls.c sortcmp), and -r reverses the whole order, . and .. included. The times
are the world's start but for what `touch` set.

  $ touch pages/exists.html
  $ ls -t pages
  exists.html
  feedback.html
  $ ls -lS pages
  total 8
  -rw-r--r-- 1 learner learner 744 Mar  2 09:00 feedback.html
  -rw-r--r-- 1 learner learner 488 Mar  2 09:00 exists.html
  $ ls -ar pages
  feedback.html
  exists.html
  ..
  .
  $ docker run --rm busybox ls -rS /etc/network /bin/busybox /etc/passwd
  /etc/passwd
  /bin/busybox
  
  /etc/network:
  if-up.d
  if-pre-up.d
  if-post-down.d
  if-down.d
