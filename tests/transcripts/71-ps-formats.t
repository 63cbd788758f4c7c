docker ps formats (issue 17 points 5-9; docker/cli v28.5.2 cli/command/formatter and
cli/command/container/list.go). A custom --format without "table" writes the
buffer as is, so \t stays a TAB (formatter.go postFormat); only "table" formats
go through the tabwriter. MOUNTS shows each mount's volume name, or its source
for a bind, cut with Ellipsis(name, 15) unless --no-trunc (container.go Mounts).
--no-trunc shows the full ID, the full quoted command and full mount names.
--format json marshals the context's methods into a map, so the keys come out
sorted, and since the template does not use .Size the CLI never asks the daemon
for sizes: "Size":"0B" (with -s, or a template using .Size, the sizes come).
-q with --format prints a warning on stderr, then only IDs; the template is
still checked. --format raw is the CLI's own key: one "key: value" block per
container (formatter/container.go NewContainerFormat), `container_id:` only with -q.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /home/learner/feedback-app/public:/app/public feedback-node
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}}\t{{.Image}}\t{{.Ports}}'
  feedback-app\tfeedback-node\t0\.0\.0\.0:3000->80/tcp (re)
  $ docker ps --format '{{.Names}}\t{{.Mounts}}'
  feedback-app\tfeedback,/home/learner/… (re)
  $ docker ps --format 'table {{.Names}}\t{{.Mounts}}'
  NAMES          MOUNTS
  feedback-app   feedback,/home/learner/…
  $ docker ps --no-trunc --format '{{.Mounts}}'
  feedback,/home/learner/feedback-app/public
  $ docker ps --no-trunc --format '{{.ID}} {{.Command}}'
  [0-9a-f]{64} "docker-entrypoint.sh node server.js" (re)
  $ docker ps --no-trunc
  CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES (re)
  [0-9a-f]{64}   feedback-node   "docker-entrypoint.sh node server.js"   .+ ago +Up .+   0\.0\.0\.0:3000->80/tcp   feedback-app (re)
  $ docker ps
  CONTAINER ID   IMAGE           COMMAND                  CREATED +STATUS +PORTS +NAMES (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   .+ ago +Up .+   0\.0\.0\.0:3000->80/tcp   feedback-app (re)
  $ docker ps --format json
  \{"Command":"\\"docker-entrypoint\.s…\\"","CreatedAt":"[^"]+ \+0000 UTC","ID":"[0-9a-f]{12}","Image":"feedback-node","Labels":"","LocalVolumes":"1","Mounts":"feedback,/home/learner/…","Names":"feedback-app","Networks":"bridge","Platform":null,"Ports":"0\.0\.0\.0:3000-\\u003e80/tcp","RunningFor":"[^"]+ ago","Size":"0B","State":"running","Status":"Up [^"]+"\} (re)
  $ docker ps -s --format '{{json .Size}}'
  "0B \(virtual 915MB\)" (re)
  $ docker ps --format '{{.Size}}'
  0B (virtual 915MB)
  $ docker ps --size=false --format '{{.Size}}'
  0B
  $ docker ps -q --format '{{.Names}}'
  WARNING: Ignoring custom format, because both --format and --quiet are set.
  [0-9a-f]{12} (re)
  $ docker ps -q --no-trunc --format table
  WARNING: Ignoring custom format, because both --format and --quiet are set.
  [0-9a-f]{64} (re)
  $ docker ps -q --format '{{.Nope}}'
  WARNING: Ignoring custom format, because both --format and --quiet are set.
  failed to execute template: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext
  [1]
  $ docker ps --format raw
  container_id: [0-9a-f]{12} (re)
  image: feedback-node
  command: "docker-entrypoint.s…"
  created_at: .+ \+0000 UTC (re)
  state: running
  status: Up .+ (re)
  names: feedback-app
  labels:
  ports: 0.0.0.0:3000->80/tcp
  
  $ docker ps -q --format raw
  WARNING: Ignoring custom format, because both --format and --quiet are set.
  container_id: [0-9a-f]{12} (re)
  $ docker stop feedback-app
  feedback-app
  $ docker ps -n 1 --format '{{.Names}} {{.State}}'
  feedback-app exited

The IMAGE column: the daemon keeps the reference as given while it still
resolves to the container's image, else the image's ID (daemon/list.go
refreshImage); the CLI shows a 12-hex ID, or the name in its familiar form with
the tag only when one was given (formatter/container.go Image). --no-trunc shows
what the daemon sent.

  $ docker pull -q busybox
  ...
  $ docker run -d --name aa busybox:latest sleep 99
  [0-9a-f]{64} (re)
  $ docker run -d --name bb docker.io/library/busybox sleep 99
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Image}}' --filter name=aa --filter name=bb
  bb busybox
  aa busybox:latest
  $ docker ps --no-trunc --format '{{.Names}} {{.Image}}' --filter name=aa --filter name=bb
  bb docker.io/library/busybox
  aa busybox:latest
  $ docker tag node:14 busybox
  $ docker ps --format '{{.Names}} {{.Image}}' --filter name=aa --filter name=bb
  bb [0-9a-f]{12} (re)
  aa [0-9a-f]{12} (re)
  $ docker ps --no-trunc --format '{{.Names}} {{.Image}}' --filter name=bb
  bb sha256:[0-9a-f]{64} (re)
