CLI usage errors (reference 1.4 E16, 1.5; docker/cli cli/required.go,
cli/cobra.go FlagErrorFunc, cmd/docker/docker.go): argument-count errors
exit 1 ("See" for at-least, "Run" for exact), unknown flags exit 125 with
the usage line, an unknown command exits 1. --help (checked against a docker 28 CLI binary) starts with
the usage line, then the short description.

  $ docker rm
  docker: 'docker rm' requires at least 1 argument
  
  Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]
  
  See 'docker rm --help' for more information
  [1]
  $ docker volume rm
  docker: 'docker volume rm' requires at least 1 argument
  
  Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]
  
  See 'docker volume rm --help' for more information
  [1]
  $ docker run
  docker: 'docker run' requires at least 1 argument
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  See 'docker run --help' for more information
  [1]
  $ docker logs
  docker: 'docker logs' requires 1 argument
  
  Usage:  docker logs [OPTIONS] CONTAINER
  
  Run 'docker logs --help' for more information
  [1]
  $ docker run --foo busybox
  unknown flag: --foo
  
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Run 'docker run --help' for more information
  [125]
  $ docker rm --foo x
  unknown flag: --foo
  
  Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]
  
  Run 'docker rm --help' for more information
  [125]
  $ docker volume create -x
  unknown shorthand flag: 'x' in -x
  
  Usage:  docker volume create [OPTIONS] [VOLUME]
  
  Run 'docker volume create --help' for more information
  [125]
  $ docker foo
  docker: unknown command: docker foo
  
  Run 'docker --help' for more information
  [1]
  $ docker rm --help
  Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]
  
  Remove one or more containers
  
  Aliases:
    docker container rm, docker container remove, docker rm
  
  Options:
    -f, --force     Force the removal of a running container (uses SIGKILL)
    -l, --link      Remove the specified link
    -v, --volumes   Remove anonymous volumes associated with the container
  $ docker volume prune --help
  Usage:  docker volume prune [OPTIONS]
  
  Remove unused local volumes
  ...
  $ docker run --help
  Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
  
  Create and run a new container from an image
  ...
  $ docker ps --help
  Usage:  docker ps [OPTIONS]
  
  List containers
  ...
  $ docker volume ls --help
  Usage:  docker volume ls [OPTIONS]
  
  List volumes
  ...
