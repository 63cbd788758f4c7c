The variables a shell sets for itself as it starts (app/engine/shellstart.py own_variables). bash
(variables.c initialize_shell_variables): PPID, UID and EUID, readonly (an assignment or unset is
refused, status 1); BASH_VERSION (5.2.21 on the host, 5.0.3 in node:14), HOSTTYPE, OSTYPE,
MACHTYPE, HOSTNAME (the machine's name); none of them exported. dash and BusyBox ash set PPID. A
process the runtime starts in a container has the parent 0 (outside its PID namespace). They used
to be empty: `docker run --user $UID` lost its argument.

  $ echo $PPID $UID $EUID $HOSTNAME
  2411 1000 1000 layerlab
  $ echo $BASH_VERSION $HOSTTYPE $OSTYPE $MACHTYPE
  5.2.21(1)-release x86_64 linux-gnu x86_64-pc-linux-gnu
  $ bash -c 'echo $PPID $$ $UID'
  2419 2420 1000
  $ sudo bash -c 'echo $UID $EUID'
  0 0
  $ sh -c 'echo "[$PPID] [$UID] [$BASH_VERSION]"'
  [2419] [] []
  $ env | grep -c -E '^(UID|EUID|PPID|BASH_VERSION)='
  0
  [1]
  $ UID=5; echo never
  bash: UID: readonly variable
  [1]
  $ bash -c 'UID=3 true; echo $UID'
  bash: line 1: UID: readonly variable
  1000
  $ unset PPID
  bash: unset: PPID: cannot unset: readonly variable
  [1]
  $ docker run --rm node:14 bash -c 'echo $PPID $UID $BASH_VERSION'
  0 0 5.0.3(1)-release
  $ docker run --rm -u node node:14 bash -c 'echo $UID $EUID'
  1000 1000
  $ docker run --rm busybox sh -c 'echo $PPID "[$UID]"'
  ...
  0 []
