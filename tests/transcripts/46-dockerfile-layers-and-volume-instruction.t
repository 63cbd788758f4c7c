Which Dockerfile instructions make filesystem layers (reference 4, BK
commitToHistory withLayer): RUN, COPY/ADD, and WORKDIR unless the directory
is "/"; ENV, LABEL, ARG, USER, VOLUME, STOPSIGNAL, ENTRYPOINT, CMD, EXPOSE are
metadata only (0B in history). busybox has 1 layer, so FROM busybox + WORKDIR
/w + 3 RUN = 5 layers. A RUN that deletes a file still makes a layer. VOLUME
is metadata (Config.Volumes, a plain-string list allowed; an empty path is an error,
2.8); with
BuildKit, changes made after VOLUME are kept (DFREF note) and copied into
the new anonymous volume at run (2.3). Adding VOLUME to the course
Dockerfile adds no layer.

  $ docker pull busybox
  ...
  $ echo 'FROM busybox' > Dockerfile.layers
  $ echo 'ENV A=1' >> Dockerfile.layers
  $ echo 'LABEL x=y' >> Dockerfile.layers
  $ echo 'WORKDIR /' >> Dockerfile.layers
  $ echo 'WORKDIR /w' >> Dockerfile.layers
  $ echo 'USER root' >> Dockerfile.layers
  $ echo 'RUN echo hi > /w/f' >> Dockerfile.layers
  $ echo 'RUN rm /w/f' >> Dockerfile.layers
  $ echo 'VOLUME /w /v2' >> Dockerfile.layers
  $ echo 'RUN echo kept > /w/k' >> Dockerfile.layers
  $ echo 'STOPSIGNAL SIGINT' >> Dockerfile.layers
  $ docker build -q -f Dockerfile.layers -t layers .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{len .RootFS.Layers}}' busybox
  1
  $ docker image inspect -f '{{len .RootFS.Layers}}' layers
  5
  $ docker history --format '{{.CreatedBy}}|{{.Size}}' layers
  STOPSIGNAL SIGINT|0B
  RUN /bin/sh -c echo kept > /w/k # buildkit|5B
  VOLUME [/w /v2]|0B
  RUN /bin/sh -c rm /w/f # buildkit|0B
  RUN /bin/sh -c echo hi > /w/f # buildkit|3B
  USER root|0B
  WORKDIR /w|0B
  WORKDIR /|0B
  LABEL x=y|0B
  ENV A=1|0B
  ...
  $ docker image inspect -f '{{json .Config.Volumes}}' layers
  {"/v2":{},"/w":{}}
  $ docker run --name r1 layers ls /w
  k
  $ docker run --rm layers ls /v2
  $ docker volume ls -q --filter label=com.docker.volume.anonymous
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  $ docker rm -v r1
  r1
  $ docker volume ls -q
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{len .RootFS.Layers}}' node:14 feedback-node
  8
  12
  $ echo 'VOLUME [ "/app/feedback" ]' >> Dockerfile
  $ docker build -q -t feedback-node:volumes .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{len .RootFS.Layers}}' feedback-node:volumes
  12
  $ docker history --format '{{.CreatedBy}}|{{.Size}}' feedback-node:volumes
  VOLUME [/app/feedback]|0B
  CMD ["node" "server.js"]|0B
  EXPOSE [80/tcp]|0B
  ...
  $ echo 'VOLUME [""]' >> Dockerfile.layers
  $ docker build -q -f Dockerfile.layers -t layers2 .
  ...
  .*VOLUME specified can not be an empty string.* (re)
  ...
  [1]
