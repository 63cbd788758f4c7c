How `sleep` reads its operands. GNU sleep (coreutils 9.4 src/sleep.c main, on the host) first runs
getopt_long over every operand (gnulib parse_gnu_standard_options_only with scan_all), so `-1` is
an unknown option; then each operand is read by strtod in the C locale (xstrtod with cl_strtod:
exponents, hexadecimal floats, "inf" and "infinity") with at most one suffix letter s, m, h or d
(apply_suffix), must not be negative or NaN (`0 <= s`), and every one refused is named before the
usage line. BusyBox sleep (coreutils/sleep.c, libbb/duration.c parse_duration_str) reads a whole
number with a suffix, through strtod only when the operand has a dot, so `1e3` is "invalid number"
(xatonum_template.c); it sleeps for ever for anything starting with "inf", as GNU's does for inf.
A container's main process that ends in `sleep infinity` keeps running; at the terminal the line
would never end, and layerlab stops it as it stops a read of all of /dev/zero. In a background
job (`sleep infinity &`) the job runs on for ever, and a `wait` for it never returns: a
container's shell that ends in `sleep infinity & wait` keeps running.

  $ sleep 1e-3 0x1p-4 .5 1.5s; echo $?
  0
  $ sleep -1
  sleep: invalid option -- '1'
  Try 'sleep --help' for more information.
  [1]
  $ sleep 2x nan 1 1d
  sleep: invalid time interval '2x'
  sleep: invalid time interval 'nan'
  Try 'sleep --help' for more information.
  [1]
  $ sleep --; echo $?
  0
  $ sleep infinity
  layerlab: sleep infinity never ends: a terminal waits for it until Ctrl-C stops it; nothing was changed
  [130]
  $ docker run --rm busybox sleep 1e3
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  sleep: invalid number '1e3'
  [1]
  $ docker run --rm busybox sleep 0.5m 1; echo $?
  0
  $ docker run -d --name keeps busybox sh -c 'echo up; sleep infinity'
  [0-9a-f]{64} (re)
  $ docker run -d --name keeps2 node:14 sh -c 'echo up; sleep inf'
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Status}}'
  keeps2 Up 1 second
  keeps Up 2 seconds
  $ docker logs keeps
  up
  $ sleep infinity & jobs
  \[1\] [0-9]+ (re)
  [1]+  Running                 sleep infinity &
  $ wait
  layerlab: wait never ends: a terminal waits for it until Ctrl-C stops it; nothing was changed
  [130]
  $ docker run -d --name waits busybox sh -c 'echo up; sleep infinity & wait'
  [0-9a-f]{64} (re)
  $ docker ps --filter name=waits --format '{{.Names}} {{.Status}}'
  waits Up 1 second
