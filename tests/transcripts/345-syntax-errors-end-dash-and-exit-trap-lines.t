dash and BusyBox ash, reading no terminal, end at a syntax error anywhere, in an eval's text or
a trap's too (their sh_error goes to exitshell): status 2, nothing after it runs; bash's eval
answers 2 and goes on. An EXIT trap's action counts its lines from 1 in bash and dash, however
long the text or script before it was. dash's eval used to go on, and the trap said the line the
text ended on. Checked against this machine's bash 5.2, dash 0.5.12 and BusyBox ash
(tests/test_shell_reading.py).

  $ sh -c $'eval \'if then\'; echo after $?\necho never'
  sh: 1: eval: Syntax error: "then" unexpected
  [2]
  $ bash -c $'eval \'if then\'; echo after $?\necho next'
  bash: eval: line 1: syntax error near unexpected token `then'
  bash: eval: line 1: `if then'
  after 2
  next
  $ sh -c $'trap \'if then\' EXIT\necho a'
  a
  sh: 1: Syntax error: "then" unexpected
  [2]
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c $'trap \'if then\' EXIT\necho a'
  a
  sh: syntax error: unexpected "then"
  [2]
  $ bash -c $'trap \'nope\' EXIT\necho a\n\necho b'
  a
  b
  bash: line 1: nope: command not found
  $ printf 'trap nope EXIT\n\necho a\n' > /tmp/trapped.sh
  $ sh /tmp/trapped.sh
  a
  /tmp/trapped.sh: 1: nope: not found
