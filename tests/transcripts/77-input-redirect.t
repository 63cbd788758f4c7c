Input from a file (`< f`) feeds the command's standard input, in bash, dash and BusyBox ash; a file
that cannot be opened is each shell's own message (bash: redir.c; dash: src/redir.c openredirect
with errmsg(E_OPEN) "No such file"; BusyBox: ash.c sh_open), and the command does not run: status
1, or 2 in dash, whose failed redirections exit 2.

  $ printf "a\nb\n" > f
  $ wc -l < f
  2
  $ cat < f | wc -l
  2
  $ wc -l < nope
  bash: nope: No such file or directory
  [1]
  $ < nope
  bash: nope: No such file or directory
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c "wc -l < /etc/passwd; cat < /nope"
  9
  sh: can't open '/nope': No such file or directory
  [1]
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 sh -c "cat < /nope; echo status \$?"
  sh: 1: cannot open /nope: No such file
  status 2
