The daemon checks the container's config before its host config and before it looks for the
image (moby v28.5.2 daemon/create.go containerCreate, daemon/container.go verifyContainerSettings):
a relative working directory and an unknown stop signal fail there, so nothing is pulled; a
working directory is kept cleaned (translateWorkingDir).

  $ docker run --rm -w rel alpine pwd
  docker: Error response from daemon: the working directory 'rel' is invalid, it needs to be an absolute path
  
  Run 'docker run --help' for more information
  [125]
  $ docker create -w rel busybox
  Error response from daemon: the working directory 'rel' is invalid, it needs to be an absolute path
  [1]
  $ docker run --rm --stop-signal FOO busybox true
  docker: Error response from daemon: invalid signal: FOO
  
  Run 'docker run --help' for more information
  [125]
  $ docker pull busybox
  ...
  $ docker run --rm -w /a/../b/ busybox pwd
  /b
