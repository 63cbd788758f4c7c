In Docker 28.5 `docker build` and `docker image build` are forwarded to the buildx plugin
(docker/cli v28.5.2 cmd/docker/builder.go processBuilder, forwardBuilder), which also answers to
`docker builder build`, `docker buildx build` and `docker buildx b` (docker/buildx v0.29.1
commands/build.go buildCmd). So the help, the flags and the errors are buildx's: its usage line
and aliases, its flags (--progress, --load...; no --disable-content-trust, and the legacy
builder's --memory, --rm, --compress... hidden and ignored), the builder's name from the
BUILDX_BUILDER the CLI sets when it forwards ("default": the only builder layerlab has). A wrong number of arguments is a plain
error, which buildx's main prints after "ERROR: " (cmd/buildx/main.go), as for `docker builder
prune`; flag errors are the CLI's StatusError (cli/cobra.go FlagErrorFunc), exit 125.

  $ docker build --help
  Usage:  docker buildx build [OPTIONS] PATH | URL | -
  
  Start a build
  
  Aliases:
    docker build, docker builder build, docker image build, docker buildx b
  
  Options:
  ...
        --builder string                Override the configured builder
                                        instance (default "default")
  ...
        --progress string               Set type of progress output
                                        ("auto", "none",  "plain", "quiet",
                                        "rawjson", "tty"). Use plain to
                                        show container output (default "auto")
  ...
        --ulimit ulimit                 Ulimit options (default [])
  $ docker image build -q -t via-image .
  sha256:[0-9a-f]{64} (re)
  $ docker builder build -q -t via-builder .
  sha256:[0-9a-f]{64} (re)
  $ docker buildx b -q -t via-buildx .
  sha256:[0-9a-f]{64} (re)
  $ docker images --format '{{.Repository}}'
  via-builder
  via-buildx
  via-image
  node
  $ docker build
  ERROR: docker: 'docker buildx build' requires 1 argument
  
  Usage:  docker buildx build [OPTIONS] PATH | URL | -
  
  Run 'docker buildx build --help' for more information
  [1]
  $ docker image build . extra
  ERROR: docker: 'docker buildx build' requires 1 argument
  
  Usage:  docker buildx build [OPTIONS] PATH | URL | -
  
  Run 'docker buildx build --help' for more information
  [1]
  $ docker build --disable-content-trust .
  unknown flag: --disable-content-trust
  
  Usage:  docker buildx build [OPTIONS] PATH | URL | -
  
  Run 'docker buildx build --help' for more information
  [125]
  $ docker build --rm=false --memory 1g --compress -q -t legacy-flags .
  sha256:[0-9a-f]{64} (re)
  $ docker build --builder default --load -q -t default-builder .
  sha256:[0-9a-f]{64} (re)
  $ docker build --builder remote -t other-builder .
  layerlab: docker build --builder is not simulated yet
  [1]
  $ docker builder prune extra
  ERROR: docker: 'docker buildx prune' accepts no arguments
  
  Usage:  docker buildx prune
  
  Run 'docker buildx prune --help' for more information
  [1]
