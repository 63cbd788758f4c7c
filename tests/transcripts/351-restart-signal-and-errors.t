docker restart's --signal (docker/cli v28.5.2 cli/command/container/restart.go) is the signal its
stop sends (moby daemon/stop.go containerStop, as docker stop): SIGKILL ends a process that ignores
SIGTERM at once, without the timeout's wait; a name ParseSignal does not know is refused, but only
for a running container (a stopped one is only started). What goes wrong after the container is
found is wrapped "Cannot restart container NAME: ..." (daemon/restart.go ContainerRestart). The
signal used to be ignored, and a failed start was told without the wrapping.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker create --name unstartable busybox no-such-program
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker restart unstartable
  Error response from daemon: Cannot restart container unstartable: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "no-such-program": executable file not found in $PATH: unknown
  [1]
  $ docker run -d --name sleeper busybox sleep 1000
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a
  $ docker restart -s KILL sleeper
  sleeper
  $ docker inspect -f '{{.State.StartedAt}} {{.State.FinishedAt}}' sleeper
  2026-03-02T09:00:05.123456789Z 2026-03-02T09:00:05.987654321Z
  $ docker restart -s NOPE sleeper
  Error response from daemon: Cannot restart container sleeper: invalid signal: NOPE
  [1]
  $ docker stop -t 0 sleeper
  sleeper
  $ docker restart -s NOPE sleeper
  sleeper
  $ docker restart --signal=SIGKILL sleeper nope
  sleeper
  Error response from daemon: No such container: nope
  [1]
  $ docker events --since 2026-03-02T09:00:00Z --until 0s --filter event=kill --format '{{.Actor.Attributes.name}} {{.Actor.Attributes.signal}}'
  sleeper 9
  sleeper 15
  sleeper 9
  sleeper 9
