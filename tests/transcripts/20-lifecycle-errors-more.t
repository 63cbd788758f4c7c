More lifecycle errors (reference 1.4): start of missing containers (E3, CLI 28
form, names joined with ", "), stop/logs/inspect of a missing one (E4, E4c),
exec into a stopped or created container (E13), rmi of an image a container
uses (E14), create with a taken name (E2, create framing: exit 1), invalid
names, and a port conflict with --rm (start fails, the container is removed).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker start nope nope2
  Error response from daemon: No such container: nope
  Error response from daemon: No such container: nope2
  Error: failed to start containers: nope, nope2
  [1]
  $ docker stop nope
  Error response from daemon: No such container: nope
  [1]
  $ docker logs nope
  Error response from daemon: No such container: nope
  [1]
  $ docker inspect nope
  []
  Error: No such object: nope
  [1]
  $ docker create --name c1 feedback-node
  [0-9a-f]{64} (re)
  $ docker exec c1 ls /app
  Error response from daemon: container [0-9a-f]{64} is not running (re)
  [1]
  $ docker stop c1
  c1
  $ docker create --name c1 feedback-node
  Error response from daemon: Conflict. The container name "/c1" is already in use by container "[0-9a-f]{64}". You have to remove \(or rename\) that container to be able to reuse that name. (re)
  [1]
  $ docker create --name _bad feedback-node
  Error response from daemon: Invalid container name (_bad), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed
  [1]
  $ docker rmi feedback-node
  Error response from daemon: conflict: unable to remove repository reference "feedback-node" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12} (re)
  [1]
  $ docker rmi nope
  Error response from daemon: No such image: nope:latest
  [1]
  $ docker run -d -p 3000:80 --name first feedback-node
  [0-9a-f]{64} (re)
  $ docker start first
  first
  $ docker exec first ls /app/pages
  exists.html
  feedback.html
  $ docker run -d --rm -p 3000:80 --name second feedback-node
  [0-9a-f]{64} (re)
  docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0.0.0.0:3000 failed: port is already allocated (re)
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --format '{{.Names}}'
  first
  c1
  $ docker stop first
  first
  $ docker exec first ls /app/pages
  Error response from daemon: container [0-9a-f]{64} is not running (re)
  [1]
  $ docker run -d -p 3000:80 --name third feedback-node
  [0-9a-f]{64} (re)
  $ docker start first
  Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint first \([0-9a-f]{64}\): Bind for 0.0.0.0:3000 failed: port is already allocated (re)
  Error: failed to start containers: first
  [1]
  $ docker rm -f first third c1
  first
  third
  c1
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  Deleted: sha256:[0-9a-f]{64} (re)
  ...
  $ docker images --format '{{.Repository}}:{{.Tag}}'
  node:14
