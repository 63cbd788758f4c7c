Filter errors (issue 17 point 12; moby v28.5.2 api/types/filters parse.go and
errors.go, daemon/list.go, daemon/images/image_list.go, volume/service; docker/cli
opts/opts.go FilterOpt). A boolean filter takes exactly 1/true or 0/false
(GetBoolOrDefault); anything else, or both, is "invalid filter 'key=[values]'",
the values printed as Go prints a []string. A key the command does not accept is
"invalid filter 'key'". ps checks exited= (strconv.Atoi), status= and health=
with their own messages. A filter without "=" is a flag error of the CLI (exit
125); the filter's name is lower-cased and both sides trimmed.

  $ docker images --filter dangling=maybe
  Error response from daemon: invalid filter 'dangling=[maybe]'
  [1]
  $ docker images --filter dangling=TRUE
  Error response from daemon: invalid filter 'dangling=[TRUE]'
  [1]
  $ docker images --filter dangling=true --filter dangling=false
  Error response from daemon: invalid filter 'dangling=[false true]'
  [1]
  $ docker images --filter dangling=true
  REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
  $ docker images --filter dangling=1 --filter dangling=true --format '{{.Repository}}'
  $ docker images --filter dangling=false --format '{{.Repository}}:{{.Tag}}'
  node:14
  $ docker images --filter foo=bar
  Error response from daemon: invalid filter 'foo'
  [1]
  $ docker images --filter 'Reference = no*' --format '{{.Repository}}:{{.Tag}}'
  node:14
  $ docker images --filter reference='*/node' --format '{{.Repository}}'
  $ docker images 'n*:1?' --format '{{.Repository}}:{{.Tag}}'
  node:14
  $ docker images --filter since=nope
  Error response from daemon: No such image: nope:latest
  [1]
  $ docker images --filter dangling
  invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)
  
  Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]
  
  Run 'docker images --help' for more information
  [125]
  $ docker volume create v1
  v1
  $ docker volume ls --filter dangling=maybe
  Error response from daemon: invalid filter 'dangling=[maybe]'
  [1]
  $ docker volume ls --filter dangling=0 --filter dangling=1
  Error response from daemon: invalid filter 'dangling=[0 1]'
  [1]
  $ docker volume ls --filter dangling=1 --format '{{.Name}}'
  v1
  $ docker volume ls --filter name='^v' --format '{{.Name}}'
  v1
  $ docker volume ls --filter size=1
  Error response from daemon: invalid filter 'size'
  [1]
  $ docker volume prune -f --filter all=maybe
  Error response from daemon: invalid filter 'all': strconv.ParseBool: parsing "maybe": invalid syntax
  [1]
  $ docker volume prune -f --filter dangling=true
  Error response from daemon: invalid filter 'dangling'
  [1]
  $ docker ps --filter status=up
  Error response from daemon: invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead
  [1]
  $ docker ps --filter exited=x
  Error response from daemon: invalid filter 'exited=x': strconv.Atoi: parsing "x": invalid syntax
  [1]
  $ docker ps --filter health=ok
  Error response from daemon: invalid filter 'health=ok': invalid value for health (ok): must be one of none, starting, healthy, unhealthy
  [1]
  $ docker ps --filter is-task=maybe
  Error response from daemon: invalid filter 'is-task=[maybe]'
  [1]
  $ docker ps --filter colour=red
  Error response from daemon: invalid filter 'colour'
  [1]
  $ docker ps --filter NAME=web
  CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
  $ docker ps -f status
  invalid argument "status" for "-f, --filter" flag: bad format of filter (expected name=value)
  
  Usage:  docker ps [OPTIONS]
  
  Run 'docker ps --help' for more information
  [125]

ps before= and since= name a container by full ID or name (idOrNameFilter):
the list, newest first, skips everything up to and including the before=
container and stops at the since= one. name= and id= are regular expressions
(Args.Match), tried on the name with and without its leading slash.

  $ docker run -d --name one busybox sleep 99
  ...
  $ docker run --name two busybox true
  $ docker run -d --name three busybox sleep 99
  [0-9a-f]{64} (re)
  $ docker run -d --name four busybox sleep 99
  [0-9a-f]{64} (re)
  $ docker ps -a --filter before=three --format '{{.Names}}'
  two
  one
  $ docker ps --filter before=three --format '{{.Names}}'
  one
  $ docker ps -a --filter since=two --format '{{.Names}}'
  four
  three
  $ docker ps --filter since=nope
  Error response from daemon: No such container: nope
  [1]
  $ docker ps --filter name=^/t --format '{{.Names}}'
  three
  $ docker ps --filter name=o --format '{{.Names}}'
  four
  one

publish= and expose= take <port>[/<proto>] or a range (daemon/list.go portOp);
publish matches a host port, expose a container port; an address is refused.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web -p 3000:80 feedback-node
  [0-9a-f]{64} (re)
  $ docker ps --filter publish=3000 --format '{{.Names}}'
  web
  $ docker ps --filter publish=80 --format '{{.Names}}'
  $ docker ps --filter expose=70-90/tcp --format '{{.Names}}'
  web
  $ docker ps --filter expose=80/udp --format '{{.Names}}'
  $ docker ps --filter publish=0.0.0.0:3000
  Error response from daemon: filter for 'publish' should not contain ':': 0.0.0.0:3000
  [1]
  $ docker ps --filter expose=90-80
  Error response from daemon: error while looking up for expose 90-80: invalid range specified for port: 90-80
  [1]
