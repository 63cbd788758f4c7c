docker rmi after a BuildKit build, on the overlay2 graphdriver store Docker 28.5 uses by default.
Deleting an image releases its top layer in the layer store, and the store deletes a layer (a
"Deleted: <chain ID>" line) and walks down to its parent only while nothing else holds a reference
(moby v28.5.2 daemon/images/image_delete.go imageDeleteHelper, image/store.go Delete,
layer/layer_store.go releaseLayer). BuildKit's moby worker holds one for every layer its cache
records stand for: each step's layer, registered by EnsureLayer, and the base image's layers it
read "from local" (builder/builder-next/adapters/snapshot/layer.go and snapshot.go,
adapters/containerimage/pull.go), until the record is pruned. So right after a build, docker rmi
deletes only the image; once the build cache is pruned, the image's layers go with it, down to
node:14's whose image was pruned too. Image prunes reclaim only the layers they delete, build
cache prunes their records' sizes, so a layer is counted once.

  $ docker build -t feedback-node .
  ...
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  Deleted: sha256:3862a3faf4adb1991eba0ee6d138407235cfd17731793296c835a63903ebc6b4
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED       SIZE
  node         14        b460590c3eb7   2 years ago   912MB
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          1         0         912.3MB   912.3MB (100%)
  Containers      0         0         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     4         0         2.408MB   2.408MB
  $ docker build -t feedback-node .
  [+] Building 0.7s (10/10) FINISHED                               docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 113B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/5] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 3.30kB                                        0.0s
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => CACHED [3/5] COPY package.json .                                       0.0s
   => CACHED [4/5] RUN npm install                                           0.0s
   => CACHED [5/5] COPY . .                                                  0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:3862a3faf4adb1991eba0ee6d138407235cfd17731793  0.0s
   => => naming to docker.io/library/feedback-node                           0.0s
  $ docker run -d --name app feedback-node
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker system prune -a -f
  Deleted Images:
  untagged: node:14
  untagged: node@sha256:2c18306c63d1d72152b2e0d09249e2614bf1107adac6abbcf76d1bc274cdd74f
  deleted: sha256:b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c
  
  Deleted build cache objects:
  1dgiylo4v9jqkwhu3fm4qcf7d
  hsyn80jj1nihbsbfrvt64t059
  j2jia5b9a9grwrjl6td6b3kwa
  xp8vxtuhnl737lnhqgghl7wyw
  
  Total reclaimed space: 2.408MB
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          1         1         914.7MB   0B (0%)
  Containers      1         1         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     0         0         0B        0B
  $ docker rm -f app
  app
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  Deleted: sha256:3862a3faf4adb1991eba0ee6d138407235cfd17731793296c835a63903ebc6b4
  Deleted: sha256:c4b80e76ca5a4673fe96f0908a8d71fdbe889b6fac3ed015ffe7ca1e0c4cf45e
  Deleted: sha256:46d1afd652744f73a6fa92d59ae9603d52192286e0291e812bb6cacca84466c1
  Deleted: sha256:61d7d64e93db975bd6c7ea2b1ba7dde34c2625c98aafb2c47c338d45b9682c72
  Deleted: sha256:596a231129a43e49aaa90b6b8b8c1aabd52fee1fb40bf0cc5f4cb6eb323e65dd
  Deleted: sha256:e3d98e8e323b7088085e0124442c191512536ea5c019ccf9bfd5944fb2375517
  Deleted: sha256:48beb3299224e6123a02cdf9c8ab0162a18d4a5cdd52cb3e86e0cb2af6a9d6ec
  Deleted: sha256:56b701fd334333290597a3b67ddf5c23391563f6cf55e6b620d58004d8888460
  Deleted: sha256:86978e5ae4423d149db29c5ef8c0037caa0adaf222b3194b5faa94f37b5205ae
  Deleted: sha256:52462b5f8fe82320a36e771255dfd80742bd6ee5a3630964afa48ca1fd40c0fa
  Deleted: sha256:7eca83efd8e2bc7016861f667f4fac611e19c05e34550e3351477342d991cd0a
  Deleted: sha256:e1a623318112b0a556823d7a27d6de975dd2855687410906fe9718cc0caeb6e2
  Deleted: sha256:f0da8411dcfa324bf79b91d85a26aa20474a987f2ac63dbe48d48e13abe250d5
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          0         0         0B        0B
  Containers      0         0         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     0         0         0B        0B
