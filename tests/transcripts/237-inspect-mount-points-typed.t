`docker inspect -f` runs the template on the typed container.InspectResponse first
(docker/cli v28.5.2 cli/command/inspect/inspector.go TemplateInspector.Inspect), so every
Mounts entry is a container.MountPoint (moby v28.5.2 api/types/container/container.go) with all
eight fields: `{{.Name}}` and `{{.Driver}}` of a bind or a tmpfs are empty, not a missing map
key, and `{{.Mounts}}` prints the empty fields too. Only the JSON leaves out Type, Name and
Driver when empty (their omitempty tags).

  $ docker pull busybox
  ...
  $ docker create --name mp -v /home/learner:/h -v data:/v --mount type=tmpfs,dst=/t busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .Mounts}}[{{.Type}}|{{.Name}}|{{.Driver}}|{{.Mode}}|{{.Propagation}}]{{end}}' mp
  [bind||||rprivate][tmpfs||||][volume|data|local|z|]
  $ docker inspect -f '{{.Mounts}}' mp
  [{bind  /home/learner /h   true rprivate} {tmpfs   /t   true } {volume data /var/lib/docker/volumes/data/_data /v local z true }]
  $ docker inspect -f '{{json .Mounts}}' mp
  [{"Type":"bind","Source":"/home/learner","Destination":"/h","Mode":"","RW":true,"Propagation":"rprivate"},{"Type":"tmpfs","Source":"","Destination":"/t","Mode":"","RW":true,"Propagation":""},{"Type":"volume","Name":"data","Source":"/var/lib/docker/volumes/data/_data","Destination":"/v","Driver":"local","Mode":"z","RW":true,"Propagation":""}]
  $ docker inspect -f '{{printf "%T" (index .Mounts 0)}} {{(index .Mounts 0).Name | len}}' mp
  container.MountPoint 0
