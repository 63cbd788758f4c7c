Compound commands in a container's sh: dash in node:14, BusyBox ash in busybox. They run as the
host's bash does; their errors are each shell's own. dash: `sh: 1: Syntax error: "fi" unexpected
(expecting "then")` (src/parser.c synexpect, tokname), its arithmetic errors "arithmetic expression:
... " (src/arith_yacc.c yyerror), status 2 and the rest of the -c string not run; `break 0` is an
Illegal number (src/eval.c breakcmd), a special builtin's error. BusyBox ash: `sh: syntax error:
unexpected "fi" (expecting "then")` (shell/ash.c raise_error_unexpected_syntax), "divide by zero"
(shell/math.c). A script file is read a command at a time, so a compound command spans its lines.
dash has no `(( ))` command: it is a subshell in a subshell.
dash's read needs a name ("arg count", src/miscbltin.c readcmd); ash's and bash's fill REPLY.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm node:14 sh -c 'if [ -d /usr/src ]; then echo dir; else echo none; fi'
  dir
  $ docker run --rm node:14 sh -c 'for i in 1 2 3; do echo $i; done'
  1
  2
  3
  $ docker run --rm node:14 sh -c 'for f in /etc/host*; do echo $f; done | sort -r'
  /etc/hosts
  /etc/hostname
  /etc/host.conf
  $ docker run --rm node:14 sh -c 'i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo "pass $i"; done'
  pass 1
  pass 2
  pass 3
  $ docker run --rm node:14 sh -c 'until false; do echo once; break; done; echo $?'
  once
  0
  $ docker run --rm node:14 sh -c 'case $HOSTNAME in [0-9a-f]*) echo "an id";; *) echo name;; esac'
  an id
  $ docker run --rm node:14 sh -c 'case a in a) echo last item without ;; esac'
  last item without
  $ docker run --rm node:14 sh -c '(cd /tmp && pwd); pwd; { echo grouped; } > /tmp/g; cat /tmp/g'
  /tmp
  /
  grouped
  $ docker run --rm node:14 sh -c 'echo $((6 * 7)) $((17 % 5)) $((1 << 4)) $((5 > 3 && 2 > 1))'
  42 2 16 1
  $ docker run --rm node:14 sh -c 'break; echo still here; for i in 1 2; do continue 3; done; echo done'
  still here
  done
  $ docker run --rm node:14 sh -c 'if true; fi'
  sh: 1: Syntax error: "fi" unexpected (expecting "then")
  [2]
  $ docker run --rm node:14 sh -c 'echo before; done'
  sh: 1: Syntax error: "done" unexpected
  [2]
  $ docker run --rm node:14 sh -c 'for i in 1 2; echo $i; done'
  sh: 1: Syntax error: word unexpected (expecting "do")
  [2]
  $ docker run --rm node:14 sh -c 'if true; then echo open'
  sh: 1: Syntax error: end of file unexpected (expecting "fi")
  [2]
  $ docker run --rm node:14 sh -c '{ echo a'
  sh: 1: Syntax error: end of file unexpected (expecting "}")
  [2]
  $ docker run --rm node:14 sh -c 'for 1 in a; do :; done'
  sh: 1: Syntax error: Bad for loop variable
  [2]
  $ docker run --rm node:14 sh -c 'echo before; echo $((1 / 0)); echo after'
  before
  sh: 1: arithmetic expression: division by zero: "1 / 0"
  [2]
  $ docker run --rm node:14 sh -c 'echo $((1 +))'
  sh: 1: arithmetic expression: expecting primary: "1 +"
  [2]
  $ docker run --rm node:14 sh -c '((1 + 1))'
  sh: 1: 1: not found
  [127]
  $ docker run --rm node:14 sh -c 'for i in 1 2; do break 0; done; echo after'
  sh: 1: break: Illegal number: 0
  [2]
  $ docker run --rm busybox sh -c 'for i in a b c; do echo $i; done'
  a
  b
  c
  $ docker run --rm busybox sh -c 'n=3; while [ $n -gt 0 ]; do echo $n; n=$((n - 1)); done'
  3
  2
  1
  $ docker run --rm busybox sh -c 'case busybox in bus*) echo match;; esac'
  match
  $ docker run --rm busybox sh -c 'for i in $(seq 2 2 6); do echo "even $i"; done'
  even 2
  even 4
  even 6
  $ docker run --rm node:14 sh -c 'printf "1 2\n3 4\n" | while read a b; do echo $((a + b)); done'
  3
  7
  $ docker run --rm node:14 sh -c 'echo x | read'
  sh: 1: read: arg count
  [2]
  $ docker run --rm busybox sh -c 'echo "x y" | { read; echo "[$REPLY]"; }'
  [x y]
  $ docker run --rm busybox sh -c 'if true; fi'
  sh: syntax error: unexpected "fi" (expecting "then")
  [2]
  $ docker run --rm busybox sh -c 'while true; do echo x'
  sh: syntax error: unexpected end of file (expecting "done")
  [2]
  $ docker run --rm busybox sh -c 'for i in 1 2; echo $i; done'
  sh: syntax error: unexpected word (expecting "do")
  [2]
  $ docker run --rm busybox sh -c 'for 1 in a; do :; done'
  sh: syntax error: bad for loop variable
  [2]
  $ docker run --rm busybox sh -c 'echo before; echo $((1 / 0)); echo after'
  before
  sh: divide by zero
  [2]
  $ docker run --rm busybox sh -c 'while :; do break 0; done'
  sh: break: line 1: Illegal number: 0
  [2]
  $ cat > count.sh <<'EOF'
  $ n=0
  $ for f in a b c; do
  $   n=$((n + 1))
  $   echo "$n: $f"
  $ done
  $ if [ $n -eq 3 ]; then
  $   echo three
  $ fi
  $ EOF
  $ docker run --rm -v $PWD/count.sh:/count.sh node:14 sh /count.sh
  1: a
  2: b
  3: c
  three
  $ docker run --rm -v $PWD/count.sh:/count.sh busybox sh /count.sh
  1: a
  2: b
  3: c
  three
