docker volume inspect (reference 2.1, 2.2, E6c): a volume made by
`docker volume create` has empty Labels/Options maps; one auto-created by
`-v name:/path` has none (null); an anonymous volume carries the
com.docker.volume.anonymous label. A missing volume prints [] then the error.

  $ docker pull busybox
  ...
  $ docker volume create made
  made
  $ docker run --name c1 -v auto:/data busybox true
  $ docker volume inspect auto
  [
      {
          "CreatedAt": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", (re)
          "Driver": "local",
          "Labels": null,
          "Mountpoint": "/var/lib/docker/volumes/auto/_data",
          "Name": "auto",
          "Options": null,
          "Scope": "local"
      }
  ]
  $ docker volume inspect -f '{{json .Labels}} {{json .Options}}' made
  {} {}
  $ docker volume inspect -f '{{json .Labels}} {{json .Options}}' auto
  null null
  $ docker run --name c2 -v /scratch busybox true
  $ docker volume inspect $(docker volume ls -q --filter label=com.docker.volume.anonymous)
  [
      {
          "CreatedAt": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", (re)
          "Driver": "local",
          "Labels": {
              "com.docker.volume.anonymous": ""
          },
          "Mountpoint": "/var/lib/docker/volumes/[0-9a-f]{64}/_data", (re)
          "Name": "[0-9a-f]{64}", (re)
          "Options": null,
          "Scope": "local"
      }
  ]
  $ docker volume inspect -f '{{.Mountpoint}}' made
  /var/lib/docker/volumes/made/_data
  $ docker volume inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' made auto
  made local local
  auto local local
  $ docker volume inspect nosuch
  []
  Error response from daemon: get nosuch: no such volume
  [1]
  $ docker inspect -f '{{.Mountpoint}}' made
  /var/lib/docker/volumes/made/_data
