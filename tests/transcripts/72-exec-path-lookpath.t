A command given as a path (issue 17, point 14). The runtime looks the process's first word up
with Go's exec.LookPath: a name with a '/' is not searched in $PATH but stat'ed, and must be a
file with an execute bit. The daemon words its failure (daemon/errors.go setExitCodeFromError: it
adds EACCES's text to "is a directory", and a mount hint to "not a directory"), and `docker run`
takes its exit status from that message (cli/command/container/run.go toStatusError): 126 for
"permission denied" or "is a directory", 127 for "no such file or directory", else 125.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox /etc/passwd
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/etc/passwd": permission denied: unknown
  
  Run 'docker run --help' for more information
  [126]
  $ docker run --rm busybox /etc
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/etc": is a directory: unknown: permission denied
  
  Run 'docker run --help' for more information
  [126]
  $ docker run --rm busybox /nonexistent
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/nonexistent": stat /nonexistent: no such file or directory: unknown
  
  Run 'docker run --help' for more information
  [127]
  $ docker run --rm busybox /etc/passwd/x
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/etc/passwd/x": stat /etc/passwd/x: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type
  
  Run 'docker run --help' for more information
  [125]

A relative path is looked up from the working directory; a path to a real program runs it.

  $ docker run --rm -w /bin busybox ./echo from bin
  from bin
  $ docker run --rm busybox /bin/echo hello
  hello

A container that failed this way is kept without --rm, in state Created, with the exit code the
daemon recorded.

  $ docker run --name dir busybox /etc
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/etc": is a directory: unknown: permission denied
  
  Run 'docker run --help' for more information
  [126]
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' dir
  created 126
  $ docker start dir
  Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/etc": is a directory: unknown: permission denied
  Error: failed to start containers: dir
  [1]

docker exec goes through the same lookup; its error comes down the stream, and exec's exit code
is what the daemon recorded.

  $ docker run -d --name sl busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec sl /etc
  OCI runtime exec failed: exec failed: unable to start container process: exec: "/etc": is a directory: unknown: permission denied
  [126]
  $ docker exec sl /etc/passwd
  OCI runtime exec failed: exec failed: unable to start container process: exec: "/etc/passwd": permission denied: unknown
  [126]
  $ docker exec sl /nope
  OCI runtime exec failed: exec failed: unable to start container process: exec: "/nope": stat /nope: no such file or directory: unknown
  [127]
  $ docker exec sl nope
  OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown
  [127]
  $ docker exec sl /bin/echo hi
  hi
