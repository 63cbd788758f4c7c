Issue 17 point 25: each base image's real top level (moby's init layer adds /.dockerenv,
/proc and /sys to a running container, so busybox shows proc and sys), and a write under
/var/tmp copies both parent directories up (docker diff: C /var, C /var/tmp, A /var/tmp/x).

  $ docker run --rm node:14 ls /
  bin
  boot
  dev
  etc
  home
  lib
  lib64
  media
  mnt
  opt
  proc
  root
  run
  sbin
  srv
  sys
  tmp
  usr
  var
  $ docker run --rm node:14 ls -a /
  .
  ..
  .dockerenv
  bin
  boot
  dev
  etc
  home
  lib
  lib64
  media
  mnt
  opt
  proc
  root
  run
  sbin
  srv
  sys
  tmp
  usr
  var
  $ docker pull -q busybox
  ...
  $ docker run --rm busybox ls /
  bin
  dev
  etc
  home
  lib
  lib64
  proc
  root
  sys
  tmp
  usr
  var
  $ docker run --rm alpine ls /
  ...
  bin
  dev
  etc
  home
  lib
  media
  mnt
  opt
  proc
  root
  run
  sbin
  srv
  sys
  tmp
  usr
  var
  $ docker run --rm ubuntu ls /
  ...
  bin
  boot
  dev
  etc
  home
  lib
  lib64
  media
  mnt
  opt
  proc
  root
  run
  sbin
  srv
  sys
  tmp
  usr
  var
  $ docker run --rm ubuntu ls /home
  ubuntu
  $ docker run --rm node:14 ls /usr/local/bin
  corepack
  docker-entrypoint.sh
  node
  nodejs
  npm
  npx
  yarn
  yarnpkg
  $ docker run --rm node:14 ls /opt
  yarn-v1.22.19
  $ docker run -d --name tmpw node:14 sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec tmpw touch /var/tmp/x
  $ docker diff tmpw
  C /var
  C /var/tmp
  A /var/tmp/x
  $ docker rm -f tmpw
  tmpw
