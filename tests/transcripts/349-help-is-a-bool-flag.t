--help is a boolean flag like any other (the root's persistent one, docker/cli v28.5.2 cli/cobra.go;
run and create declare their own, without -h, which is --hostname there): pflag parses the whole
line first, and cobra looks at its value afterwards (vendor/github.com/spf13/cobra/command.go execute:
GetBool("help") after ParseFlags). So --help=false runs the command, a value strconv.ParseBool
refuses is a flag error naming it "--help" (pflag names a flag whose shorthand is deprecated by its
long name alone, vendor/github.com/spf13/pflag/flag.go Set), and a flag error later on the line wins
over the help. --help used to show the help whatever its value, and ended the parse where it stood.
Given before the command (`docker --help volume ls`), it is the same flag, set while the CLI reads
the global options (cli/cobra.go HandleGlobalFlags, which writes -h's deprecation to standard
error): the command the rest of the line names shows its help, a group its own for a subcommand it
does not have. The root's help used to answer.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name kept busybox sleep 100
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker ps --help=false --format '{{.Names}}'
  kept
  $ docker ps -h=false --format '{{.Names}}'
  Flag shorthand -h has been deprecated, use --help
  kept
  $ docker ps --help=maybe
  invalid argument "maybe" for "--help" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  
  Usage:  docker ps [OPTIONS]
  
  Run 'docker ps --help' for more information
  [125]
  $ docker ps -h=maybe
  invalid argument "maybe" for "--help" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  
  Usage:  docker ps [OPTIONS]
  
  Run 'docker ps --help' for more information
  [125]
  $ docker ps --help --bogus
  unknown flag: --bogus
  
  Usage:  docker ps [OPTIONS]
  
  Run 'docker ps --help' for more information
  [125]
  $ docker run --help=false --rm busybox echo ran
  ran
  $ docker run -h myhost --rm busybox hostname
  myhost
  $ docker --help volume ls
  Usage:  docker volume ls [OPTIONS]
  
  List volumes
  
  Aliases:
    docker volume ls, docker volume list
  
  Options:
    -f, --filter filter   Provide filter values (e.g. "dangling=true")
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
    -q, --quiet           Only display volume names
  $ docker -h volume nope
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
