An ARG line before the first FROM may name several ARGs; each is a global ARG, its default expanded
with those before it, and FROM lines expand with them (moby v28.5.2 vendored buildkit
frontend/dockerfile/dockerfile2llb/convert.go buildMetaArgs; a --build-arg of the same name wins).
The FROM used to read only the line's first name, with the rest of the line as its value. ARG
takes no flags and does not look at them: instructions/parse.go parseArg never calls
req.flags.Parse, so a --word after ARG is dropped (parser/split_command.go took it as a flag).
A tag the registry does not have for a repository it has is the resolver's "not found"
(containerd core/remotes/docker/resolver.go Resolve), not the refused token of a repository that
does not exist.
FROM's name is expanded by the Dockerfile lexer (convert.go: ProcessWordWithMatches over the global
ARGs), so ${NAME:-default} and ${NAME:?message} work there as elsewhere (a regex used to read only
$NAME and ${NAME}); the lexer's error is the FROM line's.
A base not found fails at its FROM line (convert.go resolveReachableStages: parser.WithLocation).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/globals
  $ cd /home/learner/globals
  $ printf 'ARG BASE=busybox TAG=latest\nFROM $BASE:$TAG\nARG TAG\nRUN echo "from $TAG"\n' > Dockerfile
  $ docker build --progress=plain -t globals .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 73B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN echo "from latest"
  #5 0.105 from latest
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  #6 writing image sha256:[0-9a-f]{64} done (re)
  #6 naming to docker.io/library/globals done
  #6 DONE 0.0s
  $ docker build -q --build-arg TAG=nope .
  Dockerfile:2
  --------------------
     1 |     ARG BASE=busybox TAG=latest
     2 | >>> FROM $BASE:$TAG
     3 |     ARG TAG
     4 |     RUN echo "from $TAG"
  --------------------
  ERROR: failed to build: failed to solve: busybox:nope: failed to resolve source metadata for docker.io/library/busybox:nope: docker.io/library/busybox:nope: not found
  [1]
  $ printf 'ARG --flag V=1\nFROM busybox\nARG --flag V\nRUN echo "V=$V"\n' > Dockerfile
  $ docker build --progress=plain --no-cache .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 57B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN echo "V=1"
  #5 0.105 V=1
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  #6 writing image sha256:[0-9a-f]{64} done (re)
  #6 DONE 0.0s
  $ printf 'ARG FLAVOR\nFROM busy${FLAVOR:-box}\nRUN echo ok\n' > Dockerfile
  $ docker build -q -t flavored .
  sha256:[0-9a-f]{64} (re)
  $ printf 'FROM busybox:${TAG:?needs_a_tag}\n' > Dockerfile
  $ docker build -q .
  Dockerfile:1
  --------------------
     1 | >>> FROM busybox:${TAG:?needs_a_tag}
     2 |
  --------------------
  ERROR: failed to build: failed to solve: failed to process "busybox:${TAG:?needs_a_tag}": TAG: needs_a_tag
  [1]
