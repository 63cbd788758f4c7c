An empty volume is filled from the image at container create (reference
2.3): a new named volume, an existing empty one, an anonymous one. A volume
that already holds files is never overwritten. nocopy (-v :nocopy, --mount
volume-nocopy) and bind mounts are never filled.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker create --name cc -v later:/app/pages feedback-node
  [0-9a-f]{64} (re)
  $ sudo ls /var/lib/docker/volumes/later/_data
  exists.html
  feedback.html
  $ docker rm cc
  cc
  $ docker run --rm -v pages-vol:/app/pages feedback-node ls /app/pages
  exists.html
  feedback.html
  $ docker run --rm -v pages-vol:/app/pages feedback-node rm /app/pages/exists.html
  $ docker run --rm -v pages-vol:/app/pages feedback-node ls /app/pages
  feedback.html
  $ docker run --rm feedback-node ls /app/pages
  exists.html
  feedback.html
  $ docker volume create empty1
  empty1
  $ docker run --rm -v empty1:/app/pages feedback-node ls /app/pages
  exists.html
  feedback.html
  $ docker run --rm -v nc:/app/pages:nocopy feedback-node ls /app/pages
  $ docker run --rm --mount type=volume,src=nc2,dst=/app/pages,volume-nocopy feedback-node ls /app/pages
  $ sudo ls /var/lib/docker/volumes/nc/_data
  $ docker run --rm -v /app/pages feedback-node ls /app/pages
  exists.html
  feedback.html
  $ docker run --rm -v newvol:/not-in-image feedback-node ls /not-in-image
  $ mkdir empty-dir
  $ docker run --rm -v "$(pwd)/empty-dir:/app/pages" feedback-node ls /app/pages
  $ ls empty-dir
  $ docker run --rm -v nc3:/app/pages:volume-nocopy feedback-node true
  docker: Error response from daemon: invalid mode: volume-nocopy
  
  Run 'docker run --help' for more information
  [125]
