export and unset are shell builtins (bash builtins/setattr.def: "`NAME': not a valid identifier",
status 1; dash's "bad variable name" is a special builtin's error, status 2, and ends the script),
and ${NAME-word}, ${NAME:-word}, ${NAME+word}, ${NAME:+word} and ${#NAME} expand as bash's
"Shell Parameter Expansion" says (with ':' an empty value counts as unset).
A pipeline that starts with `!` has its status inverted (POSIX 2.9.2); a `!` further on is a command name.

  $ export A=1 B; echo $A ${A:+set} ${#A}
  1 set 1
  $ export 1A=x
  bash: export: `1A=x': not a valid identifier
  [1]
  $ echo "${HOME:-none}" ${NOPE:-dflt} ${NOPE-d2} ${NOPE:+alt}.
  /home/learner dflt d2 .
  $ E=; echo "[${E:-x}] [${E-x}]"
  [x] []
  $ A=1; unset A; echo "[$A]" ${A:-$HOME}
  [] /home/learner
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c 'export X=2; echo ${X:-no} ${Y:-yes}'
  2 yes
  $ docker pull ubuntu
  ...
  $ docker run --rm ubuntu sh -c 'export 9x=1; echo not reached'
  sh: 1: export: 9x: bad variable name
  [2]
  $ docker run --rm busybox sh -c 'export 9x=1; echo not reached'
  sh: export: line 1: 9x: bad variable name
  [2]
  $ ! true; echo $?
  1
  $ ! ls /nope 2>/dev/null && echo gone
  gone
  $ echo a | ! grep b; echo $?
  bash: !: command not found
  127
