docker logs --details puts the log's attributes and a space before each line (there are none
without --log-opt labels/env, so a lone space), and --timestamps the line's time in RFC3339 with
nine digits and a space before that (moby v28.5.2 api/server/httputils/write_log_stream.go).
layerlab keeps no time per line: each shows the start of the run that wrote it.

  $ docker pull busybox
  ...
  $ docker run --name lg busybox sh -c 'echo hi; echo err >&2'
  hi
  err
  $ docker logs -t lg
  2026-03-02T09:00:0[0-9]\.[0-9]{9}Z hi (re)
  2026-03-02T09:00:0[0-9]\.[0-9]{9}Z err (re)
  $ docker logs --details lg
   hi
   err
  $ docker logs -t --details lg 2>/dev/null | cat -A
  2026-03-02T09:00:0[0-9]\.[0-9]{9}Z  hi\$ (re)
