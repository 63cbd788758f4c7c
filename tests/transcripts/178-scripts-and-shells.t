The learner's Ubuntu host has bash and dash as programs too: `sh -c`, `bash script.sh` and a
script run by its path work as they do there. Running a file by its path is execve's work: a file
without the execute bit is refused (EACCES: "Permission denied", status 126, as bash's
execute_cmd.c says it), a folder too ("Is a directory"); a script's #! line names its interpreter
(a missing one is bash's "bad interpreter", 126; through /usr/bin/env it is env that does not
find the program, 127); a script without a #! line is run by the shell itself (bash and dash do
that on ENOEXEC). printf takes a first "--" as the end of its options (bash's builtin, dash's,
coreutils' and BusyBox's alike).

  $ sh -c 'echo "dash says $0"'
  dash says sh
  $ bash -c 'echo {one,two}'
  one two
  $ echo 'echo "script $0 got $1"' > hello.sh
  $ sh hello.sh world
  script hello.sh got world
  $ bash hello.sh there
  script hello.sh got there
  $ bash missing.sh
  bash: missing.sh: No such file or directory
  [127]
  $ ./hello.sh
  bash: ./hello.sh: Permission denied
  [126]
  $ chmod +x hello.sh
  $ ./hello.sh now
  script ./hello.sh got now
  $ ./pages
  bash: ./pages: Is a directory
  [126]
  $ ./server.js/run
  bash: ./server.js/run: Not a directory
  [126]
  $ /var/lib/docker/volumes/run.sh
  bash: /var/lib/docker/volumes/run.sh: Permission denied
  [126]
  $ printf '#!/bin/sh\necho "from $0"\n' > viash.sh
  $ chmod +x viash.sh && ./viash.sh
  from ./viash.sh
  $ printf '#!/usr/bin/env bash\necho {a..c}\n' > braces.sh
  $ chmod +x braces.sh && ./braces.sh
  a b c
  $ printf '#!/bin/zsh\necho never\n' > zsh.sh
  $ chmod +x zsh.sh && ./zsh.sh
  bash: ./zsh.sh: /bin/zsh: bad interpreter: No such file or directory
  [126]
  $ printf -- '%s-%s\n' a b
  a-b

Inside a BusyBox container the same scripts meet ash, which has no brace expansion and no bash:

  $ docker run --rm -v "$(pwd):/w" -w /w busybox sh -c './viash.sh; ./hello.sh inside; ./braces.sh'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  from ./viash.sh
  script ./hello.sh got inside
  env: can't execute 'bash': No such file or directory
  [127]
