Here-documents in a Dockerfile, read as the frontend vendored in moby v28.5.2 reads them
(vendor/github.com/moby/buildkit/frontend/dockerfile). parser/parser.go Parse: after a RUN, COPY or
ADD line with `<<`, heredocsFromLine finds the documents it opens and the lines after it, up to
each delimiter alone, are their text (`<<-` takes the delimiter after its leading tabs; a quote in
the delimiter turns expansion off); none found before the file ends is "unterminated heredoc".
dockerfile2llb/convert.go dispatchRun: a command that is one document alone is that text for
/bin/sh -c, its step named with the first line (summarizeHeredoc); one starting with #! is written
to /dev/pipes/ and run (llb.Mkfile, "[internal] preparing inline document"); any other command
gets the documents after it for the shell to read, so `python3 <<EOF` asks for python3.
dispatchCopy: each document is a file named by its delimiter, 0644, its text expanded with the
build's variables unless the delimiter was quoted (ExpandRaw: quotes kept); the history names it
`<<a.txt`. instructions/parse.go parseSourcesAndDest: a document cannot be the destination.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/heredocs
  $ cd /home/learner/heredocs
  $ printf 'FROM busybox\nRUN <<EOF\necho hello\necho world\nEOF\n' > Dockerfile
  $ docker build -t hd .
  [+] Building 1.0s (6/6) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 49B                                        0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => [2/2] RUN <<EOF (echo hello...)                                        0.3s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+  0\.0s (re)
   => => naming to docker.io/library/hd                                      0.0s
  $ docker history --no-trunc --format '{{.CreatedBy}}' hd | head -2
  RUN /bin/sh -c echo hello
  echo world
  $ docker build --progress=plain -t hd .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 49B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN <<EOF (echo hello...)
  #5 CACHED
  
  #6 exporting to image
  #6 exporting layers done
  \#6 writing image sha256:[0-9a-f]{64} done (re)
  #6 naming to docker.io/library/hd done
  #6 DONE 0.0s
  $ printf 'FROM busybox\nENV NAME=you\nRUN <<-"EOF" cat > /quoted\n\thi $NAME\n\tEOF\nRUN <<EOF\n#!/bin/sh\necho "run as $0"\nEOF\nCOPY <<a.txt <<"b.txt" /dir/\na $NAME "kept"\na.txt\nb $NAME\nb.txt\n' > Dockerfile
  $ docker build --progress=plain -t hd2 .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 173B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/4] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [internal] preparing inline document
  #5 DONE 0.0s
  
  #6 [internal] preparing inline document
  #6 DONE 0.0s
  
  #7 [internal] preparing inline document
  #7 DONE 0.0s
  
  #8 [2/4] RUN <<-"EOF" cat > /quoted
  #8 DONE 0.3s
  
  #9 [3/4] RUN <<EOF (#!/bin/sh...)
  #9 0.105 run as /dev/pipes/EOF
  #9 DONE 0.3s
  
  #10 [4/4] COPY <<a.txt <<b.txt /dir/
  #10 DONE 0.1s
  
  #11 exporting to image
  #11 exporting layers done
  \#11 writing image sha256:[0-9a-f]{64} done (re)
  #11 naming to docker.io/library/hd2 done
  #11 DONE 0.0s
  $ docker run --rm hd2 sh -c 'cat /quoted /dir/a.txt /dir/b.txt; ls -l /dir'
  hi $NAME
  a you "kept"
  b $NAME
  total 8
  -rw-r--r--    1 root     root            13 Mar  2 09:00 a.txt
  -rw-r--r--    1 root     root             8 Mar  2 09:00 b.txt
  $ docker history --format '{{.CreatedBy}}' hd2 | head -3
  COPY <<a.txt <<b.txt /dir/ # buildkit
  RUN /bin/sh -c /dev/pipes/EOF # buildkit
  RUN /bin/sh -c <<-"EOF" cat > /quoted
  $ printf 'FROM busybox\nRUN python3 <<EOF\nprint("hi")\nEOF\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN python3 <<EOF
     3 | >>> print("hi")
     4 | >>> EOF
     5 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c python3 <<EOF\nprint(\"hi\")\nEOF" did not complete successfully: exit code: 127
  [1]
  $ printf 'FROM busybox\nRUN <<EOF\necho unterminated\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> RUN <<EOF
     3 | >>> echo unterminated
     4 |
  --------------------
  ERROR: failed to build: failed to solve: unterminated heredoc
  [1]
  $ printf 'FROM busybox\nCOPY a.txt <<EOF\nhi\nEOF\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> COPY a.txt <<EOF
     3 | >>> hi
     4 | >>> EOF
     5 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: COPY cannot accept a heredoc as a destination
  [1]
