Shell functions in the host's bash, and the positional parameters. `name() { ...; }` and bash's
`function name { ...; }` define a function (bash-5.2 parse.y function_def: the body is a compound
command, so `f() echo hi` is a syntax error); calling it runs the body with its arguments as $1 ..
$9, ${10}, $# and $@ ("$@" keeps each one a word, "$*" joins them), and puts them back after.
`local` variables are put back too (bash: a local without a value starts unset). `return N` ends
the function with status N; outside a function bash says "can only `return' from a function or
sourced script" and answers 2 (builtins/return.def, EX_USAGE). `shift` past $# says nothing and
answers 1 (builtins/shift.def: the message needs shopt shift_verbose); a negative count is "shift
count out of range" (common.c sh_erange). `set -- a b c` sets the parameters. The functions a line
defines are kept for the next lines, as in one bash session, and `unset -f` removes one. bash has
no limit on recursion unless FUNCNEST is set (a runaway function ends when its stack overflows,
bash itself with it); layerlab stops at 50 levels of calls, or at the line's work budget.

  $ greet() { echo "hello, $1 ($# arguments)"; }
  $ greet world
  hello, world (1 arguments)
  $ greet "big world" again
  hello, big world (2 arguments)
  $ function each { for a in "$@"; do echo "[$a]"; done; echo "all: $*"; }
  $ each a "b c" d
  [a]
  [b c]
  [d]
  all: a b c d
  $ each
  all: 
  $ count() { local n=$#; shift; echo "$n then $#: $@"; return 7; }
  $ n=outside; count x y z; echo "status $? n=$n"
  3 then 2: y z
  status 7 n=outside
  $ f() { local x; echo "[$x]"; x=inner; }; x=5; f; echo $x
  []
  5
  $ set -- one two three four five six seven eight nine ten eleven
  $ echo $# $1 ${10} $10 ${11}
  11 one ten one0 eleven
  $ echo $0
  bash
  $ shift 2; echo $# $1
  9 three
  $ shift 20; echo $? $#
  1 9
  $ shift -1
  bash: shift: -1: shift count out of range
  [1]
  $ return
  bash: return: can only `return' from a function or sourced script
  [2]
  $ local x=1
  bash: local: can only be used in a function
  [1]
  $ f() echo hi
  bash: syntax error near unexpected token `echo'
  [2]
  $ fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
  $ fact 6
  720
  $ inner() { ( return 3 ); echo "subshell said $?"; return 4; }; inner; echo $?
  subshell said 3
  4
  $ unset -f greet; greet you
  bash: greet: command not found
  [127]
  $ f() { f; }; f; echo never
  layerlab: this command line calls shell functions more than 50 levels deep, the most the simulated terminal follows; nothing was changed
  [2]
  $ f() { [ $1 -gt 0 ] && { f $(($1 - 1)); f $(($1 - 1)); }; }; f 30
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
  $ fact 3
  6
