ENV, LABEL, USER and VOLUME are expanded by their commands' Expand before they are dispatched
(moby v28.5.2 vendored buildkit frontend/dockerfile/instructions/commands.go: expandKvp over each
key and value, expandSliceInPlace over VOLUME's paths; dockerfile2llb/convert.go dispatch), each
word through the shell lexer (shell/lex.go ProcessWord) with the names in scope before the line:
so `ENV A=... B=$A` gives B the A from before it (none here: B is empty, and the lexer's unmatched
$A is an UndefinedVar warning, reportUnmatchedVariables), '$HOME' in single quotes stays as
written, double quotes go, and ${A:-x} and ${A%%o*} work. The parser splits the line first
(parser/line_parsers.go parseNameVal over parseWords: blanks outside quotes), and refuses a word
without = after KEY=value ones, and a lone name; instructions/parse.go refuses an ENV or LABEL
with nothing after it.
The parser's refusals come from parser.Parse, which reads the whole file before instructions.Parse:
they carry the line (parser.withLocation) but not instructions.Parse's "dockerfile parse error on
line N:" words (parseError), which only that second pass's refusals have. The names include the
base image's ENV (convert.go getEnv: the state's env starts from the image config's), so `ENV PATH=/app/bin:$PATH` keeps busybox's PATH after it.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/envs
  $ cd /home/learner/envs
  $ printf 'FROM busybox\nENV A="hello world" B=$A C='"'"'$HOME'"'"'\nENV D=${A:-x}-$B E=${A%%%%o*}\nLABEL "my.label"="$A" other=${D}\nENV WHO=nobody DATA=/data\nUSER ${WHO:-root}\nVOLUME $DATA "${DATA}2"\nRUN echo "A=$A B=$B C=$C D=$D E=$E" && id -un\n' > Dockerfile
  $ cat Dockerfile
  FROM busybox
  ENV A="hello world" B=$A C='$HOME'
  ENV D=${A:-x}-$B E=${A%%o*}
  LABEL "my.label"="$A" other=${D}
  ENV WHO=nobody DATA=/data
  USER ${WHO:-root}
  VOLUME $DATA "${DATA}2"
  RUN echo "A=$A B=$B C=$C D=$D E=$E" && id -un
  $ docker build --progress=plain -t envs .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 223B done
  #1 WARN: UndefinedVar: Usage of undefined variable '$A' (line 2)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN echo "A=hello world B= C=$HOME D=hello world- E=hell" && id -un
  #5 0.105 A=hello world B= C=$HOME D=hello world- E=hell
  #5 0.106 nobody
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  #6 writing image sha256:12084bb21bcd10e2b847c439cd453054284821734ed902fafb8f0bd2a5eca938 done
  #6 naming to docker.io/library/envs done
  #6 DONE 0.0s
  
   1 warning found (use docker --debug to expand):
   - UndefinedVar: Usage of undefined variable '$A' (line 2)
  $ docker inspect -f '{{json .Config.Env}} {{json .Config.Labels}} {{.Config.User}} {{json .Config.Volumes}}' envs
  ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","A=hello world","B=","C=$HOME","D=hello world-","E=hell","WHO=nobody","DATA=/data"] {"my.label":"hello world","other":"hello world-"} nobody {"/data":{},"/data2":{}}
  $ docker history --no-trunc --format '{{.CreatedBy}}' envs
  RUN /bin/sh -c echo "A=$A B=$B C=$C D=$D E=$E" && id -un # buildkit
  VOLUME [/data /data2]
  USER nobody
  ENV WHO=nobody DATA=/data
  LABEL my.label=hello world other=hello world-
  ENV D=hello world- E=hell
  ENV A=hello world B= C=$HOME
  BusyBox 1.37.0 (glibc), Debian 13
  $ printf 'FROM busybox\nENV A=1 B\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ENV A=1 B
     3 |
  --------------------
  ERROR: failed to build: failed to solve: Syntax error - can't find = in "B". Must be of the form: name=value
  [1]
  $ printf 'FROM busybox\nLABEL solo\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> LABEL solo
     3 |
  --------------------
  ERROR: failed to build: failed to solve: LABEL must have two arguments
  [1]
  $ printf 'FROM busybox\nENV\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> ENV
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: ENV requires at least one argument
  [1]
  $ printf 'FROM busybox\nENV PATH=/app/bin:$PATH\n' > Dockerfile
  $ docker build -q -t pathed .
  sha256:e2162eae51b4d8ccaaef74cf9201d4139c1cc4c13ed46ac268b13300c4bd5df2
  $ docker run --rm pathed sh -c 'echo $PATH'
  /app/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
