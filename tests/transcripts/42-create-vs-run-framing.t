docker create vs docker run error framing (reference 1.5, docker/cli
create.go runCreate): create's parse errors get withHelp(err, "create") and
exit 125; everything createContainer returns (daemon errors, a failed pull)
is printed plainly with exit 1. run wraps every error as `docker: <err>`,
blank line, `Run 'docker run --help' ...` and exits 125 (E12, E11b). A
container created with -p and started later hits the port conflict at start
(E10 + E3 second line) and stays Created; `docker run` without --rm leaves
it Created after printing its ID; with --rm it is removed (1.1).

  $ docker pull busybox
  ...
  $ docker create -v :/app busybox
  docker: invalid spec: :/app: empty section between colons
  
  Run 'docker create --help' for more information
  [125]
  $ docker create -v vol:/x:ro:extra busybox
  docker: invalid spec: vol:/x:ro:extra: too many colons
  
  Run 'docker create --help' for more information
  [125]
  $ docker create --rm --restart always busybox
  docker: conflicting options: cannot specify both --restart and --rm
  
  Run 'docker create --help' for more information
  [125]
  $ docker create -v feedback:app/feedback busybox
  Error response from daemon: invalid volume specification: 'feedback:app/feedback': invalid mount config for type "volume": invalid mount path: 'app/feedback' mount path must be absolute
  [1]
  $ docker create -v my/dir:/app busybox
  Error response from daemon: create my/dir: "my/dir" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path
  [1]
  $ docker create --mount type=bind,src=/nope,dst=/x busybox
  Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope
  [1]
  $ docker create feedback-node
  Unable to find image 'feedback-node:latest' locally
  Error response from daemon: pull access denied for feedback-node, repository does not exist or may require 'docker login'.* (re)
  [1]
  $ docker run feedback-node
  Unable to find image 'feedback-node:latest' locally
  docker: Error response from daemon: pull access denied for feedback-node, repository does not exist or may require 'docker login'.* (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm busybox:latest:extra true
  docker: invalid reference format
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name later -p 3000:80 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name first -p 3000:80 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker start later
  Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint later \([0-9a-f]{64}\): Bind for 0.0.0.0:3000 failed: port is already allocated (re)
  Error: failed to start containers: later
  [1]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  first Up .* (re)
  later Created
  $ docker run -d --name third -p 3000:80 busybox sleep 1000
  [0-9a-f]{64} (re)
  docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint third \([0-9a-f]{64}\): Bind for 0.0.0.0:3000 failed: port is already allocated (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --name fourth -p 3000:80 busybox sleep 1000
  docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint fourth \([0-9a-f]{64}\): Bind for 0.0.0.0:3000 failed: port is already allocated (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  third Created
  first Up .* (re)
  later Created
  $ docker stop first
  first
  $ docker start later
  later
  $ docker start later
  later
  $ docker ps --format '{{.Names}} {{.Ports}}'
  later 0.0.0.0:3000->80/tcp
  $ docker restart nope
  Error response from daemon: No such container: nope
  [1]
  $ docker rm -f later third first
  later
  third
  first
