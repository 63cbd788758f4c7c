`touch` changes a file's times and not one byte, and `nodemon -L` polls
mtimes (chokidar with usePolling compares each file's stat.mtimeMs), so a
touch restarts it like an edit does. On the host, the touch reaches a
container only through a bind mount: the bound container restarts, the one
running its image's copy does not. Inside a container, touch is a metadata
change, so overlayfs copies the file up (docker diff: C) and that nodemon
restarts too. A touched file nodemon does not watch (not js, mjs or json)
restarts nothing.

  $ npm install --save-dev nodemon
  ...
  $ sed -i 's/"main": "server.js",/&\n  "scripts": {\n    "start": "nodemon -L server.js"\n  },/' package.json
  $ sed -i 's/"node", "server.js"/"npm", "start"/' Dockerfile
  $ docker build -q -t dev .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name bound -v "$(pwd):/app" -v /app/node_modules dev
  [0-9a-f]{64} (re)
  $ docker run -d -p 3001:80 --name copied dev
  [0-9a-f]{64} (re)
  $ wc -c server.js
  1167 server.js
  $ touch server.js
  $ wc -c server.js
  1167 server.js
  $ docker logs bound
  
  > feedback-app@1.0.0 start /app
  > nodemon -L server.js
  
  [nodemon] 2.0.22
  [nodemon] to restart at any time, enter `rs`
  [nodemon] watching path(s): *.*
  [nodemon] watching extensions: js,mjs,json
  [nodemon] starting `node server.js`
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  $ docker logs copied
  
  > feedback-app@1.0.0 start /app
  > nodemon -L server.js
  
  [nodemon] 2.0.22
  [nodemon] to restart at any time, enter `rs`
  [nodemon] watching path(s): *.*
  [nodemon] watching extensions: js,mjs,json
  [nodemon] starting `node server.js`

Each later touch is a new mtime, and a new restart; files nodemon does not
watch are not.

  $ touch server.js
  $ touch public/styles.css
  $ touch notes.md
  $ docker logs bound
  ...
  [nodemon] starting `node server.js`
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  $ docker logs bound 2>&1 | grep -c restarting
  2

Inside the container that runs its own copy: touch copies server.js up into
its read-write layer, unchanged, and its nodemon restarts.

  $ docker diff copied
  $ docker exec copied touch server.js
  $ docker diff copied
  C /app
  C /app/server.js
  $ docker exec copied wc -c server.js
  1167 server.js
  $ docker logs copied 2>&1 | grep -c restarting
  1
  $ docker logs bound 2>&1 | grep -c restarting
  2
