A Dockerfile with several FROM lines has several build stages, and BuildKit (the Dockerfile frontend
vendored in moby v28.5.2, vendor/github.com/moby/buildkit/frontend/dockerfile) builds them as
follows. instructions/parse.go parseFrom reads `FROM image AS name` with AS in any case, lower-cases
the name and refuses one that does not start with a letter (parseBuildStageName, a parse error);
the parser's linter warns about an upper-case name (StageNameCasing), an `as` whose case differs
from FROM's (FromAsCasing), and dockerfile2llb/convert.go validateStageNames about a name used
twice (DuplicateStageName: a warning, and the later stage takes the name). A stage's FROM may name
an earlier stage (addState: the exact, expanded name): it starts where that stage ended, its files,
config, history and ARGs (dispatchState.init), and has no FROM step of its own. `COPY --from=`
takes a stage's name or its index (toCommand: a number is an index, strconv.Atoi), else an image,
pulled as one (a misspelt stage name fails as a pull, suggesting the stage: suggest.WrapError over
names() and commonImageNames). ADD has no --from (parseAdd). BuildKit builds only the stages the
target reaches through FROM and COPY --from (allReachableStages): the last stage, or the one
`docker build --target` names (buildx passes it on; "target stage ... could not be found", with
a suggestion, when there is none; a stage without a name has no name to target). Unreached stages
are neither run nor looked up. Each step is labelled by prefixCommand: the stage's name or
stage-N, its number and the stage's total, which counts FROM only when the stage starts from an
image (cmdTotal; FROM scratch is no step). Stages on the same base share one FROM step, as two
stages' identical steps on the same files share one: one LLB op, shown once under the name of the
stage llb's marshal reaches last (client/llb state.go mergeMetadata). The image is the target
stage's: `docker history` and `docker images` show nothing of the other stages, whose layers stay
in the build cache (`docker system df`, `docker builder prune`). A COPY --from a stage is keyed on
the files it copies, so a change elsewhere in that stage leaves it CACHED and the image the same.
A COPY --from a stage that copies back is a circular dependency (validateCircularDependency, every
COPY of the cycle shown); one from a stage defined later fails when the stage runs ("cannot copy
from stage", dispatch).
The display drawn before a stage-planning error (the Dockerfile's step alone), a COPY --from a later
stage (every step before dispatch) or a --from image not found is as 325-stage-planning-errors.t shows it.

  $ printf 'FROM node:14 AS deps\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n\nFROM node:14\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]\n' > Dockerfile
  $ docker build -t feedback-node:multi .
  [+] Building 3.9s (11/11) FINISHED                               docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 182B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [deps 1/4] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: 3.37kB                                        0.0s
   => [deps 2/4] WORKDIR /app                                                0.1s
   => [deps 3/4] COPY package.json .                                         0.1s
   => [deps 4/4] RUN npm install                                             2.8s
   => [stage-1 3/4] COPY --from=deps /app/node_modules ./node_modules        0.1s
   => [stage-1 4/4] COPY . .                                                 0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/feedback-node:multi                     0.0s
  $ docker history --format '{{.CreatedBy}}' feedback-node:multi | head -5
  CMD ["node" "server.js"]
  COPY . . # buildkit
  COPY /app/node_modules ./node_modules # buil…
  WORKDIR /app
  /bin/sh -c #(nop)  CMD ["node"]
  $ docker run --rm feedback-node:multi ls -d node_modules/express package.json
  node_modules/express
  package.json
  $ docker images --format '{{.Repository}}:{{.Tag}}'
  feedback-node:multi
  node:14
  $ docker system df --format '{{.Type}}: {{.TotalCount}} {{.Size}}' | tail -1
  Build Cache: 5 2.405MB
  $ echo '// v2' >> server.js
  $ docker build -t feedback-node:multi . 2>&1 | grep -E 'CACHED|\]  *(RUN|COPY|WORKDIR)'
   => CACHED [deps 2/4] WORKDIR /app                                         0.0s
   => CACHED [deps 3/4] COPY package.json .                                  0.0s
   => CACHED [deps 4/4] RUN npm install                                      0.0s
   => CACHED [stage-1 3/4] COPY --from=deps /app/node_modules ./node_module  0.0s
   => [stage-1 4/4] COPY . .                                                 0.1s
  $ docker build --target deps -t deps-only .
  [+] Building 0.7s (9/9) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 182B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [deps 1/4] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b2  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: [0-9.]+kB +0.0s (re)
   => CACHED [deps 2/4] WORKDIR /app                                         0.0s
   => CACHED [deps 3/4] COPY package.json .                                  0.0s
   => CACHED [deps 4/4] RUN npm install                                      0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/deps-only                               0.0s
  $ docker history --format '{{.CreatedBy}}' deps-only | head -3
  RUN /bin/sh -c npm install # buildkit
  COPY package.json . # buildkit
  WORKDIR /app
  $ docker build --target dep .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 182B                                       0.0s
  ERROR: failed to build: failed to solve: target stage "dep" could not be found (did you mean deps?)
  [1]
  $ docker build --target stage-1 .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 182B                                       0.0s
  ERROR: failed to build: failed to solve: target stage "stage-1" could not be found
  [1]

Stages on different bases run side by side, so both FROM steps come first and each step shows
when what it needs is done (progressui display.go lists the steps in the order they start):

  $ printf 'FROM node:14 AS build\nWORKDIR /src\nCOPY package.json .\nRUN npm install\nFROM busybox\nCOPY --from=build /src/node_modules/express/package.json /express.json\nCOPY server.js /\n' > Dockerfile
  $ docker build -t side .
  [+] Building 4.4s (13/13) FINISHED                               docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 172B                                       0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [build 1/4] FROM docker.io/library/node:14@sha256:2c18306c63d1d72152b  0.0s
   => [stage-1 1/3] FROM docker.io/library/busybox:latest@sha256:9304a64ea9  0.0s
   => [internal] load build context                                          0.0s
   => => transferring context: [0-9.]+kB +0.0s (re)
   => [build 2/4] WORKDIR /src                                               0.1s
   => [build 3/4] COPY package.json .                                        0.1s
   => [build 4/4] RUN npm install                                            2.8s
   => [stage-1 2/3] COPY --from=build /src/node_modules/express/package.jso  0.1s
   => [stage-1 3/3] COPY server.js /                                         0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/side                                    0.0s

A stage built on an earlier one, --from by index, and a FROM scratch stage (no FROM step):

  $ printf 'FROM busybox AS base\nARG GREETING=hi\nRUN echo $GREETING > /greeting\nFROM base AS test\nRUN cat /greeting\nFROM scratch\nCOPY --from=0 /greeting /\nCOPY --from=base /bin/busybox /bin/cat\n' > Dockerfile
  $ docker build -t tiny .
  [+] Building 1.2s (8/8) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 182B                                       0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [base 1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea  0.0s
   => [base 2/2] RUN echo hi > /greeting                                     0.3s
   => [stage-2 1/2] COPY --from=0 /greeting /                                0.1s
   => [stage-2 2/2] COPY --from=base /bin/busybox /bin/cat                   0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/tiny                                    0.0s
  $ docker history --format '{{.CreatedBy}}' tiny
  COPY /bin/busybox /bin/cat # buildkit
  COPY /greeting / # buildkit
  $ docker build --target test --build-arg GREETING=hello . 2>&1 | grep -F ' => ['
   => [internal] load build definition from Dockerfile                       0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => [base 1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea  0.0s
   => [base 2/2] RUN echo hello > /greeting                                  0.3s
   => [test 1/1] RUN cat /greeting                                           0.3s

A COPY --from a stage is CACHED while the files it copies are the same:

  $ printf 'FROM busybox AS build\nRUN echo 1 > /out && touch /a\nFROM busybox\nCOPY --from=build /out /out\n' > Dockerfile
  $ docker build -q -t one .
  sha256:([0-9a-f]{64}) (re)
  $ docker images -q one > /tmp/before
  $ sed -i 's#touch /a#touch /b#' Dockerfile
  $ docker build -t one .
  [+] Building 1.0s (7/7) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 93B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [build 1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9ae  0.0s
   => [build 2/2] RUN echo 1 > /out && touch /b                              0.3s
   => CACHED [stage-1 2/2] COPY --from=build /out /out                       0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/one                                     0.0s
  $ test "$(docker images -q one)" = "$(cat /tmp/before)" && echo same image
  same image

Errors: a cycle, a stage defined later, a misspelt stage, a bad name; --from matches a stage in any case,
FROM only by its exact (lower-case) name; ADD has no --from; a duplicate name warns:

  $ printf 'FROM busybox AS a\nCOPY --from=b /x /x\nFROM busybox AS b\nCOPY --from=a /y /y\nFROM busybox\nCOPY --from=a /x /x\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 109B                                       0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox AS a
     2 | >>> COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 |     COPY --from=a /y /y
  --------------------
  Dockerfile:4
  --------------------
     2 |     COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 | >>> COPY --from=a /y /y
     5 |     FROM busybox
     6 |     COPY --from=a /x /x
  --------------------
  ERROR: failed to build: failed to solve: circular dependency detected on stage: a
  [1]
  $ printf 'FROM busybox AS a\nCOPY --from=b /x /x\nFROM busybox AS b\nRUN touch /x\nFROM busybox\nCOPY --from=a /x /x\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.5s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 102B                                       0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox AS a
     2 | >>> COPY --from=b /x /x
     3 |     FROM busybox AS b
     4 |     RUN touch /x
  --------------------
  ERROR: failed to build: failed to solve: cannot copy from stage "b", it needs to be defined before current stage "a"
  [1]
  $ printf 'FROM busybox AS build\nRUN touch /x\nFROM busybox\nCOPY --from=biuld /x /x\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 1.0s (3/3) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 72B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => ERROR [internal] load metadata for docker.io/library/biuld:latest      0.5s
  ------
   > [internal] load metadata for docker.io/library/biuld:latest:
  ------
  Dockerfile:4
  --------------------
     2 |     RUN touch /x
     3 |     FROM busybox
     4 | >>> COPY --from=biuld /x /x
     5 |
  --------------------
  ERROR: failed to build: failed to solve: biuld: failed to resolve source metadata for docker.io/library/biuld:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed (did you mean build?)
  [1]
  $ printf 'FROM busybox AS 2nd\n' > Dockerfile
  $ docker build -t bad .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 20B                                        0.0s
  Dockerfile:1
  --------------------
     1 | >>> FROM busybox AS 2nd
     2 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 1: invalid name for build stage: "2nd", name can't start with a number or contain symbols
  [1]
  $ printf 'FROM busybox AS base\nRUN touch /x\nFROM busybox\nCOPY --from=BASE /x /x\n' > Dockerfile
  $ docker build -q .
  sha256:[0-9a-f]{64} (re)
  $ printf 'FROM busybox AS base\nFROM BASE\n' > Dockerfile
  $ docker build .
  ERROR: failed to build: failed to solve: failed to parse stage name "BASE": invalid reference format: repository name (library/BASE) must be lowercase
  [1]
  $ printf 'FROM busybox AS base\nRUN touch /x\nFROM busybox\nADD --from=base /x /x\n' > Dockerfile
  $ docker build .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 69B                                        0.0s
  Dockerfile:4
  --------------------
     2 |     RUN touch /x
     3 |     FROM busybox
     4 | >>> ADD --from=base /x /x
     5 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 4: unknown flag: --from
  [1]
  $ printf 'FROM busybox as Tools\nRUN false\nFROM busybox AS tools\nRUN echo second > /which\nFROM tools\nCMD ["cat", "/which"]\n' > Dockerfile
  $ docker build -t dup .
  [+] Building 1.0s (6/6) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 112B                                       0.0s
   => WARN: StageNameCasing: Stage name 'Tools' should be lowercase (line 1  0.0s
   => WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (li  0.0s
   => WARN: DuplicateStageName: Duplicate stage name "tools", stage names s  0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [tools 1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9ae  0.0s
   => [tools 2/2] RUN echo second > /which                                   0.3s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/dup                                     0.0s
  
   3 warnings found (use docker --debug to expand):
   - StageNameCasing: Stage name 'Tools' should be lowercase (line 1)
   - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)
   - DuplicateStageName: Duplicate stage name "tools", stage names should be unique (line 3)
  $ docker run --rm dup
  second
