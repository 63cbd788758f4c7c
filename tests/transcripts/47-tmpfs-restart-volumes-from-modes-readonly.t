tmpfs is empty again after docker restart and after stop/start, for both
--tmpfs and --mount type=tmpfs (reference 2.10); a --mount tmpfs is listed in
Mounts with Source "" (2.5) and is not a volume. --volumes-from keeps the
source mount's mode: a read-only source stays read-only even with :rw
(2.9 / 2.7, volumes.go `RW: m.RW && parser.ReadWrite(mode)`); the copy's Mode is left empty
(registerMountPoints does not copy it). Read-only
messages (2.7): GNU touch in node:14, BusyBox `sh: can't create` and touch.
The host may still write into a directory bound :ro (2.7).

  $ docker pull busybox
  ...
  $ docker run -d --name t1 --mount type=tmpfs,dst=/cache busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Mounts}}' t1
  [{"Type":"tmpfs","Source":"","Destination":"/cache","Mode":"","RW":true,"Propagation":""}]
  $ docker exec t1 touch /cache/f
  $ docker exec t1 touch /kept
  $ docker restart t1
  t1
  $ docker exec t1 ls /cache
  $ docker exec t1 ls /kept
  /kept
  $ docker exec t1 touch /cache/g
  $ docker stop t1
  t1
  $ docker start t1
  t1
  $ docker exec t1 ls /cache
  $ docker volume ls -q
  $ docker run -d --name t2 --tmpfs /cache busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec t2 touch /cache/f
  $ docker restart t2
  t2
  $ docker exec t2 ls /cache
  $ docker rm -f t1 t2
  t1
  t2
  $ docker create --name src -v rov:/d:ro busybox
  [0-9a-f]{64} (re)
  $ docker run --rm --volumes-from src busybox touch /d/x
  touch: /d/x: Read-only file system
  [1]
  $ docker run --rm --volumes-from src:rw busybox touch /d/x
  touch: /d/x: Read-only file system
  [1]
  $ docker create --name inh --volumes-from src:rw busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{end}}' inh
  rov  false
  $ docker run --rm --read-only busybox sh -c 'echo x > /f'
  sh: can't create /f: Read-only file system
  [1]
  $ docker run --rm -v "$(pwd):/app:ro" busybox sh -c 'echo x > /app/server.js'
  sh: can't create /app/server.js: Read-only file system
  [1]
  $ docker run --rm -v "$(pwd):/app:ro" node:14 touch /app/test
  touch: cannot touch '/app/test': Read-only file system
  [1]
  $ docker run -d --name robind -v "$(pwd)/public:/data:ro" busybox sleep 1000
  [0-9a-f]{64} (re)
  $ echo 'from host' > public/h.txt
  $ docker exec robind cat /data/h.txt
  from host
  $ docker exec robind rm /data/h.txt
  rm: can't remove '/data/h.txt': Read-only file system
  [1]
  $ cat public/h.txt
  from host
