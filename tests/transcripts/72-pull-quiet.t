docker pull -q (issue 17, point 17): cli/command/image/pull.go sends the progress to io.Discard
and skips "Using default tag", then prints the reference it pulled, a bare name tagged latest.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull --quiet alpine:latest
  docker.io/library/alpine:latest
  $ docker pull -q nope/nope
  Error response from daemon: pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
  [1]
  $ docker pull ubuntu
  Using default tag: latest
  latest: Pulling from library/ubuntu
  ...
  Status: Downloaded newer image for ubuntu:latest
  docker.io/library/ubuntu:latest

docker run -q (--quiet: "Suppress the pull output") says nothing of the pull either.

  $ docker rmi -f alpine
  Untagged: alpine:latest
  ...
  $ docker run -q --rm alpine echo quiet
  quiet
