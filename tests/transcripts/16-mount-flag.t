--mount: volume (named, readonly, auto-created), bind (no auto-create: E9,
E9b), tmpfs, and client-side parse errors (E9c). Inspect Mounts per
reference 2.5 (volume Mode "z" per the code, note 7a; bind Propagation
"rprivate"; tmpfs Source ""), sorted by Destination.

  $ docker pull busybox
  ...
  $ docker run --rm --mount type=volume,src=mvol,dst=/data busybox sh -c 'echo m > /data/f'
  $ docker volume ls -q
  mvol
  $ docker run --rm --mount source=mvol,target=/data,readonly busybox cat /data/f
  m
  $ docker run --rm --mount source=mvol,target=/data,readonly busybox touch /data/g
  touch: /data/g: Read-only file system
  [1]
  $ docker run -d --name mm --mount type=volume,src=mvol,dst=/data --mount type=tmpfs,dst=/cache --mount "type=bind,src=$(pwd),dst=/proj,readonly" busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' mm
  [{"Type":"tmpfs","Source":"","Destination":"/cache","Mode":"","RW":true,"Propagation":""},{"Type":"volume","Name":"mvol","Source":"/var/lib/docker/volumes/mvol/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"bind","Source":"/home/learner/feedback-app","Destination":"/proj","Mode":"","RW":false,"Propagation":"rprivate"}]
  $ docker exec mm ls /proj/pages
  exists.html
  feedback.html
  $ docker exec mm touch /proj/x
  touch: /proj/x: Read-only file system
  [1]
  $ docker rm -f mm
  mm
  $ docker run --rm --mount type=bind,src=/nope,dst=/x busybox true
  docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope
  
  Run 'docker run --help' for more information
  [125]
  $ ls /nope
  ls: cannot access '/nope': No such file or directory
  [2]
  $ docker run --rm --mount type=bind,dst=/x busybox true
  docker: Error response from daemon: invalid mount config for type "bind": field Source must not be empty
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount foo=bar,dst=/x busybox true
  invalid argument "foo=bar,dst=/x" for "--mount" flag: unexpected key 'foo' in 'foo=bar'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,oops,dst=/x busybox true
  invalid argument "type=volume,oops,dst=/x" for "--mount" flag: invalid field 'oops' must be a key=value pair
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,src=mvol busybox true
  invalid argument "type=volume,src=mvol" for "--mount" flag: target is required
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --mount type=volume,dst=/anon busybox true
  $ docker volume ls -q
  mvol
