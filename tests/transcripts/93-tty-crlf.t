A -t container writes through a pseudo-terminal whose line discipline (onlcr) turns each newline
into CR LF; the client copies the bytes as they come (docker/cli v28.5.2
cli/command/container/hijack.go), and json-file keeps them, so `docker logs` gives them back the
same. On a terminal they look like plain lines; through a pipe or into a file each line keeps its
CR, which a byte count or `cat -A` shows here (this format reads output with universal newlines).
Without -t nothing is added.

  $ docker pull busybox
  ...
  $ docker run -t --name tt busybox echo hi | wc -c
  4
  $ docker logs tt | wc -c
  4
  $ docker run -t busybox echo hi > o
  $ wc -c o
  4 o
  $ docker run -t busybox echo hi
  hi
  $ docker run busybox echo hi | wc -c
  3
  $ docker run -t busybox printf 'a\nb' | wc -c
  4
  $ docker run -t busybox sh -c 'echo x; echo y >&2' 2>/dev/null | wc -c
  6
  $ docker run -t busybox printf "a\nb\n" | cat -A
  a^M$
  b^M$
