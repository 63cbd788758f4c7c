--rm removes the container and its anonymous volumes when it exits, like
rm -v; named volumes stay (reference 1.1, CLIDOC container_run.md example
`docker run --rm -v /foo -v awesome:/bar busybox top`). A restart does not
trigger the auto-removal (daemon/monitor.go HasBeenManuallyRestarted).

  $ docker pull busybox
  ...
  $ docker run --rm -v /foo -v keepme:/bar busybox sh -c 'echo kept > /bar/f; echo gone > /foo/f'
  $ docker ps -a -q
  $ docker volume ls -q
  keepme
  $ docker run --rm -v keepme:/bar busybox cat /bar/f
  kept
  $ docker run -d --rm --name tt -v keep2:/x -v /y busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  keep2
  keepme
  $ docker stop tt
  tt
  $ docker ps -a -q
  $ docker volume ls -q
  keep2
  keepme
  $ docker run --rm busybox false
  [1]
  $ docker ps -a -q
  $ docker run -d --rm --name r2 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker restart r2
  r2
  $ docker ps --format '{{.Names}} {{.Status}}'
  r2 Up .* (re)
  $ docker rm -f r2
  r2
  $ docker ps -a -q
