/dev/null, the null device, on the host and in containers: output sent there is dropped, reading it
gives nothing, and a redirection to it always opens (bash, dash and BusyBox ash alike).

  $ ls nothing 2>/dev/null
  [2]
  $ echo hi > /dev/null
  $ echo hi >> /dev/null && echo kept nothing
  kept nothing
  $ cat /dev/null | wc -c
  0
  $ wc -l < /dev/null
  0
  $ docker exec nope ls 2>/dev/null
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c "echo x > /dev/null; cat /dev/null; wc -c < /dev/null"
  0
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 sh -c "ls /nope 2>/dev/null || echo gone"
  gone
