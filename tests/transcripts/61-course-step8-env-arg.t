Course step 8 (reference 6 step 8): PORT from ENV, --env / -e / --env-file,
ARG + --build-arg. Facts from the code: the daemon merges the user's Env
first and then the image's variables not overridden (moby daemon/commit.go
merge()); docker ps PORTS lists exposed-only groups first, then host
mappings (docker/cli formatter/container.go DisplayablePorts: result then
hostMappings). BuildKit RUN cache keys on the command and the ARG/ENV in
scope; an ARG declared after the RUN (or a build-arg the Dockerfile does
not declare) does not invalidate it (reference 4 "For RUN: just the command
string itself is used").

  $ sed -i 's/app.listen(80)/app.listen(process.env.PORT)/' server.js
  $ sed -i 's/EXPOSE 80/ENV PORT 80\nEXPOSE $PORT/' Dockerfile
  $ docker build -q -t feedback-node:env .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:8000 --env PORT=8000 --name e1 feedback-node:env
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.Env}}' e1
  ["PORT=8000","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","NODE_VERSION=14.21.3","YARN_VERSION=1.22.19"]
  $ docker ps --format '{{.Names}}|{{.Ports}}'
  e1|80/tcp, 0.0.0.0:3000->8000/tcp
  $ curl -s -X POST -d title=envtest -d text=ok localhost:3000/create
  Found. Redirecting to /
  $ echo PORT=8000 > .env
  $ docker run -d -p 3001:8000 --env-file ./.env --name e2 feedback-node:env
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{index .Config.Env 0}}' e2
  PORT=8000
  $ curl -s -X POST -d title=envfile -d text=ok localhost:3001/create
  Found. Redirecting to /
  $ docker run -d -p 3002:80 --name e3 feedback-node:env
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}|{{.Ports}}' --filter name=e3
  e3|0.0.0.0:3002->80/tcp
  $ docker rm -f e1 e2 e3
  e1
  e2
  e3
  $ sed -i 's/ENV PORT 80/ARG DEFAULT_PORT=80\nENV PORT $DEFAULT_PORT/' Dockerfile
  $ docker build -q -t feedback-node:web-app .
  sha256:[0-9a-f]{64} (re)
  $ docker build -t feedback-node:web-app --build-arg DEFAULT_PORT=8000 .
  ...
   => CACHED \[4/5\] RUN npm install .* (re)
   => CACHED \[5/5\] COPY \. \. .* (re)
  ...
  $ docker image inspect -f '{{json .Config.ExposedPorts}}' feedback-node:web-app
  {"8000/tcp":{}}
  $ docker history --format '{{.CreatedBy}}' feedback-node:web-app
  CMD ["node" "server.js"]
  EXPOSE [8000/tcp]
  ENV PORT=8000
  ARG DEFAULT_PORT=8000
  COPY . . # buildkit
  RUN /bin/sh -c npm install # buildkit
  ...
  $ docker build -t feedback-node:other --build-arg NOTUSED=1 .
  ...
   => CACHED \[4/5\] RUN npm install .* (re)
  ...
