Each part of a pipeline runs in a child of the shell (bash execute_cmd.c execute_pipeline, dash
and BusyBox ash alike): what a part sets (a variable, the directory, an array read by read or
mapfile) is gone when the pipeline ends, and `exit` in one ends only that part. bash runs the last
part in the shell itself with shopt lastpipe, only when job control is off: in `bash -c` and
scripts, not at an interactive terminal. A simple command in a pipeline is not counted in
$BASH_SUBSHELL. They used to run in the shell itself: `cd / | true` moved the terminal.

  $ echo feedback | read name; echo "[$name]"
  []
  $ docker ps -aq | mapfile -t ids; echo ${#ids[@]}
  0
  $ cd / | true; pwd
  /home/learner/feedback-app
  $ shopt -s lastpipe; echo again | read name; echo "[$name]"; shopt -u lastpipe
  []
  $ bash -c 'shopt -s lastpipe; echo web | read name; echo "[$name]"; echo db | { read other; }; echo "[$other]"'
  [web]
  [db]
  $ exit 3 | true; echo still here $?
  still here 0
  $ echo $BASH_SUBSHELL | cat; (echo $BASH_SUBSHELL) | cat
  0
  1
  $ sh -c 'echo x | read v; echo "[$v]"'
  []
