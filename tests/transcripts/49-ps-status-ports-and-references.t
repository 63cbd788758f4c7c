docker ps details (reference 5, 1.1, 1.3): STATUS "Exited (137) <dur> ago"
after a stop that needs SIGKILL (busybox sleep as PID 1 ignores SIGTERM),
"Exited (0)" for a normal exit, "Created" when never started; PORTS is
<host ip>:<host port>-><container port>/<proto> for published ports (only
while running) and "<port>/<proto>" for exposed-only ones. start/stop/rm
print each argument as typed, also an ID prefix (the daemon resolves a
unique prefix); docker ps -q shows 12-hex IDs. Filters volume= and
ancestor= select by mount and by image.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker pull busybox
  ...
  $ docker run -d --name web -p 3000:80 feedback-node
  [0-9a-f]{64} (re)
  $ docker run -d --name sl -p 127.0.0.1:9090:90/udp -v logs:/logs busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}|{{.Ports}}'
  sl|127.0.0.1:9090->90/udp
  web|0.0.0.0:3000->80/tcp
  $ docker ps -a --filter volume=logs --format '{{.Names}}'
  sl
  $ docker ps -a --filter ancestor=feedback-node --format '{{.Names}}'
  web
  $ docker stop sl
  sl
  $ docker ps -a --format '{{.Names}}|{{.Status}}|{{.Ports}}'
  sl\|Exited \(137\) (Less than a second|1 second|\d+ seconds) ago\| (re)
  web\|Up (Less than a second|1 second|\d+ seconds)\|0\.0\.0\.0:3000->80/tcp (re)
  $ docker ps -a
  CONTAINER ID   IMAGE           COMMAND                  CREATED +STATUS +PORTS +NAMES (re)
  [0-9a-f]{12}   busybox         "sleep 1000"             .+ ago +Exited \(137\) .+ ago +sl (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   .+ ago +Up .+ +0\.0\.0\.0:3000->80/tcp   web (re)
  $ docker run --name ok busybox true
  $ docker create --name fresh busybox
  [0-9a-f]{64} (re)
  $ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=ok --filter name=fresh
  fresh Created
  ok Exited \(0\) .* ago (re)
  $ docker stop $(docker ps -q)
  [0-9a-f]{12} (re)
  $ docker rm $(docker ps -aq --filter name=web)
  [0-9a-f]{12} (re)
  $ docker inspect -f '{{.Name}}' ok
  /ok
