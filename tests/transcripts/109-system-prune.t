docker system prune: docker/cli v28.5.2 cli/command/system/prune.go (confirmationTemplate, runPrune),
then container/prune.go, network/prune.go, volume/prune.go, image/prune.go and builder/prune.go
RunPrune in that order with the same filters; moby v28.5.2 daemon/prune.go ContainersPrune (the
first to check the filters: label, label! and until only), builder/builder-next/builder.go Prune
(label filters accepted, not applied) and BuildKit's cache/manager.go prune (without --all only
records no image shares). --volumes prunes anonymous volumes only, even with -a (volume.RunPrune
ignores all). The "until" check with --volumes comes before the prompt, the daemon's filter errors
after it. Each section ends with a blank line (Fprintln of an output ending in a newline).
A layer that is also a build cache record is not deleted with its image: BuildKit's snapshotter
still holds it (moby v28.5.2 builder/builder-next/adapters/snapshot, layer/layer_store.go
releaseLayer), so the images' prune reports only the image and the layer's bytes are reclaimed
once, with its record.

  $ docker system prune
  WARNING! This will remove:
    - all stopped containers
    - all networks not used by at least one container
    - all dangling images
    - unused build cache
  
  Are you sure you want to continue? [y/N] 
  $ n
  $ docker system prune -a --volumes --filter label!=keep --filter until=24h
  ERROR: The "until" filter is not supported with "--volumes"
  [1]
  $ docker system prune -a --volumes --filter label=b --filter label!=a=1 --filter label=a10 --filter label=a9
  WARNING! This will remove:
    - all stopped containers
    - all networks not used by at least one container
    - all anonymous volumes not used by at least one container
    - all images without at least one container associated to them
    - all build cache
  
    Items to be pruned will be filtered with:
    - label!=a=1
    - label=a9
    - label=a10
    - label=b
  
  Are you sure you want to continue? [y/N] 
  $ N
  $ docker system prune --filter dangling=true
  WARNING! This will remove:
    - all stopped containers
    - all networks not used by at least one container
    - all dangling images
    - unused build cache
  
  Are you sure you want to continue? [y/N] 
  $ y
  Error response from daemon: invalid filter 'dangling'
  [1]
  $ docker system prune --filter until=nope -f
  Error response from daemon: failed to parse value as time or duration: "nope"
  [1]
  $ docker system prune --filter label
  invalid argument "label" for "--filter" flag: bad format of filter (expected name=value)
  
  Usage:  docker system prune [OPTIONS]
  
  Run 'docker system prune --help' for more information
  [125]
  $ docker system prune now
  docker: 'docker system prune' accepts no arguments
  
  Usage:  docker system prune [OPTIONS]
  
  Run 'docker system prune --help' for more information
  [1]
  $ docker system prune -f
  Total reclaimed space: 0B
  $ docker build -t app .
  ...
  $ docker run -d --name web -p 8080:80 app
  [0-9a-f]{64} (re)
  $ docker run --name once -v /data -v keep:/keep app true
  $ echo '// v2' >> server.js
  $ docker build -t app .
  ...
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
  app          latest    adc7e6056df8   2 seconds ago   915MB
  <none>       <none>    4ce1d3d38b28   9 seconds ago   915MB
  node         14        b460590c3eb7   2 years ago     912MB
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          3         1         914.7MB   914.7MB (99%)
  Containers      2         1         0B        0B
  Local Volumes   2         2         0B        0B
  Build Cache     5         0         0B        0B
  $ docker system prune --volumes --filter label=nothing -f
  Total reclaimed space: 0B
  $ docker stop web
  web
  $ docker system prune --volumes -f
  Deleted Containers:
  a34eaab1d61b0acbc9baadcdda37206c346b85f70643391091afe51ff957e86f
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  
  Deleted Volumes:
  2d4807de18fb4781963230a7e155b2187df766d7488dc12c7b98bd819d4ac0bb
  
  Deleted Images:
  deleted: sha256:4ce1d3d38b286812d74f6c99b5f3f35487a5781b10d34999d99fc6a4671b0571
  
  Deleted build cache objects:
  hsyn80jj1nihbsbfrvt64t059
  
  Total reclaimed space: 3.297kB
  $ docker volume ls
  DRIVER    VOLUME NAME
  local     keep
  $ docker ps -a --format '{{.Names}}'
  $ docker images
  REPOSITORY   TAG       IMAGE ID       CREATED          SIZE
  app          latest    adc7e6056df8   19 seconds ago   915MB
  node         14        b460590c3eb7   2 years ago      912MB
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         0         914.7MB   914.7MB (100%)
  Containers      0         0         0B        0B
  Local Volumes   1         0         0B        0B
  Build Cache     4         0         0B        0B
  $ docker run -d --name web2 app
  [0-9a-f]{64} (re)
  $ docker system prune -a --volumes
  WARNING! This will remove:
    - all stopped containers
    - all networks not used by at least one container
    - all anonymous volumes not used by at least one container
    - all images without at least one container associated to them
    - all build cache
  
  Are you sure you want to continue? [y/N] 
  $ y
  Deleted Images:
  untagged: node:14
  untagged: node@sha256:2c18306c63d1d72152b2e0d09249e2614bf1107adac6abbcf76d1bc274cdd74f
  deleted: sha256:b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c
  
  Deleted build cache objects:
  1dgiylo4v9jqkwhu3fm4qcf7d
  j2jia5b9a9grwrjl6td6b3kwa
  xp8vxtuhnl737lnhqgghl7wyw
  xwl7i1pur7qrb8q8l3gumcft0
  
  Total reclaimed space: 2.408MB
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          1         1         914.7MB   0B (0%)
  Containers      1         1         0B        0B
  Local Volumes   1         0         0B        0B
  Build Cache     0         0         0B        0B
  $ docker volume ls -q
  keep
  $ docker system --help
  Usage:  docker system COMMAND
  
  Manage Docker
  
  Commands:
    df          Show docker disk usage
    events      Get real time events from the server
    info        Display system-wide information
    prune       Remove unused data
  
  Run 'docker system COMMAND --help' for more information on a command.
