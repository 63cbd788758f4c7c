Go's text/template as the docker CLI runs it (issue 17, points 1-4).

1. Go 1.24 text/template with Docker's functions (docker/cli templates/templates.go):
eq and the other built-ins, parenthesised pipelines, variables, range over maps
with $k, $v, with/else, printf. A table header runs the same template on the
header map with HeaderFunctions (lower returns its argument; printf is Go's).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node
  [0-9a-f]{64} (re)
  $ docker pull -q busybox
  ...
  $ docker create --name idle busybox
  [0-9a-f]{64} (re)
  $ docker ps -a --format '{{if eq .State "running"}}{{.Names}} is up{{else}}{{.Names}} is {{.State}}{{end}}'
  idle is created
  feedback-app is up
  $ docker ps -a --format '{{.Names}}: {{if (eq .State "running")}}{{upper .State}}{{else}}{{title .State}}{{end}}'
  idle: Created
  feedback-app: RUNNING
  $ docker ps --format 'table {{.Names}}\t{{lower .Status | printf "%.2s"}}\t{{len .Ports}}'
  NAMES          ST        5
  feedback-app   up        20
  $ docker ps --format '{{printf "%-14s|%5s" .Names .LocalVolumes}}'
  feedback-app  |    1
  $ docker inspect -f '{{.State.Status}} {{if .State.Running}}running{{end}} {{.State.ExitCode}}' feedback-app
  running running 0
  $ docker inspect -f '{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{end}} {{range $i, $m := .Mounts}}{{$i}}:{{$m.Name}}->{{$m.Destination}}{{end}}' feedback-app
  80/tcp 0:feedback->/app/feedback
  $ docker inspect -f '{{range $k, $v := .NetworkSettings.Ports}}{{$k}} -> {{(index $v 0).HostPort}}{{end}}' feedback-app
  80/tcp -> 3000
  $ docker inspect -f '{{json .Mounts}}' feedback-app
  [{"Type":"volume","Name":"feedback","Source":"/var/lib/docker/volumes/feedback/_data","Destination":"/app/feedback","Driver":"local","Mode":"z","RW":true,"Propagation":""}]
  $ docker inspect -f '{{with .Config.Labels}}{{.}}{{else}}no labels{{end}} {{join .Config.Cmd " "}}' feedback-app
  no labels node server.js
  $ docker inspect -f '{{index .Config.Cmd 0}} {{slice .Id 0 12 | len}} {{.Config.Entrypoint}}' feedback-app
  node 12 [docker-entrypoint.sh]

Typed nil slices and maps print as [] and map[] (the CLI's structs), not <nil>.

  $ docker inspect -f '{{.HostConfig.Binds}} {{.HostConfig.Tmpfs}} {{.Config.Volumes}} {{.ExecIDs}}' feedback-app
  [feedback:/app/feedback] map[] map[] []

The typed run fails on int vs string, so the inspector retries on the raw JSON,
where numbers are json.Number (a string kind): the comparison is then false.

  $ docker inspect -f '{{eq .State.Pid "x"}}' feedback-app
  false

2. A template that does not parse: exit 64 (inspect/inspector.go StatusError).

  $ docker inspect -f '{{.State' feedback-app
  template parsing error: template: :1: unclosed action
  [64]
  $ docker inspect -f '{{if}}' feedback-app
  template parsing error: template: :1: missing value for if
  [64]

3. An execution error: the raw-JSON fallback runs with missingkey=error; Flush
writes an empty line when nothing was rendered; exit 1.

  $ docker inspect -f '{{.Nope}}' feedback-app
  
  template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"
  [1]
  $ docker inspect -f '{{.State.Nope}}' feedback-app
  
  template parsing error: template: :1:8: executing "" at <.State.Nope>: map has no entry for key "Nope"
  [1]
  $ docker inspect -f '{{index .Config.Cmd 5}}' feedback-app
  
  template parsing error: template: :1:2: executing "" at <index .Config.Cmd 5>: error calling index: index out of range: 5
  [1]
  $ docker volume create data
  data
  $ docker inspect -f '{{range .Mounts}}{{end}}' data
  
  template parsing error: template: :1:8: executing "" at <.Mounts>: map has no entry for key "Mounts"
  [1]

docker volume inspect passes no raw JSON (volume/inspect.go): the typed error stands.

  $ docker volume inspect -f '{{.Mounts}}' data
  
  template parsing error: template: :1:2: executing "" at <.Mounts>: can't evaluate field Mounts in type volume.Volume
  [1]
  $ docker volume inspect -f '{{.Name}} {{.Labels}} {{.UsageData}}' data
  data map[] <nil>

4. A missing object: the empty line from Flush comes first, errors after the rendered objects.

  $ docker inspect -f '{{.Name}}' nope
  
  Error: No such object: nope
  [1]
  $ docker inspect -f '{{.Name}}' nope feedback-app
  /feedback-app
  Error: No such object: nope
  [1]

List formats report through the formatter package instead: ps validates its
--format first (container/list.go: "failed to parse/execute template"), the
others wrap errors as "template parsing error"; exit 1. Without "table" a \t
stays a TAB (formatter.go postFormat).

  $ docker ps --format '{{.Names'
  failed to parse template: template: :1: unclosed action
  [1]
  $ docker ps --format '{{.Nope}}'
  failed to execute template: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext
  [1]
  $ docker images --format '{{.Nope}}'
  template parsing error: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.imageContext
  [1]
  $ docker volume ls --format '{{nofunc .Name}}'
  template parsing error: template: :1: function "nofunc" not defined
  [1]
  $ docker volume ls --format '{{.Name}}\t{{.Driver}}'
  data	local
  feedback	local
