test -t FD (and [[ -t FD ]]): whether the descriptor is a terminal (isatty). The learner's terminal,
or a container started with -t, is one for a command's input when nothing is redirected into it,
and for its output and errors when they are not captured (a pipe, a $( ), a file); a child shell
has its parent's descriptors. A descriptor that is no number is said as test says it. -t used to
be an operator test did not know.

  $ [ -t 0 ]; echo "input: $?"
  input: 0
  $ [ -t 1 ]; echo "output: $?"
  output: 0
  $ x=$([ -t 1 ]; echo $?); echo "inside \$( ): $x"
  inside $( ): 1
  $ test -t 1 > /dev/null; echo "into a file: $?"
  into a file: 1
  $ bash -c '[ -t 1 ]; echo "a child bash: $?"'
  a child bash: 0
  $ bash -c '[ -t 1 ]; echo "into a pipe: $?"' | cat
  into a pipe: 1
  $ [[ -t 2 ]]; echo "[[ -t 2 ]]: $?"
  [[ -t 2 ]]: 0
  $ [ -t x ]
  bash: [: x: integer expression expected
  [2]
  $ docker run --rm busybox sh -c '[ -t 1 ]; echo "no -t: $?"'
  ...
  no -t: 1
  $ docker run --rm -t busybox sh -c '[ -t 1 ]; echo "with -t: $?"'
  with -t: 0
