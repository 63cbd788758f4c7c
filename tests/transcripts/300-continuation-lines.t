Continuation lines as BuildKit's parser joins them (moby v28.5.2 vendored buildkit
frontend/dockerfile/parser/parser.go Parse, processLine, trimContinuationCharacter,
isEmptyContinuationLine): the ending backslash goes, and the next line is appended as it is, its
leading blanks kept and no space added (`echo a\` then `b` is `echo ab`); an empty line in
between is skipped, not the end of the instruction, and is a NoEmptyContinuation warning at the
instruction's last line (convert.go Dockerfile2LLB, before the other warnings). The step's name and
the history keep the blanks. The simulator used to join with one space, trim each line, and end
the instruction at an empty line (the rest of it then an unknown instruction).
An error at an instruction of several lines marks them all, with one line of the file either side
(solver/errdefs/source.go Source.Print: two either side of a one-line instruction).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/lines
  $ cd /home/learner/lines
  $ printf 'FROM busybox\nRUN echo one \\\n    && echo two\\\n\n    && echo three\nRUN echo a\\\nb\n' > Dockerfile
  $ cat Dockerfile
  FROM busybox
  RUN echo one \
      && echo two\
  
      && echo three
  RUN echo a\
  b
  $ docker build --progress=plain -t lines .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 78B done
  #1 WARN: NoEmptyContinuation: Empty continuation line (line 5)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/3] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/3] RUN echo one     && echo two    && echo three
  #5 0.105 one
  #5 0.106 two
  #5 0.107 three
  #5 DONE 0.3s
  
  #6 [3/3] RUN echo ab
  #6 0.105 ab
  #6 DONE 0.3s
  
  #7 exporting to image
  #7 exporting layers done
  #7 writing image sha256:[0-9a-f]{64} done (re)
  #7 naming to docker.io/library/lines done
  #7 DONE 0.0s
  
   1 warning found (use docker --debug to expand):
   - NoEmptyContinuation: Empty continuation line (line 5)
  $ docker history --no-trunc --format '{{.CreatedBy}}' lines
  RUN /bin/sh -c echo ab # buildkit
  RUN /bin/sh -c echo one     && echo two    && echo three # buildkit
  BusyBox 1.37.0 (glibc), Debian 13
  $ printf 'FROM busybox\nENV A=1\nRUN echo one \\\n    && false\nCMD ["sh"]\nLABEL a=b\n' > Dockerfile
  $ docker build -q .
  Dockerfile:3
  --------------------
     2 |     ENV A=1
     3 | >>> RUN echo one \
     4 | >>>     && false
     5 |     CMD ["sh"]
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c echo one     && false" did not complete successfully: exit code: 1
  [1]
