The [y/N] prompts (issue 17, point 13): internal/prompt/prompt.go Confirm trims the answer and
compares it with "y" ignoring case (strings.EqualFold), so only y or Y goes on. Anything else,
"yes" included, is a no: the prune commands cancel quietly and exit 0.

  $ docker volume create keep1
  keep1
  $ docker create --name idle node:14
  [0-9a-f]{64} (re)
  $ docker container prune
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] 
  $ yes
  $ docker ps -a --format '{{.Names}}'
  idle
  $ docker volume prune -a
  WARNING! This will remove all local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $ YES
  $ docker volume ls -q
  keep1
  $ docker container prune
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] 
  $ n
  $ docker container prune
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] 
  $ Y
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker volume prune -a
  WARNING! This will remove all local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $   y  
  Deleted Volumes:
  keep1
  
  Total reclaimed space: 0B
