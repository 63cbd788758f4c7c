docker inspect Mounts fields per mount kind (reference 2.5): named -v gets
Mode "z" (setBindModeIfNull) unless a mode is given (":ro" → Mode "ro", RW
false); anonymous Mode ""; binds Mode "" or "ro" with Propagation
"rprivate"; --mount volumes get "z" and RW from readonly. Order: by
Destination (9.6). -v specs stay in HostConfig.Binds, --mount specs go to
HostConfig.Mounts (2.4). A bind colliding with --tmpfs fails before its
volume is created (daemon/volumes.go: the #10618 duplicate check precedes
volumes.Create), while in a -v/-v duplicate the first volume stays (9.4).

  $ docker pull busybox
  ...
  $ docker create --name m1 -v n1:/a:ro -v "$(pwd)/pages:/b" -v "$(pwd)/public:/c:ro" -v /d --mount type=volume,src=n3,dst=/f,readonly --mount "type=bind,src=$(pwd),dst=/g" busybox
  [0-9a-f]{64} (re)
  $ docker inspect --format '{{range .Mounts}}{{.Type}} {{.Destination}} "{{.Mode}}" {{.RW}} "{{.Propagation}}"|{{end}}' m1
  volume /a "ro" false ""|bind /b "" true "rprivate"|bind /c "ro" false "rprivate"|volume /d "" true ""|volume /f "z" false ""|bind /g "" true "rprivate"|
  $ docker inspect -f '{{json .Mounts}}' m1
  \[\{"Type":"volume","Name":"n1","Source":"/var/lib/docker/volumes/n1/_data","Destination":"/a","Driver":"local","Mode":"ro","RW":false,"Propagation":""\},\{"Type":"bind","Source":"/home/learner/feedback-app/pages","Destination":"/b","Mode":"","RW":true,"Propagation":"rprivate"\},.* (re)
  $ docker inspect -f '{{json .HostConfig.Binds}}' m1
  ["n1:/a:ro","/home/learner/feedback-app/pages:/b","/home/learner/feedback-app/public:/c:ro"]
  $ docker inspect -f '{{len .HostConfig.Mounts}}' m1
  2
  $ docker inspect -f '{{json .Config.Volumes}}' m1
  {"/d":{}}
  $ docker inspect -f '{{.GraphDriver.Name}}' m1
  overlay2
  $ docker inspect -f '{{.GraphDriver.Data.MergedDir}}' m1
  /var/lib/docker/overlay2/[0-9a-f]+/merged (re)
  $ docker inspect -f '{{.GraphDriver.Data.UpperDir}} {{.GraphDriver.Data.WorkDir}}' m1
  /var/lib/docker/overlay2/[0-9a-f]+/diff /var/lib/docker/overlay2/[0-9a-f]+/work (re)
  $ docker rm m1
  m1
  $ docker volume rm n1 n3
  n1
  n3
  $ docker run --rm -v fresh:/data --tmpfs /data busybox true
  docker: Error response from daemon: Duplicate mount point: /data
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  $ docker run --rm -v dup1:/data -v dup2:/data busybox true
  docker: Error response from daemon: Duplicate mount point: /data
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  dup1
