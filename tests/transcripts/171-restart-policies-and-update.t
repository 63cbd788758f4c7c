Restart policies and resource limits are kept in the container's HostConfig, and docker update
changes them afterwards. -m/--memory and the other sizes are read as pflag sets docker/cli v28.5.2
opts.MemBytes (go-units RAMInBytes: 64m is 67108864; "64x" has an invalid suffix, "abc" no digit),
--cpus as opts.ParseCPUs; the restart policy as opts/parse.go ParseRestartPolicy, then refused with
--rm (cli/command/container/opts.go parse). The daemon checks the policy (moby v28.5.2
api/types/container/hostconfig.go ValidateRestartPolicy) and the resources
(daemon/daemon_unix.go verifyPlatformContainerResources, on a cgroup v2 host with four CPUs) before
it looks for the image; adaptContainerSettings gives a memory limit twice as much memory+swap, and
inspect's HostConfig shows the Resources fields in the API's order (a PIDs limit of 0, swappiness
and the other pointers null, OomKillDisable false). When the main process ends on its own, the
restart manager (restartmanager/restartmanager.go ShouldRestart, daemon/monitor.go
handleContainerExit) starts it again after 100 ms, then 200, 400... (reset after 10 s of running),
counting each restart in RestartCount; meanwhile the container is "restarting" (Running and
Restarting, no PID; container/state.go String "Restarting (N) ... ago"), which exec refuses
(daemon/errors.go errContainerIsRestarting) and rm without -f too (daemon/delete.go: "container is
restarting"). on-failure:2 gives up after two restarts. A stop or a kill cancels the manager
(daemon/kill.go killWithSignal: ExitOnNext): the container stays stopped with the exit it had;
a start by the user makes a new manager and counts from 0 again (daemon/start.go).
docker update (cli/command/container/update.go) needs a flag, prints each name done and the errors
after them; the daemon checks the request first (daemon/update.go), then merges it
(container/container_unix.go UpdateContainer): a memory limit above the memory+swap limit already
set needs --memory-swap too, NanoCPUs and a CPU quota exclude each other, and a container made with
--rm takes no restart policy. Daemon restarts (unless-stopped's difference) are not simulated.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name limited -m 64m --cpus 1.5 --pids-limit 100 busybox sleep 1000
  ???????????????????????????????????????????????????????????????? (glob)
  $ docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}' limited
  67108864 134217728 1500000000 100
  $ docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.PidsLimit}} {{.HostConfig.MemorySwappiness}} {{.HostConfig.OomKillDisable}} {{json .HostConfig.RestartPolicy}}' $(docker create busybox)
  0 0 <nil> <nil> false {"Name":"no","MaximumRetryCount":0}
  $ docker run -m 64x busybox
  invalid argument "64x" for "-m, --memory" flag: invalid suffix: 'x'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -m abc busybox
  invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -m 4m busybox
  docker: Error response from daemon: Minimum memory limit allowed is 6MB
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -m 64m --memory-swap 32m busybox
  docker: Error response from daemon: Minimum memoryswap limit should be larger than memory limit, see usage
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --memory-swap 1g busybox
  docker: Error response from daemon: You should always set the Memory limit when using Memoryswap limit, see usage
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --cpus 9 busybox
  docker: Error response from daemon: range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --restart sometimes busybox
  docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --restart always:3 busybox
  docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --restart on-failure:-1 busybox
  docker: Error response from daemon: invalid restart policy: maximum retry count cannot be negative
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --restart on-failure:x busybox
  docker: invalid restart policy format: maximum retry count must be an integer
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --restart always busybox
  docker: conflicting options: cannot specify both --restart and --rm
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d --name flaky --restart always busybox sh -c 'echo starting; exit 3'
  ???????????????????????????????????????????????????????????????? (glob)
  $ docker ps
  CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                                  PORTS     NAMES
  ????????????   busybox   "sh -c echo starting…"   1 second ago     Restarting (3) Less than a second ago             flaky (glob)
  ????????????   busybox   "sleep 1000"             15 seconds ago   Up 15 seconds                                     limited (glob)
  $ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Restarting}} {{.State.ExitCode}} {{.RestartCount}}' flaky
  restarting true true 3 5
  $ sleep 6
  $ docker inspect -f '{{.State.Status}} {{.RestartCount}}' flaky
  restarting 7
  $ docker logs flaky | wc -l
  7
  $ docker exec flaky true
  Error response from daemon: Container ???????????????????????????????????????????????????????????????? is restarting, wait until the container is running (glob)
  [1]
  $ docker rm flaky
  Error response from daemon: cannot remove container "flaky": container is restarting: stop the container before removing or force remove
  [1]
  $ docker stop flaky
  flaky
  $ sleep 30
  $ docker ps -a --filter name=flaky
  CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                      PORTS     NAMES
  ????????????   busybox   "sh -c echo starting…"   46 seconds ago   Exited (3) 33 seconds ago             flaky (glob)
  $ docker inspect -f '{{.State.Status}} {{.RestartCount}}' flaky
  exited 8
  $ docker start flaky
  flaky
  $ docker inspect -f '{{.State.Status}} {{.RestartCount}}' flaky
  restarting 4
  $ docker kill flaky
  flaky
  $ docker run -d --name twice --restart on-failure:2 busybox sh -c 'exit 1'
  ???????????????????????????????????????????????????????????????? (glob)
  $ sleep 2
  $ docker ps -a --filter name=twice
  CONTAINER ID   IMAGE     COMMAND          CREATED         STATUS                     PORTS     NAMES
  ????????????   busybox   "sh -c exit 1"   4 seconds ago   Exited (1) 3 seconds ago             twice (glob)
  $ docker inspect -f '{{.RestartCount}} {{json .HostConfig.RestartPolicy}}' twice
  2 {"Name":"on-failure","MaximumRetryCount":2}
  $ docker run -d --name napper --restart unless-stopped busybox sleep 3
  ???????????????????????????????????????????????????????????????? (glob)
  $ sleep 3
  $ docker ps --filter name=napper
  CONTAINER ID   IMAGE     COMMAND     CREATED         STATUS        PORTS     NAMES
  ????????????   busybox   "sleep 3"   5 seconds ago   Up 1 second             napper (glob)
  $ docker inspect -f '{{.State.Status}} {{.RestartCount}}' napper
  restarting 2
  $ docker stop -t 1 napper
  napper
  $ sleep 5
  $ docker inspect -f '{{.State.Status}} {{.RestartCount}}' napper
  exited 2
  $ docker update limited
  you must provide one or more flags when using this command
  [1]
  $ docker update --restart always -m 128m --memory-swap 256m limited
  limited
  $ docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{json .HostConfig.RestartPolicy}}' limited
  134217728 268435456 {"Name":"always","MaximumRetryCount":0}
  $ docker run -d --name plain busybox sleep 1000
  ???????????????????????????????????????????????????????????????? (glob)
  $ docker update -m 128m plain
  Error response from daemon: Cannot update container ????????????????????????????????????????????????????????????????: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time (glob)
  [1]
  $ docker update --memory-swap -1 -m 128m plain nosuch
  plain
  Error response from daemon: No such container: nosuch
  [1]
  $ docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' plain
  134217728 -1
  $ docker update --cpu-quota 50000 limited
  Error response from daemon: Cannot update container ????????????????????????????????????????????????????????????????: Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set (glob)
  [1]
  $ docker run -d --rm --name temp busybox sleep 1000
  ???????????????????????????????????????????????????????????????? (glob)
  $ docker update --restart always temp
  Error response from daemon: Cannot update container ????????????????????????????????????????????????????????????????: Restart policy cannot be updated because AutoRemove is enabled for the container (glob)
  [1]
  $ docker update --restart unless-stopped:2 temp
  Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'
  [1]
