A tmpfs mount's root is what the kernel makes of the mount's data (mm/shmem.c): mode 1777 unless
mode= says otherwise (--mount takes tmpfs-mode), owned by uid= and gid= (root when not given), and
a tmpfs directory's size counts 20 bytes an entry over 40 for . and .. (BOGO_DIRENT_SIZE), where a
directory on the disk is one 4 KiB block. /proc/mounts shows mode when not 1777 and uid and gid when
not 0 (shmem_show_options). The root used to show as root's 0755 folder of 4096 bytes, so a user other
than root could not write into a plain --tmpfs, as they can in Docker.

  $ docker run --rm --tmpfs /t busybox sh -c 'ls -ld /t; touch /t/a /t/b; ls -ld /t; mkdir /t/d; stat -c "%s %A %n" /t /t/d'
  ...
  drwxrwxrwt    2 root     root            40 Mar  2 09:00 /t
  drwxrwxrwt    2 root     root            80 Mar  2 09:00 /t
  100 drwxrwxrwt /t
  40 drwxr-xr-x /t/d
  $ docker run --rm --tmpfs /t:size=1m,mode=700,uid=1000 busybox sh -c 'ls -ld /t; grep " /t " /proc/mounts'
  drwx------    2 1000     root            40 Mar  2 09:00 /t
  tmpfs /t tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k,mode=700,uid=1000,inode64 0 0
  $ docker run --rm --tmpfs /t:gid=50 busybox sh -c 'ls -ld /t; grep " /t " /proc/mounts'
  drwxrwxrwt    2 root     staff           40 Mar  2 09:00 /t
  tmpfs /t tmpfs rw,nosuid,nodev,noexec,relatime,gid=50,inode64 0 0
  $ docker run --rm --mount type=tmpfs,destination=/t,tmpfs-mode=0750 busybox sh -c 'ls -ld /t; grep " /t " /proc/mounts'
  drwxr-x---    2 root     root            40 Mar  2 09:00 /t
  tmpfs /t tmpfs rw,nosuid,nodev,noexec,relatime,mode=750,inode64 0 0
  $ docker run -d --name scratchpad --tmpfs /scratch busybox sleep 100
  [0-9a-f]{64} (re)
  $ docker exec -u 1000 scratchpad sh -c 'echo hi > /scratch/note && cat /scratch/note'
  hi
  $ docker run --rm --tmpfs /t:mode=0755 busybox sh -c 'touch /t/x 2>&1; ls /t'
  x
