--format json for images and volumes (issue 17 point 8; docker/cli v28.5.2
formatter/reflect.go, image.go, volume.go): each row's context is marshalled as
a map of its methods, so the keys are sorted. The plain image list asks for no
shared sizes or container counts (N/A), Digest is <none> without --digests, and
VirtualSize is go-units HumanSize (4 significant digits) where Size uses 3. A
volume from `volume ls` carries no usage data: Links and Size are N/A, and the
cluster fields are N/A for a local volume.

  $ docker images --format json
  \{"Containers":"N/A","CreatedAt":"2023-04-13 00:00:00 \+0000 UTC","CreatedSince":"\d+ years ago","Digest":"\\u003cnone\\u003e","ID":"[0-9a-f]{12}","Repository":"node","SharedSize":"N/A","Size":"912MB","Tag":"14","UniqueSize":"N/A","VirtualSize":"912.3MB"\} (re)
  $ docker images --format '{{.Size}} {{.VirtualSize}}'
  912MB 912.3MB
  $ docker volume create --label team=docs v1
  v1
  $ docker volume ls --format json
  {"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"team=docs","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/v1/_data","Name":"v1","Scope":"local","Size":"N/A","Status":"N/A"}

The plain list writes a row per tag, so -q repeats the ID of an image with two
tags; -q replaces only the table and raw formats, a custom --format still
applies (formatter.NewImageFormat). `docker images <a subcommand>` that finds
nothing adds a hint on stderr (image/list.go printAmbiguousHint), only when
called as `docker images`.

  $ docker tag node:14 mynode:1
  $ docker images -q
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  $ docker images -q --format '{{.Repository}}:{{.Tag}}'
  mynode:1
  node:14
  $ docker images -q --format raw
  image_id: [0-9a-f]{12} (re)
  image_id: [0-9a-f]{12} (re)
  $ docker images --format raw node
  repository: node
  tag: 14
  image_id: [0-9a-f]{12} (re)
  created_at: 2023-04-13 00:00:00 +0000 UTC
  virtual_size: 912MB
  
  $ docker images ls
  REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
  
  No images found matching "ls": did you mean "docker image ls"?
  $ docker image ls ls
  REPOSITORY   TAG       IMAGE ID   CREATED   SIZE

volume ls follows the same rule (formatter.NewVolumeFormat): -q keeps a custom
--format; raw is "name: ...\ndriver: ..." per volume, "name: ..." with -q.

  $ docker volume ls -q --format '{{.Driver}}/{{.Name}}'
  local/v1
  $ docker volume ls --format raw
  name: v1
  driver: local
  
  $ docker volume ls -q --format raw
  name: v1
