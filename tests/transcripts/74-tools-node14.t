Issue 17 point 26, node:14 (Debian buster: GNU coreutils, findutils, grep and procps): the
tools a learner reaches for answer as they do in a real container; a program the image has and
layerlab does not model says so (exit 126), one it lacks is not found.

  $ docker build -t feedback-node .
  ...
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker exec feedback-app printenv NODE_VERSION
  14.21.3
  $ docker exec feedback-app printenv NOPE
  [1]
  $ docker exec feedback-app whoami
  root
  $ docker exec feedback-app id
  uid=0(root) gid=0(root) groups=0(root)
  $ docker exec feedback-app sh -c 'echo $(hostname) $HOSTNAME'
  ([0-9a-f]{12}) \1 (re)
  $ docker exec feedback-app ps
    PID TTY          TIME CMD
      1 ?        00:00:00 node
      7 ?        00:00:00 ps
  $ docker exec feedback-app ps -ef
  UID        PID  PPID  C STIME TTY          TIME CMD
  root         1     0  0 09:00 ?        00:00:00 node server.js
  root         7     0  0 09:00 ?        00:00:00 ps -ef
  $ docker exec feedback-app wc -l server.js
  40 server.js
  $ docker exec feedback-app wc server.js package.json
    40  123 1167 server.js
    12   29  269 package.json
    52  152 1436 total
  $ docker exec feedback-app sh -c 'cat server.js | wc -l'
  40
  $ docker exec feedback-app head -n 2 server.js
  // The feedback app: a form whose entries are kept as text files, one per title.
  const fs = require('fs').promises;
  $ docker exec feedback-app tail -1 server.js
  app.listen(80);
  $ docker exec feedback-app grep -n listen server.js
  40:app.listen(80);
  $ docker exec feedback-app grep -c require server.js
  5
  $ docker exec feedback-app grep nothing-here server.js
  [1]
  $ docker exec feedback-app grep x /nope
  grep: /nope: No such file or directory
  [2]
  $ docker exec feedback-app find /app -name '*.html'
  /app/pages/exists.html
  /app/pages/feedback.html
  $ docker exec feedback-app find /nope
  find: '/nope': No such file or directory
  [1]
  $ docker exec feedback-app sh -c 'grep -o require server.js | sort | uniq -c'
        5 require
  $ docker exec feedback-app du -sh /app/pages
  12K	/app/pages
  $ docker exec feedback-app df -h
  Filesystem      Size  Used Avail Use% Mounted on
  overlay          59G   14G   45G  24% /
  tmpfs            64M     0   64M   0% /dev
  shm              64M     0   64M   0% /dev/shm
  /dev/sda1        59G   14G   45G  24% /etc/hosts
  tmpfs           7.8G     0  7.8G   0% /proc/acpi
  tmpfs           7.8G     0  7.8G   0% /proc/scsi
  tmpfs           7.8G     0  7.8G   0% /sys/firmware
  $ docker exec feedback-app stat -c '%n %s %a %U' /app/package.json
  /app/package.json 269 644 root
  $ docker exec feedback-app which node npm sh
  /usr/local/bin/node
  /usr/local/bin/npm
  /bin/sh
  $ docker exec feedback-app which nope
  [1]
  $ docker exec feedback-app git status
  layerlab: git is not simulated
  [126]
  $ docker exec feedback-app frobnicate
  OCI runtime exec failed: exec failed: unable to start container process: exec: "frobnicate": executable file not found in $PATH: unknown
  [127]
  $ docker exec feedback-app sh -c 'frobnicate'
  sh: 1: frobnicate: not found
  [127]
  $ docker exec feedback-app sh -c 'test -f server.js && echo yes'
  yes
  $ docker exec feedback-app ssh-keygen
  layerlab: ssh-keygen is not simulated
  [126]
