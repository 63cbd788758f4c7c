Pathname expansion (bash manual, "Pathname Expansion"; POSIX 2.13.3): an unquoted * ? or [...]
in a word, typed or from an unquoted expansion, becomes the sorted names it matches, and stays
as written when none does; a name starting with '.' needs a literal '.', and a pattern ending in
/ matches directories. The host's shell expands a word against the host's files before docker
sees it, so `ls /p/*` for a container finds nothing to expand on the host and the container's
ls gets the pattern itself.

  $ echo *.json
  package.json
  $ echo p*
  package.json pages public
  $ echo '*'.json "p*"
  *.json p*
  $ echo nomatch*
  nomatch*
  $ ls -d */
  feedback/
  pages/
  public/
  temp/
  $ echo ./pa?es/[ef]*
  ./pages/exists.html ./pages/feedback.html
  $ echo [^p]*
  Dockerfile feedback server.js temp
  $ x="*.js"; echo $x "$x"
  server.js *.js
  $ mkdir -p d/.h; touch d/a d/b; echo d/*
  d/a d/b
  $ docker pull busybox
  ...
  $ docker run --rm -v $PWD/pages:/p busybox sh -c 'ls /p/*.html; echo /p/[!e]*'
  /p/exists.html
  /p/feedback.html
  /p/feedback.html
  $ docker run --rm -v $PWD/pages:/p busybox ls /p/*
  ls: /p/*: No such file or directory
  [1]
