An empty volume is filled at create from the container's root as it is mounted then (moby v28.5.2
daemon/create_unix.go populateVolumes, container/container_unix.go CopyImagePathContent reading
GetResourcePath, copyExistingContents): the image, the init layer (daemon/initlayer/setup_unix.go:
/etc/hostname, /etc/hosts and /etc/resolv.conf are empty 0755 files, /etc/mtab a link to
/proc/mounts) and the working directory SetupWorkingDirectory has just made. So a volume on /etc
keeps those mount points among its files, and one on /app gets the folder -w asked for.

  $ docker pull busybox
  ...
  $ docker run --rm -v etcvol:/etc busybox true
  $ sudo ls -l /var/lib/docker/volumes/etcvol/_data
  total 24
  -rw-r--r-- 1 root root  306 Mar  2 09:00 group
  -rwxr-xr-x 1 root root    0 Mar  2 09:00 hostname
  -rwxr-xr-x 1 root root    0 Mar  2 09:00 hosts
  -rw-r--r-- 1 root root  114 Mar  2 09:00 localtime
  lrwxrwxrwx 1 root root   12 Mar  2 09:00 mtab -> /proc/mounts
  drwxr-xr-x 6 root root 4096 Mar  2 09:00 network
  -rw-r--r-- 1 root root  494 Mar  2 09:00 nsswitch.conf
  -rw-r--r-- 1 root root  340 Mar  2 09:00 passwd
  -rwxr-xr-x 1 root root    0 Mar  2 09:00 resolv.conf
  -rw------- 1 root root  243 Mar  2 09:00 shadow
  $ docker run --rm -v etcvol:/etc busybox ls /etc
  group
  hostname
  hosts
  localtime
  mtab
  network
  nsswitch.conf
  passwd
  resolv.conf
  shadow
  $ docker run --rm -w /app/sub -v appvol:/app busybox true
  $ sudo ls /var/lib/docker/volumes/appvol/_data
  sub
