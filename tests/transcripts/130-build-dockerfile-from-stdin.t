docker build with the Dockerfile on standard input. `docker build` in Docker 28.5 runs buildx
(docker-buildx-plugin 0.29.1), whose loadInputs (build/opt.go) decides: a context of `-` reads
standard input, and text that is not a tar archive is the Dockerfile, built with an empty folder
as the context, so COPY of a file fails as BuildKit fails for a file the context lacks ("failed to
compute cache key: ... not found") while COPY . copies the empty root; `-f -` reads the Dockerfile
from standard input and keeps the folder as the context. The Dockerfile is written to a temporary
folder as `Dockerfile` (createTempDockerfile), the name the progress shows. `-` for both is refused
("invalid argument: can't use stdin for both build context and dockerfile"), and so is a Dockerfile
on standard input with -f naming another ("ambiguous Dockerfile source"). Nothing on standard input
shares no folder with BuildKit, so reading the Dockerfile finds "no local sources enabled"
(buildkit session/filesync/filesync.go FSSync); `-f -` with nothing is an empty Dockerfile. An
empty context is sent as fsutil's closing packet alone: "transferring context: 2B".

  $ docker build -t hello - <<'EOF'
  $ FROM busybox
  $ RUN echo hello > /hello.txt
  $ EOF
  [+] Building 1.0s (6/6) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 41B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => [2/2] RUN echo hello > /hello.txt                                      0.3s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:cc4917c2850246df3adda8291c5743b7e510946f851af  0.0s
   => => naming to docker.io/library/hello                                   0.0s
  $ docker build -t needs-context - <<'EOF'
  $ FROM node:14
  $ WORKDIR /app
  $ COPY package.json .
  $ EOF
  [+] Building 0.3s (6/9)                                          docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 46B                                        0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/3] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [2/3] WORKDIR /app                                                     0.1s
   => ERROR [3/3] COPY package.json .                                        0.0s
  ------
   > [3/3] COPY package.json .:
  ------
  Dockerfile:3
  --------------------
     1 |     FROM node:14
     2 |     WORKDIR /app
     3 | >>> COPY package.json .
     4 |
  --------------------
  ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref beggnpioeoiajhbcpcnhgikpa::apkighncpcbhjaioeoipnggeb: "/package.json": not found
  [1]
  $ cat Dockerfile | docker build -t feedback-node -
  [+] Building 0.3s (6/9)                                          docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 113B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/5] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 2B                                            0.0s
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => ERROR [3/5] COPY package.json .                                        0.0s
  ------
   > [3/5] COPY package.json .:
  ------
  Dockerfile:5
  --------------------
     3 |     WORKDIR /app
     4 |
     5 | >>> COPY package.json .
     6 |
     7 |     RUN npm install
  --------------------
  ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref beggnpioeoiajhbcpcnhgikpa::apkighncpcbhjaioeoipnggeb: "/package.json": not found
  [1]
  $ docker build -t feedback-node -f - . <<'EOF'
  $ FROM node:14
  $ WORKDIR /app
  $ COPY package.json .
  $ RUN npm install
  $ COPY . .
  $ EXPOSE 80
  $ CMD ["node", "server.js"]
  $ EOF
  [+] Building 3.7s (10/10) FINISHED                               docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 107B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/5] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 3.30kB                                        0.0s
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => [3/5] COPY package.json .                                              0.1s
   => [4/5] RUN npm install                                                  2.8s
   => [5/5] COPY . .                                                         0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:4a66ca5b4f6b2e10b2909b29ab11a427459f58e7c79dc  0.0s
   => => naming to docker.io/library/feedback-node                           0.0s
  $ docker build -t only-root - <<'EOF'
  $ FROM busybox
  $ COPY . /copied
  $ EOF
  [+] Building 0.8s (7/7) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 28B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [2/2] COPY . /copied                                                   0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:84bb2f7c6044008a6ca5bc956ff0a785dc07e7ab2a91b  0.0s
   => => naming to docker.io/library/only-root                               0.0s
  $ docker build -q -t quiet - <<'EOF'
  $ FROM node:14
  $ EXPOSE 80
  $ EOF
  sha256:a37a977223d4e4e549119d51c02616831b8da1824dbfa39fa458a2f990c984dd
  $ docker build -t nothing - < /dev/null
  ERROR: failed to build: failed to solve: failed to read dockerfile: no local sources enabled
  [1]
  $ docker build -f - .
  ERROR: failed to build: failed to solve: the Dockerfile cannot be empty
  [1]
  $ docker build -f - - < Dockerfile
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: invalid argument: can't use stdin for both build context and dockerfile
  [1]
  $ docker build -f Dockerfile - < Dockerfile
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles
  [1]
  $ docker images
  REPOSITORY      TAG       IMAGE ID       CREATED          SIZE
  only-root       latest    84bb2f7c6044   8 seconds ago    4.27MB
  feedback-node   latest    4a66ca5b4f6b   12 seconds ago   915MB
  hello           latest    cc4917c28502   16 seconds ago   4.27MB
  quiet           latest    a37a977223d4   2 years ago      912MB
  node            14        b460590c3eb7   2 years ago      912MB
