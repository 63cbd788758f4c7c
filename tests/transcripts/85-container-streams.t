A container's process writes on two streams, and they stay apart (daemon/logger/jsonfilelog keeps
each line's "stream"): an attached `docker run` and `docker logs` write each line on the stream it
came from, so a redirection of the client's stdout or stderr takes only that stream's lines. A
container with a terminal (-t) has one stream.

  $ docker run --name two alpine sh -c 'echo out; echo err >&2'
  Unable to find image 'alpine:latest' locally
  latest: Pulling from library/alpine
  * Pull complete  (glob)
  Digest: sha256:* (glob)
  Status: Downloaded newer image for alpine:latest
  out
  err
  $ docker run --rm alpine sh -c 'echo out; echo err >&2' 2>/dev/null
  out
  $ docker run --rm alpine sh -c 'echo out; echo err >&2' > /dev/null
  err
  $ docker logs two 2>/dev/null
  out
  $ docker logs two 2>&1 >/dev/null
  err
  $ docker logs two | wc -l
  err
  1
  $ docker run -t --name tty alpine sh -c 'echo err >&2'
  err
  $ docker logs tty 2>/dev/null
  err
  $ docker run --rm alpine sh -c 'sleep 2; echo late >&2' 2>/dev/null; echo end
  end
