Foreground commands (issue 17, point 23), as docker/cli v28.5.2 does them. An attached `docker run`
(no -d) holds the terminal while its process runs. Ctrl-C (`^C`) reaches the CLI, which forwards
SIGINT to the container (run.go ForwardAllSignals, --sig-proxy defaults to true); node as PID 1 has
no handler and ignores it, so the CLI keeps waiting, and on the third it gives up
(cmd/docker/docker.go forceExitAfter3TerminationSignals): exit 1, the container runs on. With
--init, docker-init passes SIGINT to node, which dies of it: 130. With -it the terminal is raw: the
key goes to the container, and the detach keys (`^P^Q`) let go (run: 0, quietly; attach and exec:
"read escape sequence", 1). `docker logs -f` follows until Ctrl-C (exit 130) or the container
stops. While a command holds the terminal, a typed line runs as in a second terminal, and the held
one shows what the container printed meanwhile. A process that ends by itself keeps the terminal
until it does.

  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -p 3000:80 --name feedback-app feedback-node
  $ ^C
  $ ^D
  $ ^C
  $ docker ps --format '{{.Names}} {{.Status}}'
  feedback-app Up 4 seconds
  $ ^C
  got 3 SIGTERM/SIGINTs, forcefully exiting
  [1]
  $ docker ps --format '{{.Names}} {{.Status}}'
  feedback-app Up 6 seconds
  $ docker run --init --name tini -p 3001:80 feedback-node
  $ ^C
  [130]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  tini Exited (130) 1 second ago
  feedback-app Up 9 seconds
  $ docker run -it --name tty -p 3002:80 feedback-node
  $ ^C
  $ ^C
  $ ^C
  $ ^C
  $ ^P^Q
  $ docker ps --format '{{.Names}}'
  tty
  feedback-app
  $ docker logs -f feedback-app
  $ docker stop feedback-app
  feedback-app
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  tty Up 19 seconds
  tini Exited (130) 21 seconds ago
  feedback-app Exited (137) 1 second ago
  $ docker logs -f tty
  $ ^C
  [130]
  $ docker attach tty
  $ ^P^Q
  read escape sequence
  [1]
  $ docker attach feedback-app
  You cannot attach to a stopped container, start it first
  [1]
  $ docker attach nope
  Error response from daemon: No such container: nope
  [1]
  $ docker run busybox sh -c 'sleep 3; echo done'
  ...
  done
  $ docker run --rm busybox sleep 5
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  * Exited (0) 7 seconds ago (glob)
  tty Up 36 seconds
  tini Exited (130) 38 seconds ago
  feedback-app Exited (137) 18 seconds ago
  $ docker run busybox sleep 5
  $ docker ps -a --format '{{.Image}} {{.Status}}'
  busybox Exited (0) 1 second ago
  ...
