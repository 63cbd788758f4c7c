--stop-timeout, --cap-add/--cap-drop/--privileged and State.Error, as Docker 28.5.2 keeps them.
--stop-timeout N sets Config.StopTimeout (docker/cli cli/command/container/opts.go: only when the
flag is given; an omitempty *int, so a template prints <nil> without it and the JSON leaves it
out, while 0 is kept). docker stop and docker restart send -t only when it is given (stop.go,
restart.go); without it the daemon waits the container's StopTimeout, else 10 seconds, before
SIGKILL (moby daemon/stop.go, container/container.go StopTimeout): busybox's sleep as PID 1 ignores
SIGTERM, so the simulated clock shows the wait. A negative one waits for ever (the CLI is left
waiting: ^C). docker commit keeps it in the image's config (daemon/commit.go), but a container run
from that image does not get it (merge copies no StopTimeout). --cap-add and --cap-drop go to
HostConfig.CapAdd/CapDrop as typed (the CLI normalizes nothing for run); the daemon checks each,
upper-cased with CAP_ put in front and not trimmed, against the capabilities it knows, ALL
allowed (daemon/container.go validateCapabilities, oci/caps NormalizeLegacyCapabilities): "invalid
CapAdd: unknown capability". --privileged sets HostConfig.Privileged and leaves MaskedPaths and
ReadonlyPaths nil (daemon/create_unix.go). A start that fails leaves its error in State.Error and
an exit code of 128 if none was set (daemon/start.go containerStart); a start that runs clears it
(container/state.go setRunning).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name ab --cap-add NET_ADMIN --stop-timeout 3 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f "{{.HostConfig.CapAdd}} {{.Config.StopTimeout}}" ab
  [NET_ADMIN] 3
  $ docker run -d --name plain busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f "{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}} {{.HostConfig.Privileged}} {{.Config.StopTimeout}}" plain
  [] [] false <nil>
  $ docker inspect plain | grep -e '"Cap' -e StopTimeout -e '"Privileged'
              "CapAdd": null,
              "CapDrop": null,
              "Privileged": false,
  $ t=$(date +%s); docker stop plain; echo $(( $(date +%s) - t ))
  plain
  10
  $ t=$(date +%s); docker stop ab; echo $(( $(date +%s) - t ))
  ab
  3
  $ docker start ab
  ab
  $ t=$(date +%s); docker restart ab; echo $(( $(date +%s) - t ))
  ab
  3
  $ t=$(date +%s); docker stop -t 1 ab; echo $(( $(date +%s) - t ))
  ab
  1
  $ docker create --name zero --stop-timeout 0 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .Config.StopTimeout}}' zero
  0
  $ docker inspect zero | grep StopTimeout
              "StopTimeout": 0
  $ docker run -d --name forever --stop-timeout -1 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop forever
  ^C
  [130]
  $ docker stop -t 0 forever
  forever
  $ docker inspect -f '{{.State.ExitCode}}' forever
  137
  $ docker run --stop-timeout x busybox
  invalid argument "x" for "--stop-timeout" flag: strconv.ParseInt: parsing "x": invalid syntax
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker commit ab ab-image
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name fromimage ab-image
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.StopTimeout}}' fromimage
  <nil>
  $ docker run -d --name caps --cap-add net_admin --cap-add CAP_SYS_TIME --cap-drop all --cap-drop Chown busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}}' caps
  [net_admin CAP_SYS_TIME] [all Chown]
  $ docker inspect -f '{{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}}' caps
  ["net_admin","CAP_SYS_TIME"] ["all","Chown"]
  $ docker run -d --name priv --privileged busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.Privileged}} {{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}}' priv
  true null null
  $ docker run --cap-add FOO busybox
  docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_FOO"
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --cap-add net_admin --cap-drop sys_bogus busybox
  docker: Error response from daemon: invalid CapDrop: unknown capability: "CAP_SYS_BOGUS"
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --cap-add " NET_ADMIN" busybox
  Error response from daemon: invalid CapAdd: unknown capability: "CAP_ NET_ADMIN"
  [1]
  $ docker run --name badcmd busybox nosuch
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuch": executable file not found in $PATH: unknown
  
  Run 'docker run --help' for more information
  [127]
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' badcmd
  created 127 failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuch": executable file not found in $PATH: unknown
  $ docker inspect badcmd | grep '"Error"'
              "Error": "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: \"nosuch\": executable file not found in $PATH: unknown",
  $ docker start badcmd
  Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuch": executable file not found in $PATH: unknown
  Error: failed to start containers: badcmd
  [1]
  $ docker inspect -f '{{.State.Error}}' plain
  
  $ docker run -d --name web1 -p 8080:80 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker create --name web2 -p 8080:80 busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker start web2
  Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated (re)
  Error: failed to start containers: web2
  [1]
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' web2
  created 128 failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated (re)
  $ docker rm -f web1
  web1
  $ docker start web2
  web2
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} [{{.State.Error}}]' web2
  running 0 []
