A management subcommand Docker has and layerlab does not run (its group's help lists it) says so
instead of "unknown command", and its --help is the CLI's; a subcommand Docker does not have is
the CLI's "unknown command".

  $ docker image push x
  layerlab: docker image push is a Docker command that layerlab does not simulate yet
  [1]
  $ docker system prune --help
  Usage:  docker system prune [OPTIONS]
  
  Remove unused data
  
  Options:
    -a, --all             Remove all unused images not just dangling ones
        --filter filter   Provide filter values (e.g. "label=<key>=<value>")
    -f, --force           Do not prompt for confirmation
        --volumes         Prune anonymous volumes
  $ docker image foo
  docker: unknown command: docker image foo
  
  Usage:  docker image
  
  Run 'docker image --help' for more information
  [1]
