`docker volume update` is for swarm cluster volumes: a daemon that is not a swarm manager hides it
from `docker volume`'s help (cmd/docker/docker.go hideUnsupportedFeatures, the "swarm": "manager"
annotation), and its --availability flag too, but it still runs: it looks the volume up, then
refuses a local one (cli/command/volume/update.go runUpdate: "can only update cluster volumes").

  $ docker volume
  Usage:  docker volume COMMAND
  
  Manage volumes
  
  Commands:
    create      Create a volume
    inspect     Display detailed information on one or more volumes
    ls          List volumes
    prune       Remove unused local volumes
    rm          Remove one or more volumes
  
  Run 'docker volume COMMAND --help' for more information on a command.
  $ docker volume update
  docker: 'docker volume update' requires 1 argument
  
  Usage:  docker volume update [OPTIONS] [VOLUME]
  
  Run 'docker volume update --help' for more information
  [1]
  $ docker volume update nope
  Error response from daemon: get nope: no such volume
  [1]
  $ docker volume create lv
  lv
  $ docker volume update --availability drain lv
  can only update cluster volumes
  [1]
  $ docker volume update --help
  Usage:  docker volume update [OPTIONS] [VOLUME]
  
  Update a volume (cluster volumes only)
  
  Options:
