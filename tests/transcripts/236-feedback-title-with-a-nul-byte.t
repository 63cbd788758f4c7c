A feedback title holding a NUL byte (%00 in the form) names no file Linux can hold: Node 14 refuses
the path before any system call (lib/internal/fs/utils.js nullCheck: ERR_INVALID_ARG_VALUE, a
TypeError, the path shown as util.inspect writes it), so fs.promises.writeFile rejects, the rejection
is not handled and the request gets no answer. Nothing is written. (The stack frames Node prints
under the TypeError line are not simulated.) A hunt found the app writing a file whose name held NUL.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ curl -s -m 2 -X POST -d 'title=A%00b' -d text=hi localhost:3000/create
  [28]
  $ docker exec feedback-app ls -A /app/temp /app/feedback
  /app/feedback:
  
  /app/temp:
  $ docker logs feedback-app
  (node:1) UnhandledPromiseRejectionWarning: TypeError [ERR_INVALID_ARG_VALUE]: The argument 'path' must be a string or Uint8Array without null bytes. Received '/app/temp/a\x00b.txt'
  (Use `node --trace-warnings ...` to show where the warning was created)
  (node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: 1)
  (node:1) [DEP0018] DeprecationWarning: Unhandled promise rejections are deprecated. In the future, promise rejections that are not handled will terminate the Node.js process with a non-zero exit code.
  $ curl -s -m 2 -X POST --data-urlencode "title=it's $(printf 'x%.0s' $(seq 120))" -d text=hi localhost:3000/create
  Found. Redirecting to /
  $ curl -s -m 2 -X POST -d "title=it's%00$(printf 'y%.0s' $(seq 120))" -d text=hi localhost:3000/create
  [28]
  $ docker logs feedback-app 2>&1 | grep TypeError | tail -n 1
  (node:1) UnhandledPromiseRejectionWarning: TypeError [ERR_INVALID_ARG_VALUE]: The argument 'path' must be a string or Uint8Array without null bytes. Received "/app/temp/it's\x00yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...
