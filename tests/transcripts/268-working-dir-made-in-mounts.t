`docker run -w` names the process's working directory. The daemon makes its missing folders in the
container's layer as it creates the container (moby v28.5.2 container/container.go
SetupWorkingDirectory, from daemon/create_unix.go, before populateVolumes copies the layer's
content into a new empty volume); then at every start runc, once every mount is in place, makes it
again where the path now leads (runc 1.3 libcontainer/rootfs_linux.go prepareRootfs:
os.MkdirAll(cwd, 0o755), before finalizeRootfs makes anything read-only). So a -w under a volume
that already holds files, a bind mount (the host folder gets root's folders), a tmpfs (again at each
start) or a nocopy volume is made inside that mount, while `docker diff` shows the copies the
daemon made in the layer underneath. Under a read-only mount the mkdir fails and so does the start:
the container stays Created with exit code 128 and the error in State.Error.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker volume create data
  data
  $ docker run --rm -v data:/data busybox touch /data/existing
  $ docker run --rm -v data:/data -w /data/sub busybox pwd
  /data/sub
  $ docker run --rm -v data:/data busybox ls -l /data
  total 4
  -rw-r--r--    1 root     root             0 Mar  2 09:00 existing
  drwxr-xr-x    2 root     root          4096 Mar  2 09:00 sub
  $ mkdir /home/learner/bnd
  $ docker run --rm -v /home/learner/bnd:/b -w /b/made/here busybox true
  $ ls -la /home/learner/bnd
  total 12
  drwxr-xr-x 3 learner learner 4096 Mar  2 09:00 .
  drwxr-xr-x 4 learner learner 4096 Mar  2 09:00 ..
  drwxr-xr-x 3 root    root    4096 Mar  2 09:00 made
  $ docker run --name tw --tmpfs /t -w /t/x busybox sh -c 'pwd; ls -la /t'
  /t/x
  total 4
  drwxrwxrwt    3 root     root            60 Mar  2 09:00 .
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 ..
  drwxr-xr-x    2 root     root            40 Mar  2 09:00 x
  $ docker diff tw
  A /t
  A /t/x
  $ docker start -a tw
  /t/x
  total 4
  drwxrwxrwt    3 root     root            60 Mar  2 09:00 .
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 ..
  drwxr-xr-x    2 root     root            40 Mar  2 09:00 x
  $ docker run --rm --mount type=volume,src=fresh,dst=/n,volume-nocopy -w /n/x busybox ls -la /n
  total 12
  drwxr-xr-x    3 root     root          4096 Mar  2 09:00 .
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 ..
  drwxr-xr-x    2 root     root          4096 Mar  2 09:00 x
  $ docker run --name rw -v data:/ro:ro -w /ro/other busybox pwd
  docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: mkdir /ro/other: read-only file system: unknown
  
  Run 'docker run --help' for more information
  [125]
  $ docker ps -a --filter name=rw --format '{{.Status}}'
  Created
  $ docker inspect -f '{{.State.ExitCode}} {{.State.Error}}' rw
  128 failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: mkdir /ro/other: read-only file system: unknown
