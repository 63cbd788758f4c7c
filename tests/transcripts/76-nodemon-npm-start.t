The live-reload lesson's simulator (issue 19). npm 6 on the host and in
node:14: `npm install --save-dev nodemon` saves "^2.0.22" under
devDependencies and adds node_modules/.bin/nodemon; on Linux npm 6 reports
the macOS-only fsevents it skips. `npm start` runs package.json's start
script, or `node server.js` when there is none and server.js exists, after
npm-lifecycle's banner ("\n> id stage wd\n> cmd\n"). nodemon 2.0.22's lines
are from lib/nodemon.js, lib/monitor/run.js and lib/monitor/watch.js; it
watches *.* in its folder (not node_modules) for js,mjs,json
(lib/config/exec.js), restarts on a change seen through a bind mount and not
on a host edit the container cannot see, keeps running when the app
crashes, and starts it again on the next change. console.log at the top of
server.js runs at each start.

  $ npm -v
  6.14.18
  $ npm install --save-dev nodemon
  npm notice created a lockfile as package-lock.json. You should commit this file.
  npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@~2.3.2 (node_modules/chokidar/node_modules/fsevents):
  npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})
  npm WARN feedback-app@1.0.0 No repository field.
  
  + nodemon@2.0.22
  added 92 packages from 69 contributors and audited 92 packages in 2.841s
  found 0 vulnerabilities
  
  $ cat package.json
  ...
    },
    "devDependencies": {
      "nodemon": "^2.0.22"
    }
  }
  $ ls node_modules/.bin
  nodemon
  $ docker build -q -t plain .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name s1 --entrypoint npm plain start
  [0-9a-f]{64} (re)
  $ docker logs s1
  
  > feedback-app@1.0.0 start /app
  > node server.js
  
  $ sed -i 's/"main": "server.js",/&\n  "scripts": {\n    "start": "nodemon -L server.js"\n  },/' package.json
  $ sed -i 's/"node", "server.js"/"npm", "start"/' Dockerfile
  $ docker build -q -t dev .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name bound -v "$(pwd):/app" -v /app/node_modules dev
  [0-9a-f]{64} (re)
  $ docker run -d -p 3001:80 --name copied dev
  [0-9a-f]{64} (re)
  $ docker logs bound
  
  > feedback-app@1.0.0 start /app
  > nodemon -L server.js
  
  [nodemon] 2.0.22
  [nodemon] to restart at any time, enter `rs`
  [nodemon] watching path(s): *.*
  [nodemon] watching extensions: js,mjs,json
  [nodemon] starting `node server.js`
  $ echo "console.log('Listening on ' + process.env.PORT);" >> server.js
  $ docker logs bound
  ...
  [nodemon] starting `node server.js`
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  Listening on undefined
  $ docker logs copied
  
  > feedback-app@1.0.0 start /app
  > nodemon -L server.js
  
  [nodemon] 2.0.22
  [nodemon] to restart at any time, enter `rs`
  [nodemon] watching path(s): *.*
  [nodemon] watching extensions: js,mjs,json
  [nodemon] starting `node server.js`

A draft the app writes (.txt) is not a watched extension: no restart.

  $ curl -s -X POST -d title=t1 -d text=x localhost:3000/create
  Found. Redirecting to /
  $ docker logs bound
  ...
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  Listening on undefined

The app crashes; nodemon stays up and waits; the next change starts it again.

  $ echo "require('nothing-here');" >> server.js
  $ docker logs bound
  ...
  Listening on undefined
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  internal/modules/cjs/loader.js:934
  ...
  Error: Cannot find module 'nothing-here'
  ...
  [nodemon] app crashed - waiting for file changes before starting...
  $ curl -s localhost:3000
  [56]
  $ docker ps --format '{{.Names}} {{.Status}}' --filter name=bound
  bound Up .* (re)
  $ sed -i "s/require('nothing-here');//" server.js
  $ curl -s -I localhost:3000
  HTTP/1.1 200 OK
  ...
  $ docker logs bound
  ...
  [nodemon] app crashed - waiting for file changes before starting...
  [nodemon] restarting due to changes...
  [nodemon] starting `node server.js`
  Listening on undefined

npm in a container writes into the bind-mounted project; without
node_modules/.bin/nodemon the start script fails as sh and npm 6 report it.

  $ docker rm -f bound copied s1
  bound
  copied
  s1
  $ rm -r node_modules
  $ docker run --name nomod -v "$(pwd):/app" dev
  
  > feedback-app@1.0.0 start /app
  > nodemon -L server.js
  
  sh: 1: nodemon: not found
  npm ERR! code ELIFECYCLE
  npm ERR! errno 127
  npm ERR! feedback-app@1.0.0 start: `nodemon -L server.js`
  npm ERR! Exit status 127
  npm ERR! 
  npm ERR! Failed at the feedback-app@1.0.0 start script.
  npm ERR! This is probably not a problem with npm. There is likely additional logging output above.
  
  npm ERR! A complete log of this run can be found in:
  npm ERR!     /root/.npm/_logs/.*-debug.log (re)
  [127]
  $ docker run --rm -v "$(pwd):/app" -w /app node:14 npm install --save-dev nodemon
  ...
  + nodemon@2.0.22
  ...
  $ ls node_modules/.bin
  nodemon
  $ mkdir /tmp/p
  $ echo '{"name": "p", "version": "1.0.0"}' > /tmp/p/package.json
  $ docker run --rm -v /tmp/p:/app -w /app node:14 npm start
  npm ERR! missing script: start
  
  npm ERR! A complete log of this run can be found in:
  npm ERR!     /root/.npm/_logs/.*-debug.log (re)
  [1]

Plain node reads server.js once: through a bind mount the file changes, the
running app does not, until the process starts again.

  $ docker rm -f nomod
  nomod
  $ docker run -d --name once -v "$(pwd):/app" -v /app/node_modules plain
  [0-9a-f]{64} (re)
  $ echo "console.log('second edit');" >> server.js
  $ docker exec once cat server.js
  ...
  console.log('second edit');
  $ docker logs once
  Listening on undefined
  $ docker restart once
  once
  $ docker logs once
  Listening on undefined
  Listening on undefined
  second edit
