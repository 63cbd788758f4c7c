How deep a chain of layers may be with the overlay2 graph driver. Two limits in moby v28.5.2:
layer/layer_store.go maxLayerDepth = 125 (registerWithDescriptor refuses a parent whose depth, 1
for a layer without one, is 125 or more: layer/layer.go ErrMaxDepthExceeded "max depth exceeded"),
and daemon/graphdriver/overlay2/overlay.go maxDepth = 128 (create writes the new directory's
lowers through getLower, the parent's link and its lowers, "max depth exceeded" past 128; a
directory on the N-th layer of a chain has N lowers). BuildKit's snapshotter
(builder/builder-next/adapters/snapshot/snapshot.go Prepare) calls the driver's Create for each
step, and vendor/github.com/moby/buildkit/cache/manager.go New wraps its error "failed to prepare
<parent> as <snapshot>" (random IDs in Docker; the base image's chain ID while no step has made a
layer): on busybox's one layer the 129th step that makes a layer fails, and a build of 129 layers
exports, as export registers through layer/migration.go RegisterByGraphID, which has no depth
check. A container needs an init layer (N lowers) and a read-write layer on it (N + 1)
(layer_store.go CreateRWLayer, daemon/create.go CreateLayer: errdefs.System), so an image of 128 or
129 layers cannot run; an image mount's layer (daemon/volumes.go registerMountPoints
CreateLayerFromImage) has no init layer, so it fails on 129. docker commit (daemon/images/image_commit.go CommitImage) and docker load
(image/tarexport/load.go loadLayer) register through the layer store, so they stop at 125 layers;
load reads again no layer the store has, and the layers it registered for the image go with it.

  $ mkdir /tmp/deep
  $ cd /tmp/deep
  $ echo 'FROM busybox' > Dockerfile
  $ printf 'RUN touch /f%s\n' $(seq 130) >> Dockerfile
  $ wc -l < Dockerfile
  131
  $ docker build -t deep .
  \[\+\] Building [0-9.]+s \(132/135\) +docker:default (re)
  ...
   => [129/131] RUN touch /f128                                              0.3s
   => ERROR [130/131] RUN touch /f129                                        0.0s
  ------
   > [130/131] RUN touch /f129:
  ------
  Dockerfile:130
  --------------------
   128 |     RUN touch /f127
   129 |     RUN touch /f128
   130 | >>> RUN touch /f129
   131 |     RUN touch /f130
   132 |
  --------------------
  ERROR: failed to build: failed to solve: failed to prepare [0-9a-z]{25} as [0-9a-z]{25}: max depth exceeded (re)
  [1]
  $ head -n 129 Dockerfile > Dockerfile.129
  $ docker build -q -t deep:129 -f Dockerfile.129 .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{len .RootFS.Layers}}' deep:129
  129
  $ docker run --rm deep:129 ls /f128
  docker: Error response from daemon: max depth exceeded
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name c129 deep:129
  Error response from daemon: max depth exceeded
  [1]
  $ docker ps -aq
  $ printf 'FROM deep:129\nRUN true\n' > Dockerfile.on129
  $ docker build -q -f Dockerfile.on129 . 2>&1 | tail -n 1
  ERROR: failed to build: failed to solve: failed to prepare sha256:[0-9a-f]{64} as [0-9a-z]{25}: max depth exceeded (re)
  $ head -n 127 Dockerfile > Dockerfile.127
  $ docker build -q -t deep:127 -f Dockerfile.127 .
  sha256:[0-9a-f]{64} (re)
  $ docker run --name c127 deep:127 ls /f126
  /f126
  $ docker run --rm --mount type=image,source=deep:129,target=/d deep:127 ls /d
  docker: Error response from daemon: max depth exceeded
  
  Run 'docker run --help' for more information
  [125]
  $ docker commit c127 deep:128
  Error response from daemon: max depth exceeded
  [1]
  $ head -n 124 Dockerfile > Dockerfile.124
  $ docker build -q -t deep:124 -f Dockerfile.124 .
  sha256:[0-9a-f]{64} (re)
  $ docker run --name c124 deep:124 touch /new
  $ docker commit c124 deep:125
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{len .RootFS.Layers}}' deep:125
  125
  $ docker run --name c125 deep:125 ls /new
  /new
  $ docker commit c125 deep:126
  Error response from daemon: max depth exceeded
  [1]
  $ echo 'FROM busybox' > Dockerfile.g
  $ printf 'RUN touch /g%s\n' $(seq 125) >> Dockerfile.g
  $ docker build -q -t g126 -f Dockerfile.g .
  sha256:[0-9a-f]{64} (re)
  $ docker save -o g126.tar g126
  $ docker rmi g126 > /dev/null
  $ docker builder prune -af > /dev/null
  $ docker load -q -i g126.tar
  max depth exceeded
  [1]
  $ docker images -q g126
  $ docker build -q -t g126 -f Dockerfile.g .
  sha256:[0-9a-f]{64} (re)
  $ docker load -q -i g126.tar
  The image g126:latest already exists, renaming the old one with ID sha256:[0-9a-f]{64} to empty string (re)
  Loaded image: g126:latest
