docker inspect of a container prints every field of moby v28.5.2's container.InspectResponse at
API 1.51 (api/types/container/container.go, hostconfig.go, config.go, network_settings.go,
api/types/network/endpoint.go): HostConfig in struct order with what CLI 28.5.2 sends
(cli/command/container/opts.go parse: Dns lists never nil; create.go: ConsoleSize, the terminal's)
and what the daemon fills in at create (daemon/daemon_unix.go adaptContainerSettings: ShmSize 64 MiB,
IpcMode and CgroupnsMode private on cgroup v2; verifyPlatformContainerSettings: Runtime runc;
daemon/create_unix.go: oci/defaults.go's MaskedPaths and ReadonlyPaths); Annotations, StorageOpt,
Tmpfs, Sysctls, Mounts and Init are omitempty. NetworkSettings has the deprecated base and
default-bridge fields (daemon/inspect.go getDefaultNetworkSettings) and Networks, one
EndpointSettings per network (daemon/network.go buildEndpointInfo): NetworkID is the network's Id,
kept when the container stops while its addresses, endpoint and sandbox go (container_operations.go
releaseNetwork, cleanOperationalData); a container never started has empty values and no
resolv.conf/hostname/hosts paths yet. Image inspect at 1.51 (api/types/image/image_inspect.go,
api/server/router/image/inspect_response.go) prints Config as the OCI config with the legacy
fields' defaults, its keys sorted, and no ContainerConfig, VirtualSize or Descriptor (graphdriver
store). --network (and the hidden --net) picks the mode (api/types/container/hostconfig_unix.go):
host shares the host's stack (newContainer: the host's name; libnetwork copies the host's
/etc/hosts; verifyPlatformContainerSettings warns "Published ports are discarded when using host
network mode"; no ports in ps), none has only lo (no address), container:<name|id> joins another
container's stack (runconfig/hostconfig.go validateNetContainerMode's conflicts at create;
getNetworkedContainer's errors at start, the ID kept by adaptSharedNamespaceContainer), and a name
no network has is created and fails at start as allocateNetwork fails (exit code 128 kept).
cli/command/container/opts.go parseNetworkOpts refuses a network given twice or a mix of
user-defined and predefined ones; docker network inspect lists the containers on host and none.
docker network create makes a user-defined bridge network with the next default address pool
(172.18.0.0/16; daemon/network.go createNetwork, its errors for a predefined or taken name); a
container run on it gets an address there at each start, publishes its ports, and its names in
DNSNames (container_operations.go buildEndpointDNSNames). network rm refuses a predefined network
and one with active endpoints (libnetwork ActiveEndpointsError) and ends with the status error's
"exit status 1" (cli/command/network/remove.go); network prune and system prune remove the unused
ones (daemon/prune.go). network connect and disconnect: 186-dns-hosts-network-connect.t.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name web feedback-node
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web
  172.17.0.2
  $ docker inspect -f '{{json .NetworkSettings.Networks}}' web
  \{"bridge":\{"IPAMConfig":null,"Links":null,"Aliases":null,"MacAddress":"[0-9a-f]{2}(:[0-9a-f]{2}){5}","DriverOpts":null,"GwPriority":0,"NetworkID":"[0-9a-f]{64}","EndpointID":"[0-9a-f]{64}","Gateway":"172\.17\.0\.1","IPAddress":"172\.17\.0\.2","IPPrefixLen":16,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null\}\} (re)
  $ test "$(docker inspect -f '{{.NetworkSettings.Networks.bridge.NetworkID}}' web)" = "$(docker network inspect -f '{{.Id}}' bridge)" && echo same
  same
  $ docker inspect -f '{{.NetworkSettings.SandboxKey}}' web
  /var/run/docker/netns/[0-9a-f]{12} (re)
  $ docker inspect -f '{{.HostConfig.NetworkMode}} {{.HostConfig.ConsoleSize}} {{.HostConfig.CgroupnsMode}} {{.HostConfig.IpcMode}} {{.HostConfig.ShmSize}} {{.HostConfig.Runtime}}' web
  bridge [24 80] private private 67108864 runc
  $ docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.CapAdd}} {{.HostConfig.Privileged}} {{.HostConfig.OomScoreAdj}} {{json .HostConfig.Init}}' web
  [] null false 0 null
  $ docker inspect -f '{{json .HostConfig.MaskedPaths}}' web
  ["/proc/asound","/proc/acpi","/proc/interrupts","/proc/kcore","/proc/keys","/proc/latency_stats","/proc/timer_list","/proc/timer_stats","/proc/sched_debug","/proc/scsi","/sys/firmware","/sys/devices/virtual/powercap"]
  $ docker inspect -f '{{json .HostConfig.ReadonlyPaths}}' web
  ["/proc/bus","/proc/fs","/proc/irq","/proc/sys","/proc/sysrq-trigger"]
  $ docker inspect web | grep -c -e '"Tmpfs"' -e '"Init"' -e '"Annotations"' -e '"StorageOpt"' -e '"Sysctls"'
  0
  [1]
  $ docker inspect -f '{{.NetworkSettings.HairpinMode}} {{json .NetworkSettings.SecondaryIPAddresses}} {{.NetworkSettings.Gateway}}' web
  false null 172.17.0.1
  $ docker stop web
  web
  $ docker inspect -f '{{.NetworkSettings.SandboxID}}|{{.NetworkSettings.IPAddress}}|{{json .NetworkSettings.Ports}}' web
  ||{}
  $ docker inspect -f '{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} {{$ep.IPAddress}}|{{$ep.EndpointID}}|{{$ep.NetworkID}}{{end}}' web | cut -c1-30
  bridge\ \|\|[0-9a-f]{21} (re)
  $ docker create --name fresh busybox
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  [0-9a-f]{12}:\ Pull\ complete\  (re)
  Digest:\ sha256:[0-9a-f]{64} (re)
  Status: Downloaded newer image for busybox:latest
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostsPath}}|{{.NetworkSettings.Networks.bridge.NetworkID}}|' fresh
  ||
  $ docker image inspect feedback-node | sed -n '/"Config"/,/"Architecture"/p'
          "Config": {
              "Cmd": [
                  "node",
                  "server.js"
              ],
              "Entrypoint": [
                  "docker-entrypoint.sh"
              ],
              "Env": [
                  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "NODE_VERSION=14.21.3",
                  "YARN_VERSION=1.22.19"
              ],
              "ExposedPorts": {
                  "80/tcp": {}
              },
              "Labels": null,
              "OnBuild": null,
              "User": "",
              "Volumes": null,
              "WorkingDir": "/app"
          },
          "Architecture": "amd64",
  $ docker image inspect -f '{{.Config.Hostname}}' feedback-node
  
  template parsing error: template: :1:9: executing "" at <.Config.Hostname>: map has no entry for key "Hostname"
  [1]
  $ docker image inspect -f '{{json .Config}}' feedback-node
  {"ExposedPorts":{"80/tcp":{}},"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","NODE_VERSION=14.21.3","YARN_VERSION=1.22.19"],"Entrypoint":["docker-entrypoint.sh"],"Cmd":["node","server.js"],"WorkingDir":"/app"}
  $ docker image inspect node:14 | grep -c -e ContainerConfig -e VirtualSize -e Descriptor
  0
  [1]
  $ docker run -d --name hostweb --network host -p 8080:80 feedback-node
  WARNING: Published ports are discarded when using host network mode
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} [{{.Ports}}] {{.Networks}}'
  hostweb [] host
  $ curl -s localhost:80 | grep -c form
  2
  $ curl -s localhost:8080
  [7]
  $ docker exec hostweb hostname
  layerlab
  $ docker exec hostweb cat /etc/hosts
  127.0.0.1 localhost
  127.0.1.1 layerlab
  
  # The following lines are desirable for IPv6 capable hosts
  ::1     ip6-localhost ip6-loopback
  fe00::0 ip6-localnet
  ff00::0 ip6-mcastprefix
  ff02::1 ip6-allnodes
  ff02::2 ip6-allrouters
  $ docker inspect -f '{{.HostConfig.NetworkMode}} {{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}} {{.NetworkSettings.SandboxKey}}' hostweb
  host {"80/tcp":[{"HostIp":"","HostPort":"8080"}]} {} /var/run/docker/netns/default
  $ docker inspect -f '{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} [{{$ep.IPAddress}}] [{{$ep.MacAddress}}]{{end}}' hostweb
  host [] []
  $ docker run -d --name alone --net none busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec alone cat /etc/hosts
  127.0.0.1	localhost
  ::1	localhost ip6-localhost ip6-loopback
  fe00::	ip6-localnet
  ff00::	ip6-mcastprefix
  ff02::1	ip6-allnodes
  ff02::2	ip6-allrouters
  $ docker inspect -f '{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} [{{$ep.IPAddress}}] [{{$ep.Gateway}}]{{end}}' alone
  none [] []
  $ docker network inspect -f '{{range .Containers}}{{.Name}} [{{.IPv4Address}}] {{end}}' host none bridge
  hostweb [] 
  alone [] 
  
  $ docker run -d --name side --network container:alone busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.HostConfig.NetworkMode}}' side | cut -c1-22
  container:[0-9a-f]{12} (re)
  $ docker exec side hostname
  [0-9a-f]{12} (re)
  $ docker inspect -f '{{.Config.Hostname}} {{json .NetworkSettings.Networks}} {{.NetworkSettings.SandboxID}}|' side
  [0-9a-f]{12}\ \{\}\ \| (re)
  $ docker run --network container:alone -p 80:80 busybox true
  docker: Error response from daemon: conflicting options: port publishing and the container type network mode
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --network container:alone -h other busybox true
  docker: Error response from daemon: conflicting options: hostname and the network mode
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --network container: busybox
  Error response from daemon: invalid network mode: invalid container format container:<name|id>
  [1]
  $ docker run --network container:nosuch busybox true
  docker: Error response from daemon: joining network namespace of container: No such container: nosuch
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --network container:web busybox true
  docker: Error response from daemon: cannot join network namespace of a non running container: container web is exited
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --network mynet busybox true
  docker: Error response from daemon: failed to set up container networking: network mynet not found
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a -l --format '{{.Status}}'
  Created
  $ docker inspect -f '{{.State.ExitCode}} {{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks.mynet.NetworkID}}' $(docker ps -a -l -q)
  128 mynet ""
  $ docker run --network bridge --net mynet busybox true
  docker: conflicting options: cannot attach both user-defined and non-user-defined network-modes
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --network host --network host busybox true
  docker: network "host" is specified multiple times
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --network '' busybox true
  docker: no name set for network
  
  Run 'docker run --help' for more information
  [125]
  $ docker network create favorites-net
  [0-9a-f]{64} (re)
  $ docker network create favorites-net
  Error response from daemon: network with name favorites-net already exists
  [1]
  $ docker network create host
  Error response from daemon: operation is not permitted on predefined host network 
  [1]
  $ docker network ls
  NETWORK ID     NAME            DRIVER    SCOPE
  [0-9a-f]{12}\ \ \ bridge\ \ \ \ \ \ \ \ \ \ bridge\ \ \ \ local (re)
  [0-9a-f]{12}\ \ \ favorites\-net\ \ \ bridge\ \ \ \ local (re)
  [0-9a-f]{12}\ \ \ host\ \ \ \ \ \ \ \ \ \ \ \ host\ \ \ \ \ \ local (re)
  [0-9a-f]{12}\ \ \ none\ \ \ \ \ \ \ \ \ \ \ \ null\ \ \ \ \ \ local (re)
  $ docker run -d --name mongodb --network favorites-net busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name favorites --network favorites-net -p 3000:80 feedback-node
  [0-9a-f]{64} (re)
  $ docker ps --format '{{.Names}} {{.Networks}} {{.Ports}}'
  favorites favorites-net 0.0.0.0:3000->80/tcp
  mongodb favorites-net 
  side  
  alone none 
  hostweb host 
  $ curl -s localhost:3000 | grep -c form
  2
  $ docker inspect -f '{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} {{$ep.IPAddress}}/{{$ep.IPPrefixLen}} via {{$ep.Gateway}} {{json $ep.DNSNames}}{{end}}' mongodb favorites
  favorites\-net\ 172\.18\.0\.2/16\ via\ 172\.18\.0\.1\ \["mongodb","[0-9a-f]{12}"\] (re)
  favorites\-net\ 172\.18\.0\.3/16\ via\ 172\.18\.0\.1\ \["favorites","[0-9a-f]{12}"\] (re)
  $ test "$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.NetworkID}}{{end}}' mongodb)" = "$(docker network inspect -f '{{.Id}}' favorites-net)" && echo same
  same
  $ docker network inspect -f '{{json .IPAM}} {{.Driver}} {{json .Options}} {{json .Labels}}' favorites-net
  {"Driver":"default","Options":{},"Config":[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]} bridge {} {}
  $ docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}} {{end}}' favorites-net
  mongodb 172.18.0.2/16 favorites 172.18.0.3/16 
  $ docker network ls --filter type=custom --format '{{.Name}} {{.Driver}}'
  favorites-net bridge
  $ docker network rm favorites-net bridge nosuch
  Error\ response\ from\ daemon:\ error\ while\ removing\ network:\ network\ favorites\-net\ has\ active\ endpoints\ \(name:"mongodb"\ id:"[0-9a-f]{12}",\ name:"favorites"\ id:"[0-9a-f]{12}"\) (re)
  Error response from daemon: bridge is a pre-defined network and cannot be removed
  Error response from daemon: network nosuch not found
  exit status 1
  [1]
  $ docker network rm -f nosuch
  $ docker network connect favorites-net web
  $ docker rm -f mongodb favorites
  mongodb
  favorites
  $ docker network create --label course=docker spare
  [0-9a-f]{64} (re)
  $ docker network ls --filter dangling=true --format '{{.Name}} {{.Labels}}'
  favorites-net 
  spare course=docker
  $ docker network prune -f
  Deleted Networks:
  favorites-net
  spare
  
  $ docker network rm alone
  Error response from daemon: network alone not found
  exit status 1
  [1]
  $ docker events --since 0 --until 2100000000 --filter type=network --filter event=create --filter event=destroy --format '{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}'
  create favorites-net bridge
  create spare bridge
  destroy favorites-net bridge
  destroy spare bridge

The CLI runs an inspect template on the typed struct first (cli/command/inspect/inspector.go
TemplateInspector.Inspect, the raw JSON only when that fails), so Config's omitempty fields that
the JSON leaves out still print their Go zero values (api/types/container/config.go):

  $ docker run -d --name plain busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Config.ExposedPorts}}|{{.Config.Healthcheck}}|{{.Config.Shell}}|{{.Config.StopTimeout}}|{{.Config.ArgsEscaped}}|{{.Config.NetworkDisabled}}|{{.Config.MacAddress}}.' plain
  map[]|<nil>|[]|<nil>|false|false|.
  $ docker inspect -f '{{json .Config}}' plain | grep -c 'ExposedPorts\|Healthcheck\|Shell\|StopTimeout\|ArgsEscaped\|MacAddress'
  0
  [1]
