.dockerignore as BuildKit applies it (issue 19): patterns are paths from the
context's root, a match also excludes what is below it, `*` stays within one
level, `!` takes a match back and a leading or trailing / changes nothing
(moby/patternmatcher). What is excluded is not sent ("transferring context"
shrinks), not copied by COPY . . (the layer in docker history shrinks), and
the host's node_modules no longer replaces the one RUN npm install made.

  $ npm install
  ...
  $ mkdir .git
  $ echo 'ref: refs/heads/main' > .git/HEAD
  $ echo '# notes' > README.md
  $ docker build -t big .
  ...
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
  ...
   => => transferring context: [0-9.]+MB +0\.0s (re)
  ...
  $ docker history --format '{{.CreatedBy}}|{{.Size}}' big
  CMD ["node" "server.js"]|0B
  EXPOSE [80/tcp]|0B
  COPY \. \. # buildkit\|[0-9.]+MB (re)
  ...
  $ echo node_modules > .dockerignore
  $ echo Dockerfile >> .dockerignore
  $ echo .git >> .dockerignore
  $ echo '*.md' >> .dockerignore
  $ docker build -t small .
  ...
   => => transferring context: 34B                                           0.0s
  ...
   => => transferring context: [0-9.]+kB +0\.0s (re)
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => CACHED [3/5] COPY package.json .                                       0.0s
   => CACHED [4/5] RUN npm install                                           0.0s
   => [5/5] COPY . .                                                         0.1s
  ...
  $ docker history --format '{{.CreatedBy}}|{{.Size}}' small
  CMD ["node" "server.js"]|0B
  EXPOSE [80/tcp]|0B
  COPY \. \. # buildkit\|[0-9.]+kB (re)
  ...
  $ docker run --rm small ls -a
  .
  ..
  .dockerignore
  feedback
  node_modules
  package-lock.json
  package.json
  pages
  public
  server.js
  temp
  $ echo '!README.md' >> .dockerignore
  $ docker build -q -t small2 .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm small2 ls README.md Dockerfile
  ls: cannot access 'Dockerfile': No such file or directory
  README.md
  [2]
  $ echo /pages/ > .dockerignore
  $ docker build -q -t nopages .
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm nopages ls pages
  ls: cannot access 'pages': No such file or directory
  [2]
