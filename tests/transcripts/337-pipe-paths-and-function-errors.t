A process substitution's /dev/fd/63 is there while its command runs (app/engine/shellprocsub.py
entry): ls lists it, `ls -lL` shows the pipe (prw-------, the learner's), test's -e and -p find it;
after the command it is closed. It was "No such file or directory" to all but the readers. And an
error inside a function is said where it happened: bash names a function that a -c text defines
"environment" and the line in the function (5.2: line 2, where `echo` is, not line 5 where f is
called), dash (node:14's sh) the function's line. They said the caller's line, and bash "bash:".
Checked against this machine's bash 5.2 and dash (tests/test_pipe_paths_and_function_errors.py).

  $ ls <(true)
  /dev/fd/63
  $ ls -lL <(docker ps -q)
  prw------- 1 learner learner 0 Mar  2 09:00 /dev/fd/63
  $ [ -p <(true) ] && echo a pipe
  a pipe
  $ test -e <(true); echo $?
  0
  $ ls /dev/fd/63
  ls: cannot access '/dev/fd/63': No such file or directory
  [2]
  $ bash -c 'f() { echo ${name?which container}; }; f'
  environment: line 1: name: which container
  [127]
  $ bash -c $'f() {\n  echo $((10 / $1))\n}\n\nf 0'
  environment: line 2: 10 / 0: division by 0 (error token is "0")
  [1]
  $ docker run --rm node:14 sh -c $'f() {\n  echo ${x?unset}\n}\nf'
  sh: 2: x: unset
  [2]
