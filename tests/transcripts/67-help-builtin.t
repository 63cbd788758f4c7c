help is a builtin of the shell that runs the line. On the learner's host (bash) it prints
layerlab's own short guide, whatever follows it, and exits 0 (the web page shows the same lines).
sudo finds no program called help, as on a real machine. In containers the shell decides: dash
(node:14's sh) has no help builtin; BusyBox ash lists its builtins (shell/ash.c helpcmd, a tab
before each line, a new line once one passes 60 columns). docker exec and docker run start
programs, not builtins: help is not found there.

  $ help
  Type Docker and shell commands as on a real machine. Some to try:
  
  Images:      docker build -t feedback-node .
  Containers:  docker run -d -p 3000:80 --name feedback-app feedback-node
               docker ps -a, docker logs feedback-app, docker diff feedback-app
  Volumes:     docker volume ls, docker volume inspect NAME, sudo ls /var/lib/docker/volumes
  Files:       ls, cat server.js, sed -i 's/a/b/' FILE, curl localhost:3000
  Terminal:    clear, and the up and down arrows for earlier commands
  $ help cd > guide.txt && sed 's/Some to try:/Tried:/' guide.txt | sed 's/^[^T].*//'
  Type Docker and shell commands as on a real machine. Tried:
  
  
  
  
  
  
  Terminal:    clear, and the up and down arrows for earlier commands
  $ sudo help
  sudo: help: command not found
  [1]
  $ docker run -d --name ash busybox sleep 1000
  ...
  $ docker exec ash sh -c help
  Built-in commands:
  ------------------
  	. : [ [[ alias bg break cd chdir command continue echo eval exec
  	exit export false fg getopts hash help history jobs kill let
  	local printf pwd read readonly return set shift source test times
  	trap true type ulimit umask unalias unset wait
  $ docker exec ash help
  OCI runtime exec failed: exec failed: unable to start container process: exec: "help": executable file not found in $PATH: unknown
  [127]
  $ docker run --rm node:14 sh -c help
  sh: 1: help: not found
  [127]
  $ docker run --rm node:14 sh -c 'help || echo status $?'
  sh: 1: help: not found
  status 127
