docker events prints what the daemon logs as it does it (docker/cli v28.5.2
cli/command/system/events.go; moby v28.5.2 daemon/events.go, daemon/events/events.go and filter.go,
api/server/router/system/system_routes.go getEvents). Each line is the event's time in RFC3339 with
nine digits (the simulated host is UTC), its type, action and actor, and the actor's attributes
sorted. `docker run -d` with a named volume logs the volume's create (volume/service/store.go), the
container's create (daemon/create.go), then at start the bridge's connect
(daemon/container_operations.go), the volume's mount with its destination, read/write and
propagation (daemon/volumes_unix.go setupMounts) and start (daemon/start.go). `docker stop` sends
SIGTERM (kill, signal=15, daemon/kill.go); node as PID 1 ignores it, so after the 10 s wait comes
SIGKILL (signal=9, daemon/stop.go); the exit's cleanup lets the bridge go and unmounts the volume
before die (daemon/monitor.go handleContainerExit, with exitCode and execDuration), then stop; rm
is destroy (daemon/delete.go). With --since and an --until already past it prints the stored
events of that window and ends; -f filters by type, event, container (ID or name prefix) and so
on; --format runs a template on each events.Message, `json` is `{{json .}}`, and a template that
fails on an empty Message exits 64 before anything is asked. A filter without `=` is the CLI's
flag error; the daemon checks no filter names, so an unknown one matches everything. Without
--until the command holds the terminal and prints each new event after the line that caused it
(a streaming `docker events` without --since shows only what comes after it); Ctrl-C ends it with
130, the status of the signal that cancelled the CLI's context.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ start=$(date +%s)
  $ docker run -d -p 3000:80 -v feedback:/app/feedback --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker stop feedback-app
  feedback-app
  $ docker rm feedback-app
  feedback-app
  $ docker events --since $start --until $(date +%s)
  2026-03-02T09:00:06.324976566Z volume create feedback (driver=local)
  2026-03-02T09:00:06\.326211133Z container create [0-9a-f]{64} \(image=feedback-node, name=feedback-app\) (re)
  2026-03-02T09:00:06\.327445700Z network connect [0-9a-f]{64} \(container=[0-9a-f]{64}, name=bridge, type=bridge\) (re)
  2026-03-02T09:00:06\.328680267Z volume mount feedback \(container=[0-9a-f]{64}, destination=/app/feedback, driver=local, propagation=, read/write=true\) (re)
  2026-03-02T09:00:06\.329914834Z container start [0-9a-f]{64} \(image=feedback-node, name=feedback-app\) (re)
  2026-03-02T09:00:07\.179412327Z container kill [0-9a-f]{64} \(image=feedback-node, name=feedback-app, signal=15\) (re)
  2026-03-02T09:00:17\.323769937Z container kill [0-9a-f]{64} \(image=feedback-node, name=feedback-app, signal=9\) (re)
  2026-03-02T09:00:17\.325004504Z network disconnect [0-9a-f]{64} \(container=[0-9a-f]{64}, name=bridge, type=bridge\) (re)
  2026-03-02T09:00:17\.326239071Z volume unmount feedback \(container=[0-9a-f]{64}, driver=local\) (re)
  2026-03-02T09:00:17\.327473638Z container die [0-9a-f]{64} \(execDuration=11, exitCode=137, image=feedback-node, name=feedback-app\) (re)
  2026-03-02T09:00:17\.328708205Z container stop [0-9a-f]{64} \(image=feedback-node, name=feedback-app\) (re)
  2026-03-02T09:00:18\.178205698Z container destroy [0-9a-f]{64} \(image=feedback-node, name=feedback-app\) (re)
  $ docker events --since $start --until $(date +%s) --filter type=volume
  2026-03-02T09:00:06.324976566Z volume create feedback (driver=local)
  2026-03-02T09:00:06\.328680267Z volume mount feedback \(container=[0-9a-f]{64}, destination=/app/feedback, driver=local, propagation=, read/write=true\) (re)
  2026-03-02T09:00:17\.326239071Z volume unmount feedback \(container=[0-9a-f]{64}, driver=local\) (re)
  $ docker events --since $start --until $(date +%s) -f container=feedback-app --format '{{.Type}} {{.Action}}'
  container create
  container start
  container kill
  container kill
  container die
  container stop
  container destroy
  $ docker system events --since 2026-03-02T09:00:00Z --until 1s -f event=mount --format json
  \{"Type":"volume","Action":"mount","Actor":\{"ID":"feedback","Attributes":\{"container":"[0-9a-f]{64}","destination":"/app/feedback","driver":"local","propagation":"","read/write":"true"\}\},"scope":"local","time":1772442006,"timeNano":1772442006328680267\} (re)
  $ docker events --since 10m --until 0s -f type=container -f event=die --format '{{.Actor.Attributes.name}} exited {{.Actor.Attributes.exitCode}} after {{.Actor.Attributes.execDuration}}s'
  feedback-app exited 137 after 11s
  $ docker events -f foo
  invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)
  
  Usage:  docker events [OPTIONS]
  
  Run 'docker events --help' for more information
  [125]
  $ docker events --since 5m --until 0s -f foo=bar --format '{{.Action}}'
  create
  tag
  create
  create
  connect
  mount
  start
  kill
  kill
  disconnect
  unmount
  die
  stop
  destroy
  $ docker events --format '{{.Name}}'
  Error parsing format: template: :1:2: executing "" at <.Name>: can't evaluate field Name in type *events.Message
  [64]
  $ docker events --since 1m --until 2m
  Error response from daemon: `since` time (1772441967) cannot be after `until` time (1772441907)
  [1]
  $ docker events --since yesterday
  failed to parse value as time or duration: "yesterday"
  [1]
  $ docker events -f type=volume
  $ docker volume create notes
  notes
  2026-03-02T09:00:30.431434830Z volume create notes (driver=local)
  $ docker run --rm -v notes:/notes busybox touch /notes/a
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:[0-9a-f]{64} (re)
  Status: Downloaded newer image for busybox:latest
  2026-03-02T09:00:31\.290808859Z volume mount notes \(container=[0-9a-f]{64}, destination=/notes, driver=local, propagation=, read/write=true\) (re)
  2026-03-02T09:00:31\.294512560Z volume unmount notes \(container=[0-9a-f]{64}, driver=local\) (re)
  $ docker volume rm notes
  notes
  2026-03-02T09:00:32.140306352Z volume destroy notes (driver=local)
  $ ^C
  [130]
