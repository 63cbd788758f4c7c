Lint warnings of how a Dockerfile is written (moby v28.5.2 vendored buildkit
frontend/dockerfile/dockerfile2llb/convert.go). validateCommandCasing, after the parser's and the
stage names' warnings: the casing most instructions of the stages are written in (the ARGs before
the first FROM are not counted; a tie is upper case), and ConsistentInstructionCasing for each one
written otherwise, `Run` included. The warnings name an instruction as the line spells it
(the parser's node.Value, c.Name()): "Multiple cmd instructions", "JSON arguments recommended for
cmd", "env key=value". dispatchWorkdir: a stage's first WORKDIR, once expanded, if relative, is
WorkdirRelativePath (`$HOME/app` is /app, the build having no HOME: absolute, and an UndefinedVar;
a relative one after it is fine).
A step is named by its line as written (processCmdEnv over c.String()): `[3/4] workdir sub`.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/casing
  $ cd /home/learner/casing
  $ printf 'from busybox\nWORKDIR app\nworkdir sub\nRun pwd\ncmd echo first\nenv GREETING hello\ncmd ["sh"]\n' > Dockerfile
  $ docker build --progress=plain -t casing .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 90B done
  #1 WARN: ConsistentInstructionCasing: Command 'WORKDIR' should match the case of the command majority (lowercase) (line 2)
  #1 WARN: ConsistentInstructionCasing: Command 'Run' should match the case of the command majority (lowercase) (line 4)
  #1 WARN: WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 2)
  #1 WARN: JSONArgsRecommended: JSON arguments recommended for cmd to prevent unintended behavior related to OS signals (line 5)
  #1 WARN: LegacyKeyValueFormat: "env key=value" should be used instead of legacy "env key value" format (line 6)
  #1 WARN: MultipleInstructionsDisallowed: Multiple cmd instructions should not be used in the same stage because only the last one will be used (line 5)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/4] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [2/4] WORKDIR app
  #5 DONE 0.1s
  
  #6 [3/4] workdir sub
  #6 DONE 0.1s
  
  #7 [4/4] Run pwd
  #7 0.105 /app/sub
  #7 DONE 0.3s
  
  #8 exporting to image
  #8 exporting layers done
  #8 writing image sha256:[0-9a-f]{64} done (re)
  #8 naming to docker.io/library/casing done
  #8 DONE 0.0s
  
   6 warnings found (use docker --debug to expand):
   - ConsistentInstructionCasing: Command 'WORKDIR' should match the case of the command majority (lowercase) (line 2)
   - ConsistentInstructionCasing: Command 'Run' should match the case of the command majority (lowercase) (line 4)
   - WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 2)
   - JSONArgsRecommended: JSON arguments recommended for cmd to prevent unintended behavior related to OS signals (line 5)
   - LegacyKeyValueFormat: "env key=value" should be used instead of legacy "env key value" format (line 6)
   - MultipleInstructionsDisallowed: Multiple cmd instructions should not be used in the same stage because only the last one will be used (line 5)
  $ printf 'FROM busybox\nWORKDIR $HOME/app\nWORKDIR sub\n' > Dockerfile
  $ docker build -t absolute .
  [+] Building 0.9s (7/7) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 43B                                        0.0s
   => WARN: UndefinedVar: Usage of undefined variable '$HOME' (line 2)       0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/3] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => [2/3] WORKDIR /app                                                     0.1s
   => [3/3] WORKDIR sub                                                      0.1s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+ +0.0s (re)
   => => naming to docker.io/library/absolute                                0.0s
  
   1 warning found (use docker --debug to expand):
   - UndefinedVar: Usage of undefined variable '$HOME' (line 2)
