docker run and create read an --env-file as docker/cli v28.5.2 pkg/kvfile/kvfile.go
parseKeyValueFile does, a line at a time through a bufio.Scanner: a line of 64 KiB or more
(bufio.MaxScanTokenSize, its newline not counted) ends the scan with "bufio.Scanner: token too
long", which Parse wraps as "invalid env file (...)", and nothing is created. layerlab also holds a
container's Config.Env to 4,096 variables and 1 MiB (the daemon has no bound; Linux's execve refuses
an environment past ARG_MAX, 2 MiB, only when the process starts): a 4 MiB file of `A=1` lines gave
each create a million variables, 0.4 s of work uncharged and 80 MB of the world, eight of them 633 MB.
The image's PATH counts with the file's variables.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ for i in $(seq 1 4095); do echo V$i=x; done > ok.env; wc -l ok.env
  4095 ok.env
  $ docker run --rm --env-file ok.env busybox sh -c 'echo $V4095; env | wc -l'
  x
  4098
  $ echo V4096=x >> ok.env; docker run --rm --env-file ok.env busybox true
  docker: Error response from daemon: layerlab: a container's environment holds at most 4,096 variables and 1 MiB of them in this sandbox
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -e ONE=1 --env-file ok.env busybox true
  docker: Error response from daemon: layerlab: a container's environment holds at most 4,096 variables and 1 MiB of them in this sandbox
  
  Run 'docker run --help' for more information
  [125]
  $ printf 'A=%065533d\n' 0 > long.env; wc -c long.env; docker run --rm --env-file long.env busybox sh -c 'echo ${#A}'
  65536 long.env
  65533
  $ printf 'A=%065534d\n' 0 > long.env; docker run --rm --env-file long.env busybox true
  docker: invalid env file (long.env): bufio.Scanner: token too long
  
  Run 'docker run --help' for more information
  [125]
  $ printf 'A=%065534d' 0 > long.env; docker create --env-file long.env busybox
  docker: invalid env file (long.env): bufio.Scanner: token too long
  
  Run 'docker create --help' for more information
  [125]
  $ docker ps -aq | wc -l
  0
