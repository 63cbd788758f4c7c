docker logs --since/--until and docker events --since/--until read a time as GetTimestamp does (moby
v28.5.2 api/types/time/timestamp.go): after a Go duration, one of its layouts, picked by what the
value holds (a '.': RFC3339Nano, or its local form without a zone; a 'T': the hour alone, hour and
minute, or RFC3339; else the date alone, at midnight, with a zone or in the reference's, UTC here),
parsed as time.Parse does: the hour one or two digits, a fraction after the seconds ('.' or ',',
nine digits counted), Z or a ±hh:mm offset, and its range errors ("parsing time ...: month out of
range", the first field in the layout's order, then the day against its month). The time a line of
`docker logs -t` shows can be given back to --since. Only YYYY-MM-DD[THH:MM:SS[Z]] was read before;
the rest said it was not simulated, and a month out of range gave Python's message. An --until of
"0" is no bound (daemon/logs.go; GetTimestamp hands Unix seconds on as typed, so "00" is the epoch);
it used to hide every line. docker events sends a date's nanoseconds, which it used to drop.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --name stamped busybox echo hello
  hello
  $ docker logs -t stamped
  2026-03-02T09:00:02.234567890Z hello
  $ docker logs --until 0 stamped
  hello
  $ docker logs --until 00 stamped
  $ docker logs --since 2026-03-02T09:00:02.234567890Z stamped
  hello
  $ docker logs --since 2026-03-02T09:00:02.3Z stamped
  $ docker logs --since 2026-03-02T09:00:02,2Z stamped
  hello
  $ docker logs --until 2026-03-02T09:00:02.2 stamped
  $ docker logs --since 2026-03-02T10:00:02+01:00 stamped
  hello
  $ docker logs --since 2026-03-02T08:00-01:00 stamped
  hello
  $ docker logs --since 2026-03-02T9 stamped
  hello
  $ docker logs --since 2026-03-03Z stamped
  $ docker logs --since 2026-13-01 stamped
  invalid value for "since": parsing time "2026-13-01": month out of range
  [1]
  $ docker logs --since 2026-02-29 stamped
  invalid value for "since": parsing time "2026-02-29": day out of range
  [1]
  $ docker logs --since 2026-03-02T24:00 stamped
  invalid value for "since": parsing time "2026-03-02T24:00": hour out of range
  [1]
  $ docker logs --since 2026-03-02T09:00:00+23:61 stamped
  invalid value for "since": parsing time "2026-03-02T09:00:00+23:61": time zone offset minute out of range
  [1]
  $ docker events --since 2026-03-02T09:00:02.1Z --until 2026-03-02T09:00:02.113406356Z --filter event=die
  $ docker events --since 2026-03-02T09:00:02.1Z --until 2026-03-02T09:00:02.113406357Z --filter event=die
  2026-03-02T09:00:02.113406357Z container die 859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c (execDuration=0, exitCode=0, image=busybox, name=stamped)
