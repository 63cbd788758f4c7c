bash's process substitution: <(cmd) is a word, /dev/fd/63 (then 62, ...), whose reading gives the
command's output; >(cmd) a path whose writing is the command's input (subst.c process_substitute).
Since each part of a pipeline runs in a child, it is how a variable or an array is filled from a
command: `mapfile -t ids < <(docker ps -q)`. It was a syntax error; dash has none (node:14's sh).

  $ docker run -d --name web1 node:14 sleep 100
  [0-9a-f]{64} (re)
  $ docker run -d --name web2 node:14 sleep 100
  [0-9a-f]{64} (re)
  $ mapfile -t ids < <(docker ps -q); echo ${#ids[@]}
  2
  $ while read name; do echo "[$name]"; done < <(docker ps --format '{{.Names}}')
  [web2]
  [web1]
  $ echo x | read v; echo "[$v]"; read v < <(echo x); echo "[$v]"
  []
  [x]
  $ echo <(true) <(true) >(true)
  /dev/fd/63 /dev/fd/62 /dev/fd/61
  $ cat <(echo hi) <(ls pages)
  hi
  exists.html
  feedback.html
  $ wc -l <(ls)
  7 /dev/fd/63
  $ printf 'b\na\n' | tee >(sort) > /dev/null
  a
  b
  $ docker exec web1 sh -c 'cat < <(ls)'
  sh: 1: Syntax error: redirection unexpected
  [2]
  $ docker exec web1 bash -c 'cat < <(echo from bash)'
  from bash
