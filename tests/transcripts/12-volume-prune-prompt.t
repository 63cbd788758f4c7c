Prune prompts (reference 2.2, section 0 "cancelled"): the answer is the next
input line; the simulator prints it after the prompt. N cancels silently with
exit 0. Default prune takes anonymous volumes only, -a also named ones; the
reclaimed space counts file bytes (4 bytes: "abc\n").
NOTE: the `$ y` / `$ N` blocks are prompt answers. tests/transcript_runner.py
skips them; /work/shared/tools/transcripts.py cannot (it expects an echo for
every block), so this file only passes with the in-repo runner.

  $ docker pull busybox
  ...
  $ docker run --name w -v /scratch -v named1:/n busybox sh -c 'echo abc > /scratch/f'
  $ docker rm w
  w
  $ docker volume prune
  WARNING! This will remove anonymous local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] N
  $ N
  $ docker volume ls -q
  [0-9a-f]{64} (re)
  named1
  $ docker volume prune
  WARNING! This will remove anonymous local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] y
  Deleted Volumes:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 4B
  $ y
  $ docker volume prune -a
  WARNING! This will remove all local volumes not used by at least one container.
  Are you sure you want to continue? [y/N] y
  Deleted Volumes:
  named1
  
  Total reclaimed space: 0B
  $ y
  $ docker volume prune -f
  Total reclaimed space: 0B
  $ docker volume prune --all --filter all=1
  conflicting options: cannot specify both --all and --filter all=1
  [1]
  $ docker create --name idle busybox
  [0-9a-f]{64} (re)
  $ docker container prune
  WARNING! This will remove all stopped containers.
  Are you sure you want to continue? [y/N] y
  Deleted Containers:
  [0-9a-f]{64} (re)
  
  Total reclaimed space: 0B
  $ y
  $ docker ps -a -q
