COPY and ADD take flags before their sources, and the Dockerfile frontend built into moby v28.5.2
(vendor/github.com/moby/buildkit v0.25.2) reads them as written here. Its parser takes the leading
--words of the line (frontend/dockerfile/parser/split_command.go extractBuilderFlags) and
instructions/bflag.go checks them: an unknown flag, with a suggestion under three edits away (util/suggest),
a repeated one, one without its value; COPY knows --chown, --from, --chmod, --link and --exclude,
ADD --chown, --chmod, --link, --keep-git-dir, --checksum, --unpack and --exclude (instructions/parse.go
parseCopy, parseAdd). Those are parse errors, found in the whole file before any step runs.
dockerfile2llb/convert.go dispatchCopy then refuses a --chmod that is neither octal up to 07777 nor a
symbolic mode (the vendored tonistiigi/dchapes-mode), and an ADD --checksum whose source is not a URL or
Git, again before any step runs (so the RUN false above it never runs). --chown USER[:GROUP]
(client/llb/fileop.go WithUser: root and decimal ids are numbers, anything else a name) is resolved by
solver/llbsolver/ops/user_linux.go readUser in the stage's own /etc/passwd and /etc/group: a numeric
user is also the group, a name takes the user's primary group, and a name not found there leaves 0,
without an error. Every file and folder the copy makes, the folders above the destination included, get
that owner (tonistiigi/fsutil copy MkdirAll, copyFileInfo); an octal --chmod is also the mode of the
folders it makes, under the daemon's umask. The history line is dispatchCopy's commitMessage: the
keyword, --chown and --chmod, the sources and the destination; --from and --link are not in it.
--chown and --chmod are part of the file operation, so changing one rebuilds the step; --link is not
here: moby's graphdriver store turns MergeOp off (builder/builder-next/controller.go), and without it a
linked copy is the same operation (the step stays CACHED). --from=<image> copies from that image, pulled
when needed and shown as a step of its own; it makes a second stage, so the steps are named stage-0
(convert.go prefixCommand, which also writes the step number as wide as the total: [ 1/10]), and with
no COPY from the context there is no context to send. Two FROMs are two stages as well; a stage the
build does not reach is neither run nor looked up (convert.go resolves the reachable stages only). --from
naming the stage itself is a circular dependency (validateCircularDependency); --from an earlier stage
is in 200-multi-stage-builds.t. COPY --exclude is not simulated.
The display drawn before an error found at dispatch (the metadata steps and .dockerignore done) or
in loading a --from image's metadata (that step failed) is as 325-stage-planning-errors.t shows it.

  $ printf 'FROM busybox\nCOPY --chown=1000:1000 --chmod=600 package.json /a\n' > Dockerfile
  $ docker build -q -t cc .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm cc stat -c '%u:%g %A %n' /a
  1000:1000 -rw------- /a
  $ docker history --no-trunc --format '{{.CreatedBy}}' cc | head -1
  COPY --chown=1000:1000 --chmod=600 package.json /a # buildkit
  $ printf 'FROM node:14\nCOPY --chown=node pages /srv/web/pages\nCOPY --chown=ghost:tty --chmod=u=rwx,go=r package.json /x/\n' > Dockerfile
  $ docker build -q -t cn .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm cn stat -c '%U:%G %a %n' /srv/web /srv/web/pages /srv/web/pages/feedback.html /x /x/package.json
  node:node 755 /srv/web
  node:node 755 /srv/web/pages
  node:node 644 /srv/web/pages/feedback.html
  root:tty 755 /x
  root:tty 744 /x/package.json
  $ printf 'FROM node:14\nCOPY --chown=node pages /srv/web/pages\nCOPY --link --chown=ghost:tty --chmod=u=rwx,go=r package.json /x/\n' > Dockerfile
  $ docker build -t cn .
  [+] Building 0.7s (8/8) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 118B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/3] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 3.30kB                                        0.0s
   => CACHED [2/3] COPY --chown=node pages /srv/web/pages                    0.0s
   => CACHED [3/3] COPY --link --chown=ghost:tty --chmod=u=rwx,go=r package  0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/cn                                      0.0s
  $ printf 'FROM node:14\nCOPY --chown=1000 pages /srv/web/pages\nCOPY --link --chown=ghost:tty --chmod=u=rwx,go=r package.json /x/\n' > Dockerfile
  $ docker build -t cn .
  [+] Building 0.9s (8/8) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 118B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/3] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2e0d09  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 3.30kB                                        0.0s
   => [2/3] COPY --chown=1000 pages /srv/web/pages                           0.1s
   => [3/3] COPY --link --chown=ghost:tty --chmod=u=rwx,go=r package.json /  0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/cn                                      0.0s
  $ printf 'FROM node:14\nCOPY --from=busybox /bin/true /usr/local/bin/true\n' > Dockerfile
  $ docker build -t cf .
  [+] Building 1.3s (8/8) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 63B                                        0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [stage-0 1/2] FROM docker.io/library/node:14@sha256:2c18306c63d1d7215  0.0s
   => FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b7961  0.0s
   => [stage-0 2/2] COPY --from=busybox /bin/true /usr/local/bin/true        0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/cf                                      0.0s
  $ docker history --format '{{.CreatedBy}}' cf | head -1
  COPY /bin/true /usr/local/bin/true # buildkit
  $ docker run --rm cf stat -c '%U:%G %a %s' /usr/local/bin/true
  root:root 755 1135512
  $ docker images busybox
  REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
  $ printf 'FROM busybox\nCOPY --chmod=755 server.js /1\nCOPY --chmod=755 server.js /2\nCOPY --chmod=755 server.js /3\nCOPY --chmod=755 server.js /4\nCOPY --chmod=755 server.js /5\nCOPY --chmod=755 server.js /6\nCOPY --chmod=755 server.js /7\nCOPY --chmod=755 server.js /8\nCOPY --chmod=755 server.js /9\n' > Dockerfile
  $ docker build -t ten . 2>&1 | grep -F '0]'
   => [ 1/10] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c  0.0s
   => [ 2/10] COPY --chmod=755 server.js /1                                  0.1s
   => [ 3/10] COPY --chmod=755 server.js /2                                  0.1s
   => [ 4/10] COPY --chmod=755 server.js /3                                  0.1s
   => [ 5/10] COPY --chmod=755 server.js /4                                  0.1s
   => [ 6/10] COPY --chmod=755 server.js /5                                  0.1s
   => [ 7/10] COPY --chmod=755 server.js /6                                  0.1s
   => [ 8/10] COPY --chmod=755 server.js /7                                  0.1s
   => [ 9/10] COPY --chmod=755 server.js /8                                  0.1s
   => [10/10] COPY --chmod=755 server.js /9                                  0.1s
  $ printf 'FROM node:14 AS deps\nRUN false\nFROM busybox\nCOPY --chown=daemon package.json /p\n' > Dockerfile
  $ docker build -t two .
  [+] Building 0.8s (7/7) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 80B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [stage-1 1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: [0-9.]+kB +0.0s (re)
   => [stage-1 2/2] COPY --chown=daemon package.json /p                      0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/two                                     0.0s
  $ docker run --rm two stat -c '%U:%G %n' /p
  daemon:daemon /p
  $ printf 'FROM busybox\nCOPY --chonw=1000 package.json /a\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 47B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --chonw=1000 package.json /a
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown flag: --chonw (did you mean chown?)
  [1]
  $ printf 'FROM busybox\nCOPY --chown package.json /a\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 42B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --chown package.json /a
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: missing a value on flag: --chown
  [1]
  $ printf 'FROM busybox\nCOPY --link=yes package.json /a\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 45B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --link=yes package.json /a
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: expecting boolean value for flag --link, not: yes
  [1]
  $ printf 'FROM busybox\nRUN false\nCOPY --chmod=800 package.json /a\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.5s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 56B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
  Dockerfile:3
  --------------------
     1 |     FROM busybox
     2 |     RUN false
     3 | >>> COPY --chmod=800 package.json /a
     4 |
  --------------------
  ERROR: failed to build: failed to solve: invalid chmod parameter: '800'. it should be octal string and between 0 and 07777
  [1]
  $ printf 'FROM busybox\nADD --checksum=sha256:24454f830c package.json /a\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.5s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 62B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ADD --checksum=sha256:24454f830c package.json /a
     3 |
  --------------------
  ERROR: failed to build: failed to solve: checksum requires HTTP(S) or Git sources
  [1]
  $ printf 'FROM busybox\nCOPY --from=0 /bin/true /t\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 40B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --from=0 /bin/true /t
     3 |
  --------------------
  ERROR: failed to build: failed to solve: circular dependency detected on stage: stage-0
  [1]
  $ printf 'FROM busybox\nCOPY --from=busyboxx /bin/true /t\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 1.0s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 47B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => ERROR [internal] load metadata for docker.io/library/busyboxx:latest   0.5s
  ------
   > [internal] load metadata for docker.io/library/busyboxx:latest:
  ------
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY --from=busyboxx /bin/true /t
     3 |
  --------------------
  ERROR: failed to build: failed to solve: busyboxx: failed to resolve source metadata for docker.io/library/busyboxx:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed (did you mean busybox?)
  [1]
