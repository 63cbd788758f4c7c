docker cp from the host into a container (issue 17, point 24). The CLI asks the daemon what the
destination is (an error there only means "not known"), archives the local path and renames it to
fit (go-archive PrepareArchiveCopy), and the daemon unpacks it in the container's filesystem as it
mounts it itself (daemon/containerfs_linux.go): volumes and binds are mounted, so what lands
under them lands in the volume or the host folder; everything else lands in the container's
read-write layer, where docker diff shows it. The files keep the learner's uid (1000: node in
node:14). The progress line comes after the upload, whatever the daemon answered.

  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /home/learner/feedback-app/temp:/app/temp feedback-node
  [0-9a-f]{64} (re)
  $ echo hello > note.txt
  $ docker cp note.txt feedback-app:/app/
  Successfully copied 2.05kB to feedback-app:/app/
  $ docker cp pages feedback-app:/nodir/site
  Successfully copied 4.1kB to feedback-app:/nodir/site
  Error response from daemon: Could not find the file /nodir in container feedback-app
  [1]
  $ docker cp pages feedback-app:/tmp/site
  Successfully copied 4.1kB to feedback-app:/tmp/site
  $ docker exec feedback-app ls -l /app/note.txt
  -rw-r--r-- 1 node node 6 * /app/note.txt (glob)
  $ docker exec feedback-app ls /tmp/site
  exists.html
  feedback.html
  $ docker diff feedback-app
  C /app
  A /app/note.txt
  C /tmp
  A /tmp/site
  A /tmp/site/exists.html
  A /tmp/site/feedback.html

Into a volume's path, the bytes land in the volume; into a bind's path, in the host folder.

  $ docker cp note.txt feedback-app:/app/feedback/saved.txt
  Successfully copied 2.05kB to feedback-app:/app/feedback/saved.txt
  $ sudo ls /var/lib/docker/volumes/feedback/_data
  saved.txt
  $ docker cp package.json feedback-app:/app/temp
  Successfully copied 2.05kB to feedback-app:/app/temp
  $ ls temp
  package.json
  $ docker diff feedback-app
  C /app
  A /app/note.txt
  C /tmp
  A /tmp/site
  A /tmp/site/exists.html
  A /tmp/site/feedback.html

A file over a file of the image replaces it in the layer (C); a stopped or never-started container
takes copies as well, and a missing mount point is made in its layer on the way.

  $ docker cp note.txt feedback-app:/app/server.js
  Successfully copied 2.05kB to feedback-app:/app/server.js
  $ docker exec feedback-app cat /app/server.js
  hello
  $ docker create --name fresh -v /data busybox
  Unable to find image 'busybox:latest' locally
  ...
  [0-9a-f]{64} (re)
  $ docker cp note.txt fresh:/data/
  Successfully copied 2.05kB to fresh:/data/
  $ docker diff fresh
  A /data
  $ docker start fresh
  fresh
  $ docker run --rm --volumes-from fresh busybox cat /data/note.txt
  hello

A tmpfs is the runtime's, not the daemon's: docker cp writes the layer beneath it.

  $ docker run -d --name tm --tmpfs /scratch busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker cp note.txt tm:/scratch/
  Successfully copied 2.05kB to tm:/scratch/
  $ docker exec tm ls /scratch
  $ docker diff tm
  A /scratch
  A /scratch/note.txt

Errors. The local source first (go-archive CopyInfoSourcePath), then the copy rules, then the
daemon's checks of the folder it unpacks into (containerExtractToDir, checkWritablePath).

  $ docker cp nope.txt feedback-app:/tmp
  lstat /home/learner/feedback-app/nope.txt: no such file or directory
  [1]
  $ docker cp nodir/nope.txt feedback-app:/tmp
  lstat /home/learner/feedback-app/nodir: no such file or directory
  [1]
  $ docker cp pages feedback-app:/app/package.json
  cannot copy directory
  [1]
  $ docker cp note.txt feedback-app:/newdir/
  no such directory
  [1]
  $ docker cp note.txt nope:/tmp
  Successfully copied 2.05kB to nope:/tmp
  Error response from daemon: No such container: nope
  [1]
  $ docker cp note.txt feedback-app:/app/package.json/x
  Successfully copied 2.05kB to feedback-app:/app/package.json/x
  Error response from daemon: extraction point is not a directory
  [1]
  $ docker cp pages feedback-app:/tmp/site/exists.html/
  Successfully copied 4.1kB to feedback-app:/tmp/site/exists.html/
  Error response from daemon: cannot overwrite non-directory "/tmp/site/exists.html" with directory "/tmp/site"
  [1]
  $ mkdir -p clash/node_modules
  $ docker cp clash/. feedback-app:/app
  Successfully copied 2.05kB to feedback-app:/app
  $ echo x > node_modules
  $ docker cp node_modules feedback-app:/app
  Successfully copied 2.05kB to feedback-app:/app
  Error response from daemon: cannot overwrite directory "/app/node_modules" with non-directory "/app"
  [1]
  $ docker run -d --name ro --read-only -v /data busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker cp note.txt ro:/tmp
  Successfully copied 2.05kB to ro:/tmp
  Error response from daemon: container rootfs is marked read-only
  [1]
  $ docker cp note.txt ro:/data
  Successfully copied 2.05kB to ro:/data
  $ docker run -d --name rov -v feedback:/data:ro busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker cp note.txt rov:/data
  Successfully copied 2.05kB to rov:/data
  Error response from daemon: mounted volume is marked read-only
  [1]

'-' as the source reads a tar archive from standard input into a directory the CLI can see
(tests/transcripts/205-cp-tar-streams.t); a terminal's input is empty here, as after Ctrl-D, and
an empty archive extracts nothing. The CLI counts no progress for a stream it did not make.

  $ docker cp - feedback-app:/tmp
  Successfully copied 0B to feedback-app:/tmp
  $ docker cp - feedback-app:/app/server.js
  destination "feedback-app:/app/server.js" must be a directory
  [1]
  $ docker cp - nope:/tmp
  destination "nope:/tmp" must be a directory
  [1]
