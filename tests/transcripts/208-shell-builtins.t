The shell builtins a learner types to look at the shell itself, as bash 5.2 at the terminal, and
dash 0.5 (node:14's sh) and BusyBox ash in containers, have them (bash-5.2 builtins/alias.def,
type.def, command.def, source.def, umask.def, hash.def and hashlib.c, pushd.def, history.def and
bashhist.c, jobs.def, wait.def, kill.def and jobs.c pretty_print_job; BusyBox shell/ash.c aliascmd,
unaliascmd, describe_command, find_dot_file). The terminal's bash is interactive, so it expands
an alias in command position, from the line after the one defining it (bash reads a whole line
before it runs any of it); aliases, the history, the directory stack, the umask, the hashed
programs and the jobs last from line to line. `type` finds a program on PATH (Ubuntu's /bin is
/usr/bin); bash hashes a program it ran (`hash` lists hits in its table's order) and `type` then
says "hashed". The umask makes the modes of files and folders created afterwards. `cmd &` says
`[N] PID`, runs the job's commands at once but leaves the time they take to the job: `jobs`
shows it Running until the simulated clock passes its end, `wait` waits for it, and the line
after it ended says `[N]+  Done` before the prompt; `kill %N` ends one (`Terminated`, said after
the next line). dash has no pushd, history or source; its and ash's `alias` print
`name='value'`, their `type` says "is an alias for".

  $ alias d=docker
  $ alias ll='ls -l' e=
  $ alias
  alias d='docker'
  alias e=''
  alias ll='ls -l'
  $ alias ll nope
  alias ll='ls -l'
  bash: alias: nope: not found
  [1]
  $ d images --format '{{.Repository}}:{{.Tag}}'
  node:14
  $ unalias e nope
  bash: unalias: nope: not found
  [1]
  $ alias x=echo; x same line
  bash: x: command not found
  [127]
  $ x next line
  next line
  $ alias a/b=c
  bash: alias: `a/b': invalid alias name
  [1]
  $ unalias
  unalias: usage: unalias [-a] name [name ...]
  [2]
  $ type ls cd d if nope
  ls is /usr/bin/ls
  cd is a shell builtin
  d is aliased to `docker'
  if is a shell keyword
  bash: type: nope: not found
  [1]
  $ type -t ls cd d if
  file
  builtin
  alias
  keyword
  $ type -a echo
  echo is a shell builtin
  echo is /usr/bin/echo
  echo is /bin/echo
  $ f() { echo a && echo b; echo c; }
  $ type f
  f is a function
  f () 
  { 
      echo a && echo b;
      echo c
  }
  $ command -v ls cd d f
  /usr/bin/ls
  cd
  alias d='docker'
  f
  $ command -V d
  d is aliased to `docker'
  $ command -v nope
  [1]
  $ ls >/dev/null; cat </dev/null; sed q </dev/null; grep -q x </dev/null; head -1 </dev/null; ls >/dev/null
  $ hash
  hits	command
     1	/usr/bin/head
     1	/usr/bin/grep
     1	/usr/bin/docker
     2	/usr/bin/ls
     1	/usr/bin/cat
     1	/usr/bin/sed
  $ hash -t ls
  /usr/bin/ls
  $ hash -r
  $ hash
  hash: hash table empty
  $ umask
  0022
  $ umask -S
  u=rwx,g=rx,o=rx
  $ umask 077
  $ touch private.txt; mkdir private; ls -ld private.txt private
  drwx------ 2 learner learner 4096 Mar  2 09:00 private
  -rw------- 1 learner learner    0 Mar  2 09:00 private.txt
  $ umask u=rwx,g=rx,o=
  $ umask
  0027
  $ umask 0022
  $ umask 999
  bash: umask: 999: octal number out of range
  [1]
  $ umask u=rwz
  bash: umask: `z': invalid symbolic mode character
  [1]
  $ pushd /tmp
  /tmp ~/feedback-app
  $ pushd /etc
  /etc /tmp ~/feedback-app
  $ dirs -v
   0  /etc
   1  /tmp
   2  ~/feedback-app
  $ pushd +2
  ~/feedback-app /etc /tmp
  $ popd +1
  ~/feedback-app /tmp
  $ popd +1
  ~/feedback-app
  $ popd
  bash: popd: directory stack empty
  [1]
  $ printf 'GREETING=hello\ncd temp\nset -- one two\n' > env.sh
  $ . ./env.sh
  $ echo $GREETING; pwd
  hello
  /home/learner/feedback-app/temp
  $ cd ..
  $ source nope.sh
  bash: nope.sh: No such file or directory
  [1]
  $ sleep 30 &
  \[1\] [0-9]+ (re)
  $ echo $!
  [0-9]+ (re)
  $ jobs
  [1]+  Running                 sleep 30 &
  $ ls temp
  $ false &
  \[2\] [0-9]+ (re)
  $ wait
  [1]-  Done                    sleep 30
  [2]+  Exit 1                  false
  $ sleep 100 &
  \[1\] [0-9]+ (re)
  $ kill %1
  $ echo next
  next
  [1]+  Terminated              sleep 100
  $ history 3
     52  kill %1
     53  echo next
     54  history 3
  $ export -p | grep -w HOME
  declare -x HOME="/home/learner"
  $ docker run --rm node:14 sh -c 'alias d=docker; alias; type ls cd d export; pushd /tmp; . nope'
  d='docker'
  ls is /bin/ls
  cd is a shell builtin
  d is an alias for docker
  export is a special shell builtin
  sh: 1: pushd: not found
  sh: 1: .: nope: not found
  [2]
  $ docker run --rm busybox sh -c 'alias z=ls; alias; unalias q; type z export; history'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  z='ls'
  unalias: q not found
  z is an alias for ls
  export is a special shell builtin
