bash's ERR trap runs when a command fails where set -e would end the shell (bash 5.2 execute_cmd.c:
a simple command, a pipeline, a ( ) subshell or (( )) whose status is not 0, with
CMD_IGNORE_RETURN on an if's or a loop's test and on each command before && or ||, and none after
!, though the commands inside a `! { }` still run it); $? in it is the failing status, and stays
so after it (trap.c _run_trap_internal); a failure inside the trap does not run it again. A
function does not inherit it (execute_function sets it aside, trap_if_untrapped puts it back
unless the function set its own), nor does a $( ). BusyBox ash runs it the same way, but a !
tests all of its pipeline (ash.c evaltree NNOT: EV_TESTED). The RETURN trap runs as a function
returns when that function set it (execute_function sets the caller's aside too), with the last
command's $?, and after each source (builtins/evalfile.c source_file: run_return_trap); return
ends a sourced file. A compound command whose redirection fails runs it too in bash (execute_cmd.c
do_redirections), not in ash. A bash subshell lists its parent's traps until it sets one (trap.def:
SUBSHELL_RESETTRAP, free_trap_strings), so $(trap) shows them; dash's lists only the ignored ones,
and ash's $(trap) shows its parent's when trap is all it runs (ash.c forkchild). The DEBUG trap is
not simulated: trap refuses to set it.

  $ bash -c 'trap "echo ERR \$?" ERR; false; if false; then :; fi; while false; do :; done; false && true; true && false; false || false; echo mark'
  ERR 1
  ERR 1
  ERR 1
  mark
  $ bash -c 'trap "echo ERR \$?" ERR; ! false; ! { false; true; }; false | true; true | false; (exit 3); (( 0 )); x=$(false); echo "x$(false)y"'
  ERR 1
  ERR 1
  ERR 3
  ERR 1
  ERR 1
  xy
  $ bash -c 'trap "echo ERR \$?" ERR; f() { false; echo in f; return 4; }; f; if f; then :; fi; eval false; echo "status $?"'
  in f
  ERR 4
  in f
  ERR 1
  ERR 1
  status 1
  $ bash -c 'trap "echo ERR \$?; false" ERR; false; echo "after $?"'
  ERR 1
  after 1
  $ bash -c 'g() { trap "echo ERR-g" ERR; false; }; trap "echo ERR-top" ERR; g; false; trap -p ERR'
  ERR-g
  ERR-g
  ERR-g
  trap -- 'echo ERR-g' ERR
  $ bash -c 'trap "echo bye" EXIT; trap "" INT; trap "echo t" TERM; echo "[$(trap)]"; (trap -p TERM); (trap "echo x" HUP; trap)'
  [trap -- 'echo bye' EXIT
  trap -- '' SIGINT
  trap -- 'echo t' SIGTERM]
  trap -- 'echo t' SIGTERM
  trap -- 'echo x' SIGHUP
  trap -- '' SIGINT
  bye
  $ sh -c 'trap "echo bye" EXIT; trap "" INT; echo "[$(trap)]"'
  [trap -- '' INT]
  bye
  $ bash -c 'trap "echo R \$?" RETURN; f() { echo f; return 2; }; f; echo "f $?"; g() { trap "echo R-g \$?" RETURN; false; return 5; }; g; echo "g $?"; f; trap -p RETURN'
  f
  f 2
  R-g 1
  g 5
  f
  trap -- 'echo R-g $?' RETURN
  $ printf 'echo sourced\nreturn 3\necho no\n' > s.sh
  $ bash -c 'trap "echo R \$?" RETURN; . ./s.sh; echo "source $?"'
  sourced
  R 0
  source 3
  $ trap 'echo "ERR $?"' ERR
  $ false
  ERR 1
  [1]
  $ ls nothing-here
  ls: cannot access 'nothing-here': No such file or directory
  ERR 2
  [2]
  $ false || echo ok
  ok
  $ trap
  trap -- 'echo "ERR $?"' ERR
  $ trap - ERR
  $ false
  [1]
  $ trap 'echo step' DEBUG
  layerlab: bash's DEBUG trap is not simulated: trap did not set it
  [1]
  $ trap '' DEBUG
  $ trap -p DEBUG
  trap -- '' DEBUG
  $ trap - DEBUG
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'trap "echo ERR \$?" ERR; ! { false; true; }; true && false; f() { false; return 4; }; f; echo "[$(trap)]"; (trap)'
  ERR 1
  ERR 4
  [trap -- 'echo ERR $?' ERR]
  $ bash -c 'trap "echo ERR \$?" ERR; { echo in; } < /nonexistent; echo "st $?"; if true; then :; fi > /nonexistent/x; for i in 1; do :; done < /nope; { :; } < /nope || echo handled; ! { :; } < /nope; echo end'
  bash: line 1: /nonexistent: No such file or directory
  ERR 1
  st 1
  bash: line 1: /nonexistent/x: No such file or directory
  ERR 1
  bash: line 1: /nope: No such file or directory
  ERR 1
  bash: line 1: /nope: No such file or directory
  handled
  bash: line 1: /nope: No such file or directory
  end
