curl inside a container whose image has it (node:14's, curl 7.64.0 in Debian buster): localhost is
the container's own network stack, where its app listens on its own port whether or not it is
published (80 here, not the 3000 the host sees), so the request reaches the app and can save
feedback. -f turns an HTTP error into curl's error 22 with nothing of the answer shown; 7.64.0
names the status line's rest ("404 Not Found", lib/http.c print_http_error) where the host's
curl 8.5.0 names the code alone, and says a refused connection with strerror's text
(lib/connect.c: "Failed to connect to %s port %ld: %s"). A HEALTHCHECK (--health-cmd) that
curls the app is healthy at its first probe; a container sharing another's network stack
(--network container:web) reaches that one's app on localhost; alpine has no curl at all.
-w's %{redirect_url} is where a redirect not followed points, made absolute.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name web feedback-node
  [0-9a-f]{64} (re)
  $ docker exec web curl -s localhost
  <!DOCTYPE html>
  <html lang="en">
    <head>
      <meta charset="UTF-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1.0" />
      <title>Share some Feedback!</title>
      <link rel="stylesheet" href="/styles.css" />
    </head>
    <body>
      <header>
        <h1><a href="/">Feedback</a></h1>
      </header>
      <main>
        <h2>Your Feedback</h2>
        <form action="/create" method="POST">
          <p>
            <label for="title">Title</label>
            <input type="text" id="title" name="title" />
          </p>
          <p>
            <label for="text">Document Text</label>
            <textarea name="text" id="text" rows="10"></textarea>
          </p>
          <button>Save</button>
        </form>
      </main>
    </body>
  </html>
  $ docker exec web curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:80/feedback/none.txt
  404
  $ docker exec web curl -fsS localhost/feedback/none.txt
  curl: (22) The requested URL returned error: 404 Not Found
  [22]
  $ docker exec web curl -sS localhost:3000
  curl: (7) Failed to connect to localhost port 3000: Connection refused
  [7]
  $ docker exec web curl -sS -d title=awesome -d text=hi localhost/create -o /dev/null -w '%{http_code} %{redirect_url}\n'
  302 http://localhost/
  $ docker exec web cat /app/feedback/awesome.txt
  hi
  $ curl -fsS localhost:3000/feedback/none.txt
  curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server
  [7]
  $ docker run -d --name web2 -p 3000:80 --health-cmd 'curl -fs http://localhost/ || exit 1' --health-interval 5s feedback-node
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}: {{.Status}}'
  web2: Up 1 second (health: starting)
  web: Up 9 seconds
  $ sleep 5
  $ docker ps --format '{{.Names}}: {{.Status}}'
  web2: Up 8 seconds (healthy)
  web: Up 16 seconds
  $ docker run --rm --network container:web node:14 curl -s -o /dev/null -w '%{http_code}\n' localhost
  200
  $ docker run --rm alpine curl localhost
  Unable to find image 'alpine:latest' locally
  latest: Pulling from library/alpine
  93d51875b391: Pull complete 
  Digest: sha256:6842053d52bad956b27d9fb3d462cdb07d32ab32dd7e8e53bd1a43890d43e0ac
  Status: Downloaded newer image for alpine:latest
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "curl": executable file not found in $PATH: unknown
  
  Run 'docker run --help' for more information
  [127]
