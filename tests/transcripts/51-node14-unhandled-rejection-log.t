Node 14's unhandled-rejection output in docker logs (reference 9.9, 6 step
2): the first rejection prints the warning, the "(Use `node
--trace-warnings ...`" hint, the "Unhandled promise rejection ..." line with
rejection id 1 and, once per process, DEP0018; a later one repeats the first
and third lines with the next id. The request never gets an answer (curl -m
times out, 28). With --rm, stop removes the container and its anonymous
VOLUME (2.8).

  $ echo 'VOLUME [ "/app/feedback" ]' >> Dockerfile
  $ docker build -q -t feedback-node:volumes .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --rm --name feedback-app feedback-node:volumes
  [0-9a-f]{64} (re)
  $ curl -s -m 2 -X POST -d title=awesome -d text=hello localhost:3000/create
  [28]
  $ curl -s -m 2 -X POST -d title=Two -d text=hello localhost:3000/create
  [28]
  $ docker logs feedback-app
  (node:1) UnhandledPromiseRejectionWarning: Error: EXDEV: cross-device link not permitted, rename '/app/temp/awesome.txt' -> '/app/feedback/awesome.txt'
  (Use `node --trace-warnings ...` to show where the warning was created)
  (node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: 1)
  (node:1) [DEP0018] DeprecationWarning: Unhandled promise rejections are deprecated. In the future, promise rejections that are not handled will terminate the Node.js process with a non-zero exit code.
  (node:1) UnhandledPromiseRejectionWarning: Error: EXDEV: cross-device link not permitted, rename '/app/temp/two.txt' -> '/app/feedback/two.txt'
  (node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: 2)
  $ docker exec feedback-app ls /app/temp
  awesome.txt
  two.txt
  $ docker diff feedback-app
  C /app
  C /app/temp
  A /app/temp/awesome.txt
  A /app/temp/two.txt
  $ docker ps --format '{{.Names}} {{.Status}}'
  feedback-app Up .* (re)
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  $ docker stop feedback-app
  feedback-app
  $ docker ps -a -q
  $ docker volume ls -q
