Audit of docker run/create/exec argument parsing against the sources (docker/cli v28.5.2,
moby v28.5.2). -v: the client's internal/volumespec/volumespec.go Parse reads a lone letter
before ':' as a Windows drive ("a:/data" is one part), so "a:/data:ro:z" passes the client
and reaches the daemon, whose volume/mounts/linux_parser.go ParseMountRaw splits the raw bind
again with strings.SplitN(raw, ":", 4): four parts are "invalid volume specification", three
check the mode (linuxValidMountMode: one word per group). --mount keys may repeat, the last one
wins (opts/mount.go). -p follows go-connections nat.ParsePortSpec's order: the IP, an empty
container port ("no port specified"), the port ranges, then the protocol, lower-cased only for
the check (nat.go SplitProtoPort takes the part after the first '/'). -e and --label go through
the client's validators at flag parsing (opts/env.go ValidateEnv, opts/opts.go ValidateLabel:
an empty name, a name with blanks); a bare -e NAME takes the value of the client's environment.
--env-file is read by pkg/kvfile/kvfile.go: leading blanks go, trailing ones stay, a bare name
is looked up, an empty or blank-holding name fails the file. The working directory is made in
the container's layer at create (container/container.go SetupWorkingDirectory; docker diff
shows it), and a file in its place is "Cannot mkdir: ... is not a directory"; the failed
create removes the anonymous volumes it made (daemon/create.go cleanup) but not named ones.

  $ docker pull busybox -q
  docker.io/library/busybox:latest
  $ docker run -v ab:/data:ro:z busybox true
  docker: invalid spec: ab:/data:ro:z: too many colons
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -v a:/data:ro:z busybox true
  docker: Error response from daemon: invalid volume specification: 'a:/data:ro:z'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -v a:b:c:d busybox true
  docker: Error response from daemon: invalid volume specification: 'a:b:c:d'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -v a:/data:rw,ro busybox true
  docker: Error response from daemon: invalid mode: rw,ro
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -v /data: busybox true
  docker: invalid spec: /data:: empty section between colons
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --mount type=volume,dst=/x,dst=/y,foo=bar busybox true
  invalid argument "type=volume,dst=/x,dst=/y,foo=bar" for "--mount" flag: unexpected key 'foo' in 'foo=bar'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,dst=/x,dst=/y busybox ls -d /y
  /y
  $ docker run --mount "" busybox true
  invalid argument "" for "--mount" flag: EOF
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --volumes-from nope:ro:z busybox true
  docker: Error response from daemon: invalid mode: ro:z
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p 80: busybox true
  docker: no port specified: 80:<empty>
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p abc/xyz busybox true
  docker: invalid containerPort: abc
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p 1.2.3:80/xyz busybox true
  docker: invalid hostPort: 1.2.3
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p 80/XYZ busybox true
  docker: invalid proto: XYZ
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p /tcp busybox true
  docker: no port specified: /tcp<empty>
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -p 8080:80/tcp/extra busybox true
  $ docker run --rm -e =x busybox true
  invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -e "" busybox true
  invalid argument "" for "-e, --env" flag: invalid environment variable: 
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ export FROMHOST=hostvalue
  $ docker run --rm -e FROMHOST -e UNSET_HERE busybox env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=[0-9a-f]{12} (re)
  FROMHOST=hostvalue
  HOME=/root
  $ printf '  SPACED=kept  \n# comment\nFROMHOST\nMISSING\n' > good.env
  $ docker run --rm --env-file good.env busybox env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=[0-9a-f]{12} (re)
  SPACED=kept  
  FROMHOST=hostvalue
  HOME=/root
  $ printf '=v\n' > bad.env
  $ docker run --rm --env-file bad.env busybox true
  docker: invalid env file (bad.env): no variable name on line '=v'
  
  Run 'docker run --help' for more information
  [125]
  $ printf 'A B=1\n' > bad2.env
  $ docker run --rm --env-file bad2.env busybox true
  docker: invalid env file (bad2.env): variable 'A B' contains whitespaces
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --env-file pages busybox true
  docker: invalid env file (pages): read pages: is a directory
  
  Run 'docker run --help' for more information
  [125]
  $ docker exec nope true
  Error response from daemon: No such container: nope
  [1]
  $ docker run -d --name ex busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker exec -e =y ex true
  invalid argument "=y" for "-e, --env" flag: invalid environment variable: =y
  
  Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]
  
  Run 'docker exec --help' for more information
  [125]
  $ docker exec -e FROMHOST ex env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=[0-9a-f]{12} (re)
  FROMHOST=hostvalue
  HOME=/root
  $ docker volume create --label =x v1
  invalid argument "=x" for "--label" flag: invalid label '=x': empty name
  
  Usage:  docker volume create [OPTIONS] [VOLUME]
  
  Run 'docker volume create --help' for more information
  [125]
  $ docker volume create --label "a b=1" v1
  invalid argument "a b=1" for "--label" flag: label 'a b' contains whitespaces
  
  Usage:  docker volume create [OPTIONS] [VOLUME]
  
  Run 'docker volume create --help' for more information
  [125]
  $ docker volume create --label " a=1" v1
  v1
  $ docker volume inspect -f '{{json .Labels}}' v1
  {" a":"1"}
  $ docker run --rm -l "a b" busybox true
  invalid argument "a b" for "-l, --label" flag: label 'a b' contains whitespaces
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name wd -w /new/dir busybox true
  [0-9a-f]{64} (re)
  $ docker diff wd
  A /new
  A /new/dir
  $ docker run -v /anon -v keep:/keep -w /etc/passwd busybox true
  docker: Error response from daemon: Cannot mkdir: /etc/passwd is not a directory
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  keep
  v1
