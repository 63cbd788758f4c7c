The terminal is one bash session: `$?` on a line is the exit status of the line before it, as in
a real terminal (bash(1): "Expands to the exit status of the most recently executed foreground
pipeline"). A container name needs at least two characters (moby's RestrictedNamePattern,
[a-zA-Z0-9][a-zA-Z0-9_.-]+).

  $ docker run -d --name a node:14
  docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed
  
  Run 'docker run --help' for more information
  [125]
  $ echo $?
  125
  $ echo $?
  0
  $ false; echo $?
  1
  $ ls /nope
  ls: cannot access '/nope': No such file or directory
  [2]
  $ echo "status was $?"
  status was 2
