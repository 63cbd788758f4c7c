docker stop, restart, kill, rm, volume rm and rmi gather their errors and return them joined
(errors.Join in docker/cli v28.5.2 cli/command/container/{stop,restart,kill,rm}.go,
volume/remove.go, image/remove.go), so the error lines come after the names; rm -f says a
missing container at once and goes on (exit 0), and rmi -f exits 0 when every error is a
not-found. docker kill checks the signal before it looks the container up (moby v28.5.2
daemon/kill.go, vendor/github.com/moby/sys/signal ParseSignal: "invalid signal", and a number no
Linux signal has), and the API wraps each kill error in "cannot kill container: NAME"
(api/server/router/container/container_routes.go). A signal other than KILL reaches PID 1, which
without a handler of its own ignores it; with --init, tini passes it on and exits 128+N. stop -s
is read only for a running container (daemon/stop.go).

  $ docker pull busybox
  ...
  $ docker run -d --name r1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name r2 --init busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop nope r1
  r1
  Error response from daemon: No such container: nope
  [1]
  $ docker rm nope r1 also
  r1
  Error response from daemon: No such container: nope
  Error response from daemon: No such container: also
  [1]
  $ docker rm -f nope2 r1
  Error response from daemon: No such container: nope2
  Error response from daemon: No such container: r1
  $ docker run -d --name r1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker kill nope r1
  r1
  Error response from daemon: cannot kill container: nope: No such container: nope
  [1]
  $ docker run -d --name r3 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker kill -s FOO r3 nope
  Error response from daemon: cannot kill container: r3: invalid signal: FOO
  Error response from daemon: cannot kill container: nope: invalid signal: FOO
  [1]
  $ docker kill -s 0 r3
  Error response from daemon: cannot kill container: r3: invalid signal: 0
  [1]
  $ docker kill -s 99 r3
  Error response from daemon: cannot kill container: r3: the linux daemon does not support signal 99
  [1]
  $ docker kill -s term r3
  r3
  $ docker ps --format '{{.Names}} {{.Status}}'
  r3 Up 5 seconds
  r2 Up 21 seconds
  $ docker kill -s SIGUSR1 r2
  r2
  $ docker ps -a --filter name=r2 --format '{{.Names}} {{.Status}}'
  r2 Exited (138) 1 second ago
  $ docker stop -s FOO r3
  Error response from daemon: cannot stop container: r3: invalid signal: FOO
  [1]
  $ docker stop -s FOO r2
  r2
  $ docker run -d --name r4 --init busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop r4
  r4
  $ docker ps -a --filter name=r4 --format '{{.Names}} {{.Status}}'
  r4 Exited (143) 1 second ago
  $ docker restart nope r3
  r3
  Error response from daemon: No such container: nope
  [1]
  $ docker volume create v1
  v1
  $ docker volume rm nope v1
  v1
  Error response from daemon: get nope: no such volume
  [1]
  $ docker rmi -f nope
  Error response from daemon: No such image: nope:latest
  $ docker rmi nope busybox:latest
  Error response from daemon: No such image: nope:latest
  Error response from daemon: conflict: unable to remove repository reference "busybox:latest" (must force) - container 3a9a8a94e2f7 is using its referenced image 0e1274f9d08a
  [1]
