Symbolic links among the folders of a path are followed, for reading and for writing, as Linux's
path walk does (fs/namei.c: each link met on the way is read and the walk goes on from its
target; more than 40, MAXSYMLINKS, and the lookup fails with ELOOP, "Too many levels of symbolic
links"). A link that leads nowhere is "No such file or directory". cd follows a link to a folder
and keeps the path as typed: bash's cd and dash's are logical unless -P is given (bash
builtins/cd.def; dash src/cd.c), so pwd shows the link's name. The messages are each tool's own
(cat, mkdir, mv, cp, rm: GNU coreutils; the redirection: bash redir.c, BusyBox ash.c "can't
create"; cd: bash's "cd: NAME: ERROR", BusyBox's "can't cd to NAME: ERROR", dash's "can't cd to
NAME").

  $ echo great > feedback/awesome.txt
  $ ln -s feedback fb
  $ cat fb/awesome.txt
  great
  $ echo more > fb/more.txt
  $ cat feedback/more.txt
  more
  $ mkdir fb/sub
  $ mv fb/more.txt fb/sub/
  $ cp fb/awesome.txt fb/sub/copy.txt
  $ ls feedback feedback/sub
  feedback:
  awesome.txt
  sub
  
  feedback/sub:
  copy.txt
  more.txt
  $ rm -r fb/sub
  $ ls feedback
  awesome.txt
  $ cd fb
  $ pwd
  /home/learner/feedback-app/fb
  $ ls
  awesome.txt
  $ cd ..
  $ ln -s fb fb2
  $ cat fb2/awesome.txt
  great
  $ ln -s loop2 loop1
  $ ln -s loop1 loop2
  $ cat loop1/x
  cat: loop1/x: Too many levels of symbolic links
  [1]
  $ echo x > loop1/y
  bash: loop1/y: Too many levels of symbolic links
  [1]
  $ mkdir loop1/z
  mkdir: cannot create directory ‘loop1/z’: Too many levels of symbolic links
  [1]
  $ cd loop1
  bash: cd: loop1: Too many levels of symbolic links
  [1]
  $ ln -s /nowhere gone
  $ echo x > gone/f
  bash: gone/f: No such file or directory
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm node:14 sh -c 'cd /tmp; mkdir real; ln -s real r; echo in > r/f; cat real/f; cd r; pwd; ls'
  in
  /tmp/r
  f
  $ docker run --rm node:14 sh -c 'cd /tmp; ln -s l2 l1; ln -s l1 l2; cat l1/x; cd l1'
  cat: l1/x: Too many levels of symbolic links
  sh: 1: cd: can't cd to l1
  [2]
  $ docker run --rm busybox sh -c 'cd /tmp; ln -s l2 l1; ln -s l1 l2; cd l1; echo x > l1/f'
  sh: cd: line 1: can't cd to l1: Too many levels of symbolic links
  sh: can't create l1/f: Too many levels of symbolic links
  [1]
