Prune prompts (reference 2.2, section 0 "cancelled"): the answer is the next
input line, echoed like a command; what follows the answer belongs to it. N
cancels silently with exit 0. Default prune takes anonymous volumes only, -a
also named ones; the reclaimed space counts file bytes (4 bytes: "abc\n").

  $ docker pull busybox
  ...
  $ docker run --name wk -v /scratch -v named1:/n busybox sh -c 'echo abc > /scratch/f'
  $ docker rm wk
  wk
  $ docker volume prune
  WARNING! This will remove anonymous local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $ N
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  named1
  $ docker volume prune
  WARNING! This will remove anonymous local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $ y
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 4B
  $ docker volume prune -a
  WARNING! This will remove all local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] 
  $ y
  Deleted Volumes:
  named1
  
  Total reclaimed space: 0B
  $ docker volume prune -f
  Total reclaimed space: 0B
  $ docker volume prune --all --filter all=1
  conflicting options: cannot specify both --all and --filter all=1
  [1]
  $ docker create --name idle busybox
  [0-9a-f]{64} (re)
  $ docker container prune
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] 
  $ y
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ docker ps -a -q
