docker logs -t/--timestamps and --since/--until with the time each line was written. The daemon
stamps each line as the json-file log driver receives it, and `docker logs -t` puts that time
before the line, formatted as jsonmessage.RFC3339NanoFixed (nine digits) with a space (moby
v28.5.2 api/server/httputils/write_log_stream.go; docker/cli v28.5.2 cli/command/container/logs.go
sends the flag). layerlab keeps the simulated second a line was written (a main process's `sleep`
moves its clock, app/engine/timeline.py) with fixed nanoseconds. --since skips the lines written
before it and --until stops after it (daemon/logger/loggerutils/logfile.go: ifBefore and the
forwarder), both read by the client as a duration before now, a date or Unix seconds
(api/types/time/timestamp.go GetTimestamp). --tail picks the last lines first. With -f the lines
that come later get the same prefixes (--details: a space).

  $ docker run --name loop -d busybox sh -c 'i=0; while [ $i -lt 5 ]; do echo tick $i; i=$((i+1)); sleep 2; done; echo done >&2'
  ...
  [0-9a-f]{64} (re)
  $ docker logs -t loop
  2026-03-02T09:00:01.234567890Z tick 0
  $ sleep 12
  $ docker logs --timestamps loop
  2026-03-02T09:00:01.234567890Z tick 0
  2026-03-02T09:00:03.234567890Z tick 1
  2026-03-02T09:00:05.234567890Z tick 2
  2026-03-02T09:00:07.234567890Z tick 3
  2026-03-02T09:00:09.234567890Z tick 4
  2026-03-02T09:00:11.234567890Z done
  $ docker logs -t loop 2>/dev/null | tail -1
  2026-03-02T09:00:09.234567890Z tick 4
  $ docker logs -t --tail 2 loop
  2026-03-02T09:00:09.234567890Z tick 4
  2026-03-02T09:00:11.234567890Z done
  $ docker logs --since 2026-03-02T09:00:05 --until 2026-03-02T09:00:09 loop
  tick 2
  tick 3
  $ docker logs -t --since 1772442006 loop
  2026-03-02T09:00:07.234567890Z tick 3
  2026-03-02T09:00:09.234567890Z tick 4
  2026-03-02T09:00:11.234567890Z done
  $ docker logs --since 5s loop
  $ docker logs --until 2026-03-02T09:00:02 loop
  tick 0
  $ docker logs --since nope loop
  invalid value for "since": failed to parse value as time or duration: "nope"
  [1]
  $ docker run --name twice busybox sh -c 'echo a; sleep 2; echo b'
  a
  b
  $ docker logs -t twice
  2026-03-02T09:00:24.234567890Z a
  2026-03-02T09:00:26.234567890Z b
  $ docker start -a twice
  a
  b
  $ docker logs -t --since 2026-03-02T09:00:27 twice
  2026-03-02T09:00:28.234567890Z a
  2026-03-02T09:00:30.234567890Z b
  $ docker run --name slow -d busybox sh -c 'echo one; sleep 3; echo two; sleep 30'
  [0-9a-f]{64} (re)
  $ docker logs -f -t --details slow
  2026-03-02T09:00:32.234567890Z  one
  $ sleep 3
  2026-03-02T09:00:35.234567890Z  two
  $ true
  $ ^C
  [130]
