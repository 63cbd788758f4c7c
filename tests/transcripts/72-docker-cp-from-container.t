docker cp from a container to the host (issue 17, point 24). The daemon streams a tar archive of
the path (daemon/archive_unix.go containerArchivePath) and the CLI unpacks it where go-archive's
copy rules say (copy.go CopyTo, PrepareArchiveCopy). On a terminal the CLI ends with
"Successfully copied SIZE to DEST", SIZE being the tar stream's bytes (512-byte headers, data in
512-byte blocks, two closing blocks), DEST the absolute local path with its trailing '/' or '/.'.
The learner owns what lands; the modes come from the container.

  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ mkdir out
  $ docker cp feedback-app:/app/server.js out
  Successfully copied 3.07kB to /home/learner/feedback-app/out
  $ docker cp feedback-app:/app/server.js out/copy.js
  Successfully copied 3.07kB to /home/learner/feedback-app/out/copy.js
  $ ls -l out
  total 8
  -rw-r--r-- 1 learner learner 1167 * copy.js (glob)
  -rw-r--r-- 1 learner learner 1167 * server.js (glob)

A folder lands under its own name in an existing folder, or becomes a new one; with '/.' its
contents go into the destination.

  $ docker cp feedback-app:/app/pages out
  Successfully copied 4.1kB to /home/learner/feedback-app/out
  $ ls out/pages
  exists.html
  feedback.html
  $ docker cp feedback-app:/app/pages out/site
  Successfully copied 4.1kB to /home/learner/feedback-app/out/site
  $ ls out/site
  exists.html
  feedback.html
  $ docker cp feedback-app:/app/pages/. out
  Successfully copied 4.1kB to /home/learner/feedback-app/out
  $ ls out
  copy.js
  exists.html
  feedback.html
  pages
  server.js
  site
  $ docker cp feedback-app:/app/server.js .
  Successfully copied 3.07kB to /home/learner/feedback-app/.

Without a terminal on standard output (a pipe, a redirect) there is no progress line; -q too.

  $ docker cp feedback-app:/app/server.js out/quiet.js | cat
  $ docker cp -q feedback-app:/app/server.js out/quiet.js

Errors: the local destination is checked first (cli/command/utils.go ValidateOutputPath), then
the daemon's (daemon/errors.go containerFileNotFound), then the copy rules, after the progress
line, which then shows what was read: nothing.

  $ docker cp feedback-app:/app/server.js nodir/x
  invalid output path: directory "/home/learner/feedback-app/nodir" does not exist
  [1]
  $ docker cp feedback-app:/app/server.js Dockerfile/x
  stat /home/learner/feedback-app/Dockerfile/x: not a directory
  [1]
  $ docker cp nope:/app/server.js out
  Error response from daemon: No such container: nope
  [1]
  $ docker cp feedback-app:/app/nope.js out
  Error response from daemon: Could not find the file /app/nope.js in container feedback-app
  [1]
  $ docker cp feedback-app:app/nope.js out
  Error response from daemon: Could not find the file app/nope.js in container feedback-app
  [1]
  $ docker cp feedback-app:/app/server.js/x out
  Error response from daemon: lstat /app/server.js/x: not a directory
  [1]
  $ docker cp feedback-app:/app/pages Dockerfile
  Successfully copied 0B to /home/learner/feedback-app/Dockerfile
  cannot copy directory
  [1]
  $ docker cp feedback-app:/app/server.js newdir/
  Successfully copied 0B to /home/learner/feedback-app/newdir/
  no such directory
  [1]
  $ docker cp feedback-app:/app/server.js /etc/server.js
  Successfully copied 3.07kB to /etc/server.js
  open /etc/server.js: permission denied
  [1]
  $ docker cp feedback-app:/app/pages out/server.js
  Successfully copied 0B to /home/learner/feedback-app/out/server.js
  cannot copy directory
  [1]
  $ docker cp feedback-app:/app/server.js out/pages/feedback.html/
  stat /home/learner/feedback-app/out/pages/feedback.html/: not a directory
  [1]

'-' as the destination writes the daemon's tar archive to standard output as it comes, a terminal
too (cp.go copyFromContainer: io.Copy, no progress line); layerlab shows a note in place of its
binary bytes (tests/transcripts/205-cp-tar-streams.t).

  $ docker cp feedback-app:/app/server.js -
  layerlab: 3072 bytes of a tar archive, binary data that layerlab does not show on a terminal
  $ docker cp feedback-app:/nope -
  Error response from daemon: Could not find the file /nope in container feedback-app
  [1]
  $ docker cp out/server.js other.js
  must specify at least one container source
  [1]
  $ docker cp feedback-app:/app/server.js feedback-app:/tmp
  copying between containers is not supported
  [1]
