A bind mount of the host's root (-v /:/h) shows the host's files under /h at their own paths: the
daemon binds "/" as it binds any folder (volume/mounts/mounts.go, a bind's source is any absolute
path). layerlab looked them up at "//home/...", so ls /h/home/learner found nothing and find /h
stopped at /h.

  $ docker run --rm -q -v /:/h busybox ls /h/home/learner
  feedback-app
  $ docker run --rm -q -v /:/h busybox find /h -maxdepth 1 -name 'ho*'
  /h/home
  $ docker run --rm -q -v /:/h busybox sh -c 'echo hi > /h/tmp/x.txt'
  $ cat /tmp/x.txt
  hi
  $ docker run --rm -q -v /:/h:ro busybox touch /h/tmp/y
  touch: /h/tmp/y: Read-only file system
  [1]
