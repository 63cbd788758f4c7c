A shell runs its -c text as it reads it: one command at a time (a line, or the lines of a compound
command or here-document it opens), each run before the next is read (bash parse_and_execute,
dash's and BusyBox ash's command loops; app/engine/shell.py run_text). So the lines before a syntax
error have run, their files stay, and the error names its own line and ends the shell with 2. The
whole text used to be parsed first: nothing ran. A backslash before a newline joins the lines
(POSIX 2.2.1), in double quotes too; it was kept as a newline. Checked against this machine's
bash 5.2, dash 0.5.12 and BusyBox ash (tests/test_shell_reading.py).

  $ sh -c $'mkdir -p /tmp/made\necho made it > /tmp/made/note\nif then\necho never'
  sh: 3: Syntax error: "then" unexpected
  [2]
  $ cat /tmp/made/note
  made it
  $ bash -c $'cd /tmp\necho in $PWD\nfor x in a b; do\necho $x\ndone done\necho never'
  in /tmp
  bash: -c: line 5: syntax error near unexpected token `done'
  bash: -c: line 5: `done done'
  [2]
  $ bash -c $'echo start\ncat <<END\nbody\nEND\necho "unclosed'
  start
  body
  bash: -c: line 5: unexpected EOF while looking for matching `"'
  [2]
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c $'echo first\necho second; case x in\n  x) echo X;;\nesac\nfi'
  first
  second
  X
  sh: syntax error: unexpected "fi"
  [2]
  $ sh -c $'echo one \\\n  two\necho "three\\\nfour"'
  one two
  threefour
