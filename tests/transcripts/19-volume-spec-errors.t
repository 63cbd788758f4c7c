-v parse errors (reference 1.4 E7-E8b, 2.6). Client-side volumespec errors
have no "Error response from daemon" prefix; daemon errors do. All docker run
errors use the CLI 28 framing (1.5) and exit 125. A relative source without a
leading "." is taken as a volume name (E8); "./x" is a bind made absolute and
created on the host as a directory (2.4, 2.6).

  $ docker pull busybox
  ...
  $ docker run --rm -v feedback:app/feedback busybox true
  docker: Error response from daemon: invalid volume specification: 'feedback:app/feedback': invalid mount config for type "volume": invalid mount path: 'app/feedback' mount path must be absolute
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v /foo:rw busybox true
  docker: Error response from daemon: invalid volume specification: '/foo:rw'
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/c:readonly busybox true
  docker: Error response from daemon: invalid mode: readonly
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v :/app busybox true
  docker: invalid spec: :/app: empty section between colons
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/x:ro:extra busybox true
  docker: invalid spec: vol:/x:ro:extra: too many colons
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v my/dir:/app busybox true
  docker: Error response from daemon: create my/dir: "my/dir" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v vol:/ busybox true
  docker: Error response from daemon: invalid volume specification: 'vol:/': invalid mount config for type "volume": invalid specification: destination can't be '/'
  
  Run 'docker run --help' for more information
  [125]
  $ docker volume create a
  Error response from daemon: create a: volume name is too short, names should be at least two alphanumeric characters
  [1]
  $ docker run --rm -v dup1:/data -v dup2:/data busybox true
  docker: Error response from daemon: Duplicate mount point: /data
  
  Run 'docker run --help' for more information
  [125]
  $ docker run --rm -v ./hostdata:/x busybox sh -c 'echo from-container > /x/f'
  $ ls
  Dockerfile
  feedback
  hostdata
  package.json
  pages
  public
  server.js
  temp
  $ cat hostdata/f
  from-container
  $ docker run --rm -v /home/learner/feedback-app/made-by-docker:/y busybox true
  $ ls made-by-docker
