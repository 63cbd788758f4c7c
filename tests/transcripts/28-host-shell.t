The learner's host shell (DESIGN 2 "host shell"): GNU coreutils messages and
exit codes (ls: 2 for a missing operand; cat/rm/mkdir: 1; mkdir quotes
with ‘ ’ in the host's UTF-8 locale, ls/rm use shell quoting), bash builtins and
redirections, quoting and expansions, and the root-only /var/lib/docker
(drwx--x--- root: learner can neither list nor traverse it without sudo).

  $ ls nothere
  ls: cannot access 'nothere': No such file or directory
  [2]
  $ cat nothere
  cat: nothere: No such file or directory
  [1]
  $ cat pages
  cat: pages: Is a directory
  [1]
  $ echo hi > note.txt
  $ echo there >> note.txt
  $ cat note.txt
  hi
  there
  $ sed -i 's/hi/HI/' note.txt
  $ sed -i 's/e/E/g' note.txt
  $ cat note.txt
  HI
  thErE
  $ echo 'a  b' "c  $PWD" ${PWD} ~
  a  b c  /home/learner/feedback-app /home/learner/feedback-app /home/learner
  $ echo $(pwd)/x
  /home/learner/feedback-app/x
  $ mkdir -p a/b/c
  $ ls a
  b
  $ mkdir a
  mkdir: cannot create directory ‘a’: File exists
  [1]
  $ mkdir x/y
  mkdir: cannot create directory ‘x/y’: No such file or directory
  [1]
  $ rm a
  rm: cannot remove 'a': Is a directory
  [1]
  $ rm -r a
  $ ls a
  ls: cannot access 'a': No such file or directory
  [2]
  $ rm nothere
  rm: cannot remove 'nothere': No such file or directory
  [1]
  $ rm -f nothere
  $ touch new.txt
  $ rm note.txt new.txt
  $ cd pages
  $ pwd
  /home/learner/feedback-app/pages
  $ ls
  exists.html
  feedback.html
  $ cd ..
  $ cd nothere
  bash: cd: nothere: No such file or directory
  [1]
  $ pwd
  /home/learner/feedback-app
  $ echo hi > nodir/x
  bash: nodir/x: No such file or directory
  [1]
  $ frobnicate --now
  bash: frobnicate: command not found
  [127]
  $ docker volume create feedback
  feedback
  $ ls /var/lib/docker
  ls: cannot open directory '/var/lib/docker': Permission denied
  [2]
  $ ls /var/lib/docker/volumes/feedback/_data
  ls: cannot access '/var/lib/docker/volumes/feedback/_data': Permission denied
  [2]
  $ sudo ls /var/lib/docker/volumes
  backingFsBlockDev
  feedback
  metadata.db
  $ sudo ls /var/lib/docker/volumes/feedback
  _data
  $ sudo ls /var/lib/docker/volumes/feedback/_data
  $ cd ~
  $ pwd
  /home/learner
  $ ls
  feedback-app
