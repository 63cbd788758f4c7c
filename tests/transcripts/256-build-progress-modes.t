`docker build --progress` (docker/buildx v0.29.1 commands/build.go toDisplayMode; BuildKit's
progressui display.go NewDisplay and printer.go textMux, vendored there): "plain" prints each
step as "#N" lines (its statuses, a RUN step's output with the seconds since it began, then DONE,
CACHED or ERROR), after "#0" and the builder's description; when a step fails, the last ten
lines of its output follow between "------" lines (logsBufferSize). "quiet" is -q; "none" draws
nothing and prints no ID; -q with another mode, or an unknown mode, is an error. With no
--progress, BUILDKIT_PROGRESS chooses (util/progress/printer.go NewPrinter).

  $ docker build --progress=plain -t feedback-node .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 113B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/node:14
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/5] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09249e2614bf1107adac6abbcf76d1bc274cdd74f
  #4 DONE 0.0s
  
  #5 [internal] load build context
  #5 transferring context: 3.30kB done
  #5 DONE 0.0s
  
  #6 [2/5] WORKDIR /app
  #6 DONE 0.1s
  
  #7 [3/5] COPY package.json .
  #7 DONE 0.1s
  
  #8 [4/5] RUN npm install
  #8 0.105 npm notice created a lockfile as package-lock.json. You should commit this file.
  ...
  #8 DONE 2.8s
  
  #9 [5/5] COPY . .
  #9 DONE 0.1s
  
  #10 exporting to image
  #10 exporting layers done
  #10 writing image sha256:[0-9a-f]{64} done (re)
  #10 naming to docker.io/library/feedback-node done
  #10 DONE 0.0s
  $ BUILDKIT_PROGRESS=plain docker build -t feedback-node . 2>&1 | grep '^#8'
  #8 [4/5] RUN npm install
  #8 CACHED
  $ BUILDKIT_PROGRESS=plain docker build --progress=tty -t feedback-node . 2>&1 | grep 'RUN npm'
   => CACHED [4/5] RUN npm install                                           0.0s
  $ printf 'FROM node:14\nRUN seq 1 12; exit 3\n' > Dockerfile.seq
  $ docker build --progress=plain -f Dockerfile.seq .
  #0 building with "default" instance using docker driver
  ...
  #5 [2/2] RUN seq 1 12; exit 3
  #5 0.105 1
  #5 0.106 2
  ...
  #5 0.116 12
  #5 ERROR: process "/bin/sh -c seq 1 12; exit 3" did not complete successfully: exit code: 3
  ------
   > [2/2] RUN seq 1 12; exit 3:
  0.107 3
  0.108 4
  0.109 5
  0.110 6
  0.111 7
  0.112 8
  0.113 9
  0.114 10
  0.115 11
  0.116 12
  ------
  Dockerfile.seq:2
  --------------------
     1 |     FROM node:14
     2 | >>> RUN seq 1 12; exit 3
     3 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c seq 1 12; exit 3" did not complete successfully: exit code: 3
  [1]
  $ docker build --progress=quiet -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker build --progress=none -t feedback-node .
  $ docker build --progress=none -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker build -q --progress=plain .
  ERROR: progress=plain and quiet cannot be used together
  [1]
  $ docker build --progress=fancy .
  ERROR: invalid progress mode fancy
  [1]
  $ docker build --progress=rawjson .
  layerlab: docker build --progress is not simulated yet
  [1]
