docker save writes images as one tar archive and docker load reads it back (docker/cli v28.5.2
cli/command/image/save.go and load.go; -o as docker export's, through atomicwriter, mode 0600).
With the overlay2 graph driver the daemon's moby v28.5.2 image/tarexport/save.go writes an OCI
layout: under blobs/sha256/ each layer's tar named by its diff ID (RootFS.Layers), a legacy v1
config per layer, the image's config named by the image ID and its OCI manifest (set to the epoch,
as index.json, manifest.json, oci-layout and repositories are); go-archive walks the folder in name
order. A name without a tag saves every tag of that repository; an ID saves the image untagged.
load.go registers only the layers the store lacks (a terminal shows each one's "Loading layer"
progress, stringid.TruncateID of its diff ID), tags the images ("The image ... already exists,
renaming the old one ..." when a tag moves) and prints "Loaded image: NAME:TAG", or "Loaded image
ID: sha256:..." for every image when the last one has no tag. An archive without manifest.json
(a container's export) goes to the legacy loader, which looks for a json file in its first folder.
docker import (cli/command/image/import.go; daemon/images/image_import.go) makes a one-layer image
from any tar: its history is one entry whose comment is "Imported from -" (the API router's,
api/server/router/image/image_routes.go: a file is sent as "-") unless -m says otherwise, and
--change applies Dockerfile instructions to an empty config.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker save feedback-node
  cowardly refusing to save to a terminal. Use the -o flag or redirect
  [1]
  $ docker save -o img.tar feedback-node
  $ ls -l img.tar
  -rw------- 1 learner learner [0-9]{9} Mar  2 09:00 img.tar (re)
  $ tar -tf img.tar | grep -v '^blobs/sha256/.'
  blobs/
  blobs/sha256/
  index.json
  manifest.json
  oci-layout
  repositories
  $ tar -tvf img.tar blobs/sha256/$(docker inspect -f '{{.Id}}' feedback-node | cut -d: -f2)
  -rw-r--r-- 0/0            [0-9]{4} 2026-03-02 09:00 blobs/sha256/[0-9a-f]{64} (re)
  $ tar -xOf img.tar repositories
  {"feedback-node":{"latest":"[0-9a-f]{64}"}} (re)
  $ tar -xOf img.tar oci-layout; echo
  {"imageLayoutVersion": "1.0.0"}
  $ tar -xOf img.tar index.json | grep -o '"annotations":{[^}]*}'
  "annotations":{"io.containerd.image.name":"docker.io/library/feedback-node:latest","org.opencontainers.image.ref.name":"latest"}

Each layer's blob is itself a tar of that layer's files: the top one, COPY . ., holds the app.

  $ top=$(docker inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' feedback-node | grep . | tail -1 | cut -d: -f2)
  $ tar -xf img.tar -C /tmp blobs && tar -tvf /tmp/blobs/sha256/$top | head -4
  drwxr-xr-x 0/0               0 2026-03-02 09:00 app/
  -rw-r--r-- 0/0             113 2026-03-02 09:00 app/Dockerfile
  drwxr-xr-x 0/0               0 2026-03-02 09:00 app/feedback/
  -rw-r--r-- 0/0             269 2026-03-02 09:00 app/package.json
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  Deleted: sha256:[0-9a-f]{64} (re)
  $ docker load -i img.tar
  Loaded image: feedback-node:latest
  $ docker load < img.tar
  Loaded image: feedback-node:latest

A layer the store no longer has is read from the archive, with its progress on a terminal.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker images busybox
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  busybox      latest    0e1274f9d08a   [0-9]+ .* ago +4.27MB (re)
  $ docker save busybox > bb.tar
  $ docker rmi -f busybox | head -1
  Untagged: busybox:latest
  $ docker load -i bb.tar
  9238b0f68fe2: Loading layer [==================================================>]  3.239MB/3.239MB
  Loaded image: busybox:latest
  $ docker images busybox
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  busybox      latest    0e1274f9d08a   [0-9]+ .* ago +4.27MB (re)
  $ docker run --rm busybox sh -c 'ls -l /bin/sh | cut -c1-10; echo works'
  -rwxr-xr-x
  works
  $ docker tag busybox feedback-node
  $ docker load -q -i img.tar
  The image feedback-node:latest already exists, renaming the old one with ID sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10 to empty string
  Loaded image: feedback-node:latest
  $ docker save -o id.tar $(docker images -q node) && docker load -i id.tar
  Loaded image ID: sha256:b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c
  $ docker load
  requested load from stdin, but stdin is empty
  [1]
  $ docker load -i nope.tar
  open nope.tar: no such file or directory
  [1]
  $ docker run -d --name web feedback-node
  [0-9a-f]{64} (re)
  $ docker export web -o web.tar
  $ docker load -i web.tar
  open /var/lib/docker/tmp/docker-import-[0-9]+/app/json: no such file or directory (re)
  [1]

docker import flattens an export into one layer.

  $ docker import web.tar flat:1
  sha256:[0-9a-f]{64} (re)
  $ docker history flat:1
  IMAGE          CREATED        CREATED BY   SIZE      COMMENT
  [0-9a-f]{12}   1 second ago                [0-9.]+MB +Imported from - (re)
  $ docker import -m "one layer" -c 'CMD ["node", "server.js"]' -c 'WORKDIR /app' - flat:2 < web.tar
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{.Comment}} {{.Config.Cmd}} {{.Config.WorkingDir}} {{len .RootFS.Layers}}' flat:2
  one layer [node server.js] /app 1
  $ docker run -d --name flat -p 3001:80 flat:2
  [0-9a-f]{64} (re)
  $ curl -s localhost:3001 | grep -o '<title>.*</title>'
  <title>Share some Feedback!</title>

The daemon's and the CLI's errors.

  $ docker import nope.tar
  open nope.tar: no such file or directory
  [1]
  $ docker import Dockerfile
  Error response from daemon: unexpected EOF
  [1]
  $ docker save -o x.tar nope:1
  Error response from daemon: reference does not exist
  [1]
  $ docker save -o x.tar nope
  Error response from daemon: No such image: nope
  [1]
  $ docker save -o nodir/x.tar busybox
  failed to save image: invalid output path: stat nodir: no such file or directory
  [1]
