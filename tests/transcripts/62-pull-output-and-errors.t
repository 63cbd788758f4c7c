docker pull (DESIGN 2 "small built-in registry"; reference 1.4 E12): the
CLI prints "Using default tag: latest" for a name without a tag before it
asks the daemon, on success and on failure alike (docker/cli
cli/command/image/pull.go: TagNameOnly, then Fprintln "Using default tag:");
a missing repository is "pull access denied ..."; a missing tag is
"manifest for X not found: manifest unknown: manifest unknown"; run of a
missing image prints "Unable to find image" first and exits 125.

  $ docker pull busybox
  Using default tag: latest
  latest: Pulling from library/busybox
  [0-9a-f]{12}: Pull complete ? (re)
  Digest: sha256:[0-9a-f]{64} (re)
  Status: Downloaded newer image for busybox:latest
  docker.io/library/busybox:latest
  $ docker pull busybox
  Using default tag: latest
  latest: Pulling from library/busybox
  Digest: sha256:[0-9a-f]{64} (re)
  Status: Image is up to date for busybox:latest
  docker.io/library/busybox:latest
  $ docker pull busybox:latest
  latest: Pulling from library/busybox
  Digest: sha256:[0-9a-f]{64} (re)
  Status: Image is up to date for busybox:latest
  docker.io/library/busybox:latest
  $ docker pull busybox:nosuchtag
  Error response from daemon: manifest for busybox:nosuchtag not found: manifest unknown: manifest unknown
  [1]
  $ docker pull feedback-node
  Using default tag: latest
  Error response from daemon: pull access denied for feedback-node, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
  [1]
  $ docker pull Feedback-Node
  invalid reference format: repository name (library/Feedback-Node) must be lowercase
  [1]
  $ docker run --rm feedback-node
  Unable to find image 'feedback-node:latest' locally
  docker: Error response from daemon: pull access denied for feedback-node, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
  
  Run 'docker run --help' for more information
  [125]
  $ docker images --format '{{.Repository}}:{{.Tag}}'
  busybox:latest
  node:14
  $ docker run --rm alpine echo hi
  Unable to find image 'alpine:latest' locally
  latest: Pulling from library/alpine
  [0-9a-f]{12}: Pull complete ? (re)
  Digest: sha256:[0-9a-f]{64} (re)
  Status: Downloaded newer image for alpine:latest
  hi
  $ docker pull ubuntu
  Using default tag: latest
  latest: Pulling from library/ubuntu
  ...
  Status: Downloaded newer image for ubuntu:latest
  docker.io/library/ubuntu:latest
  $ docker images --format '{{.Repository}} {{.Size}}'
  ubuntu \d+(\.\d+)?MB (re)
  alpine \d+(\.\d+)?MB (re)
  busybox \d+(\.\d+)?MB (re)
  node 912MB
