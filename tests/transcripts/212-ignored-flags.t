Flags the docker CLI takes are carried out or refused, never silently ignored. docker image ls
--tree is docker/cli v28.5.2 cli/command/image/tree.go (runTree, printImageTree) on a stream
that is not a terminal: the experimental warning, the legend right-aligned in 80 columns
(tui.InfoHeader's plain " Info -> ", the In Use chip as its letter), IMAGE as wide as the
longest name up to 29 columns (adjustColumns; a longer last name is cut with tui.Ellipsis),
ID, DISK USAGE (go-units HumanSizeWithPrecision, 3), CONTENT SIZE and EXTRA. With the
graphdriver image store the daemon lists no Manifests (moby daemon/images/image_list.go), so
there are no platform rows and every content size is 0B; U marks an image some container uses
(Summary.Containers, API 1.51); an image's other names come first on lines of their own,
longest first (printNames); untagged images show as <untagged> only with -a (isDangling).
image/list.go runImages refuses -q, --no-trunc, --digests and --format with --tree (exit 1).
docker rmi --no-prune leaves the untagged parent a deleted image would take with it (moby
daemon/images/image_delete.go imageDeleteHelper, prune). docker run/create --pull
(cli/command/container/create.go): always pulls first without "Unable to find image", never
leaves the daemon's No such image, anything else fails validatePullOpt (125, with help).
What layerlab cannot carry out it says: --platform other than the daemon's linux/amd64, the
healthcheck, logging, sysctl, security and device flags of run and create, pull --all-tags,
--detach-keys, network create's IPAM flags ("layerlab: docker X --flag is not simulated yet",
exit 1); a value that changes nothing (--platform linux/amd64, --log-driver json-file) passes.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name web busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker image ls --tree | sed 's/$/|/'
  WARNING: This is an experimental feature. The output may change and shouldn't be depended on.|
                                                                Info ->  U In Use |
  |
  IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA|
  busybox:latest   0e1274f9d08a       4.27MB             0B   U    |
  node:14          b460590c3eb7        912MB             0B        |
  $ docker tag busybox my-very-long-repository-name/busybox:v1.2.3
  $ docker image ls --tree
  WARNING: This is an experimental feature. The output may change and shouldn't be depended on.
                                                                Info ->  U In Use
  
  IMAGE                           ID             DISK USAGE   CONTENT SIZE   EXTRA
  my-very-long-repository-name/busybox:v1.2.3
  busybox:latest                  0e1274f9d08a       4.27MB             0B   U
  node:14                         b460590c3eb7        912MB             0B
  $ docker image ls --tree busybox
  WARNING: This is an experimental feature. The output may change and shouldn't be depended on.
                                                                Info ->  U In Use
  
  IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA
  busybox:latest   0e1274f9d08a       4.27MB             0B   U
  $ docker images --tree -q
  --quiet is not yet supported with --tree
  [1]
  $ docker image ls --tree --no-trunc
  --no-trunc is not yet supported with --tree
  [1]
  $ docker image ls --tree --digests
  --show-digest is not yet supported with --tree
  [1]
  $ docker image ls --tree --format '{{.ID}}'
  --format is not yet supported with --tree
  [1]
  $ docker commit web snap
  sha256:[0-9a-f]{64} (re)
  $ docker rmi -f busybox my-very-long-repository-name/busybox:v1.2.3
  Untagged: busybox:latest
  Untagged: busybox@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Untagged: my-very-long-repository-name/busybox:v1.2.3
  $ docker image ls --tree
  WARNING: This is an experimental feature. The output may change and shouldn't be depended on.
                                                                Info ->  U In Use
  
  IMAGE         ID             DISK USAGE   CONTENT SIZE   EXTRA
  snap:latest   [0-9a-f]{12}       4.27MB             0B\s* (re)
  node:14       b460590c3eb7        912MB             0B
  $ docker image ls --tree -a
  WARNING: This is an experimental feature. The output may change and shouldn't be depended on.
                                                                Info ->  U In Use
  
  IMAGE         ID             DISK USAGE   CONTENT SIZE   EXTRA
  snap:latest   [0-9a-f]{12}       4.27MB             0B\s* (re)
  <untagged>    0e1274f9d08a       4.27MB             0B   U
  node:14       b460590c3eb7        912MB             0B
  $ docker rm -f web
  web
  $ docker rmi --no-prune snap
  Untagged: snap:latest
  Deleted: sha256:[0-9a-f]{64} (re)
  Deleted: sha256:[0-9a-f]{64} (re)
  $ docker images -a --format '{{.Repository}}:{{.Tag}} {{.ID}}'
  <none>:<none> 0e1274f9d08a
  node:14 b460590c3eb7
  $ docker run --pull never --rm alpine true
  docker: Error response from daemon: No such image: alpine:latest
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --pull never alpine
  Error response from daemon: No such image: alpine:latest
  [1]
  $ docker run --pull sometimes --rm alpine true
  docker: invalid pull option: 'sometimes': must be one of "always", "missing" or "never"
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --pull always --rm alpine echo pulled
  latest: Pulling from library/alpine
  93d51875b391: Pull complete 
  Digest: sha256:6842053d52bad956b27d9fb3d462cdb07d32ab32dd7e8e53bd1a43890d43e0ac
  Status: Downloaded newer image for alpine:latest
  pulled
  $ docker run --pull always --rm alpine echo again
  latest: Pulling from library/alpine
  Digest: sha256:6842053d52bad956b27d9fb3d462cdb07d32ab32dd7e8e53bd1a43890d43e0ac
  Status: Image is up to date for alpine:latest
  again
  $ docker run --platform linux/amd64 --log-driver json-file --rm alpine echo own platform
  own platform
  $ docker run --platform linux/arm64 --rm alpine true
  layerlab: docker run --platform linux/arm64 is not simulated: the daemon holds linux/amd64 images only
  [1]
  $ docker pull --platform windows/amd64 alpine
  layerlab: docker pull --platform windows/amd64 is not simulated: the daemon holds linux/amd64 images only
  [1]
  $ docker run --ulimit nofile=1024:1024 -d alpine sleep 10
  layerlab: docker run --ulimit is not simulated yet
  [1]
  $ docker create --log-driver none alpine
  layerlab: docker create --log-driver is not simulated yet
  [1]
  $ docker container run --sysctl net.ipv4.ip_forward=1 --rm alpine true
  layerlab: docker container run --sysctl is not simulated yet
  [1]
  $ docker pull -a alpine
  layerlab: docker pull --all-tags is not simulated yet
  [1]
  $ docker start --detach-keys ctrl-x nothing
  layerlab: docker start --detach-keys is not simulated yet
  [1]
  $ docker network create --ipam-driver other net1
  layerlab: docker network create --ipam-driver is not simulated yet
  [1]
  $ docker ps -a --format '{{.Names}}'
