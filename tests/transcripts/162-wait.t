docker wait prints each container's exit status once it has stopped, in the order given, and the
errors after them (docker/cli v28.5.2 cli/command/container/wait.go; moby daemon/wait.go waits for
"not running"). A container whose main process ends at a known moment within five simulated minutes
is waited for: the clock moves on to it. One that runs on (or longer) keeps the terminal until the
learner presses Ctrl-C (130), as the real command blocks.

  $ docker pull busybox
  ...
  $ docker run -d --name short busybox sh -c 'sleep 5; exit 3'
  [0-9a-f]{64} (re)
  $ docker run -d --name longer busybox sleep 8
  [0-9a-f]{64} (re)
  $ docker wait short longer nothing-here
  3
  0
  Error response from daemon: No such container: nothing-here
  [1]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  longer Exited \(0\) [0-9] seconds? ago (re)
  short Exited \(3\) [0-9] seconds? ago (re)
  $ docker container wait short
  3
  $ docker run -d --name forever busybox sleep 1000000
  [0-9a-f]{64} (re)
  $ docker wait forever
  ^C
  [130]
  $ docker wait
  docker: 'docker wait' requires at least 1 argument
  
  Usage:  docker wait CONTAINER [CONTAINER...]
  
  See 'docker wait --help' for more information
  [1]
