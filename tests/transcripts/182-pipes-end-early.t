A pipe closes when its reader exits, whatever the reader: the writer's next write past a full pipe
buffer (64 KiB, pipe(7)) gets SIGPIPE and it ends there (141; the pipeline's status is the reader's
unless `set -o pipefail`, bash and BusyBox ash, which gives the last failure). Readers that stop
early (app/engine/tools/early.py, one table beside head's): sed at `q` or `Q` (its script is run
over what the pipe holds so far, never taking a line for `$` while more may come; GNU sed 4.9
execute.c, BusyBox editors/sed.c), grep at -m NUM selected lines (GNU grep 3.11: at once for 0;
"invalid max count", 2) and at the first with -q, -l or -L (BusyBox findutils/grep.c grep_file
returns there too), the shell's read after one line, and a reader that reads nothing: true, echo,
a program not simulated or not found, input redirected from elsewhere. A filter (grep, sed, cut,
tr, rev, cat) whose own output pipe closes dies of SIGPIPE there, and the pipe it reads closes next.
A writer that sleeps once its reader has its lines finds it gone at its next write: when that write
is the shell's own (echo), the shell dies of it and its loop with it; a program (date) would die
alone, and the loop go on.

  $ yes | sed 5q
  y
  y
  y
  y
  y
  $ yes | sed -n '2p;3q'
  y
  $ seq 999999999 | sed -n '/7$/{p;q}'
  7
  $ n=2; yes | sed "${n}Q"; echo "sed: $?"
  y
  sed: 0
  $ seq 999999999 | grep -m1 5
  5
  $ seq 999999999 | grep -m 2 -n 9
  9:9
  19:19
  $ yes | grep -q y && echo found
  found
  $ yes | grep -c -m 3 y
  3
  $ yes | grep -m0 y; echo "grep: $?"
  grep: 1
  $ yes | grep --max-count=x y
  grep: invalid max count
  [2]
  $ yes | true; echo $?
  0
  $ yes | echo hello
  hello
  $ while true; do echo tick; sleep 1; done | head -2
  tick
  tick
  $ { sleep 1; echo late; touch after.txt; } | true; ls after.txt
  ls: cannot access 'after.txt': No such file or directory
  [2]
  $ { yes; touch after.txt; } | head -1; ls after.txt
  y
  after.txt
  $ yes | rev | head -2
  y
  y
  $ yes | tr y n | cut -c1 | head -3
  n
  n
  n
  $ yes | awk 'NR==3{exit}'
  $ yes | awk '{print NR}' | head -3
  1
  2
  3
  $ set -o pipefail
  $ yes | head -1; echo $?
  y
  141
  $ yes | sed 1q; echo $?
  y
  141
  $ seq 3 | sed 1q; echo $?
  1
  0
  $ false | true; echo $?
  1
  $ set +o pipefail
  $ docker run --rm busybox sh -c 'yes | sed 2q; seq 999999999 | grep -m1 77; yes | grep -q y && echo found'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  y
  y
  77
  found

The docker CLI streams a container's output to its own: when its stdout is a pipe whose reader
has gone, its next write fails. `docker exec` and `docker logs` have asked for no signals, so Go's
runtime lets SIGPIPE end the CLI on a write to fd 1 (os/signal; docker/cli v28.5.2 cmd/docker
docker.go only notifies SIGTERM and SIGINT): silent, 141. An attached `docker run` proxies every
signal (cli/command/container/run.go sigProxy, signals.go notifyAllSignals: gosignal.Notify), so
the write returns EPIPE: hijack.go's StdCopy returns it, run.go returns it, the CLI prints it and
exits 1 (after head's lines, as the terminal shows them). The container's `yes` runs on, --rm or
not: nothing waits for it to exit (layerlab keeps its log as it was when the CLI went). A CLI that
holds the terminal (`docker logs -f`) after its reader has gone ends at the next line the container
writes.

  $ docker run -d --name box busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec box seq 999999999 | head -2
  1
  2
  $ set -o pipefail; docker exec box yes | head -1; echo $?
  y
  141
  $ set +o pipefail
  $ docker run --name stream busybox yes | head -3; echo $?
  y
  y
  y
  write /dev/stdout: broken pipe
  0
  $ docker ps --format '{{.Names}} {{.Status}}'
  stream Up 1 second
  box Up 5 seconds
  $ docker logs stream | head -2
  y
  y
  $ docker rm -f stream box
  stream
  box
  $ docker run -d --name tick busybox sh -c 'while true; do echo tick; sleep 1; done'
  [0-9a-f]{64} (re)
  $ sleep 2
  $ docker logs -f tick | head -1
  tick
  $ docker ps --format '{{.Names}}'
  tick
  $ docker rm -f tick
  tick

A restarting container counts as running (moby v28.5.2 container/state.go SetRestarting sets
Running), so `docker wait` on it does not answer with the last code: conditionAlreadyMet is false
and the waiter is woken by the next exit, SetRestarting or SetStopped (notifyAndClear of
stopWaiters); the simulated clock moves on to the restart and that run's end. `docker logs -f`
shows what the process wrote up to its exit and ends there, even when it restarts: every exit
closes the container's logger (container/monitor.go Reset), which the follow reads (daemon/logs.go
getLogger), and the next run writes to a new one.

  $ docker run -d --restart always --name crash busybox sh -c 'echo up; sleep 2; echo down; exit 3'
  [0-9a-f]{64} (re)
  $ docker logs -f crash
  up
  $ sleep 5
  down
  $ docker wait crash
  3
  $ docker run -d --restart on-failure:1 --name twice busybox sh -c 'sleep 3; exit 4'
  [0-9a-f]{64} (re)
  $ docker wait twice
  4
  $ docker ps -a --filter name=twice --format '{{.Names}} {{.Status}}'
  twice Up Less than a second
  $ docker wait twice
  4
  $ docker ps -a --filter name=twice --format '{{.Names}} {{.Status}}'
  twice Exited (4) Less than a second ago
  $ docker wait twice
  4
