The course's canonical read-only command (reference section 6, 2.4-2.5, 9.3).
An earlier writable bind run with -v /app/node_modules leaves an empty
node_modules/ mount point in the project folder, which lets the :ro run start.
Mounts are sorted by Destination: the :ro bind (Mode "ro", RW false,
rprivate), the named volume (Mode "z"), two anonymous volumes (Mode "").
Config.Volumes holds only the anonymous -v paths. With --rm, stop removes the
anonymous volumes and keeps the named one. The sed swaps rename for
copyFile only (no unlink), so the temp file stays in the /app/temp volume.

  $ sed -i 's/fs.rename(/fs.copyFile(/' server.js
  $ docker build -q -t feedback-node:volumes .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --rm --name warmup -v "$(pwd):/app" -v /app/node_modules feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker stop warmup
  warmup
  $ ls
  Dockerfile
  feedback
  node_modules
  package.json
  pages
  public
  server.js
  temp
  $ ls node_modules
  $ docker volume ls -q
  $ docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback -v "/home/learner/feedback-app:/app:ro" -v /app/node_modules -v /app/temp feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' feedback-app
  \[\{"Type":"bind","Source":"/home/learner/feedback-app","Destination":"/app","Mode":"ro","RW":false,"Propagation":"rprivate"\},\{"Type":"volume","Name":"feedback","Source":"/var/lib/docker/volumes/feedback/_data","Destination":"/app/feedback","Driver":"local","Mode":"z","RW":true,"Propagation":""\},\{"Type":"volume","Name":"([0-9a-f]{64})","Source":"/var/lib/docker/volumes/\1/_data","Destination":"/app/node_modules","Driver":"local","Mode":"","RW":true,"Propagation":""\},\{"Type":"volume","Name":"([0-9a-f]{64})","Source":"/var/lib/docker/volumes/\2/_data","Destination":"/app/temp","Driver":"local","Mode":"","RW":true,"Propagation":""\}\] (re)
  $ docker inspect -f '{{json .Config.Volumes}}' feedback-app
  {"/app/node_modules":{},"/app/temp":{}}
  $ docker ps --format '{{.Names}} {{.Status}}'
  feedback-app Up .* (re)
  $ curl -s -X POST -d title=canon -d text=ok localhost:3000/create
  Found. Redirecting to /
  $ ls feedback
  $ ls temp
  $ sudo ls /var/lib/docker/volumes/feedback/_data
  canon.txt
  $ docker exec feedback-app ls /app/temp
  canon.txt
  $ docker exec feedback-app touch /app/new.txt
  touch: cannot touch '/app/new.txt': Read-only file system
  [1]
  $ echo 'host edit' > public/host.txt
  $ curl -s localhost:3000/host.txt
  host edit
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  feedback
  $ docker stop feedback-app
  feedback-app
  $ docker volume ls -q
  feedback
