A bad -p value is the client's parse error, not a flag error (issue 17, point 19): -p is a plain
list flag, and cli/command/container/opts.go parse() hands it to go-connections' nat.ParsePortSpecs,
whose error run.go frames as "docker: ...", an empty line and the --help hint, exit 125, with no
Usage block.

  $ docker run -p 99999:80 node:14
  docker: invalid hostPort: 99999
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p 3000:abc node:14
  docker: invalid containerPort: abc
  
  Run 'docker run --help' for more information
  [125]
  $ docker create -p 3000:80/xyz node:14
  docker: invalid proto: xyz
  
  Run 'docker create --help' for more information
  [125]
  $ docker run -p 1.2.3:3000:80 node:14
  docker: invalid IP address: 1.2.3
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p 8000-8002:80-81 node:14
  docker: invalid ranges specified for container and host Ports: 80-81 and 8000-8002
  
  Run 'docker run --help' for more information
  [125]
  $ docker run -p target=80,oops node:14
  docker: invalid publish opts format (should be name=value but got 'oops')
  
  Run 'docker run --help' for more information
  [125]

-v's syntax is checked before -p, and -p before --rm meets --restart (the order of parse()).

  $ docker run -v data::/b -p 99999:80 node:14
  docker: invalid spec: data::/b: empty section between colons
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm --restart always -p 99999:80 node:14
  docker: invalid hostPort: 99999
  
  Run 'docker run --help' for more information
  [125]

What parses is published: the long syntax too, and ranges of equal length.

  $ docker run -d --name web -p published=8080,target=80 node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker port web
  80/tcp -> 0.0.0.0:8080
  $ docker run -d --name two -p 8001-8002:81-82 node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker port two
  81/tcp -> 0.0.0.0:8001
  82/tcp -> 0.0.0.0:8002
