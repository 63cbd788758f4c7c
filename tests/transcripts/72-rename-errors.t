docker rename's errors (issue 17, point 18): cli/command/container/rename.go prints the daemon's
error, then its own "Error: failed to rename container named OLD" (exit 1), a missing container
included. The daemon (daemon/rename.go) wraps what reserving the new name says in "Error when
allocating new name", with the name as it keeps it, a '/' in front (daemon/names.go).

  $ docker create --name first node:14
  [0-9a-f]{64} (re)
  $ docker create --name second node:14
  [0-9a-f]{64} (re)
  $ docker rename first second
  Error response from daemon: Error when allocating new name: Conflict. The container name "/second" is already in use by container "[0-9a-f]{64}". You have to remove \(or rename\) that container to be able to reuse that name. (re)
  Error: failed to rename container named first
  [1]
  $ docker rename nope third
  Error response from daemon: No such container: nope
  Error: failed to rename container named nope
  [1]
  $ docker rename first first
  Error response from daemon: Renaming a container with the same name as its current name
  Error: failed to rename container named first
  [1]
  $ docker rename first 'bad name'
  Error response from daemon: Error when allocating new name: Invalid container name (/bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed
  Error: failed to rename container named first
  [1]
  $ docker rename first ' '
  Error: Neither old nor new names may be empty
  [1]
  $ docker rename ' first ' third
  $ docker ps -a --format '{{.Names}}'
  second
  third
