The default docker ps table for the demo app (reference 5, real example in
jjasonek README.txt): COMMAND is the entrypoint+cmd cut to 20 runes with an
ellipsis and quoted, PORTS 0.0.0.0:3000->80/tcp (no IPv6, 9.8).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker ps
  CONTAINER ID   IMAGE           COMMAND                  CREATED +STATUS +PORTS                  NAMES (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   .+ ago +Up .+   0\.0\.0\.0:3000->80/tcp   feedback-app (re)
  $ docker ps --format '{{.Ports}}|{{.Command}}|{{.Image}}'
  0.0.0.0:3000->80/tcp|"docker-entrypoint.s…"|feedback-node
  $ docker create --name idle -p 4000:80 feedback-node
  [0-9a-f]{64} (re)
  $ docker ps -a --format '{{.Names}}|{{.Ports}}|{{.Status}}'
  idle||Created
  feedback-app\|0\.0\.0\.0:3000->80/tcp\|Up .* (re)
  $ docker run -d --name noport feedback-node
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}|{{.Ports}}'
  noport|80/tcp
  feedback-app|0.0.0.0:3000->80/tcp
