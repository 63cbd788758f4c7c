overlay2 details (reference 3, 9.1). A metadata-only change to an image file
(touch updates its mtime) copies the whole file up (DOC-DRV: metadata changes
"can also result in a copy_up"), so diff shows it as C (9.1: only a
directory's mtime is ignored) and ps -s counts its full size (package.json
of the shipped project: the same bytes as `cat package.json`). A new tree
gives A for the directory and every entry beneath it; removing and
recreating an image file is C. Renaming an image directory gets EXDEV from
overlayfs (DOC-OVL), and GNU mv then falls back to copy + unlink, so the
move succeeds and diff shows the new tree added and the old one deleted.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name d1 feedback-node
  [0-9a-f]{64} (re)
  $ docker exec d1 mkdir -p /app/newdir/sub
  $ docker exec d1 touch /app/newdir/sub/f
  $ docker exec d1 rm /app/server.js
  $ docker exec d1 touch /app/server.js
  $ docker diff d1
  C /app
  A /app/newdir
  A /app/newdir/sub
  A /app/newdir/sub/f
  C /app/server.js
  $ docker ps -s --format '{{.Names}} {{.Size}}'
  d1 0B \(virtual .*\) (re)
  $ docker exec d1 touch /app/package.json
  $ docker diff d1
  C /app
  A /app/newdir
  A /app/newdir/sub
  A /app/newdir/sub/f
  C /app/package.json
  C /app/server.js
  $ docker ps -s --format '{{.Names}} {{.Size}}'
  d1 [1-9]\d*B \(virtual .*\) (re)
  $ docker rm -f d1
  d1
  $ docker run -d --name d2 feedback-node
  [0-9a-f]{64} (re)
  $ docker exec d2 mv /app/public /app/assets
  $ docker exec d2 ls /app/assets
  styles.css
  $ docker exec d2 ls /app/public
  ls: cannot access '/app/public': No such file or directory
  [2]
  $ docker diff d2
  C /app
  A /app/assets
  A /app/assets/styles.css
  D /app/public
  $ docker run --rm feedback-node ls /app/public
  styles.css
