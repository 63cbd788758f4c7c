The predefined networks (moby v28.5.2 daemon/daemon_unix.go: initBridgeDriver makes "bridge" with
its driver options and 172.17.0.0/16; "none" uses the null driver; all local, IPv4 on by
libnetwork/controller.go NewNetwork's default). docker network ls: docker/cli v28.5.2
cli/command/network/list.go (sorted by name) and formatter.go (NETWORK ID, NAME, DRIVER, SCOPE;
IDs cut to 12 unless --no-trunc; -q is the ID); its filters: api/types/network/network.go
ValidateFilters and daemon/network/filter.go FilterNetworks (a predefined network is builtin and
never dangling). docker network inspect and docker inspect [--type network]: daemon/network.go
buildNetworkResource (host and none have no IPAM config: null) with the running containers as the
bridge's endpoints, IPs in the order they joined and MACs from GenerateRandomMAC; a missing name
is libnetwork's "network NAME not found" (api/server/router/network/network_routes.go getNetwork).
docker network connect and disconnect: 186-dns-hosts-network-connect.t (create, rm and prune:
181-inspect-complete-and-network-modes.t).

  $ docker network ls
  NETWORK ID     NAME      DRIVER    SCOPE
  [0-9a-f]{12}   bridge    bridge    local (re)
  [0-9a-f]{12}   host      host      local (re)
  [0-9a-f]{12}   none      null      local (re)
  $ docker network ls -q --no-trunc
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  [0-9a-f]{64} (re)
  $ docker network list --format '{{.Name}}:{{.Driver}}:{{.Scope}}:{{.IPv4}}:{{.IPv6}}:{{.Internal}}:{{.Labels}}'
  bridge:bridge:local:true:false:false:
  host:host:local:true:false:false:
  none:null:local:true:false:false:
  $ docker network ls --format 'table {{.Name}}\t{{.CreatedAt}}'
  NAME      CREATED AT
  bridge    2026-03-0[12] \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC (re)
  host      2026-0[23]-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC (re)
  none      2026-0[23]-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC (re)
  $ docker network ls -f driver=null -f driver=host --format '{{.Name}}'
  host
  none
  $ docker network ls -f name=o -f type=builtin --format '{{.Name}}'
  host
  none
  $ docker network ls -f type=custom
  NETWORK ID   NAME      DRIVER    SCOPE
  $ docker network ls -f dangling=true -q
  $ docker network ls -f dangling=false -f scope=local -q
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  [0-9a-f]{12} (re)
  $ docker network ls -f type=mine
  Error response from daemon: invalid filter: 'type'='mine'
  [1]
  $ docker network ls -f dangling=yes
  Error response from daemon: invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")
  [1]
  $ docker network ls -f until=1h
  Error response from daemon: invalid filter 'until'
  [1]
  $ docker network ls now
  docker: 'docker network ls' accepts no arguments
  
  Usage:  docker network ls [OPTIONS]
  
  Run 'docker network ls --help' for more information
  [1]
  $ docker network inspect none
  [
      {
          "Name": "none",
          "Id": "[0-9a-f]{64}", (re)
          "Created": "2026-0[23]-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", (re)
          "Scope": "local",
          "Driver": "null",
          "EnableIPv4": true,
          "EnableIPv6": false,
          "IPAM": {
              "Driver": "default",
              "Options": null,
              "Config": null
          },
          "Internal": false,
          "Attachable": false,
          "Ingress": false,
          "ConfigFrom": {
              "Network": ""
          },
          "ConfigOnly": false,
          "Containers": {},
          "Options": {},
          "Labels": {}
      }
  ]
  $ docker pull busybox
  ...
  $ docker run -d --name web busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker run -d --name db busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker run --name done busybox true
  $ docker network inspect bridge
  [
      {
          "Name": "bridge",
          "Id": "[0-9a-f]{64}", (re)
          "Created": "2026-03-0[12]T\d\d:\d\d:\d\d(\.\d+)?Z", (re)
          "Scope": "local",
          "Driver": "bridge",
          "EnableIPv4": true,
          "EnableIPv6": false,
          "IPAM": {
              "Driver": "default",
              "Options": null,
              "Config": [
                  {
                      "Subnet": "172.17.0.0/16",
                      "Gateway": "172.17.0.1"
                  }
              ]
          },
          "Internal": false,
          "Attachable": false,
          "Ingress": false,
          "ConfigFrom": {
              "Network": ""
          },
          "ConfigOnly": false,
          "Containers": {
              "[0-9a-f]{64}": { (re)
                  "Name": "(web|db)", (re)
                  "EndpointID": "[0-9a-f]{64}", (re)
                  "MacAddress": "[0-9a-f][26ae](:[0-9a-f]{2}){5}", (re)
                  "IPv4Address": "172.17.0.[23]/16", (re)
                  "IPv6Address": ""
              },
              "[0-9a-f]{64}": { (re)
                  "Name": "(web|db)", (re)
                  "EndpointID": "[0-9a-f]{64}", (re)
                  "MacAddress": "[0-9a-f][26ae](:[0-9a-f]{2}){5}", (re)
                  "IPv4Address": "172.17.0.[23]/16", (re)
                  "IPv6Address": ""
              }
          },
          "Options": {
              "com.docker.network.bridge.default_bridge": "true",
              "com.docker.network.bridge.enable_icc": "true",
              "com.docker.network.bridge.enable_ip_masquerade": "true",
              "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
              "com.docker.network.bridge.name": "docker0",
              "com.docker.network.driver.mtu": "1500"
          },
          "Labels": {}
      }
  ]
  $ docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{"\n"}}{{end}}' bridge | sort
  
  db 172.17.0.3/16
  web 172.17.0.2/16
  $ docker inspect -f '{{.NetworkSettings.IPAddress}}' web db done
  172.17.0.2
  172.17.0.3
  
  $ docker stop db
  db
  $ docker network inspect -f '{{len .Containers}}' bridge
  1
  $ docker inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' bridge host
  bridge bridge local
  host host local
  $ docker inspect --type network -f '{{json .IPAM}} {{json .Peers}}' host
  {"Driver":"default","Options":null,"Config":null} null
  $ docker network inspect -f '{{.IPAM.Options}} {{.IPAM.Config}} {{.Services}}' host bridge
  map[] [] map[]
  map[] [{172.17.0.0/16  172.17.0.1 map[]}] map[]
  $ docker network inspect nope none -f '{{.Name}}'
  none
  Error response from daemon: network nope not found
  [1]
  $ docker inspect --type network nope
  []
  Error response from daemon: network nope not found
  [1]
  $ docker inspect nope
  []
  Error: No such object: nope
  [1]
  $ docker network connect mine nope
  Error response from daemon: No such container: nope
  [1]
  $ docker network rm --help
  Usage:  docker network rm NETWORK [NETWORK...]
  
  Remove one or more networks
  
  Aliases:
    docker network rm, docker network remove
  
  Options:
    -f, --force   Do not error if the network does not exist
  $ docker network
  Usage:  docker network COMMAND
  
  Manage networks
  
  Commands:
    connect     Connect a container to a network
    create      Create a network
    disconnect  Disconnect a container from a network
    inspect     Display detailed information on one or more networks
    ls          List networks
    prune       Remove all unused networks
    rm          Remove one or more networks
  
  Run 'docker network COMMAND --help' for more information on a command.
