The Dockerfile frontend never expands a RUN's command: the shell in the step does, with the ENVs
and the ARGs that have a value in its environment (moby v28.5.2 vendored buildkit
frontend/dockerfile/dockerfile2llb/convert.go dispatchRun: the command line as parsed; dispatchArg
adds each ARG's value with d.state.AddEnv). So '$SUB' stays literal, an exec-form RUN gets "$SUB"
as it is written, and the history keeps the command as written (runCommandString: "|N K=V" then
the arguments). The step's name in the progress display is the only expanded copy: processCmdEnv
with RawQuotes and SkipUnsetEnv, so its quotes stay and an unset $NOPE or ${NOPE:-none} is shown as
written. A failed RUN's error quotes the command with %q (solver/llbsolver/ops/exec.go Exec).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/runs
  $ cd /home/learner/runs
  $ printf 'FROM busybox\nENV SUB=inner\nARG D=/opt\nRUN echo "$SUB in $D" > /a && echo '"'"'$SUB'"'"' >> /a && echo $NOPE ${NOPE:-none} >> /a\nRUN ["echo", "$SUB"]\n' > Dockerfile
  $ docker build --progress=plain -t runs .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 141B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/3] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/3] RUN echo "inner in /opt" > /a && echo '$SUB' >> /a && echo $NOPE ${NOPE:-none} >> /a
  #5 DONE 0.3s
  
  #6 [3/3] RUN ["echo", "inner"]
  #6 0.105 $SUB
  #6 DONE 0.3s
  
  #7 exporting to image
  #7 exporting layers done
  #7 writing image sha256:e344f76eef8c4434e02399a78eb8fe21e94165dc926b1178f1fecdb424dc9ce9 done
  #7 naming to docker.io/library/runs done
  #7 DONE 0.0s
  $ docker history --no-trunc --format '{{.CreatedBy}}' runs
  RUN |1 D=/opt echo $SUB # buildkit
  RUN |1 D=/opt /bin/sh -c echo "$SUB in $D" > /a && echo '$SUB' >> /a && echo $NOPE ${NOPE:-none} >> /a # buildkit
  ARG D=/opt
  ENV SUB=inner
  BusyBox 1.37.0 (glibc), Debian 13
  $ docker run --rm runs cat /a
  inner in /opt
  $SUB
  none
  $ printf 'FROM busybox\nARG CODE=3\nRUN exit "$CODE"\n' > Dockerfile
  $ docker build --progress=plain .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 41B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN exit "3"
  #5 ERROR: process "/bin/sh -c exit \"$CODE\"" did not complete successfully: exit code: 3
  ------
   > [2/2] RUN exit "3":
  ------
  Dockerfile:3
  --------------------
     1 |     FROM busybox
     2 |     ARG CODE=3
     3 | >>> RUN exit "$CODE"
     4 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c exit \"$CODE\"" did not complete successfully: exit code: 3
  [1]
