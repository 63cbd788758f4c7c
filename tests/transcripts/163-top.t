docker top lists a running container's processes as the host's ps does (moby v28.5.2
daemon/top_unix.go ContainerTop: "ps -ef" unless other ps options are given, the rows whose PID
is the container's; the CLI's cli/command/container/top.go prints them through a tabwriter with
columns of at least 20). The PIDs are the host's: the first is State.Pid, its parent the shim.
Users are the host's names for the uid (1000 is the learner here). With --init, docker-init is
the first process and the program its child. A stopped container is refused by
container.GetRunningTask ("container <ID> is not running"); ps options are checked first
(validatePSArgs: only pid may be renamed to PID), and ps's own errors come back prefixed "ps: ".

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker top feedback-app
  UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
  root                [0-9]{4}                [0-9]{4}                0                   [0-9]{2}:[0-9]{2}               \?                   00:00:00            node server.js (re)
  $ test "$(docker top feedback-app -o pid | tail -1)" = "$(docker inspect -f '{{.State.Pid}}' feedback-app)" && echo same
  same
  $ docker top feedback-app -o pid,user,args
  PID                 USER                COMMAND
  [0-9]{4}                root                node server.js (re)
  $ docker top feedback-app aux
  USER                PID                 %CPU                %MEM                VSZ                 RSS                 TTY                 STAT                START               TIME                COMMAND
  root                [0-9]{4}                0.0                 0.6                 614988              47588               \?                   Ssl                 [0-9]{2}:[0-9]{2}               0:00                node server.js (re)
  $ docker top feedback-app -e
  PID                 TTY                 TIME                CMD
  [0-9]{4}                \?                   00:00:00            node (re)
  $ docker top feedback-app -o pid,bogus
  Error response from daemon: ps: error: unknown user-defined format specifier "bogus"
  [1]
  $ docker top feedback-app -o user=PID
  Error response from daemon: specifying "user=PID" is not allowed
  [1]
  $ docker top feedback-app -o pid=
  Error response from daemon: Couldn't find PID field in ps output
  [1]
  $ docker pause feedback-app
  feedback-app
  $ docker container top feedback-app -o args
  Error response from daemon: Couldn't find PID field in ps output
  [1]
  $ docker container top feedback-app -o pid,args
  PID                 COMMAND
  [0-9]{4}                node server.js (re)
  $ docker unpause feedback-app
  feedback-app
  $ docker run -d --init -t --name sleeper -u 1000 node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker top sleeper -o user,tty,pid,args
  USER                TT                  PID                 COMMAND
  root                pts/0               [0-9]{4}                /sbin/docker-init -- sleep 100 (re)
  learner             pts/0               [0-9]{4}                sleep 100 (re)
  $ docker stop -t 0 sleeper
  sleeper
  $ docker top sleeper
  Error response from daemon: container [0-9a-f]{64} is not running (re)
  [1]
  $ docker top nothere
  Error response from daemon: No such container: nothere
  [1]
  $ docker top
  docker: 'docker top' requires at least 1 argument
  
  Usage:  docker top CONTAINER [ps OPTIONS]
  
  See 'docker top --help' for more information
  [1]
