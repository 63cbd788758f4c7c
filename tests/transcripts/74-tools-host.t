Issue 17 point 26 on the learner's host (Ubuntu, bash): GNU tools answer there too; a
program an Ubuntu host has that layerlab does not model is 'not simulated' (126), others are
bash's 'command not found' (127).

  $ head -n 3 package.json
  {
    "name": "feedback-app",
    "version": "1.0.0",
  $ tail -n 1 server.js
  app.listen(80);
  $ wc -l server.js
  40 server.js
  $ grep -n listen server.js
  40:app.listen(80);
  $ grep -rl require .
  ./server.js
  $ grep -rl require
  server.js
  $ find . -name '*.html'
  ./pages/exists.html
  ./pages/feedback.html
  $ du -sh pages
  12K	pages
  $ whoami
  learner
  $ id
  uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),24(cdrom),27(sudo),30(dip),46(plugdev),100(users),984(docker)
  $ hostname
  layerlab
  $ which docker curl
  /usr/bin/docker
  /usr/bin/curl
  $ ps
      PID TTY          TIME CMD
     2419 pts/0    00:00:00 bash
     2731 pts/0    00:00:00 ps
  $ env | grep ^HOME=
  HOME=/home/learner
  $ printenv USER
  learner
  $ sort package.json | head -2
      "body-parser": "^1.19.0",
      "express": "^4.17.1"
  $ vim server.js
  layerlab: vim is not simulated
  [126]
  $ nosuchtool
  bash: nosuchtool: command not found
  [127]
