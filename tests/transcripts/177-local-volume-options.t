A volume created with options is a file system the local driver mounts on the volume's _data
folder while a container uses it (moby v28.5.2 volume/local/local_unix.go needsMount and mount;
local.go counts the containers using it and unmounts after the last). With o=bind the volume's
files are the device folder's, which must exist when a container starts; the mount error comes
back from the daemon as moby/sys/mount words it (flags 0x1000 is MS_BIND), and `docker run`
exits 127 because it says "no such file or directory" (cli/command/container/run.go
toStatusError). A tmpfs volume is memory: empty at each mount, gone when the last container
using it stops, with the size its o= gives (mm/shmem.c shows it in KiB).

  $ mkdir -p /home/learner/shared
  $ echo hello > /home/learner/shared/greeting.txt
  $ docker volume create --driver local --opt type=none --opt o=bind --opt device=/home/learner/shared shared
  shared
  $ docker volume inspect -f '{{.Mountpoint}} {{.Options}}' shared
  /var/lib/docker/volumes/shared/_data map[device:/home/learner/shared o:bind type:none]
  $ docker run --rm -v shared:/data busybox sh -c 'cat /data/greeting.txt; echo from-container > /data/new.txt'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  hello
  $ cat /home/learner/shared/new.txt
  from-container
  $ docker volume create --opt type=none --opt o=bind --opt device=/home/learner/missing broken
  broken
  $ docker run --name broken-user -v broken:/data busybox true
  docker: Error response from daemon: error while mounting volume '/var/lib/docker/volumes/broken/_data': failed to mount local volume: mount /home/learner/missing:/var/lib/docker/volumes/broken/_data, flags: 0x1000: no such file or directory
  
  Run 'docker run --help' for more information
  [127]
  $ docker ps -a --format '{{.Names}}: {{.Status}}'
  broken-user: Created
  $ mkdir /home/learner/missing
  $ docker start -a broken-user && echo started
  started
  $ docker volume create --opt type=tmpfs --opt device=tmpfs --opt o=size=64m scratch
  scratch
  $ docker run -d --name writer -v scratch:/scratch busybox sleep 600
  [0-9a-f]{64} (re)
  $ docker exec writer sh -c 'echo in-memory > /scratch/note.txt'
  $ docker exec writer sh -c 'grep scratch /proc/mounts; df /scratch'
  tmpfs /scratch tmpfs rw,relatime,size=65536k,inode64 0 0
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                    65536         4     65532   0% /scratch
  $ docker run --rm -v scratch:/scratch busybox cat /scratch/note.txt
  in-memory
  $ docker stop -t 0 writer
  writer
  $ docker run --rm -v scratch:/scratch busybox ls -A /scratch
