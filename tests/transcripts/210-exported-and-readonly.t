A shell variable is handed to the programs the shell runs only when it is exported (bash 5.2
variables.c att_exported and execute_cmd.c execute_disk_command, which gives a child the exported
variables; dash src/var.c VEXPORT, BusyBox shell/ash.c the same). The terminal starts with its
environment exported; `NAME=v` makes a plain variable, `export NAME[=v]` and `declare -x` export
one, `export -n` and `declare +x` take that back, `unset` drops both (bash builtins/setattr.def,
declare.def, set.def). `NAME=v command` sets NAME for that command only and exports it to it
(subst.c assign_in_env; dash src/eval.c evalcommand). `export -p` lists the exported ones as each
shell reads them back: bash `declare -x NAME="v"` (print_var_value: " ` $ \ escaped), dash and
ash `export NAME='v'` (showvars, single_quote). A shell started with no PATH in its environment
gives itself its default one, not exported (bash config-top.h DEFAULT_PATH_VALUE through variables.c
set_if_not; dash var.c defpathvar; BusyBox ash's bb_PATH_root_path).

  $ FOO=1; env | grep FOO; bash -c 'echo [$FOO]'
  []
  $ echo $FOO
  1
  $ export FOO
  $ env | grep FOO; bash -c 'echo [$FOO]'
  FOO=1
  [1]
  $ X=3 bash -c 'echo [$X]'; echo "[$X]"
  [3]
  []
  $ export -n FOO; printenv FOO
  [1]
  $ declare -x BAR='a"b$c'; sh -c 'echo "$BAR"'; export -p | grep BAR
  a"b$c
  declare -x BAR="a\"b\$c"
  $ declare +x BAR; declare -p BAR FOO nope
  declare -- BAR="a\"b\$c"
  declare -- FOO="1"
  bash: declare: nope: not found
  [1]
  $ set | grep -c BAR
  1
  $ printf 'echo "[$HIDDEN][$SHOWN]"\n' > show.sh; chmod +x show.sh
  $ HIDDEN=1; export SHOWN=2; ./show.sh; sh show.sh
  [][2]
  [][2]
  $ (export HIDDEN; printenv HIDDEN); printenv HIDDEN; echo $(export Z=1; printenv Z); printenv Z
  1
  1
  [1]

The docker CLI reads its own environment, so only what the learner's shell exported: a bare
`-e NAME` takes NAME's value from it and is left out when NAME is not there (docker/cli v28.5.2
opts/env.go ValidateEnv: os.LookupEnv), and so is a bare NAME line of an --env-file (opts/file.go
parseKeyValueFile); a bare `--build-arg NAME` likewise (buildx build/build.go listToMap: os.LookupEnv).

  $ docker pull busybox
  ...
  $ PORT=8000; docker run --rm -e PORT busybox printenv PORT
  [1]
  $ PORT=9000 docker run --rm -e PORT busybox printenv PORT
  9000
  $ export PORT; docker run --rm -e PORT busybox printenv PORT
  8000
  $ printf 'MODE\nLEVEL=2\n' > app.env; MODE=dev; docker run --rm --env-file app.env busybox env | grep -c MODE
  0
  [1]
  $ export MODE; docker run --rm --env-file app.env busybox env | grep MODE
  MODE=dev
  $ printf 'FROM busybox\nARG GREETING=none\nRUN echo "greeting: $GREETING" > /g\n' > Dockerfile.args
  $ GREETING=hi; docker build -q -t g1 --build-arg GREETING -f Dockerfile.args .; docker run --rm g1 cat /g
  sha256:[0-9a-f]{64} (re)
  greeting: none
  $ export GREETING; docker build -q -t g2 --build-arg GREETING -f Dockerfile.args .; docker run --rm g2 cat /g
  sha256:[0-9a-f]{64} (re)
  greeting: hi

A readonly variable keeps its value. bash says "NAME: readonly variable" (variables.c
err_readonly); a bare assignment to one drops the rest of the line, status 1 (subst.c
do_assignment_statements: DISCARD), one before a command is left out and the command runs, and
`unset` refuses it (set.def: "cannot unset: readonly variable"). dash and BusyBox ash say
"NAME: is read only" (setvareq: sh_error, ash_msg_and_raise_error) for any of them and end the
line, status 2; a `sh -c` text ends there.

  $ readonly R=1; R=2; echo not reached
  bash: R: readonly variable
  [1]
  $ R=3 echo runs; echo $R
  bash: R: readonly variable
  runs
  1
  $ unset R; export R=4
  bash: unset: R: cannot unset: readonly variable
  bash: R: readonly variable
  [1]
  $ readonly -p; declare -p R
  declare -r R="1"
  declare -r R="1"
  $ export R; readonly -p
  declare -rx R="1"
  $ (R=5); echo $?
  bash: R: readonly variable
  1
  $ bash -c 'readonly A=1; A=2; echo not reached'
  bash: line 1: A: readonly variable
  [1]
  $ readonly -z
  bash: readonly: -z: invalid option
  readonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p
  [2]
  $ docker run --rm busybox sh -c "readonly A=1; export -n PATH; X=\"it's\"; export X; export -p; A=2; echo no"
  export HOME='/root'
  export HOSTNAME='[0-9a-f]{12}' (re)
  export X='it'"'"'s'
  sh: A: is read only
  [2]
  $ docker run --rm busybox sh -c 'readonly A=1; unset A; echo no'
  sh: unset: line 1: A: is read only
  [2]
  $ docker pull node:14
  ...
  $ docker run --rm node:14 sh -c 'readonly A=1; readonly -p; A=2 true; echo no'
  readonly A='1'
  sh: 1: A: is read only
  [2]
  $ docker run --rm node:14 sh -c 'export -n A'
  sh: 1: export: Illegal option -n
  [2]

A shell the terminal is attached to (`docker exec -it`) keeps its variables' attributes from
line to line too, and `docker exec -e NAME` reads the learner's exported NAME as `run` does.

  $ docker run -d --name box busybox sleep 1000
  [0-9a-f]{64} (re)
  $ EV=5; docker exec -e EV box sh -c 'echo "[$EV]"'; export EV; docker exec -e EV box printenv EV
  []
  5
  $ docker exec -it box sh
  $ export Q=1; R=2
  $ sh -c 'echo "[$Q][$R]"'
  [1][]
  $ readonly R
  $ R=3
  sh: R: is read only
  [2]
  $ exit
  [2]
  $ export -n PATH; bash -c 'echo $PATH'; sh -c 'echo $PATH'; export PATH
  /usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.
  /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  $ env -i bash -c 'ls -d /tmp; env | grep -c PATH'
  /tmp
  0
  [1]
