docker diff and docker commit with mounts (reference 3, 9.1): files written
into volumes never appear in diff or in a commit; a new mount-point directory
does (A). Copy-up copies the whole file (ps -s: 41 B file + "y\n" = 43B).
Deleting a directory and recreating it (opaque dir) shows as the old child
deleted and the new one added; deleting a directory gives one D line.

  $ echo 0123456789012345678901234567890123456789 > big.txt
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name d1 -v /app/feedback -v data1:/data feedback-node
  [0-9a-f]{64} (re)
  $ docker exec d1 touch /app/feedback/in-volume.txt
  $ docker exec d1 touch /data/x
  $ docker exec d1 touch /app/layer.txt
  $ docker diff d1
  C /app
  A /app/layer.txt
  A /data
  $ docker commit d1 snap:1
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm snap:1 ls /app/feedback
  $ docker run --rm snap:1 ls /data
  $ docker run --rm snap:1 ls /app/layer.txt
  /app/layer.txt
  $ docker rm -f d1
  d1
  $ docker run -d --name d2 feedback-node
  [0-9a-f]{64} (re)
  $ docker exec d2 sh -c 'echo y >> /app/big.txt'
  $ docker ps -s --format '{{.Names}} {{.Size}}'
  d2 43B \(virtual .*\) (re)
  $ docker exec d2 rm -r /app/public
  $ docker exec d2 mkdir /app/public
  $ docker exec d2 touch /app/public/new.css
  $ docker exec d2 ls /app/public
  new.css
  $ docker exec d2 rm -r /app/pages
  $ docker diff d2
  C /app
  C /app/big.txt
  D /app/pages
  C /app/public
  A /app/public/new.css
  D /app/public/styles.css
  $ docker run --rm feedback-node ls /app/public
  styles.css
  $ docker commit d2 snap:2
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm snap:2 ls /app/public
  new.css
  $ docker run --rm snap:2 ls /app/pages
  ls: cannot access '/app/pages': No such file or directory
  [2]
