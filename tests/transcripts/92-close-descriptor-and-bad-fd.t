`>&-` and `2>&-` close a descriptor (POSIX 2.7.5-2.7.6): what the command writes there fails
with EBADF, so bash's echo says "write error: Bad file descriptor" and returns 1 (dash: "I/O
error"), a GNU program says it as close_stdout does, and errors written to a closed stderr are
lost. Copying a closed descriptor (`>&- 2>&1`) is bash's "1: Bad file descriptor" and the command
does not run. The word after `>&` may come from an expansion: a number duplicates, `-` closes,
anything else is a file for both streams in bash. dash reads that word when the command runs and
takes only one digit or `-`; anything else is "Syntax error: Bad fd number", which ends the
script (dash src/parser.c fixredir, src/redir.c).
Only `>&word` (descriptor 1) means both streams: `2>&word` with a word that is no number is bash's "ambiguous redirect" (redir.c, the word as written; the command does not run) and BusyBox ash's "redir error", which ends the script (ash.c expredir).

  $ echo hi >&-
  bash: echo: write error: Bad file descriptor
  [1]
  $ echo $?
  1
  $ echo hi 1>&- ; echo $?
  bash: echo: write error: Bad file descriptor
  1
  $ ls /nope 2>&-; echo $?
  2
  $ ls >&-; echo $?
  ls: write error: Bad file descriptor
  2
  $ cat package.json >&- 2>&1; echo $?
  bash: 1: Bad file descriptor
  1
  $ f=2; echo to-err >&$f | wc -c
  to-err
  0
  $ g=-; echo gone >&$g
  bash: echo: write error: Bad file descriptor
  [1]
  $ ls -a | grep -c '^-$'
  0
  [1]
  $ h=out; echo both >&$h; cat out
  both
  $ docker pull ubuntu
  ...
  $ docker run --rm ubuntu sh -c 'echo a; echo x >& file; echo after'
  a
  sh: 1: Syntax error: Bad fd number
  [2]
  $ docker run --rm ubuntu sh -c 'echo x >&-; echo $?'
  sh: 1: echo: echo: I/O error
  1
  $ docker run --rm ubuntu sh -c 'f=2; echo x >&$f' 2>/dev/null
  $ docker run --rm ubuntu sh -c 'echo x >& 1'
  x
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c 'echo x >& file; cat file'
  x
  $ docker run --rm busybox sh -c 'echo x >&-; echo $?'
  sh: write error: Bad file descriptor
  1
  $ echo x 2>&- 1>&2 >out2; ls out2
  bash: 2: Bad file descriptor
  ls: cannot access 'out2': No such file or directory
  [2]
  $ echo x 2>& file3; ls file3
  bash: file3: ambiguous redirect
  ls: cannot access 'file3': No such file or directory
  [2]
  $ f=out; echo y 2>&$f; echo $?
  bash: $f: ambiguous redirect
  1
  $ docker run --rm busybox sh -c "echo a; echo q 2>& f; echo after"
  a
  sh: redir error
  [2]
