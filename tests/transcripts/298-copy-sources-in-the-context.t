COPY's sources are paths in the build context, cleaned against its root (moby v28.5.2 vendored
buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchCopy: system.NormalizePath("/",
src), so `../a.txt` is the context's a.txt and `../` its root: nothing outside the context is
reached, and no error says so). A source that is not there is named, cleaned, in the checksum
error: "/.env" (the leading dot used to be dropped with the ./ prefix) and "/.npmrc".

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/sources
  $ cd /home/learner/sources
  $ echo hi > a.txt
  $ printf 'FROM busybox\nCOPY ../a.txt /x/\nCOPY ../ /y/\nRUN cat /x/a.txt && ls /y\n' > Dockerfile
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 70B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/4] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [internal] load build context
  #5 transferring context: 73B done
  #5 DONE 0.0s
  
  #6 [2/4] COPY ../a.txt /x/
  #6 DONE 0.1s
  
  #7 [3/4] COPY ../ /y/
  #7 DONE 0.1s
  
  #8 [4/4] RUN cat /x/a.txt && ls /y
  #8 0.105 hi
  #8 0.106 Dockerfile
  #8 0.107 a.txt
  #8 DONE 0.3s
  
  #9 exporting to image
  #9 exporting layers done
  #9 writing image sha256:[0-9a-f]{64} done (re)
  #9 DONE 0.0s
  $ printf 'FROM busybox\nCOPY .env /x/\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY .env /x/
     3 |
  --------------------
  ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref omfgkaeiojkhkcekeddbhjiae::eaijhbddekeckhkjoieakgfmo: "/.env": not found
  [1]
  $ printf 'FROM busybox\nCOPY ./sub/../.npmrc /x/\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY ./sub/../.npmrc /x/
     3 |
  --------------------
  ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref omfgkaeiojkhkcekeddbhjiae::eaijhbddekeckhkjoieakgfmo: "/.npmrc": not found
  [1]
