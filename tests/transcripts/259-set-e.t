set -e (errexit) ends a shell at a command that fails where the ERR trap would run (bash 5.2
execute_cmd.c exit_immediately_on_error; dash eval.c evaltree, EV_TESTED and checkexit): not in an
if's or a loop's test, not before && or ||, not after !, not in a function called as a test; a
{ } group that only passes on such a status goes on. A ( ) subshell's -e stays in it; a bash $( )
runs without it (subst.c command_substitute: inherit_errexit is off), dash's keeps it, and its
failed assignment then ends the shell. Flags come together, an o taking the next word as the
option's name: `set -euo pipefail` (set.def set_builtin, options.c options), and a shell started
with them takes them the same way (shell.c parse_shell_options, dash options.c procargs): dash has
no pipefail ("Illegal option -o pipefail", at line 0 when started with it, status 2), bash says
"invalid option name", and -c without its text is refused by both. dash ends a script at an error
of a special builtin (main.c cmdloop: exitshell when not interactive), so the strict script stops
at its first line there. A RUN line with set -e fails its build at the command that failed. At
the learner's own prompt set -e ends the terminal's shell at the next failure: the next line is
typed in a shell without it (the rest is kept, as after exit).

  $ bash -c 'set -e; false; echo not reached'; echo "status $?"
  status 1
  $ bash -c 'set -e; false || true; if false; then :; fi; while false; do :; done; ! true; false && true; echo reached'
  reached
  $ sh -c 'set -e; f() { false; echo in f; }; if f; then echo tested; fi; f; echo not reached'; echo "status $?"
  in f
  tested
  status 1
  $ sh -c 'set -e; (false; echo not reached); echo not reached'; echo "status $?"
  status 1
  $ sh -c 'set -e; { false && true; }; echo after the group'
  after the group
  $ bash -c 'set -e; trap "echo ERR \$?" ERR; false; echo not reached'; echo "status $?"
  ERR 1
  status 1
  $ bash -c 'set -e; x=$(false; echo inner); echo "x=$x"'
  x=inner
  $ sh -c 'set -e; x=$(false; echo inner); echo "x=$x"'; echo "status $?"
  status 1
  $ sh -c '(set -e); false; echo the subshell kept its -e'
  the subshell kept its -e
  $ printf 'set -euo pipefail\nfalse | true\necho not reached\n' > strict.sh
  $ bash strict.sh; echo "status $?"
  status 1
  $ sh -e strict.sh; echo "status $?"
  strict.sh: 1: set: Illegal option -o pipefail
  status 2
  $ sh -e -c 'false; echo not reached'; echo "status $?"
  status 1
  $ bash -euo pipefail -c 'false | true; echo not reached'; echo "status $?"
  status 1
  $ sh -c -e 'echo the text after the options'
  the text after the options
  $ sh -euo pipefail -c 'echo x'
  sh: 0: Illegal option -o pipefail
  [2]
  $ bash -o nope -c 'echo x'
  bash: nope: invalid option name
  [2]
  $ sh -c
  sh: 0: -c requires an argument
  [2]
  $ bash -c
  bash: -c: option requires an argument
  [2]
  $ printf 'FROM node:14\nRUN set -eux; echo hi > /a; false; echo after > /b\n' > Dockerfile.strict
  $ docker build -q -f Dockerfile.strict . 2>&1 | tail -1
  ERROR: failed to build: failed to solve: process "/bin/sh -c set -eux; echo hi > /a; false; echo after > /b" did not complete successfully: exit code: 1
  $ set -e
  $ false; echo not reached
  [1]
  $ echo the next line is typed in a shell without it
  the next line is typed in a shell without it
  $ echo 'echo "$1 and $#"' | sh -s hello world
  hello and 2
