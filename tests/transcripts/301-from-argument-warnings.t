Warnings about FROM lines that BuildKit gives before any step (moby v28.5.2 vendored buildkit
frontend/dockerfile/dockerfile2llb/convert.go Dockerfile2LLB). validateBaseImagesWithDefaultArgs
expands each stage's name with the ARGs' defaults alone, as a build with no --build-arg would: an
ARG with no default leaves `busybox:` behind, no image name, InvalidDefaultArgInFrom (the build
itself, given the ARG, goes on). reportUnusedFromArgs: a name a FROM uses that no ARG before the
first FROM declares is UndefinedArgInFrom, with the closest declared name (suggest.Search).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/fromargs
  $ cd /home/learner/fromargs
  $ printf 'ARG TAG\nFROM busybox:$TAG\n' > Dockerfile
  $ docker build --build-arg TAG=latest -t tagged .
  [+] Building 0.7s (5/5) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 26B                                        0.0s
   => WARN: InvalidDefaultArgInFrom: Default value for ARG busybox:$TAG res  0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/tagged                                  0.0s
  
   1 warning found (use docker --debug to expand):
   - InvalidDefaultArgInFrom: Default value for ARG busybox:$TAG results in empty or invalid base image name (line 2)
  $ printf 'ARG VERSION=latest\nFROM busybox:${VERSON:-latest}\n' > Dockerfile
  $ docker build --progress=plain -t typo .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 50B done
  #1 WARN: UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean VERSION?) (line 2)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 exporting to image
  #5 exporting layers done
  #5 writing image sha256:[0-9a-f]{64} done (re)
  #5 naming to docker.io/library/typo done
  #5 DONE 0.0s
  
   1 warning found (use docker --debug to expand):
   - UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean VERSION?) (line 2)
