`docker commit` pauses a running container while its read-write layer is read (moby v28.5.2
daemon/commit.go CreateImageFromContainer: with c.Pause, the CLI's --pause/-p, true by default,
containerPause before the layer is registered and a deferred containerUnpause), so the daemon logs
pause and unpause around the image's create, tag and the container's commit events;
`--pause=false` leaves it running, and a stopped container is not paused. (`sleep` as PID 1 ignores
the SIGTERM of `docker stop`: the second kill is the SIGKILL ten seconds later.)

  $ docker run -d --name web busybox sleep 1000 > /dev/null 2>&1
  $ docker commit web snap1 > /dev/null
  $ docker commit --pause=false web snap2 > /dev/null
  $ docker stop web > /dev/null
  $ docker commit web snap3 > /dev/null
  $ docker events --since 0 --until 9999999999 --filter type=container --format '{{.Action}}' | tail -9
  pause
  commit
  unpause
  commit
  kill
  kill
  die
  stop
  commit
