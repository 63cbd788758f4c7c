-v modes and --volumes-from, as the daemon reads them (moby v28.5.2 volume/mounts/linux_parser.go):
a mode is valid when each comma-separated word is known and no two come from one group (rw/ro,
z/Z, a propagation, nocopy, a consistency), and the error names the whole mode. nocopy on a bind
and a propagation on a volume set options the type refuses (validateMountConfigImpl).
ParseVolumesFrom refuses an empty value, and propagation and copy modes, before it looks the
container up. `docker volume create --name` is a hidden flag (docker/cli v28.5.2
cli/command/volume/create.go) that conflicts with a positional name, even the same one.

  $ docker pull busybox
  ...
  $ docker run -d --name bb -v /data busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker run --rm --volumes-from bb:rw,z busybox true
  $ docker run --rm --volumes-from bb:nocopy busybox true
  docker: Error response from daemon: invalid mode: nocopy
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volumes-from bb:shared busybox true
  docker: Error response from daemon: invalid mode: shared
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volumes-from bb:bogus busybox true
  docker: Error response from daemon: invalid mode: bogus
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volumes-from bb:rw,ro busybox true
  docker: Error response from daemon: invalid mode: rw,ro
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volumes-from '' busybox true
  docker: Error response from daemon: volumes-from specification cannot be an empty string
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --volumes-from bb:ro,z busybox touch /data/x
  touch: /data/x: Read-only file system
  [1]
  $ docker run --rm --volumes-from nope:bogus busybox true
  docker: Error response from daemon: invalid mode: bogus
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/x:cached busybox true
  $ docker run --rm -v vol:/x:ro,rw busybox true
  docker: Error response from daemon: invalid mode: ro,rw
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/x:ro,bogus busybox true
  docker: Error response from daemon: invalid mode: ro,bogus
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v /tmp:/x:nocopy busybox true
  docker: Error response from daemon: invalid volume specification: '/tmp:/x:nocopy': invalid mount config for type "bind": field VolumeOptions must not be specified
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/x:rshared busybox true
  docker: Error response from daemon: invalid volume specification: 'vol:/x:rshared': invalid mount config for type "volume": field BindOptions must not be specified
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v /tmp:/x:rshared,ro busybox touch /x/f
  touch: /x/f: Read-only file system
  [1]
  $ docker run --rm -v /foo:ro,z busybox true
  docker: Error response from daemon: invalid volume specification: '/foo:ro,z'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/x:volume-nocopy busybox true
  docker: Error response from daemon: invalid mode: volume-nocopy
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume create --name made-by-flag
  made-by-flag
  $ docker volume create --name made-by-flag made-by-flag
  conflicting options: cannot specify a volume-name through both --name and as a positional arg
  [1]
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  made-by-flag
  vol
