docker commit: the API client parses the new name before anything is sent (moby v28.5.2
client/container_commit.go: a bad name, or a digest, fails before the container is looked up),
and the daemon applies -c instructions (builder/dockerfile/builder.go BuildFromConfig) only from
validCommitCommands, naming a wrong one in lower case. ENTRYPOINT without a CMD among the changes
drops the image's CMD (dispatchers.go dispatchEntrypoint). The committed image records the container's image as its parent, so
docker history shows the parent's ID on its top entry (daemon/images/image_history.go).

  $ docker run -d --name cc busybox sleep 100
  ...
  $ docker commit nope bad:a:b
  invalid reference format
  [1]
  $ docker commit nope img@sha256:0000000000000000000000000000000000000000000000000000000000000000
  refusing to create a tag with a digest reference
  [1]
  $ docker commit -c 'FOO bar' cc
  Error response from daemon: foo is not a valid change command
  [1]
  $ docker commit -c 'RUN echo hi' cc
  Error response from daemon: run is not a valid change command
  [1]
  $ docker commit -c 'CMD ["sh"]' -c 'ENV A=1' -c 'WORKDIR /srv' -c 'EXPOSE 80' -c 'VOLUME /data' -c 'LABEL k=v' -m msg cc img1
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.Cmd}} {{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}} {{json .Config.Labels}}' img1
  ["sh"] ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","A=1"] /srv {"80/tcp":{}} {"/data":{}} {"k":"v"}
  $ docker history img1
  IMAGE          CREATED         CREATED BY                          SIZE      COMMENT
  [0-9a-f]{12}   2 seconds ago   sleep 100                           0B        msg (re)
  0e1274f9d08a   17 months ago   BusyBox 1.37.0 (glibc), Debian 13   4.27MB
  $ docker run --rm img1 pwd
  /srv
  $ docker commit -c 'ENTRYPOINT ["echo"]' cc img2
  sha256:[0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' img2
  null ["echo"]
  $ docker commit -c 'ENTRYPOINT ["echo"]' -c 'CMD ["x"]' cc img3
  sha256:[0-9a-f]{64} (re)
  $ docker run --rm img3
  x
