How a shell's own error messages begin depends on the shell and on how it reads its commands.
At the learner's terminal bash says `bash: nope: command not found`. Reading a script or a -c
text, bash names the script (BASH_SOURCE[0]) or else $0 (error.c get_name_for_error) and adds
"line N: " (error_prolog, behind internal_error and report_error: command not found, a
redirection it cannot make, ${x:?}); a builtin's error always has the line (builtins/common.c
builtin_error_prolog), so `bash -c 'cd /nowhere'` says "bash: line 1: cd: ...". A syntax error is
the parser's (error.c parser_error: "-c" is the input's name for a -c text, "eval" for eval's),
followed by the line it read (parse.y report_syntax_error, print_offending_line), and ends a
script (eval.c reader_loop). bash 5.2 (the host's, ubuntu's) counts a -c text's lines from 1
(shell.c run_one_command: SEVAL_RESETLINE); node:14's 5.0 from 0, so its first line is unnamed
("line 0" for a builtin). dash names $0 and the line (src/error.c exvwarning2), then the builtin
running; node:14's dash 0.5.10 also names the script or sh -c's name operand again, which
options.c procargs stopped setting in 0.5.11 ("options: Do not set commandname in procargs"), and
says "Can't open" (127) for a missing script where 0.5.12 says "cannot open ...: No such file".
dash reads eval's text from its own line 1 (src/input.c setinputstring) and names eval while it
runs. BusyBox ash (shell/ash.c ash_vmsg) names $0, then the script, sh -c's name operand or the
builtin when it is not $0, and "line N: " when the shell is not interactive. A function's
commands keep the lines they were written on (dash's errlinno, bash's command lines). A quote
left open reads on into the next lines, and at the end of the script dash says so on the line it
ended on (src/parser.c readtoken1: "Unterminated quoted string"; ash: "unterminated quoted string").

  $ docker pull -q ubuntu
  docker.io/library/ubuntu:latest
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q alpine
  docker.io/library/alpine:latest
  $ printf 'echo one\nnope\ncd /nowhere\necho hi > /nowhere/f\necho ${x:?no x}\necho never\n' > s.sh
  $ bash s.sh
  one
  s.sh: line 2: nope: command not found
  s.sh: line 3: cd: /nowhere: No such file or directory
  s.sh: line 4: /nowhere/f: No such file or directory
  s.sh: line 5: x: no x
  [1]
  $ sh s.sh
  one
  s.sh: 2: nope: not found
  s.sh: 3: cd: can't cd to /nowhere
  s.sh: 4: cannot create /nowhere/f: Directory nonexistent
  s.sh: 5: x: no x
  [2]
  $ chmod +x s.sh
  $ ./s.sh
  one
  ./s.sh: line 2: nope: command not found
  ./s.sh: line 3: cd: /nowhere: No such file or directory
  ./s.sh: line 4: /nowhere/f: No such file or directory
  ./s.sh: line 5: x: no x
  [1]
  $ nope
  bash: nope: command not found
  [127]
  $ bash -c 'nope'
  bash: line 1: nope: command not found
  [127]
  $ bash -c $'true\ncd /nowhere'
  bash: line 2: cd: /nowhere: No such file or directory
  [1]
  $ bash -c 'nope' myname
  myname: line 1: nope: command not found
  [127]
  $ bash -c 'echo )'
  bash: -c: line 1: syntax error near unexpected token `)'
  bash: -c: line 1: `echo )'
  [2]
  $ sh -c 'nope'
  sh: 1: nope: not found
  [127]
  $ sh -c 'nope' myname
  myname: 1: nope: not found
  [127]
  $ printf 'echo before\nif then\necho never\n' > syntax.sh
  $ bash syntax.sh
  before
  syntax.sh: line 2: syntax error near unexpected token `then'
  syntax.sh: line 2: `if then'
  [2]
  $ sh syntax.sh
  before
  syntax.sh: 2: Syntax error: "then" unexpected
  [2]
  $ printf 'greet() {\n  nope\n}\necho x\ngreet\neval "echo )"\necho after $?\n' > f.sh
  $ bash f.sh
  x
  f.sh: line 2: nope: command not found
  f.sh: eval: line 6: syntax error near unexpected token `)'
  f.sh: eval: line 6: `echo )'
  after 2
  $ sh f.sh
  x
  f.sh: 2: nope: not found
  f.sh: 1: eval: Syntax error: ")" unexpected
  [2]
  $ printf '#!/bin/sh\necho a\nnope\n' > t.sh
  $ chmod +x t.sh
  $ ./t.sh
  a
  ./t.sh: 3: nope: not found
  [127]
  $ docker run --rm node:14 bash -c 'nope'
  bash: nope: command not found
  [127]
  $ docker run --rm node:14 bash -c $'cd /nowhere\nnope'
  bash: line 0: cd: /nowhere: No such file or directory
  bash: line 1: nope: command not found
  [127]
  $ docker run --rm node:14 bash -c 'echo )'
  bash: -c: line 0: syntax error near unexpected token `)'
  bash: -c: line 0: `echo )'
  [2]
  $ docker run --rm -v $PWD/s.sh:/s.sh node:14 sh /s.sh
  one
  /s.sh: 2: /s.sh: nope: not found
  /s.sh: 3: cd: can't cd to /nowhere
  /s.sh: 4: /s.sh: cannot create /nowhere/f: Directory nonexistent
  /s.sh: 5: /s.sh: x: no x
  [2]
  $ docker run --rm node:14 sh -c 'nope' myname
  myname: 1: myname: nope: not found
  [127]
  $ docker run --rm node:14 sh /nope.sh
  sh: 0: Can't open /nope.sh
  [127]
  $ docker run --rm ubuntu bash -c 'nope'
  bash: line 1: nope: command not found
  [127]
  $ docker run --rm -v $PWD/s.sh:/s.sh ubuntu sh /s.sh
  one
  /s.sh: 2: nope: not found
  /s.sh: 3: cd: can't cd to /nowhere
  /s.sh: 4: cannot create /nowhere/f: Directory nonexistent
  /s.sh: 5: x: no x
  [2]
  $ docker run --rm busybox sh -c 'nope'
  sh: nope: not found
  [127]
  $ docker run --rm busybox sh -c 'nope' myname
  myname: line 1: nope: not found
  [127]
  $ docker run --rm busybox sh -c 'cd /nowhere'
  sh: cd: line 1: can't cd to /nowhere: No such file or directory
  [1]
  $ docker run --rm -v $PWD/s.sh:/s.sh busybox sh /s.sh
  one
  /s.sh: line 2: nope: not found
  /s.sh: cd: line 3: can't cd to /nowhere: No such file or directory
  /s.sh: line 4: can't create /nowhere/f: nonexistent directory
  /s.sh: line 5: x: no x
  [2]
  $ docker run --rm -v $PWD/syntax.sh:/syntax.sh alpine sh /syntax.sh
  before
  /syntax.sh: line 2: syntax error: unexpected "then"
  [2]
  $ docker run --rm busybox sh -c 'eval nope'
  sh: eval: line 1: nope: not found
  [127]
  $ printf 'echo "two\nlines"\nnope\necho "open\n' > m.sh
  $ sh m.sh
  two
  lines
  m.sh: 3: nope: not found
  m.sh: 5: Syntax error: Unterminated quoted string
  [2]
  $ docker run --rm busybox sh -c "echo 'x"
  sh: syntax error: unterminated quoted string
  [2]
