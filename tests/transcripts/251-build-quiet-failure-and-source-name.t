A failed `docker build`, as buildx v0.29.1 (the builder Docker 28.5 runs) prints it. With -q the
display is BuildKit's discardDisplay (commands/build.go toDisplayMode returns QuietMode;
vendor/github.com/moby/buildkit/util/progress/progressui/display.go), so neither the progress
frame nor the step's error logs ("------ > [2/2] RUN ...: ------", printErrorLogs) appear: only
what cmd/buildx/main.go prints, the error's source and "ERROR: ...". That source is headed by the
Dockerfile's name as buildx sends it (build/opt.go loadInputs: filepath.Base of -f), the name
BuildKit's source map carries (frontend/dockerui/config.go llb.NewSourceMap(src, bctx.filename)).
FOO is two edits from FROM, under util/suggest Search's 3, so the error suggests it.

  $ printf 'FROM node:14\nRUN false\n' > Dockerfile.fail
  $ docker build -q -f Dockerfile.fail .
  Dockerfile.fail:2
  --------------------
     1 |     FROM node:14
     2 | >>> RUN false
     3 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1
  [1]
  $ docker build -f Dockerfile.fail .
  [+] Building 0.8s (4/7)                                          docker:default
   => [internal] load build definition from Dockerfile.fail                  0.0s
  ...
   => ERROR [2/2] RUN false                                                  0.3s
  ------
   > [2/2] RUN false:
  ------
  Dockerfile.fail:2
  --------------------
     1 |     FROM node:14
     2 | >>> RUN false
     3 |
  --------------------
  ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1
  [1]
  $ mkdir sub
  $ printf 'FROM node:14\nCOPY nothere.txt .\n' > sub/copy.df
  $ docker build -q -f sub/copy.df .
  copy.df:2
  --------------------
     1 |     FROM node:14
     2 | >>> COPY nothere.txt .
     3 |
  --------------------
  ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref \S+: "/nothere.txt": not found (re)
  [1]
  $ printf 'FROM node:14\nFOO bar\n' > Dockerfile.bad
  $ docker build -q -f Dockerfile.bad .
  Dockerfile.bad:2
  --------------------
     1 |     FROM node:14
     2 | >>> FOO bar
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)
  [1]
  $ docker build -q -t ok .
  sha256:[0-9a-f]{64} (re)
  $ docker build -q -f - . < Dockerfile.fail
  Dockerfile:2
  ...
  [1]
