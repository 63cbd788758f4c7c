CMD, ENTRYPOINT and MAINTAINER are not expanded by the Dockerfile frontend: their commands have no
Expand (moby v28.5.2 vendored buildkit frontend/dockerfile/instructions/commands.go), so a shell
form CMD keeps its $GREETING for the container's shell, which reads the container's environment
(the image's ENV, or -e), and MAINTAINER's author is the text as written (convert.go
dispatchMaintainer). The history line is the list as fmt's %q prints it. A shell form CMD or
ENTRYPOINT in a stage with no SHELL is a JSONArgsRecommended warning, and a second CMD makes
MultipleInstructionsDisallowed point at the first, which is ignored (convert.go dispatchCmd,
validateUsedOnce); MAINTAINER is MaintainerDeprecated as the parser reaches it, before what
dispatch warns about (instructions/parse.go ParseInstructionWithLinter). `ENTRYPOINT []` is no
entrypoint at all (parseEntrypoint: empty as nil).
SHELL sets the shell of the shell forms after it (convert.go withShell: RUN's, CMD's), and with it
no JSONArgsRecommended; its history line is the list as Go prints a slice. ONBUILD keeps its
trigger as written in the image's OnBuild and makes no history entry (dispatchOnbuild).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/cmds
  $ cd /home/learner/cmds
  $ printf 'FROM busybox\nENV GREETING=hello\nMAINTAINER $GREETING\nCMD echo first\nCMD echo "$GREETING from the container"\nENTRYPOINT []\n' > Dockerfile
  $ docker build --progress=plain -t cmds .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 122B done
  #1 WARN: MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)
  #1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)
  #1 WARN: MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 4)
  #1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 exporting to image
  #5 exporting layers done
  #5 writing image sha256:[0-9a-f]{64} done (re)
  #5 naming to docker.io/library/cmds done
  #5 DONE 0.0s
  
   4 warnings found (use docker --debug to expand):
   - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)
   - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)
   - MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 4)
   - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)
  $ docker history --no-trunc --format '{{.CreatedBy}}' cmds
  ENTRYPOINT []
  CMD ["/bin/sh" "-c" "echo \"$GREETING from the container\""]
  CMD ["/bin/sh" "-c" "echo first"]
  MAINTAINER $GREETING
  ENV GREETING=hello
  BusyBox 1.37.0 (glibc), Debian 13
  $ docker inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}} {{.Author}}' cmds
  ["/bin/sh","-c","echo \"$GREETING from the container\""] null $GREETING
  $ docker run --rm cmds
  hello from the container
  $ docker run --rm -e GREETING=bye cmds
  bye from the container
  $ printf 'FROM busybox\nSHELL ["/bin/sh", "-ec"]\nRUN echo from the SHELL\nCMD echo $HOME\nONBUILD RUN echo triggered\n' > Dockerfile
  $ docker build --progress=plain -t shelled .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 104B done
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/2] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/2] RUN echo from the SHELL
  #5 0.105 from the SHELL
  #5 DONE 0.3s
  
  #6 exporting to image
  #6 exporting layers done
  #6 writing image sha256:[0-9a-f]{64} done (re)
  #6 naming to docker.io/library/shelled done
  #6 DONE 0.0s
  $ docker history --no-trunc --format '{{.CreatedBy}}' shelled
  CMD ["/bin/sh" "-ec" "echo $HOME"]
  RUN /bin/sh -ec echo from the SHELL # buildkit
  SHELL [/bin/sh -ec]
  BusyBox 1.37.0 (glibc), Debian 13
  $ docker inspect -f '{{json .Config.Shell}} {{json .Config.Cmd}} {{json .Config.OnBuild}}' shelled
  ["/bin/sh","-ec"] ["/bin/sh","-ec","echo $HOME"] ["RUN echo triggered"]
