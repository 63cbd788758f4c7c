Audit, part four: behaviours checked against the sources that layerlab already had right, kept
here so they stay right. The volume filters are the daemon's (volume/service/convert.go:
dangling through filters.Args GetBoolOrDefault, whose invalidFilter prints the values as a Go
slice; prune takes label, label! and all; cli/command/volume/prune.go refuses --all with
--filter all=). docker ps --filter volume= matches a mount's name, its source for a bind, or
its destination (daemon/list.go); ancestor= of an unknown image matches nothing, status= and
exited= values are checked (containertypes.ValidateContainerState, strconv.Atoi). Kill's
signal is read before the container is looked up (daemon/kill.go ContainerKill) and the route
wraps each error with "cannot kill container: NAME"; stop reads its signal only for a running
container (daemon/stop.go). docker rm -f says a missing container at once and does not fail
(cli rm.go); docker cp refuses copying between containers (cp.go runCopy), prints its
"Successfully copied" line even when the daemon then fails (copyToContainer), and go-archive
PrepareArchiveCopy refuses a directory over a file and a missing folder named with a trailing
'/'. cobra's RequiresMaxArgs text really says "SRun" (docker/cli cli/required.go).

  $ docker pull busybox -q
  docker.io/library/busybox:latest
  $ docker volume create --label keep=yes named
  named
  $ docker run -d --name v1 -v named:/data -v /scratch -v /home/learner/feedback-app/pages:/p:ro busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run --name gone -v /anon busybox true
  $ docker volume ls --filter dangling=maybe
  Error response from daemon: invalid filter 'dangling=[maybe]'
  [1]
  $ docker volume ls --filter dangling=1 --filter dangling=false
  Error response from daemon: invalid filter 'dangling=[1 false]'
  [1]
  $ docker volume ls --filter until=1h
  Error response from daemon: invalid filter 'until'
  [1]
  $ docker volume ls --filter label
  invalid argument "label" for "-f, --filter" flag: bad format of filter (expected name=value)
  
  Usage:  docker volume ls [OPTIONS]
  
  Run 'docker volume ls --help' for more information
  [125]
  $ docker volume ls --filter label=keep=yes --format '{{.Name}} {{.Label "keep"}}'
  named yes
  $ docker volume create v1 v2
  docker: 'docker volume create' requires at most 1 argument
  
  Usage:  docker volume create [OPTIONS] [VOLUME]
  
  SRun 'docker volume create --help' for more information
  [1]
  $ docker volume create --name a1 b1
  conflicting options: cannot specify a volume-name through both --name and as a positional arg
  [1]
  $ docker volume prune -a --filter all=1 -f
  conflicting options: cannot specify both --all and --filter all=1
  [1]
  $ docker volume prune --filter dangling=true -f
  Error response from daemon: invalid filter 'dangling'
  [1]
  $ docker volume rm nope named
  Error response from daemon: get nope: no such volume
  Error response from daemon: remove named: volume is in use - \[[0-9a-f]{64}\] (re)
  [1]
  $ docker volume rm -f nope
  nope
  $ docker ps --filter volume=/p --format '{{.Names}}'
  v1
  $ docker ps --filter volume=/home/learner/feedback-app/pages --format '{{.Names}}'
  v1
  $ docker ps --filter volume=named --filter volume=nope --format '{{.Names}}'
  v1
  $ docker ps -a --filter volume=/anon --format '{{.Names}}'
  gone
  $ docker ps -a --filter ancestor=busybox:latest --format '{{.Names}}'
  gone
  v1
  $ docker ps -a --filter ancestor=nope --format '{{.Names}}'
  $ docker ps -a --filter status=bogus
  Error response from daemon: invalid filter 'status=bogus': invalid value for state (bogus): must be one of created, running, paused, restarting, removing, exited, dead
  [1]
  $ docker ps -a --filter exited=abc
  Error response from daemon: invalid filter 'exited=abc': strconv.Atoi: parsing "abc": invalid syntax
  [1]
  $ docker ps -a --filter is-task=maybe
  Error response from daemon: invalid filter 'is-task=[maybe]'
  [1]
  $ docker ps -a --filter publish=80:80
  Error response from daemon: filter for 'publish' should not contain ':': 80:80
  [1]
  $ docker ps -a --filter before=nope
  Error response from daemon: No such container: nope
  [1]
  $ docker ps -n abc
  invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax
  
  Usage:  docker ps [OPTIONS]
  
  Run 'docker ps --help' for more information
  [125]
  $ docker ps -l --format '{{.Names}}'
  gone
  $ docker stop -s FOO v1
  Error response from daemon: cannot stop container: v1: invalid signal: FOO
  [1]
  $ docker kill -s 0 v1
  Error response from daemon: cannot kill container: v1: invalid signal: 0
  [1]
  $ docker kill -s 9999 v1
  Error response from daemon: cannot kill container: v1: the linux daemon does not support signal 9999
  [1]
  $ docker kill -s KILL v1 nope
  v1
  Error response from daemon: cannot kill container: nope: No such container: nope
  [1]
  $ docker kill v1
  Error response from daemon: cannot kill container: v1: container [0-9a-f]{64} is not running (re)
  [1]
  $ docker stop v1
  v1
  $ docker rm -f nope1 gone nope2
  Error response from daemon: No such container: nope1
  gone
  Error response from daemon: No such container: nope2
  $ docker cp Dockerfile v1:/nope/dir/
  no such directory
  [1]
  $ docker cp v1:/etc Dockerfile
  Successfully copied 0B to /home/learner/feedback-app/Dockerfile
  cannot copy directory
  [1]
  $ docker cp Dockerfile nope:/tmp
  Successfully copied 2.05kB to nope:/tmp
  Error response from daemon: No such container: nope
  [1]
  $ docker cp -q v1:/etc/hostname /tmp/h
  $ docker commit v1 img1:v1 extra
  docker: 'docker commit' requires at least 1 and at most 2 arguments
  
  Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]
  
  Run 'docker commit --help' for more information
  [1]
  $ docker images busybox extra
  docker: 'docker images' requires at most 1 argument
  
  Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]
  
  SRun 'docker images --help' for more information
  [1]
  $ docker rmi nope busybox
  Error response from daemon: No such image: nope:latest
  Error response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12} (re)
  [1]
