The learner's host is Ubuntu 24.04 (hostroot.py), with folders the learner (uid 1000) may not
open: /lost+found and /root (0700 root), /var/lib/docker (0710 root), and a file it may not read,
/etc/shadow (0640 root:shadow; /etc/gshadow and /etc/sudoers likewise). The tools that walk a tree
meet such a folder as an entry of the walk that failed, say so on stderr where the walk meets it,
and go on. GNU findutils 4.9 (find/ftsfind.c consider_visiting: fts hands the folder back as
FTS_DNR after printing it, nonfatal_target_file_error names it in locale quotes, exit 1);
coreutils 9.4 du (src/du.c process_file: "cannot read directory", the folder's own size still
counted and printed), ls (src/ls.c print_dir: "cannot open directory" before the heading, a minor
problem, exit 1), cp (src/copy.c copy_dir: "cannot access", the copy's folder already made;
copy_reg: "cannot open %s for reading"), chmod (src/chmod.c process_file: the change is tried in
preorder, then "cannot read directory"; -f silences both) and rm (src/remove.c: each entry that
will not go is reported, the folders above it left untried, mark_ancestor_dirs); grep 3.11
(grepdirent: suppressible_error names the entry, exit 2); GNU tar 1.35 (create.c dump_file0: the
entry is opened before its header is written, open_diag's "Cannot open", the entry left out,
"Exiting with failure status", exit 2). BusyBox (libbb/recursive_action.c, coreutils/du.c
warn_opendir, libbb/copy_file.c) has its own words; containers run as root here and never meet
them. /etc/shadow is refused to the tools that read a file (cat, wc, md5sum, sed...) and to
bash's `<` ("bash: /etc/shadow: Permission denied", 1). The learner's home holds the /etc/skel files
an Ubuntu account starts with (.bash_logout, .bashrc, .profile: layerlab's own short stand-ins
saying what Ubuntu's do, so their sizes are the stand-ins' and ls, wc and cat agree).

  $ ls -la ~
  total 24
  drwxr-xr-x 3 learner learner 4096 Mar  2 09:00 .
  drwxr-xr-x 3 root    root    4096 Mar  2 09:00 ..
  -rw-r--r-- 1 learner learner  186 Mar  2 09:00 .bash_logout
  -rw-r--r-- 1 learner learner  420 Mar  2 09:00 .bashrc
  -rw-r--r-- 1 learner learner  262 Mar  2 09:00 .profile
  drwxr-xr-x 6 learner learner 4096 Mar  2 09:00 feedback-app
  $ ls -la /etc/skel
  total 20
  drwxr-xr-x  2 root root 4096 Mar  2 09:00 .
  drwxr-xr-x 28 root root 4096 Mar  2 09:00 ..
  -rw-r--r--  1 root root  186 Mar  2 09:00 .bash_logout
  -rw-r--r--  1 root root  420 Mar  2 09:00 .bashrc
  -rw-r--r--  1 root root  262 Mar  2 09:00 .profile
  $ echo hi > ~/awesome.txt
  $ find / -name awesome.txt
  /home/learner/awesome.txt
  find: ‘/lost+found’: Permission denied
  find: ‘/root’: Permission denied
  find: ‘/var/lib/docker’: Permission denied
  [1]
  $ find / -maxdepth 1 -type d -name '*o*'
  /boot
  /cdrom
  /home
  /lost+found
  /opt
  /proc
  /root
  $ find /var/lib -print
  /var/lib
  /var/lib/apt
  /var/lib/docker
  find: ‘/var/lib/docker’: Permission denied
  /var/lib/dpkg
  /var/lib/misc
  /var/lib/pam
  /var/lib/systemd
  [1]
  $ find /root/notes
  find: ‘/root/notes’: Permission denied
  [1]
  $ du -sh /var
  du: cannot read directory '/var/lib/docker': Permission denied
  64K	/var
  [1]
  $ du -ac /var/lib /root
  4	/var/lib/apt
  du: cannot read directory '/var/lib/docker': Permission denied
  4	/var/lib/docker
  4	/var/lib/dpkg
  4	/var/lib/misc
  4	/var/lib/pam
  4	/var/lib/systemd
  28	/var/lib
  du: cannot read directory '/root': Permission denied
  4	/root
  32	total
  [1]
  $ ls -R /var/lib
  /var/lib:
  apt
  docker
  dpkg
  misc
  pam
  systemd
  
  /var/lib/apt:
  ls: cannot open directory '/var/lib/docker': Permission denied
  
  /var/lib/dpkg:
  
  /var/lib/misc:
  
  /var/lib/pam:
  
  /var/lib/systemd:
  [1]
  $ cat /etc/shadow
  cat: /etc/shadow: Permission denied
  [1]
  $ wc -l /etc/shadow /etc/passwd
  wc: /etc/shadow: Permission denied
    27 /etc/passwd
    27 total
  [1]
  $ md5sum /etc/shadow
  md5sum: /etc/shadow: Permission denied
  [1]
  $ sed -n 1p /etc/shadow
  sed: can't read /etc/shadow: Permission denied
  [2]
  $ cut -d: -f1 < /etc/shadow
  bash: /etc/shadow: Permission denied
  [1]
  $ grep -r learner /etc >/dev/null
  grep: /etc/gshadow: Permission denied
  grep: /etc/shadow: Permission denied
  grep: /etc/sudoers: Permission denied
  [2]
  $ grep -rs learner /etc /root | cut -d: -f1 | sort -u
  /etc/group
  /etc/passwd
  $ grep -r nothing /var/lib
  grep: /var/lib/docker: Permission denied
  [2]
  $ cp -r /var/lib /tmp/lib
  cp: cannot access '/var/lib/docker': Permission denied
  [1]
  $ ls /tmp/lib
  apt
  docker
  dpkg
  misc
  pam
  systemd
  $ cp /etc/shadow /etc/hostname /tmp
  cp: cannot open '/etc/shadow' for reading: Permission denied
  [1]
  $ ls /tmp
  hostname
  lib
  $ mv /var/lib /tmp
  mv: cannot move '/var/lib' to '/tmp/lib': Permission denied
  [1]
  $ chmod -R u+w /root
  chmod: changing permissions of '/root': Operation not permitted
  chmod: cannot read directory '/root': Permission denied
  [1]
  $ chmod -Rf u+w /root
  [1]
  $ rm -r /var/lib
  rm: cannot remove '/var/lib/apt': Permission denied
  rm: cannot remove '/var/lib/docker': Permission denied
  rm: cannot remove '/var/lib/dpkg': Permission denied
  rm: cannot remove '/var/lib/misc': Permission denied
  rm: cannot remove '/var/lib/pam': Permission denied
  rm: cannot remove '/var/lib/systemd': Permission denied
  [1]
  $ rm -rf /root
  rm: cannot remove '/root': Permission denied
  [1]
  $ tar -cf /tmp/a.tar /root /var/lib /etc/hostname
  tar: Removing leading `/' from member names
  tar: /root: Cannot open: Permission denied
  tar: /var/lib/docker: Cannot open: Permission denied
  tar: Exiting with failure status due to previous errors
  [2]
  $ tar -tf /tmp/a.tar
  var/lib/
  var/lib/apt/
  var/lib/dpkg/
  var/lib/misc/
  var/lib/pam/
  var/lib/systemd/
  etc/hostname
  $ cd / && tar -cf /tmp/b.tar var/lib/docker
  tar: var/lib/docker: Cannot open: Permission denied
  tar: Exiting with failure status due to previous errors
  [2]
  $ source /etc/shadow; echo $?
  bash: /etc/shadow: Permission denied
  1
