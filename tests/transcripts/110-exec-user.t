docker exec -u/--user USER[:GROUP]: moby v28.5.2 daemon/exec.go ContainerExecCreate looks the user up
in the container's /etc/passwd and /etc/group before the exec exists (daemon/oci_linux.go getUser,
vendor/github.com/moby/sys/user/user.go GetExecUser: a name or uid, then a group or gid; a uid no
entry names is allowed, with gid 0; a name is not; ids out of 0-2147483647 are refused), so a bad
user is the CLI's "Error response from daemon: ..." and exit 1, with -d too (docker/cli v28.5.2
cli/command/container/exec.go RunExec). Without -u the container's Config.User is used. The
process gets the gid and, for a user named in passwd, the groups of /etc/group that list it
(busybox's root is in wheel). runc v1.3 libcontainer/env.go sets HOME from the uid's passwd entry,
"/" for a uid none names. A process that is not root creates and removes entries only where the
folder's mode bits let it, and its new files are its own.

  $ docker pull busybox
  ...
  $ docker build -t app .
  ...
  $ docker run -d --name web app
  [0-9a-f]{64} (re)
  $ docker run -d --name box busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec web whoami
  root
  $ docker exec -u root web id
  uid=0(root) gid=0(root) groups=0(root)
  $ docker exec -u node web id
  uid=1000(node) gid=1000(node) groups=1000(node)
  $ docker exec --user node web whoami
  node
  $ docker exec --user=1000 web sh -c 'echo $HOME'
  /home/node
  $ docker exec -u node:root web id
  uid=1000(node) gid=0(root) groups=0(root)
  $ docker exec -u 4242 web id
  uid=4242 gid=0(root) groups=0(root)
  $ docker exec -u 4242 web whoami
  whoami: cannot find name for user ID 4242
  [1]
  $ docker exec -u 4242:4242 web sh -c 'id; echo $HOME'
  uid=4242 gid=4242 groups=4242
  /
  $ docker exec -u nobody2 web id
  Error response from daemon: unable to find user nobody2: no matching entries in passwd file
  [1]
  $ docker exec -d -u nobody2 web id
  Error response from daemon: unable to find user nobody2: no matching entries in passwd file
  [1]
  $ docker exec -u node:nogroup2 web id
  Error response from daemon: unable to find group nogroup2: no matching entries in group file
  [1]
  $ docker exec -u 2147483648 web id
  Error response from daemon: uids and gids must be in range 0-2147483647
  [1]
  $ docker exec -u node box id
  Error response from daemon: unable to find user node: no matching entries in passwd file
  [1]
  $ docker exec -u nobody2 nope id
  Error response from daemon: No such container: nope
  [1]
  $ docker exec -u root box id
  uid=0(root) gid=0(root) groups=0(root),10(wheel)
  $ docker exec -u daemon:wheel box id
  uid=1(daemon) gid=10(wheel) groups=10(wheel)
  $ docker exec -u nobody box sh -c 'whoami; echo $HOME'
  nobody
  /home
  $ docker exec -u node web touch /app/x
  touch: cannot touch '/app/x': Permission denied
  [1]
  $ docker exec -u node web mkdir /app/d
  mkdir: cannot create directory '/app/d': Permission denied
  [1]
  $ docker exec -u node web rm /app/server.js
  rm: cannot remove '/app/server.js': Permission denied
  [1]
  $ docker exec -u node web sh -c 'echo x >> /app/server.js'
  sh: 1: cannot create /app/server.js: Permission denied
  [2]
  $ docker exec -u node web sh -c 'echo hi > /home/node/notes; touch /tmp/t; ls -l /home/node /tmp'
  /home/node:
  total 4
  -rw-r--r-- 1 node node 3 .* notes (re)
  
  /tmp:
  total 0
  -rw-r--r-- 1 node node 0 .* t (re)
  $ docker exec -u root web touch /app/y
  $ docker diff web
  C /app
  A /app/y
  C /home
  C /home/node
  A /home/node/notes
  C /tmp
  A /tmp/t
