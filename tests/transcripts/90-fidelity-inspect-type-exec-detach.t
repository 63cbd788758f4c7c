docker inspect --type T: the lookup for that one type is not skipped when it finds nothing, so
its own error comes through (docker/cli v28.5.2 cli/command/system/inspect.go inspectAll); only
the untyped search ends in "No such object". An empty --type is "type is empty". A missing image
is named with its :latest (moby v28.5.2 daemon/images/image.go ErrImageDoesNotExist).
docker exec -d returns 0 once the process has started, printing nothing (cli/command/container/
exec.go RunExec); a start that fails is the API's error (api/server/router/container/exec.go).
--size (-s) fills a container's SizeRw and SizeRootFs (container.InspectResponse: omitempty pointers, so without it a template sees <nil> and the JSON has neither); for another kind the CLI says 'WARNING: --size ignored for KIND' as it finds it.

  $ docker pull busybox
  ...
  $ docker run -d --name cc busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker volume create vv
  vv
  $ docker inspect --type volume nope
  []
  Error response from daemon: get nope: no such volume
  [1]
  $ docker inspect --type container nope
  []
  Error response from daemon: No such container: nope
  [1]
  $ docker inspect --type image nope
  []
  Error response from daemon: No such image: nope:latest
  [1]
  $ docker inspect --type volume -f '{{.Name}}' vv nope
  vv
  Error response from daemon: get nope: no such volume
  [1]
  $ docker inspect --type=volume cc
  []
  Error response from daemon: get cc: no such volume
  [1]
  $ docker inspect --type '' cc
  type is empty: must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"
  [1]
  $ docker inspect nope
  []
  Error: No such object: nope
  [1]
  $ docker image inspect nope
  []
  Error response from daemon: No such image: nope:latest
  [1]
  $ docker image inspect nope:1.0
  []
  Error response from daemon: No such image: nope:1.0
  [1]
  $ docker container inspect nope
  []
  Error response from daemon: No such container: nope
  [1]
  $ docker exec -d cc sh -c 'echo hi; echo x > /made; exit 3'
  $ docker exec cc cat /made
  x
  $ docker exec -d cc nothere
  Error response from daemon: OCI runtime exec failed: exec failed: unable to start container process: exec: "nothere": executable file not found in $PATH: unknown
  [1]
  $ docker exec -d cc sleep 30
  $ docker ps --format '{{.Status}}'
  Up [0-9]+ seconds (re)
  $ docker inspect -s -f '{{.Name}}' vv
  WARNING: --size ignored for volume
  vv
  $ docker run --name sz busybox sh -c 'echo hello > /f'
  $ docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' sz
  6 4270006
  $ docker inspect -f '{{.SizeRw}} {{json .SizeRootFs}}' sz
  <nil> null
  $ docker container inspect -s sz | grep Size
              "ConsoleSize": [
              "ShmSize": 67108864,
          "SizeRw": 6,
          "SizeRootFs": 4270006,
