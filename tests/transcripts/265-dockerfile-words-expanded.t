WORKDIR's path and COPY's --chown, --chmod, sources and destination are each one word the
Dockerfile frontend expands with the shell lexer vendored in moby v28.5.2
(vendor/github.com/moby/buildkit/frontend/dockerfile/shell/lex.go ProcessWord, called from
dockerfile2llb/convert.go dispatch through the command's Expand): double quotes are taken away and
expand inside, single quotes keep $NAME literal, ${NAME:-word} and ${NAME%%pattern} work, and the
names are the stage's ENVs and the ARGs with a value (an ARG's default is expanded the same way,
dispatchArg). The step's name in the progress display is the instruction's text expanded
(processCmdEnv), as is the history line dispatchCopy commits. A word the lexer cannot read fails
the build at its line, wrapped "failed to process %q" (lex.go process): after `${BASE` the lexer
reads the end of the word as a modifier, Go's string(scanner.EOF), U+FFFD.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir -p /home/learner/words/src
  $ cd /home/learner/words
  $ echo one > src/one.txt
  $ printf 'FROM busybox\nENV BASE=/srv OWNER=1000 EMPTY=\nARG SUB="my dir"\nWORKDIR "$BASE/${SUB}"\nWORKDIR ${EMPTY:-sub}/${SUB%%%% *}\nCOPY --chown=$OWNER:${OWNER} src "${BASE}/copied/"\nCOPY src/one.txt '"'"'$BASE'"'"'\n' > Dockerfile
  $ cat Dockerfile
  FROM busybox
  ENV BASE=/srv OWNER=1000 EMPTY=
  ARG SUB="my dir"
  WORKDIR "$BASE/${SUB}"
  WORKDIR ${EMPTY:-sub}/${SUB%% *}
  COPY --chown=$OWNER:${OWNER} src "${BASE}/copied/"
  COPY src/one.txt '$BASE'
  $ docker build --progress=plain -t words .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 194B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/5] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [internal] load build context
  #5 transferring context: 198B done
  #5 DONE 0.0s
  
  #6 [2/5] WORKDIR /srv/my dir
  #6 DONE 0.1s
  
  #7 [3/5] WORKDIR sub/my
  #7 DONE 0.1s
  
  #8 [4/5] COPY --chown=1000:1000 src /srv/copied/
  #8 DONE 0.1s
  
  #9 [5/5] COPY src/one.txt $BASE
  #9 DONE 0.1s
  
  #10 exporting to image
  #10 exporting layers done
  #10 writing image sha256:f46803b479bbe75e76a2b0fbf6dc88992d05b32a94ea437243f4329dca96493b done
  #10 naming to docker.io/library/words done
  #10 DONE 0.0s
  $ docker run --rm words sh -c 'pwd; ls -ln /srv /srv/copied; ls -A'
  /srv/my dir/sub/my
  /srv:
  total 8
  drwxr-xr-x    2 1000     1000          4096 Mar  2 09:00 copied
  drwxr-xr-x    1 0        0             4096 Mar  2 09:00 my dir
  
  /srv/copied:
  total 4
  -rw-r--r--    1 1000     1000             4 Mar  2 09:00 one.txt
  $BASE
  $ docker history --no-trunc --format '{{.CreatedBy}}' words
  COPY src/one.txt $BASE # buildkit
  COPY --chown=1000:1000 src /srv/copied/ # buildkit
  WORKDIR /srv/my dir/sub/my
  WORKDIR /srv/my dir
  ARG SUB=my dir
  ENV BASE=/srv OWNER=1000 EMPTY=
  BusyBox 1.37.0 (glibc), Debian 13
  $ printf 'FROM busybox\nENV BASE=/srv\nWORKDIR ${BASE\n' > Dockerfile
  $ docker build -q .
  Dockerfile:3
  --------------------
     1 |     FROM busybox
     2 |     ENV BASE=/srv
     3 | >>> WORKDIR ${BASE
     4 |
  --------------------
  ERROR: failed to build: failed to solve: failed to process "${BASE": unsupported modifier (�) in substitution
  [1]
