`ls -l`'s second column is the entry's link count (st_nlink), and it depends on where the entry
lies. In a container's root, an overlay mount, a folder that is there in more than one layer (the
container's own and an image layer's, or two image layers) is merged and shows 1 (Linux
fs/overlayfs/inode.c ovl_getattr: "if (is_dir && OVL_TYPE_MERGE(type)) stat->nlink = 1";
util.c ovl_path_type: an upper folder with a lower one, or more than one lower; an opaque folder
stops the lookup). / is always merged, and so is /app (WORKDIR made it, then each COPY and RUN
wrote into it), /usr or /etc. A folder in one layer only shows that layer's own count on the
backing ext4: 2 and one for each folder in it. Files show 1 (hard links are not simulated). In
volumes, bind mounts, tmpfs and on the host the same ext4/tmpfs rule holds, `.` and `..` too
(`..` of / is / itself), and `stat -c %h` agrees. Before this every folder showed 2.

ls also takes -n (-l with uid and gid as numbers), -i (inode numbers), -s (allocated blocks in
KiB, with a `total` line for a folder; -h makes them K, M, G), -F (a mark after the name: / for a
folder, * for an executable file, @ for a link; with -l the mark of where a link leads) and -p
(the / alone), as GNU coreutils src/ls.c (8.30 in node:14, 9.4 on the host; decode_switches,
print_long_format, print_file_name_and_frills, get_type_indicator) and BusyBox coreutils/ls.c
(1.37: display_single, "%7llu " for the inode, "%6u " for the blocks, "%7s " with -h;
append_char; "nl" makes -n imply -l) print them. GNU pads the -i and -s columns to their widest
cell. -F, like -l, keeps a link named on the command line as it is (GNU: DEREF_NEVER; BusyBox
also for -i and -s). layerlab keeps no inode numbers: it makes a stable seven-digit one from the
path, the same for `ls -i` and `stat` (%i and its Inode: line).

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name app feedback-node
  [0-9a-f]{64} (re)
  $ docker exec app ls -ld / /app /app/feedback /app/node_modules/express /boot
  drwxr-xr-x 1 root root 4096 Mar  2 09:00 /
  drwxr-xr-x 1 root root 4096 Mar  2 09:00 /app
  drwxr-xr-x 2 root root 4096 Mar  2 09:00 /app/feedback
  drwxr-xr-x 3 root root 4096 Mar  2 09:00 /app/node_modules/express
  drwxr-xr-x 2 root root 4096 Mar  2 09:00 /boot

A folder made in the container is in its own layer only: 2 and its two subfolders.

  $ docker exec app sh -c 'mkdir -p /app/new/one /app/new/two; stat -c "%h %n" /app /app/new /app/new/one'
  1 /app
  4 /app/new
  2 /app/new/one
  $ docker exec app ls -la /app/new
  total 16
  drwxr-xr-x 4 root root 4096 Mar  2 09:00 .
  drwxr-xr-x 1 root root 4096 Mar  2 09:00 ..
  drwxr-xr-x 2 root root 4096 Mar  2 09:00 one
  drwxr-xr-x 2 root root 4096 Mar  2 09:00 two

A volume and a tmpfs count as their file systems do; / around them is merged.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm -v data:/data --tmpfs /scratch busybox sh -c 'mkdir -p /data/a /data/b /scratch/c; ls -ld /data /scratch /data/.. /bin'
  drwxr-xr-x    2 root     root          4096 Mar  2 09:00 /bin
  drwxr-xr-x    4 root     root          4096 Mar  2 09:00 /data
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 /data/..
  drwxrwxrwt    3 root     root            60 Mar  2 09:00 /scratch
  $ ls -ld ~ . feedback
  drwxr-xr-x 6 learner learner 4096 Mar  2 09:00 .
  drwxr-xr-x 3 learner learner 4096 Mar  2 09:00 /home/learner
  drwxr-xr-x 2 learner learner 4096 Mar  2 09:00 feedback

The new options on the host (GNU coreutils 9.4):

  $ mkdir -p tools/bin && printf '#!/bin/sh\n' > tools/run.sh && chmod +x tools/run.sh && ln -s run.sh tools/go && ln -s missing tools/gone
  $ ls -F tools
  bin/
  go@
  gone@
  run.sh*
  $ ls -p tools
  bin/
  go
  gone
  run.sh
  $ ls -lF tools
  total 8
  drwxr-xr-x 2 learner learner 4096 Mar  2 09:00 bin/
  lrwxrwxrwx 1 learner learner    6 Mar  2 09:00 go -> run.sh*
  lrwxrwxrwx 1 learner learner    7 Mar  2 09:00 gone -> missing
  -rwxr-xr-x 1 learner learner   10 Mar  2 09:00 run.sh*
  $ ls -n tools
  total 8
  drwxr-xr-x 2 1000 1000 4096 Mar  2 09:00 bin
  lrwxrwxrwx 1 1000 1000    6 Mar  2 09:00 go -> run.sh
  lrwxrwxrwx 1 1000 1000    7 Mar  2 09:00 gone -> missing
  -rwxr-xr-x 1 1000 1000   10 Mar  2 09:00 run.sh
  $ ls -s tools
  total 8
  4 bin
  0 go
  0 gone
  4 run.sh
  $ ls -sh tools
  total 8.0K
  4.0K bin
     0 go
     0 gone
  4.0K run.sh
  $ test "$(ls -i tools/run.sh)" = "$(stat -c %i tools/run.sh) tools/run.sh" && echo same
  same
  $ ls -isF tools
  total 8
  \d{7} 4 bin/ (re)
  \d{7} 0 go@ (re)
  \d{7} 0 gone@ (re)
  \d{7} 4 run.sh\* (re)
  $ ls -ld . tools
  drwxr-xr-x 7 learner learner 4096 Mar  2 09:00 .
  drwxr-xr-x 3 learner learner 4096 Mar  2 09:00 tools

In node:14 (coreutils 8.30) and busybox (BusyBox 1.37):

  $ docker run --rm node:14 sh -c 'cd /usr/local; ls -F | tail -3; ls -lnd bin; ls -s bin | head -3'
  sbin/
  share/
  src/
  drwxr-xr-x 1 0 0 4096 Mar  2 09:00 bin
  total 148944
      4 corepack
      4 docker-entrypoint.sh
  $ docker run --rm busybox sh -c 'ls -F /bin | head -2; ls -lnd /root; ls -s /etc/passwd /root; ls -sh /bin/busybox; ls -ipd /etc /root'
  [*
  [[*
  drwx------    2 0        0             4096 Mar  2 09:00 /root
       4 /etc/passwd
  
  /root:
  total 0
     1.1M /bin/busybox
  \d{7} /etc/ (re)
  \d{7} /root/ (re)

An option ls does not have is still refused, as GNU does (exit 2):

  $ ls -x tools
  ls: invalid option -- 'x'
  Try 'ls --help' for more information.
  [2]
