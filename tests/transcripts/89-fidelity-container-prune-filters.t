docker container prune reads its filters (moby v28.5.2 daemon/prune.go ContainersPrune): only
label, label! and until are accepted, until is one value read by api/types/time/timestamp.go
GetTimestamp (a Go duration before now, a date or Unix seconds), and label! removes a container
only when not all of its conditions match (matchLabels). The daemon checks them once the learner
has answered the prompt.
A container's labels are its --label values over the image's (daemon/commit.go merge); ps filters on them and commit keeps them.
docker logs --since/--until are read by the API client the same way, once the container is found (moby v28.5.2 client/container_logs.go: 'invalid value for "since"').

  $ docker pull busybox
  ...
  $ docker run --name old1 --label keep=yes busybox true
  $ docker run --name old2 busybox true
  $ sleep 120
  $ docker run --name new1 busybox true
  $ docker run --name new2 --label keep=no busybox true
  $ docker container prune --filter foo=bar -f
  Error response from daemon: invalid filter 'foo'
  [1]
  $ docker container prune --filter until=x -f
  Error response from daemon: failed to parse value as time or duration: "x"
  [1]
  $ docker container prune --filter until=1h --filter until=2h -f
  Error response from daemon: more than one until filter specified
  [1]
  $ docker container prune --filter until=1m --filter label!=keep -f
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker ps -a --format '{{.Names}}'
  new2
  new1
  old1
  $ docker container prune --filter label=keep=no -f
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker ps -a --format '{{.Names}}'
  new1
  old1
  $ docker container prune --filter label!=keep=yes -f
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker ps -a --format '{{.Names}}'
  old1
  $ docker container prune --filter foo=bar
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] 
  $ y
  Error response from daemon: invalid filter 'foo'
  [1]
  $ docker run -d --name lab --label team=a --label solo busybox sleep 50
  [0-9a-f]{64} (re)
  $ docker ps --filter label=team=a --format '{{.Names}} {{.Labels}}'
  lab solo=,team=a
  $ docker inspect -f '{{json .Config.Labels}}' lab
  {"solo":"","team":"a"}
  $ docker commit lab labelled
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.Labels}}' labelled
  {"solo":"","team":"a"}
  $ docker run --name lg busybox echo hi
  hi
  $ docker logs --since x lg
  invalid value for "since": failed to parse value as time or duration: "x"
  [1]
  $ docker logs --until nope lg
  invalid value for "until": failed to parse value as time or duration: "nope"
  [1]
  $ docker logs --since 10m lg
  hi
  $ docker logs --since x nope
  Error response from daemon: No such container: nope
  [1]
