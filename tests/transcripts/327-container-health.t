A container's health, as moby v28.5.2's daemon keeps it (daemon/health.go): its Config.Healthcheck
is its image's (daemon/commit.go merge); from each start (initHealthMonitor) it is "starting", and
the monitor execs the test in the container an interval after the start and after each probe
(getInterval), exit 0 healthy, failures in a row up to --retries unhealthy (handleProbeResult), the
last five results kept, each status change a health_status event, each probe an exec's events.
docker ps shows it after "Up ..." (container/state.go String, container/health.go String: "health:
starting"); inspect writes State.Health (daemon/inspect.go), nil for a container without one. Its
probes run in simulated time; one whose command layerlab does not simulate (a program it does not
model) decides nothing, so the container stays "starting" (curl to the container's own app is
simulated: transcript 352).
run's --health-* and --no-healthcheck make the container's own (docker/cli v28.5.2 cli/command/
container/opts.go parse: durations read by pflag, its own refusals; moby daemon/container.go
validateHealthCheck), each field left empty its image's.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/health
  $ cd /home/learner/health
  $ printf 'FROM busybox\nHEALTHCHECK --interval=5s --retries=2 CMD test -f /tmp/ok || { echo no ok; exit 1; }\nCMD ["sleep", "1000"]\n' > Dockerfile
  $ docker build -q -t hc . > /dev/null
  $ docker run -d --name web hc
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker ps
  CONTAINER ID   IMAGE     COMMAND        CREATED        STATUS                           PORTS     NAMES
  859802ce54cc   hc        "sleep 1000"   1 second ago   Up 1 second (health: starting)             web
  $ docker inspect --format '{{json .State.Health}}' web
  {"Status":"starting","FailingStreak":0,"Log":[]}
  $ sleep 5
  $ docker ps --format '{{.Status}}'
  Up 9 seconds (health: starting)
  $ sleep 5
  $ docker ps --format '{{.Status}}'
  Up 16 seconds (unhealthy)
  $ docker inspect --format '{{json .State.Health}}' web
  {"Status":"unhealthy","FailingStreak":3,"Log":[{"Start":"2026-03-02T09:00:12.312345678Z","End":"2026-03-02T09:00:12.318765432Z","ExitCode":1,"Output":"no ok\n"},{"Start":"2026-03-02T09:00:17.312345678Z","End":"2026-03-02T09:00:17.318765432Z","ExitCode":1,"Output":"no ok\n"},{"Start":"2026-03-02T09:00:22.312345678Z","End":"2026-03-02T09:00:22.318765432Z","ExitCode":1,"Output":"no ok\n"}]}
  $ docker exec web touch /tmp/ok
  $ sleep 5
  $ docker ps --format '{{.Status}}'
  Up 25 seconds (healthy)
  $ docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' web
  healthy 0 5
  $ docker inspect --format '{{json .Config.Healthcheck}}' web
  {"Test":["CMD-SHELL","test -f /tmp/ok || { echo no ok; exit 1; }"],"Interval":5000000000,"Retries":2}
  $ docker events --since 1h --until 0s --filter container=web --format '{{.Action}}' | grep -v exec_
  create
  start
  health_status: unhealthy
  health_status: healthy
  $ docker stop web
  web
  $ docker inspect --format '{{.State.Health.Status}}' web
  healthy
  $ docker run -d --name quiet busybox sleep 100
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a
  $ docker inspect --format '{{json .State.Health}} {{json .Config.Healthcheck}}' quiet
  null null
  $ docker run -d --name flagged --health-cmd 'test -f /ok' --health-interval 2s --health-retries 1 busybox sleep 100
  a34eaab1d61b0acbc9baadcdda37206c346b85f70643391091afe51ff957e86f
  $ docker inspect --format '{{json .Config.Healthcheck}}' flagged
  {"Test":["CMD-SHELL","test -f /ok"],"Interval":2000000000,"Retries":1}
  $ sleep 2
  $ docker ps --format '{{.Names}} {{.Status}}'
  flagged Up 5 seconds (unhealthy)
  quiet Up 7 seconds
  $ docker run -d --health-interval 5 busybox true
  invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --no-healthcheck --health-retries 2 busybox true
  docker: --no-healthcheck conflicts with --health-* options
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --health-timeout=-1s busybox true
  docker: --health-timeout cannot be negative
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --health-interval 10us busybox true
  docker: Error response from daemon: Interval in Healthcheck cannot be less than 1ms
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name off --no-healthcheck busybox
  32fd047106699a8bb7dede90205c5e847c54afab40d63373ec34dfe184d766d2
  $ docker inspect --format '{{json .Config.Healthcheck}}' off
  {"Test":["NONE"]}
