Audit of docker commit -c, tag, and image lookups and listings against the sources (moby
v28.5.2, docker/cli v28.5.2). builder/dockerfile/builder.go BuildFromConfig checks -c in four
passes: the Dockerfile parser over all the changes (buildkit parser/parser.go: "file with no
instructions"; line_parsers.go parseNameVal for ENV and LABEL), validCommitCommands, each
instruction's own argument count (buildkit instructions/parse.go: USER, WORKDIR and STOPSIGNAL
take the whole rest as one argument), then dispatching (dispatchers.go: EXPOSE through
nat.ParsePortSpecs, a range being every port in it; STOPSIGNAL through signal.ParseSignal).
docker tag: client/image_tag.go parses both references before it asks the daemon ("Error
parsing reference: %q is not a valid repository/tag: ..."), and refuses a digest target. An
image is found by its ID, short or full, with or without sha256: (daemon/images/image.go
GetImage, the store's digest set). docker images --digests adds the DIGEST column and shows the
repository's digest (cli/command/formatter/image.go NewImageFormat,
imageFormatTaggedAndDigest: without --digests .Digest is <none>); a custom table format gets
the column appended. docker history -H=false: formatter_history.go uses the "CREATED AT"
table, CreatedSince is then RFC 3339 too, and CreatedAt is always RFC 3339. docker images
REPOSITORY adds a reference filter to the others (image/list.go), reference= is matched with
path.Match against the familiar name with and without the tag. rmi -f says a missing image and
exits 0 (image/remove.go). docker rmi follows daemon/images/image_delete.go: a pulled image's
repo@digest reference goes with its repository's last tag; a committed image records its parent,
which by ID is a hard conflict ("image has dependent child images", even with -f), by its last
tag is only untagged (an intermediate image, listed by images -a, left out of system df's
count: daemon/disk_usage.go lists images without All), and goes when its last child is
deleted (imageDeleteHelper's PruneChildren); docker history gives the parent's ID to its entry.

  $ docker pull busybox -q
  docker.io/library/busybox:latest
  $ docker run -d --name cc busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker commit -c "" cc
  Error response from daemon: file with no instructions
  [1]
  $ docker commit -c "# only a comment" cc
  Error response from daemon: file with no instructions
  [1]
  $ docker commit -c "ENV" cc
  Error response from daemon: ENV requires at least one argument
  [1]
  $ docker commit -c "ENV A" cc
  Error response from daemon: ENV must have two arguments
  [1]
  $ docker commit -c "ENV A=1 B" cc
  Error response from daemon: Syntax error - can't find = in "B". Must be of the form: name=value
  [1]
  $ docker commit -c "BOGUS" -c "ENV A" cc
  Error response from daemon: ENV must have two arguments
  [1]
  $ docker commit -c "BOGUS" -c "ENV" cc
  Error response from daemon: bogus is not a valid change command
  [1]
  $ docker commit -c "LABEL" cc
  Error response from daemon: LABEL requires at least one argument
  [1]
  $ docker commit -c "EXPOSE" cc
  Error response from daemon: EXPOSE requires at least one argument
  [1]
  $ docker commit -c "VOLUME" cc
  Error response from daemon: VOLUME requires at least one argument
  [1]
  $ docker commit -c "WORKDIR" cc
  Error response from daemon: WORKDIR requires exactly one argument
  [1]
  $ docker commit -c "STOPSIGNAL" cc
  Error response from daemon: STOPSIGNAL requires exactly one argument
  [1]
  $ docker commit -c "ONBUILD ONBUILD RUN x" cc
  Error response from daemon: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed
  [1]
  $ docker commit -c "ONBUILD FROM busybox" cc
  Error response from daemon: FROM isn't allowed as an ONBUILD trigger
  [1]
  $ docker commit -c "EXPOSE abc" cc
  Error response from daemon: invalid containerPort: abc
  [1]
  $ docker commit -c "EXPOSE 80/xyz" cc
  Error response from daemon: invalid proto: xyz
  [1]
  $ docker commit -c "EXPOSE 3-1" cc
  Error response from daemon: invalid containerPort: 3-1
  [1]
  $ docker commit -c "STOPSIGNAL FOO" cc
  Error response from daemon: invalid signal: FOO
  [1]
  $ docker commit -c "STOPSIGNAL 0" cc
  Error response from daemon: invalid signal: 0
  [1]
  $ docker commit -c "USER a b" -c "WORKDIR rel" -c "EXPOSE 1-3 8080:90/UDP" -c "STOPSIGNAL sigusr1" cc ported
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.User}}|{{.Config.WorkingDir}}|{{json .Config.ExposedPorts}}' ported
  a b|/rel|{"1/tcp":{},"2/tcp":{},"3/tcp":{},"90/udp":{}}
  $ docker tag busybox
  docker: 'docker tag' requires 2 arguments
  
  Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]
  
  Run 'docker tag --help' for more information
  [1]
  $ docker tag nope Bad
  Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase
  [1]
  $ docker tag Bad new
  Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase
  [1]
  $ docker tag nope new
  Error response from daemon: No such image: nope:latest
  [1]
  $ docker tag busybox "new:a b"
  Error parsing reference: "new:a b" is not a valid repository/tag: invalid reference format
  [1]
  $ docker tag busybox new@sha256:0000000000000000000000000000000000000000000000000000000000000000
  refusing to create a tag with a digest reference
  [1]
  $ docker tag 0e1274f9d08a byid
  $ docker tag sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10 byid:full
  $ docker images byid
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  byid         full      0e1274f9d08a   17 months ago   4.27MB
  byid         latest    0e1274f9d08a   17 months ago   4.27MB
  $ docker history -q 0e1274f9d08a
  0e1274f9d08a
  $ docker run --rm 0e12 echo by short id
  by short id
  $ docker images --digests busybox
  REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED         SIZE
  busybox      latest    sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f   0e1274f9d08a   17 months ago   4.27MB
  $ docker images --digests --format 'table {{.Repository}}:{{.Tag}}'
  REPOSITORY:TAG   DIGEST
  ported:latest    <none>
  busybox:latest   sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  byid:full        <none>
  byid:latest      <none>
  node:14          sha256:2c18306c63d1d72152b2e0d09249e2614bf1107adac6abbcf76d1bc274cdd74f
  $ docker images --format '{{.Repository}} {{.Digest}}' busybox
  busybox <none>
  $ docker images --digests --format raw busybox
  repository: busybox
  tag: latest
  digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  image_id: 0e1274f9d08a
  created_at: 2024-10-01 00:00:00 +0000 UTC
  virtual_size: 4.27MB
  
  $ docker history -H=false busybox
  IMAGE          CREATED AT             CREATED BY                          SIZE      COMMENT
  0e1274f9d08a   2024-10-01T00:00:00Z   BusyBox 1.37.0 (glibc), Debian 13   4270000
  $ docker history --format '{{.CreatedAt}} | {{.CreatedSince}}' busybox
  2024-10-01T00:00:00Z | 17 months ago
  $ docker history --human=false --format '{{.CreatedSince}} {{.Size}}' busybox
  2024-10-01T00:00:00Z 4270000
  $ docker images --filter reference='busy*' --format '{{.Repository}}'
  busybox
  $ docker images --filter reference='*box:lat*' --format '{{.Repository}}'
  busybox
  $ docker images --filter reference=library/busybox --format '{{.Repository}}'
  $ docker images node:14 --filter reference=busybox --format '{{.Repository}}'
  busybox
  node
  $ docker rmi -f nope
  Error response from daemon: No such image: nope:latest
  $ docker rmi nope busybox:nope
  Error response from daemon: No such image: nope:latest
  Error response from daemon: No such image: busybox:nope
  [1]
  $ docker rm -f cc
  cc
  $ docker history ported
  IMAGE          CREATED          CREATED BY                          SIZE      COMMENT
  618b2451a8b6   27 seconds ago   sleep 1000                          0B
  0e1274f9d08a   17 months ago    BusyBox 1.37.0 (glibc), Debian 13   4.27MB
  $ docker rmi 0e1274f9d08a
  Error response from daemon: conflict: unable to delete 0e1274f9d08a (cannot be forced) - image has dependent child images
  [1]
  $ docker rmi -f 0e1274f9d08a
  Error response from daemon: conflict: unable to delete 0e1274f9d08a (cannot be forced) - image has dependent child images
  [1]
  $ docker rmi byid byid:full
  Untagged: byid:latest
  Untagged: byid:full
  $ docker rmi busybox
  Untagged: busybox:latest
  Untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  $ docker images -a --format '{{.Repository}}:{{.Tag}} {{.ID}}'
  ported:latest 618b2451a8b6
  <none>:<none> 0e1274f9d08a
  node:14 b460590c3eb7
  $ docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'
  ported:latest 618b2451a8b6
  node:14 b460590c3eb7
  $ docker system df --format '{{.Type}} {{.TotalCount}}'
  Images 2
  Containers 0
  Local Volumes 0
  Build Cache 0
  $ docker rmi ported
  Untagged: ported:latest
  Deleted: sha256:618b2451a8b6642d7279dc9498777c5a4860552bcc2c4291a17709f60e483b01
  Deleted: sha256:b682245f228ca5b9964015868f8f9693cacd145daaf40bb77e940f3537050fb4
  Deleted: sha256:0e1274f9d08add2cf662ced2a5a715d72cbdf48c7bc4ddc753654ed07b3c0b10
  Deleted: sha256:9238b0f68fe2e65fe0dec71f70e8642e0ffe7cbd0a4b1a531eec579c78a93c68
  $ docker images -a --format '{{.Repository}}:{{.Tag}} {{.ID}}'
  node:14 b460590c3eb7
