`yes` never ends: as a container's main process it keeps running, as a shell loop without a sleep
does, and its log holds what layerlab ran of it (the log keeps its last lines, as ever). It used to
run until the command line's whole work budget was spent, so `docker run -d busybox yes` printed
the new container's ID and then said that nothing was changed. PID 1 ignores SIGTERM it has no
handler for, so `docker stop` kills it after its 10 seconds (moby daemon/stop.go), exit 137.

  $ docker run -d --name yes1 busybox yes
  ...
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Status}}'
  yes1 Up 1 second
  $ docker logs yes1 | head -3
  y
  y
  y
  $ docker logs --tail 2 yes1
  y
  y
  $ docker run -d --name yes2 busybox sh -c 'yes hello > /dev/null'
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Status}}'
  yes2 Up 1 second
  yes1 Up 5 seconds
  $ docker stop yes1
  yes1
  $ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=yes1
  yes1 Exited (137) 1 second ago
  $ docker run --rm busybox sh -c 'yes | head -2'
  y
  y
  $ yes | head -1
  y
