The course's bind-mount steps (reference 6 step 5, 9.3, 1.5). A writable
bind over /app hides node_modules: the app exits 1 and, with --rm, the
container is gone (logs unavailable). A :ro bind with -v /app/node_modules
cannot start while the project folder has no node_modules/ mount point (the
runtime cannot create it on a read-only bind): run prints the ID (-d), then
the start error (125, CLI 28 framing); without --rm the container stays
Created holding its anonymous volume; with --rm it and its anonymous volume
are removed. After one writable run creates the (root-owned, empty) mount
point on the host, the same :ro command works.

  $ sed -i 's/fs.rename(/fs.copyFile(/' server.js
  $ docker build -q -t feedback-node:volumes .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --rm --name feedback-app -v "$(pwd):/app" feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker ps -a -q
  $ docker logs feedback-app
  Error response from daemon: No such container: feedback-app
  [1]
  $ docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" -v /app/node_modules -v /app/temp feedback-node:volumes
  [0-9a-f]{64} (re)
  docker: Error response from daemon: .*read-only file system.* (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a -q
  $ docker volume ls -q
  feedback
  $ docker run -d -p 3000:80 --name stuck -v "$(pwd):/app:ro" -v /app/node_modules feedback-node:volumes
  [0-9a-f]{64} (re)
  docker: Error response from daemon: .*read-only file system.* (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  stuck Created
  $ docker volume ls -q --filter dangling=false
  [0-9a-f]{64} (re)
  $ ls
  Dockerfile
  feedback
  package.json
  pages
  public
  server.js
  temp
  $ docker rm -v stuck
  stuck
  $ docker run -d --rm --name warmup -v "$(pwd):/app" -v /app/node_modules feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker stop warmup
  warmup
  $ ls node_modules
  $ docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app:ro" -v /app/node_modules -v /app/temp feedback-node:volumes
  [0-9a-f]{64} (re)
  $ curl -s -X POST -d title=after -d text=ok localhost:3000/create
  Found. Redirecting to /
  $ sudo ls /var/lib/docker/volumes/feedback/_data
  after.txt
  $ docker stop feedback-app
  feedback-app
  $ docker volume ls -q
  feedback
