docker load checks each layer it reads against the image's config (moby v28.5.2
image/tarexport/load.go): the layer store digests the tar it registers (layer_store.go Register),
and that diff ID must be the one rootfs.diff_ids names, else load ends with
`invalid diffID for layer N: expected "sha256:...", got "sha256:..."` and the layers it registered
for that image are released (they go). A layer the store has already is not read, so not checked.
A layer's tar docker save wrote keeps its digest when copied; one rewritten with tar -c is other
bytes, and docker import of it names its layer by that digest, the one load reports. Importing a
saved layer's own tar gives back that very layer (image_import.go registers it by its digest). The
daemon untars the archive into a folder, so one made with `tar -cf x.tar -C dir .` ("./" names)
loads as well.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker save -o bb.tar busybox
  $ mkdir bb && tar -xf bb.tar -C bb
  $ L=$(sed 's/.*"Layers":\["\([^"]*\)".*/\1/' bb/manifest.json); echo $L
  blobs/sha256/9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68
  $ mkdir layer && echo hi > layer/hello.txt && tar -cf bb/$L -C layer .
  $ tar -cf bb2.tar -C bb .
  $ docker rmi busybox > /dev/null
  $ docker load -i bb2.tar
  9238b0f68fe2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  invalid diffID for layer 0: expected "sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68", got "sha256:ba52926e3230af3616f35777628bc0d936445108c169719e12e0c69c16b97cb8"
  [1]
  $ docker images -q busybox
  $ docker load -q -i bb2.tar
  invalid diffID for layer 0: expected "sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68", got "sha256:ba52926e3230af3616f35777628bc0d936445108c169719e12e0c69c16b97cb8"
  [1]
  $ docker load -i bb.tar
  9238b0f68fe2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  Loaded image: busybox:latest
  $ docker import bb/$L flat
  sha256:[0-9a-f]{64} (re)
  $ tar -xf bb.tar -C bb
  $ docker import bb/$L flat2
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f "{{.RootFS.Layers}}" flat flat2 busybox
  [sha256:ba52926e3230af3616f35777628bc0d936445108c169719e12e0c69c16b97cb8]
  [sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68]
  [sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68]
  $ printf 'FROM busybox\nRUN echo a > /a\nRUN echo b > /b\n' > Dockerfile.two
  $ docker build -q -t two -f Dockerfile.two .
  sha256:[0-9a-f]{64} (re)
  $ docker save -o two.tar two
  $ docker rmi two busybox flat flat2 > /dev/null && docker builder prune -af > /dev/null
  $ mkdir t && tar -xf two.tar -C t
  $ L3=$(sed 's/.*"Layers":\["[^"]*","[^"]*","\([^"]*\)".*/\1/' t/manifest.json)
  $ cp t/$L3 t/keep.tar && cp bb/$L t/$L3
  $ tar -cf two2.tar -C t .
  $ docker load -i two2.tar
  9238b0f68fe2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  9972e3bb76d2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  b3efe664883d: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  invalid diffID for layer 2: expected "sha256:b3efe664883d4b4bd42ccf4f469c7568e62aeaa7188756a378001b148e2c0b07", got "sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68"
  [1]
  $ docker load -i two.tar
  9238b0f68fe2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  9972e3bb76d2: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  b3efe664883d: Loading layer \[=+>\] +[0-9.]+[kMG]?B/[0-9.]+[kMG]?B (re)
  Loaded image: two:latest
