Docker's overlay2 folders on the host, as root sees them (moby v28.5.2
daemon/graphdriver/overlay2/overlay.go; the reference's section 3: "/var/lib/docker/overlay2/<id>/
{diff,link,lower,merged,work} plus l/ short symlinks", a whiteout "a character device 0/0", an
opaque folder an xattr ls does not show). create makes each layer's folder (0710) with diff/ (its
files), link (the short id, no newline) and l/<short id> -> ../<id>/diff; a layer with a parent
gets work/ and lower (l/<parent's short id>, then the parent's own lower, joined by colons), and
its parent an empty committed. A container's layer sits on "<id>-init" (daemon/initlayer), which
sits on the image's top layer. Get mounts merged/ while the container runs (overlayfs makes
work/work at a read-write mount); Put unmounts it and removes the folder. The daemon's other
folders (daemon/daemon.go) stand empty here. Root may look but not change (the simulator does not
pretend to), and the learner may not look at all.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web feedback-node
  [0-9a-f]{64} (re)
  $ docker exec web sh -c 'echo great > /app/feedback/awesome.txt; touch /app/server.js; rm /app/package.json'
  $ docker inspect -f '{{.GraphDriver.Data.UpperDir}}' web
  /var/lib/docker/overlay2/[0-9a-f]{64}/diff (re)
  $ UPPER=$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' web)

The container's diff/ holds what it changed: the copy-up of server.js, the new file, and a whiteout
for the image's package.json (the folders on the way are copied up too).

  $ sudo ls -la $UPPER/
  total 12
  drwxr-xr-x 3 root root 4096 Mar  2 09:00 .
  drwx--x--- 5 root root 4096 Mar  2 09:00 ..
  drwxr-xr-x 3 root root 4096 Mar  2 09:00 app
  $ sudo ls -a $UPPER/app
  .
  ..
  feedback
  package.json
  server.js
  $ sudo ls -l $UPPER/app/package.json $UPPER/app/server.js
  c--------- 1 root root 0, 0 Mar  2 09:00 /var/lib/docker/overlay2/[0-9a-f]{64}/diff/app/package.json (re)
  -rw-r--r-- 1 root root 1167 Mar  2 09:00 /var/lib/docker/overlay2/[0-9a-f]{64}/diff/app/server.js (re)
  $ sudo cat $UPPER/app/feedback/awesome.txt
  great

The container's folder: lower names the init layer first, then the image's twelve layers.

  $ D=$(dirname $UPPER)
  $ sudo ls -l $D $D/work
  /var/lib/docker/overlay2/[0-9a-f]{64}: (re)
  total 20
  drwxr-xr-x 3 root root 4096 Mar  2 09:00 diff
  -rw-r--r-- 1 root root   26 Mar  2 09:00 link
  -rw-r--r-- 1 root root  376 Mar  2 09:00 lower
  drwxr-xr-x 1 root root 4096 Mar  2 09:00 merged
  drwx------ 3 root root 4096 Mar  2 09:00 work
  
  /var/lib/docker/overlay2/[0-9a-f]{64}/work: (re)
  total 4
  d--------- 2 root root 4096 Mar  2 09:00 work
  $ sudo cat $D/link; echo
  [A-Z2-7]{26} (re)
  $ sudo cat $D/lower | tr : ' ' | wc -w
  13
  $ test "$(sudo cat $D/lower | cut -d: -f1)" = "l/$(sudo cat $D-init/link)" && echo the init layer is right below
  the init layer is right below
  $ sudo readlink /var/lib/docker/overlay2/l/$(sudo cat $D/link)
  ../[0-9a-f]{64}/diff (re)
  $ sudo ls -l $D-init
  total 16
  -rw------- 1 root root    0 Mar  2 09:00 committed
  drwxr-xr-x 6 root root 4096 Mar  2 09:00 diff
  -rw-r--r-- 1 root root   26 Mar  2 09:00 link
  -rw-r--r-- 1 root root  347 Mar  2 09:00 lower
  drwx------ 3 root root 4096 Mar  2 09:00 work
  $ sudo ls -a $D-init/diff/etc
  .
  ..
  hostname
  hosts
  mtab
  resolv.conf
  $ sudo ls $D/merged/app
  Dockerfile
  feedback
  node_modules
  package-lock.json
  pages
  public
  server.js
  temp

The daemon's root, and overlay2's: twelve image layers, the init layer and the container's, l/.

  $ sudo ls /var/lib/docker
  buildkit
  containers
  engine-id
  image
  network
  overlay2
  plugins
  runtimes
  swarm
  tmp
  volumes
  $ sudo ls /var/lib/docker/overlay2 | wc -l
  15
  $ sudo ls /var/lib/docker/overlay2/l | wc -l
  14

An image layer's diff/ holds that layer's own files (COPY . .), and a committed layer its whiteouts.

  $ TOP=$(docker image inspect -f '{{.GraphDriver.Data.UpperDir}}' feedback-node)
  $ sudo ls $TOP/app
  Dockerfile
  feedback
  package.json
  pages
  public
  server.js
  temp
  $ sudo ls $(dirname $TOP)
  committed
  diff
  link
  lower
  work
  $ docker commit web snap
  sha256:[0-9a-f]{64} (re)
  $ sudo ls -l $(docker image inspect -f '{{.GraphDriver.Data.UpperDir}}' snap)/app/package.json
  c--------- 1 root root 0, 0 Mar  2 09:00 /var/lib/docker/overlay2/[0-9a-f]{64}/diff/app/package.json (re)

Root may not change them behind the daemon's back here; the learner may not even look.

  $ sudo touch $UPPER/app/new.txt
  layerlab: changing Docker's overlay2 folders behind its back is not simulated; nothing was changed
  [1]
  $ sudo rm $UPPER/app/package.json
  layerlab: changing Docker's overlay2 folders behind its back is not simulated; nothing was changed
  [1]
  $ sudo sh -c "echo x > $UPPER/app/server.js"
  layerlab: changing Docker's overlay2 folders behind its back is not simulated; nothing was changed
  [1]
  $ sudo ls -a $UPPER/app
  .
  ..
  feedback
  package.json
  server.js
  $ ls $UPPER
  ls: cannot access '/var/lib/docker/overlay2/[0-9a-f]{64}/diff': Permission denied (re)
  [2]

A stopped container's merged/ is gone (Put); a removed container's folders are gone.

  $ docker stop web
  web
  $ sudo ls $D
  diff
  link
  lower
  work
  $ docker rm web
  web
  $ sudo ls $D
  ls: cannot access '/var/lib/docker/overlay2/[0-9a-f]{64}': No such file or directory (re)
  [2]
  $ sudo ls /var/lib/docker/overlay2 | wc -l
  14
