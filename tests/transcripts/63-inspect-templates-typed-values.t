docker inspect -f runs the Go template on the typed API structs (docker/cli
cli/command/inspect TemplateInspector: typed first, raw JSON only as a
fallback), so a struct prints as {v1 v2 ...} and a map of slices of structs
as map[k:[{...}]], while {{json ...}} prints JSON. PortBindings' HostIp is ""
for -p 3000:80; NetworkSettings.Ports carries 0.0.0.0 (no IPv6, 9.8).
--mount type=tmpfs keeps its options in HostConfig.Mounts (TmpfsOptions,
SizeBytes); --tmpfs goes to HostConfig.Tmpfs (2.5, 2.10). {{range}} over
Mounts follows the sorted order (9.6).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name fa -v feedback:/app/feedback -v /app/temp feedback-node
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.NetworkSettings.Ports}}' fa
  map[80/tcp:[{0.0.0.0 3000}]]
  $ docker inspect -f '{{.HostConfig.PortBindings}}' fa
  map[80/tcp:[{ 3000}]]
  $ docker inspect -f '{{json .HostConfig.PortBindings}}' fa
  {"80/tcp":[{"HostIp":"","HostPort":"3000"}]}
  $ docker inspect -f '{{range .Mounts}}{{.Destination}} {{end}}' fa
  /app/feedback /app/temp 
  $ docker inspect -f '{{range .Mounts}}{{.Name}}={{.Type}};{{end}}' fa
  feedback=volume;[0-9a-f]{64}=volume; (re)
  $ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}}' fa
  running true 0
  $ docker inspect -f '{{.Config.Labels}}' fa
  map[]
  $ docker inspect -f '{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.WorkingDir}}' fa
  [node server.js] [docker-entrypoint.sh] /app
  $ docker inspect -f '{{.HostConfig.Binds}}' fa
  [feedback:/app/feedback]
  $ docker stop fa
  fa
  $ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}}' fa
  exited false 137
  $ docker inspect -f '{{.NetworkSettings.Ports}}' fa
  map[]
  $ docker rm -v fa
  fa
  $ docker pull busybox
  ...
  $ docker run -d --name t1 --tmpfs /cache busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Tmpfs}} {{json .Mounts}}' t1
  {"/cache":""} []
  $ docker run -d --name t2 --mount type=tmpfs,dst=/cache,tmpfs-size=1m busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Mounts}}' t2
  [{"Type":"tmpfs","Target":"/cache","TmpfsOptions":{"SizeBytes":1048576}}]
  $ docker inspect -f '{{json .Mounts}}' t2
  [{"Type":"tmpfs","Source":"","Destination":"/cache","Mode":"","RW":true,"Propagation":""}]
