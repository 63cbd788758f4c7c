HEALTHCHECK in a Dockerfile, read as the frontend vendored in moby v28.5.2 reads it
(vendor/github.com/moby/buildkit/frontend/dockerfile/instructions/parse.go parseHealthcheck,
parseOptInterval; bflag.go BFlags.Parse): NONE takes no argument and reads no flag; CMD's flags are
five strings (an unknown one with the closest name, one given twice, one without a value), each
interval Go's time.ParseDuration, at least 1ms unless 0, --retries strconv.ParseInt and not
negative. The shell form is CMD-SHELL. dockerfile2llb/convert.go dispatchHealthcheck sets the
image's Healthcheck (docker-image-spec HealthcheckConfig, each field omitempty) and its history
line is fmt's %q of that struct: each Duration by its String, the Retries int as a rune literal;
validateUsedOnce warns of a second one in a stage.
`docker commit --change` reads it with the same parser (moby builder/dockerfile BuildFromConfig:
instructions.ParseCommand, its error the daemon's) and sets the same config.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ mkdir /home/learner/healthcheck
  $ cd /home/learner/healthcheck
  $ printf 'FROM busybox\nHEALTHCHECK --interval=5m --timeout=3s --retries=3 CMD wget -q -O- http://localhost/ || exit 1\n' > Dockerfile
  $ docker build -q -t hc . > /dev/null
  $ docker inspect --format '{{json .Config.Healthcheck}}' hc
  {"Test":["CMD-SHELL","wget -q -O- http://localhost/ || exit 1"],"Interval":300000000000,"Timeout":3000000000,"Retries":3}
  $ docker history --no-trunc --format '{{.CreatedBy}}' hc | head -1
  HEALTHCHECK &{["CMD-SHELL" "wget -q -O- http://localhost/ || exit 1"] "5m0s" "3s" "0s" "0s" '\x03'}
  $ printf 'FROM busybox\nHEALTHCHECK --start-period=1m30s CMD ["true"]\nHEALTHCHECK --interval=1s NONE\n' > Dockerfile
  $ docker build -t hc2 .
  [+] Building 0.7s (5/5) FINISHED                                 docker:default
   => [internal] load build definition from Dockerfile                       0.0s
   => => transferring dockerfile: 90B                                        0.0s
   => WARN: MultipleInstructionsDisallowed: Multiple HEALTHCHECK instructio  0.0s
   => [internal] load metadata for docker.io/library/busybox:latest          0.5s
   => [internal] load .dockerignore                                          0.0s
   => => transferring context: 2B                                            0.0s
   => [1/1] FROM docker.io/library/busybox:latest@sha256:9304a64ea9aea85c26  0.0s
   => exporting to image                                                     0.0s
   => => exporting layers                                                    0.0s
   => => writing image sha256:[0-9a-f]+  0\.0s (re)
   => => naming to docker.io/library/hc2                                     0.0s
  
   1 warning found (use docker --debug to expand):
   - MultipleInstructionsDisallowed: Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used (line 2)
  $ docker inspect --format '{{json .Config.Healthcheck}}' hc2
  {"Test":["NONE"]}
  $ docker history --no-trunc --format '{{.CreatedBy}}' hc2 | head -2
  HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" '\x00'}
  HEALTHCHECK &{["CMD" "true"] "0s" "0s" "1m30s" "0s" '\x00'}
  $ printf 'FROM busybox\nHEALTHCHECK --interval=5 CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --interval=5 CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: time: missing unit in duration "5"
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK --timeout=10us CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --timeout=10us CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: Interval "timeout" cannot be less than 1ms
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK --retries=-1 CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --retries=-1 CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: --retries cannot be negative (-1)
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK --retries=x CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --retries=x CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: strconv.ParseInt: parsing "x": invalid syntax
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK --intervl=1s CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --intervl=1s CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown flag: --intervl (did you mean interval?)
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK --interval=1s --interval=2s CMD true\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK --interval=1s --interval=2s CMD true
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: duplicate flag specified: --interval
  [1]
  $ printf 'FROM busybox\nHEALTHCHECK CMD\n' > Dockerfile
  $ docker build -q .
  Dockerfile:2
  --------------------
     1 |     FROM busybox
     2 | >>> HEALTHCHECK CMD
     3 |
  --------------------
  ERROR: failed to build: failed to solve: dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD
  [1]
  $ docker create --name base busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker commit --change 'HEALTHCHECK --interval=2s CMD true' base hccommit
  sha256:[0-9a-f]{64} (re)
  $ docker inspect --format '{{json .Config.Healthcheck}}' hccommit
  {"Test":["CMD-SHELL","true"],"Interval":2000000000}
  $ docker commit --change 'HEALTHCHECK --interval=2 CMD true' base hccommit2
  Error response from daemon: time: missing unit in duration "2"
  [1]
