ls and symbolic links (GNU coreutils ls.c; BusyBox coreutils/ls.c). A link named on the command
line that leads to a folder is followed: `ls LINK` lists the folder's contents under the name typed
(ls.c: dereference = DEREF_COMMAND_LINE_SYMLINK_TO_DIR when neither -l, -d nor -F is given), while
`ls -l LINK` and `ls -d LINK` show the link itself; `LINK/` names the folder. -L follows every link
(DEREF_ALWAYS): -l then shows what it leads to, without " -> ". A link named with -L that leads
nowhere, or round a loop (more than 40 links: Linux fs/namei.c MAXSYMLINKS), cannot be accessed:
exit 2. Inside a folder listed with -lL such a link is said the same way, its row all question
marks but its type, and ls exits 1 (LS_MINOR_PROBLEM). BusyBox names it as concat_path_file
joins it (./a) and leaves the row out (my_stat, bb_simple_perror_msg).

  $ touch feedback/awesome.txt
  $ ln -s feedback fb
  $ ls fb
  awesome.txt
  $ ls -l fb
  lrwxrwxrwx 1 learner learner 8 Mar  2 09:00 fb -> feedback
  $ ls -d fb
  fb
  $ ls -l fb/
  total 0
  -rw-r--r-- 1 learner learner 0 Mar  2 09:00 awesome.txt
  $ ln -s server.js srv
  $ ls -lL srv fb
  -rw-r--r-- 1 learner learner 1167 Mar  2 09:00 srv
  
  fb:
  total 0
  -rw-r--r-- 1 learner learner 0 Mar  2 09:00 awesome.txt
  $ ln -s a b
  $ ln -s b a
  $ ls -L a
  ls: cannot access 'a': Too many levels of symbolic links
  [2]
  $ ls a
  a
  $ ln -s nowhere dangle
  $ ls -L dangle
  ls: cannot access 'dangle': No such file or directory
  [2]
  $ mkdir links; mv a b dangle links; ln -s ../server.js links/srv
  $ ls -L links
  a
  b
  dangle
  srv
  $ ls -lL links
  ls: cannot access 'links/a': Too many levels of symbolic links
  ls: cannot access 'links/b': Too many levels of symbolic links
  ls: cannot access 'links/dangle': No such file or directory
  total 4
  l????????? ? ?       ?          ?            ? a
  l????????? ? ?       ?          ?            ? b
  l????????? ? ?       ?          ?            ? dangle
  -rw-r--r-- 1 learner learner 1167 Mar  2 09:00 srv
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'cd /tmp; ln -s a b; ln -s b a; ln -s /etc e; ls -L a; ls e | head -2; ls -lL'
  ls: a: Too many levels of symbolic links
  group
  hostname
  ls: ./a: Too many levels of symbolic links
  ls: ./b: Too many levels of symbolic links
  total 4
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 e
  [1]
