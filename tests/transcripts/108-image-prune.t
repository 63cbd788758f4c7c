docker image prune (docker/cli v28.5.2 cli/command/image/prune.go; moby v28.5.2
daemon/images/image_prune.go ImagesPrune): after the prompt, dangling images (with -a every
image, tag by tag) that no container uses are deleted as `docker rmi` deletes them, the report in
lower case ("untagged:", "deleted:" with each layer released), then the layers' size reclaimed.
Only dangling, label, label! and until filters are accepted. A pulled image's repo@digest reference
goes with its repository's last tag; busybox, snap's parent (a commit records one), is only
untagged while snap exists, and goes once snap is deleted (image_delete.go imageDeleteHelper).

  $ docker image prune -f
  Total reclaimed space: 0B
  $ docker pull busybox
  ...
  $ docker run --name c1 busybox sh -c 'echo one > /f'
  $ docker commit c1 snap
  sha256:[0-9a-f]{64} (re)
  $ docker run --name c2 busybox sh -c 'echo two > /f'
  $ docker commit c2 snap
  sha256:[0-9a-f]{64} (re)
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  snap         latest    1c158117baf4   1 second ago    4.27MB
  <none>       <none>    643504d54009   3 seconds ago   4.27MB
  busybox      latest    0e1274f9d08a   17 months ago   4.27MB
  node         14        b460590c3eb7   2 years ago     912MB
  $ docker image prune
  WARNING! This will remove all dangling images.
  Are you sure you want to continue? [y/N] 
  $ y
  Deleted Images:
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  
  Total reclaimed space: 4B
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  snap         latest    1c158117baf4   3 seconds ago   4.27MB
  busybox      latest    0e1274f9d08a   17 months ago   4.27MB
  node         14        b460590c3eb7   2 years ago     912MB
  $ docker image prune -a --filter foo=bar -f
  Error response from daemon: invalid filter 'foo'
  [1]
  $ docker rm c1 c2
  c1
  c2
  $ docker image prune -a -f
  Deleted Images:
  untagged: busybox:latest
  untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  untagged: snap:latest
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  untagged: node:14
  untagged: node@sha256:2c18306c63d1d72152b2e0d09249e2614bf1107adac6abbcf76d1bc274cdd74f
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  deleted: sha256:[0-9a-f]{64} (re)
  
  Total reclaimed space: 916.6MB
  $ docker images
  REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
