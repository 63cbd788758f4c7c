diff, as each image's has it (app/engine/tools/diffcmd.py, diffbusybox.py, diffseq.py): GNU
diffutils on the host and in node:14 (the normal format, -u with each file's time on the simulated
clock, -c in a container's C locale with POSIX's date, -q, -r, "Only in", "No such file", exit 0, 1
or 2), BusyBox's in alpine (unified only, no times in its header, "can't stat"). `diff -r feedback
<(true)` compares the folder's file named as the pipe's last part, as GNU does with a file and a
folder. The hunks fall where the real programs put them (tests/test_diff.py checks them against this
machine's diff 3.8 and BusyBox 1.35). diff was "not simulated".

  $ cp server.js server.js.orig
  $ sed -i 's/fs.rename(/fs.copyFile(/' server.js
  $ diff server.js.orig server.js
  35c35
  <     await fs.rename(draftPath, savedPath);
  ---
  >     await fs.copyFile(draftPath, savedPath);
  [1]
  $ touch server.js
  $ diff -u server.js.orig server.js | head -n 3
  --- server.js.orig	2026-03-02 09:00:00.000000000 +0000
  +++ server.js	2026-03-02 09:00:04.000000000 +0000
  @@ -32,7 +32,7 @@
  $ diff -q server.js.orig server.js; echo $?
  Files server.js.orig and server.js differ
  1
  $ diff server.js server.js; echo $?
  0
  $ diff server.js nothere
  diff: nothere: No such file or directory
  [2]
  $ diff -r feedback <(true)
  diff: feedback/63: No such file or directory
  [2]
  $ docker build -q -t feedback-node . > /dev/null
  $ docker run -d --name app feedback-node
  [0-9a-f]{64} (re)
  $ diff <(docker exec app ls /app) <(ls)
  3,4d2
  < node_modules
  < package-lock.json
  [1]
  $ docker exec app diff -r /app/pages /app/public
  Only in /app/pages: exists.html
  Only in /app/pages: feedback.html
  Only in /app/public: styles.css
  [1]
  $ docker exec app sh -c 'echo hello > /tmp/a; echo world > /tmp/b; diff -c /tmp/a /tmp/b; echo "exit $?"'
  *** /tmp/a	Mon Mar  2 09:00:00 2026
  --- /tmp/b	Mon Mar  2 09:00:00 2026
  ***************
  *** 1 ****
  ! hello
  --- 1 ----
  ! world
  exit 1
  $ docker pull -q alpine
  docker.io/library/alpine:latest
  $ docker run --rm alpine sh -c 'echo hello > /a; echo world > /b; diff /a /b; echo "exit $?"'
  --- /a
  +++ /b
  @@ -1 +1 @@
  -hello
  +world
  exit 1
  $ docker run --rm alpine diff /a /b
  diff: can't stat '/a': No such file or directory
  [2]
