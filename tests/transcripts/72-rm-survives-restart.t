--rm survives docker restart (issue 17, point 20): daemon/restart.go marks only the stop inside
the restart (HasBeenManuallyRestarted, so that exit does not auto-remove), and containerStart
(daemon/start.go) clears the mark once the process runs. A later docker stop removes the
container, with its anonymous volume.

  $ docker run -d --rm --name temp -v /scratch node:14 sleep 1000
  [0-9a-f]{64} (re)
  $ docker restart temp
  temp
  $ docker ps -a --format '{{.Names}} {{.State}}'
  temp running
  $ docker restart temp
  temp
  $ docker stop temp
  temp
  $ docker ps -a --format '{{.Names}}'
  $ docker volume ls -q

A process that ends by itself after the restart is removed too.

  $ docker run -d --rm --name short node:14 sleep 5
  [0-9a-f]{64} (re)
  $ docker restart -t 0 short
  short
  $ sleep 6
  $ docker ps -a --format '{{.Names}}'
