`docker rmi -f` of an image a stopped container was made from deletes the image (moby v28.5.2
daemon/images/image_delete.go): a stopped container is a soft conflict (conflictStoppedContainer)
and force leaves only the hard ones (a running container, a dependent child), so
imageDeleteHelper goes on and deletes it, by tag or by ID; its layers stay, held by the
container's own layer, which still starts and still has its files. `docker ps` then shows the
image's ID (daemon/list.go refreshImage), `docker commit` cannot read the parent image
(image_commit.go CommitImage: imageStore.Get), and removing the container releases the layers,
so busybox is pulled again, not found "Already exists". A running container is a hard conflict:
there the tag goes and the image stays, as <none>.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --name c1 busybox sh -c 'echo one > /f'
  $ docker rmi busybox
  Error response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image 0e1274f9d08a (re)
  [1]
  $ docker rmi -f busybox
  Untagged: busybox:latest
  Untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Deleted: sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED       SIZE
  node         14        b460590c3eb7   2 years ago   912MB
  $ docker ps -a --format '{{.Image}} {{.Names}} {{.Status}}'
  0e1274f9d08a c1 Exited \(0\) .+ (re)
  $ docker start -a c1
  $ docker diff c1
  A /f
  $ docker commit c1 snap
  Error response from daemon: failed to get digest sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10: open /var/lib/docker/image/overlay2/imagedb/content/sha256/0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10: no such file or directory
  [1]
  $ docker rm c1
  c1
  $ docker pull busybox
  Using default tag: latest
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  ...
  $ docker run -d --name c2 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run --name c3 busybox cat /etc/hostname
  [0-9a-f]{12} (re)
  $ docker rmi -f 0e1274f9d08a
  Error response from daemon: conflict: unable to delete 0e1274f9d08a \(cannot be forced\) - image is being used by running container [0-9a-f]{12} (re)
  [1]
  $ docker rmi -f busybox
  Untagged: busybox:latest
  Untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  $ docker images -q --filter dangling=true
  0e1274f9d08a
  $ docker stop c2
  c2
  $ docker rmi 0e1274f9d08a
  Error response from daemon: conflict: unable to delete 0e1274f9d08a \(must be forced\) - image is being used by stopped container [0-9a-f]{12} (re)
  [1]
  $ docker rmi -f 0e1274f9d08a
  Deleted: sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10
  $ docker start c2
  c2
  $ docker exec c2 cat /etc/hostname
  [0-9a-f]{12} (re)
