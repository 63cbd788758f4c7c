A paused container's processes do nothing until it is unpaused (the cgroup freezer): a loop that
writes a line a second writes none while paused, and after docker unpause it goes on a line a
second from then, without the missed lines arriving at once. A sleep's timer runs in real time,
frozen or not (the kernel's hrtimer): a main process whose sleep ended during the pause returns
when thawed, so the container exits at the unpause.

  $ docker run -d --name ticker busybox sh -c 'while true; do echo tick; sleep 1; done' > /dev/null 2>&1
  $ docker pause ticker
  ticker
  $ docker logs ticker | wc -l > paused-at
  $ sleep 30
  $ echo $(( $(docker logs ticker | wc -l) - $(cat paused-at) )) lines while paused
  0 lines while paused
  $ docker unpause ticker
  ticker
  $ echo $(( $(docker logs ticker | wc -l) - $(cat paused-at) )) lines since the pause
  [0-2] lines since the pause (re)
  $ docker logs ticker | wc -l > unpaused-at
  $ sleep 3
  $ echo $(( $(docker logs ticker | wc -l) - $(cat unpaused-at) )) lines in the next seconds
  [3-5] lines in the next seconds (re)
  $ docker run -d --name napper busybox sleep 5
  [0-9a-f]{64} (re)
  $ docker pause napper
  napper
  $ sleep 30
  $ docker ps --format '{{.Names}} {{.Status}}' --filter name=napper
  napper Up 3[0-9] seconds \(Paused\) (re)
  $ docker unpause napper
  napper
  $ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=napper
  napper Exited \(0\) 1 second ago (re)
