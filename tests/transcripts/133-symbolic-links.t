ln -s and what reads through a symbolic link. A link holds its target as written (any target,
even a missing one); reading or writing through it follows it, and more than 40 links in one
lookup, as a loop of two has, fails with ELOOP, "Too many levels of symbolic links" (Linux
fs/namei.c MAXSYMLINKS): cat, head and a redirection say so, test -e is false. ls without -L
lists the link itself (GNU ls.c gobble_file falls back to lstat when stat fails with ELOOP), and
ls -l shows where it points. ln's messages are coreutils 9's (src/ln.c: "failed to create symbolic
link 'b': File exists", "target 'z': No such file or directory", "missing file operand", "failed
to access", -f replacing, -v) and BusyBox's (coreutils/ln.c: bb_simple_perror_msg of the link's
name, its usage without operands). A folder last takes the link inside it. Hard links (ln without
-s) are not simulated. ls -L: transcript 152.

  $ ln -s a b
  $ ln -s b a
  $ ls -l a b
  lrwxrwxrwx 1 learner learner 1 Mar  2 09:00 a -> b
  lrwxrwxrwx 1 learner learner 1 Mar  2 09:00 b -> a
  $ ls a
  a
  $ cat a
  cat: a: Too many levels of symbolic links
  [1]
  $ echo hi > a
  bash: a: Too many levels of symbolic links
  [1]
  $ test -e a
  [1]
  $ echo $?
  1
  $ rm a b
  $ echo hello > target.txt
  $ ln -s target.txt link.txt
  $ cat link.txt
  hello
  $ echo more >> link.txt
  $ cat target.txt
  hello
  more
  $ ln -s target.txt link.txt
  ln: failed to create symbolic link 'link.txt': File exists
  [1]
  $ ln -sf server.js link.txt
  $ ls -l link.txt
  lrwxrwxrwx 1 learner learner 9 Mar  2 09:00 link.txt -> server.js
  $ ln -sv /tmp pages
  'pages/tmp' -> '/tmp'
  $ ls -l pages/tmp
  lrwxrwxrwx 1 learner learner 4 Mar  2 09:00 pages/tmp -> /tmp
  $ ln -s x y z
  ln: target 'z': No such file or directory
  [1]
  $ ln
  ln: missing file operand
  Try 'ln --help' for more information.
  [1]
  $ ln -sT a
  ln: missing destination file operand after 'a'
  Try 'ln --help' for more information.
  [1]
  $ ln target.txt hard.txt
  layerlab: ln without -s (a hard link) is not simulated; ln -s makes a symbolic link
  [126]
  $ ln nothing.txt hard.txt
  ln: failed to access 'nothing.txt': No such file or directory
  [1]
  $ ln -s missing dangling
  $ cat dangling
  cat: dangling: No such file or directory
  [1]
  $ ln -s /etc/hostname feedback/
  $ ls feedback
  hostname
  $ docker run --rm busybox sh -c 'ln -s a b; ln -s b a; cat a; ln -s a b; ln; echo $?'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  cat: can't open 'a': Too many levels of symbolic links
  ln: b: File exists
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR
  
  Create a link LINK or DIR/TARGET to the specified TARGET(s)
  
  	-s	Make symlinks instead of hardlinks
  	-f	Remove existing destinations
  	-n	Don't dereference symlinks - treat like normal file
  	-b	Make a backup of the target (if exists) before link operation
  	-S SUF	Use suffix instead of ~ when making backup files
  	-T	Treat LINK as a file, not DIR
  	-v	Verbose
  1
  $ docker run --rm node:14 sh -c 'ln -s a b; ln -s b a; cat a; ln -s a b; head a'
  cat: a: Too many levels of symbolic links
  ln: failed to create symbolic link 'b': File exists
  head: cannot open 'a' for reading: Too many levels of symbolic links
  [1]
