chmod and rmdir, in GNU coreutils' words (chmod.c: "cannot access", "changing permissions of",
"invalid mode: 'M'" with its Try line; rmdir.c: "failed to remove 'D'") and BusyBox's (chmod.c:
"FILE: error", "invalid mode 'M'"; rmdir.c: "'D': error"). In a container chmod is a metadata
change, so overlayfs copies the file up and docker diff shows it changed; rmdir of an image's
directory leaves a whiteout (D). Only a file's owner or root may change its mode.

  $ docker pull busybox
  ...
  $ docker run --name m1 busybox sh -c 'chmod 600 /etc/group; chmod u+x,go= /etc/passwd; rmdir /home; mkdir /e; rmdir /e; rmdir /etc; rmdir /nope; chmod 644 /nope; chmod zz /etc/group; ls -l /etc/group /etc/passwd'
  rmdir: '/etc': Directory not empty
  rmdir: '/nope': No such file or directory
  chmod: /nope: No such file or directory
  chmod: invalid mode 'zz'
  -rw-------    1 root     root           306 Mar  2 09:00 /etc/group
  -rwx------    1 root     root           340 Mar  2 09:00 /etc/passwd
  $ docker diff m1
  C /etc
  C /etc/group
  C /etc/passwd
  D /home
  $ docker pull ubuntu
  ...
  $ docker run --rm ubuntu sh -c 'rmdir /srv /tmp/x /etc/hostname /etc; chmod +x /nope; chmod 9 /etc; chmod -R o-rwx /opt; echo $?'
  rmdir: failed to remove '/tmp/x': No such file or directory
  rmdir: failed to remove '/etc/hostname': Not a directory
  rmdir: failed to remove '/etc': Directory not empty
  chmod: cannot access '/nope': No such file or directory
  chmod: invalid mode: '9'
  Try 'chmod --help' for more information.
  0
  $ touch mine; chmod 640 mine; ls -l mine
  -rw-r----- 1 learner learner 0 Mar  2 09:00 mine
  $ rmdir
  rmdir: missing operand
  Try 'rmdir --help' for more information.
  [1]
  $ chmod
  chmod: missing operand
  Try 'chmod --help' for more information.
  [1]
  $ chmod 600
  chmod: missing operand after '600'
  Try 'chmod --help' for more information.
  [1]
