Course step 1 exactly as a learner types it (reference 6 step 1, 1.1, 1.2,
5, 9.7): the feedback is saved in the container layer, served at
/feedback/<title>.txt (Express static: 200, text/plain, no trailing newline),
the host's feedback/ stays empty; with --rm, stop removes the container;
without --rm the data survives stop/start but not rm + a new run. ps SIZE
counts the 5-byte file in the RW layer (3 "Sizes").

  $ docker build -t feedback-node .
  \[\+\] Building .* \(10/10\) FINISHED .* (re)
  ...
   => \[2/5\] WORKDIR /app .* (re)
   => \[3/5\] COPY package\.json \. .* (re)
   => \[4/5\] RUN npm install .* (re)
   => \[5/5\] COPY \. \. .* (re)
   => exporting to image .* (re)
  ...
  $ docker run -p 3000:80 -d --name feedback-app --rm feedback-node
  [0-9a-f]{64} (re)
  $ docker ps
  CONTAINER ID   IMAGE           COMMAND                  CREATED +STATUS +PORTS                  NAMES (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   .+ ago +Up .+ +0\.0\.0\.0:3000->80/tcp   feedback-app (re)
  $ curl -s -X POST -d title=awesome -d text=hello localhost:3000/create
  Found. Redirecting to /
  $ curl -i localhost:3000/feedback/awesome.txt
  HTTP/1.1 200 OK
  X-Powered-By: Express
  Accept-Ranges: bytes
  Cache-Control: public, max-age=0
  Last-Modified: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT (re)
  ETag: W/"5-[0-9a-f]+" (re)
  Content-Type: text/plain; charset=UTF-8
  Content-Length: 5
  Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT (re)
  Connection: keep-alive
  Keep-Alive: timeout=5
  
  hello
  $ ls feedback
  $ docker ps -s --format '{{.Names}} {{.Size}}'
  feedback-app 5B \(virtual \d+(\.\d+)?MB\) (re)
  $ docker exec feedback-app ls /app/feedback /app/temp
  /app/feedback:
  awesome.txt
  
  /app/temp:
  $ docker stop feedback-app
  feedback-app
  $ docker ps -a
  CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
  $ docker run -p 3000:80 -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ curl -s localhost:3000/feedback/awesome.txt
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <title>Error</title>
  </head>
  <body>
  <pre>Cannot GET /feedback/awesome.txt</pre>
  </body>
  </html>
  $ curl -s -X POST -d title=Kept -d text=stays localhost:3000/create
  Found. Redirecting to /
  $ docker stop feedback-app
  feedback-app
  $ docker ps -a --format '{{.Names}}|{{.Status}}|{{.Ports}}'
  feedback-app\|Exited \(137\) .+ ago\| (re)
  $ docker start feedback-app
  feedback-app
  $ curl -s localhost:3000/feedback/kept.txt
  stays
  $ docker rm feedback-app
  Error response from daemon: cannot remove container "feedback-app": container is running: stop the container before removing or force remove
  [1]
  $ docker rm -f feedback-app
  feedback-app
  $ docker run -p 3000:80 -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ curl -s localhost:3000/feedback/kept.txt
  ...
  <pre>Cannot GET /feedback/kept.txt</pre>
  ...
