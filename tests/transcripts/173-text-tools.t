The text and path programs learners put in pipelines around docker, as the real ones behave on the
learner's Ubuntu 24.04 (GNU coreutils 9.4: src/cut.c with src/set-fields.c, src/tr.c,
src/basename.c, src/dirname.c, src/readlink.c, src/realpath.c with gnulib's canonicalize.c,
src/digest.c, src/basenc.c, src/tac.c, src/expr.c; findutils 4.9.0 xargs/xargs.c; util-linux 2.39
text-utils/rev.c) and in the busybox and alpine images (BusyBox 1.37 coreutils/cut.c, tr.c,
basename.c, dirname.c, readlink.c, realpath.c, md5_sha1_sum.c, uudecode.c, tac.c, expr.c,
util-linux/rev.c, findutils/xargs.c). node:14's coreutils 8.30 says the same as 9.4 here.

cut -c counts bytes and keeps the line's newline; its usage errors end with the "Try" line and exit
1. A digest is of the file's bytes, so a file in a volume hashes the same from the host (root's
/var/lib/docker) and from any container. sha256sum -c names each file OK or FAILED and warns how
many did not match. base64 -d writes what it decoded before "invalid input" (GNU) or "truncated
input" (BusyBox, which skips characters outside the alphabet). expr exits 1 when its value is 0 or
empty and 2 on a syntax error; BusyBox says only "syntax error". GNU xargs runs its command once
even with no input, unless -r (so `xargs docker rm -f` on an empty list fails: 123); BusyBox's
does too (xargs_main sets OPT_NO_EMPTY after its first turn). A quote may not span a line in GNU
xargs. BusyBox cut ends an empty line before it looks at -s, so the empty line stays. Inside an
image, readlink sees the image's links (/bin/sh -> dash in node:14, /bin -> usr/bin in ubuntu).

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name web busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker run -d --name worker busybox sleep 1000
  [0-9a-f]{64} (re)
  $ test "$(docker inspect -f '{{.Id}}' web | cut -c1-12)" = "$(docker ps -q --filter name=web)" && echo same
  same
  $ docker ps --format '{{.Names}}\t{{.Image}}' | cut -f1 | sort
  web
  worker
  $ docker ps -a --format '{{.Names}}' | sort | tr '\n' ,; echo
  web,worker,
  $ docker ps -a --format '{{.Names}}' | sort | xargs docker rm -f
  web
  worker
  $ docker ps -a --format '{{.Names}}' | xargs docker rm -f
  docker: 'docker rm' requires at least 1 argument
  
  Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]
  
  See 'docker rm --help' for more information
  [123]
  $ docker ps -a --format '{{.Names}}' | xargs -r docker rm -f
  $ docker volume create notes
  notes
  $ docker run --rm -v notes:/data busybox sh -c 'echo "first note" > /data/a.txt'
  $ sudo sha256sum /var/lib/docker/volumes/notes/_data/a.txt
  ef1821c825895cdf32f4128aa95fe5df7e090be27a1e396e81fea343241c71eb  /var/lib/docker/volumes/notes/_data/a.txt
  $ docker run --rm -v notes:/data busybox sha256sum /data/a.txt
  ef1821c825895cdf32f4128aa95fe5df7e090be27a1e396e81fea343241c71eb  /data/a.txt
  $ docker run --rm -v notes:/data node:14 md5sum /data/a.txt
  7834b285af55ae0d94babb84827ff90e  /data/a.txt
  $ sudo md5sum /var/lib/docker/volumes/notes/_data/a.txt | cut -d' ' -f1
  7834b285af55ae0d94babb84827ff90e
  $ sha256sum Dockerfile package.json > SUMS
  $ sha256sum -c SUMS
  Dockerfile: OK
  package.json: OK
  $ sed -i 's/80/8080/' Dockerfile
  $ sha256sum -c SUMS
  Dockerfile: FAILED
  package.json: OK
  sha256sum: WARNING: 1 computed checksum did NOT match
  [1]
  $ md5sum nofile
  md5sum: nofile: No such file or directory
  [1]
  $ docker run --rm busybox md5sum nofile
  md5sum: can't open 'nofile': No such file or directory
  [1]
  $ echo 'Hello, layers' | base64
  SGVsbG8sIGxheWVycwo=
  $ echo SGVsbG8sIGxheWVycwo= | base64 -d
  Hello, layers
  $ echo 'SGVsbG8s!' | base64 -d
  Hello,base64: invalid input
  [1]
  $ docker run --rm busybox sh -c 'echo SGVs!bG8s | base64 -d; echo; printf SGk | base64 -d'
  Hello,
  base64: truncated input
  [1]
  $ echo feedback-app | tr a-z A-Z
  FEEDBACK-APP
  $ echo 'a  b   c' | tr -s ' ' | tr ' ' ,
  a,b,c
  $ echo 'Title: Hello 2' | tr -cd '[:alnum:]\n'
  TitleHello2
  $ tr -d a b
  tr: extra operand ‘b’
  Only one string may be given when deleting without squeezing repeats.
  Try 'tr --help' for more information.
  [1]
  $ docker run --rm busybox tr -d a b c
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: tr [-cds] STRING1 [STRING2]
  
  Translate, squeeze, or delete characters from stdin, writing to stdout
  
  	-c	Take complement of STRING1
  	-d	Delete input characters coded STRING1
  	-s	Squeeze multiple output characters of STRING2 into one character
  [1]
  $ echo 'a:b:c' | cut -d: -f2- --output-delimiter=' '
  b c
  $ cut -f1 -d, nofile
  cut: nofile: No such file or directory
  [1]
  $ cut -c
  cut: option requires an argument -- 'c'
  Try 'cut --help' for more information.
  [1]
  $ cut -d ab -f1 Dockerfile
  cut: the delimiter must be a single character
  Try 'cut --help' for more information.
  [1]
  $ echo abc | cut -c3-1
  cut: invalid decreasing range
  Try 'cut --help' for more information.
  [1]
  $ docker run --rm busybox sh -c 'echo abc | cut -c3-1'
  cut: 1<2
  [1]
  $ docker run --rm busybox sh -c 'printf "a:b\n\nc\n" | cut -d: -f2 -s'
  b
  
  $ printf 'a:b\n\nc\n' | cut -d: -f2 -s
  b
  $ basename /home/learner/feedback-app/server.js .js
  server
  $ dirname /home/learner/feedback-app/server.js
  /home/learner/feedback-app
  $ basename
  basename: missing operand
  Try 'basename --help' for more information.
  [1]
  $ readlink -f ../feedback-app/./pages/../server.js
  /home/learner/feedback-app/server.js
  $ ln -s server.js app.js && readlink app.js && readlink server.js
  server.js
  [1]
  $ realpath app.js nofile nofile/x
  /home/learner/feedback-app/server.js
  /home/learner/feedback-app/nofile
  realpath: nofile/x: No such file or directory
  [1]
  $ docker run --rm node:14 readlink /bin/sh
  dash
  $ docker run --rm -q ubuntu readlink -f /bin/ls
  /usr/bin/ls
  $ docker run --rm busybox realpath missing /tmp/missing
  realpath: missing: No such file or directory
  /tmp/missing
  [1]
  $ expr 3 + 4
  7
  $ expr 10 / 3 \* 3
  9
  $ expr "$(docker ps -aq | wc -l)" = 0
  1
  $ expr 1 / 0
  expr: division by zero
  [2]
  $ expr 1 +
  expr: syntax error: missing argument after ‘+’
  [2]
  $ expr feedback-app : 'feed\(.*\)'
  back-app
  $ expr length "$(docker inspect -f '{{.Id}}' node:14)"
  71
  $ docker run --rm busybox expr 1 +
  expr: syntax error
  [2]
  $ printf 'c\nb\na' | tac
  ab
  c
  $ echo stressed | rev
  desserts
  $ printf '' | xargs echo ran
  ran
  $ docker run --rm busybox sh -c 'printf "" | xargs echo ran; printf "" | xargs -r echo not'
  ran
  $ echo "it's" | xargs echo
  xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option
  [1]
  $ docker run --rm busybox sh -c "printf \"it's\\nfine'\\n\" | xargs echo"
  its
  fine
  $ printf 'a b c d e\n' | xargs -n 2 -t echo
  echo a b
  a b
  echo c d
  c d
  echo e
  e
  $ ls pages | xargs -I {} echo page: {}
  page: exists.html
  page: feedback.html
  $ echo server.js | xargs nosuchprogram
  xargs: nosuchprogram: No such file or directory
  [127]
  $ echo x | xargs cd
  xargs: cd: No such file or directory
  [127]
  $ echo x | xargs ./pages
  xargs: ./pages: Permission denied
  [126]
  $ docker run --rm node:14 sh -c "echo x | xargs sh -c 'exit 255'"
  xargs: sh: exited with status 255; aborting
  [124]
