--expose adds to Config.ExposedPorts, each port of a range as its own key, with its protocol (tcp when
none is given; not checked), and `docker ps` shows them as it shows the image's EXPOSE (docker/cli
v28.5.2 cli/command/container/opts.go parse(), right after -p: nat.SplitProtoPort, nat.ParsePortRange,
nat.NewPort; vendor/github.com/docker/go-connections/nat). Its errors are parse errors, exit 125:
a ':' in the value, or a port range ParsePortRange refuses (strconv.ParseUint's errors, an empty port,
an end before the start). --expose used to be taken and ignored. -P (--publish-all) publishes every
exposed port on an ephemeral host port at start, which layerlab does not do: it says so rather
than ignore it (as it does for the other flags it does not carry out).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name exposer --expose 8080 --expose 7000-7002/udp --expose 9000/tcp busybox sleep 100
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker ps --format '{{.Names}}: {{.Ports}}'
  exposer: 8080/tcp, 7000-7002/udp, 9000/tcp
  $ docker inspect -f '{{json .Config.ExposedPorts}}' exposer
  {"7000/udp":{},"7001/udp":{},"7002/udp":{},"8080/tcp":{},"9000/tcp":{}}
  $ docker port exposer
  $ docker ps --filter expose=8000-8100/tcp --format '{{.Names}}'
  exposer
  $ docker run --expose x busybox
  docker: invalid range format for --expose: x, error: strconv.ParseUint: parsing "x": invalid syntax
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --expose 80:80 busybox
  docker: invalid port format for --expose: 80:80
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --expose '' busybox
  docker: invalid range format for --expose: , error: empty string specified for ports
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --expose 90-80 busybox
  docker: invalid range format for --expose: 90-80, error: invalid range specified for port: 90-80
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --expose 70000 busybox
  docker: invalid range format for --expose: 70000, error: strconv.ParseUint: parsing "70000": value out of range
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --expose 80-x busybox
  docker: invalid range format for --expose: 80-x, error: strconv.ParseUint: parsing "x": invalid syntax
  
  Run 'docker create --help' for more information
  [125]
  $ docker run -d --network container:exposer --expose 80 busybox
  docker: Error response from daemon: conflicting options: port exposing and the container type network mode
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -d -P --expose 5000 busybox sleep 100
  layerlab: docker run --publish-all is not simulated yet
  [1]
  $ docker run -P=false --rm busybox echo not published
  not published
