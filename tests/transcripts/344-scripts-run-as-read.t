A script, and the commands a shell reads on its input, run as they are read, a command at a
time: with a syntax error on line 7, lines 1-6 have run (a file made, a function defined and
called) and the error names line 7, in each shell's words; the shell ends with 2. A container
whose main process is such a script logs the lines before the error. Checked against this
machine's bash 5.2, dash 0.5.12 and BusyBox ash (tests/test_shell_reading.py).

  $ printf '%s\n' 'echo step 1' 'touch /tmp/from-script' 'greet() { echo hello $1; }' 'greet you' 'while true; do' 'echo inside' 'done done' 'echo never' > /tmp/late.sh
  $ bash /tmp/late.sh
  step 1
  hello you
  /tmp/late.sh: line 7: syntax error near unexpected token `done'
  /tmp/late.sh: line 7: `done done'
  [2]
  $ sh /tmp/late.sh
  step 1
  hello you
  /tmp/late.sh: 7: Syntax error: "done" unexpected
  [2]
  $ ls /tmp/from-script
  /tmp/from-script
  $ sh < /tmp/late.sh
  step 1
  hello you
  sh: 7: Syntax error: "done" unexpected
  [2]
  $ docker pull busybox
  ...
  $ docker run --name late -v /tmp:/work busybox sh /work/late.sh
  step 1
  hello you
  /work/late.sh: line 7: syntax error: unexpected "done"
  [2]
  $ docker logs late
  step 1
  hello you
  /work/late.sh: line 7: syntax error: unexpected "done"
