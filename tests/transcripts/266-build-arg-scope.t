Which ARGs a stage's steps see (moby v28.5.2 vendored buildkit frontend/dockerfile/dockerfile2llb):
a --build-arg is a value only for an ARG that declares it, and the ARGs before the first FROM
(buildMetaArgs, over platform.go defaultArgs: TARGETARCH, BUILDPLATFORM, TARGETSTAGE...) are FROM's
alone. Inside a stage, `ARG NAME` takes the --build-arg, else its default, else the global ARG's
value (convert.go dispatchArg: opt.globalArgs); with none the name stays unset (no AddEnv), so
${UNSET-none} is "none" in the step's shell. One ARG line may declare several names, its values
read as words with quotes (parseArg, then ProcessWord). The history line keeps each as NAME=value
or NAME, and a RUN's lists every ARG the stage declared (runCommandString: "|N K=V ...").

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/args
  $ cd /home/learner/args
  $ printf 'ARG GLOBAL=from-global\nARG VERSION=1.0 NAME="the app"\nFROM busybox\nRUN echo "stray=$STRAY global=$GLOBAL arch=$TARGETARCH" > /before\nARG GLOBAL\nARG STRAY UNSET\nARG VERSION NAME TARGETARCH\nRUN echo "stray=$STRAY global=$GLOBAL version=$VERSION name=$NAME arch=$TARGETARCH unset=${UNSET-none}" > /after\n' > Dockerfile
  $ cat Dockerfile
  ARG GLOBAL=from-global
  ARG VERSION=1.0 NAME="the app"
  FROM busybox
  RUN echo "stray=$STRAY global=$GLOBAL arch=$TARGETARCH" > /before
  ARG GLOBAL
  ARG STRAY UNSET
  ARG VERSION NAME TARGETARCH
  RUN echo "stray=$STRAY global=$GLOBAL version=$VERSION name=$NAME arch=$TARGETARCH unset=${UNSET-none}" > /after
  $ docker build --progress=plain --build-arg STRAY=given -t args .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 301B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/3] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/3] RUN echo "stray=$STRAY global=$GLOBAL arch=$TARGETARCH" > /before
  #5 DONE 0.3s
  
  #6 [3/3] RUN echo "stray=given global=from-global version=1.0 name=the app arch=amd64 unset=${UNSET-none}" > /after
  #6 DONE 0.3s
  
  #7 exporting to image
  #7 exporting layers done
  #7 writing image sha256:3278abff2d23119f65157c1baa66e8abe3f0c7a2219f2c478a91c0ce2337456a done
  #7 naming to docker.io/library/args done
  #7 DONE 0.0s
  $ docker run --rm args cat /before /after
  stray= global= arch=
  stray=given global=from-global version=1.0 name=the app arch=amd64 unset=none
  $ docker history --no-trunc --format '{{.CreatedBy}}' args
  RUN |6 GLOBAL=from-global STRAY=given UNSET= VERSION=1.0 NAME=the app TARGETARCH=amd64 /bin/sh -c echo "stray=$STRAY global=$GLOBAL version=$VERSION name=$NAME arch=$TARGETARCH unset=${UNSET-none}" > /after # buildkit
  ARG VERSION=1.0 NAME=the app TARGETARCH=amd64
  ARG STRAY=given UNSET
  ARG GLOBAL=from-global
  RUN /bin/sh -c echo "stray=$STRAY global=$GLOBAL arch=$TARGETARCH" > /before # buildkit
  BusyBox 1.37.0 (glibc), Debian 13
