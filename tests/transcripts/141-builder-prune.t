docker builder prune. In Docker 28.5 `docker builder` is the buildx plugin (docker/buildx v0.29.1
cmd/buildx/main.go runs commands.NewRootCmd("buildx", ...) as a plugin), so its help says
`docker buildx` (commands/root.go: Long, the --builder and -D/--debug flags, the "additionalHelp"
line on experimental commands; docker/cli v28.5.2 cli/cobra.go usageTemplate), and `docker builder`
alone prints that help (root RunE). commands/prune.go: the flags (--keep-storage hidden as
deprecated), the one-line warning read by promptForConfirmation (commands/util.go: " [y/N] ", the
answer lower-cased, not trimmed), filters checked before it (toBuildkitPruneInfo: until= and its old
name unused-for= are Go durations; "conflicting filters", time.ParseDuration's errors), printed as
"ERROR: ..." with exit 1 by cmd/buildx/main.go. Each deleted record is a row of "%-40s\t%-5v\t%-10s\t%s"
through a tabwriter flushed after every row, so only the header and the first row line up; a
shared record's size ends in '*'; then "Total:". BuildKit's pruneOnce (moby v28.5.2
vendor/github.com/moby/buildkit/cache/manager.go) skips the records an image uses unless --all,
and with --reserved-space or --max-used-space (calculateKeepBytes) deletes one record at a time,
least recently used first, while the cache holds at least that much. The records are those
`docker system prune` deletes. --verbose and --min-free-space are not simulated.

  $ docker builder prune --help
  Usage:  docker buildx prune
  
  Remove build cache
  
  Options:
    -a, --all                    Include internal/frontend images
        --builder string         Override the configured builder instance
    -D, --debug                  Enable debug logging
        --filter filter          Provide filter values
    -f, --force                  Do not prompt for confirmation
        --max-used-space bytes   Maximum amount of disk space allowed to
                                 keep for cache
        --min-free-space bytes   Target amount of free disk space after pruning
        --reserved-space bytes   Amount of disk space always allowed to
                                 keep for cache
        --verbose                Provide a more verbose output
  $ docker builder
  Usage:  docker buildx [OPTIONS] COMMAND
  
  Extended build capabilities with BuildKit
  
  Options:
        --builder string   Override the configured builder instance
    -D, --debug            Enable debug logging
  
  Management Commands:
    history     Commands to work on build records
    imagetools  Commands to work on images in registry
  
  Commands:
    bake        Build from a file
    build       Start a build
    create      Create a new builder instance
    dial-stdio  Proxy current stdio streams to builder instance
    du          Disk usage
    inspect     Inspect current builder instance
    ls          List builder instances
    prune       Remove build cache
    rm          Remove one or more builder instances
    stop        Stop builder instance
    use         Set the current builder instance
    version     Show buildx version information
  
  Run 'docker buildx COMMAND --help' for more information on a command.
  
  Experimental commands and flags are hidden. Set BUILDX_EXPERIMENTAL=1 to show them.
  $ docker builder prune
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $ y
  Total: 0B
  $ docker build -q -t app .
  sha256:[0-9a-f]{64} (re)
  $ docker builder prune -f
  Total: 0B
  $ docker builder prune -f --filter until=abc
  ERROR: "until" filter expects a duration (e.g., '24h'): time: invalid duration "abc"
  [1]
  $ docker builder prune -f --filter unused-for=10
  ERROR: "unused-for" filter expects a duration (e.g., '24h'): time: missing unit in duration "10"
  [1]
  $ docker builder prune --filter until=1d
  ERROR: "until" filter expects a duration (e.g., '24h'): time: unknown unit "d" in duration "1d"
  [1]
  $ docker builder prune -f --filter until=1h --filter unused-for=2h
  ERROR: conflicting filters "until" and "unused-for"
  [1]
  $ docker builder prune -f --reserved-space x
  invalid argument "x" for "--reserved-space" flag: invalid size: 'x'
  
  Usage:  docker buildx prune
  
  Run 'docker buildx prune --help' for more information
  [125]
  $ docker rmi -f app
  Untagged: app:latest
  Deleted: sha256:[0-9a-f]{64} (re)
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          1         0         912.3MB   912.3MB (100%)
  Containers      0         0         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     4         0         2.408MB   2.408MB
  $ docker builder prune --filter until=1h
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $ Y
  Total: 0B
  $ docker builder prune --filter id=zzzz -f
  Total: 0B
  $ docker builder prune --max-used-space 3kb -f
  ID                                       RECLAIMABLE SIZE       LAST ACCESSED
  [0-9a-z]{25}                true        2.404MB    [0-9]+ seconds ago (re)
  [0-9a-z]{25}                true  3.297kB    [0-9]+ seconds ago (re)
  Total: 2.408MB
  $ docker builder prune
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $  y
  $ docker builder prune --keep-storage 1b
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $ y
  ID                                       RECLAIMABLE SIZE       LAST ACCESSED
  [0-9a-z]{25}                true        0B         [0-9]+ seconds ago (re)
  [0-9a-z]{25}                true  269B       [0-9]+ seconds ago (re)
  Total: 269B
  $ docker system df --format '{{.Type}} {{.TotalCount}}'
  Images 1
  Containers 0
  Local Volumes 0
  Build Cache 0
  $ docker build -q -t app .
  sha256:[0-9a-f]{64} (re)
  $ docker builder prune -a
  WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] 
  $ y
  ID                                       RECLAIMABLE SIZE       LAST ACCESSED
  [0-9a-z]{25}                true        [0-9.]+[kM]?B\*  +[0-9]+ seconds ago (re)
  [0-9a-z]{25}                true  [0-9.]+[kM]?B\*  +[0-9]+ seconds ago (re)
  [0-9a-z]{25}                true  [0-9.]+[kM]?B\*  +[0-9]+ seconds ago (re)
  [0-9a-z]{25}                true  [0-9.]+[kM]?B\*  +[0-9]+ seconds ago (re)
  Total: 2.408MB
  $ docker builder ls
  layerlab: docker builder ls is a Docker command that layerlab does not simulate yet
  [1]
  $ docker buildx prune -f
  Total: 0B
  $ docker builder nope
  Usage:  docker buildx [OPTIONS] COMMAND
  ...
  Experimental commands and flags are hidden. Set BUILDX_EXPERIMENTAL=1 to show them.
  ERROR: unknown command: "nope"
  [1]
  $ docker builder --rmm
  unknown flag: --rmm
  
  Usage:  docker buildx [OPTIONS] COMMAND
  
  Run 'docker buildx --help' for more information
  [125]
