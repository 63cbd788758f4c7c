Deprecated flags, as pflag reports them (docker/cli v28.5.2 vendor/github.com/spf13/pflag/flag.go:
"Flag --NAME has been deprecated, ..." and "Flag shorthand -X has been deprecated, ..."), printed by
cobra's ParseFlags on the CLI's standard output once the line parsed, before the help or the command
(vendor/github.com/spf13/cobra/command.go; nothing when a flag error follows). The root's persistent
--help has the shorthand -h, marked deprecated "use --help" (cli/cobra.go setupCommonRootCommand), so
`docker ps -h` says so before its help; `docker run -h` is --hostname. docker stop and docker restart
keep the hidden --time, deprecated "use --timeout instead" (cli/command/container/stop.go and
restart.go): it sets the same timeout, and with --timeout as well RunE refuses the line. --time used
to be an unknown flag.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker ps -h
  Flag shorthand -h has been deprecated, use --help
  Usage:  docker ps [OPTIONS]
  
  List containers
  
  Aliases:
    docker container ls, docker container list, docker container ps, docker ps
  
  Options:
    -a, --all             Show all containers (default shows just running)
    -f, --filter filter   Filter output based on conditions provided
        --format string   Format output using a custom template:
                          'table':            Print output in table format
                          with column headers (default)
                          'table TEMPLATE':   Print output in table format
                          using the given Go template
                          'json':             Print in JSON format
                          'TEMPLATE':         Print output using the given
                          Go template.
                          Refer to https://docs.docker.com/go/formatting/
                          for more information about formatting output with
                          templates
    -n, --last int        Show n last created containers (includes all
                          states) (default -1)
    -l, --latest          Show the latest created container (includes all
                          states)
        --no-trunc        Don't truncate output
    -q, --quiet           Only display container IDs
    -s, --size            Display total file sizes
  $ docker volume -h
  Flag shorthand -h has been deprecated, use --help
  Usage:  docker volume COMMAND
  
  Manage volumes
  
  Commands:
    create      Create a volume
    inspect     Display detailed information on one or more volumes
    ls          List volumes
    prune       Remove unused local volumes
    rm          Remove one or more volumes
  
  Run 'docker volume COMMAND --help' for more information on a command.
  $ docker run -d --name waiter busybox sleep 1000
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker stop --time 3 waiter
  Flag --time has been deprecated, use --timeout instead
  waiter
  $ docker inspect -f '{{.State.StartedAt}} {{.State.FinishedAt}}' waiter
  2026-03-02T09:00:04.123456789Z 2026-03-02T09:00:08.987654321Z
  $ docker restart --time 0 waiter
  Flag --time has been deprecated, use --timeout instead
  waiter
  $ docker stop --time=3 --timeout 4 waiter
  Flag --time has been deprecated, use --timeout instead
  conflicting options: cannot specify both --timeout and --time
  [1]
  $ docker restart -t 1 --time 2 waiter
  Flag --time has been deprecated, use --timeout instead
  conflicting options: cannot specify both --timeout and --time
  [1]
  $ docker stop --time x waiter
  invalid argument "x" for "--time" flag: strconv.ParseInt: parsing "x": invalid syntax
  
  Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]
  
  Run 'docker stop --help' for more information
  [125]
  $ docker stop --time 1
  Flag --time has been deprecated, use --timeout instead
  docker: 'docker stop' requires at least 1 argument
  
  Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]
  
  See 'docker stop --help' for more information
  [1]
  $ docker stop --help
  Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]
  
  Stop one or more running containers
  
  Aliases:
    docker container stop, docker stop
  
  Options:
    -s, --signal string   Signal to send to the container
    -t, --timeout int     Seconds to wait before killing the container
