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
