Instructions given too few arguments, and the other refusals BuildKit makes before any step runs
(moby v28.5.2 vendored buildkit frontend/dockerfile). Two passes: the parser reads the whole file
first (parser/parser.go Parse with the line parsers of parser/line_parsers.go: a JSON array of
something other than strings, ENV's and LABEL's name=value rules) and its errors carry the line but
not "dockerfile parse error on line N:" (so `ENV A` on line 3 is reported before the unknown RUNN
on line 2); then instructions.Parse turns each line into a command in order (instructions/parse.go:
errAtLeastOneArgument, errExactlyOneArgument, errNoDestinationArgument, errBlankCommandNames,
errNotJSON, ONBUILD's and HEALTHCHECK's rules, BFlags.Parse for a flag an instruction does not
take), each wrapped by parseError; an instruction other than ARG before the first FROM is
CurrentStage's "no build stage in current context", with its line.
The parse comes after the step that loaded the Dockerfile, which is done: the tty and plain
displays show it, FINISHED, before the error (the quiet one shows nothing).
An unknown instruction's suggestion is the one fewest edits away (util/suggest Search over
allInstructionNames, case-insensitive), in upper case for a name written in upper case and in
lower case otherwise (matchCase).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/bare
  $ cd /home/learner/bare
  $ printf 'FROM busybox\nARG\n' > Dockerfile
  $ docker build .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 17B                                        0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ARG
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ARG requires at least one argument
  [1]
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 17B done
  #1 DONE 0.0s
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ARG
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ARG requires at least one argument
  [1]
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ARG
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ARG requires at least one argument
  [1]
  $ printf 'FROM busybox\nARG =1\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ARG =1
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ARG names can not be blank
  [1]
  $ printf 'FROM busybox\nEXPOSE\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> EXPOSE
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: EXPOSE requires at least one argument
  [1]
  $ printf 'FROM busybox\nUSER\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> USER
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: USER requires exactly one argument
  [1]
  $ printf 'FROM busybox\nWORKDIR\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> WORKDIR
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: WORKDIR requires exactly one argument
  [1]
  $ printf 'FROM busybox\nVOLUME\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> VOLUME
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: VOLUME requires at least one argument
  [1]
  $ printf 'FROM busybox\nVOLUME [" "]\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> VOLUME [" "]
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: VOLUME specified can not be an empty string
  [1]
  $ printf 'FROM busybox\nLABEL\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> LABEL
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: LABEL requires at least one argument
  [1]
  $ printf 'FROM busybox\nENV =1\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ENV =1
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ENV names can not be blank
  [1]
  $ printf 'FROM busybox\nCOPY server.js\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY server.js
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined
  [1]
  $ printf 'FROM busybox\nSTOPSIGNAL\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> STOPSIGNAL
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument
  [1]
  $ printf 'FROM busybox\nMAINTAINER\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> MAINTAINER
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: MAINTAINER requires exactly one argument
  [1]
  $ printf 'FROM busybox\nONBUILD\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ONBUILD
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ONBUILD requires at least one argument
  [1]
  $ printf 'FROM busybox\nONBUILD FROM alpine\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ONBUILD FROM alpine
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger
  [1]
  $ printf 'FROM busybox\nSHELL /bin/sh -c\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> SHELL /bin/sh -c
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK CMD\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK CMD
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD
  [1]
  $ printf 'FROM busybox\nWORKDIR --chown=1 /app\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> WORKDIR --chown=1 /app
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown flag: --chown
  [1]
  $ printf 'FROM busybox\nCMD ["node", 1]\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> CMD ["node", 1]
     3 |
  --------------------
  ERROR: failed to build: failed to solve: when using JSON array syntax, arrays must be comprised of strings only
  [1]
  $ printf 'FROM busybox\nRUNN echo hi\nENV A\n' > Dockerfile
  $ docker build -q .
  Dockerfile:3
  --------------------
     1 |     FROM busybox
     2 |     RUNN echo hi
     3 | >>> ENV A
     4 |
  --------------------
  ERROR: failed to build: failed to solve: ENV must have two arguments
  [1]
  $ printf 'WORKDIR /app\nFROM busybox\n' > Dockerfile
  $ docker build -q .
  Dockerfile:1
  --------------------
     1 | >>> WORKDIR /app
     2 |     FROM busybox
     3 |
  --------------------
  ERROR: failed to build: failed to solve: no build stage in current context
  [1]
  $ printf 'from busybox\nrunn echo hi\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     from busybox
     2 | >>> runn echo hi
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)
  [1]
  $ printf 'FROM busybox\nCopi a b\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> Copi a b
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: Copi (did you mean copy?)
  [1]
