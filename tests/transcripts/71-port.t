docker port (issue 17 point 10; docker/cli v28.5.2 cli/command/container/port.go).
Without a port: every published mapping as "<port>/<proto> -> <host ip>:<host port>",
in natural order. With PRIVATE_PORT[/PROTO] (tcp when no protocol is given): only
the host addresses. A port with nothing published answers "Error: No public port
'<arg as typed>' published for <container as typed>", exit 1; a port that is not
a uint16 fails strconv.ParseUint. A stopped container has no port bindings.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 -p 127.0.0.1:9090:90/udp --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker port feedback-app
  80/tcp -> 0.0.0.0:3000
  90/udp -> 127.0.0.1:9090
  $ docker port feedback-app 80
  0.0.0.0:3000
  $ docker port feedback-app 80/tcp
  0.0.0.0:3000
  $ docker port feedback-app 90/udp
  127.0.0.1:9090
  $ docker port feedback-app 90
  Error: No public port '90' published for feedback-app
  [1]
  $ docker port feedback-app 81
  Error: No public port '81' published for feedback-app
  [1]
  $ docker port feedback-app 80/udp
  Error: No public port '80/udp' published for feedback-app
  [1]
  $ docker port feedback-app abc
  Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax
  [1]
  $ docker port feedback-app 70000
  Error: invalid port (70000): strconv.ParseUint: parsing "70000": value out of range
  [1]
  $ docker port nope 80
  Error response from daemon: No such container: nope
  [1]
  $ docker stop feedback-app
  feedback-app
  $ docker port feedback-app
  $ docker port feedback-app 80
  Error: No public port '80' published for feedback-app
  [1]
