docker stats shows each container's CPU, memory, network and block I/O and its process count
(docker/cli v28.5.2 cli/command/container/stats.go RunStats, stats_helpers.go, formatter_stats.go).
Without names it lists the running containers, all of them with -a, newest first; names list
those, each once, and every name the daemon does not know is an error, all reported together.
A container that does not run gets the daemon's empty sample (moby daemon/stats.go: 0.00%,
0B / 0B, 0); one removed while the stream is open shows "--" everywhere. The limit is the host's
memory (app/engine/hostprofile.py); usage and PIDs are the main program's (node serving: 43.7MiB,
11 tasks; sleep 384KiB, 1); CPU is 0.00% (the programs idle); NET I/O is the little a container on
the bridge receives, constant; BLOCK I/O writes are the container layer's files in whole 4 KiB
pages, so the feedback saved below makes 4.1kB. Without --no-stream the command holds the terminal:
the table is printed at the start and again when a line changes it (a start adds a container, a
stop takes it off). Ctrl-C ends it with 130 when no names were given; with names, v28.5.2's loop
never looks at its context (docker/cli issue 6090, fixed in v29.0.0): the streams end, the values
turn to "--" and only the third Ctrl-C gets the CLI out. v28.5.2's stats has no --filter flag
(StatsOptions.Filters is for callers of RunStats), so naming containers with it is a flag error.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker stats --no-stream
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O   PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 0B     11 (re)
  $ curl -s -X POST -d title=hi -d text=there localhost:3000/create
  Found. Redirecting to /
  $ docker container stats --no-stream feedback-app
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ docker run -d --name napper node:14 sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop -t 0 napper
  napper
  $ docker stats --no-stream -a
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   napper         0\.00%     0B / 0B              0\.00%     0B / 0B     0B / 0B      0 (re)
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ docker stats --no-stream --no-trunc feedback-app
  CONTAINER ID                                                       NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{64}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ docker stats --no-stream --format '{{.Container}}: {{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.PIDs}}' feedback-app napper
  feedback-app: feedback-app 0.00% 43.7MiB / 15.59GiB 11
  napper: napper 0.00% 0B / 0B 0
  $ docker stats --no-stream --format 'table {{.Name}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}'
  NAME           MEM %     NET I/O     BLOCK I/O
  feedback-app   0.27%     796B / 0B   0B / 4.1kB
  $ docker stats --no-stream --format json feedback-app
  \{"BlockIO":"0B / 4\.1kB","CPUPerc":"0\.00%","Container":"feedback-app","ID":"[0-9a-f]{12}","MemPerc":"0\.27%","MemUsage":"43\.7MiB / 15\.59GiB","Name":"feedback-app","NetIO":"796B / 0B","PIDs":"11"\} (re)
  $ docker stats --no-stream --format '{{.Nope}}'
  template parsing error: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *container.statsContext
  [1]
  $ docker stats --no-stream nothere feedback-app other
  Error response from daemon: No such container: nothere
  Error response from daemon: No such container: other
  [1]
  $ docker stats --no-stream ' '
  invalid container name or ID: value is empty
  [1]
  $ docker stats --filter label=tier feedback-app
  unknown flag: --filter
  
  Usage:  docker stats [OPTIONS] [CONTAINER...]
  
  Run 'docker stats --help' for more information
  [125]
  $ docker stats
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ docker start napper
  napper
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  [0-9a-f]{12}   napper         0\.00%     384KiB / 15\.59GiB    0\.00%     796B / 0B   0B / 0B      1 (re)
  $ docker stop -t 0 napper
  napper
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ ^C
  [130]
  $ docker stats feedback-app
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT    MEM %     NET I/O     BLOCK I/O    PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     43\.7MiB / 15\.59GiB   0\.27%     796B / 0B   0B / 4\.1kB   11 (re)
  $ docker stop -t 0 feedback-app
  feedback-app
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS
  [0-9a-f]{12}   feedback-app   0\.00%     0B / 0B             0\.00%     0B / 0B   0B / 0B     0 (re)
  $ ^C
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS
  [0-9a-f]{12}   feedback-app   --        -- / --             --        --        --          -- (re)
  $ ^C
  $ ^C
  got 3 SIGTERM/SIGINTs, forcefully exiting
  [1]
  $ docker stats --no-stream -a --format '{{.Name}} {{.MemUsage}} {{.PIDs}}'
  napper 0B / 0B 0
  feedback-app 0B / 0B 0
  $ docker stats -a
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS
  [0-9a-f]{12}   napper         0\.00%     0B / 0B             0\.00%     0B / 0B   0B / 0B     0 (re)
  [0-9a-f]{12}   feedback-app   0\.00%     0B / 0B             0\.00%     0B / 0B   0B / 0B     0 (re)
  $ docker rm napper
  napper
  CONTAINER ID   NAME           CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS
  [0-9a-f]{12}   napper         --        -- / --             --        --        --          -- (re)
  [0-9a-f]{12}   feedback-app   0\.00%     0B / 0B             0\.00%     0B / 0B   0B / 0B     0 (re)
  $ ^C
  [130]
