A -v bind whose host part starts with '.' is made absolute by the client before it is sent
(docker/cli v28.5.2 cli/command/container/opts.go parse: filepath.Abs of what precedes the first
':', which also cleans it). So HostConfig.Binds holds the absolute path, not what was typed, and
the daemon's errors (moby v28.5.2 volume/mounts/linux_parser.go ParseMountRaw) quote the spec as
it arrived. --mount does the same to its source (opts/mount.go) and keeps its target as given.

  $ docker pull busybox
  ...
  $ docker create --name rb -v ./feedback:/app/feedback:ro -v ../notes:/notes -v .:/dot busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Binds}}' rb
  ["/home/learner/feedback-app/feedback:/app/feedback:ro","/home/learner/feedback-app:/dot","/home/learner/notes:/notes"]
  $ docker inspect -f '{{range .Mounts}}{{.Source}} {{.Destination}};{{end}}' rb
  /home/learner/feedback-app/feedback /app/feedback;/home/learner/feedback-app /dot;/home/learner/notes /notes;
  $ docker run --rm -v ./temp:relative busybox true
  docker: Error response from daemon: invalid volume specification: '/home/learner/feedback-app/temp:relative': invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v ./:/ busybox true
  docker: Error response from daemon: invalid volume specification: '/home/learner/feedback-app:/': invalid mount config for type "bind": invalid specification: destination can't be '/'
  
  Run 'docker run --help' for more information
  [125]
  $ docker create --name rm1 --mount type=bind,src=./pages,dst=/p/ busybox
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{json .HostConfig.Mounts}}' rm1
  [{"Type":"bind","Source":"/home/learner/feedback-app/pages","Target":"/p/"}]
