ENV, ARG and the run-time environment as the ENV and ARG lessons use them
(issue 19). BuildKit lints the Dockerfile (frontend/dockerfile/linter
ruleset.go): LegacyKeyValueFormat for `ENV key value` / `LABEL key value`,
SecretsUsedInArgOrEnv for names like API_TOKEN (convert.go
getSecretsRegex); each shows as a "WARN:" line under the Dockerfile's step
and again after the progress (buildx commands/build.go printWarnings); -q
prints none. Instructions that only set config (ENV, LABEL, EXPOSE, CMD) are
not in the cache key of a later COPY; ENV and ARG reach a later RUN through
its environment, so an ARG right after FROM makes a new --build-arg value
re-run RUN npm install while WORKDIR and COPY package.json stay CACHED, and
the history line carries the value (convert.go runCommandString). At run
time the CLI sends --env-file's lines, then -e, both kept (opts/parse.go
readKVStrings), and the daemon adds the image's variables not set (daemon
commit.go merge()).

  $ echo Dockerfile > .dockerignore
  $ sed -i 's/app.listen(80)/app.listen(process.env.PORT || 3000)/' server.js
  $ sed -i 's/EXPOSE 80/ENV PORT 80\nLABEL maintainer learner\nENV API_TOKEN=abc\n\nEXPOSE $PORT/' Dockerfile
  $ docker build -t envs .
  [+] Building 3.8s (10/10) FINISHED                               docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 172B                                       0.0s
   => WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of  0.0s
   => WARN: LegacyKeyValueFormat: "LABEL key=value" should be used instead   0.0s
   => WARN: SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for s  0.0s
   => [internal] load metadata for docker.io/library/node:14                 0.5s
  ...
   => => naming to docker.io/library/envs                                    0.0s
  
   3 warnings found (use docker --debug to expand):
   - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 11)
   - LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 12)
   - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "API_TOKEN") (line 13)
  $ docker build -q -t envs .
  sha256:[0-9a-f]{64} (re)
  $ docker history --format '{{.CreatedBy}}' envs
  CMD ["node" "server.js"]
  EXPOSE [80/tcp]
  ENV API_TOKEN=abc
  LABEL maintainer=learner
  ENV PORT=80
  COPY . . # buildkit
  ...
  $ sed -i 's/ENV PORT 80/ENV PORT=8080/' Dockerfile
  $ sed -i 's/LABEL maintainer learner//' Dockerfile
  $ sed -i 's/ENV API_TOKEN=abc//' Dockerfile
  $ docker build -t envs .
  ...
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => CACHED [3/5] COPY package.json .                                       0.0s
   => CACHED [4/5] RUN npm install                                           0.0s
   => CACHED [5/5] COPY . .                                                  0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0\.0s (re)
   => => naming to docker.io/library/envs                                    0.0s
  $ docker run -d -p 3000:8080 --name e1 envs
  [0-9a-f]{64} (re)
  $ curl -s -I localhost:3000
  HTTP/1.1 200 OK
  ...
  $ docker run -d -p 3001:3000 --name e2 -e PORT= envs
  [0-9a-f]{64} (re)
  $ curl -s -I localhost:3001
  HTTP/1.1 200 OK
  ...
  $ echo '# settings' > .env
  $ echo '' >> .env
  $ echo '  PORT=9000' >> .env
  $ echo 'MODE=dev' >> .env
  $ docker run -d -p 3002:9000 --env-file ./.env -e MODE=prod --name e3 envs
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.Env}}' e3
  ["PORT=9000","MODE=dev","MODE=prod","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","NODE_VERSION=14.21.3","YARN_VERSION=1.22.19"]
  $ curl -s -I localhost:3002
  HTTP/1.1 200 OK
  ...
  $ docker exec e3 sh -c 'echo $MODE'
  prod
  $ sed -i 's/ENV PORT=8080/ARG DEFAULT_PORT=80\nENV PORT=$DEFAULT_PORT/' Dockerfile
  $ docker build -q -t args .
  sha256:[0-9a-f]{64} (re)
  $ docker build -t args --build-arg DEFAULT_PORT=8000 .
  ...
   => CACHED [4/5] RUN npm install                                           0.0s
   => CACHED [5/5] COPY . .                                                  0.0s
  ...
  $ docker run --rm args sh -c 'echo "$PORT/$DEFAULT_PORT"'
  8000/
  $ sed -i 's/^ARG DEFAULT_PORT=80$//' Dockerfile
  $ sed -i 's/^FROM node:14$/&\nARG DEFAULT_PORT=80/' Dockerfile
  $ docker build -t args --build-arg DEFAULT_PORT=8000 .
  ...
   => CACHED [2/5] WORKDIR /app                                              0.0s
   => CACHED [3/5] COPY package.json .                                       0.0s
   => [4/5] RUN npm install                                                  2.8s
   => [5/5] COPY . .                                                         0.1s
  ...
  $ docker history --no-trunc --format '{{.CreatedBy}}' args
  CMD ["node" "server.js"]
  EXPOSE [8000/tcp]
  ENV PORT=8000
  COPY . . # buildkit
  RUN |1 DEFAULT_PORT=8000 /bin/sh -c npm install # buildkit
  COPY package.json . # buildkit
  WORKDIR /app
  ARG DEFAULT_PORT=8000
  ...
  $ docker build -t args --build-arg DEFAULT_PORT=8000 .
  ...
   => CACHED [4/5] RUN npm install                                           0.0s
  ...

A bare --build-arg KEY takes the client's variable, or nothing when it is
unset (buildx commands/build.go listToMap): the ARG keeps its default.

  $ docker build -q -t bare --build-arg DEFAULT_PORT .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{json .Config.ExposedPorts}}' bare
  {"80/tcp":{}}
