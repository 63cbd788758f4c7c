A --mount bind whose source is missing fails before any pull (issue 17, point 16): the daemon
checks HostConfig.Mounts in verifyContainerSettings (daemon/container.go validateHostConfig,
volume/mounts/linux_parser.go) before it looks the image up, so the CLI never gets to pull.

  $ docker run --mount type=bind,source=/nope,target=/data alpine
  docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --mount type=bind,source=/nope,target=/data ubuntu
  Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope
  [1]
  $ docker images --format '{{.Repository}}'
  node

CLI 28.5 has no bind-create-src (docker/cli added it in 29.3, opts/mount.go): a bare word it
does not know is a flag error, before any pull.

  $ docker run --rm --mount type=bind,source=/tmp/made,target=/data,bind-create-src busybox ls /data
  invalid argument "type=bind,source=/tmp/made,target=/data,bind-create-src" for "--mount" flag: invalid field 'bind-create-src' must be a key=value pair
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ ls /tmp/made
  ls: cannot access '/tmp/made': No such file or directory
  [2]

A -v bind source is the daemon's to create, and the rest of -v is checked once the image is
there: only -v's own syntax is the client's, before anything else.

  $ docker run -v data:/x:zzz alpine
  Unable to find image 'alpine:latest' locally
  ...
  docker: Error response from daemon: invalid mode: zzz
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -v :/x ubuntu
  docker: invalid spec: :/x: empty section between colons
  
  Run 'docker run --help' for more information
  [125]

The daemon's verdict on a --mount comes after the client's own parse errors (-p here).

  $ docker run --mount type=bind,source=/nope,target=/t -p 99999:1 ubuntu
  docker: invalid hostPort: 99999
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --mount type=tmpfs,source=x,target=/t -p 99999:1 ubuntu
  docker: invalid hostPort: 99999
  
  Run 'docker run --help' for more information
  [125]
