A container whose main process is a shell loop that ends each pass with `sleep N` writes to its
files as time passes, one pass each N seconds, not all at once when it starts: a log kept in a
volume grows a line a second while the container runs, and stays as it was once the container is
removed. (A `while` loop re-tests its condition after each pass, POSIX 2.9.4.5; `sleep 1` suspends
the process for a second; the simulated clock moves at least a second per command.)

  $ docker volume create logs
  logs
  $ docker run -d --name logger -v logs:/data node:14 sh -c 'while true; do date >> /data/log; sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker exec logger cat /data/log
  Mon Mar  2 09:00:02 UTC 2026
  Mon Mar  2 09:00:03 UTC 2026
  $ sleep 2
  $ docker exec logger tail -n 2 /data/log
  Mon Mar  2 09:00:06 UTC 2026
  Mon Mar  2 09:00:07 UTC 2026
  $ docker ps --format '{{.Names}} {{.Status}}'
  logger Up 6 seconds
  $ docker rm -f logger
  logger
  $ docker run --rm -v logs:/data node:14 wc -l /data/log
  8 /data/log
  $ sleep 5
  $ docker run --rm -v logs:/data node:14 wc -l /data/log
  8 /data/log

A loop that counts ends when its condition fails, once its passes have slept their seconds.

  $ docker run -d --name few node:14 sh -c 'i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo "pass $i"; sleep 4; done'
  [0-9a-f]{64} (re)
  $ docker logs few
  pass 1
  $ sleep 20
  $ docker logs few
  pass 1
  pass 2
  pass 3
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' few
  exited 0
