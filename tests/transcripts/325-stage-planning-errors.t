What `docker build` shows when the stages cannot be planned, read from the frontend vendored in
moby v28.5.2 (vendor/github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb/convert.go) and
buildx v0.29.1 (commands/build.go). toDispatchState finds an unknown --target and a circular
dependency (validateCircularDependency, each COPY on the way marked) after the Dockerfile is loaded
and before any image's metadata: the display has that one step, FINISHED. resolveReachableStages
loads each base's metadata; one not found fails at the FROM, or at the COPY whose --from made it a
stage (parser.WithLocation), the metadata step failed with the resolver's error (plain: "#2
ERROR: ..."), every step stopped, so counted and FINISHED (display.go isCompleted). dispatch finds a
COPY --from a stage defined later, once .dockerignore is loaded. buildx prints the warnings when the
display closes, failed or not (progress.WithOnClose printWarnings), before the error.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/stageerrors
  $ cd /home/learner/stageerrors
  $ printf 'FROM busybox AS a\nCOPY --from=b /x /x\nFROM busybox AS b\nCOPY --from=a /y /y\n' > Dockerfile
  $ docker build .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 76B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox AS a
     2 | >>> COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 |     COPY --from=a /y /y
  --------------------
  Dockerfile:4
  --------------------
     2 |     COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 | >>> COPY --from=a /y /y
     5 |
  --------------------
  ERROR: failed to build: failed to solve: circular dependency detected on stage: a
  [1]
  $ docker build --target c .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 76B                                        0.0s
  ERROR: failed to build: failed to solve: target stage "c" could not be found (did you mean a?)
  [1]
  $ printf 'FROM busybox AS a\nCOPY --from=b /x /x\nFROM busybox AS b\n' > Dockerfile
  $ docker build --target a .
  [+] Building 0.5s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 56B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox AS a
     2 | >>> COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 |
  --------------------
  ERROR: failed to build: failed to solve: cannot copy from stage "b", it needs to be defined before current stage "a"
  [1]
  $ printf 'FROM busybox\nCOPY --from=nope /x /x\n' > Dockerfile
  $ docker build .
  [+] Building 1.0s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 36B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => ERROR [internal] load metadata for docker.io/library/nope:latest       0.5s
  ------
   > [internal] load metadata for docker.io/library/nope:latest:
  ------
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --from=nope /x /x
     3 |
  --------------------
  ERROR: failed to build: failed to solve: nope: failed to resolve source metadata for docker.io/library/nope:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  [1]
  $ printf 'FROM busybx\n' > Dockerfile
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 12B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybx:latest
  #2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  ------
   > [internal] load metadata for docker.io/library/busybx:latest:
  ------
  Dockerfile:1
  --------------------
     1 | >>> FROM busybx
     2 |
  --------------------
  ERROR: failed to build: failed to solve: busybx: failed to resolve source metadata for docker.io/library/busybx:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed (did you mean busybox?)
  [1]
  $ printf 'FROM busybox AS Base\nRUN false\n' > Dockerfile
  $ docker build .
  [+] Building 0.8s (4/7)                                          docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 31B                                        0.0s
   => WARN: StageNameCasing: Stage name 'Base' should be lowercase (line 1)  0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => ERROR [2/2] RUN false                                                  0.3s
  ------
   > [2/2] RUN false:
  ------
  
   1 warning found (use docker --debug to expand):
   - StageNameCasing: Stage name 'Base' should be lowercase (line 1)
  Dockerfile:2
  --------------------
     1 |     FROM busybox AS Base
     2 | >>> RUN false
     3 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1
  [1]
