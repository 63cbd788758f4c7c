--mount as docker/cli v28.5.2 opts/mount.go MountOpt.Set parses it: the value is one CSV record
(encoding/csv: quoted fields, a bare quote is an error, an empty value is EOF), keys are
lower-cased, and an unknown key is "unexpected key" (29.x says "unknown option"). strconv.ParseBool
spellings only. Mixing another type's options is the CLI's error; the daemon then checks each mount
(moby v28.5.2 volume/mounts/linux_parser.go validateMountConfigImpl): target, then the type's rules.

  $ docker pull busybox
  ...
  $ docker run --rm --mount foo=bar,dst=/x busybox true
  invalid argument "foo=bar,dst=/x" for "--mount" flag: unexpected key 'foo' in 'foo=bar'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount ' dst=/x' busybox true
  invalid argument " dst=/x" for "--mount" flag: unexpected key ' dst' in ' dst=/x'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,dst=/x,ro=maybe busybox true
  invalid argument "type=volume,dst=/x,ro=maybe" for "--mount" flag: invalid value for ro: maybe
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/x,readonly=tRuE busybox true
  invalid argument "type=volume,src=v1,dst=/x,readonly=tRuE" for "--mount" flag: invalid value for readonly: tRuE
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/x,volume-nocopy=maybe busybox true
  invalid argument "type=volume,src=v1,dst=/x,volume-nocopy=maybe" for "--mount" flag: invalid value for volume-nocopy: maybe
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=,dst=/x busybox true
  invalid argument "type=,dst=/x" for "--mount" flag: type is required
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=tmpfs,src=abc busybox true
  invalid argument "type=tmpfs,src=abc" for "--mount" flag: target is required
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/x,bind-propagation=rshared busybox true
  invalid argument "type=volume,src=v1,dst=/x,bind-propagation=rshared" for "--mount" flag: cannot mix 'bind-*' options with mount type 'volume'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,volume-opt=a=b busybox true
  invalid argument "type=bind,src=/tmp,dst=/x,volume-opt=a=b" for "--mount" flag: cannot mix 'volume-*' options with mount type 'bind'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/x,tmpfs-size=1m busybox true
  invalid argument "type=volume,src=v1,dst=/x,tmpfs-size=1m" for "--mount" flag: cannot mix 'tmpfs-*' options with mount type 'volume'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,bind-recursive=foo busybox true
  invalid argument "type=bind,src=/tmp,dst=/x,bind-recursive=foo" for "--mount" flag: invalid value for bind-recursive: foo (must be "enabled", "disabled", "writable", or "readonly")
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,bind-recursive=writable busybox true
  invalid argument "type=bind,src=/tmp,dst=/x,bind-recursive=writable" for "--mount" flag: option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,bind-create-src=true busybox true
  invalid argument "type=bind,src=/tmp,dst=/x,bind-create-src=true" for "--mount" flag: unexpected key 'bind-create-src' in 'bind-create-src=true'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount 'type=volume,src="v1,dst=/x' busybox true
  invalid argument "type=volume,src="v1,dst=/x" for "--mount" flag: parse error on line 1, column 17: bare " in non-quoted-field
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount '' busybox true
  invalid argument "" for "--mount" flag: EOF
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=tmpfs,src=abc,dst=/x busybox true
  docker: Error response from daemon: invalid mount config for type "tmpfs": field Source must not be specified
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,dst=/x,ro busybox true
  docker: Error response from daemon: invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=foo,dst=/x busybox true
  docker: Error response from daemon: invalid mount config for type "foo": mount type unknown
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/ busybox true
  docker: Error response from daemon: invalid mount config for type "volume": invalid specification: destination can't be '/'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,bind-propagation=bogus busybox true
  docker: Error response from daemon: invalid mount config for type "bind": invalid propagation mode: bogus
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=v1,dst=/x,volume-subpath=../a busybox true
  docker: Error response from daemon: invalid mount config for type "volume": subpath must be a relative path within the volume
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,dst=/x,volume-subpath=a busybox true
  docker: Error response from daemon: invalid mount config for type "volume": must not set Subpath when using anonymous volumes
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  $ docker run --rm --mount 'type=volume,"src=v1",dst=/x,readonly=TRUE' busybox touch /x/f
  touch: /x/f: Read-only file system
  [1]
  $ docker run --rm --mount TYPE=Volume,SRC=v2,DST=/x busybox true
  $ docker run --rm --mount type=bind,src=/tmp,dst=/x,bind-nonrecursive busybox true
  $ docker run -d --name bp --mount type=bind,src=/tmp,dst=/x,bind-propagation=rshared busybox sleep 9
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' bp
  [{"Type":"bind","Source":"/tmp","Destination":"/x","Mode":"","RW":true,"Propagation":"rshared"}]
  $ docker volume ls -q
  v1
  v2
