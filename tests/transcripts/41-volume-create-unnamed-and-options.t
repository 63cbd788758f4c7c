docker volume create without a name (reference 2.1: service.go Create gives
a 64-hex name AND the com.docker.volume.anonymous label, also for
`docker volume create` with no name), so a default prune removes it (2.2).
Prune candidates need no references (a stopped or created container still
holds its volumes, 1.2) and no driver options (service.go Prune: len(Options)
== 0), even with -a. inspect prints JSON (Go encoding/json, map keys sorted).

  $ docker pull busybox
  ...
  $ docker volume create
  [0-9a-f]{64} (re)
  $ docker volume ls -q --filter label=com.docker.volume.anonymous
  [0-9a-f]{64} (re)
  $ docker volume inspect -f '{{json .Labels}}' $(docker volume ls -q)
  {"com.docker.volume.anonymous":""}
  $ docker volume prune -f
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker volume ls -q
  $ docker volume create --label env=prod labelled
  labelled
  $ docker volume ls -q --filter label=env=prod
  labelled
  $ docker volume ls -q --filter label=env=dev
  $ docker volume inspect -f '{{json .Labels}} {{json .Options}}' labelled
  {"env":"prod"} {}
  $ docker volume create -o type=tmpfs -o device=tmpfs withopts
  withopts
  $ docker volume inspect -f '{{json .Options}}' withopts
  {"device":"tmpfs","type":"tmpfs"}
  $ docker create --name holder -v /anon -v held:/held busybox
  [0-9a-f]{64} (re)
  $ docker volume ls -q --filter dangling=true
  labelled
  withopts
  $ docker volume prune -a -f
  Deleted Volumes:
  labelled
  
  Total reclaimed space: 0B
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  held
  withopts
  $ docker container prune -f
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  held
  withopts
  $ docker volume prune -f
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker volume prune -a -f
  Deleted Volumes:
  held
  
  Total reclaimed space: 0B
  $ docker volume ls -q
  withopts
