`docker volume inspect -f '{{json .}}'` marshals the volume.Volume struct (moby v28.5.2
api/types/volume/volume.go): ClusterVolume, CreatedAt, Status and UsageData are omitempty, so an
empty one is left out, while a template still sees each field (Status prints as map[]).

  $ docker volume create --label a=b lv
  lv
  $ docker volume inspect -f '{{json .}}' lv
  {"CreatedAt":"2026-03-02T09:00:01Z","Driver":"local","Labels":{"a":"b"},"Mountpoint":"/var/lib/docker/volumes/lv/_data","Name":"lv","Options":{},"Scope":"local"}
  $ docker volume inspect -f '{{.Status}} {{json .Status}} {{.ClusterVolume}}' lv
  map[] null <nil>
