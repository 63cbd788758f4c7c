`docker build` errors that come before any step runs, as buildx v0.29.1 prints them. The progress
display is up before buildx checks -t's names (build/opt.go toSolveOpt, with distribution's
reference.Parse: "repository name must be lowercase", "... at least one component") and then the
context (loadInputs: "unable to prepare context"), so the tty display still draws its header when
it is done, "(0/0)" with no step (vendor/github.com/moby/buildkit/util/progress/progressui
display.go consoleDisplay.done); the plain one prints nothing without a step, the quiet one never
anything. A missing Dockerfile is the frontend's error: the step that loads it ran, FINISHED,
having sent fsutil's 2 bytes.

  $ docker build -t Feedback-Node .
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: invalid tag "Feedback-Node": repository name must be lowercase
  [1]
  $ docker build -t '' .
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: invalid tag "": repository name must have at least one component
  [1]
  $ docker build -t feedback:-1 no-such-folder
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: invalid tag "feedback:-1": invalid reference format
  [1]
  $ docker build -t feedback no-such-folder
  [+] Building 0.0s (0/0)                                          docker:default
  ERROR: failed to build: unable to prepare context: path "no-such-folder" not found
  [1]
  $ docker build -q -t feedback no-such-folder
  ERROR: failed to build: unable to prepare context: path "no-such-folder" not found
  [1]
  $ docker build --progress=plain -t feedback no-such-folder
  ERROR: failed to build: unable to prepare context: path "no-such-folder" not found
  [1]
  $ docker build -f Dockerfile.prod .
  [+] Building 0.0s (1/1) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile.prod                  0.0s
   => => transferring dockerfile: 2B                                         0.0s
  ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.prod: no such file or directory
  [1]
  $ docker build --progress=plain -f Dockerfile.prod .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile.prod
  #1 transferring dockerfile: 2B done
  #1 DONE 0.0s
  ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.prod: no such file or directory
  [1]
  $ docker build -q -f Dockerfile.prod .
  ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.prod: no such file or directory
  [1]
