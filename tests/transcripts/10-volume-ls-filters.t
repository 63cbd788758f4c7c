docker volume ls filters (reference 2.2, CLIDOC volume_ls.md): dangling=true
lists volumes no container references (a stopped container still holds its
volumes, 1.2), name= is a substring match, label= selects anonymous volumes by
their com.docker.volume.anonymous label (2.1). Rows are in natural name order.

  $ docker pull busybox
  ...
  $ docker volume create gdata
  gdata
  $ docker volume create logs
  logs
  $ docker run -d --name holder -v gdata:/data busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker volume ls
  DRIVER    VOLUME NAME
  local     gdata
  local     logs
  $ docker volume ls --filter dangling=true
  DRIVER    VOLUME NAME
  local     logs
  $ docker volume ls --filter dangling=false
  DRIVER    VOLUME NAME
  local     gdata
  $ docker stop holder
  holder
  $ docker volume ls -q --filter dangling=true
  logs
  $ docker volume ls -q -f name=g
  gdata
  logs
  $ docker volume ls -q -f name=data
  gdata
  $ docker volume ls -f name=nothing-like-this
  DRIVER    VOLUME NAME
  $ docker volume ls -q --filter driver=local
  gdata
  logs
  $ docker run --name anon -v /scratch busybox true
  $ docker volume ls -q --filter label=com.docker.volume.anonymous
  [0-9a-f]{64} (re)
  $ docker volume ls --format '{{.Driver}}/{{.Name}}' --filter name=logs
  local/logs
  $ docker rm holder anon
  holder
  anon
  $ docker volume ls -q --filter dangling=true
  [0-9a-f]{64} (re)
  gdata
  logs
  $ docker volume ls --filter foo=bar
  Error response from daemon: invalid filter 'foo'
  [1]
