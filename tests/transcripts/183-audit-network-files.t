Audit of the files the daemon mounts into every container (moby v28.5.2 container/container_unix.go
NetworkMounts, daemon/volumes_unix.go setupMounts): /etc/resolv.conf, /etc/hostname and /etc/hosts
are files under the container's folder bind-mounted over the init layer's at each start. A process
writes them, not the container's layer, so docker diff (and commit) never shows them; removing one
is EBUSY ("Device or resource busy", as BusyBox's rm says it with glibc's strerror); the next start
writes them afresh; --read-only makes them read-only too (NetworkMounts); a -v at the same place
wins.

  $ docker pull busybox -q
  docker.io/library/busybox:latest
  $ docker run --name nf busybox sh -c 'echo "10.0.0.9 extra" >> /etc/hosts; tail -1 /etc/hosts; echo renamed > /etc/hostname; cat /etc/hostname; rm /etc/resolv.conf'
  10.0.0.9 extra
  renamed
  rm: can't remove '/etc/resolv.conf': Device or resource busy
  [1]
  $ docker diff nf
  $ docker start -a nf
  10.0.0.9 extra
  renamed
  rm: can't remove '/etc/resolv.conf': Device or resource busy
  [1]
  $ docker run --rm --read-only busybox sh -c 'echo x >> /etc/hosts'
  sh: can't create /etc/hosts: Read-only file system
  [1]
  $ docker run --rm -v /home/learner/feedback-app/Dockerfile:/etc/hosts busybox head -1 /etc/hosts
  FROM node:14
  $ docker run --rm busybox grep -c etc /proc/mounts
  3
