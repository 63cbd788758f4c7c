A redirection that fails in dash, node:14's sh (issue 17, point 15). dash says
"cannot create FILE: Directory nonexistent" when a folder on the way is missing or is a file
(src/error.c errmsg with E_CREAT), and a command whose redirection failed ends with status 2
(src/redir.c redirectsafe). The command itself never runs. BusyBox ash keeps its own words and
status 1; bash on the host says it its way, status 1.

  $ docker run --rm node:14 sh -c 'echo x > /nonexistent/f; echo "status $?"'
  sh: 1: cannot create /nonexistent/f: Directory nonexistent
  status 2
  $ docker run --rm node:14 sh -c 'echo x > /etc/passwd/f'
  sh: 1: cannot create /etc/passwd/f: Directory nonexistent
  [2]
  $ docker run --rm node:14 sh -c 'echo x > /etc; echo "status $?"'
  sh: 1: cannot create /etc: Is a directory
  status 2
  $ docker run --rm node:14 sh -c '> /nonexistent/f; echo "status $?"'
  sh: 1: cannot create /nonexistent/f: Directory nonexistent
  status 2

Both targets are opened before the command runs, stderr's too: ls does not run here.

  $ docker run --rm node:14 sh -c 'ls /nonexistent 2> /nonexistent/err; echo "status $?"'
  sh: 1: cannot create /nonexistent/err: Directory nonexistent
  status 2

  $ docker run --rm busybox sh -c 'echo x > /nonexistent/f; echo "status $?"'
  Unable to find image 'busybox:latest' locally
  ...
  sh: can't create /nonexistent/f: nonexistent directory
  status 1
  $ docker run --rm busybox sh -c 'echo x > /etc/passwd/f; echo "status $?"'
  sh: can't create /etc/passwd/f: nonexistent directory
  status 1
  $ echo x > /nonexistent/f
  bash: /nonexistent/f: No such file or directory
  [1]
