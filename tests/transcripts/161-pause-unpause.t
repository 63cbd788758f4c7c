docker pause freezes a container's processes; it still counts as running (moby v28.5.2
container/state.go: Paused and Running together, StateString "paused", String "Up ... (Paused)").
daemon/pause.go refuses a container that is not running, then one already paused (errNotPaused
says "is already paused"); daemon/unpause.go one that is not paused. While paused: exec is refused
with the name as given (daemon/exec.go getActiveContainer), attach by the CLI itself
(cli/command/container/attach.go), start (daemon/start.go, checked before "already running"), rm
without -f (daemon/delete.go); the app answers nothing (its process is frozen), so curl waits until
its -m. stop and kill send their signal and thaw it (daemon/kill.go killWithSignal). The CLI prints
each name done, then the errors (cli/command/container/pause.go, unpause.go).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker pause feedback-app
  feedback-app
  $ docker ps --format '{{.Names}} {{.State}} {{.Status}}'
  feedback-app paused Up [0-9]+ seconds \(Paused\) (re)
  $ docker ps -q --filter status=running | wc -l
  0
  $ docker ps --filter status=paused --format '{{.Names}}'
  feedback-app
  $ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' feedback-app
  paused true true
  $ docker pause feedback-app
  Error response from daemon: Container [0-9a-f]{64} is already paused (re)
  [1]
  $ docker exec feedback-app ls
  Error response from daemon: Container feedback-app is paused, unpause the container before exec
  [1]
  $ docker attach feedback-app
  You cannot attach to a paused container, unpause it first
  [1]
  $ docker start feedback-app
  Error response from daemon: cannot start a paused container, try unpause instead
  Error: failed to start containers: feedback-app
  [1]
  $ docker rm feedback-app
  Error response from daemon: cannot remove container "feedback-app": container is paused and must be unpaused first
  [1]
  $ curl -m 2 localhost:3000
  curl: \(28\) Operation timed out after 200[0-9] milliseconds with 0 bytes received (re)
  [28]
  $ docker unpause feedback-app nothing-here
  feedback-app
  Error response from daemon: No such container: nothing-here
  [1]
  $ curl -s localhost:3000 | grep -c Feedback
  [1-9] (re)
  $ docker unpause feedback-app
  Error response from daemon: Container [0-9a-f]{64} is not paused (re)
  [1]
  $ docker pause feedback-app
  feedback-app
  $ docker stop feedback-app
  feedback-app
  $ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
  feedback-app exited Exited \(137\) [0-9]+ seconds? ago (re)
  $ docker pause feedback-app
  Error response from daemon: container [0-9a-f]{64} is not running (re)
  [1]
