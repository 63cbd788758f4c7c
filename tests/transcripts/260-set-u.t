set -u (nounset): a parameter that is not set, expanded without an operator that tests it (- = ? +
and their : forms), is refused (bash 5.2 subst.c param_expand and parameter_brace_expand:
err_unboundvar, "NAME: unbound variable", "$1: unbound variable" for a positional one; dash
expand.c varvalue/evalvar: varunset, "NAME: parameter not set", as BusyBox ash's). $@, $*, $#, $?
and $0 are always set. A shell that reads no terminal ends there: bash's -c text with 127
(shell.c run_one_command: FORCE_EOF), its script with 1; dash and ash with 2. At the learner's own
prompt bash drops the line (status 1) and goes on, -u still on until set +u. A script's
`set -eu` is the common case: a variable the script expects from its environment.

  $ bash -c 'set -u; echo "[$nope]"; echo not reached'; echo "status $?"
  bash: line 1: nope: unbound variable
  status 127
  $ bash -c 'set -u; echo "${nope-default} ${nope:-empty} [${nope+set}] $# [$*] [$@]"; : "${nope=assigned}"; echo "$nope"'
  default empty [] 0 [] []
  assigned
  $ bash -c 'set -u; echo "$1"'; echo "status $?"
  bash: line 1: $1: unbound variable
  status 127
  $ bash -c 'set -u; echo "${1}"'; echo "status $?"
  bash: line 1: 1: unbound variable
  status 127
  $ bash -c 'set -u; echo "${#nope}"'; echo "status $?"
  bash: line 1: nope: unbound variable
  status 127
  $ bash -c 'set -u; echo "${nope%x}"'; echo "status $?"
  bash: line 1: nope: unbound variable
  status 127
  $ bash -c 'set -u; echo "$0 $?"' named
  named 0
  $ sh -c 'set -u; echo "$nope"; echo not reached'; echo "status $?"
  sh: 1: nope: parameter not set
  status 2
  $ sh -c 'set -u; echo "$1"'; echo "status $?"
  sh: 1: 1: parameter not set
  status 2
  $ sh -c 'set -u; x=; echo "[$x]"; echo "${nope:-fine}"'
  []
  fine
  $ printf 'set -eu\necho "start"\necho "$TARGET"\necho not reached\n' > uses-target.sh
  $ bash uses-target.sh; echo "status $?"
  start
  uses-target.sh: line 3: TARGET: unbound variable
  status 1
  $ TARGET=/app bash uses-target.sh
  start
  /app
  not reached
  $ sh -u -c 'echo "$nope"'; echo "status $?"
  sh: 1: nope: parameter not set
  status 2
  $ docker run --rm busybox sh -uc 'echo "$nope"; echo not reached'; echo "status $?"
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  sh: nope: parameter not set
  status 2
  $ set -u
  $ echo "$nope"; echo not reached
  bash: nope: unbound variable
  [1]
  $ echo "${nope:-the prompt goes on}"
  the prompt goes on
  $ set +u
  $ echo "[$nope]"
  []
