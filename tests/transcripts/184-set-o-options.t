`set -o NAME` takes the names each shell knows, and answers as each does for one it does not: bash
5 (builtins/set.def: "invalid option name", status 2, the script goes on), dash 0.5.12 on the host
and 0.5.10 in node:14 (src/options.c minus_o: "Illegal option -o NAME", an error of a special
builtin, so a script stops there with status 2; dash has no pipefail before 0.5.13), and BusyBox
ash (shell/ash.c plus_minus_o: "illegal option -o NAME", status 1, the script goes on; it knows
pipefail). pipefail makes a pipeline's status its last failing command's.

  $ set -o bogus
  bash: set: bogus: invalid option name
  [2]
  $ bash -c 'set -o nosuch; echo after $?'
  bash: line 1: set: nosuch: invalid option name
  after 2
  $ sh -c 'set -o pipefail; echo never'
  sh: 1: set: Illegal option -o pipefail
  [2]
  $ sh -c 'set -o errexit +o noglob; echo known'
  known
  $ bash -c 'set -o pipefail; false | true; echo $?'
  1
  $ bash -c 'set -o pipefail; set +o pipefail; false | true; echo $?'
  0
  $ docker run --rm busybox sh -c 'set -o bogus; echo after $?'
  ...
  sh: set: line 1: illegal option -o bogus
  after 1
  $ docker run --rm busybox sh -c 'set -o pipefail; false | true; echo $?'
  1
  $ docker run --rm node:14 sh -c 'set -o pipefail; echo never'
  ...
  sh: 1: set: Illegal option -o pipefail
  [2]
