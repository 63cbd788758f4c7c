`env` prints the environment it was given, or changes it and runs a command with it (GNU
coreutils 9.4 src/env.c main on the host; BusyBox coreutils/env.c in busybox). Its options end at
the first operand (getopt "+"): -i (or a lone `-`) starts from nothing, -u NAME unsets, -0 ends each
printed line with NUL, GNU's -C DIR runs the command in DIR; then each NAME=VALUE is set, and the
rest is the command, run by execvp: a program, never a shell builtin, so `env cd /` finds no `cd`
(GNU: "env: 'cd': No such file or directory", 127; BusyBox: "can't execute"). GNU's own errors exit
125 (EXIT_CANCELED). The environment env gets is the shell's exported variables only.

  $ env A=1 B=2 sh -c 'echo $A$B'
  12
  $ env -i sh -c 'echo [$HOME]'
  []
  $ env - PATH=/usr/bin printenv
  PATH=/usr/bin
  $ env -i A=1
  A=1
  $ env -u HOME printenv HOME
  [1]
  $ NOT_EXPORTED=1; env | grep -c NOT_EXPORTED
  0
  [1]
  $ env -C /tmp pwd
  /tmp
  $ env -C /nope pwd
  env: cannot change directory to '/nope': No such file or directory
  [125]
  $ env nothere
  env: 'nothere': No such file or directory
  [127]
  $ env cd /
  env: 'cd': No such file or directory
  [127]
  $ env -x
  env: invalid option -- 'x'
  Try 'env --help' for more information.
  [125]
  $ env -0 ls
  env: cannot specify --null (-0) with command
  Try 'env --help' for more information.
  [125]
  $ env =x true
  env: cannot set '': Invalid argument
  [125]
  $ docker run --rm busybox env -i A=1
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  A=1
  $ docker run --rm busybox env nothere
  env: can't execute 'nothere': No such file or directory
  [127]
