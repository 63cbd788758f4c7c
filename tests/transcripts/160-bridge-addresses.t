Each container that starts joins the default bridge and IPAM gives its endpoint the first free
address of 172.17.0.0/16 after the gateway's .1 (libnetwork/ipams/defaultipam getAddress with
serial=false: only Swarm's allocator, libnetwork/cnmallocator, asks for serial). Stopping releases
the address, so a container started later takes the lowest one free, and a container started again
gets whatever is free then. Its /etc/hosts names the address it got (the daemon writes the file at
each start); a stopped container shows no address.

  $ docker pull alpine
  ...
  $ docker run -d --name aa alpine sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name bb alpine sleep 1000
  [0-9a-f]{64} (re)
  $ docker stop -t 0 aa
  aa
  $ docker inspect -f '{{.Name}} [{{.NetworkSettings.IPAddress}}]' aa bb
  /aa []
  /bb [172.17.0.3]
  $ docker run -d --name cc alpine sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Name}} {{.NetworkSettings.IPAddress}}' bb cc
  /bb 172.17.0.3
  /cc 172.17.0.2
  $ docker exec bb tail -1 /etc/hosts
  172.17.0.3\t[0-9a-f]{12} (re)
  $ docker exec cc tail -1 /etc/hosts
  172.17.0.2\t[0-9a-f]{12} (re)
  $ docker start aa
  aa
  $ docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}' aa
  172.17.0.4 172.17.0.1
  $ docker exec aa tail -1 /etc/hosts
  172.17.0.4\t[0-9a-f]{12} (re)
  $ docker rm -f bb
  bb
  $ docker run --rm alpine tail -1 /etc/hosts
  172.17.0.3\t[0-9a-f]{12} (re)
