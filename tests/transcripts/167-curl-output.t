curl's -o FILE puts what it would print in the file (-o /dev/null drops it), and -w FORMAT prints
its %{variables} after the transfer (curl src/tool_writeout.c): http_code, size_download,
content_type, exitcode...; \n \t and %% read as such, and printed when nothing answered too
(http_code 000). A file curl cannot open is exit 23.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ curl -s localhost:3000 -o /dev/null -w '%{http_code}\n'
  200
  $ curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' localhost:3000/create -o /dev/null -w '%{http_code} %{size_download}\n'
  302 23
  $ curl -s localhost:3000/feedback/awesome.txt -o saved.txt -w '%{content_type}\t%%\n'; cat saved.txt
  text/plain; charset=UTF-8	%
  Docker is great
  $ curl -s localhost:3001 -w '%{http_code} %{exitcode}\n'
  000 7
  [7]
  $ curl -s localhost:3000 -o missing/page.html
  Warning: Failed to open the file missing/page.html: No such file or directory
  [23]
