The local volume driver takes only the -o keys type, o, device and size (moby v28.5.2
volume/local/local_unix.go validateOpts): another key is "invalid option", device and type need
each other and o needs both ("missing required option"), and size asks for quota support that
overlay2 on ext4 does not have. The volume service names the volume in the error (OpErr).

  $ docker volume create -o foo=bar badopt
  Error response from daemon: create badopt: invalid option: "foo"
  [1]
  $ docker volume create -o type=none badopt
  Error response from daemon: create badopt: missing required option: "device"
  [1]
  $ docker volume create -o o=bind badopt
  Error response from daemon: create badopt: missing required option: "device"
  [1]
  $ docker volume create -o device=/tmp badopt
  Error response from daemon: create badopt: missing required option: "type"
  [1]
  $ docker volume create -o size=10m badopt
  Error response from daemon: create badopt: quota size requested but no quota support
  [1]
  $ docker volume create -o type=none -o device=/tmp -o o=bind goodopt
  goodopt
  $ docker volume ls -q
  goodopt
