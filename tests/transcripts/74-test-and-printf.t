test, [ and printf, builtins of bash, dash and BusyBox ash, with each shell's own error words
(bash/dash/BusyBox test.c) and exit 2 for a malformed test.

  $ test -f server.js && echo file
  file
  $ [ -d pages ] && echo dir
  dir
  $ [ -d pages && echo x
  bash: [: missing `]'
  [2]
  $ [ 1 -lt abc ]
  bash: [: abc: integer expression expected
  [2]
  $ test "$(whoami)" = learner && echo me
  me
  $ printf '%s=%d\n' a 1 b 2
  a=1
  b=2
  $ printf 'b\na\nb\n' | sort | uniq -c
        1 a
        2 b
  $ docker run --rm node:14 sh -c '[ -f /etc/os-release ] && echo debian'
  debian
  $ docker run --rm node:14 sh -c '[ 1 -lt abc ]'
  sh: 1: [: abc: bad number
  [2]
  $ docker run --rm node:14 sh -c '[ x'
  sh: 1: [: missing ]
  [2]
  $ docker pull -q busybox
  ...
  $ docker run --rm busybox sh -c '[ 1 -lt abc ]'
  sh: invalid number 'abc'
  [2]
  $ docker run --rm busybox sh -c '[ x'
  sh: missing ]
  [2]
  $ docker run --rm busybox sh -c 'test -d /proc && printf "%s\n" proc'
  proc
