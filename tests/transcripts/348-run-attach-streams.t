docker run -a/--attach: each value must be stdin, stdout or stderr in any case (docker/cli v28.5.2
cli/command/container/opts.go validateAttach, a flag error); with -d it is refused before anything
is created or pulled, exit 1 (run.go runContainer: "conflicting options: cannot specify both
--attach and --detach"). The CLI shows only the streams it attached: -a stdout leaves out what the
process writes to stderr (a terminal, -t, has only stdout), -a stdin alone shows nothing and waits
for the exit status; the log keeps both. Config.AttachStdin/AttachStdout/AttachStderr are what
opts.go parse() set (stdout and stderr without -a, stdin with -i; StdinOnce when stdin is open and
attached), cleared by run -d and kept by create. -a used to be taken and ignored, and the three were
always false.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -a bogus busybox
  invalid argument "bogus" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -a stdin -d busybox
  conflicting options: cannot specify both --attach and --detach
  [1]
  $ docker run -p x -a stdout -d busybox
  docker: invalid containerPort: x
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -a STDOUT busybox sh -c 'echo out; echo err >&2'
  out
  $ docker run -a stderr busybox sh -c 'echo out; echo err >&2'
  err
  $ docker run -a stdin busybox sh -c 'echo out; echo err >&2; exit 3'
  [3]
  $ docker run -t -a stdout busybox sh -c 'echo out; echo err >&2'
  out
  err
  $ docker run --name later -a stderr busybox sh -c 'sleep 2; echo out; echo err >&2'
  err
  $ docker logs later
  out
  err
  $ docker run --name fg busybox true
  $ docker run -d --name bg busybox true
  32a5b2a689d70f8bae31a7d4f9398131bc8ea56ebfd5b347e3fbd02df51d9287
  $ docker create -i --name made busybox
  f3ecf0d0cb04bdd84c776a491d6e3cb76e4eb231c3fc75eacdd84800e368066e
  $ docker run -d -i --name bgi busybox true
  f4e4130aedc5a743d31a037da2817b2c6287f05e1d0c6022be089a1177e127f1
  $ docker inspect -f '{{.Name}} {{.Config.AttachStdin}} {{.Config.AttachStdout}} {{.Config.AttachStderr}} {{.Config.OpenStdin}} {{.Config.StdinOnce}}' later fg bg made bgi
  /later false false true false false
  /fg false true true false false
  /bg false false false false false
  /made true true true true true
  /bgi false false false true false
  $ docker run -a stderr --name loop busybox sh -c 'while true; do echo out; echo err >&2; sleep 1; done'
  err
  $ echo typed meanwhile
  typed meanwhile
  err
