docker ps --filter health=...: moby v28.5.2 daemon/list.go includeContainerInList matches the
value exactly against the container's health as container/view.go snapshots it: State.Health's
status, "none" for a container without one (never started with a probe, or none set). The status
is kept after a stop (daemon/health.go stopHealthchecks closes the monitor, it does not reset it),
so a stopped container that was healthy still matches health=healthy. Several values are OR'ed.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name plain busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name good --health-cmd 'true' --health-interval 5s busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name bad --health-cmd 'false' --health-interval 5s --health-retries 1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker create --name made --health-cmd 'true' busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker ps -a --filter health=starting --format '{{.Names}}'
  bad
  good
  $ docker ps -a --filter health=none --format '{{.Names}}'
  made
  plain
  $ sleep 5
  $ docker ps --format '{{.Names}}: {{.Status}}'
  bad: Up 10 seconds (unhealthy)
  good: Up 11 seconds (healthy)
  plain: Up 12 seconds
  $ docker ps --filter health=healthy --format '{{.Names}}'
  good
  $ docker ps --filter health=unhealthy --format '{{.Names}}'
  bad
  $ docker ps --filter health=healthy --filter health=unhealthy --format '{{.Names}}'
  bad
  good
  $ docker stop -t 0 good
  good
  $ docker ps -a --filter health=healthy --format '{{.Names}} {{.Status}}'
  good Exited (137) 1 second ago
  $ docker ps --filter health=sick
  Error response from daemon: invalid filter 'health=sick': invalid value for health (sick): must be one of none, starting, healthy, unhealthy
  [1]
