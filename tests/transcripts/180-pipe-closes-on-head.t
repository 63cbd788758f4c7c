A pipe into head closes when head has read what it prints: head exits, and the writer's next
write into the full pipe (a Linux pipe holds 64 KiB, pipe(7)) gets SIGPIPE, so an endless
producer stops there (its status is 141, 128 + SIGPIPE; the pipeline's is head's). A short
producer that fits in the pipe runs to its end, its other work done. head reading files instead of
its input closes the pipe at once. yes (coreutils, BusyBox) repeats its operands, or "y".

  $ yes | head -3
  y
  y
  y
  $ yes docker | head -n 2
  docker
  docker
  $ seq 999999999 | head -4
  1
  2
  3
  4
  $ seq 999999999 | head -c 6
  1
  2
  3
  $ { echo first; echo second; touch after.txt; } | head -1
  first
  $ ls after.txt
  after.txt
  $ echo hello > note.txt
  $ seq 999999999 | head -n 1 note.txt
  hello
  $ docker run --rm busybox sh -c 'yes | head -2; seq 999999999 | head -n 1'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  y
  y
  1
