A container whose main process is a shell loop keeps running, as one running `sleep infinity` does,
and its output reaches `docker logs` as it is written: layerlab runs the process ahead when it starts,
notes the simulated second each line is written at (each `sleep N` moves its clock), and each command
line (one second of the world's clock, plus what its own sleeps take) lets the lines whose time has
come into the log. A loop is run ahead for at most 100,000 steps of work or 500 lines still to come;
past that it goes on running with no more output. (A loop that ends at once ends the container; its
log keeps the last 500 lines, layerlab's cap.) `date` reads the simulated clock (UTC), the second the
process has reached. A process that ends by itself after its sleeps writes what it
wrote before them at once (`echo hi; sleep 1000; echo bye` shows hi now, bye after 1000 s) and exits
then. `docker stop` ends a loop as it ends any PID 1 without a SIGTERM handler: 137 after the timeout.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name ticker node:14 sh -c 'while true; do echo tick; sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}: {{.Status}}'
  ticker: Up 1 second
  $ docker logs ticker
  tick
  tick
  tick
  $ sleep 5
  $ docker logs ticker | wc -l
  10
  $ docker run -d --name clock busybox sh -c 'i=0; while :; do i=$((i + 5)); echo "at $i s"; sleep 5; done'
  [0-9a-f]{64} (re)
  $ docker logs clock
  at 5 s
  $ sleep 20
  $ docker logs clock
  at 5 s
  at 10 s
  at 15 s
  at 20 s
  at 25 s
  $ docker run -d --name dates busybox sh -c 'while :; do date; sleep 5; done'
  [0-9a-f]{64} (re)
  $ sleep 10
  $ docker logs dates
  Mon Mar  2 09:00:36 UTC 2026
  Mon Mar  2 09:00:41 UTC 2026
  Mon Mar  2 09:00:46 UTC 2026
  $ docker run -d --name spin busybox sh -c 'while :; do :; done'
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}: {{.Status}}'
  spin: Up 1 second
  dates: Up 14 seconds
  clock: Up 38 seconds
  ticker: Up 48 seconds
  $ docker logs spin
  $ docker run -d --name hello node:14 sh -c 'echo hi; sleep 1000; echo bye'
  [0-9a-f]{64} (re)
  $ docker logs hello
  hi
  $ docker ps --filter name=hello --format '{{.Names}}: {{.Status}}'
  hello: Up 2 seconds
  $ sleep 1000
  $ docker logs hello
  hi
  bye
  $ docker ps -a --filter name=hello --format '{{.Names}}: {{.Status}}'
  hello: Exited (0) 5 seconds ago
  $ docker run -d --name few node:14 sh -c 'for i in 1 2 3; do echo "step $i"; sleep 10; done; exit 4'
  [0-9a-f]{64} (re)
  $ docker logs few
  step 1
  $ sleep 15
  $ docker logs few
  step 1
  step 2
  $ sleep 20
  $ docker ps -a --filter name=few --format '{{.Names}}: {{.Status}}'
  few: Exited (4) 10 seconds ago
  $ docker logs few
  step 1
  step 2
  step 3
  $ docker stop ticker
  ticker
  $ docker ps -a --filter name=ticker --format '{{.Names}}: {{.Status}}'
  ticker: Exited (137) 1 second ago
  $ docker logs ticker | wc -l
  500
  $ docker stop clock spin dates
  clock
  spin
  dates
  $ docker ps -a --filter name=clock --format '{{.Names}}: {{.Status}}'
  clock: Exited \(137\) \d+ seconds? ago (re)
  $ docker run --rm node:14 sh -c 'for i in 1 2 3; do echo $i; sleep 1; done'
  1
  2
  3
  $ docker run -d --name many node:14 sh -c 'for i in $(seq 1000); do echo "line $i"; done'
  [0-9a-f]{64} (re)
  $ docker ps -a --filter name=many --format '{{.Names}}: {{.Status}}'
  many: Exited (0) 1 second ago
  $ docker logs many | head -1
  line 501
  $ docker run --name fg node:14 sh -c 'while true; do echo beat; sleep 2; done'
  beat
