grep reads a symbolic link given as an operand through to its file, and its -r walk names what it
finds as GNU grep 3 does (grep.c, fts): without an operand it searches "." and leaves "./" off the
names; with "." the names keep it. Inside the walk -r leaves symbolic links alone, -R follows them
and warns about a link back up ("recursive directory loop"), a dangling one is an error. One
operand that is a file gets no name, -r or not; standard input is "(standard input)" with -H.
BusyBox's grep (findutils/grep.c) reads standard input when -r has no operand, and its -r reads a
link to a file but not one to a folder.

  $ mkdir notes && cd notes
  $ echo hello > a.txt
  $ mkdir sub && echo hello > sub/b.txt
  $ ln -s a.txt link.txt
  $ ln -s sub linked
  $ grep hello link.txt
  hello
  $ grep -r hello
  a.txt:hello
  sub/b.txt:hello
  $ grep -r hello .
  ./a.txt:hello
  ./sub/b.txt:hello
  $ grep -R hello .
  ./a.txt:hello
  ./link.txt:hello
  ./linked/b.txt:hello
  ./sub/b.txt:hello
  $ grep -r hello sub linked
  sub/b.txt:hello
  linked/b.txt:hello
  $ grep -r hello a.txt
  hello
  $ echo hello | grep -H hello
  (standard input):hello
  $ ln -s . back
  $ grep -R hello . 2>&1 | grep -c warning
  1
  $ grep -R hello . 2>&1 | grep warning
  grep: ./back: warning: recursive directory loop
  $ ln -s nowhere gone.txt
  $ grep -R hello sub gone.txt
  sub/b.txt:hello
  grep: gone.txt: No such file or directory
  [2]
  $ rm back gone.txt
  $ docker run --rm -v "$(pwd):/notes" -w /notes busybox sh -c 'grep -r hello .; echo hello | grep -r hello'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  ./a.txt:hello
  ./link.txt:hello
  ./sub/b.txt:hello
  hello
