docker images (classic CLI 28 table), docker history (reference 4: CREATED BY
cut to 45 characters with "…", BuildKit "# buildkit" suffix and comment,
metadata steps 0B, <missing> below the top), a rebuilt tag leaves a dangling
<none> image, and docker system df (reference 3 "Sizes", CLIDOC system_df.md:
reclaimable = not used by a running container / not referenced).

  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED +SIZE (re)
  node         14        [0-9a-f]{12}   \d+ years ago +912MB (re)
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker images
  REPOSITORY      TAG       IMAGE ID       CREATED +SIZE (re)
  feedback-node   latest    [0-9a-f]{12}   .+ ago +\d[\d.]*[kMG]?B (re)
  node            14        [0-9a-f]{12}   \d+ years ago +912MB (re)
  $ docker history feedback-node
  IMAGE          CREATED +CREATED BY                                      SIZE      COMMENT (re)
  [0-9a-f]{12}   .+ ago +CMD \["node" "server\.js"\]                        0B        buildkit\.dockerfile\.v0 (re)
  <missing>      .+ ago +EXPOSE \[80/tcp\]                                 0B        buildkit\.dockerfile\.v0 (re)
  <missing>      .+ ago +COPY \. \. # buildkit                             \S+ +buildkit\.dockerfile\.v0 (re)
  <missing>      .+ ago +RUN /bin/sh -c npm install # buildkit           \S+ +buildkit\.dockerfile\.v0 (re)
  <missing>      .+ ago +COPY package\.json \. # buildkit                  \S+ +buildkit\.dockerfile\.v0 (re)
  <missing>      .+ ago +WORKDIR /app                                    0B        buildkit\.dockerfile\.v0 (re)
  ...
  $ docker history --format '{{.ID}} {{.CreatedBy}}' feedback-node
  [0-9a-f]{12} CMD \["node" "server\.js"\] (re)
  <missing> EXPOSE [80/tcp]
  <missing> COPY . . # buildkit
  <missing> RUN /bin/sh -c npm install # buildkit
  <missing> COPY package.json . # buildkit
  <missing> WORKDIR /app
  ...
  $ docker pull busybox
  ...
  $ echo 'FROM busybox' > Dockerfile.long
  $ echo 'RUN echo this is a rather long command line for the history table' >> Dockerfile.long
  $ docker build -q -f Dockerfile.long -t longrun .
  sha256:[0-9a-f]{64} (re)
  $ docker history longrun
  IMAGE          CREATED +CREATED BY                                      SIZE      COMMENT (re)
  [0-9a-f]{12}   .+ ago +RUN /bin/sh -c echo this is a rather long co…   0B        buildkit\.dockerfile\.v0 (re)
  ...
  $ echo '// changed' >> server.js
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker images --format '{{.Repository}}:{{.Tag}}'
  feedback-node:latest
  longrun:latest
  <none>:<none>
  busybox:latest
  node:14
  $ docker images -q --filter dangling=true
  [0-9a-f]{12} (re)
