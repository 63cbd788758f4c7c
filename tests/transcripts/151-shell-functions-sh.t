Functions and positional parameters in a container's sh: dash in node:14, BusyBox ash in busybox.
`sh -c 'text' NAME ARG...` gives the text $0 = NAME and $1 ... = the ARGs, and a script run as
`sh FILE ARG...` has $0 = FILE (POSIX sh, "-c"). A function's body may be any command in dash and
ash (src/parser.c simplecmd reads it with command()); a name that is no identifier is "Bad function
name" (dash) or "bad function name" (ash.c). dash and ash have no `function` keyword: `function f {`
is a command named function and the `}` a syntax error. `shift` past $# stops a dash script ("can't
shift that many", src/options.c shiftcmd calls sh_error; status 2); BusyBox ash answers 1 and goes
on. `local` outside a function: "not in a function" (dash src/var.c localcmd, ash.c alike), the
script ends. `return` outside a function ends the script with its status (dash src/eval.c
returncmd: "do what ksh does"). A special builtin (exit, shift, set ...) is found before a
function of the same name (POSIX 2.9.1). A function that calls itself without end stops at
layerlab's limit: dash and ash themselves would overflow their stack.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm node:14 sh -c 'f() { echo "$0: $# [$1] [$2]"; shift; echo "then: $*"; }; f a "b c"' myname
  myname: 2 [a] [b c]
  then: b c
  $ docker run --rm node:14 sh -c 'echo $0 $#; set -- x "y z"; for a in "$@"; do echo "<$a>"; done'
  sh 0
  <x>
  <y z>
  $ docker run --rm node:14 sh -c 'f() echo plain; f'
  plain
  $ docker run --rm node:14 sh -c 'shift 3; echo not reached'
  sh: 1: shift: can't shift that many
  [2]
  $ docker run --rm busybox sh -c 'shift 3; echo status $?'
  status 1
  $ docker run --rm node:14 sh -c 'return 4; echo not reached'
  [4]
  $ docker run --rm node:14 sh -c '1f() { :; }'
  sh: 1: Syntax error: Bad function name
  [2]
  $ docker run --rm busybox sh -c '1f() { :; }'
  sh: syntax error: bad function name
  [2]
  $ docker run --rm node:14 sh -c 'local x; echo not reached'
  sh: 1: local: not in a function
  [2]
  $ docker run --rm busybox sh -c 'x=1; f() { local x=2; echo $x; }; f; echo $x'
  2
  1
  $ docker run --rm node:14 sh -c 'exit() { echo mine; }; exit 3; echo not reached'
  [3]
  $ docker run --rm node:14 sh -c 'function f { echo hi; }'
  sh: 1: Syntax error: "}" unexpected
  [2]
  $ docker run --rm node:14 sh -c 'f() { f; }; f'
  layerlab: this command line calls shell functions more than 50 levels deep, the most the simulated terminal follows; nothing was changed
  [2]
  $ docker run --name keep -d node:14 sleep 1000 > /dev/null
  $ docker exec keep sh -c 'printf "echo \$0 has \$# args: \$@\n" > /tmp/s.sh; sh /tmp/s.sh one two'
  /tmp/s.sh has 2 args: one two
  $ docker exec keep bash -c 'function f { echo "bash in a container: $1"; }; f here'
  bash in a container: here
