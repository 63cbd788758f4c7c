docker commit, import and load put their image in the store as moby v28.5.2 image/store.go Create
does: a config whose ID the store has already gives back that image, its tags kept. The simulated
clock moves a second per command line, so commits of an unchanged container in one line make one ID:
the later commit used to replace the image and take the earlier's tags away (same1 and same2 were
gone). And like pull and build they hold to layerlab's bound of 30 images per sandbox: commit,
import and load made hundreds (a page of 2.4 MB, sent again at every command). A load refused at the
bound leaves none of its layers behind, as one refused past the layer depth (it loads them again).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name box busybox sleep 1000
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ for i in 1 2 3; do docker commit box same$i; done
  sha256:fd2689d8284e6d0e493d2e26072b5de531af315264513fb8272fe9fbc34927be
  sha256:fd2689d8284e6d0e493d2e26072b5de531af315264513fb8272fe9fbc34927be
  sha256:fd2689d8284e6d0e493d2e26072b5de531af315264513fb8272fe9fbc34927be
  $ docker images --format '{{.Repository}} {{.ID}}' | grep same
  same1 fd2689d8284e
  same2 fd2689d8284e
  same3 fd2689d8284e
  $ docker save -o same.tar same1
  $ for i in $(seq 1 27); do docker exec box touch /f$i; docker commit box img$i > /dev/null; done; docker images -q | wc -l
  32
  $ docker exec box touch /one-more; docker commit box one-more
  Error response from daemon: layerlab: this sandbox holds at most 30 images; remove some with docker rmi
  [1]
  $ docker export box | docker import - imported
  Error response from daemon: layerlab: this sandbox holds at most 30 images; remove some with docker rmi
  [1]
  $ docker rmi same1 same2 same3
  Untagged: same1:latest
  Untagged: same2:latest
  Untagged: same3:latest
  Deleted: sha256:fd2689d8284e6d0e493d2e26072b5de531af315264513fb8272fe9fbc34927be
  Deleted: sha256:f51e719ab8a09f901266a7da193a6dec6a716ed9e4015eb64a068284c3e4d9f7
  $ docker commit box one-more
  sha256:5771a316245958632d0ab77560a2cea5123ba04117097bc6520e33739e73e03f
  $ docker load -i same.tar
  f51e719ab8a0: Loading layer [==================================================>]  1.024kB/1.024kB
  Error response from daemon: layerlab: this sandbox holds at most 30 images; remove some with docker rmi
  [1]
  $ docker images -q | wc -l
  30
  $ docker rmi img1
  Untagged: img1:latest
  Deleted: sha256:a59f84666175fe5a591bcf365d9d363d105f44afbfef80e27a991f3808072d85
  Deleted: sha256:6afec657be9c8bfa72ce3b38f073232db5b300831625bf0860dc0dfb06ed8cfa
  $ docker load -i same.tar
  f51e719ab8a0: Loading layer [==================================================>]  1.024kB/1.024kB
  Loaded image: same1:latest
  $ docker images same1
  REPOSITORY   TAG       IMAGE ID       CREATED          SIZE
  same1        latest    fd2689d8284e   12 seconds ago   4.27MB
