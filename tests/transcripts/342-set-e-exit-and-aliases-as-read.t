What runs before a late syntax error is what a shell reading its text runs: `set -e` ends the
shell at a failing command (the EXIT trap runs) and `exit` ends it before the bad line is read;
a function defined on one line runs on the next. bash -c expands aliases only once `shopt -s
expand_aliases` has run, and an alias only from the command after the one that defines it
(parse.y: an alias is expanded as a command is read); dash expands them always. bash's used to be
off for the whole text, and the whole text was parsed before any of it ran.

  $ bash -c $'trap \'echo bye $?\' EXIT\nset -e\necho one\nfalse\necho never\nif then'
  one
  bye 1
  [1]
  $ sh -c $'f() { echo in f; }\nf\nexit 4\nif then'
  in f
  [4]
  $ bash -c $'alias ll=\'ls -d\'\nll /tmp'
  bash: line 2: ll: command not found
  [127]
  $ bash -c $'shopt -s expand_aliases\nalias ll=\'ls -d\'\nll /tmp'
  /tmp
  $ bash -c $'shopt -s expand_aliases; alias ll=\'ls -d\'; ll /tmp\nll /'
  bash: line 1: ll: command not found
  /
  $ sh -c $'alias ll=\'ls -d\'\nll /tmp'
  /tmp
