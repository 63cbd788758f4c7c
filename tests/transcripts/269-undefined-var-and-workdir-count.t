UndefinedVar: as BuildKit expands an instruction's words (moby v28.5.2 vendored buildkit
frontend/dockerfile/dockerfile2llb/convert.go dispatch: Expand; dispatchArg for an ARG's default),
each name the lexer looked up and did not find (shell/lex.go getEnv's nonmatches) that no ARG of
the stage declares is a lint warning (reportUnmatchedVariables; ruleset.go RuleUndefinedVar), with
"did you mean" the closest name set within 2 edits (util/suggest Search). A global ARG the stage
does not declare is undefined in it; an ARG declared without a value is not; a RUN is never
expanded by the frontend, so $RUNVAR gives none. They come before the instruction's own
LegacyKeyValueFormat and SecretsUsedInArgOrEnv (dispatchEnv runs after Expand), in the order of
the words (Go's map order within one word, sorted here). The step count: toDispatchState counts
every WORKDIR in cmdTotal, a `WORKDIR /` (or one that expands to /) too, though dispatchWorkdir
makes no step for it, so the build's steps end at [3/5].

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir -p /home/learner/uv/src
  $ cd /home/learner/uv
  $ touch src/a
  $ printf 'ARG GLOBAL=g\nFROM busybox\nENV APP_HOME=/app LEVEL=1\nWORKDIR /\nWORKDIR $APP_HOM/${GLOBAL}\nENV A=$NOPE B=${LEVL:-x}\nENV KEY value$Q\nARG OK\nARG D=$MISSING\nCOPY src ${OK}/$DEST/\nRUN echo $RUNVAR\n' > Dockerfile
  $ cat Dockerfile
  ARG GLOBAL=g
  FROM busybox
  ENV APP_HOME=/app LEVEL=1
  WORKDIR /
  WORKDIR $APP_HOM/${GLOBAL}
  ENV A=$NOPE B=${LEVL:-x}
  ENV KEY value$Q
  ARG OK
  ARG D=$MISSING
  COPY src ${OK}/$DEST/
  RUN echo $RUNVAR
  $ docker build --progress=plain -t uv .
  #0 building with "default" instance using docker driver
  
  #1 [internal] load build definition from Dockerfile
  #1 transferring dockerfile: 191B done
  #1 WARN: UndefinedVar: Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?) (line 5)
  #1 WARN: UndefinedVar: Usage of undefined variable '$GLOBAL' (line 5)
  #1 WARN: UndefinedVar: Usage of undefined variable '$NOPE' (line 6)
  #1 WARN: UndefinedVar: Usage of undefined variable '$LEVL' (did you mean $LEVEL?) (line 6)
  #1 WARN: UndefinedVar: Usage of undefined variable '$Q' (did you mean $A?) (line 7)
  #1 WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 7)
  #1 WARN: SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "KEY") (line 7)
  #1 WARN: UndefinedVar: Usage of undefined variable '$MISSING' (line 9)
  #1 WARN: UndefinedVar: Usage of undefined variable '$DEST' (line 10)
  #1 DONE 0.0s
  
  #2 [internal] load metadata for docker.io/library/busybox:latest
  #2 DONE 0.5s
  
  #3 [internal] load .dockerignore
  #3 transferring context: 2B done
  #3 DONE 0.0s
  
  #4 [1/5] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  #4 DONE 0.0s
  
  #5 [internal] load build context
  #5 transferring context: 191B done
  #5 DONE 0.0s
  
  #6 [2/5] COPY src //
  #6 DONE 0.1s
  
  #7 [3/5] RUN echo $RUNVAR
  #7 0.105 
  #7 DONE 0.3s
  
  #8 exporting to image
  #8 exporting layers done
  #8 writing image sha256:64757a940f245eadd5c70fcc2e2511d037ec170cf0b53e5534fb06208e46e9c2 done
  #8 naming to docker.io/library/uv done
  #8 DONE 0.0s
  
   9 warnings found (use docker --debug to expand):
   - UndefinedVar: Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?) (line 5)
   - UndefinedVar: Usage of undefined variable '$GLOBAL' (line 5)
   - UndefinedVar: Usage of undefined variable '$NOPE' (line 6)
   - UndefinedVar: Usage of undefined variable '$LEVL' (did you mean $LEVEL?) (line 6)
   - UndefinedVar: Usage of undefined variable '$Q' (did you mean $A?) (line 7)
   - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 7)
   - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "KEY") (line 7)
   - UndefinedVar: Usage of undefined variable '$MISSING' (line 9)
   - UndefinedVar: Usage of undefined variable '$DEST' (line 10)
  $ docker build -q -t uv .
  sha256:64757a940f245eadd5c70fcc2e2511d037ec170cf0b53e5534fb06208e46e9c2
  $ docker inspect -f '{{.Config.WorkingDir}} {{json .Config.Env}}' uv
  / ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","APP_HOME=/app","LEVEL=1","A=","B=x","KEY=value"]
