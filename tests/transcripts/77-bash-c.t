`bash -c` in a container speaks bash's words, `sh -c` its image's sh (dash in node:14, whose bash
is 5.0: no "line 1:" prefix, which bash 5.1 added).

  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 bash -c "nope"
  bash: nope: command not found
  [127]
  $ docker run --rm node:14 sh -c "nope"
  sh: 1: nope: not found
  [127]
