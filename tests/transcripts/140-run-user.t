docker run -u/--user USER[:GROUP] and the image's USER for a container's main process. The CLI
sends the flag as Config.User; the daemon fills an empty one from the image (moby v28.5.2
daemon/commit.go merge), and `docker inspect` shows it. At start the daemon looks it up in the
container's /etc/passwd and /etc/group as it makes the runtime's spec (daemon/oci_linux.go WithUser,
getUser; vendor/github.com/moby/sys/user/user.go GetExecUser): a uid no entry names runs with gid 0,
a name no entry has fails the start. That error is a System error of the start with no runtime text
around it (daemon/start.go containerStart) and the container stays Created with exit code 128
(exitUnknown, daemon/errors.go); docker run frames it with its help line and exits 125, as none of
the "not found" or "permission denied" markers is in it (docker/cli v28.5.2
cli/command/container/run.go toStatusError). runc sets HOME from the user's passwd entry (runc v1.3
libcontainer/env.go). A Dockerfile USER applies to the RUN steps after it (BuildKit's executor looks
the user up in the step's root: moby v28.5.2 vendor/github.com/moby/buildkit/executor/runcexecutor/
executor.go oci.GetUser), WORKDIR makes its folders as that user (dockerfile2llb/convert.go
dispatchWorkdir: llb.Mkdir WithUser), and it is the image's Config.User; docker exec without -u uses
Config.User, and docker commit keeps it. --group-add adds groups to the main process and to execs
(getUser; user.go GetAdditionalGroups: a name or gid, or a gid no entry has; a name whose gid is
already added fails; the daemon collects them in a Go map, so their order varies: here ascending).

  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 id
  uid=0(root) gid=0(root) groups=0(root)
  $ docker run --rm -u 1000 node:14 id
  uid=1000(node) gid=1000(node) groups=1000(node)
  $ docker run --rm -u 4242 node:14 id
  uid=4242 gid=0(root) groups=0(root)
  $ docker run --rm --user node node:14 whoami
  node
  $ docker run --rm --user=node:root node:14 sh -c 'id; echo $HOME'
  uid=1000(node) gid=0(root) groups=0(root)
  /home/node
  $ docker run --rm -u node node:14 touch /x
  touch: cannot touch '/x': Permission denied
  [1]
  $ docker run --rm -u node -e HOME=/tmp node:14 sh -c 'echo $HOME'
  /tmp
  $ docker run --name nouser -u nobody2 node:14 id
  docker: Error response from daemon: unable to find user nobody2: no matching entries in passwd file
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --filter name=nouser --format '{{.Status}}'
  Created
  $ docker inspect -f '{{.State.ExitCode}} {{.Config.User}}' nouser
  128 nobody2
  $ docker start nouser
  Error response from daemon: unable to find user nobody2: no matching entries in passwd file
  Error: failed to start containers: nouser
  [1]
  $ docker run -u node:nogroup2 node:14 id
  docker: Error response from daemon: unable to find group nogroup2: no matching entries in group file
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --name worker -u node node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.User}}' worker
  node
  $ docker exec worker id
  uid=1000(node) gid=1000(node) groups=1000(node)
  $ docker exec -u root worker whoami
  root
  $ mkdir u && cd u
  $ printf 'FROM node:14\nUSER node\nRUN id > /tmp/who && touch /home/node/mine\n' > Dockerfile
  $ docker build -q -t asnode .
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.User}}' asnode
  node
  $ docker run --rm asnode sh -c 'cat /tmp/who; whoami; echo $HOME; ls -l /home/node'
  uid=1000(node) gid=1000(node) groups=1000(node)
  node
  /home/node
  total 0
  -rw-r--r-- 1 node node 0 .* mine (re)
  $ docker run --rm -u root asnode whoami
  root
  $ printf 'FROM node:14\nUSER nobody2\nRUN id\n' > Dockerfile
  $ docker build -q -t nobody .
  ...
  ERROR: failed to build: failed to solve: unable to find user nobody2: no matching entries in passwd file
  [1]
  $ docker commit worker snap
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.User}}' snap
  node
  $ docker run --rm snap whoami
  node
  $ printf 'FROM node:14\nUSER node\nWORKDIR /home/node/app/sub\nRUN touch x\n' > Dockerfile
  $ docker build -q -t wd .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm wd sh -c 'pwd; ls -l; ls -ld /home/node/app/sub'
  /home/node/app/sub
  total 0
  -rw-r--r-- 1 node node 0 .* x (re)
  drwxr-xr-x 1 node node 4096 .* /home/node/app/sub (re)
  $ docker run --rm -u node --group-add staff --group-add 4242 node:14 id
  uid=1000(node) gid=1000(node) groups=1000(node),50(staff),4242
  $ docker run --rm --group-add nogroup2 node:14 id
  docker: Error response from daemon: Unable to find group nogroup2: no matching entries in group file
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --group-add 1000 --group-add node node:14 id
  docker: Error response from daemon: Unable to find group node: no matching entries in group file
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --name grouped -u node --group-add staff node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker exec grouped id
  uid=1000(node) gid=1000(node) groups=1000(node),50(staff)
  $ docker inspect -f '{{.HostConfig.GroupAdd}} {{json .HostConfig.GroupAdd}}' grouped
  [staff] ["staff"]
  $ docker inspect -f '{{json .HostConfig.GroupAdd}}' worker
  null
