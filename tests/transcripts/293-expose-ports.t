EXPOSE as BuildKit reads it (moby v28.5.2 vendored buildkit frontend/dockerfile: the parser splits
the line at blanks, quotes or not, parser/line_parsers.go parseStringsWhitespaceDelimited;
instructions/parse.go parseExpose sorts those words as strings; dockerfile2llb/convert_expose.go
dispatchExpose expands each into words with the stage's ENV and ARGs, shell/lex.go ProcessWords, and
reads each as [[ip:]hostPort:]port[-end][/proto]). The image gets "port/proto" for every port of a
range, the protocol lower-cased; the history line is this instruction's list as Go prints a slice
(`EXPOSE [80/tcp]`), not a map. A protocol in capitals and an IP or host port are lint warnings
(ExposeProtoCasing, ExposeInvalidFormat); a bad protocol, port, range or IP fails the build at the line.
`"80 81"` is two words, `"80` and `81"`, and the lexer cannot read the first.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/ports
  $ cd /home/learner/ports
  $ printf 'FROM busybox\nENV PORT=8080 MORE="9000 9001"\nEXPOSE 80\nEXPOSE $PORT 443/UDP 7000-7002 +0081 $MORE\nEXPOSE 127.0.0.1:3000:3000/tcp\n' > Dockerfile
  $ docker build --progress=plain -t ports .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 128B done
  #1 WARN: ExposeProtoCasing: Defined protocol '443/UDP' in EXPOSE instruction should be lowercase (line 4)
  #1 WARN: ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:3000:3000/tcp' (line 5)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 exporting to image
  #5 exporting layers done
  #5 writing image sha256:[0-9a-f]{64} done (re)
  #5 naming to docker.io/library/ports done
  #5 DONE 0.0s
  
   2 warnings found (use docker --debug to expand):
   - ExposeProtoCasing: Defined protocol '443/UDP' in EXPOSE instruction should be lowercase (line 4)
   - ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:3000:3000/tcp' (line 5)
  $ docker history --no-trunc --format '{{.CreatedBy}}' ports
  EXPOSE [3000/tcp]
  EXPOSE [9000/tcp 9001/tcp 8080/tcp 81/tcp 443/udp 7000/tcp 7001/tcp 7002/tcp]
  EXPOSE [80/tcp]
  ENV PORT=8080 MORE=9000 9001
  BusyBox 1.37.0 (glibc), Debian 13
  $ docker inspect -f '{{json .Config.ExposedPorts}}' ports
  {"3000/tcp":{},"443/udp":{},"7000/tcp":{},"7001/tcp":{},"7002/tcp":{},"80/tcp":{},"8080/tcp":{},"81/tcp":{},"9000/tcp":{},"9001/tcp":{}}
  $ printf 'FROM busybox\nEXPOSE 80/http\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE 80/http
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid port: "80/http": invalid proto: http
  [1]
  $ printf 'FROM busybox\nEXPOSE /tcp\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE /tcp
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid port: "/tcp": no port specified
  [1]
  $ printf 'FROM busybox\nEXPOSE 8080-80\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE 8080-80
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid containerPort: 8080-80
  [1]
  $ printf 'FROM busybox\nEXPOSE 70000\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE 70000
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid containerPort: 70000
  [1]
  $ printf 'FROM busybox\nEXPOSE 8000-8001:80-82\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE 8000-8001:80-82
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid ranges specified for container and host Ports: 80-82 and 8000-8001
  [1]
  $ printf 'FROM busybox\nEXPOSE 300.1.1.1:80:80\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE 300.1.1.1:80:80
     3 |
  --------------------
  ERROR: failed to build: failed to solve: invalid IP address: 300.1.1.1
  [1]
  $ printf 'FROM busybox\nEXPOSE "80 81"\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE "80 81"
     3 |
  --------------------
  ERROR: failed to build: failed to solve: failed to process "\"80": unexpected end of statement while looking for matching double-quote
  [1]
