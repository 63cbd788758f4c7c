exec, and a server started by a shell that is a container's main process. exec (bash
builtins/exec.def, dash eval.c execcmd): the program takes the shell's place, so the shell ends with
its status; a program not found ends a script or a -c text with 127 (at the terminal bash says so
and goes on); a function is not a program. exec with only redirections (the shell's own
descriptors changed for what follows) is refused as not simulated. A shell-form CMD
(`CMD node server.js`, which Docker stores as /bin/sh -c "node server.js", `CMD npm start`) and
`sh -c '...; exec node server.js'`: the shell waits for the server, so the container runs on and serves; sh as PID 1
ignores SIGTERM, so docker stop kills it after 10 s (137). Both used to exit at once with 0, and
exec was a command the shells did not find.

  $ exec echo "exec: the program takes the shell's place"
  exec: the program takes the shell's place
  $ bash -c 'exec echo hi; echo never'
  hi
  $ bash -c 'exec nope; echo never'
  bash: line 1: exec: nope: not found
  [127]
  $ sh -c 'exec nope; echo never'
  sh: 1: exec: nope: not found
  [127]
  $ exec nope; echo "the terminal's bash goes on: $?"
  bash: exec: nope: not found
  the terminal's bash goes on: 127
  $ bash -c 'f() { echo function; }; exec f'
  bash: line 1: exec: f: not found
  [127]
  $ bash -c 'exec -x echo'
  bash: line 1: exec: -x: invalid option
  exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]
  [2]
  $ bash -c 'exec 2>&1; echo on'
  layerlab: exec with only redirections (the shell's own descriptors changed for the commands after it) is not simulated
  on
  $ sed -i 's/^CMD.*/CMD node server.js/' Dockerfile
  $ tail -1 Dockerfile
  CMD node server.js
  $ docker build -q -t feedback-shell-form .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name shell-form feedback-shell-form
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Command}} {{.Status}}'
  shell-form "docker-entrypoint.s…" Up 1 second
  $ curl -s -X POST --data-urlencode title=awesome --data-urlencode text=hi localhost:3000/create
  Found. Redirecting to /
  $ docker exec shell-form ls /app/feedback
  awesome.txt
  $ docker inspect -f '{{json .Config.Cmd}}' shell-form
  ["/bin/sh","-c","node server.js"]
  $ docker stop shell-form
  shell-form
  $ docker ps -a --format '{{.Names}} {{.Status}}'
  shell-form Exited (137) 1 second ago
  $ docker run -d -p 3001:80 --name exec-form feedback-shell-form sh -c 'echo starting; exec node server.js'
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Status}}'
  exec-form Up 1 second
  $ docker logs exec-form
  starting
  $ sed -i 's/^CMD.*/CMD npm start/' Dockerfile
  $ docker build -q -t feedback-npm-shell-form .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3002:80 --name npm-shell-form feedback-npm-shell-form
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Status}}'
  npm-shell-form Up 1 second
  exec-form Up 7 seconds
  $ docker logs npm-shell-form
  
  > feedback-app@1.0.0 start /app
  > node server.js
  
  $ curl -s localhost:3002 | head -1
  <!DOCTYPE html>
