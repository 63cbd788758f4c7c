Messages of the shell tools inside containers (DESIGN 2 "container shell"):
GNU coreutils and dash in node:14 (Debian) and ubuntu, BusyBox in busybox and
alpine. docker run exits with the command's status; a command that is not in
the image fails at start with exit 127 (reference 1.5, toStatusError).

  $ docker run --rm node:14 ls /nope
  ls: cannot access '/nope': No such file or directory
  [2]
  $ docker run --rm node:14 cat /nope
  cat: /nope: No such file or directory
  [1]
  $ docker run --rm node:14 rm /nope
  rm: cannot remove '/nope': No such file or directory
  [1]
  $ docker run --rm node:14 mkdir /tmp
  mkdir: cannot create directory '/tmp': File exists
  [1]
  $ docker run --rm node:14 touch /nope/x
  touch: cannot touch '/nope/x': No such file or directory
  [1]
  $ docker run --rm node:14 sh -c 'frobnicate'
  sh: 1: frobnicate: not found
  [127]
  $ docker run --rm node:14 sh -c 'echo a; echo b > /tmp/f; cat /tmp/f'
  a
  b
  $ docker run --rm node:14 false
  [1]
  $ docker pull busybox
  ...
  $ docker run --rm busybox ls /nope
  ls: /nope: No such file or directory
  [1]
  $ docker run --rm busybox cat /nope
  cat: can't open '/nope': No such file or directory
  [1]
  $ docker run --rm busybox rm /nope
  rm: can't remove '/nope': No such file or directory
  [1]
  $ docker run --rm busybox mkdir /tmp
  mkdir: can't create directory '/tmp': File exists
  [1]
  $ docker run --rm busybox touch /nope/x
  touch: /nope/x: No such file or directory
  [1]
  $ docker run --rm busybox sh -c 'frobnicate'
  sh: frobnicate: not found
  [127]
  $ docker run --rm busybox frobnicate
  docker: Error response from daemon: .*exec: "frobnicate": executable file not found in \$PATH.* (re)
  
  Run 'docker run --help' for more information
  [127]
  $ docker ps -a -q
  $ docker run --name kept busybox frobnicate
  docker: Error response from daemon: .*exec: "frobnicate": executable file not found in \$PATH.* (re)
  
  Run 'docker run --help' for more information
  [127]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  kept Created
  $ docker run --rm alpine cat /nope
  Unable to find image 'alpine:latest' locally
  ...
  cat: can't open '/nope': No such file or directory
  [1]
  $ docker run --rm ubuntu ls /nope
  Unable to find image 'ubuntu:latest' locally
  ...
  ls: cannot access '/nope': No such file or directory
  [2]
  $ docker run -d --name uu ubuntu sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec uu sh -c 'frobnicate'
  sh: 1: frobnicate: not found
  [127]
