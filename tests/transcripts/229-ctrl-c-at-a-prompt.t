Ctrl-C at a [y/N] prompt (the page's Ctrl-C key; a ^C line here). The docker CLI's own prompts
(internal/prompt/prompt.go Confirm, docker/cli v28.5.2) return ErrTerminated when the CLI catches
the signal, after a newline: a cancelled error that cmd/docker/docker.go main prints nothing for,
so the prune ends quietly with status 0, as a no does. docker builder prune is the buildx plugin,
whose prompt (buildx v0.29.1 commands/util.go promptForConfirmation) reads with no signal handler:
SIGINT ends the plugin, and tryPluginRun returns StatusError{StatusCode: -1} for a signalled child,
so the CLI exits 255 and prints nothing.

  $ docker volume create keep1
  keep1
  $ docker volume prune -a
  WARNING! This will remove all local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $ ^C
  $ echo $?
  0
  $ docker volume ls -q
  keep1
  $ docker builder prune
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $ ^C
  [255]
  $ docker builder prune
  WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] 
  $ n
