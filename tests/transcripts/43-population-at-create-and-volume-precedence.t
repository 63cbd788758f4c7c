Population happens once, at container create (reference 2.3 (a)): a volume
emptied after the create is not refilled by start or restart. An image
VOLUME and a -v/--mount at the same path give one mount, not an extra
anonymous volume (2.4); -v overrides a mount inherited with --volumes-from
(registerMountPoints order). Mounts nest shallowest first (2.4): a volume at
a deeper path shows through a shallower one.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker create --name p1 -v pv:/app/pages feedback-node sleep 1000
  [0-9a-f]{64} (re)
  $ sudo ls /var/lib/docker/volumes/pv/_data
  exists.html
  feedback.html
  $ docker run --rm -v pv:/app/pages feedback-node rm /app/pages/exists.html /app/pages/feedback.html
  $ docker start p1
  p1
  $ docker exec p1 ls /app/pages
  $ docker restart p1
  p1
  $ docker exec p1 ls /app/pages
  $ docker rm -f p1
  p1
  $ echo 'VOLUME [ "/app/feedback" ]' >> Dockerfile
  $ docker build -q -t feedback-node:volumes .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{json .Config.Volumes}}' feedback-node:volumes
  {"/app/feedback":{}}
  $ docker create --name named -v feedback:/app/feedback feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker volume ls -q
  feedback
  pv
  $ docker create --name viamount --mount type=volume,src=m2,dst=/app/feedback feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker volume ls -q
  feedback
  m2
  pv
  $ docker create --name anon -v /app/feedback feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{len .Mounts}}' anon
  1
  $ docker create --name plain feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Mode}} {{.RW}}{{end}}' plain
  volume /app/feedback  true
  $ docker volume ls -q --filter label=com.docker.volume.anonymous
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  $ docker create --name inherit --volumes-from named -v other:/app/feedback feedback-node:volumes
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' inherit
  other
  $ docker rm named viamount anon plain inherit
  named
  viamount
  anon
  plain
  inherit
  $ docker run --rm -v outer:/data -v inner:/data/sub feedback-node sh -c 'echo deep > /data/sub/f; echo top > /data/g'
  $ sudo ls /var/lib/docker/volumes/outer/_data
  g
  sub
  $ sudo ls /var/lib/docker/volumes/inner/_data
  f
  $ docker run --rm -v inner:/data/sub -v outer:/data feedback-node cat /data/sub/f
  deep
