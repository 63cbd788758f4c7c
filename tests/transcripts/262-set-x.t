set -x (xtrace): before a simple command runs, the shell writes it to its standard error as it
will run, after PS4 (app/engine/shelltrace.py). bash (print_cmd.c xtrace_print_word_list and
xtrace_print_assignment): each assignment on a line of its own, then the words, a word with a
character the shell reads specially in single quotes, an empty one as ''; PS4's first character
once more for each eval and $( ) level (`++ date +%Y`); a for loop's head at each pass with its
words as typed, a case's with its word, (( )) with its variables expanded; `set +x` is itself traced, `set -x` is not. dash writes one
line, assignments then words, quoting nothing (eval.c eprintlist); BusyBox ash quotes as bash does.
PS4 set to nothing leaves the bare words. In a RUN line the trace is the step's output, which the
build's error shows with the step's seconds.

  $ bash -c 'set -x; echo hi; x=1 y="a b"; FOO=bar env | grep -c FOO; echo "$(date +%Y) two words" ""; set +x; echo untraced'
  + echo hi
  hi
  + x=1
  + y='a b'
  + FOO=bar
  + env
  + grep -c FOO
  1
  ++ date +%Y
  + echo '2026 two words' ''
  2026 two words 
  + set +x
  untraced
  $ bash -xc 'for f in a b; do echo "$f"; done; case $HOME in /*) echo abs;; esac; eval "echo evaluated"; : $(echo inner)'
  + for f in a b
  + echo a
  a
  + for f in a b
  + echo b
  b
  + case $HOME in
  + echo abs
  abs
  + eval 'echo evaluated'
  ++ echo evaluated
  evaluated
  ++ echo inner
  + : inner
  $ bash -xc 'n=5; (( n = $n + 1 )); (( n++ )); echo $n'
  + n=5
  + (( n = 5 + 1 ))
  + (( n++ ))
  + echo 7
  7
  $ sh -xc 'x=1 y="a b"; echo "two words" $x'
  + x=1 y=a b
  + echo two words 1
  two words 1
  $ bash -c 'PS4="> "; set -x; echo custom; PS4=; echo none'
  > echo custom
  custom
  > PS4=
  echo none
  none
  $ docker run --rm busybox sh -xc 'echo "two words"'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  + echo 'two words'
  two words
  $ printf 'set -eux\necho start\nfalse\necho not reached\n' > trace.sh
  $ bash trace.sh; echo "status $?"
  + echo start
  start
  + false
  status 1
  $ printf 'FROM node:14\nRUN set -eux; echo hi > /a; false; echo after > /b\n' > Dockerfile.traced
  $ docker build -f Dockerfile.traced . 2>&1 | sed -n '/^------/,/^------/p'
  ------
   > [2/2] RUN set -eux; echo hi > /a; false; echo after > /b:
  0.105 + echo hi
  0.106 + false
  ------
  --------------------
     1 |     FROM node:14
     2 | >>> RUN set -eux; echo hi > /a; false; echo after > /b
     3 |
  --------------------
  $ set -x
  $ echo traced at the prompt
  + echo traced at the prompt
  traced at the prompt
  $ set +x
  + set +x
  $ echo quiet again
  quiet again
