docker ps (reference 5, 3 "Sizes"): -a/-q, status filters, newest first,
--format with the table prefix (tabwriter: every column but the last padded
to max(longest cell + 3, 10)), -s SIZE "<rw> (virtual <rw+image>)" where a
file in a volume adds nothing to the container layer.

  $ docker ps -s
  CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES     SIZE
  $ docker pull busybox
  ...
  $ docker create --name c1 busybox
  [0-9a-f]{64} (re)
  $ docker run --name e1 busybox true
  $ docker run --name e2 busybox false
  [1]
  $ docker run -d --name d1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker ps -a -q
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  $ docker ps -q
  [0-9a-f]{12} (re)
  $ docker ps -a --format '{{.Names}}'
  d1
  e2
  e1
  c1
  $ docker ps -a --filter status=exited --format '{{.Names}} {{.Status}}'
  e2 Exited \(1\) .* ago (re)
  e1 Exited \(0\) .* ago (re)
  $ docker ps -a --filter status=created --format '{{.Names}} {{.Status}}'
  c1 Created
  $ docker ps --filter status=exited -q
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  $ docker ps -a --filter name=e --format '{{.Names}}'
  e2
  e1
  $ docker ps --format 'table {{.Names}}\t{{.Status}}'
  NAMES     STATUS
  d1        Up .* (re)
  $ docker ps -a --format 'table {{.Names}}\t{{.Image}}\t{{.Command}}'
  NAMES     IMAGE     COMMAND
  d1        busybox   "sleep 1000"
  e2        busybox   "false"
  e1        busybox   "true"
  c1        busybox   "sh"
  $ docker exec d1 sh -c 'echo hello > /hello.txt'
  $ docker ps -s --format 'table {{.Names}}\t{{.Size}}'
  NAMES     SIZE
  d1        6B \(virtual .*\) (re)
  $ docker run -d --name v1 -v /data busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec v1 sh -c 'echo 1234567890 > /data/f'
  $ docker ps -s --format '{{.Names}} {{.Size}}'
  v1 0B \(virtual .*\) (re)
  d1 6B \(virtual .*\) (re)
  $ docker ps -a --filter volume=/data --format '{{.Names}}'
  v1
