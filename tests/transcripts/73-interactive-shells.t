Interactive shells (issue 17, point 22). `-it` with a shell and nothing for it to run: the terminal
becomes that shell, with its real prompt (BusyBox ash: PS1='\w \$ ' -> `/ # `; dash: `# `; bash in
Debian and Ubuntu: `root@<short id>:<cwd>#`), and each line runs inside the container until `exit`
(with its status) or Ctrl-D (end of input: $?). A line typed inside is echoed like any other; dash
names the line it read in its messages. With
`run -it` the shell is PID 1: leaving it stops the container (and --rm removes it). Without -i the
shell reads no input and ends at once; with -t alone it prompts and waits on a terminal nobody
types into, until Ctrl-C ends the CLI (its stream ends with the context: exit 0).

  $ docker run -it --name bx busybox sh
  Unable to find image 'busybox:latest' locally
  ...
  $ touch /x
  $ cd /tmp
  $ echo hi > f
  $ cat f
  hi
  $ nope
  sh: nope: not found
  [127]
  $ exit 3
  [3]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  bx Exited (3) 1 second ago
  $ docker diff bx
  C /tmp
  A /tmp/f
  A /x
  $ docker run -it --rm ubuntu
  Unable to find image 'ubuntu:latest' locally
  ...
  $ cd
  $ pwd
  /root
  $ ^C
  [130]
  $ ^D
  exit
  [130]
  $ docker ps -a --format '{{.Names}}'
  bx
  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker exec -it feedback-app bash
  $ ls feedback
  $ touch feedback/a.txt
  $ exit
  exit
  $ docker exec -it feedback-app sh
  $ ls feedback
  a.txt
  $ nope
  sh: 2: nope: not found
  [127]
  $ cd /nowhere
  sh: 3: cd: can't cd to /nowhere
  [2]
  $ exit 0
  $ docker ps --format '{{.Names}} {{.Status}}'
  feedback-app Up 10 seconds
  $ docker exec feedback-app sh
  $ docker exec -t feedback-app sh
  # 
  $ ^C
  $ docker run busybox sh
  $ docker run -dit --name bb busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.Tty}} {{.Config.OpenStdin}} {{.State.Status}}' bb
  true true running
  $ docker attach bb
  $ cd /tmp
  $ ^P^Q
  read escape sequence
  [1]
  $ docker attach bb
  $ pwd
  /tmp
  $ exit
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  bb Exited (0) 1 second ago
  ...

`docker start -ai` attaches to a new shell (a new process: back in its working directory), `-a`
alone shows its prompt and holds the terminal until Ctrl-C, which ends the CLI quietly (start.go
streams with the CLI's context) and leaves the container running; -a and -i take one container.

  $ docker run -it --name sx busybox sh
  $ cd /tmp
  $ exit 2
  [2]
  $ docker start -ai sx
  $ pwd
  /
  $ exit 5
  [5]
  $ docker start -a sx
  / # 
  $ ^C
  $ docker ps --format '{{.Names}} {{.Status}}'
  sx Up 2 seconds
  ...
  $ docker start -a sx bx
  you cannot start and attach multiple containers at once
  [1]

`node` alone with -it is Node's REPL: its banner and `> ` prompt; the first Ctrl-C says how to
leave, a second leaves, as do Ctrl-D, `.exit` and `process.exit(N)`. Its JavaScript is not
simulated, and it says so.

  $ docker run -it --name n1 node:14
  Welcome to Node.js v14.21.3.
  Type ".help" for more information.
  $ 1+1
  layerlab: JavaScript in the Node.js REPL is not simulated; .exit or Ctrl-D leaves it
  $ ^C
  (To exit, press Ctrl+C again or Ctrl+D or type .exit)
  $ ^C
  $ docker run -it --rm node:14
  Welcome to Node.js v14.21.3.
  Type ".help" for more information.
  $ process.exit(4)
  [4]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  n1 Exited (0) 3 seconds ago
  ...
