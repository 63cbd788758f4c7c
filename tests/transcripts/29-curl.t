curl against the demo app (reference 6, 9.7; Express 4 / Node 14 headers;
finalhandler's 404 page): -i shows the status line and headers, then a blank
line, then the body; --data-urlencode encodes spaces and '&'; a refused
connection is exit 7, silent with -s, reported with -sS or without -s.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name app feedback-node
  [0-9a-f]{64} (re)
  $ curl localhost:3000/nope
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <title>Error</title>
  </head>
  <body>
  <pre>Cannot GET /nope</pre>
  </body>
  </html>
  $ curl -i localhost:3000/nope
  HTTP/1.1 404 Not Found
  X-Powered-By: Express
  Content-Security-Policy: default-src 'none'
  X-Content-Type-Options: nosniff
  Content-Type: text/html; charset=utf-8
  Content-Length: 143
  Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT (re)
  Connection: keep-alive
  Keep-Alive: timeout=5
  
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <title>Error</title>
  </head>
  <body>
  <pre>Cannot GET /nope</pre>
  </body>
  </html>
  $ curl -s localhost:3000/
  ...
  .*<title>Share some Feedback!</title>.* (re)
  ...
  .*<form action="/create" method="POST">.* (re)
  ...
  $ curl -i -X POST --data-urlencode 'title=Hello World' --data-urlencode 'text=a&b c' localhost:3000/create
  HTTP/1.1 302 Found
  X-Powered-By: Express
  Location: /
  Vary: Accept
  Content-Type: text/plain; charset=utf-8
  Content-Length: 23
  Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT (re)
  Connection: keep-alive
  Keep-Alive: timeout=5
  
  Found. Redirecting to /
  $ curl -s 'localhost:3000/feedback/hello%20world.txt'
  a&b c
  $ docker exec app ls /app/feedback
  hello world.txt
  $ curl -s -X POST -d title=HELLO%20WORLD -d text=again localhost:3000/create
  Found. Redirecting to /exists
  $ curl -s localhost:3000/exists
  ...
  .*This title exists already!.* (re)
  ...
  .*Please pick a different one\..* (re)
  ...
  .*<a href="/">Start again</a>.* (re)
  ...
  $ docker exec app ls /app/temp
  hello world.txt
  $ curl -s localhost:3001/
  [7]
  $ curl -sS localhost:3001/
  curl: \(7\) Failed to connect to localhost port 3001( after \d+ ms)?: (Connection refused|Couldn't connect to server) (re)
  [7]
  $ curl localhost:3001/
  curl: \(7\) Failed to connect to localhost port 3001( after \d+ ms)?: (Connection refused|Couldn't connect to server) (re)
  [7]
  $ docker stop app
  app
  $ curl -s localhost:3000/
  [7]
