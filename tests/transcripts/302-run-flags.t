RUN's flags (moby v28.5.2 vendored buildkit frontend/dockerfile/instructions: parseRun's hooks add
--mount and --device, commands_runmount.go and commands_rundevice.go, and --network,
commands_runnetwork.go; --security only with the dfrunsecurity build tag), read by BFlags.Parse:
an unknown one, with the closest name; one given twice that takes one value; one with no value;
and a network mode other than default, none or host. They used to be taken as the command's
first words. The step is named by its line, flags and all, and the history keeps only the command
(convert.go dispatchRun). --mount, --device and a --network other than default are refused as not
simulated before any step runs.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/runflags
  $ cd /home/learner/runflags
  $ printf 'FROM busybox\nRUN --mont=type=cache,target=/root/.npm echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN --mont=type=cache,target=/root/.npm echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown flag: --mont (did you mean mount?)
  [1]
  $ printf 'FROM busybox\nRUN --network=bridge echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN --network=bridge echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: invalid network mode "bridge"
  [1]
  $ printf 'FROM busybox\nRUN --network=default --network=none echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN --network=default --network=none echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: duplicate flag specified: --network
  [1]
  $ printf 'FROM busybox\nRUN --mount echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN --mount echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: missing a value on flag: --mount
  [1]
  $ printf 'FROM busybox\nRUN --network=default echo "no flag in the history"\n' > Dockerfile
  $ docker build --progress=plain -t runflags .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 65B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN --network=default echo "no flag in the history"
  #5 0.105 no flag in the history
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  #6 writing image sha256:[0-9a-f]{64} done (re)
  #6 naming to docker.io/library/runflags done
  #6 DONE 0.0s
  $ docker history --no-trunc --format '{{.CreatedBy}}' runflags
  RUN /bin/sh -c echo "no flag in the history" # buildkit
  BusyBox 1.37.0 (glibc), Debian 13
  $ printf 'FROM busybox\nRUN --mount=type=cache,target=/root/.npm echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN --mount=type=cache,target=/root/.npm echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: layerlab: RUN --mount is not simulated yet
  [1]
