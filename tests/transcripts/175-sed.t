sed as the shells run it: GNU sed 4.9 on the learner's host and in ubuntu (sed/sed.c reads the
options, each -e compiled as it comes; sed/compile.c reads the script a character at a time and
names the place of an error, "-e expression #N, char P", exiting 1; sed/execute.c runs the cycle:
addresses and ranges, s with its flags and \U \L \u \l, the hold space, N at the last line printing
the pattern space, a missing last newline kept), node:14's Debian 10 having 4.7; and BusyBox 1.37's
own sed (editors/sed.c) in busybox and alpine: no first~step address, an unknown label found only
when the jump is taken, `l` read but doing nothing, libbb's short messages. -i writes a temporary
file beside the input and renames it over it (GNU closedown: a symbolic link operand becomes a
regular file, a suffix keeps a backup); a script that loops forever ends at the work budget.

  $ sed -n '/^COPY/p' Dockerfile
  COPY package.json .
  COPY . .
  $ sed -i.orig 's/^EXPOSE 80$/EXPOSE 3000/' Dockerfile
  $ grep -n EXPOSE Dockerfile Dockerfile.orig
  Dockerfile:11:EXPOSE 3000
  Dockerfile.orig:11:EXPOSE 80
  $ rm Dockerfile.orig
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker image inspect -f '{{json .Config.ExposedPorts}}' feedback-node
  {"3000/tcp":{}}
  $ sed -i 's/EXPOSE 3000/EXPOSE 80/' Dockerfile
  $ docker run -d --name feedback-app -p 3000:80 -v feedback:/app/feedback feedback-node
  [0-9a-f]{64} (re)
  $ docker exec feedback-app sed -n '1,3p' /app/server.js
  // The feedback app: a form whose entries are kept as text files, one per title.
  const fs = require('fs').promises;
  const exists = require('fs').exists;
  $ docker exec feedback-app sed -n '/listen(/,$p' server.js
  app.listen(80);
  $ docker exec feedback-app sed -n '$=' server.js
  40
  $ docker inspect feedback-app | sed -n 's/.*"Source": "\(.*\)".*/\1/p'
  /var/lib/docker/volumes/feedback/_data
  $ docker inspect feedback-app | sed -n '/"Mounts"/,/]/{/"Destination"/p}'
                  "Destination": "/app/feedback",
  $ printf 'one\ntwo\nthree\n' | sed -n '2{p;q}'
  two
  $ printf 'a b\n' | sed -E 's/(\w+) (\w+)/\2 \1/;s/.*/\U&/'
  B A
  $ printf '1\n2\n3\n4\n' | sed '$!N;s/\n/+/'
  1+2
  3+4
  $ printf 'x\n' | sed $'a\\\nafter'
  x
  after
  $ printf 'x' | sed '$a\'
  x
  $ sed 's/node/NODE' Dockerfile
  sed: -e expression #1, char 11: unterminated `s' command
  [1]
  $ sed -n '/EXPOSE/k' Dockerfile
  sed: -e expression #1, char 9: unknown command: `k'
  [1]
  $ sed -e '/FROM/{' -e 's/14/16/' Dockerfile
  sed: -e expression #1, char 0: unmatched `{'
  [1]
  $ sed b1 Dockerfile
  sed: can't find label for jump to `1'
  [4]
  $ sed -n 1p nofile Dockerfile
  sed: can't read nofile: No such file or directory
  FROM node:14
  [2]
  $ echo loop | sed ':a;ba'
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
  $ ln -s Dockerfile df
  $ sed -i 's/node:14/node:16/' df
  $ ls -l df | cut -c1-10
  -rw-r--r--
  $ head -1 Dockerfile df
  ==> Dockerfile <==
  FROM node:14
  
  ==> df <==
  FROM node:16
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'echo hello | sed s/l/L/2; printf "a\nb\n" | sed -n "\$!N;P"; echo x | sed -n l; echo end'
  helLo
  a
  end
  $ docker run --rm busybox sed 1~2d /etc/hostname
  sed: unsupported command ~
  [1]
  $ docker run --rm busybox sed 's/a/b'
  sed: unmatched '/'
  [1]
  $ docker run --rm busybox sh -c 'echo a | sed -n bnowhere; echo a | sed "/a/bnowhere"'
  sed: can't find label for jump to 'nowhere'
  sed: can't find label for jump to 'nowhere'
  [1]
  $ docker run --rm busybox sh -c 'cd /tmp && echo a > f && sed -i.bak s/a/A/ f && cat f f.bak'
  A
  a
