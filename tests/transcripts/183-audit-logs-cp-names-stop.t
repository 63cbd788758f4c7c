Audit of docker logs, cp, the container and volume name checks, and stop/restart -t -1 against the
sources (moby v28.5.2, docker/cli v28.5.2). daemon/logs.go reads --tail with strconv.Atoi, what it
refuses being every line, and loggerutils/logfile.go gives every line for a negative count and none
for 0. docker cp keeps a symbolic link as a link (go-archive createTarFile); with -L the CLI follows
it (cli/command/container/cp.go copyFromContainer: the target as ContainerStatPath evaluates it in
the container, the archive renamed to the link's own name by GetRebaseName; copyToContainer:
go-archive ResolveHostSourcePath's EvalSymlinks on the host). cp -a gives what it extracts to the
container's user[:group] (daemon/archive_tarcopyoptions_unix.go getUIDGID: a number with no passwd
entry keeps group 0, a name is looked up in the daemon's own /etc/passwd); without -a the archive's
owners stay. The API client trims a container's or a volume's name and refuses an empty one before
sending anything (client/utils.go trimID: "invalid container name or ID: value is empty"), docker rm
first trims the slashes and refuses an empty name itself (rm.go). daemon/stop.go containerStop with
a negative timeout never kills: the stop signal is sent and the CLI waits until Ctrl-C, the
container going on (with --init, docker-init dies of SIGTERM: 143).

  $ docker pull busybox -q
  docker.io/library/busybox:latest
  $ docker run --name lg busybox sh -c 'echo one; echo two; echo three'
  one
  two
  three
  $ docker logs --tail=-1 lg
  one
  two
  three
  $ docker logs --tail -5 lg
  one
  two
  three
  $ docker logs --tail abc lg
  one
  two
  three
  $ docker logs --tail 0 lg
  $ docker logs --tail +1 lg
  three
  $ docker logs -n 2 lg
  two
  three
  $ docker logs --since abc lg
  invalid value for "since": failed to parse value as time or duration: "abc"
  [1]
  $ docker run -d --name c1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec c1 sh -c 'mkdir /d && echo hi > /d/f && ln -s /d/f /abs && ln -s f /d/rel && ln -s /d /dirlink && ln -s /nope /dangling'
  $ docker cp c1:/abs ./l1
  Successfully copied 1.54kB to /home/learner/feedback-app/l1
  $ ls -l l1
  lrwxrwxrwx 1 learner learner 4 Mar  2 09:00 l1 -> /d/f
  $ docker cp -L c1:/abs ./l2
  Successfully copied 2.05kB to /home/learner/feedback-app/l2
  $ ls -l l2
  -rw-r--r-- 1 learner learner 3 Mar  2 09:00 l2
  $ cat l2
  hi
  $ docker cp -L c1:/d/rel ./l3
  Successfully copied 2.05kB to /home/learner/feedback-app/l3
  $ cat l3
  hi
  $ docker cp -L c1:/dirlink ./l4
  Successfully copied 3.07kB to /home/learner/feedback-app/l4
  $ ls -l l4
  total 4
  -rw-r--r-- 1 learner learner 3 Mar  2 09:00 f
  lrwxrwxrwx 1 learner learner 1 Mar  2 09:00 rel -> f
  $ docker cp -L c1:/dangling ./l5
  Error response from daemon: Could not find the file /nope in container c1
  [1]
  $ docker cp -L c1:/abs pages
  Successfully copied 2.05kB to /home/learner/feedback-app/pages
  $ ls pages
  abs
  exists.html
  feedback.html
  $ ln -s Dockerfile hostlink
  $ ln -s nowhere hostdangling
  $ docker cp hostlink c1:/tmp/
  Successfully copied 1.54kB to c1:/tmp/
  $ docker cp -L hostlink c1:/tmp/followed
  Successfully copied 2.05kB to c1:/tmp/followed
  $ docker exec c1 sh -c 'readlink /tmp/hostlink; test -L /tmp/followed || head -1 /tmp/followed'
  Dockerfile
  FROM node:14
  $ docker cp -L hostdangling c1:/tmp/
  lstat /home/learner/feedback-app/nowhere: no such file or directory
  [1]
  $ docker run -d --name u1 -u 1234:99 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker cp -a Dockerfile u1:/tmp/kept
  Successfully copied 2.05kB to u1:/tmp/kept
  $ docker cp Dockerfile u1:/tmp/plain
  Successfully copied 2.05kB to u1:/tmp/plain
  $ docker exec u1 stat -c '%u:%g %n' /tmp/kept /tmp/plain
  1234:99 /tmp/kept
  1000:1000 /tmp/plain
  $ docker run -d --name u2 -u 4321 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker cp -a pages u2:/tmp/
  Successfully copied 5.12kB to u2:/tmp/
  $ docker exec u2 stat -c '%u:%g %n' /tmp/pages /tmp/pages/exists.html
  4321:0 /tmp/pages
  4321:0 /tmp/pages/exists.html
  $ docker create --name u3 -u bob busybox true
  [0-9a-f]{64} (re)
  $ docker cp -a Dockerfile u3:/tmp/
  Successfully copied 2.05kB to u3:/tmp/
  Error response from daemon: failed to look up user "bob" in container: no matching entries in passwd file
  [1]
  $ docker cp c1:/etc/hostname c1:/tmp/
  copying between containers is not supported
  [1]
  $ docker cp Dockerfile package.json
  must specify at least one container source
  [1]
  $ docker rm -f ""
  container name cannot be empty
  [1]
  $ docker rm " " /
  invalid container name or ID: value is empty
  container name cannot be empty
  [1]
  $ docker stop ""
  invalid container name or ID: value is empty
  [1]
  $ docker kill -s BOGUS " "
  invalid container name or ID: value is empty
  [1]
  $ docker start "" c1
  invalid container name or ID: value is empty
  c1
  Error: failed to start containers: 
  [1]
  $ docker logs " "
  invalid container name or ID: value is empty
  [1]
  $ docker volume rm -f " " nope
  nope
  invalid volume name or ID: value is empty
  [1]
  $ docker volume inspect -f '{{.Name}}' ""
  
  invalid volume name or ID: value is empty
  [1]
  $ docker stop -t -1 c1
  ^C
  [130]
  $ docker ps --filter name=c1 --format '{{.Names}} {{.Status}}'
  c1 Up [0-9]+ seconds (re)
  $ docker restart -t -1 c1
  ^C
  [130]
  $ docker stop -t -1 -s KILL c1
  c1
  $ docker ps -a --filter name=c1 --format '{{.Names}} {{.Status}}'
  c1 Exited \(137\) .* ago (re)
  $ docker run -d --init --name ini busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop -t -1 ini
  ini
  $ docker ps -a --filter name=ini --format '{{.Status}}'
  Exited \(143\) .* ago (re)
