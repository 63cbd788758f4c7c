ONBUILD triggers, as the frontend vendored in moby v28.5.2 runs them
(vendor/github.com/moby/buildkit/frontend/dockerfile). dockerfile2llb/convert.go Dockerfile2LLB:
once the base images' metadata is loaded, each reachable stage takes the triggers of what it
starts from (the base image's Config.OnBuild, or a base stage's own ONBUILD lines) and
initOnBuildTriggers puts them before its instructions, each counted in the stage's total (cmdTotal
+= len: an ENV trigger too, though only a layer step is numbered) after FROM's label was made with
the total before them; prefixCommand writes "ONBUILD " after the step's number. The image made
keeps none of them (Config.OnBuild = nil). A trigger is parsed as a Dockerfile of its own and
placed at the FROM line: an unknown instruction fails there, before .dockerignore is loaded (its
DockerIgnorePatterns comes after). instructions/parse.go parseOnBuild refuses ONBUILD, FROM and
MAINTAINER as a trigger.
An ONBUILD of a here-document keeps the document after its line (parseOnBuild: "\n" + content +
name), which the trigger's own parse reads again.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir -p /home/learner/onbuild/base /home/learner/onbuild/app
  $ cd /home/learner/onbuild/base
  $ printf 'FROM busybox\nONBUILD COPY greeting.txt /app/\nONBUILD RUN cat /app/greeting.txt\nONBUILD ENV BUILT=yes\n' > Dockerfile
  $ docker build -q -t obbase . > /dev/null
  $ docker inspect --format '{{json .Config.OnBuild}}' obbase
  ["COPY greeting.txt /app/","RUN cat /app/greeting.txt","ENV BUILT=yes"]
  $ cd ../app
  $ echo hello > greeting.txt
  $ printf 'FROM obbase\nRUN echo "built: $BUILT"\n' > Dockerfile
  $ docker build -t obapp .
  [+] Building 1.4s (9/9) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 37B                                        0.0s
   => [internal] load metadata for docker.io/library/obbase:latest           0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/2] FROM docker.io/library/obbase:latest@sha256:1938262fd285eadd4d8  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 43B                                           0.0s
   => [2/5] ONBUILD COPY greeting.txt /app/                                  0.1s
   => [3/5] ONBUILD RUN cat /app/greeting.txt                                0.3s
   => [4/5] RUN echo "built: yes"                                            0.3s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+  0\.0s (re)
   => => naming to docker.io/library/obapp                                   0.0s
  $ docker inspect --format '{{json .Config.OnBuild}}' obapp
  null
  $ docker history --format '{{.CreatedBy}}' obapp | head -4
  RUN /bin/sh -c echo "built: $BUILT" # buildk…
  ENV BUILT=yes
  RUN /bin/sh -c cat /app/greeting.txt # build…
  COPY greeting.txt /app/ # buildkit
  $ printf 'FROM busybox AS base\nONBUILD RUN echo from the base stage\nFROM base\nRUN echo after\n' > Dockerfile
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 83B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [base 1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [stage-1 1/2] ONBUILD RUN echo from the base stage
  #5 0.105 from the base stage
  #5 DONE 0.3s
  
  #6 [stage-1 2/2] RUN echo after
  #6 0.105 after
  #6 DONE 0.3s
  
  #7 exporting to image
  #7 exporting layers done
  \#7 writing image sha256:[0-9a-f]{64} done (re)
  #7 DONE 0.0s
  $ printf 'FROM busybox\nONBUILD ONBUILD RUN echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ONBUILD ONBUILD RUN echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed
  [1]
  $ printf 'FROM busybox\nONBUILD FROM alpine\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ONBUILD FROM alpine
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger
  [1]
  $ printf 'FROM busybox\nonbuild maintainer me\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> onbuild maintainer me
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger
  [1]
  $ docker commit --change 'ONBUILD RUNN echo hi' $(docker create busybox) obbad
  sha256:[0-9a-f]{64} (re)
  $ printf '# a comment\nFROM obbad\n' > Dockerfile
  $ docker build .
  [+] Building 0.5s (2/2) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 23B                                        0.0s
   => [internal] load metadata for docker.io/library/obbad:latest            0.5s
  Dockerfile:2
  --------------------
     1 |     # a comment
     2 | >>> FROM obbad
     3 |
  --------------------
  ERROR: failed to build: failed to solve: unknown instruction: RUNN (did you mean RUN?)
  [1]
  $ cd /home/learner/onbuild/base
  $ printf 'FROM busybox\nONBUILD RUN <<EOF\necho triggered\necho twice\nEOF\n' > Dockerfile
  $ docker build -q -t obheredoc . > /dev/null
  $ docker inspect --format '{{json .Config.OnBuild}}' obheredoc
  ["RUN <<EOF\necho triggered\necho twice\nEOF"]
  $ cd ../app
  $ printf 'FROM obheredoc\n' > Dockerfile
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 15B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/obheredoc:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/1] FROM docker.io/library/obheredoc:latest@sha256:b093cdaabd3514d4035a98cbba58dfa2f8a5044d1604c7f545f901a0732943d2
  #4 DONE 0.0s
  
  #5 [2/2] ONBUILD RUN <<EOF (echo triggered...)
  #5 0.105 triggered
  #5 0.106 twice
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  \#6 writing image sha256:[0-9a-f]{64} done (re)
  #6 DONE 0.0s
